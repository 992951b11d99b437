"""Months as people type them (``2026-11``) and month arithmetic."""
from __future__ import annotations

import datetime as dt

from desk.i18n import _
from desk.services.common.validation import ValidationError


def parse_month(text: str | dt.date) -> dt.date:
    """``2026-11`` (or a date) -> the first day of that month; a clear error otherwise."""
    if isinstance(text, dt.date):
        return text.replace(day=1)
    if not str(text or "").strip():
        raise ValidationError({"month": _("Write the month as YYYY-MM, e.g. 2026-11.")})
    try:
        day = dt.datetime.strptime(str(text).strip(), "%Y-%m").date()
    except ValueError:
        day = None
    if day is None or not 2000 <= day.year <= 2200:
        raise ValidationError({"month": _("{value} is not a month; write it as YYYY-MM, for "
                                          "example 2026-11.").format(value=str(text)[:20])})
    return day


def month_key(month: dt.date) -> str:
    return month.strftime("%Y-%m")


def add_months(month: dt.date, count: int) -> dt.date:
    index = month.year * 12 + month.month - 1 + count
    return dt.date(index // 12, index % 12 + 1, 1)


def month_bounds(month: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """[first moment of the month, first moment of the next one)."""
    start = month.replace(day=1)
    return (dt.datetime.combine(start, dt.time()),
            dt.datetime.combine(add_months(start, 1), dt.time()))
