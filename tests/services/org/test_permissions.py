"""Every cell of the permission matrix, through the services: each role either does the
thing or is refused with the one sentence saying who may."""
from __future__ import annotations

import datetime as dt

import pytest

from desk.services.capa import actions as capa
from desk.services.cases.complaints import create_complaint, void_complaint
from desk.services.casework import compensation, review, slips
from desk.services.casework.base import active_slip
from desk.services.org import accounts, organisation, permissions
from desk.services.org.permissions import MATRIX, PermissionDenied
from desk.services.retention import holds
from desk.store.models.slips import HandlingSlip

ROLES = ("clerk", "floor_supervisor", "department_manager", "operations_manager",
         "deputy_gm", "gm", "administrator")
PASSWORD = "password-1234"


@pytest.fixture
def people(org):
    """One account per role (the department manager of 保安部)."""
    ids = {role: accounts.add_account(role, role, PASSWORD, None,
                                      department_id=org["dept"] if role == "department_manager"
                                      else None) for role in ROLES}
    return ids


@pytest.fixture
def case(make_input, clock):
    """A new case recorded by the system (nobody's role in the way)."""
    return lambda: create_complaint(make_input(recorded_by_id=None), clock=clock)


def _issued(case, org, clock, approve=False):
    record = case()
    slips.issue_slip(record.id, "department", clock.now() + dt.timedelta(days=2), None,
                     department_id=org["dept"], clock=clock)
    if approve:
        slips.approve_slip(record.id, None, clock=clock)
    return record


def _closed(case, clock):
    record = case()
    slips.answer_at_desk(record.id, "已道歉", "satisfied", by_id=None, clock=clock)
    slips.close_case(record.id, None, clock=clock)
    return record


def _capa(case, clock, signed_ops=False, signed_gm=False):
    record = case()
    capa_id = capa.open_capa(complaint_ids=[record.id], problem="反复投诉", clock=clock)
    capa.update_capa(capa_id, root_cause_category="people", root_cause="培训不足", clock=clock)
    action = capa.add_action(capa_id, "corrective", "重新培训", owner_name="刘主管",
                             due=clock.now().date(), clock=clock)
    if signed_ops:
        capa.sign(capa_id, "ops", None, clock)
    if signed_gm:
        capa.sign(capa_id, "gm", None, clock)
        capa.mark_done(action, clock.now().date(), clock=clock)
        clock.advance(days=40)
    return capa_id


def attempt(action, by, org, case, make_input, clock):
    """Do ``action`` as ``by`` on a case (or record) set up for it."""
    if action == "take_complaints":
        create_complaint(make_input(recorded_by_id=by), clock=clock)
    elif action == "issue_slips":
        record = case()
        slips.issue_slip(record.id, "department", clock.now() + dt.timedelta(days=2), by,
                         department_id=org["dept"], clock=clock)
    elif action == "sign_off":
        slips.approve_slip(_issued(case, org, clock).id, by, clock=clock)
    elif action == "record_results":
        slips.record_result(_issued(case, org, clock, True).id, "已处理", by_id=by, clock=clock)
    elif action == "approve_compensation":
        row = compensation.propose(case().id, "cash", "150", by_id=None, clock=clock)
        compensation.approve(row.id, by, clock=clock)
    elif action == "void":
        void_complaint(case().id, "重复录入", by, clock=clock)
    elif action == "reopen":
        slips.reopen_case(_closed(case, clock).id, "顾客不满意", by, clock=clock)
    elif action == "review_day":
        review.mark_reviewed(active_slip(_issued(case, org, clock).id).id, by, clock=clock)
    elif action == "work_cases":
        slips.log_contact(case().id, "phone", "已联系", by, clock=clock)
    elif action == "capa_work":
        capa.open_capa(complaint_ids=[case().id], problem="反复投诉", by_id=by, clock=clock)
    elif action == "capa_sign_ops":
        capa.sign(_capa(case, clock), "ops", by, clock)
    elif action == "capa_sign_gm":
        capa.sign(_capa(case, clock, signed_ops=True), "gm", by, clock)
    elif action == "capa_verify":
        capa.verify(_capa(case, clock, True, True), by, clock)
    elif action == "retention":
        holds.place_hold(case().case_no, "诉讼中", by, clock=clock)
    elif action == "change_setup":
        organisation.save_site("新门店", by_id=by)
    elif action == "accounts":
        accounts.add_account("newcomer", "clerk", PASSWORD, by)
    else:
        raise AssertionError(action)


CELLS = [(action, role) for action in MATRIX for role in ROLES]


@pytest.mark.parametrize(("action", "role"), CELLS, ids=[f"{a}-{r}" for a, r in CELLS])
def test_matrix_cell(action, role, people, org, case, make_input, clock):
    allowed = role in MATRIX[action]
    assert permissions.holds(people[role], action) is allowed
    if allowed:
        attempt(action, people[role], org, case, make_input, clock)
        assert permissions.why_not(people[role], action) == ""
    else:
        with pytest.raises(PermissionDenied) as refused:
            attempt(action, people[role], org, case, make_input, clock)
        message = str(refused.value)
        assert message.count(".") == 1 and message.startswith("Only these roles may")
        assert permissions.why_not(people[role], action) in (message, permissions.denial(action))


def test_the_administrator_role_combines_with_another(people, org, case, make_input, clock):
    both = accounts.add_account("li", "clerk", PASSWORD, None, admin=True)
    attempt("take_complaints", both, org, case, make_input, clock)
    attempt("change_setup", both, org, case, make_input, clock)
    with pytest.raises(PermissionDenied):
        attempt("sign_off", both, org, case, make_input, clock)


def test_compensation_needs_a_limit_that_covers_it(people, case, clock):
    row = compensation.propose(case().id, "cash", "3000", by_id=people["clerk"], clock=clock)
    assert row.needs_role == "operations_manager"
    for role in ("clerk", "floor_supervisor", "department_manager"):
        with pytest.raises(PermissionDenied, match="Operations manager, Deputy GM, GM"):
            compensation.approve(row.id, people[role], clock=clock)
    compensation.approve(row.id, people["operations_manager"], clock=clock)


def test_a_clerk_records_a_departments_result_on_its_behalf(people, org, case, clock):
    record = _issued(case, org, clock, approve=True)
    slips.record_result(record.id, "部门已处理", by_id=people["clerk"], clock=clock)
    slip = HandlingSlip.get(HandlingSlip.complaint == record.id)
    assert slip.result_on_behalf and slip.result_by_id == people["clerk"]
    other = _issued(case, org, clock, approve=True)
    slips.record_result(other.id, "已处理", by_id=people["department_manager"], clock=clock)
    assert not HandlingSlip.get(HandlingSlip.complaint == other.id).result_on_behalf


def test_a_disabled_account_may_do_nothing(people, make_input, clock):
    accounts.set_active("clerk", False, None)
    with pytest.raises(PermissionDenied):
        create_complaint(make_input(recorded_by_id=people["clerk"]), clock=clock)


def test_the_refusal_is_in_the_persons_language(people, case, clock):
    from desk import i18n

    i18n.set_language("zh_CN")
    with pytest.raises(PermissionDenied, match="只有以下岗位可以作废投诉：营运经理、店副总、店总。"):
        void_complaint(case().id, "重复", people["clerk"], clock=clock)
