"""The monthly campaign (002 §4.6 ②) and the periodic plans: month boundaries, a leap
year, merging a customer's cases, an empty month, first working days."""
from __future__ import annotations

import datetime as dt

import pytest

from desk.services.cases.complaints import create_complaint, void_complaint
from desk.services.common.calendar import (
    BusinessCalendar,
    first_working_day,
    next_working_day,
    save_calendar,
)
from desk.services.common.dates import month_bounds
from desk.services.common.rows import gc_paused
from desk.services.common.validation import ValidationError
from desk.services.revisits import campaign
from desk.services.revisits import schedule as revisits
from desk.services.revisits.vocab import set_revisit_settings
from desk.store.models.revisits import Revisit, RevisitCase


def at(*parts) -> dt.datetime:
    return dt.datetime(*parts)


def case(make_input, clock, received, **fields):
    return create_complaint(make_input(received_at=received, **fields), clock=clock)


def test_one_row_per_customer_merged_across_cases(store, org, make_input, clock):
    a1 = case(make_input, clock, at(2026, 10, 1, 0, 0), phone="138 1234 5678")
    a2 = case(make_input, clock, at(2026, 10, 12, 15), phone="+86 138-1234-5678",
              customer_class="key")
    a3 = case(make_input, clock, at(2026, 10, 31, 23, 59, 59), phone="13812345678",
              complainant_name="张伟先生")                # the latest name given is shown
    case(make_input, clock, at(2026, 9, 30, 23, 59, 59), phone="13812345678")    # September
    case(make_input, clock, at(2026, 11, 1, 0, 0), phone="13812345678")         # November
    core = case(make_input, clock, at(2026, 10, 20), complainant_name="王芳",
                phone="13900000000", customer_class="core")
    no_phone = case(make_input, clock, at(2026, 10, 5), complainant_name="赵六", phone="",
                    address="星河路1号")
    case(make_input, clock, at(2026, 10, 6), channel_id=org["channel_box"], anonymous=True,
         complainant_name="", phone="")
    void = case(make_input, clock, at(2026, 10, 7), phone="13700000000")
    void_complaint(void.id, "测试", org["ops"], clock=clock)

    result = campaign.campaign_rows("2026-11")
    assert result.complaint_month == dt.date(2026, 10, 1)
    assert result.skipped_anonymous == 1
    assert [r.name for r in result.rows] == ["王芳", "张伟先生", "赵六"]   # core, key, ordinary
    zhang = result.rows[1]
    assert [c.id for c in zhang.cases] == [a1.id, a2.id, a3.id]
    assert zhang.customer_class == "key" and zhang.phone == "13812345678"
    assert zhang.latest_case_id == a3.id and zhang.count == 3
    assert result.rows[0].cases[0].id == core.id
    lone = result.rows[2]
    assert not lone.has_phone and lone.key == f"case:{no_phone.id}"
    assert result.case_count == 5


def test_schedule_is_idempotent_and_links_every_case(store, org, make_input, clock):
    for day in (3, 9, 27):
        case(make_input, clock, at(2026, 10, day), phone="13812345678")
    case(make_input, clock, at(2026, 10, 4), phone="13900000000")
    clock.moment = at(2026, 11, 2, 9)
    assert campaign.schedule_monthly("2026-11", clock) == 2
    assert campaign.schedule_monthly("2026-11", clock) == 0
    monthly = list(Revisit.select().where(Revisit.kind == "monthly"))
    assert {r.due_date for r in monthly} == {dt.date(2026, 11, 2)}   # the 1st is a Sunday
    assert RevisitCase.select().count() == 4
    rows = campaign.campaign_rows("2026-11").rows
    assert all(r.revisit_status == "due" for r in rows)


