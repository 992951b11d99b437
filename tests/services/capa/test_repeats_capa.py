"""Repeat detection and corrective actions, on hand-made data sets
whose answers are known (clock: 2026-11-26 10:00)."""
from __future__ import annotations

import datetime as dt

import pytest

from desk.services.capa import actions as capa
from desk.services.capa.repeats import detect_repeats
from desk.services.capa.settings import set_capa_settings, set_repeat_settings
from desk.services.capa.state import capa_list, capa_state
from desk.services.cases.complaints import create_complaint, void_complaint
from desk.services.casework.base import WorkflowError
from desk.services.common.validation import ValidationError
from desk.services.org.organisation import categories, save_staff, save_tenant

NOW = dt.datetime(2026, 11, 26, 10, 0)


def ago(**delta) -> dt.datetime:
    return NOW - dt.timedelta(**delta)


def case(make_input, clock, received, **fields):
    return create_complaint(make_input(received_at=received, **fields), clock=clock)


def kinds(suggestions, kind):
    return [s for s in suggestions if s.kind == kind]


def test_customer_with_three_cases_in_sixty_days(store, org, make_input, clock):
    cases = [case(make_input, clock, ago(days=60)), case(make_input, clock, ago(days=20)),
             case(make_input, clock, ago(hours=1), phone="+86 13812345678")]
    case(make_input, clock, ago(days=60, seconds=1))                  # just outside
    case(make_input, clock, ago(days=3), phone="13900000000")         # someone else, once
    found = kinds(detect_repeats(clock), "repeat_customer")
    assert len(found) == 1
    assert found[0].case_ids == [c.id for c in cases]
    assert found[0].key == "customer:13812345678"
    assert "138****5678" in found[0].title and "3 times in 60 days" in found[0].title
    set_repeat_settings(customer_days=30)
    assert kinds(detect_repeats(clock), "repeat_customer")[0].count == 2
    set_repeat_settings(customer_min=3)
    assert kinds(detect_repeats(clock), "repeat_customer") == []


def test_tenant_k_times_in_m_days_and_one_just_outside(store, org, make_input, clock):
    tenant = dict(object_type="tenant", tenant_id=org["tenant"])
    inside = [case(make_input, clock, ago(days=30), phone=f"1390000000{i}", **tenant)
              for i in range(2)]
    outside = case(make_input, clock, ago(days=30, seconds=1), phone="13900000009", **tenant)
    other_category = next(c.id for c in categories() if c.code == "price")
    case(make_input, clock, ago(days=2), phone="13900000008", category_id=other_category,
         **tenant)
    assert kinds(detect_repeats(clock), "repeat_object") == []        # 2 inside: below K=3
    third = case(make_input, clock, ago(minutes=5), phone="13900000007", **tenant)
    found = kinds(detect_repeats(clock), "repeat_object")
    assert len(found) == 1
    assert set(found[0].case_ids) == {inside[0].id, inside[1].id, third.id}
    assert outside.id not in found[0].case_ids
    assert found[0].object_name == "星巴克 (1F-101)"
    assert found[0].title.startswith("星巴克 (1F-101): 3 complaints about Service attitude")
    void_complaint(third.id, "重复", org["ops"], clock=clock)
    assert kinds(detect_repeats(clock), "repeat_object") == []
    set_repeat_settings(object_days=31)
    assert len(kinds(detect_repeats(clock), "repeat_object")[0].case_ids) == 3


def test_department_and_staff_objects(store, org, make_input, clock):
    staff = save_staff("李保安", "clerk")
    for i in range(3):
        case(make_input, clock, ago(days=i), phone=f"1370000000{i}", object_type="department",
             department_id=org["dept"])
        case(make_input, clock, ago(days=i), phone=f"1360000000{i}", object_type="staff",
             staff_id=staff)
    found = kinds(detect_repeats(clock), "repeat_object")
    assert {(s.object_type, s.object_name) for s in found} == {("department", "保安部"),
                                                              ("staff", "李保安")}


def test_category_rising_week_on_week(store, org, make_input, clock):
    price = next(c.id for c in categories() if c.code == "price")
    for week, count in ((2, 2), (1, 3), (0, 5)):
        for i in range(count):
            case(make_input, clock, ago(days=7 * week + 1, minutes=i),
                 phone=f"1350000{week}{i:03d}", category_id=price)
    case(make_input, clock, ago(days=7), phone="13500009999", category_id=price)  # boundary
    found = kinds(detect_repeats(clock), "rising_category")
    assert len(found) == 1 and found[0].weekly == [2, 3, 6]
    assert found[0].count == 6 and "2 → 3 → 6" in found[0].title
    set_repeat_settings(rising_min=7)
    assert kinds(detect_repeats(clock), "rising_category") == []
    set_repeat_settings(rising_min=5, rising_weeks=3)      # four weeks, rising three times
    assert kinds(detect_repeats(clock), "rising_category")[0].weekly == [0, 2, 3, 6]
    for i in range(4):
        case(make_input, clock, ago(days=22, minutes=i), phone=f"135000090{i:02d}",
             category_id=price)
    assert kinds(detect_repeats(clock), "rising_category") == []     # 4 → 2: not rising


