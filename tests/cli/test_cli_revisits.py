"""``desk revisits``, ``desk repeats`` and ``desk capa`` run as real processes."""
from __future__ import annotations

import datetime as dt
import json

import openpyxl
import pytest

from desk.services.capa import actions as capa
from desk.services.cases.complaints import create_complaint
from tests.cli.test_cli import assert_one_line_error, run


@pytest.fixture
def filled(store, org, make_input, clock, db_path):
    """October 2026: one customer with three cases, another with one; a corrective action."""
    made = [create_complaint(make_input(received_at=dt.datetime(2026, 10, d, 12),
                                        phone=phone, complainant_name=name), clock=clock)
            for d, phone, name in ((2, "13812345678", "张伟"), (9, "13812345678", "张伟"),
                                   (30, "13812345678", "张伟"), (15, "13900001111", "李娜"))]
    capa_id = capa.open_capa(complaint_ids=[m.id for m in made[:3]], problem="反复投诉",
                             by_id=org["clerk"], clock=clock)
    return {"db": db_path, "cases": made, "capa": capa_id}


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
    assert sheet.cell(row=5, column=5).value == "138****5678"
    pdf = tmp_path / "log.pdf"
    result = run(["--db", str(filled["db"]), "revisits", "--month", "2026-11", "--out",
                  str(pdf)], tmp_path / "data")
    assert result.returncode == 0 and pdf.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("args", [["revisits", "--month", "2026-13"],
                                  ["revisits", "--month", "2026-11", "--out", "x.txt"],
                                  ["capa", "pdf", "999", "--out", "x.pdf"]])
def test_bad_input_is_one_line(filled, tmp_path, args):
    line = assert_one_line_error(run(["--db", str(filled["db"]), *args], tmp_path / "data"))
    assert "YYYY-MM" in line or ".xlsx" in line or "999" in line


def test_repeats_and_capa_pdf(filled, tmp_path):
    result = run(["--db", str(filled["db"]), "repeats", "--json"], tmp_path / "data")
    assert result.returncode == 0, result.stderr      # October is long past: no repeats now
    out = tmp_path / "capa.pdf"
    result = run(["--db", str(filled["db"]), "capa", "pdf", str(filled["capa"]), "--out",
                  str(out)], tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    result = run(["--db", str(filled["db"]), "capa", "verify"], tmp_path / "data")
    assert result.returncode == 0, result.stderr
