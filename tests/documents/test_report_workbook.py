"""The workbook as Excel sees it: every summary figure, real types and formats, safe text,
masked phones, valid sheet names, printing and document properties."""
from __future__ import annotations

import datetime as dt
import re
import zipfile
from decimal import Decimal

import openpyxl
import pytest
from known_week import EXPECTED

from desk.documents.xlsx import Column, Measure, Report, Table, write_workbook
from desk.services import reports

SHEETS_EN = ["Report summary", "By category", "By channel", "By department or tenant",
             "By severity", "Daily trend", "Overdue cases", "All cases",
             "All cases, every column", "Revisits", "Corrective actions", "Compensation"]
BAD = re.compile(r"[\[\]:*?/\\]")


@pytest.fixture
def book(known, clock, tmp_path):
    result = reports.export_report(reports.parse_week("2026-W47"), tmp_path / "w.xlsx", "en",
                                   clock=clock)
    return openpyxl.load_workbook(result.path), result.path


def _summary(ws) -> dict[str, tuple]:
    rows = {}
    for row in ws.iter_rows(min_row=6, max_col=6):
        if row[0].value and row[1].value is not None:
            rows[row[0].value] = row
    return rows


def test_summary_figures_and_formats(book):
    wb, _path = book
    ws = wb["Report summary"]
    assert ws["A1"].value == "Complaint handling weekly report"
    assert "2026-W47" in ws["A2"].value and "2026-11-16" in ws["A2"].value
    rows = _summary(ws)
    labels = {"received": "Complaints received", "closed": "Cases closed",
              "open": "Open at the end of the period",
              "overdue": "Overdue at the end of the period", "on_time": "Closed on time",
              "first_response_mean": "First response, mean (hours)",
              "first_response_median": "First response, median (hours)",
              "resolution_mean": "Resolution time, mean (hours)",
              "resolution_median": "Resolution time, median (hours)",
              "satisfaction": "Customers satisfied with the result",
              "repeat_rate": "Repeat complaints (same phone within 60 days)",
              "compensation": "Compensation approved",
              "review_coverage": "Handling slips reviewed (daily review)"}
    for key, (current, previous) in EXPECTED.items():
        row = rows[labels[key]]
        assert row[1].value == pytest.approx(current), key
        assert row[2].value == pytest.approx(previous), key
    assert rows["Closed on time"][1].number_format == "0.0%"
    assert rows["Compensation approved"][1].number_format == '"¥"#,##0.00'
    assert rows["Resolution time, mean (hours)"][1].number_format == "#,##0.0"
    assert rows["Complaints received"][3].value == 3            # change
    assert rows["Complaints received"][4].value == pytest.approx(1.5)   # +150 %
    assert rows["Closed on time"][3].value == pytest.approx((1 / 3 - 1) * 100)
    assert "pp" in rows["Closed on time"][3].number_format


def test_sheets_types_and_layout(book):
    wb, path = book
    assert wb.sheetnames == SHEETS_EN
    assert all(len(n) <= 31 and not BAD.search(n) for n in wb.sheetnames)
    cases = wb["All cases, every column"]
    assert cases.freeze_panes == "A3"
    assert cases.auto_filter.ref == "A2:R7"
    received = cases["B3"]
    assert isinstance(received.value, dt.datetime) and received.number_format == "yyyy-mm-dd hh:mm"
    assert received.value == dt.datetime(2026, 11, 16, 9, 0)
    assert cases["O3"].value == pytest.approx(24.0) and cases["O3"].data_type == "n"
    assert cases["R3"].value == 100 and cases["R3"].number_format == '"¥"#,##0.00'
    trend = wb["Daily trend"]
    assert isinstance(trend["A3"].value, dt.datetime) and trend["A3"].number_format == "yyyy-mm-dd"
    assert [trend.cell(r, 2).value for r in range(3, 10)] == [2, 0, 1, 0, 1, 1, 0]
    cat = wb["By category"]
    assert cat["C3"].number_format == "0.0%"
    assert cat.column_dimensions["A"].width >= 10
    for ws in wb.worksheets:
        assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9
        screen = ws.title == "All cases, every column"
        assert ws.page_setup.fitToWidth == (0 if screen else 1)
        assert ws.page_setup.fitToHeight == 0
        assert ws.sheet_properties.pageSetUpPr.fitToPage is not screen
        assert "&P" in ws.oddFooter.right.text and "&N" in ws.oddFooter.right.text
        assert "2026-W47" in ws.oddHeader.right.text
    assert cases.print_title_rows == "$2:$2"
    assert wb.properties.title == "Complaint handling weekly report 2026-W47"
    assert wb.properties.creator == "Desk"
    with zipfile.ZipFile(path) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
        assert len(charts) == 3
        kinds = "".join(z.read(n).decode() for n in charts)
        assert "lineChart" in kinds and "barChart" in kinds and "pieChart" in kinds


