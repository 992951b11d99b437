"""Period arithmetic: ISO weeks, a configurable first day of the week, months."""
from __future__ import annotations

import datetime as dt

import pytest

from desk.services import reports
from desk.services.org.organisation import set_setting
from desk.services.reports.periods import (
    PeriodError,
    last_complete,
    month_containing,
    normalise_week_start,
    parse_month,
    parse_week,
    week_containing,
)


def test_iso_week():
    w = parse_week("2026-W47")
    assert (w.start, w.end) == (dt.datetime(2026, 11, 16), dt.datetime(2026, 11, 23))
    assert w.span_text() == "2026-11-16 – 2026-11-22" and w.previous().key == "2026-W46"
    assert parse_week("2026w1").key == "2026-W01"
    assert parse_week("2026-W01").start == dt.datetime(2025, 12, 29)   # ISO: week of 1 Jan
    assert parse_week("2026-W53").key == "2026-W53"                    # 2026 has 53 weeks
    assert parse_week("2027-W01").previous().key == "2026-W53"
    assert parse_week("2026-W53").following().key == "2027-W01"
    with pytest.raises(PeriodError):
        parse_week("2025-W53")
    with pytest.raises(PeriodError):
        parse_week("last week")


def test_week_starting_on_sunday():
    w = parse_week("2026-W47", week_start=6)
    assert (w.start, w.end) == (dt.datetime(2026, 11, 15), dt.datetime(2026, 11, 22))
    sunday = week_containing(dt.datetime(2026, 11, 22, 9), 6)
    assert sunday.key == "2026-W48" and sunday.first_day == dt.date(2026, 11, 22)
    assert week_containing(dt.date(2026, 11, 21), 6).key == "2026-W47"
    for day in range(1, 366):           # every day lies in the week that contains it
        d = dt.date(2026, 1, 1) + dt.timedelta(days=day)
        for start in range(7):
            week = week_containing(d, start)
            assert week.start.date() <= d < week.end.date()
            assert week.start.weekday() == start
            assert parse_week(week.key, start) == week


def test_months():
    m = parse_month("2024-02")
    assert (m.start, m.end) == (dt.datetime(2024, 2, 1), dt.datetime(2024, 3, 1))
    assert len(m.days()) == 29                                      # leap year
    assert parse_month("2026-01").previous().key == "2025-12"
    assert parse_month("2026-12").following().key == "2027-01"
    assert month_containing(dt.datetime(2026, 11, 26)).key == "2026-11"
    for bad in ("2026-13", "2026-00", "11/2026", ""):
        with pytest.raises(PeriodError):
            parse_month(bad)


def test_last_complete():
    now = dt.datetime(2026, 11, 23, 0, 5)          # just after Sunday midnight
    assert last_complete("weekly", now).key == "2026-W47"
    assert last_complete("monthly", dt.datetime(2026, 12, 1, 8)).key == "2026-11"
    assert last_complete("monthly", dt.datetime(2027, 1, 1)).key == "2026-12"


@pytest.mark.parametrize("value, expected", [(None, 0), (6, 6), ("sunday", 6), ("2", 2),
                                             (9, 0), (True, 0), ("x", 0)])
def test_week_start_setting_values(value, expected):
    assert normalise_week_start(value) == expected


def test_week_start_from_the_organisation(store, clock):
    assert reports.period_for("weekly", "2026-W47").start.weekday() == 0
    set_setting("week_start", 6)
    assert reports.period_for("weekly", "2026-W47").start == dt.datetime(2026, 11, 15)
    assert reports.period_for("weekly", last=True, clock=clock).key == "2026-W47"
    assert reports.period_for("monthly", None, clock=clock).key == "2026-11"
