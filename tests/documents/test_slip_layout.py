"""The handling slip: one page for a normal case in every layout, what is signed for on
the page that is signed, room to write and sign, escalation, tenants, bilingual values."""
from __future__ import annotations

import dataclasses
import io

import pypdf
import pytest
from reportlab.lib.units import mm

from desk.documents.data.samples import SLIP_STATES, sample_company, sample_slip_in
from desk.documents.pdf import blocks, slip
from desk.documents.pdf.layout import LANGUAGES, styles, tr
from desk.i18n import translate

NORMAL = [s for s in SLIP_STATES if s != "escalated"]


def pages(data, lang: str) -> list[str]:
    out = io.BytesIO()
    slip.render_slip(data, sample_company(), out, lang)
    return [p.extract_text() for p in pypdf.PdfReader(io.BytesIO(out.getvalue())).pages]


def words(source: str, lang: str) -> str:
    return translate(source, "zh_CN" if lang == "bilingual" else lang)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("state", NORMAL)
def test_a_normal_case_is_one_page(state, lang):
    assert len(pages(sample_slip_in(state), lang)) == 1


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("long", [False, True])
def test_signatures_are_on_the_page_of_the_result(lang, long):
    data = sample_slip_in("escalated", long)
    data = dataclasses.replace(data, result="RESULT-MARK 已当面道歉并退款。")
    text = pages(data, lang)
    with_result = [i for i, t in enumerate(text) if "RESULT-MARK" in t]
    customer = words(slip.CUSTOMER, lang)
    with_signature = [i for i, t in enumerate(text) if customer in t]
    opinion = [i for i, t in enumerate(text) if words(slip.OPINIONS[0], lang) in t]
    assert with_result and with_result[-1] == with_signature[0] == opinion[0]


def test_room_to_write_and_sign():
    st = styles(min(slip.SCALES))
    part = slip.signed_part(sample_slip_in("blank"), "bilingual", st, 178 * mm)
    lines = [f for f in part._content if isinstance(f, blocks.WriteLines)]
    assert lines[0].count * lines[0].gap >= 30 * mm  # the handwritten result
    table = [f for f in part._content if type(f).__name__ == "Table"][-1]
    assert table._argH[1] >= 20 * mm  # clear height to sign in


def test_escalated_slip_shows_level_and_gm_box():
    text = "".join(pages(sample_slip_in("escalated"), "en"))
    assert "Escalated to" in text and "GM signature" in text
    assert "Not agreed" in text and "(promised at intake)" in text
    assert "Promised at intake" not in text


def test_tenant_slip_names_the_shop_and_the_floor_supervisor():
    text = pages(sample_slip_in("tenant"), "zh_CN")[0]
    assert "商户" in text and "星巴克 (1F-101)" in text and "楼层主管签字" in text
    assert "责任部门" not in text


def test_told_the_customer_only_once_there_is_a_result():
    told = words(slip.TOLD, "zh_CN")
    assert told not in pages(sample_slip_in("blank"), "zh_CN")[0]
    assert told in pages(sample_slip_in("resolved"), "zh_CN")[0]


def test_english_date_lines_say_their_order():
    assert "year/month/day" in tr(blocks.SIGN_DATE, "en")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_long_story_starts_on_the_first_page(lang):
    """A 20,000-character story flows from under its heading on page one (it used to be
    moved, heading and all, to page two, leaving page one half empty)."""
    first = pages(sample_slip_in("compensation", long=True), lang)[0]
    assert "顾客称在二楼餐厅" in first


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_escalated_slip_with_three_date_changes_is_one_page(lang):
    """The customer signs one sheet, bilingual too (three changes of the reply date, five
    signature boxes and the customer's demands once took it to a second page)."""
    assert len(sample_slip_in("escalated").date_changes) == 3
    assert len(pages(sample_slip_in("escalated"), lang)) == 1


def test_bilingual_date_lines_are_whole():
    text = "".join(pages(sample_slip_in("compensation"), "bilingual"))
    assert "…" not in text
    assert "y/m/d" in text or "Date (year/month/day)" in text
