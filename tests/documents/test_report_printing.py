"""The report workbook on paper: "All cases" fits an A4 landscape width at 8 points or
more, its long texts stop short instead of being cut mid-line, the wide sheet is marked
for the screen, and the charts stand beside the figures (a bar where a pie would have
more than five slices)."""
from __future__ import annotations

import datetime as dt
import zipfile

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from desk.documents.xlsx import Column, Measure, Report, Table, write_workbook
from desk.documents.xlsx.layout import printed_scale
from desk.documents.xlsx.styles import shorten
from desk.services import reports

BODY_POINTS = 10


def _widths(ws) -> list[float]:
    return [ws.column_dimensions[get_column_letter(i)].width for i in range(1, ws.max_column + 1)]


@pytest.fixture(params=["en", "zh_CN", "zh_TW"])
def book(request, known, clock, tmp_path):
    result = reports.export_report(reports.parse_week("2026-W47"), tmp_path / "w.xlsx",
                                   request.param, clock=clock)
    return openpyxl.load_workbook(result.path), result.path


def test_printed_all_cases_fits_a4_at_8_points(book):
    wb, _path = book
    printed, screen = wb.worksheets[7], wb.worksheets[8]
    assert printed.page_setup.fitToWidth == 1 and printed.sheet_properties.pageSetUpPr.fitToPage
    assert BODY_POINTS * printed_scale(_widths(printed)) >= 8
    assert printed.max_column == 11
    # the wide sheet has every column and is not shrunk onto one page width
    assert screen.max_column == 18
    assert BODY_POINTS * printed_scale(_widths(screen)) < 8
    assert screen.page_setup.fitToWidth == 0 and not screen.sheet_properties.pageSetUpPr.fitToPage
    assert screen.print_title_cols == "$A:$A"
    assert printed.title in screen["A1"].value          # "... (the All cases sheet prints)"


def test_every_fitted_sheet_prints_at_8_points(book):
    wb, _path = book
    for ws in wb.worksheets[1:]:
        if ws.sheet_properties.pageSetUpPr.fitToPage:
            assert BODY_POINTS * printed_scale(_widths(ws)) >= 8, ws.title


def test_printed_cases_hold_what_a_manager_reads(known, clock, tmp_path):
    result = reports.export_report(reports.parse_week("2026-W47"), tmp_path / "w.xlsx", "en",
                                   clock=clock)
    ws = openpyxl.load_workbook(result.path)["All cases"]
    assert [c.value for c in ws[2]] == [
        "Case no.", "Received", "Category", "Object of the complaint", "What happened",
        "Status", "Reply due", "Closed", "On time", "Customer's opinion", "Compensation"]
    first = [c.value for c in ws[3]]
    assert first[0] == known["C1"].case_no and first[1] == dt.datetime(2026, 11, 16, 9)
    assert first[8] == "Yes" and first[9] == "Satisfied" and first[10] == 100
    assert ws["E3"].alignment.wrap_text and ws["C3"].alignment.wrap_text
    assert ws.auto_filter.ref == "A2:K7" and ws.print_title_rows == "$2:$2"


def test_long_text_stops_short_on_the_printed_sheet(tmp_path):
    long_text = "顾客称在二楼餐厅用餐后出现腹痛。The staff were rude & refused. " * 400
    table = Table("cases", "All cases", "All cases", [
        Column("no", "Case no.", "case_no", 17),
        Column("text", "What happened", "wrapped", 40, 6)], [("A-1", long_text)])
    full = Table("cases_all", "All cases, every column", "Every column",
                 [Column("no", "Case no.", "case_no"), Column("text", "What happened",
                                                              "long_text")],
                 [("A-1", long_text)], screen=True)
    report = Report("weekly", "Complaint handling weekly report", "2026-W47", "", "2026-W46",
                    "", dt.datetime(2026, 11, 26), dt.datetime(2026, 11, 23),
                    [Measure("received", "Complaints received", "count", 1, None)],
                    [table, full])
    wb = openpyxl.load_workbook(write_workbook(report, tmp_path / "l.xlsx", "en"))
    short = wb["All cases"]["B3"].value
    assert short.endswith(" …") and len(short) < 300
    assert long_text.startswith(short[:-2].rstrip())
    height = wb["All cases"].row_dimensions[3].height
    assert height and 4 * 13.5 < height <= 6 * 13.5 + 3  # its lines shown whole, six at most
    assert wb["All cases, every column"]["B3"].value == long_text[:32767] or \
        len(wb["All cases, every column"]["B3"].value) == 32767


@pytest.mark.parametrize("text", ["", "short", "a\nb\nc", "长" * 10])
def test_short_text_is_left_alone(text):
    assert shorten(text, 40, 6) == text


def _chart_kinds(path) -> list[str]:
    with zipfile.ZipFile(path) as z:
        names = sorted(n for n in z.namelist() if n.startswith("xl/charts/chart"))
        out = []
        for name in names:
            xml = z.read(name).decode()
            out.append(next(k for k in ("lineChart", "barChart", "pieChart") if k in xml))
        return out


def test_charts_beside_the_figures(book):
    wb, path = book
    ws = wb.worksheets[0]
    anchors = [(c.anchor._from.col, c.anchor._from.row) for c in ws._charts]
    assert len(anchors) == 3
    assert all(col == 7 for col, _row in anchors)          # column H, beside A-F
    assert anchors[0][1] == 4                              # level with the header row 5
    assert ws.row_breaks.brk == []
    figures = [ws.column_dimensions[get_column_letter(i)].width for i in range(1, 8)]
    chart_points = 12.5 / 2.54 * 72
    room = (297 - 2 * 0.4 * 25.4) / 25.4 * 72
    sheet_points = sum(round(w * 7) for w in figures) * 0.75 + chart_points
    assert BODY_POINTS * min(1.0, room / sheet_points) >= 8


def _channel_report(count: int) -> Report:
    names = [f"Channel {i}" for i in range(count)]
    channel = Table("channel", "By channel", "Complaints by channel",
                    [Column("channel", "Channel"), Column("received", "Cases", "count")],
                    [(n, i + 1) for i, n in enumerate(names)], chart="pie")
    return Report("monthly", "Complaint handling monthly report", "2026-11", "", "2026-10",
                  "", dt.datetime(2026, 11, 26), dt.datetime(2026, 11, 23),
                  [Measure("received", "Complaints received", "count", 1, None)], [channel])


@pytest.mark.parametrize("count, kind", [(5, "pieChart"), (9, "barChart")])
def test_a_pie_of_more_than_five_slices_is_a_bar(tmp_path, count, kind):
    path = write_workbook(_channel_report(count), tmp_path / "c.xlsx", "en")
    assert _chart_kinds(path) == [kind]
