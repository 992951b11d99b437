"""Figures the weekly and monthly reports need about revisits and corrective actions.

- revisit coverage: the share of a month's complainants (customers, merged by phone as in
  the monthly campaign) that a revisit reached;
- average satisfaction of the revisits finished in a period;
- repeat-complaint rate: the share of a period's cases whose customer had complained
  already within ``customer_days`` before;
- corrective actions open, and open ones with an action past its due date.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import fn

from desk.services.capa.settings import repeat_settings
from desk.services.cases.customers import MIN_DIGITS
from desk.services.common.clock import system_clock
from desk.services.common.dates import add_months, month_bounds, parse_month
from desk.services.common.rows import as_datetime, gc_paused, plain_rows
from desk.services.revisits.campaign import customer_key
from desk.store.models.capa import CapaAction, CorrectiveAction
from desk.store.models.cases import Complaint
from desk.store.models.revisits import Revisit, RevisitCase


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


@dataclass
class Coverage:
    customers: int
    reached: int

    @property
    def share(self) -> float | None:
        return _share(self.reached, self.customers)


def revisit_coverage(complaint_month) -> Coverage:
    """Of the customers who complained in ``complaint_month`` (anonymous cases without a
    number left out), how many a revisit of any kind reached."""
    start, end = month_bounds(parse_month(complaint_month))
    keys: dict[int, str] = {}
    for cid, digits, anonymous in plain_rows(Complaint.select(
            Complaint.id, Complaint.phone_digits, Complaint.anonymous).where(
            (Complaint.received_at >= start) & (Complaint.received_at < end)
            & (Complaint.voided == False))):  # noqa: E712
        if anonymous and len(digits or "") < MIN_DIGITS:
            continue
        keys[cid] = customer_key(cid, digits)
    if not keys:
        return Coverage(0, 0)
    reached_cases = {cid for (cid,) in plain_rows(      # the month's ids are one tight range
        RevisitCase.select(RevisitCase.complaint)
        .join(Revisit, on=(RevisitCase.revisit == Revisit.id))
        .where(RevisitCase.complaint.between(min(keys), max(keys))
               & Revisit.reached_at.is_null(False)))}
    customers = set(keys.values())
    reached = {keys[c] for c in reached_cases if c in keys}
    return Coverage(len(customers), len(reached))


@dataclass
class Satisfaction:
    count: int
    average: float | None


def average_satisfaction(start: dt.date, end: dt.date) -> Satisfaction:
    """Revisits finished from ``start`` up to (not including) ``end`` with a score."""
    count, total = (Revisit.select(fn.COUNT(Revisit.id), fn.SUM(Revisit.satisfaction))
                    .where((Revisit.status == "done") & Revisit.satisfaction.is_null(False)
                           & (Revisit.done_at >= dt.datetime.combine(start, dt.time()))
                           & (Revisit.done_at < dt.datetime.combine(end, dt.time())))
                    .tuples().get())
    count = count or 0
    return Satisfaction(count, round(total / count, 2) if count else None)


@dataclass
class RepeatRate:
    cases: int          # cases of the period with a usable phone number
    repeats: int        # of them, customers who had complained within the window before

    @property
    def share(self) -> float | None:
        return _share(self.repeats, self.cases)


def repeat_rate(start: dt.date, end: dt.date, days: int | None = None) -> RepeatRate:
    with gc_paused():
        return _repeat_rate(start, end, days or repeat_settings()["customer_days"])


def _repeat_rate(start: dt.date, end: dt.date, days: int) -> RepeatRate:
    begin = dt.datetime.combine(start, dt.time())
    finish = dt.datetime.combine(end, dt.time())
    last_seen: dict[str, dt.datetime] = {}
    cases = repeats = 0
    window = dt.timedelta(days=days)
    for digits, received in plain_rows(
            Complaint.select(Complaint.phone_digits, Complaint.received_at)
            .where((Complaint.received_at >= begin - window) & (Complaint.received_at < finish)
                   & (Complaint.voided == False)  # noqa: E712
                   & (Complaint.phone_digits != ""))
            .order_by(Complaint.received_at, Complaint.id)):
        if len(digits) < MIN_DIGITS:
            continue
        received = as_datetime(received)
        if received >= begin:
            cases += 1
            before = last_seen.get(digits)
            if before is not None and received - before <= window:
                repeats += 1
        last_seen[digits] = received
    return RepeatRate(cases, repeats)


@dataclass
class CapaCounts:
    open: int
    overdue: int


def capa_counts(today: dt.date) -> CapaCounts:
    """Records not closed, and those among them with an action past its due date."""
    open_ids = CorrectiveAction.select(CorrectiveAction.id).where(
        CorrectiveAction.status != "closed")
    overdue = (CapaAction.select(fn.COUNT(fn.DISTINCT(CapaAction.capa)))
               .where(CapaAction.capa.in_(open_ids) & CapaAction.done.is_null()
                      & (CapaAction.due < today)).scalar())
    return CapaCounts(open_ids.count(), overdue or 0)


@dataclass
class MonthFigures:
    month: dt.date
    coverage: Coverage            # of the previous month's complainants
    satisfaction: Satisfaction    # revisits finished in the month
    repeats: RepeatRate           # cases received in the month
    capa: CapaCounts              # at the end of the month (or now, if earlier)


def month_figures(month, clock=system_clock) -> MonthFigures:
    """The figures of a monthly report for ``month`` (YYYY-MM or a date)."""
    first = parse_month(month)
    following = add_months(first, 1)
    as_of = min(clock.now().date(), following - dt.timedelta(days=1))
    return MonthFigures(first, revisit_coverage(add_months(first, -1)),
                        average_satisfaction(first, following), repeat_rate(first, following),
                        capa_counts(as_of))
