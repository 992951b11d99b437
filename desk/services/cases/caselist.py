"""The case list: filtered, searched pages of complaints, newest first, never all at once."""
from __future__ import annotations

import datetime as dt
import re
from functools import reduce
from operator import and_

from peewee import OP, SQL, Expression, NodeList, Value, fn

from desk.services.cases.caserows import CaseFilter, CaseRow, setup_names
from desk.services.common import vocab
from desk.services.common.calendar import deadline_state
from desk.services.common.clock import system_clock
from desk.services.common.validation import phone_digits
from desk.store import plans, search
from desk.store.models.cases import Complaint, Department, Tenant
from desk.store.models.slips import HandlingSlip
from desk.text import clean_text

SUMMARY_LENGTH = 80


def _conditions(flt: CaseFilter, now: dt.datetime, indexed: bool = True) -> list:
    """The filter as conditions whose plan needs no statistics (``desk.store.plans``): a
    page walks the primary key, or an ``(x, id)`` index for one chosen value, newest first
    and stops when it is full; several values of a column and date bounds are checked row
    by row on that walk, and a date range also bounds the ids walked.

    ``indexed`` False: every condition is checked row by row (a sorted list walks the
    index of its sort column)."""
    conds = []
    key = (lambda column: column) if indexed else plans.unindexed
    if flt.only_voided:
        conds.append(Complaint.voided)   # bare column: matches the partial index of void cases
    elif not flt.include_voided:
        conds.append(plans.live(Complaint))
    for values, column in ((flt.statuses, Complaint.status), (flt.severities, Complaint.severity),
                           (flt.category_ids, Complaint.category),
                           (flt.channel_ids, Complaint.channel)):
        values = list(dict.fromkeys(values))
        if len(values) == 1:
            conds.append(key(column) == column.db_value(values[0]))
        elif values:
            conds.append(plans.unindexed(column).in_([column.db_value(v) for v in values]))
    # A department or shop: the cases about it and the cases whose slip went to it.
    for values, column, slip_column in (
            (flt.department_ids, Complaint.department, HandlingSlip.department),
            (flt.tenant_ids, Complaint.tenant, HandlingSlip.tenant)):
        if values:
            sent = HandlingSlip.select(HandlingSlip.complaint).where(
                slip_column.in_(list(values)))
            conds.append(plans.unindexed(column).in_(list(values))
                         | key(Complaint.id).in_(sent))
    start = end = None
    if flt.received_from:
        start = dt.datetime.combine(flt.received_from, dt.time())
        conds.append(plans.unindexed(Complaint.received_at) >= Complaint.received_at.db_value(start))
    if flt.received_to:
        end = dt.datetime.combine(flt.received_to + dt.timedelta(days=1), dt.time())
        conds.append(plans.unindexed(Complaint.received_at) < Complaint.received_at.db_value(end))
    if start or end:
        conds.extend(_id_bounds(start, end, key))
    if flt.site_ids:
        conds.append(site_condition(flt.site_ids))
    if flt.overdue_only:
        conds.append(plans.unindexed(Complaint.status).in_(list(vocab.OPEN_STATUSES)))
        conds.append(plans.unindexed(Complaint.reply_due_at)
                     < Complaint.reply_due_at.db_value(now))
    return conds


def site_condition(site_ids):
    """The cases of these sites, and those recorded before the desks had sites (none)."""
    column = plans.unindexed(Complaint.site)
    return column.in_(list(site_ids)) | column.is_null()


def _id_bounds(start: dt.datetime | None, end: dt.datetime | None, key=None) -> list:
    """The ids of the cases received in ``[start, end)``, from the ``received_at`` index,
    as bounds for a walk of the primary key."""
    where = []
    if start:
        where.append(Complaint.received_at >= start)
    if end:
        where.append(Complaint.received_at < end)
    low, high = (Complaint.select(fn.MIN(Complaint.id), fn.MAX(Complaint.id))
                 .where(reduce(and_, where)).tuples().get())
    column = (key or (lambda c: c))(Complaint.id)
    if low is None:
        return [column < 0]
    return [column >= low, column <= high]


def _select():
    return (Complaint.select(
        Complaint.id, Complaint.case_no, Complaint.status, Complaint.severity,
        Complaint.category, Complaint.channel, Complaint.received_at, Complaint.reply_due_at,
        Complaint.complainant_name, Complaint.anonymous, Complaint.phone,
        Complaint.object_type, Complaint.tenant, Complaint.department, Complaint.object_text,
        fn.SUBSTR(Complaint.description, 1, SUMMARY_LENGTH).alias("summary"), Complaint.voided,
        Complaint.closed_at, Complaint.phone_digits)
        .namedtuples())   # plain rows: a page is read several times faster than as models


