"""Complaint records: case numbers, the promised reply, history of edits, voiding."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from statements import sent

from desk.services.cases import caselist
from desk.services.cases.complaints import (
    ComplaintInput,
    create_complaint,
    find_by_case_no,
    get_complaint,
    history,
    input_from_record,
    update_complaint,
    void_complaint,
)
from desk.services.common.validation import ValidationError
from desk.services.org import organisation
from desk.store.models.cases import ComplaintChange


def test_case_numbers_are_sequential_per_day(store, make_input, clock):
    numbers = [create_complaint(make_input(), clock=clock).case_no for _ in range(3)]
    assert numbers == ["20261126-0001", "20261126-0002", "20261126-0003"]
    clock.advance(days=1)
    assert create_complaint(make_input(), clock=clock).case_no == "20261127-0001"
    clock.advance(days=-1)  # a clock set back does not hand out a number twice
    assert create_complaint(make_input(), clock=clock).case_no == "20261126-0004"


def test_case_numbers_survive_more_than_9999_a_day(store, make_input, clock):
    from desk.store.models.cases import CaseCounter

    CaseCounter.create(day="20261126", last=9999)
    assert create_complaint(make_input(), clock=clock).case_no == "20261126-10000"


def test_failed_save_does_not_use_up_a_number(store, make_input, clock):
    with pytest.raises(ValidationError):
        create_complaint(make_input(description=""), clock=clock)
    assert create_complaint(make_input(), clock=clock).case_no == "20261126-0001"


def test_case_numbers_are_unique(store, make_input, clock):
    numbers = {create_complaint(make_input(), clock=clock).case_no for _ in range(25)}
    assert len(numbers) == 25


def test_find_by_case_no(store, make_input, clock):
    record = create_complaint(make_input(), clock=clock)
    assert find_by_case_no(" 20261126-0001 ").id == record.id
    assert find_by_case_no("20261126-0099") is None


@pytest.mark.parametrize("severity,hours", [("urgent", 2), ("serious", 24), ("ordinary", 72)])
def test_promised_reply_follows_the_default_policy(store, make_input, clock, severity, hours):
    record = create_complaint(make_input(severity=severity), clock=clock)
    saved = get_complaint(record.id)
    assert saved.received_at == clock.now()
    assert saved.reply_due_at == clock.now() + dt.timedelta(hours=hours)


def test_changed_policy_applies_to_new_cases(store, make_input, clock):
    organisation.set_reply_hours({"urgent": 1, "serious": 12, "ordinary": 48})
    record = create_complaint(make_input(severity="serious"), clock=clock)
    assert get_complaint(record.id).reply_due_at == clock.now() + dt.timedelta(hours=12)


def test_policy_with_only_some_severities_keeps_the_rest(store, make_input, clock):
    organisation.set_reply_hours({"urgent": 0.5})
    urgent = create_complaint(make_input(severity="urgent"), clock=clock)
    ordinary = create_complaint(make_input(severity="ordinary"), clock=clock)
    assert get_complaint(urgent.id).reply_due_at == clock.now() + dt.timedelta(minutes=30)
    assert get_complaint(ordinary.id).reply_due_at == clock.now() + dt.timedelta(hours=72)


@pytest.mark.parametrize("policy", [{"urgent": 0}, {"urgent": -2}, {"urgent": 9000},
                                    {"bogus": 3}, {"urgent": "2"}])
def test_bad_policy_is_refused(store, policy):
    with pytest.raises(ValidationError):
        organisation.set_reply_hours(policy)


def test_received_at_given_at_intake_sets_the_due_time(store, make_input, clock):
    earlier = clock.now() - dt.timedelta(hours=5)
    record = create_complaint(make_input(received_at=earlier, severity="urgent"), clock=clock)
    saved = get_complaint(record.id)
    assert saved.received_at == earlier
    assert saved.reply_due_at == earlier + dt.timedelta(hours=2)


def test_update_keeps_history(store, make_input, org, clock):
    record = create_complaint(make_input(), clock=clock)
    clock.advance(minutes=30)
    data = input_from_record(get_complaint(record.id))
    data.description = "店员态度恶劣，经理已道歉。"
    data.phone = "139 0000 1111"
    changed = update_complaint(record.id, data, by_id=org["ops"], clock=clock)
    assert set(changed) == {"description", "phone"}
    entries = history(record.id)
    assert {e.field for e in entries} == {"description", "phone"}
    phone = next(e for e in entries if e.field == "phone")
    assert phone.old_value == "138 1234 5678"
    assert phone.new_value == "139 0000 1111"
    assert phone.by == "赵经理"
    assert phone.at == clock.now()
    saved = get_complaint(record.id)
    assert saved.phone_digits == "13900001111"
    assert saved.updated_at == clock.now()


def test_update_without_changes_writes_no_history(store, make_input, org, clock):
    record = create_complaint(make_input(), clock=clock)
    data = input_from_record(get_complaint(record.id))
    assert update_complaint(record.id, data, by_id=org["ops"], clock=clock) == []
    assert history(record.id) == []


def test_severity_change_moves_the_promised_reply(store, make_input, org, clock):
    record = create_complaint(make_input(severity="ordinary"), clock=clock)
    received = get_complaint(record.id).received_at
    clock.advance(hours=1)
    data = input_from_record(get_complaint(record.id))
    data.severity = "urgent"
    changed = update_complaint(record.id, data, by_id=org["clerk"], clock=clock)
    assert changed == ["severity"]
    saved = get_complaint(record.id)
    assert saved.reply_due_at == received + dt.timedelta(hours=2)
    due = next(e for e in history(record.id) if e.field == "reply_due_at")
    assert due.old_value == "2026-11-29 10:00"
    assert due.new_value == "2026-11-26 12:00"
    assert {e.field for e in history(record.id)} == {"severity", "reply_due_at"}


def test_update_is_validated(store, make_input, org, clock):
    record = create_complaint(make_input(), clock=clock)
    data = input_from_record(get_complaint(record.id))
    data.phone = "12345"
    with pytest.raises(ValidationError):
        update_complaint(record.id, data, by_id=org["clerk"], clock=clock)
    assert get_complaint(record.id).phone == "138 1234 5678"
    assert history(record.id) == []


def test_object_change_is_recorded(store, make_input, org, clock):
    record = create_complaint(make_input(), clock=clock)
    data = input_from_record(get_complaint(record.id))
    data.object_type, data.tenant_id = "tenant", org["tenant"]
    changed = update_complaint(record.id, data, by_id=None, clock=clock)
    assert set(changed) == {"object_type", "tenant"}
    tenant = next(e for e in history(record.id) if e.field == "tenant")
    assert (tenant.old_value, tenant.new_value, tenant.by) == ("", str(org["tenant"]), "")
    assert get_complaint(record.id).tenant_id == org["tenant"]


def test_void_needs_a_reason(store, make_input, org, clock):
    record = create_complaint(make_input(), clock=clock)
    for reason in ("", "   ", "\x00\x01"):
        with pytest.raises(ValidationError) as info:
            void_complaint(record.id, reason, by_id=org["ops"], clock=clock)
        assert "void_reason" in info.value.errors
    with pytest.raises(ValidationError):
        void_complaint(record.id, "重" * 501, by_id=org["ops"], clock=clock)
    assert not get_complaint(record.id).voided


def test_void_keeps_the_record_findable(store, make_input, org, clock):
    kept = create_complaint(make_input(), clock=clock)
    record = create_complaint(make_input(description="测试录入，重复登记"), clock=clock)
    void_complaint(record.id, "重复登记", by_id=org["ops"], clock=clock)
    saved = get_complaint(record.id)
    assert saved.voided and saved.void_reason == "重复登记"
    assert saved.voided_at == clock.now() and saved.voided_by_id == org["ops"]
    assert find_by_case_no(record.case_no).id == record.id

    def numbers(**kw):
        return [r.case_no for r in caselist.fetch_page(caselist.CaseFilter(**kw), clock=clock)]

    assert numbers() == [kept.case_no]
    assert numbers(include_voided=True) == [record.case_no, kept.case_no]
    assert numbers(only_voided=True) == [record.case_no]
    assert numbers(text="重复登记") == []
    assert numbers(text="重复登记", include_voided=True) == [record.case_no]
    assert numbers(text=record.case_no, only_voided=True) == [record.case_no]
    voided_rows = caselist.fetch_page(caselist.CaseFilter(only_voided=True), clock=clock)
    assert voided_rows[0].voided
    entry = history(record.id)[0]
    assert (entry.field, entry.new_value, entry.by) == ("voided", "重复登记", "赵经理")


def test_void_twice_is_refused(store, make_input, org, clock):
    record = create_complaint(make_input(), clock=clock)
    void_complaint(record.id, "测试数据", by_id=None, clock=clock)
    with pytest.raises(ValidationError):
        void_complaint(record.id, "again", by_id=None, clock=clock)
    assert ComplaintChange.select().where(ComplaintChange.field == "voided").count() == 1


def test_input_round_trips_through_json(store, make_input, org, clock):
    data = make_input(incident_at=dt.datetime(2026, 11, 25, 18, 30),
                      received_at=dt.datetime(2026, 11, 26, 9, 0),
                      demands=["refund", "apology"], description="😀 退款\n第二行")
    again = ComplaintInput.from_json(data.to_json())
    assert again == data
    assert ComplaintInput.from_json({"incident_at": "not a date", "unknown": 1}).incident_at \
        is None


def test_input_from_record_round_trips(store, make_input, org, clock):
    data = make_input(object_type="department", department_id=org["dept"],
                      demands=["refund", "apology"], incident_at=dt.datetime(2026, 11, 25, 18))
    record = create_complaint(data, clock=clock)
    again = input_from_record(get_complaint(record.id))
    expected = dataclasses.replace(data, received_at=clock.now())
    assert again == expected


def test_duplicate_demands_are_stored_once(store, make_input, clock):
    record = create_complaint(make_input(demands=["refund", "refund", "apology"]), clock=clock)
    assert get_complaint(record.id).demands == "refund,apology"


def _staff_reads(fn) -> int:
    return sum(1 for sql in sent(fn) if sql.startswith("SELECT") and 'FROM "staff"' in sql)


def test_a_save_reads_the_acting_person_once_and_the_trail_names_them(store, make_input,
                                                                        org, clock):
    """The permission check's row serves the recorder check and the audit entries (each
    read was one more round trip to a shared server)."""
    from desk.store.models.audit import AuditEntry

    made = []
    assert _staff_reads(lambda: made.append(create_complaint(make_input(), clock=clock))) == 1
    data = input_from_record(get_complaint(made[0].id))
    data.description, data.phone = "改过的经过。", "139 0000 1111"
    # the editor, and the recorder the form still names (checked to exist): not one read
    # per changed field for the audit entries' name
    assert _staff_reads(lambda: update_complaint(made[0].id, data, by_id=org["ops"],
                                                 clock=clock)) == 2
    names = [e.user_name for e in AuditEntry.select().order_by(AuditEntry.seq)
             if e.complaint_id == made[0].id]
    assert names == ["王小明", "赵经理", "赵经理"]
