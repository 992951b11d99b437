"""Every document in every language, parsed back with pypdfium2 and pypdf."""
from __future__ import annotations

import dataclasses
import io
import re

import pytest
from pdfread import pdf_fonts, pdf_text
from pypdf import PdfReader

from desk.documents.data.samples import sample_case, sample_company, sample_letter, sample_slip
from desk.documents.pdf.letter import render_letter
from desk.documents.pdf.receipt import render_receipt
from desk.documents.pdf.record import render_record
from desk.documents.pdf.slip import render_slip
from desk.i18n import translate

LANGS = ("zh_CN", "zh_TW", "en", "bilingual")
CASE_NO = sample_case().case_no
NAME = "王小红 (Wong Siu-hung)"
RESULT = sample_slip().result


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def render(kind: str, path, lang: str, **kw):
    company = sample_company()
    if kind == "slip":
        render_slip(kw.get("data") or sample_slip(), company, path, lang)
    elif kind == "record":
        render_record(kw.get("case") or sample_case(), company, path, lang)
    elif kind == "receipt":
        render_receipt(kw.get("case") or sample_case(), company, path, lang,
                       size=kw.get("size", "A5"), enquiry_phone="021-5888 8888",
                       enquiry_hours="10:00-22:00")
    elif kind == "letter":
        render_letter(kw.get("data") or sample_letter(), path, lang)
    return path


@pytest.mark.parametrize("lang", LANGS)
def test_slip_reads_back_in_order(tmp_path, lang):
    path = render("slip", tmp_path / "slip.pdf", lang)
    text = squeeze(pdf_text(path))
    title = squeeze(translate("Complaint handling slip", "zh_CN" if lang == "bilingual"
                              else lang))
    assert text.count(title) >= 2  # the page header and the form's own title
    order = [CASE_NO, squeeze(NAME), squeeze(RESULT),
             squeeze(translate("Customer signature", "en" if lang == "en" else
                               "zh_CN" if lang == "bilingual" else lang))]
    positions = [text.find(part) for part in order]
    assert -1 not in positions, dict(zip(order, positions))
    assert positions == sorted(positions)
    assert "38.00" in text and "88.00" in text  # compensation and its total


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", ["slip", "record", "receipt", "letter"])
def test_every_document_embeds_every_font_and_stays_small(tmp_path, kind, lang):
    path = render(kind, tmp_path / f"{kind}.pdf", lang)
    fonts = pdf_fonts(path)
    assert fonts, "no fonts at all?"
    for font in fonts:
        assert font.embedded and font.subset, font
    assert not any(font.name.startswith(("Helvetica", "Times", "Courier")) for font in fonts)
    assert path.stat().st_size < 100_000
    text = squeeze(pdf_text(path))
    assert CASE_NO in text
    if kind != "letter":
        assert squeeze(NAME) in text


@pytest.mark.parametrize("lang", LANGS)
def test_record_and_letter_carry_the_case(tmp_path, lang):
    record = squeeze(pdf_text(render("record", tmp_path / "r.pdf", lang)))
    assert squeeze(sample_case().description.split("\n")[0]) in record
    letter = squeeze(pdf_text(render("letter", tmp_path / "l.pdf", lang)))
    for paragraph in sample_letter().body_paragraphs:
        assert squeeze(paragraph) in letter
    assert squeeze(sample_letter().recipient) in letter


def test_bilingual_has_both_label_languages(tmp_path):
    text = pdf_text(render("slip", tmp_path / "slip.pdf", "bilingual"))
    for label in ("Complainant", "Handling result", "Customer signature", "Compensation"):
        chinese = translate(label, "zh_CN")
        assert label in text
        assert chinese in text
    assert translate("Complainant", "zh_CN") != "Complainant", "catalogue has no zh_CN?"


def test_traditional_chinese_uses_the_traditional_catalogue(tmp_path):
    text = pdf_text(render("slip", tmp_path / "slip.pdf", "zh_TW"))
    title = translate("Complaint handling slip", "zh_TW")
    assert title != translate("Complaint handling slip", "zh_CN")
    assert title in text


@pytest.mark.parametrize("size, width_mm", [("A5", 148), ("80mm", 80)])
def test_receipt_sizes(tmp_path, size, width_mm):
    path = render("receipt", tmp_path / "receipt.pdf", "en", size=size)
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    width = float(reader.pages[0].mediabox.width)
    assert width == pytest.approx(width_mm / 25.4 * 72, abs=0.5)
    text = squeeze(pdf_text(path))
    assert CASE_NO in text and "2026-11-2818:00" in text and "021-58888888" in text


def test_renders_to_a_binary_file_object():
    buffer = io.BytesIO()
    render_slip(sample_slip(), sample_company(), buffer, "en")
    assert buffer.getvalue().startswith(b"%PDF")
    assert CASE_NO in PdfReader(io.BytesIO(buffer.getvalue())).pages[0].extract_text()


def test_unknown_language_or_size_is_refused(tmp_path):
    with pytest.raises(ValueError):
        render_slip(sample_slip(), sample_company(), tmp_path / "x.pdf", "fr")
    with pytest.raises(ValueError):
        render_receipt(sample_case(), sample_company(), tmp_path / "x.pdf", "en", size="A4")


def test_a_slip_with_nothing_filled_in_is_a_form_to_write_on(tmp_path):
    blank = dataclasses.replace(sample_slip(), result="", compensation=[], customer_opinion="",
                                opinion_text="", handled_at=None, date_changes=[])
    path = tmp_path / "blank.pdf"
    render_slip(blank, sample_company(), path, "en")
    text = pdf_text(path)
    for choice in ("Satisfied", "Accepts the result", "Not satisfied"):
        assert choice in text  # tick boxes for the customer
    assert CASE_NO in text


def test_logo_that_is_missing_or_not_an_image_is_left_out(tmp_path):
    for logo in (tmp_path / "missing.png", tmp_path / "bad.png"):
        if logo.name == "bad.png":
            logo.write_bytes(b"not an image")
        company = dataclasses.replace(sample_company(), logo_path=logo)
        render_slip(sample_slip(), company, tmp_path / "slip.pdf", "en")
        assert CASE_NO in pdf_text(tmp_path / "slip.pdf")
