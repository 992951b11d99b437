"""Repeats: problems that keep coming back, as suggestions for a corrective action.

- the same customer (phone) complaining ``customer_min`` times within ``customer_days``;
- the same object (tenant, department or staff member) with the same category
  ``object_min`` (K) times within ``object_days`` (M);
- the same category rising week on week ``rising_weeks`` times in a row, with at least
  ``rising_min`` cases in the latest week.

Windows end at the clock's now: a case received exactly ``days`` ago is inside, one a
second earlier is not. Weeks are the 7-day spans back from now. Thresholds are organisation
settings (:func:`desk.services.capa.settings.repeat_settings`). Void cases never count.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import Case, Tuple, fn

from desk.i18n import _
from desk.services.capa.settings import repeat_settings
from desk.services.cases.customers import MIN_DIGITS
from desk.services.common.clock import system_clock
from desk.services.common.rows import gc_paused, plain_rows
from desk.services.org import organisation
from desk.store.models.capa import CorrectiveAction
from desk.store.models.cases import Complaint, Department, Staff, Tenant
from desk.store.plans import unindexed
from desk.text import mask_phone

KIND_ORDER = {"repeat_object": 0, "rising_category": 1, "repeat_customer": 2}
OBJECT_MODELS = {"tenant": Tenant, "department": Department, "staff": Staff}


@dataclass
class Suggestion:
    kind: str                  # repeat_customer, repeat_object, rising_category
    key: str                   # stable: the same problem gives the same key
    case_ids: list[int]
    case_nos: list[str]
    since: dt.datetime
    until: dt.datetime
    days: int
    category_id: int | None = None
    category: str = ""
    object_type: str = ""
    object_id: int | None = None
    object_name: str = ""
    phone_digits: str = ""
    customer_name: str = ""
    weekly: list[int] = field(default_factory=list)   # rising: oldest week first
    capa_id: int | None = None                        # an open corrective action already

    @property
    def count(self) -> int:
        return len(self.case_ids)

    @property
    def customer(self) -> str:
        """The customer as shown: name and masked phone."""
        masked = mask_phone(self.phone_digits)
        return f"{self.customer_name} ({masked})" if self.customer_name else masked

    @property
    def title(self) -> str:
        if self.kind == "repeat_customer":
            return _("{customer} complained {count} times in {days} days").format(
                customer=self.customer, count=self.count, days=self.days)
        if self.kind == "repeat_object":
            return _("{object}: {count} complaints about {category} in {days} days").format(
                object=self.object_name, count=self.count, category=self.category,
                days=self.days)
        return _("{category}: complaints rising week on week ({counts})").format(
            category=self.category, counts=" → ".join(map(str, self.weekly)))

    def as_json(self) -> dict:
        return {"kind": self.kind, "key": self.key, "title": self.title, "count": self.count,
                "cases": self.case_nos, "since": self.since.isoformat(),
                "until": self.until.isoformat(), "capa_id": self.capa_id}


def object_names(model) -> dict[int, str]:
    if model is Tenant:
        return {t.id: f"{t.name} ({t.unit_no})" if t.unit_no else t.name
                for t in Tenant.select(Tenant.id, Tenant.name, Tenant.unit_no)}
    return {r.id: r.name for r in model.select(model.id, model.name)}


def detect_repeats(clock=system_clock, settings: dict | None = None) -> list[Suggestion]:
    """Current suggestions, systemic ones first, then by the number of cases."""
    return first_repeats(clock, None, settings)[0]


def first_repeats(clock=system_clock, limit: int | None = None,
                  settings: dict | None = None) -> tuple[list[Suggestion], int]:
    """(the first ``limit`` suggestions in the order of :func:`detect_repeats`, how many
    there are): the cases of the others are never read (a million cases make some 25,000
    repeat customers, and a screen lists a few hundred)."""
    with gc_paused():
        return _detect(clock, settings or repeat_settings(), limit)


@dataclass
class _Group:
    """A problem that qualifies, as the database counted it: its cases not read yet."""
    kind: str
    key: str
    count: int
    ident: tuple      # customer: (digits,); object: (type, id, category); rising: (category,)
    weekly: list[int] = field(default_factory=list)


def _order(g) -> tuple:
    return KIND_ORDER[g.kind], -g.count, g.key


def _detect(clock, s: dict, limit: int | None) -> tuple[list[Suggestion], int]:
    now = clock.now()
    groups = _customer_groups(now, s) + _object_groups(now, s) + _rising_groups(now, s)
    groups.sort(key=_order)
    chosen = groups if limit is None else groups[:limit]
    every = len(chosen) == len(groups)
    categories = {c.id: c.label for c in organisation.categories(include_inactive=True)}
    by_kind: dict[str, list[_Group]] = {}
    for group in chosen:
        by_kind.setdefault(group.kind, []).append(group)
    out = (_customers(now, s, by_kind.get("repeat_customer", []), every)
           + _objects(now, s, categories, by_kind.get("repeat_object", []), every)
           + _rising(now, s, categories, by_kind.get("rising_category", [])))
    open_capas = dict(CorrectiveAction.select(CorrectiveAction.source_key, CorrectiveAction.id)
                      .where((CorrectiveAction.status != "closed")
                             & (CorrectiveAction.source_key != ""))
                      .order_by(CorrectiveAction.id).tuples())
    for suggestion in out:
        suggestion.capa_id = open_capas.get(suggestion.key)
    out.sort(key=_order)
    return out, len(groups)


# The grouping is done by the database: only the groups that qualify are counted, and only
# the cases of the groups asked for are read (at 1M cases the window alone is some 80,000).
def _window(since: dt.datetime, now: dt.datetime, by_range: bool = True):
    """The live cases received from ``since`` to ``now``, both included: one range of the
    (voided, received_at) index, or (``by_range`` false) only checked on the rows another
    index finds."""
    voided, received = Complaint.voided, Complaint.received_at
    if not by_range:
        voided, received = unindexed(voided), unindexed(received)
    return (voided == False) & (received >= since) & (received <= now)  # noqa: E712


def _members(query) -> list[tuple]:
    """The rows of ``query`` (id, case number, then the group's columns), in time order."""
    return list(plain_rows(query.order_by(Complaint.received_at, Complaint.id)))


def _customer_window(now, s, by_range: bool = True):
    digits = Complaint.phone_digits
    since = now - dt.timedelta(days=s["customer_days"])
    return _window(since, now, by_range) & (fn.LENGTH(digits) >= MIN_DIGITS)


def _repeated_customers(now, s):
    digits = Complaint.phone_digits
    return (Complaint.select(digits, fn.COUNT(Complaint.id)).where(_customer_window(now, s))
            .group_by(digits).having(fn.COUNT(Complaint.id) >= s["customer_min"]))


def _customer_groups(now, s) -> list[_Group]:
    return [_Group("repeat_customer", f"customer:{digits}", count, (digits,))
            for digits, count in _repeated_customers(now, s).tuples()]


def _customers(now, s, chosen: list[_Group], every: bool) -> list[Suggestion]:
    if not chosen:
        return []
    days = s["customer_days"]
    since = now - dt.timedelta(days=days)
    digits = Complaint.phone_digits
    if every:
        asked = _customer_window(now, s) & digits.in_(
            _repeated_customers(now, s).select(digits))
    else:       # a few hundred customers: their cases by the phone index, not the window
        asked = (_customer_window(now, s, by_range=False)
                 & digits.in_([g.ident[0] for g in chosen]))
    groups: dict[str, list] = {}
    for row in _members(Complaint.select(Complaint.id, Complaint.case_no, digits,
                                         Complaint.complainant_name).where(asked)):
        groups.setdefault(row[2], []).append(row)
    out = []
    for key, rows in groups.items():
        name = next((r[3] for r in reversed(rows) if r[3]), "")
        out.append(Suggestion("repeat_customer", f"customer:{key}",
                              [r[0] for r in rows], [r[1] for r in rows], since, now, days,
                              phone_digits=key, customer_name=name))
    return out


def _object_window(now, s, otype: str):
    since = now - dt.timedelta(days=s["object_days"])
    return (_window(since, now) & (Complaint.object_type == otype)
            & getattr(Complaint, otype).is_null(False))


def _repeated_objects(now, s, otype: str):
    # one object type at a time: each groups by plain columns (PostgreSQL wants a grouped
    # expression to be the very one selected, bound parameters and all)
    column = getattr(Complaint, otype)
    return (Complaint.select(column, Complaint.category, fn.COUNT(Complaint.id))
            .where(_object_window(now, s, otype)).group_by(column, Complaint.category)
            .having(fn.COUNT(Complaint.id) >= s["object_min"]))


def _object_groups(now, s) -> list[_Group]:
    return [_Group("repeat_object", f"object:{otype}:{oid}:{cat}", count, (otype, oid, cat))
            for otype in OBJECT_MODELS
            for oid, cat, count in _repeated_objects(now, s, otype).tuples()]


def _objects(now, s, categories, chosen: list[_Group], every: bool) -> list[Suggestion]:
    days = s["object_days"]
    since = now - dt.timedelta(days=days)
    out = []
    for otype, model in OBJECT_MODELS.items():
        pairs = [(g.ident[1], g.ident[2]) for g in chosen if g.ident[0] == otype]
        if not pairs:
            continue
        column = getattr(Complaint, otype)
        pair = Tuple(column, Complaint.category)
        asked = (pair.in_(_repeated_objects(now, s, otype).select(column, Complaint.category))
                 if every else pair.in_([Tuple(*p) for p in pairs]))
        groups: dict[tuple, list] = {}
        for cid, case_no, oid, cat in _members(
                Complaint.select(Complaint.id, Complaint.case_no, column, Complaint.category)
                .where(_object_window(now, s, otype) & asked)):
            groups.setdefault((oid, cat), []).append((cid, case_no))
        names = object_names(model)
        for (oid, cat), rows in groups.items():
            out.append(Suggestion("repeat_object", f"object:{otype}:{oid}:{cat}",
                                  [r[0] for r in rows], [r[1] for r in rows], since, now,
                                  days, category_id=cat, category=categories.get(cat, ""),
                                  object_type=otype, object_id=oid,
                                  object_name=names.get(oid, str(oid))))
    return out


def _rising_groups(now, s) -> list[_Group]:
    weeks = s["rising_weeks"] + 1
    oldest = now - dt.timedelta(days=7 * weeks)
    # week n: received from 7(n+1) days ago (included) to 7n days ago (not included);
    # exactly 7 days ago is still this week (0). One sum per week, grouped by category.
    edges = [now] + [now - dt.timedelta(days=7 * n) for n in range(1, weeks)] + [oldest]
    received = Complaint.received_at
    sums = [fn.SUM(Case(None, [((received >= edges[n + 1])
                                & ((received < edges[n]) if n else (received <= now)), 1)], 0))
            for n in range(weeks)]
    out = []
    for cat, *per_week in (Complaint.select(Complaint.category, *sums)
                           .where(_window(oldest, now)).group_by(Complaint.category).tuples()):
        oldest_first = [int(c or 0) for c in reversed(per_week)]
        if (all(a < b for a, b in zip(oldest_first, oldest_first[1:]))
                and oldest_first[-1] >= s["rising_min"]):
            out.append(_Group("rising_category", f"rising:{cat}", oldest_first[-1], (cat,),
                              oldest_first))
    return out


def _rising(now, s, categories, chosen: list[_Group]) -> list[Suggestion]:
    if not chosen:
        return []
    weeks = s["rising_weeks"] + 1
    latest: dict[int, list] = {}
    for cid, case_no, cat in _members(
            Complaint.select(Complaint.id, Complaint.case_no, Complaint.category)
            .where(_window(now - dt.timedelta(days=7), now)
                   & Complaint.category.in_([g.ident[0] for g in chosen]))):
        latest.setdefault(cat, []).append((cid, case_no))
    out = []
    for group in chosen:
        cat = group.ident[0]
        rows = latest.get(cat, [])
        out.append(Suggestion("rising_category", f"rising:{cat}", [r[0] for r in rows],
                              [r[1] for r in rows], now - dt.timedelta(days=7 * weeks), now,
                              7 * weeks, category_id=cat, category=categories.get(cat, ""),
                              weekly=group.weekly))
    return out
