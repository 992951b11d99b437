"""The revisit log (PDF, xlsx), read back."""
from __future__ import annotations

import openpyxl
import pdfplumber
import pytest
from openpyxl.utils import get_column_letter

from desk.documents.xlsx.layout import printed_scale
from desk.services.revisits import calls as revisit_calls
from desk.services.revisits.documents import render_revisit_log, revisit_log_data
from desk.store.models.revisits import Revisit


def pdf_text(path) -> str:
    with pdfplumber.open(str(path)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


@pytest.fixture
def month_of_revisits(store, org, closed_case, clock):
    """Three revisits due in November 2026: satisfied, unreachable, and still due."""
    made = []
    for name, phone, words in (("张伟", "13812345678", "=HYPERLINK(\"http://x\")"),
                               ("李娜", "13900001111", "+很好 打我电话 13712345678"),
                               ("王芳", "13600002222", "")):
        made.append((closed_case(complainant_name=name, phone=phone), words))
    revisits = list(Revisit.select().order_by(Revisit.id))
    clock.advance(days=3)
    revisit_calls.record_attempt(revisits[0].id, "phone", True, "", org["clerk"], clock)
    revisit_calls.record_satisfied(revisits[0].id, 5, ["fast", "solved"], made[0][1],
                                   org["clerk"], clock)
    for method in ("phone", "sms", "wechat"):
        revisit_calls.record_attempt(revisits[1].id, method, False, made[1][1], org["clerk"],
                                     clock)
    return [c for c, _w in made]


def test_log_data_counts_and_masks(month_of_revisits):
    data = revisit_log_data("2026-11", "en")
    assert (data.total, data.reached, data.unreachable, data.average_satisfaction) == (
        3, 1, 1, 5.0)
    first = data.rows[0]
    assert first.phone == "138****5678" and first.satisfaction == 5
    assert data.rows[1].phone == "139****1111"          # unreachable: nobody dials it now
    assert data.rows[2].phone == "13600002222"          # still to make: the number to dial
    assert first.reasons == "Handled quickly, Problem solved"
    assert data.rows[1].attempts == "Phone ×1, SMS ×1, WeChat ×1"
    assert data.rows[1].status == "Unreachable"


@pytest.mark.parametrize("lang, title", [("zh_CN", "客户回访记录表"), ("zh_TW", "客戶回訪記錄表"),
                                         ("en", "Revisit log")])
def test_log_pdf_reads_back(month_of_revisits, tmp_path, lang, title):
    out = render_revisit_log("2026-11", tmp_path / "log.pdf", lang)
    text = pdf_text(out)
    assert title in text and "2026-11" in text
    for case in month_of_revisits:
        assert case.case_no in text
    assert "138****5678" in text and "13812345678" not in text
    assert "13600002222" in text and "13712345678" not in text


def test_log_xlsx_reopens_masked_and_without_formulas(month_of_revisits, tmp_path):
    out = render_revisit_log("2026-11", tmp_path / "log.xlsx", "zh_CN")
    book = openpyxl.load_workbook(out)
    sheet = book.active
    assert sheet.title == "客户回访记录表"
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert "客户回访记录表" in values[0][0] and "2026-11" in values[0][0]
    header = values[1]
    assert header[0] == "序号" and "电话" in header
    body = values[2:]
    assert len(body) == 3
    phone_col = header.index("电话")
    assert [r[phone_col] for r in body] == ["138****5678", "139****1111", "13600002222"]
    words_col = header.index("顾客原话")
    formula = sheet.cell(row=3, column=words_col + 1)
    assert formula.value == "=HYPERLINK(\"http://x\")"
    assert formula.data_type == "s" and formula.quotePrefix
    flat = " ".join(str(v) for row in values for v in row if v is not None)
    assert "13812345678" not in flat and "13712345678" not in flat
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)


def test_empty_month_documents(store, tmp_path):
    pdf = render_revisit_log("2026-03", tmp_path / "empty.pdf", "en")
    assert "No revisits in this month." in pdf_text(pdf)
    book = openpyxl.load_workbook(render_revisit_log("2026-03", tmp_path / "empty.xlsx", "en"))
    assert book.active.cell(row=3, column=1).value == "No revisits in this month."


def test_log_xlsx_has_real_dates_a_filter_and_prints_to_page_width(month_of_revisits,
                                                                    tmp_path):
    import datetime as dt

    out = render_revisit_log("2026-11", tmp_path / "log.xlsx", "zh_CN")
    sheet = openpyxl.load_workbook(out).active
    due = [sheet.cell(row=r, column=2) for r in range(3, 6)]  # the "Due" column
    assert all(isinstance(c.value, (dt.date, dt.datetime)) for c in due)
    assert all(c.is_date for c in due)
    done = sheet.cell(row=3, column=3)
    assert done.is_date and done.number_format == "yyyy-mm-dd hh:mm"
    assert sheet.auto_filter.ref == "A2:O5"
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
    assert sheet.print_title_rows == "$2:$2"
    assert sheet["A2"].font.b and sheet["A2"].fill.fgColor.rgb.endswith("1F4E79")  # the report's
    widths = [sheet.column_dimensions[get_column_letter(i)].width for i in range(1, 16)]
    assert 10 * printed_scale(widths) >= 8
