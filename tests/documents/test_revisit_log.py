"""The revisit log PDF as the clerk calls from it: a revisit a line, the number to dial
in full only for the calls still to make, the dates saying their order."""
from __future__ import annotations

from io import BytesIO

from pdfread import pdf_text
from pypdf import PdfReader

from desk.documents.data.samples import sample_company, sample_revisits
from desk.documents.pdf.revisit_log import render_revisit_log


def _render(tmp_path, lang: str, count: int = 264):
    out = tmp_path / f"log-{lang}.pdf"
    render_revisit_log(sample_revisits(count), sample_company(), out, lang)
    return out


def test_a_month_of_revisits_on_few_pages(tmp_path):
    for lang in ("zh_CN", "en", "bilingual"):
        pages = len(PdfReader(BytesIO(_render(tmp_path, lang).read_bytes())).pages)
        assert pages <= 12, (lang, pages)          # 264 revisits: about 25 a page


def test_numbers_to_dial_and_date_order(tmp_path):
    text = pdf_text(_render(tmp_path, "en", 20))
    assert "13800130010" in text                   # still to call: the whole number
    assert "138****0001" in text                   # done: masked
    assert "month-day" in text
    assert "𠮷野䶮堃" in text
    assert "=cmd|' /C calc'!A0" in text            # printed as typed, never run
