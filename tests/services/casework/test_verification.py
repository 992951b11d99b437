"""The slip's verification code covers every field the slip prints: change any of them after
printing and the printed code no longer verifies."""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest

from desk.services.casework import compensation, slips
from desk.services.casework.escalation import change_reply_date
from desk.services.casework.verification import (
    ALPHABET,
    CODE_LENGTH,
    _old_code,
    check_code,
    code_for,
    key_facts,
    verify,
)
from desk.store.models.cases import Complaint
from desk.store.models.slips import Compensation, HandlingSlip, ReplyDateChange


@pytest.fixture
def handled(slip_case, org, clock):
    """A case with a signed-off slip, a result, the customer's opinion and a voucher."""
    case = slip_case(approve=True, demand_text="退款100元", complainant_name="林志玲")
    compensation.propose(case.id, "voucher", "100", "购物券", by_id=org["ops"], clock=clock)
    slips.record_result(case.id, "已退款并道歉", "satisfied", "服务很好", by_id=org["clerk"],
                        clock=clock)
    return case


def printed(case) -> str:
    """The code printed on the slip now (the case as stored)."""
    return code_for(Complaint.get_by_id(case.id))


def _slip(case):
    return HandlingSlip.get(HandlingSlip.complaint == case.id)


def tamper(case, what: str, org, clock) -> None:
    slip = _slip(case)
    if what == "compensation amount":
        Compensation.update(amount=Decimal("10000")).where(
            Compensation.complaint == case.id).execute()
    elif what == "compensation note":
        Compensation.update(note="现金").where(Compensation.complaint == case.id).execute()
    elif what == "another compensation line":
        Compensation.create(complaint=case.id, kind="refund", amount=Decimal("5"))
    elif what == "agreed reply date":
        HandlingSlip.update(agreed_reply_at=slip.agreed_reply_at + dt.timedelta(days=3)).where(
            HandlingSlip.id == slip.id).execute()
    elif what == "a date change":
        ReplyDateChange.create(slip=slip.id, at=clock.now(), old_date=slip.agreed_reply_at,
                               new_date=slip.agreed_reply_at + dt.timedelta(days=1),
                               reason="顾客同意")
    elif what == "responsible person":
        HandlingSlip.update(responsible_name="张三", responsible=None).where(
            HandlingSlip.id == slip.id).execute()
    elif what == "department":
        HandlingSlip.update(department=org["dept2"]).where(HandlingSlip.id == slip.id).execute()
    elif what == "result":
        HandlingSlip.update(result="已道歉").where(HandlingSlip.id == slip.id).execute()
    elif what == "opinion":
        HandlingSlip.update(opinion="not_satisfied").where(HandlingSlip.id == slip.id).execute()
    elif what == "opinion text":
        HandlingSlip.update(opinion_text="很不满意").where(HandlingSlip.id == slip.id).execute()
    elif what in ("demand_text", "description", "address", "incident_place", "room_no",
                  "complainant_name"):
        Complaint.update(**{what: "改过的"}).where(Complaint.id == case.id).execute()
    elif what == "demands":
        Complaint.update(demands="refund,compensation").where(Complaint.id == case.id).execute()
    elif what == "severity":
        Complaint.update(severity="urgent").where(Complaint.id == case.id).execute()
    else:  # pragma: no cover - a name missing above
        raise AssertionError(what)


PRINTED = ["compensation amount", "compensation note", "another compensation line",
           "agreed reply date", "a date change", "responsible person", "department", "result",
           "opinion", "opinion text", "demand_text", "demands", "description", "address",
           "incident_place", "room_no", "complainant_name", "severity"]


@pytest.mark.parametrize("what", PRINTED)
def test_changing_a_printed_field_fails_verification(handled, org, clock, what):
    code = printed(handled)
    assert verify(handled.case_no, code) is True
    tamper(handled, what, org, clock)
    assert verify(handled.case_no, code) is False, what


def test_a_legitimate_date_change_after_printing_also_shows(handled, slip_case, org, clock):
    case = slip_case(approve=True)
    code = printed(case)
    change_reply_date(case.id, clock.now() + dt.timedelta(days=5), "顾客同意延期", True,
                      by_id=org["clerk"], clock=clock)
    assert verify(case.case_no, code) is False


def test_code_alphabet_case_and_grouping(handled):
    code = printed(handled)
    assert re.fullmatch(rf"[{ALPHABET}]{{5}}-[{ALPHABET}]{{5}}", code)
    assert CODE_LENGTH == 10 and not set("01OIL") & set(ALPHABET)
    for typed in (code, code.lower(), code.replace("-", ""), f" {code[:5]} {code[6:]} ",
                  f"DESK:{handled.case_no}:{code}"):
        assert verify(handled.case_no, typed) is True, typed
    assert verify(handled.case_no, "ÄÖÜ") is False
    assert verify(handled.case_no, "") is False
    assert verify("20990101-0001", code) is None


def test_the_code_does_not_depend_on_the_print_language(handled):
    from desk.services.casework.documents import slip_data

    record = Complaint.get_by_id(handled.id)
    codes = {slip_data(record, lang).verification_code for lang in ("zh_CN", "zh_TW", "en")}
    assert codes == {printed(handled)}


def test_old_codes_still_verify_with_typed_0_and_1(handled):
    old = _old_code(Complaint.get_by_id(handled.id))
    result = check_code(handled.case_no, old.lower())
    assert result.genuine and result.old_kind
    typed = old.replace("O", "0").replace("I", "1").replace("L", "1")
    assert check_code(handled.case_no, typed).genuine
    wrong = ("A" if old[0] != "A" else "B") + old[1:]
    assert not check_code(handled.case_no, wrong).genuine


def test_key_facts_show_what_the_slip_says(handled):
    facts = dict(key_facts(check_code(handled.case_no, printed(handled), "zh_CN").data))
    text = "\n".join(f"{k}: {v}" for k, v in facts.items())
    assert handled.case_no in text and "林志玲" in text and "退款100元" in text
    assert "100" in text and "购物券" in text and "已退款并道歉" in text and "服务很好" in text
