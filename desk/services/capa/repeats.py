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

import bisect
import datetime as dt
import math
from dataclasses import dataclass, field

from desk.i18n import _
from desk.services.capa.settings import repeat_settings
from desk.services.cases.customers import MIN_DIGITS
from desk.services.common.clock import system_clock
from desk.services.common.rows import as_datetime, gc_paused, plain_rows
from desk.services.org import organisation
from desk.store.models.capa import CorrectiveAction
from desk.store.models.cases import Complaint, Department, Staff, Tenant
from desk.text import mask_phone

KIND_ORDER = {"repeat_object": 0, "rising_category": 1, "repeat_customer": 2}
WEEK = 7 * 86400
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
    with gc_paused():
        return _detect(clock, settings or repeat_settings())


def _detect(clock, s: dict) -> list[Suggestion]:
    now = clock.now()
    span = max(s["customer_days"], s["object_days"], 7 * (s["rising_weeks"] + 1))
    query = (Complaint.select(Complaint.id, Complaint.case_no, Complaint.received_at,
                              Complaint.phone_digits, Complaint.complainant_name,
                              Complaint.object_type, Complaint.tenant, Complaint.department,
                              Complaint.staff, Complaint.category)
             .where((Complaint.received_at >= now - dt.timedelta(days=span))
                    & (Complaint.received_at <= now)
                    & (Complaint.voided == False))  # noqa: E712
             .order_by(Complaint.received_at, Complaint.id))
    cases = [(cid, no, as_datetime(at), digits, name, otype, tenant, dept, staff, cat)
             for cid, no, at, digits, name, otype, tenant, dept, staff, cat in plain_rows(query)]
    categories = {c.id: c.label for c in organisation.categories(include_inactive=True)}
    out = (_customers(cases, now, s) + _objects(cases, now, s, categories)
           + _rising(cases, now, s, categories))
    open_capas = dict(CorrectiveAction.select(CorrectiveAction.source_key, CorrectiveAction.id)
                      .where((CorrectiveAction.status != "closed")
                             & (CorrectiveAction.source_key != ""))
                      .order_by(CorrectiveAction.id).tuples())
    for suggestion in out:
        suggestion.capa_id = open_capas.get(suggestion.key)
    out.sort(key=lambda g: (KIND_ORDER[g.kind], -g.count, g.key))
    return out


def _customers(cases, now, s) -> list[Suggestion]:
    days = s["customer_days"]
    since = now - dt.timedelta(days=days)
    first = bisect.bisect_left(cases, since, key=lambda c: c[2])   # cases are in time order
    groups: dict[str, list] = {}
    for case in cases[first:]:
        digits = case[3]
        if digits and len(digits) >= MIN_DIGITS:
            group = groups.get(digits)
            if group is None:
                groups[digits] = [case]
            else:
                group.append(case)
    least = s["customer_min"]
    out = []
    for digits, rows in groups.items():
        if len(rows) >= least:
            name = next((r[4] for r in reversed(rows) if r[4]), "")
            out.append(Suggestion("repeat_customer", f"customer:{digits}",
                                  [r[0] for r in rows], [r[1] for r in rows], since, now, days,
                                  phone_digits=digits, customer_name=name))
    return out


def _objects(cases, now, s, categories) -> list[Suggestion]:
    days = s["object_days"]
    since = now - dt.timedelta(days=days)
    groups: dict[tuple, list] = {}
    for case in cases[bisect.bisect_left(cases, since, key=lambda c: c[2]):]:
        otype, ids = case[5], {"tenant": case[6], "department": case[7], "staff": case[8]}
        if ids.get(otype):
            groups.setdefault((otype, ids[otype], case[9]), []).append(case)
    names = {}
    out = []
    for (otype, oid, cat), rows in groups.items():
        if len(rows) < s["object_min"]:
            continue
        if otype not in names:
            names[otype] = object_names(OBJECT_MODELS[otype])
        out.append(Suggestion("repeat_object", f"object:{otype}:{oid}:{cat}",
                              [r[0] for r in rows], [r[1] for r in rows], since, now, days,
                              category_id=cat, category=categories.get(cat, ""),
                              object_type=otype, object_id=oid,
                              object_name=names[otype].get(oid, str(oid))))
    return out


def _rising(cases, now, s, categories) -> list[Suggestion]:
    weeks = s["rising_weeks"] + 1
    counts: dict[int, list[int]] = {}
    latest: dict[int, list] = {}
    oldest = now - dt.timedelta(days=7 * weeks)
    for case in cases[bisect.bisect_left(cases, oldest, key=lambda c: c[2]):]:
        age = (now - case[2]).total_seconds()
        week = max(0, math.ceil(age / WEEK) - 1)   # exactly 7 days ago: still this week
        if week >= weeks:
            continue
        counts.setdefault(case[9], [0] * weeks)[week] += 1
        if week == 0:
            latest.setdefault(case[9], []).append(case)
    out = []
    for cat, per_week in counts.items():
        oldest_first = list(reversed(per_week))
        rising = all(a < b for a, b in zip(oldest_first, oldest_first[1:]))
        if rising and per_week[0] >= s["rising_min"]:
            rows = latest.get(cat, [])
            out.append(Suggestion("rising_category", f"rising:{cat}", [r[0] for r in rows],
                                  [r[1] for r in rows], now - dt.timedelta(days=7 * weeks), now,
                                  7 * weeks, category_id=cat, category=categories.get(cat, ""),
                                  weekly=oldest_first))
    return out
