"""One current promise to the customer, and an escalation ladder that never goes down."""
from __future__ import annotations

import datetime as dt

import pytest

from desk.services.cases import caselist
from desk.services.cases.complaints import get_complaint, history, input_from_record, update_complaint
from desk.services.casework import escalation, slips
from desk.services.casework.base import WorkflowError
from desk.services.casework.today import today_view
from desk.services.org import organisation as o


def test_the_agreed_date_is_the_case_promise_everywhere(slip_case, org, clock):
    case = slip_case(due=dt.timedelta(days=2), approve=True)
    intake = get_complaint(case.id).intake_reply_due_at
    first = clock.now() + dt.timedelta(days=2)
    assert get_complaint(case.id).reply_due_at == first
    moved = clock.now() + dt.timedelta(days=4)
    escalation.change_reply_date(case.id, moved, "商户需核实", True, by_id=org["clerk"],
                                 clock=clock)
    record = get_complaint(case.id)
    assert record.reply_due_at == moved and record.intake_reply_due_at == intake
    # The list's due column and its overdue filter read the same promise.
    row = caselist.fetch_page(caselist.CaseFilter(), limit=5)[0]
    assert row.reply_due_at == moved
    clock.moment = first + dt.timedelta(hours=1)       # past the first date, before the new one
    assert not caselist.fetch_page(caselist.CaseFilter(overdue_only=True), limit=5, clock=clock)
    assert case.case_no not in {i.case_no for i in today_view(clock=clock).overdue}
    changes = [h for h in history(case.id) if h.field == "reply_due_at"]
    assert len(changes) == 2       # intake promise -> first agreed date -> moved date


def test_severity_edit_moves_the_promise_only_before_a_date_is_agreed(slip_case, make_input,
                                                                      org, clock):
    from desk.services.cases.complaints import create_complaint

    plain = create_complaint(make_input(), clock=clock)
    data = input_from_record(get_complaint(plain.id))
    data.severity = "urgent"
    update_complaint(plain.id, data, by_id=org["clerk"], clock=clock)
    urgent = get_complaint(plain.id)
    assert urgent.reply_due_at == urgent.intake_reply_due_at < plain.reply_due_at

    agreed = slip_case(due=dt.timedelta(days=3))
    data = input_from_record(get_complaint(agreed.id))
    data.severity = "urgent"
    update_complaint(agreed.id, data, by_id=org["clerk"], clock=clock)
    assert get_complaint(agreed.id).reply_due_at == clock.now() + dt.timedelta(days=3)


def test_escalating_a_case_the_gm_handles_never_goes_down(make_input, org, clock):
    from desk.services.cases.complaints import create_complaint

    gm = o.save_staff("总经理", "gm")
    o.save_staff("部门经理", "department_manager", org["dept"])
    case = create_complaint(make_input(), clock=clock)
    slips.issue_slip(case.id, "department", clock.now() + dt.timedelta(days=1),
                     by_id=org["clerk"], department_id=org["dept"], responsible_id=gm,
                     clock=clock)
    with pytest.raises(WorkflowError):
        escalation.escalate(case.id, "顾客要求更高层处理", by_id=org["clerk"], clock=clock)


def test_escalating_from_the_operations_manager_goes_to_the_deputy_gm(make_input, org, clock):
    from desk.services.cases.complaints import create_complaint

    o.save_staff("副总", "deputy_gm")
    case = create_complaint(make_input(), clock=clock)
    slips.issue_slip(case.id, "department", clock.now() + dt.timedelta(days=1),
                     by_id=org["clerk"], department_id=org["dept"], responsible_id=org["ops"],
                     clock=clock)
    assert escalation.escalate(case.id, "部门无法解决", by_id=org["clerk"],
                               clock=clock) == "deputy_gm"


def test_filtering_by_a_shop_finds_cases_whose_slip_went_to_it(slip_case, org, clock):
    from desk.services.cases import caselist

    o.save_staff("楼层主管甲", "floor_supervisor")
    about_other = slip_case(to="tenant", object_type="department", department_id=org["dept"])
    found = caselist.fetch_page(caselist.CaseFilter(tenant_ids=[org["tenant"]]), limit=10,
                                clock=clock)
    assert [row.id for row in found] == [about_other.id]
