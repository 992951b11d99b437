"""Slip and letter data from a real case: bilingual values, tenant, letter wording."""
from __future__ import annotations

import pytest

from desk.services.casework import documents
from desk.services.common.validation import ValidationError
from desk.store.models.cases import Complaint


def test_bilingual_slip_values_are_in_both_languages(slip_case):
    case = slip_case()
    data = documents.slip_data(Complaint.get_by_id(case.id), "bilingual")
    assert data.case.channel == "电话 Phone"
    assert data.case.severity.startswith("一般 ")


def test_tenant_slip_carries_the_shop_and_floor_supervisor(org, make_input, clock):
    import datetime as dt

    from desk.services.cases.complaints import create_complaint
    from desk.services.casework import slips
    from desk.services.org import organisation as o

    floor = o.save_staff("陈楼管", "floor_supervisor")
    case = create_complaint(make_input(), clock=clock)
    slips.issue_slip(case.id, "tenant", clock.now() + dt.timedelta(days=2), by_id=org["clerk"],
                     tenant_id=org["tenant"], supervisor_id=floor, clock=clock)
    data = documents.slip_data(Complaint.get_by_id(case.id), "zh_CN")
    assert data.tenant == "星巴克 (1F-101)" and data.department == ""
    assert data.floor_supervisor == "陈楼管"


def test_phone_complaint_letter_thanks_for_the_call_and_signs_once(slip_case):
    case = slip_case()
    letter = documents.letter_data(Complaint.get_by_id(case.id), "en")
    assert "call" in letter.body_paragraphs[0] and "letter" not in letter.body_paragraphs[0]
    assert letter.signatory != letter.company.name


def test_no_letter_for_an_anonymous_suggestion_box_case(org, make_input, clock, tmp_path):
    from desk.services.cases.complaints import create_complaint

    case = create_complaint(make_input(channel_id=org["channel_box"], anonymous=True,
                                       complainant_name="", phone=""), clock=clock)
    with pytest.raises(ValidationError):
        documents.render("letter", case.id, tmp_path / "l.pdf", "zh_CN", clock=clock)


def test_the_slip_names_who_acted_in_desk_beside_the_signature_boxes(org, slip_case, clock,
                                                                     tmp_path):
    from pdfread import pdf_text

    from desk.services.casework import slips

    case = slip_case(approve=True)
    slips.record_result(case.id, "部门已处理", by_id=org["clerk"], clock=clock)
    data = documents.slip_data(Complaint.get_by_id(case.id), "en")
    assert (data.issued_by, data.signed_off_by, data.result_by) == ("王小明", "赵经理", "王小明")
    assert data.result_on_behalf
    out = documents.render("slip", case.id, tmp_path / "slip.pdf", "en")
    text = pdf_text(out)
    assert "In Desk: 王小明" in text and "In Desk: 赵经理" in text
    assert "王小明, as reported" in text
    record = documents.render("record", case.id, tmp_path / "record.pdf", "en")
    assert "In Desk: 王小明" in pdf_text(record)
