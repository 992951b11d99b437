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


def _one_table_report(columns, rows):
    table = Table("t", "Table", "Table", columns, rows)
    return Report("weekly", "Complaint handling weekly report", "2026-W47",
                  "2026-11-16 – 2026-11-22", "2026-W46", "", dt.datetime(2026, 11, 26, 10),
                  dt.datetime(2026, 11, 23), [], [table])


def test_short_texts_that_come_back_are_made_safe_every_time(tmp_path):
    """A column remembers the cells it made of short texts: a remembered one is quoted,
    cleaned and masked like the first, per column, and texts past what a column
    remembers are made safe as well."""
    import zipfile

    from lxml.etree import fromstring

    from desk.documents.xlsx.rows import BATCH, REMEMBER

    columns = [Column("text", "Text"), Column("no", "No.", "case_no"),
               Column("note", "Note", "wrapped", 10), Column("more", "More")]
    repeated = [("=1+1", "13812345678", "a\x07b <&>", f"-{n % 3}") for n in range(BATCH * 3)]
    distinct = [(f"@{n}", f"N{n}", "长" * 12, f"+{n}") for n in range(REMEMBER + 50)]
    path = write_workbook(_one_table_report(columns, repeated + distinct), tmp_path / "r.xlsx",
                          "en")
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                fromstring(archive.read(name))                      # well-formed XML
    ws = openpyxl.load_workbook(path)["Table"]
    rows = list(ws.iter_rows(min_row=3))
    assert len(rows) == len(repeated) + len(distinct)
    for row in rows[:len(repeated)]:
        assert [c.value for c in row[:3]] == ["=1+1", "13812345678", "ab <&>"]
        assert row[0].quotePrefix and row[3].quotePrefix and not row[1].quotePrefix
        assert row[0].data_type == "s" and row[3].value.startswith("-")
    for n, row in enumerate(rows[len(repeated):]):
        assert [c.value for c in row] == [f"@{n}", f"N{n}", "长" * 12, f"+{n}"]
        assert row[0].quotePrefix and row[3].quotePrefix and not row[1].quotePrefix
    first, last = len(repeated) + 3, ws.max_row
    assert ws.row_dimensions[first].height == ws.row_dimensions[last].height > 15  # wrapped
    assert ws["A4"].fill.fgColor.rgb.endswith("F2F6FA") and ws["A3"].fill.fill_type is None


def test_a_text_masked_in_one_column_is_not_masked_in_another(tmp_path):
    columns = [Column("text", "Text"), Column("no", "No.", "case_no"), Column("text2", "T")]
    rows = [("13812345678", "13812345678", "13812345678")] * 5
    ws = openpyxl.load_workbook(write_workbook(_one_table_report(columns, rows),
                                               tmp_path / "m.xlsx", "en"))["Table"]
    for row in ws.iter_rows(min_row=3):
        assert [c.value for c in row] == ["138****5678", "13812345678", "138****5678"]


def test_dates_are_the_serial_numbers_openpyxl_makes(tmp_path):
    """Dates go into the sheet as days since the epoch and the time of day, the first
    days of 1900 (Excel's leap year) as openpyxl counts them."""
    import re
    import zipfile

    from openpyxl.utils.datetime import to_excel

    moments = [dt.datetime(2026, 11, 16, 9, 30, 15, 123456), dt.datetime(1900, 1, 1),
               dt.datetime(1900, 2, 28, 12), dt.datetime(1900, 3, 1, 0, 0, 1),
               dt.datetime(1899, 12, 30, 6), dt.datetime(1899, 1, 1, 23, 59, 59),
               dt.datetime(2099, 12, 31, 23, 59, 59, 999000)]
    days = [dt.date(2026, 11, 16), dt.date(1900, 2, 28), dt.date(1900, 3, 1)]
    rows = [(m, days[n % len(days)]) for n, m in enumerate(moments)]
    columns = [Column("at", "At", "datetime"), Column("day", "Day", "date")]
    path = write_workbook(_one_table_report(columns, rows), tmp_path / "d.xlsx", "en")
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet2.xml").decode()
    written = re.findall(r'<c r="[AB](\d+)" s="\d+"><v>([^<]*)</v>', xml)
    expected = []
    for n, (moment, day) in enumerate(rows, 3):
        expected += [(str(n), f"{to_excel(moment):.16g}"), (str(n), f"{to_excel(day):.16g}")]
    assert written == expected
    ws = openpyxl.load_workbook(path)["Table"]
    assert ws["A3"].value == dt.datetime(2026, 11, 16, 9, 30, 15, 123000)   # milliseconds
    assert ws["B5"].value == dt.datetime(1900, 3, 1)


def test_rows_go_to_a_sheet_that_was_started_before(tmp_path):
    """A writer made after a row of the sheet was written goes through its XML stream."""
    from openpyxl import Workbook

    from desk.documents.xlsx.rows import RowWriter
    from desk.documents.xlsx.styles import Styles
    from desk.documents.xlsx.workbook import save_book

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("S")
    styles = Styles(ws, "en", "[cut {count}]", True)
    ws.append(["first"])
    writer = RowWriter(ws, styles, ["text", "count"], first_row=2)
    for n in range(450):
        writer.append([f"=row {n}", n])
    writer.flush()
    ws.append([styles.cell(ws, "last", "note")])
    save_book(wb, tmp_path / "s.xlsx")
    got = openpyxl.load_workbook(tmp_path / "s.xlsx")["S"]
    assert got["A1"].value == "first" and got["A452"].value == "last"
    assert got["A451"].value == "=row 449" and got["A451"].quotePrefix and got["B451"].value == 449
