"""Whatever was typed prints as typed: markup stays text, long text runs onto more pages
with "page x of y", odd characters never stop a document."""
from __future__ import annotations

import dataclasses
import re

import pdfplumber
import pytest
from pdfread import pdf_text
from pypdf import PdfReader

from desk.documents.data.cases import Company, LetterData
from desk.documents.data.samples import sample_case, sample_company, sample_slip
from desk.documents.pdf.letter import render_letter
from desk.documents.pdf.receipt import render_receipt
from desk.documents.pdf.record import render_record
from desk.documents.pdf.slip import render_slip
from desk.i18n import translate

MARKUP = ('<b>bold</b> & <img src="/etc/passwd"/> <font face="Courier">x</font> '
          '&amp; &nbsp; &#x41; <br/> <para>')
MM = 72 / 25.4


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def slip_with(**case_fields):
    case = dataclasses.replace(sample_case(), **case_fields)
    return dataclasses.replace(sample_slip(), case=case)


@pytest.mark.parametrize("lang", ["en", "bilingual"])
def test_markup_in_user_text_prints_literally_and_loads_nothing(tmp_path, lang):
    slip = dataclasses.replace(slip_with(description=MARKUP, complainant=MARKUP[:40]),
                               result=MARKUP, opinion_text=MARKUP,
                               compensation=[("<b>x</b>", "1", MARKUP)])
    path = tmp_path / "slip.pdf"
    render_slip(slip, sample_company(), path, lang)
    text = squeeze(pdf_text(path))
    # description, result, opinion (a long one may break across a page, so count pieces)
    for piece in ('<b>bold</b>', '<img src="/etc/passwd"/>', '<font face="Courier">x</font>',
                  '&amp; &nbsp; &#x41; <br/> <para>'):
        assert text.count(squeeze(piece)) >= 3, piece
    reader = PdfReader(path)
    for page in reader.pages:
        xobjects = page["/Resources"].get("/XObject") or {}
        assert not list(xobjects), "an image was loaded"
        fonts = [str(f["/BaseFont"]) for f in page["/Resources"]["/Font"].values()]
        assert not any("Courier" in f for f in fonts)


def test_twenty_thousand_characters_flow_over_pages_with_page_x_of_y(tmp_path):
    description = sample_case(long=True).description
    assert len(description) == 20000
    path = tmp_path / "long.pdf"
    render_slip(slip_with(description=description), sample_company(), path, "en")
    reader = PdfReader(path)
    pages = len(reader.pages)
    assert pages >= 4
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert f"Page {number} of {pages}" in text
        assert sample_case().case_no in text
    _assert_all_text_inside_its_band(path, squeeze(description))


def _assert_all_text_inside_its_band(path, expected_body: str):
    """Header text above the rule, body text in the frame, footer below its rule; and the
    body, read in drawing order, holds the whole description: nothing cut or overlapped."""
    body = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            height = page.height
            for char in page.chars:
                assert 0 <= char["x0"] and char["x1"] <= page.width + 0.5
                top, bottom = char["top"], char["bottom"]
                in_header = bottom <= 23 * MM
                in_footer = top >= height - 12 * MM
                in_frame = top >= 28 * MM - 1 and bottom <= height - 17 * MM + 1
                assert in_header or in_footer or in_frame, (page.page_number, char["text"],
                                                            top, bottom)
                if in_frame:
                    body.append(char["text"])
    assert expected_body in squeeze("".join(body))


def test_long_text_everywhere_still_makes_every_document(tmp_path):
    big = ("长文本 long text 𠮷😀 <b>&amp;</b> " * 60)  # ~2,000 characters a field
    case = dataclasses.replace(
        sample_case(), complainant=big, address=big, phone=big, object_label=big,
        demand_text=big, demands=[big], recorded_by=big, incident_place=big,
        description=big * 5)
    slip = dataclasses.replace(
        sample_slip(), case=case, result=big, opinion_text=big, customer_opinion=big,
        route_label=big, department=big, responsible=big, date_changes=[(None, None, big)],
        compensation=[(big, "12.5", big)], verification_code=big[:300])
    company = Company(name=big, logo_path=None, address=big, phone=big)
    render_slip(slip, company, tmp_path / "slip.pdf", "bilingual")
    render_record(case, company, tmp_path / "record.pdf", "en")
    render_receipt(case, company, tmp_path / "a5.pdf", "zh_CN")
    render_receipt(case, company, tmp_path / "roll.pdf", "zh_TW", size="80mm",
                   enquiry_phone=big, enquiry_hours=big)
    render_letter(LetterData(case=case, company=company, recipient=big,
                             body_paragraphs=[big, big], signatory=big), tmp_path / "l.pdf",
                  "en")
    for name in ("slip", "record", "a5", "roll", "l"):
        text = squeeze(pdf_text(tmp_path / f"{name}.pdf"))
        assert squeeze("长文本 long text") in text


def test_a_long_value_in_a_form_cell_moves_below_the_table(tmp_path):
    address = "上海市浦东新区世纪大道100号 " * 120
    path = tmp_path / "record.pdf"
    render_record(dataclasses.replace(sample_case(), address=address), sample_company(),
                  path, "en")
    assert translate("(see below)", "en") in pdf_text(path)
    _assert_all_text_inside_its_band(path, squeeze(address))


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_characters_the_fonts_lack_do_not_stop_a_document(tmp_path, lang):
    odd = "𠮷野家 😀 👨‍👩‍👧 \u0e01\u0e02 ﷽ \U0001F3F3\uFE0F\u200D\U0001F308 end"
    slip = dataclasses.replace(slip_with(complainant=odd, description=odd * 3), result=odd)
    path = tmp_path / "odd.pdf"
    render_slip(slip, sample_company(), path, lang)
    text = pdf_text(path)
    assert "野家" in text and "end" in text and sample_case().case_no in text


def test_control_characters_and_lone_surrogates_are_cleaned(tmp_path):
    dirty = "A\x00B\x1bC\x7f\ud800D\u2028E\tF"
    slip = dataclasses.replace(slip_with(complainant=dirty, description=dirty), result=dirty)
    path = tmp_path / "dirty.pdf"
    render_slip(slip, sample_company(), path, "en")
    text = pdf_text(path)
    assert "ABC" in text and "D" in text and "\x1b" not in text and "\x00" not in text


def test_empty_case_still_prints_a_form(tmp_path):
    from desk.documents.data.cases import CaseSummary, SlipData

    case = CaseSummary(case_no="")
    render_slip(SlipData(case=case), Company(name=""), tmp_path / "slip.pdf", "bilingual")
    render_record(case, Company(name=""), tmp_path / "record.pdf", "zh_TW")
    render_receipt(case, Company(name=""), tmp_path / "roll.pdf", "en", size="80mm")
    render_letter(LetterData(case=case, company=Company(name="")), tmp_path / "l.pdf", "en")
    assert "Customer signature" in pdf_text(tmp_path / "slip.pdf")