def test_formula_text_is_neutralised_and_phones_masked(book, known):
    wb, _path = book
    cases = wb["All cases, every column"]
    c3 = next(r for r in cases.iter_rows(min_row=3) if r[0].value == known["C3"].case_no)
    description = c3[9]
    assert description.data_type == "s" and description.value.startswith("=HYPERLINK")
    assert description.quotePrefix
    assert "139****5678" in description.value and "13912345678" not in description.value
    phones = [r[7].value for r in cases.iter_rows(min_row=3, max_row=7)]
    assert phones[0] == "138****0001"
    assert all(p is None or "****" in p for p in phones)


def test_unmasked_when_asked(known, clock, tmp_path):
    result = reports.export_report(reports.parse_week("2026-W47"), tmp_path / "u.xlsx", "en",
                                   clock=clock, mask_phones=False)
    cases = openpyxl.load_workbook(result.path)["All cases, every column"]
    assert cases["H3"].value == "138 0000 0001"


def test_chinese_sheet_names(known, clock, tmp_path):
    result = reports.export_report(reports.parse_week("2026-W47"), tmp_path / "zh.xlsx",
                                   "zh_CN", clock=clock)
    wb = openpyxl.load_workbook(result.path)
    assert wb.sheetnames[0] == "汇总"
    assert all(len(n) <= 31 and not BAD.search(n) for n in wb.sheetnames)
    assert len(set(wb.sheetnames)) == len(wb.sheetnames) == 12
    assert wb["汇总"]["A1"].value == "客户投诉处理工作周报"


def _plain_report(rows, tables_extra=()):
    table = Table("cases", "All / cases: [1]?", "Cases", [
        Column("text", "Text", "long_text"), Column("phone", "Phone", "phone"),
        Column("money", "Amount", "money")], rows)
    return Report("weekly", "Complaint handling weekly report", "2026-W47",
                  "2026-11-16 – 2026-11-22", "2026-W46", "A&B 商场",
                  dt.datetime(2026, 11, 26, 10), dt.datetime(2026, 11, 23),
                  [Measure("received", "Complaints received", "count", 1, None)],
                  [table, *tables_extra])


def test_hostile_text(tmp_path):
    long_text = "长" * 40000
    rows = [("=1+1", "+86 138 1234 5678", Decimal("1.50")),
            ("-2", "12345", None), ("@SUM(A1)", "", Decimal("NaN")),
            ("\tTab\x00\x07\x1b bell \ud800 lone", "021-12345678", None),
            (long_text, "13812345678", Decimal("0")),
            ("😀 emoji 表情", None, Decimal("9999999.99"))]
    path = write_workbook(_plain_report(rows), tmp_path / "h.xlsx", "en")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[1] == "All cases 1"
    ws = wb.worksheets[1]
    values = [r[0].value for r in ws.iter_rows(min_row=3, max_row=8)]
    for cell in [r[0] for r in ws.iter_rows(min_row=3, max_row=5)]:
        assert cell.data_type == "s" and cell.quotePrefix
    assert values[:3] == ["=1+1", "-2", "@SUM(A1)"]
    assert values[3] == "\tTab bell  lone"
    assert len(values[4]) <= 32767 and values[4].endswith("at most 32,767]")
    assert "cut" in values[4][-80:] and values[4].startswith("长" * 100)
    assert values[5] == "😀 emoji 表情"
    phones = [r[1].value for r in ws.iter_rows(min_row=3, max_row=8)]
    assert phones == ["138****5678", "***45", None, "021****5678", "138****5678", None]
    assert ws["C3"].value == 1.5 and ws["C5"].value is None
    assert wb["Report summary"].oddHeader.left.text.endswith("A&&B 商场  Complaint handling weekly report")


def test_locked_file_gets_a_new_name(known, clock, tmp_path, monkeypatch):
    from desk.documents.xlsx import workbook

    locked = tmp_path / "report.xlsx"
    locked.write_bytes(b"old")
    real_replace = workbook.os.replace

    def replace(src, dst):
        if str(dst) == str(locked):
            raise PermissionError(13, "in use by another process", str(dst))
        return real_replace(src, dst)

    monkeypatch.setattr(workbook.os, "replace", replace)
    result = reports.export_report(reports.parse_week("2026-W47"), locked, "en", clock=clock)
    assert result.renamed and result.path.name == "report (2).xlsx"
    assert locked.read_bytes() == b"old" and result.path.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".desk-")]


def test_summary_prints_the_audit_head(book):
    """The weekly report carries the audit trail's head as a paper anchor that
    ``desk audit verify --head`` accepts."""
    from desk.services.audit.trail import head
    from desk.services.audit.verify import verify

    wb, _path = book
    stamp = wb["Report summary"]["A3"].value
    now = head()
    assert now.count > 0 and f"Audit trail: {now.count} entries, head {now.hex}" in stamp
    assert verify(stamp.split("  ")[-1]).ok
