"""Rows of the big sheets, streamed from the database in the order a reader wants them.

Every generator yields plain tuples whose order matches the column lists in
``desk.services.reports.build``; nothing is held in memory beyond a cursor page.
"""
from __future__ import annotations

import datetime as dt
import heapq
from decimal import Decimal

from peewee import JOIN, Case, fn

from desk.i18n import N_
from desk.services.common import vocab
from desk.services.common.rows import as_datetime, plain_rows
from desk.services.reports.figures import (
    RESPONSE_EVENTS,
    RESULT_EVENTS,
    hours,
    live,
    received_in,
    resolved_at,
)
from desk.services.reports.names import Names
from desk.services.reports.periods import Period
from desk.store.models.cases import Complaint
from desk.store.models.slips import CaseEvent, Compensation, HandlingSlip

BATCH = 2000


def _event_times(p: Period, as_of: dt.datetime):
    """Per case: the first response and the first result (one GROUP BY subquery)."""
    first_response = fn.MIN(Case(None, [(CaseEvent.kind.in_(RESPONSE_EVENTS), CaseEvent.at)]))
    first_result = fn.MIN(Case(None, [(CaseEvent.kind.in_(RESULT_EVENTS), CaseEvent.at)]))
    return (CaseEvent.select(CaseEvent.complaint.alias("cid"),
                             first_response.alias("first_response"),
                             first_result.alias("first_result"))
            .where((CaseEvent.at < as_of) & CaseEvent.complaint.in_(
                Complaint.select(Complaint.id).where(received_in(p))))
            .group_by(CaseEvent.complaint).alias("ev"))


def _money(p: Period):
    return (Compensation.select(Compensation.complaint.alias("cid"),
                                fn.SUM(Compensation.amount).alias("amount"))
            .where(Compensation.approved_at.is_null(False) & Compensation.complaint.in_(
                Complaint.select(Complaint.id).where(received_in(p))))
            .group_by(Compensation.complaint).alias("money"))


def case_rows(p: Period, names: Names, as_of: dt.datetime):
    """Every case received in ``p``, oldest first."""
    ev = _event_times(p, as_of)
    money = _money(p)
    query = (Complaint.select(
        Complaint.case_no, Complaint.received_at, Complaint.channel, Complaint.category,
        Complaint.severity, Complaint.status, Complaint.complainant_name, Complaint.anonymous,
        Complaint.phone, Complaint.tenant, Complaint.department, Complaint.object_text,
        Complaint.description, Complaint.reply_due_at, Complaint.closed_at,
        ev.c.first_response, ev.c.first_result, HandlingSlip.opinion, money.c.amount)
        .join(ev, JOIN.LEFT_OUTER, on=(ev.c.cid == Complaint.id)).switch(Complaint)
        .join(money, JOIN.LEFT_OUTER, on=(money.c.cid == Complaint.id)).switch(Complaint)
        .join(HandlingSlip, JOIN.LEFT_OUTER,
              on=((HandlingSlip.complaint == Complaint.id)
                  & (HandlingSlip.active == True)))  # noqa: E712
        .where(received_in(p)).order_by(Complaint.received_at, Complaint.id))
    yes, no = names.yes, names.no
    for (case_no, received, channel, category, severity, status, name, anonymous, phone,
         tenant, department, object_text, description, due, closed, first_response,
         first_result, opinion, amount) in plain_rows(query):
        received, due = as_datetime(received), as_datetime(due)
        closed, first_response = as_datetime(closed), as_datetime(first_response)
        closed_open = closed if closed and closed < as_of else None
        resolution = (max(0.0, hours(received, resolved_at(closed_open, first_result)))
                      if closed_open else None)
        yield (case_no, received, names.channels.get(channel, ""),
               names.categories.get(category, ""), names.severity(severity),
               names.status(status), name or ("—" if anonymous else ""), phone,
               names.object_name(tenant, department, object_text), description, due,
               first_response,
               max(0.0, hours(received, first_response)) if first_response else None,
               closed_open, resolution,
               (yes if closed_open <= due else no) if closed_open else "",
               names.opinion(opinion),
               Decimal(str(amount)).quantize(Decimal("0.01")) if amount else None)


