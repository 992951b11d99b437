"""The summary figures of one period, counted in the database.

Who is counted (also printed in the workbook's notes):
- *received*: cases recorded in the period; void cases never count anywhere;
- *closed*: cases closed in the period, whenever they came in; *on time* when closed by
  the reply date promised at intake (the date the case list and Today view use);
- *open* / *overdue*: not closed at the end of the period (or now, for the running one),
  overdue when the promised reply date has passed by then;
- *first response*: from intake to the first contact, slip or answer, for the cases
  received in the period; *resolution*: from intake to the handling result (or the
  closing when no result was recorded), for the cases closed in the period;
- *satisfaction*: share of "satisfied" among the customers' opinions on the slips of the
  cases closed in the period;
- *repeat*: a received case whose phone number complained before within the repeat
  window (``customer_days`` of :func:`desk.services.capa.settings.repeat_settings`, the
  window the repeat suggestions use; default 60 days).

Counts are SQL aggregates; durations are differences of two timestamps, which SQL engines
spell differently, so the narrow (timestamp, timestamp) rows are streamed and reduced here.
"""
from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass, field
from decimal import Decimal

from peewee import JOIN, Case, fn

from desk.services.capa.settings import repeat_settings
from desk.services.cases.customers import MIN_DIGITS
from desk.services.common.rows import as_datetime, plain_rows
from desk.services.reports.periods import Period
from desk.store.models.cases import Complaint
from desk.store.models.slips import CaseEvent, Compensation, HandlingSlip

RESPONSE_EVENTS = ("customer_contact", "answered_at_desk", "slip_issued", "result",
                   "written_reply")
RESULT_EVENTS = ("answered_at_desk", "result")
HOUR = 3600.0


def live():
    """Not void. Written as ``!=`` so that no engine picks the (voided, id) index over the
    date ranges the reports read by (with voided = 0 SQLite scans every case)."""
    return Complaint.voided != True  # noqa: E712


def received_in(p: Period):
    return live() & (Complaint.received_at >= p.start) & (Complaint.received_at < p.end)


def closed_in(p: Period):
    return live() & (Complaint.closed_at >= p.start) & (Complaint.closed_at < p.end)


def hours(start: dt.datetime, end: dt.datetime) -> float:
    return (end - start).total_seconds() / HOUR


def ratio(part: float, whole: float) -> float | None:
    """``part / whole``; None when ``whole`` is 0 (no cases: no figure, not 0 %)."""
    return part / whole if whole else None


def mean(values: list[float]) -> float | None:
    return ratio(sum(values), len(values))


def median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


@dataclass
class Figures:
    received: int = 0
    closed: int = 0
    closed_on_time: int = 0
    open_at_end: int = 0
    overdue_at_end: int = 0
    first_response: list[float] = field(default_factory=list)
    resolution: list[float] = field(default_factory=list)
    opinions: dict[str, int] = field(default_factory=dict)
    with_phone: int = 0
    repeats: int = 0
    repeat_days: int = 0
    compensation: Decimal = Decimal("0.00")
    slips_issued: int = 0
    slips_reviewed: int = 0

    @property
    def on_time_share(self) -> float | None:
        return ratio(self.closed_on_time, self.closed)

    @property
    def satisfaction(self) -> float | None:
        return ratio(self.opinions.get("satisfied", 0), sum(self.opinions.values()))

    @property
    def repeat_rate(self) -> float | None:
        return ratio(self.repeats, self.with_phone)

    @property
    def review_coverage(self) -> float | None:
        return ratio(self.slips_reviewed, self.slips_issued)


def open_counts(moment: dt.datetime) -> tuple[int, int]:
    """(open, overdue) at ``moment``: received before it and not closed by then.

    Two index-friendly halves: still without a closing date, or closed after ``moment``.
    """
    overdue = fn.SUM(Case(None, [(Complaint.reply_due_at < moment, 1)], 0))
    total_open = total_overdue = 0
    for still in (Complaint.closed_at.is_null(), Complaint.closed_at >= moment):
        row = (Complaint.select(fn.COUNT(Complaint.id), overdue)
               .where(live() & still & (Complaint.received_at < moment)).tuples().first())
        total_open += row[0] or 0
        total_overdue += row[1] or 0
    return total_open, total_overdue


def first_response_hours(p: Period, as_of: dt.datetime) -> list[float]:
    query = (Complaint.select(Complaint.received_at, fn.MIN(CaseEvent.at))
             .join(CaseEvent, on=(CaseEvent.complaint == Complaint.id))
             .where(received_in(p) & CaseEvent.kind.in_(RESPONSE_EVENTS)
                    & (CaseEvent.at < as_of))
             .group_by(Complaint.id, Complaint.received_at))
    return [max(0.0, hours(as_datetime(received), as_datetime(first)))
            for received, first in plain_rows(query)]


