"""Report sections that rest on the revisit log and the corrective-action record.

Those records come with their own feature; until its tables exist (an older database, or a
build without it) every function here answers ``None`` and the report says "no data yet"
instead of failing.
"""
from __future__ import annotations

import datetime as dt
import logging
from types import SimpleNamespace

from peewee import JOIN, fn

from desk.services.cases.customers import MIN_DIGITS
from desk.services.common.rows import plain_rows
from desk.services.reports.figures import ratio
from desk.services.reports.names import Names
from desk.services.reports.periods import Period
from desk.store.db import database

log = logging.getLogger("desk.reports")


def _models():
    """The revisit models and vocabulary, or None when this database has no such tables."""
    try:
        from desk.services.common import vocab
        from desk.store.models.capa import CapaAction, CorrectiveAction
        from desk.store.models.cases import Complaint
        from desk.store.models.revisits import Revisit, RevisitCase
    except ImportError:
        return None
    tables = set(database.get_tables())
    needed = (Revisit, CorrectiveAction, CapaAction)
    if any(m._meta.table_name not in tables for m in needed):
        return None
    return SimpleNamespace(Revisit=Revisit, RevisitCase=RevisitCase, Complaint=Complaint,
                           CorrectiveAction=CorrectiveAction, CapaAction=CapaAction), vocab


def _day_range(p: Period):
    return p.first_day, p.last_day


def revisit_figures(p: Period, as_of: dt.datetime) -> tuple[float | None, float | None, int] | None:
    """(revisit coverage, mean satisfaction 1-5 at the revisits finished in ``p``, customers
    the coverage rests on); None without the revisit log.

    Revisit coverage, the one definition the report, its screen and the tests use: of the
    customers who complained in the period before ``p`` (merged by phone number as in the
    monthly campaign; an anonymous case without a number has nobody to reach), the share
    that a revisit of any kind had reached by ``as_of``. A monthly report thus shows how
    much of its month's campaign, which revisits the month before's complainants
    (002 §4.6 ②), reached its customers."""
    found = _models()
    if found is None:
        return None
    m, _v = found
    from desk.services.revisits.campaign import customer_key

    before = p.previous()
    complained = ((m.Complaint.received_at >= before.start)
                  & (m.Complaint.received_at < before.end) & (m.Complaint.voided == False))  # noqa: E712
    keys: dict[int, str] = {}
    for cid, digits, anonymous in plain_rows(m.Complaint.select(
            m.Complaint.id, m.Complaint.phone_digits, m.Complaint.anonymous).where(complained)):
        if anonymous and len(digits or "") < MIN_DIGITS:
            continue
        keys[cid] = customer_key(cid, digits)
    reached = {keys[cid] for (cid,) in plain_rows(
        m.RevisitCase.select(m.RevisitCase.complaint)
        .join(m.Revisit, on=(m.RevisitCase.revisit == m.Revisit.id))
        .join(m.Complaint, on=(m.RevisitCase.complaint == m.Complaint.id))
        .where(complained & (m.Revisit.reached_at < as_of))) if cid in keys}
    customers = len(set(keys.values()))
    score = (m.Revisit.select(fn.AVG(m.Revisit.satisfaction))
             .where((m.Revisit.done_at >= p.start) & (m.Revisit.done_at < p.end)
                    & m.Revisit.satisfaction.is_null(False)).scalar())
    return (ratio(len(reached), customers),
            (float(score) if score is not None else None), customers)


def revisit_rows(p: Period, names: Names):
    """Revisits due in ``p`` (a generator), or None without the revisit log."""
    found = _models()
    if found is None:
        return None
    m, v = found
    first, last = _day_range(p)
    query = (m.Revisit.select(m.Revisit.due_date, m.Complaint.case_no,
                              m.Revisit.customer_name, m.Revisit.phone_digits,
                              m.Revisit.kind, m.Revisit.status, m.Revisit.reached_at,
                              m.Revisit.satisfaction, m.Revisit.outcome, m.Revisit.words)
             .join(m.Complaint, JOIN.LEFT_OUTER, on=(m.Revisit.complaint == m.Complaint.id))
             .where((m.Revisit.due_date >= first) & (m.Revisit.due_date <= last))
             .order_by(m.Revisit.due_date, m.Revisit.id).tuples())

    def rows():
        for due, case_no, name, phone, kind, status, reached, score, outcome, words in \
                query.iterator():
            yield (due, case_no or "", name, phone, names.label(v.REVISIT_KINDS, kind),
                   names.label(v.REVISIT_STATUSES, status), reached, score,
                   names.label(v.OUTCOMES, outcome) if outcome else "", words)
    return rows()


def capa_rows(p: Period, names: Names):
    """Corrective actions open during ``p`` or opened in it, or None without the record."""
    found = _models()
    if found is None:
        return None
    m, v = found
    ca, act = m.CorrectiveAction, m.CapaAction
    counts = (act.select(act.capa.alias("capa_id"), fn.COUNT(act.id).alias("total"),
                         fn.COUNT(act.done).alias("done"), fn.MIN(
                             act.due).alias("next_due"))
              .group_by(act.capa).alias("acts"))
    query = (ca.select(ca.opened_at, ca.problem, ca.root_cause_category, ca.status,
                       counts.c.total, counts.c.done, counts.c.next_due, ca.effective)
             .join(counts, JOIN.LEFT_OUTER, on=(counts.c.capa_id == ca.id))
             .where((ca.opened_at < p.end) & ((ca.status != "closed")
                                              | (ca.updated_at >= p.start)))
             .order_by(ca.opened_at, ca.id).tuples())
    yes, no = names.yes, names.no

    def rows():
        for opened, problem, cause, status, total, done, next_due, effective in \
                query.iterator():
            if isinstance(next_due, str):
                next_due = dt.date.fromisoformat(next_due)
            yield (opened, problem, names.label(v.ROOT_CAUSES, cause) if cause else "",
                   names.label(v.CAPA_STATUSES, status), total or 0, done or 0, next_due,
                   "" if effective is None else (yes if effective else no))
    return rows()
