"""Report periods: weeks (ISO numbering, configurable first day) and calendar months.

A period is ``[start, end)`` in local time. ``2026-W47`` is the ISO week that starts on
Monday 2026-11-16; with the organisation setting ``week_start`` = 6 (Sunday) the same week
runs from Sunday 2026-11-15 to Saturday 2026-11-21.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from desk.i18n import _
from desk.services.common import dates
from desk.services.common.validation import ValidationError

WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEK = re.compile(r"^\s*(\d{4})-?W(\d{1,2})\s*$", re.IGNORECASE)


class PeriodError(ValueError):
    """A period the user typed that does not exist; the message says why."""


@dataclass(frozen=True)
class Period:
    kind: str                 # "weekly" or "monthly"
    key: str                  # "2026-W47" or "2026-11"
    start: dt.datetime
    end: dt.datetime          # exclusive
    week_start: int = 0

    @property
    def first_day(self) -> dt.date:
        return self.start.date()

    @property
    def last_day(self) -> dt.date:
        return (self.end - dt.timedelta(days=1)).date()

    def days(self) -> list[dt.date]:
        count = (self.end - self.start).days
        return [self.first_day + dt.timedelta(days=i) for i in range(count)]

    def previous(self) -> Period:
        if self.kind == "weekly":
            return week_containing(self.start - dt.timedelta(days=1), self.week_start)
        return month_period(self.start.year - (self.start.month == 1),
                            12 if self.start.month == 1 else self.start.month - 1)

    def following(self) -> Period:
        if self.kind == "weekly":
            return week_containing(self.end, self.week_start)
        return month_containing(self.end)

    def span_text(self) -> str:
        """``2026-11-16 – 2026-11-22``: the days covered, for titles."""
        return f"{self.first_day:%Y-%m-%d} – {self.last_day:%Y-%m-%d}"

    def file_stem(self) -> str:
        return f"{self.kind}-{self.key}"


def normalise_week_start(value) -> int:
    """0 = Monday ... 6 = Sunday; names ("sunday") and None (Monday) accepted."""
    if isinstance(value, str):
        text = value.strip().lower()
        if text in WEEKDAY_NAMES:
            return WEEKDAY_NAMES.index(text)
        value = int(text) if text.isdigit() else 0
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 6:
        return 0
    return value


def _shift(week_start: int) -> int:
    """Days from a period's first day to the ISO Monday that names it."""
    return (0 - week_start) % 7


FIRST_YEAR, LAST_YEAR = 1900, 2999


def _check_year(year: int) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise PeriodError(_("The year {year} is out of range; give a year between {first} "
                            "and {last}.").format(year=year, first=FIRST_YEAR, last=LAST_YEAR))


def week_period(year: int, week: int, week_start: int = 0) -> Period:
    _check_year(year)
    try:
        monday = dt.date.fromisocalendar(year, week, 1)
    except ValueError:
        raise PeriodError(
            _("There is no week {week} in {year}.").format(week=week, year=year)) from None
    first = monday - dt.timedelta(days=_shift(week_start))
    start = dt.datetime.combine(first, dt.time())
    return Period("weekly", f"{year}-W{week:02d}", start, start + dt.timedelta(days=7),
                  week_start)


def week_containing(moment: dt.datetime | dt.date, week_start: int = 0) -> Period:
    day = moment.date() if isinstance(moment, dt.datetime) else moment
    first = day - dt.timedelta(days=(day.weekday() - week_start) % 7)
    year, week, _day = (first + dt.timedelta(days=_shift(week_start))).isocalendar()
    return week_period(year, week, week_start)


def month_period(year: int, month: int) -> Period:
    _check_year(year)
    if not 1 <= month <= 12:
        raise PeriodError(_("There is no month {month} in {year}.").format(
            month=month, year=year))
    start = dt.datetime(year, month, 1)
    end = dt.datetime(year + (month == 12), 1 if month == 12 else month + 1, 1)
    return Period("monthly", f"{year}-{month:02d}", start, end)


def month_containing(moment: dt.datetime | dt.date) -> Period:
    return month_period(moment.year, moment.month)


def parse_week(text: str, week_start: int = 0) -> Period:
    match = _WEEK.match(text or "")
    if not match:
        raise PeriodError(_("Write the week as YYYY-Www, e.g. 2026-W47."))
    return week_period(int(match.group(1)), int(match.group(2)), week_start)


def parse_month(text: str) -> Period:
    try:
        first = dates.parse_month(text or "")
    except ValidationError as exc:
        raise PeriodError(str(exc)) from None
    return month_period(first.year, first.month)


def last_complete(kind: str, now: dt.datetime, week_start: int = 0) -> Period:
    """The last whole week or month before ``now`` (what Task Scheduler runs on Monday)."""
    if kind == "weekly":
        return week_containing(now, week_start).previous()
    return month_containing(now).previous()


def current(kind: str, now: dt.datetime, week_start: int = 0) -> Period:
    if kind == "weekly":
        return week_containing(now, week_start)
    return month_containing(now)