def test_scheduled_rows_are_those_a_revisit_made_one_by_one_has(store, org, make_input,
                                                                  clock):
    """The campaign's rows, written as plain tuples, read back as a revisit made through
    the model: every default, the dates as dates, one per customer in the campaign's order
    (core first), each linked to all of that customer's cases."""
    a1 = case(make_input, clock, at(2026, 10, 3, 8, 30, 15, 250000), phone="13812345678",
              complainant_name="张伟")
    a2 = case(make_input, clock, at(2026, 10, 9), phone="13812345678",
              complainant_name="张伟先生")
    core = case(make_input, clock, at(2026, 10, 4), phone="13900000000",
                complainant_name="王芳", customer_class="core")
    lone = case(make_input, clock, at(2026, 10, 5), phone="", complainant_name="赵六",
                address="星河路1号")
    clock.moment = at(2026, 11, 2, 9, 15, 30, 123456)
    assert campaign.schedule_monthly("2026-11", clock) == 3
    made = list(Revisit.select().where(Revisit.kind == "monthly").order_by(Revisit.id))
    assert [(r.complaint_id, r.phone_digits, r.customer_name, r.customer_class)
            for r in made] == [(core.id, "13900000000", "王芳", "core"),
                               (a2.id, "13812345678", "张伟先生", "ordinary"),
                               (lone.id, "", "赵六", "ordinary")]
    model = Revisit(complaint=core.id, kind="monthly")
    for r in made:
        assert (r.campaign, r.due_date, r.status, r.created_at) == (
            "2026-11", dt.date(2026, 11, 2), "due", clock.now())
        for name in ("reached_at", "satisfaction", "reasons", "words", "outcome",
                     "linked_case_id", "done_at", "done_by_id", "version", "cancel_reason"):
            assert getattr(r, name) == getattr(model, name), name
    links = {(link.revisit_id, link.complaint_id) for link in RevisitCase.select()}
    assert links == {(made[0].id, core.id), (made[1].id, a1.id), (made[1].id, a2.id),
                     (made[2].id, lone.id)}
    assert Revisit.select().where(Revisit.due_date == dt.date(2026, 11, 2)).count() == 3
    assert Revisit.select().where(Revisit.created_at == clock.now()).count() == 3


def test_first_working_day_follows_the_calendar(store):
    # a mall opens every day, yet the campaign's calls never begin on a weekend
    assert first_working_day(2026, 11) == dt.date(2026, 11, 2)   # 1st is a Sunday
    assert first_working_day(2026, 8) == dt.date(2026, 8, 3)     # Sat 1st, Sun 2nd
    assert first_working_day(2026, 12) == dt.date(2026, 12, 1)   # a Tuesday
    save_calendar(BusinessCalendar(hours={d: ((dt.time(9), dt.time(18)) if d < 5 else None)
                                          for d in range(7)},
                                   holidays={dt.date(2027, 1, 1)}))
    assert first_working_day(2027, 1) == dt.date(2027, 1, 4)   # Fri holiday, weekend
    assert first_working_day(2026, 11) == dt.date(2026, 11, 2)  # 1st is a Sunday
    assert next_working_day(dt.date(2026, 11, 27)) == dt.date(2026, 11, 27)


def test_run_due_runs_the_campaign_once_on_its_day(store, org, make_input, clock):
    save_calendar(BusinessCalendar(hours={d: ((dt.time(9), dt.time(18)) if d < 5 else None)
                                          for d in range(7)}))
    set_revisit_settings(periodic_enabled=False)
    case(make_input, clock, at(2026, 10, 15), phone="13812345678")
    clock.moment = at(2026, 11, 1, 9)                 # a Sunday: not yet
    assert revisits.run_due(clock) == {"monthly": 0, "periodic": 0}
    clock.moment = at(2026, 11, 2, 9)
    assert revisits.run_due(clock)["monthly"] == 1
    assert revisits.run_due(clock)["monthly"] == 0