class _Names:
    """Labels of a page's ids, from the lists kept between pages (``setup_names``)."""

    def __init__(self, now: dt.datetime | None = None):
        known = setup_names()
        self.now = now
        self.calendar = known.calendar if now is not None else None
        self.categories = {key: vocab.display_name(vocab.DEFAULT_CATEGORIES, code, name)
                           for key, (code, name) in known.categories.items()}
        self.channels = {key: vocab.display_name(vocab.DEFAULT_CHANNELS, code, name)
                         for key, (code, name) in known.channels.items()}
        self.tenants = known.tenants
        self.departments = known.departments

    def row(self, c) -> CaseRow:
        """A ``CaseRow`` from one row of ``_select()``; foreign keys arrive as ids."""
        if c.tenant:
            obj = self.tenants.get(c.tenant, "")
        elif c.department:
            obj = self.departments.get(c.department, "")
        else:
            obj = c.object_text
        summary = " ".join((c.summary or "").split())
        state = "none"
        if self.now is not None and c.status in vocab.OPEN_STATUSES and not c.voided:
            state = deadline_state(c.received_at, c.reply_due_at, self.now, self.calendar)
        return CaseRow(
            id=c.id, case_no=c.case_no, status=c.status, severity=c.severity,
            category=self.categories.get(c.category, ""),
            channel=self.channels.get(c.channel, ""), received_at=c.received_at,
            reply_due_at=c.reply_due_at,
            complainant=c.complainant_name or ("—" if c.anonymous else ""),
            phone=c.phone, object=obj, summary=summary, voided=bool(c.voided),
            closed_at=c.closed_at, deadline_state=state, phone_digits=c.phone_digits or "",
            category_id=c.category or 0, channel_id=c.channel or 0)


def _search_terms(flt: CaseFilter) -> tuple[str, ...]:
    """What to look for: the text as typed (case number, name, words) and, when it looks
    like a phone number, its digits as stored (``+86 138-1234-5678`` -> ``13812345678``)."""
    text = search.normalise_query(clean_text(flt.text))
    if not text:
        return ()
    digits = phone_digits(text) if search.looks_like_phone(text) else ""
    return (text, digits) if digits and digits != text else (text,)


def _contains(column, text: str):
    """``column`` contains ``text`` literally (``%`` and ``_`` are not wildcards)."""
    pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return Expression(column, OP.ILIKE, NodeList((Value(pattern), SQL("ESCAPE '\\'"))))


#: At most this many tenants or departments whose names match a search are looked for.
MAX_PARTIES = 50


def _party_condition(text: str):
    """Cases about a tenant or department whose name (or unit number) contains ``text``,
    or whose slip went to one; ``None`` when no name matches (the usual case)."""
    if len(text) < 2:
        return None
    tenants = [t for (t,) in Tenant.select(Tenant.id).where(
        _contains(Tenant.name, text) | _contains(Tenant.unit_no, text))
        .limit(MAX_PARTIES).tuples()]
    departments = [d for (d,) in Department.select(Department.id).where(
        _contains(Department.name, text)).limit(MAX_PARTIES).tuples()]
    if not tenants and not departments:
        return None
    slipped = HandlingSlip.select(HandlingSlip.complaint).where(
        HandlingSlip.tenant.in_(tenants) | HandlingSlip.department.in_(departments))
    return (Complaint.tenant.in_(tenants) | Complaint.department.in_(departments)
            | Complaint.id.in_(slipped))


def _text_conditions(terms: tuple[str, ...], parties=None) -> list:
    text = terms[0]
    cond = (_contains(Complaint.case_no, text) | _contains(Complaint.complainant_name, text)
            | _contains(Complaint.description, text))
    digits = terms[1] if len(terms) > 1 else (text if text.isdigit() else "")
    if digits:
        cond = cond | _contains(Complaint.phone_digits, digits)
    parties = _party_condition(text) if parties is None else parties
    if parties is not None:
        cond = cond | parties
    return [cond]


_CASE_NO = re.compile(r"^\d{8}-\d{4,}$")
#: A one- or two-character query first scans this many of the newest cases: a common word
#: fills the page there at once, and only a rare one goes to the index (where looking up
#: the trigrams that begin with a very common word costs more than this scan).
SHORT_QUERY_WINDOW = 3000


def _text_plan(terms: tuple[str, ...]) -> tuple[str | None, list]:
    """How to search: (an index query, or ``None`` for the table; conditions to add).

    A whole case number is looked up in its unique index (its digits are in every case
    number, so the text index would have to merge very long lists to find it).
    """
    if not terms:
        return None, []
    if _CASE_NO.match(terms[0]):
        return None, [Complaint.case_no == terms[0]]
    parties = _party_condition(terms[0])
    if parties is not None:   # a tenant's or department's name: not in the text index
        return None, _text_conditions(terms, parties)
    query = search.index_query(terms)
    if query is not None:
        return query, []
    return None, _text_conditions(terms)


