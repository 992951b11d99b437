"""Deadline arithmetic in calendar time or in business hours (opening hours, holidays),
and working days (open by the calendar)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desk.services.org.organisation import get_setting, set_setting

MAX_DAYS_AHEAD = 366   # how far to look for a working day
WARNING_SHARE = 0.75   # pre-breach warning at 75% of the time to a deadline

DEFAULT_HOURS = {str(d): ("09:00", "21:00") for d in range(7)}  # a mall opens every day


@dataclass
class BusinessCalendar:
    """``business`` False counts plain calendar time. Otherwise only opening hours count:
    ``hours`` maps weekday (0=Monday) to (open, close) or None for closed days."""
    business: bool = False
    hours: dict[int, tuple[dt.time, dt.time] | None] = field(default_factory=dict)
    holidays: set[dt.date] = field(default_factory=set)

    def window(self, day: dt.date) -> tuple[dt.datetime, dt.datetime] | None:
        if day in self.holidays:
            return None
        span = self.hours.get(day.weekday())
        if not span:
            return None
        return dt.datetime.combine(day, span[0]), dt.datetime.combine(day, span[1])

    def add_hours(self, start: dt.datetime, hours: float) -> dt.datetime:
        """The moment ``hours`` of (business) time after ``start``."""
        if not self.business:
            return start + dt.timedelta(hours=hours)
        remaining = dt.timedelta(hours=hours)
        day = start.date()
        for _ in range(3660):  # ten years of days at most
            span = self.window(day)
            if span:
                begin = max(span[0], start)
                if begin < span[1]:
                    available = span[1] - begin
                    if remaining <= available:
                        return begin + remaining
                    remaining -= available
            day += dt.timedelta(days=1)
        raise ValueError("no opening hours in the calendar")

    def elapsed(self, start: dt.datetime, end: dt.datetime) -> dt.timedelta:
        """(Business) time between two moments; zero when end is before start."""
        if end <= start:
            return dt.timedelta(0)
        if not self.business:
            return end - start
        total = dt.timedelta(0)
        day = start.date()
        while day <= end.date():
            span = self.window(day)
            if span:
                begin, finish = max(span[0], start), min(span[1], end)
                if finish > begin:
                    total += finish - begin
            day += dt.timedelta(days=1)
        return total


def _parse_time(text: str) -> dt.time:
    return dt.time.fromisoformat(text)


def load_calendar() -> BusinessCalendar:
    data = get_setting("business_calendar") or {}
    hours_raw = data.get("hours") or DEFAULT_HOURS
    hours = {int(k): ((_parse_time(v[0]), _parse_time(v[1])) if v else None)
             for k, v in hours_raw.items()}
    holidays = {dt.date.fromisoformat(d) for d in data.get("holidays", [])}
    return BusinessCalendar(bool(data.get("business", False)), hours, holidays)


def save_calendar(cal: BusinessCalendar) -> None:
    set_setting("business_calendar", {
        "business": cal.business,
        "hours": {str(k): ([v[0].isoformat("minutes"), v[1].isoformat("minutes")] if v else None)
                  for k, v in cal.hours.items()},
        "holidays": sorted(d.isoformat() for d in cal.holidays),
    })


def deadline_state(start: dt.datetime, due: dt.datetime | None, now: dt.datetime,
                   cal: BusinessCalendar | None = None) -> str:
    """'none', 'ok', 'warning' (75% of the time used) or 'overdue'."""
    if due is None:
        return "none"
    if now >= due:
        return "overdue"
    cal = cal or BusinessCalendar()
    total = cal.elapsed(start, due)
    if total <= dt.timedelta(0):
        return "warning"
    used = cal.elapsed(start, now)
    return "warning" if used / total >= WARNING_SHARE else "ok"


def is_working_day(day: dt.date, cal: BusinessCalendar | None = None) -> bool:
    """Open by the business calendar: not a holiday and the weekday has opening hours."""
    cal = cal or load_calendar()
    if day in cal.holidays:
        return False
    return not cal.hours or bool(cal.hours.get(day.weekday()))


def next_working_day(day: dt.date, cal: BusinessCalendar | None = None) -> dt.date:
    """``day`` itself when it is a working day, else the next one."""
    cal = cal or load_calendar()
    for offset in range(MAX_DAYS_AHEAD):
        candidate = day + dt.timedelta(days=offset)
        if is_working_day(candidate, cal):
            return candidate
    return day   # a calendar with no working day at all: do not loop for ever


def first_working_day(year: int, month: int, cal: BusinessCalendar | None = None) -> dt.date:
    """The month's first weekday (Monday to Friday) that the calendar has open: the day the
    campaign's calls begin. A mall's desk opens every day, but customers are called back on
    working days, never on a Saturday or Sunday."""
    cal = cal or load_calendar()
    day = dt.date(year, month, 1)
    for _offset in range(MAX_DAYS_AHEAD):
        if day.weekday() < 5 and is_working_day(day, cal):
            return day
        day += dt.timedelta(days=1)
    return next_working_day(dt.date(year, month, 1), cal)   # a calendar closed every weekday
