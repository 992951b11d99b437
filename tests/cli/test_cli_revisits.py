"""``desk revisits`` run as a real process."""
from __future__ import annotations

import json

import openpyxl
import pytest

from tests.cli.test_cli import assert_one_line_error, run


def test_campaign_as_json(filled, tmp_path):
    result = run(["--db", str(filled["db"]), "revisits", "--month", "2026-11", "--json"],
                 tmp_path / "data")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["name"], r["count"]) for r in rows] == [("张伟", 3), ("李娜", 1)]
    assert rows[0]["cases"] == [c.case_no for c in filled["cases"][:3]]


def test_campaign_as_text_in_chinese(filled, tmp_path):
    result = run(["--db", str(filled["db"]), "revisits", "--month", "2026-11"],
                 tmp_path / "data", lang="zh_CN")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "2026-10" in lines[0] and len(lines) == 3
    assert lines[1].split("\t")[:4] == ["张伟", "13812345678", "普通客户", "3"]


def test_log_export_xlsx_and_pdf(filled, tmp_path):
    xlsx = tmp_path / "log.xlsx"
    result = run(["--db", str(filled["db"]), "revisits", "--month", "2026-11", "--schedule",
                  "--out", str(xlsx)], tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert "2 for the monthly campaign" in result.stdout
    sheet = openpyxl.load_workbook(xlsx).active
    assert sheet.cell(row=3, column=5).value == "13812345678"    # due: the number to dial
    pdf = tmp_path / "log.pdf"
    result = run(["--db", str(filled["db"]), "revisits", "--month", "2026-11", "--out",
                  str(pdf)], tmp_path / "data")
    assert result.returncode == 0 and pdf.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("args", [["revisits", "--month", "2026-13"],
                                  ["revisits", "--month", "2026-11", "--out", "x.txt"]])
def test_bad_input_is_one_line(filled, tmp_path, args):
    line = assert_one_line_error(run(["--db", str(filled["db"]), *args], tmp_path / "data"))
    assert "YYYY-MM" in line or ".xlsx" in line
