"""Revisits (002 §4.6): scheduling after closing, attempts, outcomes, bad input."""
from __future__ import annotations

import datetime as dt

import pytest

from desk.services.cases.complaints import void_complaint
from desk.services.casework import slips
from desk.services.casework.base import WorkflowError, timeline
from desk.services.common.calendar import BusinessCalendar, save_calendar
from desk.services.common.validation import ValidationError
from desk.services.revisits import calls
from desk.services.revisits import schedule as revisits
from desk.services.revisits.vocab import set_revisit_settings
from desk.store.models.cases import Complaint
from desk.store.models.revisits import Revisit, RevisitCase


def revisit_of(case) -> Revisit:
    return (Revisit.select().join(RevisitCase, on=(RevisitCase.revisit == Revisit.id))
            .where(RevisitCase.complaint == case.id).get())


def test_closing_schedules_a_revisit_three_days_later(store, org, closed_case, clock):
    case = closed_case()
    revisit = revisit_of(case)
    assert (revisit.kind, revisit.status) == ("after_close", "due")
    assert revisit.due_date == dt.date(2026, 11, 29)
    assert revisit.phone_digits == "13812345678" and revisit.customer_name == "张伟"
    assert [e.kind for e in timeline(case.id)][-2:] == ["closed", "revisit_scheduled"]
    assert calls.calls_due(clock=clock) == []
    clock.advance(days=3)
    assert [r.id for r in calls.calls_due(clock=clock)] == [revisit.id]


def test_delay_is_configurable_and_skips_closed_days(store, org, closed_case, clock):
    set_revisit_settings(delay_days=1)
    cal = BusinessCalendar(hours={d: ((dt.time(9), dt.time(18)) if d < 5 else None)
                                  for d in range(7)}, holidays={dt.date(2026, 11, 30)})
    save_calendar(cal)
    case = closed_case()                                 # Thursday 26 November
    assert revisit_of(case).due_date == dt.date(2026, 11, 27)   # Friday
    set_revisit_settings(delay_days=2)                   # Saturday -> Sunday, Monday holiday
    second = closed_case(phone="13900000000")
    assert revisit_of(second).due_date == dt.date(2026, 12, 1)
    with pytest.raises(ValidationError):
        set_revisit_settings(delay_days=-1)
    with pytest.raises(ValidationError):
        set_revisit_settings(max_attempts="3")


def test_closing_again_moves_the_revisit_instead_of_adding_one(store, org, closed_case, clock):
    case = closed_case()
    slips.reopen_case(case.id, "顾客仍不满意", by_id=org["clerk"], clock=clock)
    clock.advance(days=2)
    slips.record_result(case.id, "全额退款", "satisfied", by_id=org["clerk"], clock=clock)
    slips.close_case(case.id, by_id=org["clerk"], clock=clock)
    assert Revisit.select().count() == 1
    assert revisit_of(case).due_date == dt.date(2026, 12, 1)


def test_anonymous_case_without_phone_gets_no_revisit(store, org, closed_case, clock):
    closed_case(channel_id=org["channel_box"], anonymous=True, complainant_name="", phone="")
    assert Revisit.select().count() == 0


def test_customer_without_phone_clear_message_and_a_visit(store, org, closed_case, clock):
    case = closed_case(phone="", address="星河路1号")
    sheet = calls.call_sheet(revisit_of(case).id)
    assert not sheet.has_phone and "星河路1号" in sheet.notice and not sheet.problem
    with pytest.raises(ValidationError) as err:
        calls.record_attempt(sheet.id, "phone", True, by_id=org["clerk"], clock=clock)
    assert "no phone number" in err.value.errors["method"]
    assert calls.record_attempt(sheet.id, "visit", True, "上门拜访", org["clerk"], clock) == "due"
    calls.record_satisfied(sheet.id, 4, ["friendly"], "", org["clerk"], clock)
    assert revisit_of(case).status == "done"


def test_three_unanswered_attempts_make_it_unreachable(store, org, closed_case, clock):
    case = closed_case()
    rid = revisit_of(case).id
    assert calls.record_attempt(rid, "phone", False, "无人接听", org["clerk"], clock) == "due"
    assert calls.record_attempt(rid, "sms", False, "", org["clerk"], clock) == "due"
    assert calls.record_attempt(rid, "wechat", False, "", org["clerk"], clock) == "unreachable"
    assert revisit_of(case).status == "unreachable"
    assert "revisit_unreachable" in [e.kind for e in timeline(case.id)]
    with pytest.raises(WorkflowError):
        calls.record_attempt(rid, "phone", True, "", org["clerk"], clock)
    with pytest.raises(ValidationError):
        calls.record_attempt(rid, "fax", True, "", org["clerk"], clock)