def _newest_window(terms: tuple[str, ...], conds: list, before_id: int | None,
                   limit: int) -> list | None:
    """The page from the newest ``SHORT_QUERY_WINDOW`` cases below ``before_id`` when it
    is complete there, else ``None``."""
    top = before_id if before_id is not None else (
        Complaint.select(fn.MAX(Complaint.id)).scalar() or 0) + 1
    floor = top - SHORT_QUERY_WINDOW
    where = conds + _text_conditions(terms) + [Complaint.id < top]
    if floor > 1:
        where.append(Complaint.id >= floor)
    rows = list(_select().where(reduce(and_, where)).order_by(Complaint.id.desc())
                .limit(limit))
    return rows if len(rows) >= limit or floor <= 1 else None


def sort_applies(flt: CaseFilter) -> bool:
    """Whether ``flt.sort`` orders the list: a search lists its finds newest first."""
    return bool(flt.sort) and not _search_terms(flt)


def fetch_page(flt: CaseFilter, before_id: int | None = None, limit: int = 100,
               clock=system_clock, after: CaseRow | None = None) -> list[CaseRow]:
    """Up to ``limit`` rows after the row ``after`` in the list's order (keyset paging:
    newest first, or by ``flt.sort`` with ties by id); ``before_id`` instead of ``after``
    for the newest-first order."""
    now = clock.now()
    names = _Names(now)
    if sort_applies(flt):
        from desk.services.cases import casesort
        rows = casesort.sorted_page(flt, _conditions(flt, now, indexed=False), _select,
                                    after, limit)
        return [names.row(c) for c in rows]
    if before_id is None and after is not None:
        before_id = after.id
    conds = _conditions(flt, now)
    terms = _search_terms(flt)
    if (terms and not _CASE_NO.match(terms[0])
            and any(len(t) < search.MIN_INDEXED_LENGTH for t in terms)):
        rows = _newest_window(terms, conds, before_id, limit)
        if rows is not None:
            return [names.row(c) for c in rows]
    index_query, text_conds = _text_plan(terms)
    if index_query is not None:
        return [names.row(c) for c in _indexed_page(index_query, conds, before_id, limit)]
    conds += text_conds
    if before_id is not None:
        conds.append(Complaint.id < before_id)
    query = _select().order_by(Complaint.id.desc()).limit(limit)
    if conds:
        query = query.where(reduce(and_, conds))
    return [names.row(c) for c in query]


#: Index matches checked against the filters per query (bounded: SQL variable limits).
MAX_BATCH = 2000


def _indexed_page(index_query: str, conds: list, before_id: int | None,
                  limit: int) -> list:
    """Walk index matches newest first in batches, keep those that pass the filters."""
    found: list = []
    batch: list[int] = []
    size = min(max(limit * 4, 200), MAX_BATCH)
    ids = search.matching_ids(index_query, before_id, batch=size)

    def flush():
        where = [Complaint.id.in_(batch)] + conds
        # batches come newest first: only the rows still missing from the page are loaded
        query = (_select().where(reduce(and_, where)).order_by(Complaint.id.desc())
                 .limit(limit - len(found)))
        found.extend(query)
        batch.clear()

    for complaint_id in ids:
        batch.append(complaint_id)
        if len(batch) >= size:
            flush()
            if len(found) >= limit:
                break
    if batch and len(found) < limit:
        flush()
    return found[:limit]


def count(flt: CaseFilter, clock=system_clock, cap: int | None = None) -> int:
    """How many cases pass the filter (a search counts up to ``cap`` when given)."""
    now = clock.now()
    conds = _conditions(flt, now)
    index_query, text_conds = _text_plan(_search_terms(flt))
    if index_query is not None:
        total = 0
        for _id in _indexed_ids(index_query, conds, cap):
            total += 1
        return total
    conds += text_conds
    query = Complaint.select(Complaint.id)
    if conds:
        query = query.where(reduce(and_, conds))
    if cap:
        return query.limit(cap).count()
    return query.count()


def _indexed_ids(index_query: str, conds: list, cap: int | None):
    """Ids of index matches that pass the filters, up to ``cap``, without loading rows."""
    seen = 0
    batch: list[int] = []

    def passing() -> list[int]:
        query = Complaint.select(Complaint.id).where(reduce(and_, [Complaint.id.in_(batch)]
                                                            + conds))
        return [row.id for row in query]

    for complaint_id in search.matching_ids(index_query, None, batch=MAX_BATCH):
        batch.append(complaint_id)
        if len(batch) >= MAX_BATCH:
            for found in passing():
                yield found
                seen += 1
                if cap and seen >= cap:
                    return
            batch.clear()
    if batch:
        for found in passing():
            yield found
            seen += 1
            if cap and seen >= cap:
                return