def closed_rows(p: Period):
    """Narrow rows of the cases closed in ``p``: group keys, times, the slip's opinion."""
    result_at = fn.MIN(CaseEvent.at)
    return (Complaint.select(Complaint.id, Complaint.category, Complaint.channel,
                             Complaint.severity, Complaint.tenant, Complaint.department,
                             Complaint.received_at, Complaint.reply_due_at,
                             Complaint.closed_at, result_at, fn.MAX(HandlingSlip.opinion))
            .join(CaseEvent, JOIN.LEFT_OUTER, on=((CaseEvent.complaint == Complaint.id)
                                                  & CaseEvent.kind.in_(RESULT_EVENTS)))
            .switch(Complaint)
            .join(HandlingSlip, JOIN.LEFT_OUTER,
                  on=((HandlingSlip.complaint == Complaint.id)
                      & (HandlingSlip.active == True)))  # noqa: E712
            .where(closed_in(p))
            .group_by(Complaint.id, Complaint.category, Complaint.channel, Complaint.severity,
                      Complaint.tenant, Complaint.department, Complaint.received_at,
                      Complaint.reply_due_at, Complaint.closed_at))


def resolved_at(closed_at: dt.datetime, result_at) -> dt.datetime:
    result_at = as_datetime(result_at)
    return min(result_at, closed_at) if result_at else closed_at


def repeat_counts(p: Period, days: int) -> tuple[int, int]:
    """(received cases with a usable phone number, of which repeats: the same number
    complained before within ``days``). The one repeat rate: the report, its screen and the
    tests all count with this.

    One range scan over the period and the ``days`` before it; grouping by phone is done
    here (an ``IN (phones of the period)`` lets planners walk the phone index instead)."""
    window_start = p.start - dt.timedelta(days=days)
    query = (Complaint.select(Complaint.phone_digits, Complaint.received_at)
             .where(live() & (Complaint.received_at >= window_start)
                    & (Complaint.received_at < p.end) & (Complaint.phone_digits != "")))
    seen: dict[str, list] = {}
    for phone, received in plain_rows(query):
        if len(phone) >= MIN_DIGITS:
            seen.setdefault(phone, []).append(received)
    start = p.start
    window = dt.timedelta(days=days)
    with_phone = repeats = 0
    for times in seen.values():
        times = sorted(as_datetime(t) for t in times)
        for before, received in zip([None] + times, times):
            if received >= start:
                with_phone += 1
                if before is not None and received - before <= window:
                    repeats += 1
    return with_phone, repeats


def compensation_total(p: Period) -> Decimal:
    value = (Compensation.select(fn.SUM(Compensation.amount))
             .join(Complaint).where(live() & (Compensation.approved_at >= p.start)
                                    & (Compensation.approved_at < p.end)).scalar())
    return Decimal(str(value or 0)).quantize(Decimal("0.01"))


def review_counts(start: dt.datetime, end: dt.datetime, as_of: dt.datetime | None = None
                  ) -> tuple[int, int]:
    """(handling slips issued in [start, end), of which marked reviewed by ``as_of``):
    what the daily review screen shows day by day, for a whole period. Void cases are
    left out, as everywhere."""
    from desk.store.models.review import SlipReview

    done = SlipReview.id if as_of is None else Case(
        None, [(SlipReview.reviewed_at < as_of, SlipReview.id)])
    issued = (HandlingSlip.select(fn.COUNT(HandlingSlip.id), fn.COUNT(done))
              .join(Complaint).switch(HandlingSlip)
              .join(SlipReview, JOIN.LEFT_OUTER, on=(SlipReview.slip == HandlingSlip.id))
              .where(live() & (HandlingSlip.issued_at >= start)
                     & (HandlingSlip.issued_at < end)).tuples().first())
    return issued[0] or 0, issued[1] or 0


def compute(p: Period, now: dt.datetime, on_closed_row=None) -> Figures:
    """Every summary figure of ``p``; ``on_closed_row(row, resolution_hours)`` sees each
    closed case once (the breakdowns are built from the same pass)."""
    as_of = min(p.end, now)
    fig = Figures()
    fig.received = Complaint.select().where(received_in(p)).count()
    fig.open_at_end, fig.overdue_at_end = open_counts(as_of)
    fig.first_response = first_response_hours(p, as_of)
    for row in plain_rows(closed_rows(p)):
        (cid, cat, chan, sev, ten, dep, received, due, closed, result, opinion) = row
        received, due, closed = as_datetime(received), as_datetime(due), as_datetime(closed)
        row = (cid, cat, chan, sev, ten, dep, received, due, closed, result, opinion)
        fig.closed += 1
        if closed <= due:
            fig.closed_on_time += 1
        spent = max(0.0, hours(received, resolved_at(closed, result)))
        fig.resolution.append(spent)
        if opinion:
            fig.opinions[opinion] = fig.opinions.get(opinion, 0) + 1
        if on_closed_row is not None:
            on_closed_row(row, spent)
    fig.repeat_days = repeat_settings()["customer_days"]
    fig.with_phone, fig.repeats = repeat_counts(p, fig.repeat_days)
    fig.compensation = compensation_total(p)
    fig.slips_issued, fig.slips_reviewed = review_counts(p.start, p.end, as_of)
    return fig
