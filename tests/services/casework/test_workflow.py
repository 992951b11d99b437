"""Handling-slip rules with a controllable clock (002 §4.5)."""
import datetime as dt
from decimal import Decimal

import pytest

from desk.services.cases.complaints import create_complaint
from desk.services.casework import compensation, escalation, slips, today
from desk.services.casework.base import WorkflowError, timeline
from desk.services.common.calendar import BusinessCalendar, deadline_state
from desk.services.common.validation import ValidationError
from desk.services.org.organisation import save_staff
from desk.store.models.cases import Complaint


@pytest.fixture
def ladder(org):
    return {
        "supervisor": save_staff("楼层主管甲", "floor_supervisor"),
        "manager": save_staff("部门经理乙", "department_manager", org["dept"]),
        "deputy": save_staff("副总丙", "deputy_gm"),
        "gm": save_staff("店总丁", "gm"),
    }


def _status(case):
    return Complaint.get_by_id(case.id).status


def test_slip_needs_operations_manager_sign_off(store, org, ladder, slip_case, clock):
    case = slip_case(due=dt.timedelta(days=1))
    assert _status(case) == "awaiting_approval"
    with pytest.raises(WorkflowError):
        slips.approve_slip(case.id, org["clerk"], clock=clock)
    slips.approve_slip(case.id, org["ops"], clock=clock)
    assert _status(case) == "in_progress"
    kinds = [e.kind for e in timeline(case.id)]
    assert kinds == ["intake", "slip_issued", "slip_approved"]


def test_two_date_changes_then_gm(store, org, ladder, slip_case, clock):
    case = slip_case(approve=True)
    for n in (1, 2):
        out = escalation.change_reply_date(case.id, clock.now() + dt.timedelta(days=3 + n),
                                           "零件未到", True, org["clerk"], clock=clock)
        assert out.changed and out.changes_used == n
    third = escalation.change_reply_date(case.id, clock.now() + dt.timedelta(days=9),
                                         "再延期", False, org["clerk"], clock=clock)
    assert not third.changed and third.escalated_to_gm
    slip = slips.active_slip(case.id)
    assert slip.level == "gm" and slip.owner_id == ladder["gm"] and slip.date_changes == 2


def test_second_agreed_date_missed_goes_to_gm(store, org, ladder, slip_case, clock):
    case = slip_case(approve=True)
    clock.advance(days=3)   # first agreed date passes
    assert escalation.apply_deadline_rules(clock) == [(case.case_no, "manager")]
    assert escalation.apply_deadline_rules(clock) == []   # once per date
    escalation.change_reply_date(case.id, clock.now() + dt.timedelta(days=1), "客户同意",
                                 True, org["clerk"], clock=clock)
    clock.advance(days=2)   # second agreed date passes
    assert escalation.apply_deadline_rules(clock) == [(case.case_no, "gm")]


def test_manual_escalation_needs_comment(store, org, ladder, slip_case, clock):
    case = slip_case(approve=True)
    with pytest.raises(ValidationError):
        escalation.escalate(case.id, "  ", org["clerk"], clock=clock)
    assert escalation.escalate(case.id, "媒体曝光", org["clerk"], to_gm=True, clock=clock) == "gm"


def test_tenant_call_due_within_24_hours(store, org, ladder, slip_case, clock):
    case = slip_case(due=dt.timedelta(days=3), to="tenant", object_type="tenant",
                     tenant_id=org["tenant"])
    slip = slips.active_slip(case.id)
    assert slip.supervisor_id == ladder["supervisor"]
    assert slip.tenant_call_due_at == clock.now() + dt.timedelta(hours=24)
    assert slip.responsible_name == "李经理"
    clock.advance(hours=23)
    assert [i.case_no for i in today.today_view(clock).tenant_followups] == [case.case_no]
    slips.log_tenant_call(case.id, "已致电店长", org["clerk"], clock=clock)
    assert today.today_view(clock).tenant_followups == []


