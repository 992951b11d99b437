"""``desk report`` as a real process, and the workbook read by a real spreadsheet program
(LibreOffice headless): converted to PDF and CSV without error, values read back."""
from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys

import openpyxl
import pytest
from pypdf import PdfReader

from desk.store.db import close_database

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"


def desk(args, tmp_path, timeout=120):
    env = dict(os.environ)
    env.pop("DESK_DB", None)
    env.update(DESK_LANG="en", PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "desk", *args], capture_output=True,
                          text=True, encoding="utf-8", errors="replace", env=env,
                          timeout=timeout, cwd=tmp_path)


@pytest.fixture
def db_file(known, db_path):
    close_database()
    return str(db_path)


def test_report_commands(db_file, tmp_path):
    out = tmp_path / "周报 W47.xlsx"
    done = desk(["--db", db_file, "report", "weekly", "--week", "2026-W47", "--out",
                 str(out), "--lang", "en"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert str(out) in done.stdout
    ws = openpyxl.load_workbook(out).worksheets[0]
    assert ws["A6"].value == "Complaints received" and ws["B6"].value == 5
    monthly = desk(["--db", db_file, "report", "monthly", "--month", "2026-11"], tmp_path)
    assert monthly.returncode == 0, monthly.stderr
    made = tmp_path / "exports" / "complaints-monthly-2026-11.xlsx"
    assert made.exists()
    assert openpyxl.load_workbook(made).worksheets[0]["B6"].value == 8


@pytest.mark.parametrize("args, message", [
    (["weekly", "--week", "2026-W60"], "There is no week 60 in 2026."),
    (["weekly", "--week", "47"], "Write the week as YYYY-Www"),
    (["monthly", "--month", "2026-13"], "2026-13 is not a month; write it as YYYY-MM"),
])
def test_bad_periods_are_one_line_errors(db_file, tmp_path, args, message):
    done = desk(["--db", db_file, "report", *args], tmp_path)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == [done.stderr.strip()]
    assert message in done.stderr


def _soffice(args, tmp_path):
    profile = (tmp_path / "lo-profile").as_uri()
    return subprocess.run([SOFFICE, f"-env:UserInstallation={profile}", "--headless",
                           "--norestore", *args], capture_output=True, text=True,
                          timeout=120, cwd=tmp_path)


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed; "
                    ".ci/run installs libreoffice-calc-nogui")
def test_libreoffice_reads_the_workbook(known, clock, tmp_path):
    from desk.services import reports

    book = reports.export_report(reports.parse_week("2026-W47"), tmp_path / "w.xlsx", "en",
                                 clock=clock).path
    out = tmp_path / "out"
    pdf = _soffice(["--convert-to", "pdf", "--outdir", str(out), str(book)], tmp_path)
    assert pdf.returncode == 0, pdf.stderr
    assert (out / "w.pdf").stat().st_size > 10000
    pages = len(PdfReader(out / "w.pdf").pages)
    assert 11 <= pages <= 30          # every sheet, none spilling over many pages
    converted = _soffice(["--convert-to", CSV_ALL_SHEETS, "--outdir", str(out), str(book)],
                         tmp_path)
    assert converted.returncode == 0, converted.stderr

    def sheet(name):
        with open(out / f"w-{name}.csv", encoding="utf-8", newline="") as handle:
            return list(csv.reader(handle))

    summary = {row[0]: row for row in sheet("Report summary") if row and row[0]}
    assert summary["Complaints received"][1:3] == ["5", "2"]
    assert summary["Closed on time"][1:4] == ["33.3%", "100.0%", "-66.7 pp"]
    assert summary["Compensation approved"][1] == "¥400.00"
    assert summary["Resolution time, mean (hours)"][1] == "80.0"
    cases = sheet("All cases")
    assert cases[1][:2] == ["Case no.", "Received"]
    assert cases[2][1] == "2026-11-16 09:00"
    assert len(cases) == 2 + 5
    texts = [row[4] for row in cases[2:]]                      # "What happened"
    assert any(t.startswith("=HYPERLINK") for t in texts)     # text, never evaluated
    every = sheet("All cases, every column")
    assert len(every[1]) == 18 and len(every) == 2 + 5
    assert any(row[9].startswith("=HYPERLINK") for row in every[2:])
    trend = sheet("Daily trend")
    assert [row[1] for row in trend[2:9]] == ["2", "0", "1", "0", "1", "1", "0"]