def overdue_rows(as_of: dt.datetime, names: Names):
    """Cases open at ``as_of`` whose promised reply date has passed, most overdue first.

    Two index-friendly halves (no closing date yet / closed after ``as_of``), merged. The
    second is sorted here: asked to order it, planners walk the reply-date index instead
    of the closing-date one (a second per million cases)."""
    def half(still, ordered: bool):
        query = (Complaint.select(
            Complaint.reply_due_at, Complaint.id, Complaint.case_no, Complaint.received_at,
            Complaint.status, Complaint.severity, Complaint.category, Complaint.tenant,
            Complaint.department, Complaint.object_text, Complaint.complainant_name,
            Complaint.anonymous, Complaint.phone, Complaint.description, HandlingSlip.level)
            .join(HandlingSlip, JOIN.LEFT_OUTER,
                  on=((HandlingSlip.complaint == Complaint.id)
                      & (HandlingSlip.active == True)))  # noqa: E712
            .where(live() & still & (Complaint.received_at < as_of)
                   & (Complaint.reply_due_at < as_of)))
        return query.order_by(Complaint.reply_due_at, Complaint.id) if ordered else query

    def key(row):
        return as_datetime(row[0]), row[1]

    closed_later = sorted(plain_rows(half(Complaint.closed_at >= as_of, False)), key=key)
    merged = heapq.merge(plain_rows(half(Complaint.closed_at.is_null(), True)), closed_later,
                         key=key)
    for (due, _id, case_no, received, status, severity, category, tenant, department,
         object_text, name, anonymous, phone, description, level) in merged:
        due, received = as_datetime(due), as_datetime(received)
        yield (case_no, received, due, hours(due, as_of), names.status(status),
               names.severity(severity), names.categories.get(category, ""),
               names.object_name(tenant, department, object_text),
               names.label(vocab.LEVELS, level) if level else "",
               name or ("—" if anonymous else ""), phone, description)


def compensation_rows(p: Period, names: Names):
    """Compensation approved in ``p``, then proposals from ``p`` still waiting."""
    approved = (Compensation.approved_at >= p.start) & (Compensation.approved_at < p.end)
    waiting = (Compensation.approved_at.is_null() & (Compensation.proposed_at >= p.start)
               & (Compensation.proposed_at < p.end))
    query = (Compensation.select(
        Compensation.proposed_at, Compensation.approved_at, Complaint.case_no,
        Compensation.kind, Compensation.amount, Compensation.needs_role,
        Compensation.approved_by, Compensation.note)
        .join(Complaint).where(live() & (approved | waiting))
        .order_by(Compensation.approved_at.is_null(), Compensation.proposed_at,
                  Compensation.id).tuples())
    waiting_text = names.t(N_("Waiting for approval"))
    for proposed, approved_at, case_no, kind, amount, needs, approver, note in \
            query.iterator():
        state = (names.staff.get(approver, "") if approved_at else
                 f"{waiting_text}: {names.label(vocab.ROLES, needs)}" if needs else
                 waiting_text)
        yield (approved_at or proposed, case_no, names.label(vocab.COMPENSATION_KINDS, kind),
               Decimal(str(amount)).quantize(Decimal("0.01")), state, note)


def compensation_count(p: Period) -> int:
    return (Compensation.select().join(Complaint)
            .where(live() & (((Compensation.approved_at >= p.start)
                              & (Compensation.approved_at < p.end))
                             | (Compensation.approved_at.is_null()
                                & (Compensation.proposed_at >= p.start)
                                & (Compensation.proposed_at < p.end)))).count())