def test_run_due_once_runs_once_a_day(store, org, make_input, clock):
    set_revisit_settings(periodic_enabled=False)
    case(make_input, clock, at(2026, 10, 15), phone="13812345678")
    clock.moment = at(2026, 11, 2, 9)
    assert revisits.run_due_once(clock)["monthly"] == 1
    from desk.store.models.revisits import Revisit

    Revisit.delete().execute()                    # a second run that day would remake it
    assert revisits.run_due_once(clock) == {"monthly": 0, "periodic": 0}
    assert Revisit.select().count() == 0


def test_leap_year_february(store, org, make_input, closed_case, clock):
    leap = case(make_input, clock, at(2028, 2, 29, 12), phone="13812345678")
    case(make_input, clock, at(2028, 3, 1, 0, 0), phone="13900000000")
    case(make_input, clock, at(2028, 1, 31, 23, 59, 59), phone="13700000000")
    result = campaign.campaign_rows("2028-03")
    assert [c.id for r in result.rows for c in r.cases] == [leap.id]
    assert month_bounds(dt.date(2028, 2, 1)) == (at(2028, 2, 1), at(2028, 3, 1))
    clock.moment = at(2028, 2, 27, 10)
    closed = closed_case(answer="已处理", phone="13600000000")
    assert Revisit.get(Revisit.complaint == closed.id).due_date == dt.date(2028, 3, 1)
    set_revisit_settings(delay_days=2)
    clock.moment = at(2028, 2, 27, 11)
    other = closed_case(answer="已处理", phone="13500000000")
    assert Revisit.get(Revisit.complaint == other.id).due_date == dt.date(2028, 2, 29)


def test_empty_month(store, org):
    result = campaign.campaign_rows("2026-11")
    assert result.rows == [] and result.case_count == 0
    assert campaign.schedule_monthly("2026-11") == 0


@pytest.mark.parametrize("text", ["2026-13", "26-11", "", "2026/11", "abc", "9999-01",
                                  "2026-11-01", "２０２６-11\x00"])
def test_bad_month_is_a_clear_message(store, text):
    with pytest.raises(ValidationError) as err:
        campaign.campaign_rows(text)
    assert "YYYY-MM" in err.value.errors["month"]


def test_periodic_plan_for_core_and_key_customers(store, org, make_input, clock):
    case(make_input, clock, at(2026, 6, 1), phone="13812345678", customer_class="core")
    case(make_input, clock, at(2026, 9, 1), phone="13900000000", customer_class="key")
    case(make_input, clock, at(2026, 9, 2), phone="13700000000", customer_class="ordinary")
    case(make_input, clock, at(2025, 9, 1), phone="13600000000", customer_class="core")  # old
    assert revisits.schedule_periodic(clock) == 2
    made = Revisit.select().where(Revisit.kind == "periodic")
    assert {r.phone_digits for r in made} == {"13812345678", "13900000000"}
    assert all(r.due_date == clock.now().date() for r in made)
    assert RevisitCase.select().count() == 2
    assert revisits.schedule_periodic(clock) == 0          # within the interval
    clock.advance(days=89)
    assert revisits.schedule_periodic(clock) == 0
    clock.advance(days=2)
    assert revisits.schedule_periodic(clock) == 2          # the interval is over
    set_revisit_settings(periodic_days=30, periodic_classes=["key"])
    clock.advance(days=40)
    assert revisits.schedule_periodic(clock) == 1          # only the key customer now
    set_revisit_settings(periodic_enabled=False)
    assert revisits.schedule_periodic(clock) == 0
    with pytest.raises(ValidationError):
        set_revisit_settings(periodic_classes=["vip"])


def test_migration_is_idempotent_and_gc_comes_back(store):
    import gc

    from desk.store import schema
    from desk.store.db import database

    version = next(v for v, step in schema.MIGRATIONS.items()
                   if "Revisits and corrective actions" in (step.__doc__ or ""))
    schema.MIGRATIONS[version]()                      # again: nothing breaks
    indexes = {index.name for index in database.get_indexes("complaint")}
    assert {"complaint_voided_received", "complaint_class_received"} <= indexes
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