def test_satisfied_with_score_reasons_and_words(store, org, closed_case, clock):
    case = closed_case()
    rid = revisit_of(case).id
    with pytest.raises(WorkflowError):                  # nobody reached yet
        calls.record_satisfied(rid, 5, [], "", org["clerk"], clock)
    calls.record_attempt(rid, "phone", True, "", org["clerk"], clock)
    for bad in (0, 6, "5", True):
        with pytest.raises(ValidationError):
            calls.record_satisfied(rid, bad, [], "", org["clerk"], clock)
    with pytest.raises(ValidationError):
        calls.record_satisfied(rid, 5, ["nonsense"], "", org["clerk"], clock)
    with pytest.raises(ValidationError):
        calls.record_satisfied(rid, 5, [], "字" * 2001, org["clerk"], clock)
    calls.record_satisfied(rid, 5, ["fast", "solved", "fast"], "很满意\x00😀",
                           org["clerk"], clock)
    done = revisit_of(case)
    assert (done.status, done.outcome, done.satisfaction) == ("done", "satisfied", 5)
    assert done.reasons == "fast,solved" and done.words == "很满意😀"
    with pytest.raises(WorkflowError):
        calls.record_satisfied(rid, 4, [], "", org["clerk"], clock)


def test_not_satisfied_reopens_the_case_linked(store, org, closed_case, clock):
    case = closed_case()
    rid = revisit_of(case).id
    calls.record_attempt(rid, "phone", True, "", org["clerk"], clock)
    reopened = calls.reopen_from_revisit(rid, 2, ["not_solved"], "商品还是坏的",
                                         by_id=org["clerk"], clock=clock)
    assert reopened == case.id
    assert Complaint.get_by_id(case.id).status == "in_progress"
    done = revisit_of(case)
    assert (done.outcome, done.linked_case_id) == ("not_satisfied_reopened", case.id)
    event = [e for e in timeline(case.id) if e.kind == "reopened"][-1]
    assert "商品还是坏的" in event.note


def test_reopen_needs_a_finished_case(store, org, closed_case, clock):
    case = closed_case()
    rid = revisit_of(case).id
    calls.record_attempt(rid, "phone", True, "", org["clerk"], clock)
    slips.reopen_case(case.id, "已在处理", by_id=org["clerk"], clock=clock)
    with pytest.raises(WorkflowError) as err:
        calls.reopen_from_revisit(rid, 1, [], "", by_id=org["clerk"], clock=clock)
    assert "new complaint" in str(err.value)


def test_new_complaint_pre_filled_and_linked(store, org, closed_case, clock):
    case = closed_case(channel_id=org["channel_box"], object_type="tenant",
                       tenant_id=org["tenant"])
    rid = revisit_of(case).id
    calls.record_attempt(rid, "phone", True, "", org["clerk"], clock)
    data = calls.new_complaint_input(rid, "又买到坏的")
    assert (data.complainant_name, data.phone, data.category_id) == (
        "张伟", "138 1234 5678", org["category"])
    assert data.channel_id == org["channel_phone"] and data.tenant_id == org["tenant"]
    assert case.case_no in data.description and "又买到坏的" in data.description
    data.recorded_by_id = org["clerk"]
    new = calls.record_new_complaint(rid, data, 2, ["recurred"], "又买到坏的",
                                     by_id=org["clerk"], clock=clock)
    done = revisit_of(case)
    assert (done.outcome, done.linked_case_id) == ("new_complaint", new.id)
    assert calls.call_sheet(rid).linked_case_no == new.case_no


def test_revisit_of_a_voided_or_deleted_case(store, org, closed_case, clock):
    case = closed_case()
    rid = revisit_of(case).id
    void_complaint(case.id, "重复登记", org["ops"], clock=clock)
    sheet = calls.call_sheet(rid)
    assert "voided" in sheet.problem and "重复登记" in sheet.problem
    with pytest.raises(WorkflowError) as err:
        calls.record_attempt(rid, "phone", True, "", org["clerk"], clock)
    assert "voided" in str(err.value)
    with pytest.raises(ValidationError):
        revisits.cancel_revisit(rid, "  ", org["clerk"], clock)
    revisits.cancel_revisit(rid, "案件已作废", org["clerk"], clock)
    assert Revisit.get_by_id(rid).status == "cancelled"

    other = closed_case(phone="13900000000")
    other_rid = revisit_of(other).id
    Complaint.delete().where(Complaint.id == other.id).execute()
    assert "no longer exists" in calls.call_sheet(other_rid).problem
    with pytest.raises(WorkflowError):
        calls.new_complaint_input(other_rid)
    with pytest.raises(WorkflowError):
        calls.call_sheet(99999)


def test_calls_due_today_in_order_with_attempt_counts(store, org, closed_case, clock):
    first = closed_case(complainant_name="甲", phone="13900000001")
    clock.advance(days=1)
    second = closed_case(complainant_name="乙", phone="13900000002", customer_class="core")
    clock.advance(days=5)
    calls.record_attempt(revisit_of(first).id, "phone", False, "", org["clerk"], clock)
    rows = calls.calls_due(clock=clock)
    assert [r.name for r in rows] == ["甲", "乙"]
    assert rows[0].attempts == 1 and rows[0].case_nos == [first.case_no]
    assert rows[1].phone == "13900000002"
    assert calls.calls_due(dt.date(2026, 11, 29), clock=clock)[0].name == "甲"
    assert revisit_of(second).customer_class == "core"
