"""Autosaved drafts, and recognising a returning customer by phone number."""
from __future__ import annotations

import datetime as dt

from desk.services.cases.complaints import (
    ComplaintInput,
    create_complaint,
    get_complaint,
    input_from_record,
    update_complaint,
    void_complaint,
)
from desk.services.cases.customers import history_for_phone
from desk.services.cases.drafts import discard_draft, load_draft, pending_drafts, save_draft
from desk.store.models.cases import Draft


def test_draft_round_trip(store, clock):
    payload = {"description": "顾客说😀\n第二行", "phone": "138", "demands": ["refund"],
               "n": 3, "nested": {"a": [1, 2]}}
    save_draft("intake:new", payload, clock=clock)
    assert load_draft("intake:new") == payload
    assert pending_drafts() == ["intake:new"]


def test_draft_with_a_lone_surrogate_is_kept_as_typed(store, clock):
    payload = {"description": "坏\ud800字", "name": "\udfff"}
    save_draft("intake:new", payload, clock=clock)
    assert load_draft("intake:new") == payload


def test_draft_is_replaced_not_duplicated(store, clock):
    save_draft("intake:new", {"v": 1}, clock=clock)
    clock.advance(minutes=1)
    save_draft("intake:new", {"v": 2}, clock=clock)
    assert load_draft("intake:new") == {"v": 2}
    assert Draft.select().count() == 1
    assert Draft.get().updated_at == clock.now()


def test_drafts_newest_first_and_by_prefix(store, clock):
    save_draft("intake:new", {}, clock=clock)
    clock.advance(minutes=1)
    save_draft("edit:12", {}, clock=clock)
    clock.advance(minutes=1)
    save_draft("intake:other", {}, clock=clock)
    assert pending_drafts() == ["intake:other", "edit:12", "intake:new"]
    assert pending_drafts("intake:") == ["intake:other", "intake:new"]
    assert pending_drafts("edit:") == ["edit:12"]


def test_discard_draft(store, clock):
    save_draft("intake:new", {"v": 1}, clock=clock)
    discard_draft("intake:new")
    discard_draft("never-saved")
    assert load_draft("intake:new") is None
    assert pending_drafts() == []


def test_damaged_draft_is_ignored(store, clock):
    Draft.create(key="bad", payload="{not json", updated_at=clock.now())
    Draft.create(key="list", payload="[1, 2]", updated_at=clock.now())
    assert load_draft("bad") is None
    assert load_draft("list") is None
    assert load_draft("missing") is None


def test_complaint_input_survives_a_draft(store, make_input, clock):
    data = make_input(incident_at=dt.datetime(2026, 11, 25, 20, 15),
                      description="孩子在扶梯摔倒 \ud83d\ude00", demands=["compensation"])
    save_draft("intake:new", data.to_json(), clock=clock)
    again = ComplaintInput.from_json(load_draft("intake:new"))
    assert again.incident_at == data.incident_at
    assert again.demands == ["compensation"]
    assert again.channel_id == data.channel_id
    record = create_complaint(again, clock=clock)
    assert get_complaint(record.id).description == "孩子在扶梯摔倒 😀"


def test_new_customer(store, make_input, clock):
    found = history_for_phone("139 0000 0000")
    assert not found.is_returning
    assert found.count == 0 and found.recent == [] and found.open_cases == []


def test_returning_customer_recognised_in_any_format(store, make_input, clock):
    first = create_complaint(make_input(phone="138 1234 5678"), clock=clock)
    clock.advance(days=2)
    second = create_complaint(make_input(phone="+86 138-1234-5678"), clock=clock)
    create_complaint(make_input(phone="139 9999 8888"), clock=clock)
    for typed in ("13812345678", "0086 138 1234 5678", "(138) 1234-5678"):
        found = history_for_phone(typed)
        assert found.phone_digits == "13812345678"
        assert found.count == 2
        assert found.last_received == clock.now()
        assert [r[0] for r in found.recent] == [second.case_no, first.case_no]
        assert found.open_cases == [second.case_no, first.case_no]


def test_customer_history_leaves_out_the_current_and_voided_cases(store, make_input, org,
                                                                  clock):
    first = create_complaint(make_input(), clock=clock)
    second = create_complaint(make_input(), clock=clock)
    third = create_complaint(make_input(), clock=clock)
    void_complaint(second.id, "重复登记", by_id=org["ops"], clock=clock)
    found = history_for_phone("13812345678", exclude_id=third.id)
    assert found.count == 1
    assert [r[0] for r in found.recent] == [first.case_no]


def test_customer_history_lists_only_open_cases_as_open(store, make_input, clock):
    from desk.store.models.cases import Complaint

    closed = create_complaint(make_input(), clock=clock)
    open_ = create_complaint(make_input(), clock=clock)
    Complaint.update(status="closed").where(Complaint.id == closed.id).execute()
    found = history_for_phone("13812345678")
    assert found.count == 2
    assert found.open_cases == [open_.case_no]
    assert [r[2] for r in found.recent] == ["new", "closed"]


def test_short_numbers_are_not_matched(store, make_input, clock):
    create_complaint(make_input(phone="138 1234 5678"), clock=clock)
    assert history_for_phone("5678").count == 0
    assert history_for_phone("").count == 0
    assert history_for_phone("abc").count == 0


def test_recent_is_limited(store, make_input, clock):
    for _ in range(8):
        create_complaint(make_input(), clock=clock)
        clock.advance(hours=1)
    found = history_for_phone("13812345678", recent_limit=3)
    assert found.count == 8
    assert len(found.recent) == 3


def test_phone_change_moves_the_case_to_the_new_customer(store, make_input, org, clock):
    record = create_complaint(make_input(), clock=clock)
    data = input_from_record(get_complaint(record.id))
    data.phone = "021-6888 9999"
    update_complaint(record.id, data, by_id=org["clerk"], clock=clock)
    assert history_for_phone("13812345678").count == 0
    assert history_for_phone("02168889999").count == 1