def test_capa_from_a_suggestion_through_sign_off_and_verification(store, org, make_input,
                                                                   clock):
    gm = save_staff("钱总", "gm")
    tenant = dict(object_type="tenant", tenant_id=org["tenant"])
    linked = [case(make_input, clock, ago(days=d), phone=f"1390000000{d}", **tenant)
              for d in (1, 2, 3)]
    suggestion = kinds(detect_repeats(clock), "repeat_object")[0]
    capa_id = capa.open_capa(suggestion, by_id=org["clerk"], clock=clock)
    assert capa.open_capa(suggestion, by_id=org["clerk"], clock=clock) == capa_id
    assert kinds(detect_repeats(clock), "repeat_object")[0].capa_id == capa_id
    state = capa_state(capa_id, clock)
    assert [c.id for c in state.cases] == [c.id for c in reversed(linked)]
    assert suggestion.title in state.problem and linked[0].case_no in state.problem
    assert state.criteria == "Service attitude / 星巴克 (1F-101)" and state.baseline_count == 3
    assert state.number == f"CA-2026-{capa_id:04d}"

    with pytest.raises(WorkflowError):                   # no root cause, no action yet
        capa.sign(capa_id, "ops", org["ops"], clock)
    capa.update_capa(capa_id, root_cause_category="people", root_cause="新员工未培训",
                     clock=clock)
    with pytest.raises(ValidationError):
        capa.update_capa(capa_id, root_cause_category="luck", clock=clock)
    with pytest.raises(ValidationError):
        capa.add_action(capa_id, "corrective", "培训", clock=clock)          # no owner, no due
    first = capa.add_action(capa_id, "corrective", "全员服务培训", owner_id=org["ops"],
                            due=dt.date(2026, 12, 5), clock=clock)
    second = capa.add_action(capa_id, "preventive", "每月神秘顾客检查", owner_name="李经理",
                             due=dt.date(2026, 11, 20), clock=clock)
    assert [a.overdue for a in capa_state(capa_id, clock).actions] == [False, True]
    listed = capa_list(clock=clock)
    assert [(r.open_actions, r.overdue_actions) for r in listed] == [(2, 1)]
    with pytest.raises(WorkflowError):
        capa.sign(capa_id, "ops", org["clerk"], clock)   # a clerk cannot sign
    with pytest.raises(WorkflowError):
        capa.sign(capa_id, "gm", gm, clock)              # the operations manager signs first
    capa.sign(capa_id, "ops", org["ops"], clock)
    with pytest.raises(WorkflowError):
        capa.sign(capa_id, "gm", org["ops"], clock)
    with pytest.raises(WorkflowError):
        capa.update_capa(capa_id, problem="改", clock=clock)
    capa.sign(capa_id, "gm", gm, clock)
    assert capa_state(capa_id, clock).status == "open"   # actions not done yet
    with pytest.raises(ValidationError):
        capa.mark_done(first, dt.date(2026, 12, 1), clock)   # in the future
    capa.mark_done(first, dt.date(2026, 11, 26), clock)
    clock.advance(days=2)
    capa.mark_done(second, dt.date(2026, 11, 28), clock)
    state = capa_state(capa_id, clock)
    assert (state.status, state.verify_from, state.verify_until) == (
        "verifying", dt.date(2026, 11, 28), dt.date(2026, 12, 27))
    with pytest.raises(WorkflowError):
        capa.verify(capa_id, clock=clock)                 # the period is not over

    clock.moment = dt.datetime(2026, 12, 10, 10)
    case(make_input, clock, clock.now(), phone="13911111111", **tenant)          # same kind
    case(make_input, clock, clock.now(), phone="13922222222", object_type="department",
         department_id=org["dept"])                                               # other
    clock.moment = dt.datetime(2026, 12, 27, 23, 0)
    assert not capa.verify_due(clock)                     # still the last day
    clock.moment = dt.datetime(2026, 12, 28, 9, 0)
    assert capa.verify_due(clock) == [(capa_id, False)]
    state = capa_state(capa_id, clock)
    assert (state.status, state.verification_count, state.effective) == ("closed", 1, False)
    assert capa_list(clock=clock) == [] and len(capa_list(True, clock=clock)) == 1
    again = kinds(detect_repeats(clock), "repeat_object")
    assert all(s.capa_id is None for s in again)


def test_effective_when_nothing_came_back_and_manual_records(store, org, make_input, clock):
    set_capa_settings(verify_days=7)
    gm = save_staff("钱总", "gm")
    picked = [case(make_input, clock, ago(days=d), phone=f"1380000000{d}") for d in (1, 2)]
    capa_id = capa.open_capa(complaint_ids=[c.id for c in picked], problem="服务态度差",
                             by_id=org["clerk"], clock=clock)
    state = capa_state(capa_id, clock)
    assert state.source_kind == "manual" and state.criteria == "Service attitude"
    action = capa.add_action(capa_id, "corrective", "培训", owner_id=org["ops"],
                             due=dt.date(2026, 11, 30), clock=clock)
    capa.update_capa(capa_id, root_cause_category="method", clock=clock)
    capa.sign(capa_id, "ops", org["ops"], clock)
    capa.sign(capa_id, "gm", gm, clock)
    capa.mark_done(action, clock.now().date(), clock)
    clock.advance(days=8)
    assert capa.verify(capa_id, clock=clock) is True
    with pytest.raises(WorkflowError):
        capa.verify(capa_id, clock=clock)
    with pytest.raises(ValidationError):
        capa.open_capa(complaint_ids=[], clock=clock)
    with pytest.raises(WorkflowError):
        capa_state(12345)


def test_thresholds_are_checked(store):
    with pytest.raises(ValidationError):
        set_repeat_settings(object_min=1)
    with pytest.raises(ValidationError):
        set_repeat_settings(nonsense=3)
    assert set_repeat_settings(object_min=4)["object_min"] == 4
    save_tenant("优衣库")