def test_pre_breach_warning_at_75_percent():
    start = dt.datetime(2026, 11, 2, 9, 0)
    due = start + dt.timedelta(hours=8)
    assert deadline_state(start, due, start + dt.timedelta(hours=5, minutes=59)) == "ok"
    assert deadline_state(start, due, start + dt.timedelta(hours=6)) == "warning"
    assert deadline_state(start, due, due) == "overdue"


def test_business_hours_across_weekend_and_holiday():
    hours = {d: (dt.time(9), dt.time(18)) for d in range(5)}   # Mon-Fri 9-18
    cal = BusinessCalendar(True, hours, {dt.date(2026, 11, 30)})  # Monday holiday
    friday_4pm = dt.datetime(2026, 11, 27, 16, 0)
    # 2 h on Friday, weekend and the Monday holiday skipped, 1 h on Tuesday.
    assert cal.add_hours(friday_4pm, 3) == dt.datetime(2026, 12, 1, 10, 0)
    assert cal.elapsed(friday_4pm, dt.datetime(2026, 12, 1, 10, 0)) == dt.timedelta(hours=3)
    assert BusinessCalendar().add_hours(friday_4pm, 3) == dt.datetime(2026, 11, 27, 19, 0)


def test_approval_limits(store, org, ladder, make_input, clock):
    case = create_complaint(make_input(), clock=clock)
    small = compensation.propose(case.id, "voucher", "150", by_id=org["clerk"], clock=clock)
    assert small.needs_role == "" and small.approved_at is not None
    big = compensation.propose(case.id, "refund", "800", by_id=org["clerk"], clock=clock)
    assert big.needs_role == "department_manager"
    with pytest.raises(WorkflowError):
        compensation.approve(big.id, ladder["supervisor"], clock=clock)   # limit 500
    compensation.approve(big.id, ladder["manager"], clock=clock)
    with pytest.raises(ValidationError):
        compensation.propose(case.id, "cash", "-5", by_id=org["clerk"], clock=clock)
    assert compensation.parse_amount("1,234.5") == Decimal("1234.50")


def test_close_needs_result_and_customer_informed(store, org, ladder, slip_case, clock):
    case = slip_case(approve=True)
    with pytest.raises(WorkflowError):
        slips.close_case(case.id, org["clerk"], clock=clock)
    slips.record_result(case.id, "已退款并道歉", by_id=org["clerk"], clock=clock)
    with pytest.raises(WorkflowError, match="Tell the customer"):
        slips.close_case(case.id, org["clerk"], clock=clock)
    slips.log_contact(case.id, "phone", "已告知处理结果", org["clerk"], clock=clock)
    slips.close_case(case.id, org["clerk"], clock=clock)
    assert _status(case) == "closed"


def test_not_satisfied_customer_reopens(store, org, make_input, clock):
    case = create_complaint(make_input(), clock=clock)
    slips.answer_at_desk(case.id, "当场道歉", "not_satisfied", "不接受", org["clerk"],
                         clock=clock)
    assert _status(case) == "resolved"
    slips.reopen_case(case.id, "客户不满意", org["clerk"], clock=clock)
    assert _status(case) == "in_progress"
    assert slips.active_slip(case.id).result == ""


def test_written_complaint_needs_written_reply(store, org, make_input, clock):
    from desk.services.org.organisation import channels

    letter = next(c.id for c in channels() if c.code == "letter")
    case = create_complaint(make_input(channel_id=letter), clock=clock)
    slips.answer_at_desk(case.id, "书面答复", "accepts", "", org["clerk"], clock=clock)
    with pytest.raises(WorkflowError, match="written reply"):
        slips.close_case(case.id, org["clerk"], clock=clock)
    slips.record_written_reply(case.id, waived_reason="客户要求电话答复", by_id=org["clerk"],
                               clock=clock)
    slips.close_case(case.id, org["clerk"], clock=clock)


def test_customers_to_inform_after_two_days(store, org, make_input, clock):
    case = create_complaint(make_input(), clock=clock)
    clock.advance(days=3)
    assert [i.case_no for i in today.today_view(clock).to_inform] == [case.case_no]
    slips.log_contact(case.id, "sms", "进展告知", org["clerk"], clock=clock)
    assert today.today_view(clock).to_inform == []
