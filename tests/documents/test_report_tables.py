"""Sheets that show the same rows are written in one pass over them: the printed "All
cases" and the wide one read the cases once, and each shows its own columns."""
from __future__ import annotations

import datetime as dt
import logging

import openpyxl

from desk.documents.xlsx import Column, Measure, Report, Table, write_workbook
from desk.services import reports


def test_the_cases_are_read_once_for_both_case_sheets(known, clock, tmp_path, caplog):
    caplog.set_level(logging.DEBUG, logger="peewee")
    result = reports.export_report(reports.parse_week("2026-W47"), tmp_path / "w.xlsx", "en",
                                   clock=clock)
    reads = [r.getMessage() for r in caplog.records if r.name == "peewee"
             and '"description"' in r.getMessage() and "first_response" in r.getMessage()]
    assert len(reads) == 1, reads
    wb = openpyxl.load_workbook(result.path)
    printed = [[c.value for c in r] for r in wb["All cases"].iter_rows(min_row=3)]
    wide = [[c.value for c in r] for r in wb["All cases, every column"].iter_rows(min_row=3)]
    assert len(printed) == len(wide) == 5
    assert [r[0] for r in printed] == [r[0] for r in wide]      # same cases, same order
    assert [r[3] for r in printed] == [r[8] for r in wide]      # the object of each case
    assert wb["All cases"].max_column == 11 and wb["All cases, every column"].max_column == 18


def test_shared_rows_beyond_the_sample_with_progress(tmp_path):
    rows = ((f"N{n:05d}", n, f"=text {n}") for n in range(1234))
    first = Table("first", "First", "First", [Column("text", "Text"),
                                              Column("no", "No.", "case_no")],
                  rows, size_hint=1234, pick=(2, 0))
    second = Table("second", "Second", "Second", [Column("no", "No.", "case_no"),
                                                  Column("n", "N", "count"),
                                                  Column("text", "Text")],
                   size_hint=1234, rows_of="first")
    report = Report("weekly", "Complaint handling weekly report", "2026-W47",
                    "2026-11-16 – 2026-11-22", "2026-W46", "", dt.datetime(2026, 11, 26, 10),
                    dt.datetime(2026, 11, 23), [Measure("received", "Complaints received",
                                                        "count", 1, None)], [first, second])
    seen = []
    path = write_workbook(report, tmp_path / "s.xlsx", "en",
                          progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1000, 2468), (2000, 2468), (2468, 2468)]    # both sheets count
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Report summary", "First", "Second"]
    a, b = wb["First"], wb["Second"]
    assert a.max_row == b.max_row == 2 + 1234
    assert [c.value for c in a[1236]] == ["=text 1233", "N01233"]
    assert [c.value for c in b[1236]] == ["N01233", 1233, "=text 1233"]
    assert a["A1236"].quotePrefix and b["C1236"].quotePrefix
    assert a.auto_filter.ref == "A2:B1236" and b.auto_filter.ref == "A2:C1236"


def test_composed_rows_read_back_as_written(tmp_path):
    """Values of every kind, escaped text, heights of wrapped rows and the total row."""
    import math
    from decimal import Decimal

    from desk.documents.xlsx.rows import BATCH

    columns = [Column("text", "Text", "long_text", 20), Column("n", "N", "hours"),
               Column("at", "At", "datetime"), Column("day", "Day", "date"),
               Column("flag", "Flag", "flag")]
    odd = [("a & b <c> d\r\ne", 1.5, dt.datetime(2026, 11, 16, 9, 30), dt.date(2026, 11, 16),
            True),
           ("  spaced  ", Decimal("2.25"), None, None, False),
           ("", math.inf, None, None, None),
           ("长" * 60, math.nan, None, None, dt.timedelta(hours=2)),
           ("@cmd|' /C calc'!A0", -3, None, None, "")]
    rows = odd + [(f"row {n}", n, None, None, None) for n in range(BATCH * 2)]
    table = Table("t", "Table", "Table", columns, rows, total=("Total", 9, None, None, None))
    report = Report("weekly", "Complaint handling weekly report", "2026-W47",
                    "2026-11-16 – 2026-11-22", "2026-W46", "", dt.datetime(2026, 11, 26, 10),
                    dt.datetime(2026, 11, 23), [], [table])
    path = write_workbook(report, tmp_path / "r.xlsx", "en")
    ws = openpyxl.load_workbook(path)["Table"]
    got = [[c.value for c in r] for r in ws.iter_rows(min_row=3, max_row=7)]
    assert got[0] == ["a & b <c> d\r\ne", 1.5, dt.datetime(2026, 11, 16, 9, 30),
                      dt.datetime(2026, 11, 16), True]
    assert got[1] == ["  spaced  ", 2.25, None, None, False]
    assert got[2] == [None, None, None, None, None]           # no infinity, no NaN
    assert got[3][0] == "长" * 60 and got[3][1] is None and got[3][4] == "2:00:00"
    assert got[4][0] == "@cmd|' /C calc'!A0" and ws["A7"].quotePrefix
    assert ws["C3"].number_format == "yyyy-mm-dd hh:mm" and ws["B3"].number_format == "#,##0.0"
    assert ws["A4"].fill.fgColor.rgb.endswith("F2F6FA")               # stripes
    assert ws.row_dimensions[6].height >= 40                         # wrapped: taller
    assert ws.row_dimensions[8].height is None
    last = 2 + len(rows)
    assert ws.cell(last, 1).value == f"row {BATCH * 2 - 1}" and ws.cell(last, 2).value == \
        BATCH * 2 - 1
    assert [c.value for c in ws[last + 1]] == ["Total", 9, None, None, None]
    assert ws.cell(last + 1, 1).font.b and ws.max_row == last + 1
    assert ws.auto_filter.ref == f"A2:E{last}"
