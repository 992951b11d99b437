"""Breakdowns by category, channel, department/tenant and severity, and the daily trend.

Received cases are counted with one GROUP BY over every dimension at once; the closed
cases come from the pass ``figures.compute`` makes anyway (their resolution times need
Python date arithmetic).
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from peewee import fn

from desk.i18n import N_
from desk.services.common import vocab
from desk.services.reports.figures import ratio, received_in
from desk.services.reports.names import Names
from desk.services.reports.periods import Period
from desk.store.models.cases import Complaint

DIMENSIONS = ("category", "channel", "object", "severity")
OBJECT_KINDS = {"tenant": N_("Tenant"), "department": N_("Department"),
                "other": N_("Other")}


@dataclass
class Group:
    received: int = 0
    closed: int = 0
    on_time: int = 0
    hours_total: float = 0.0

    @property
    def on_time_share(self) -> float | None:
        return ratio(self.on_time, self.closed)

    @property
    def mean_hours(self) -> float | None:
        return ratio(self.hours_total, self.closed)


def _object_key(tenant_id, department_id) -> tuple[str, int | None]:
    if tenant_id:
        return ("tenant", tenant_id)
    if department_id:
        return ("department", department_id)
    return ("other", None)


class Breakdowns:
    """Collects the four breakdowns of one period."""

    def __init__(self):
        self.groups: dict[str, dict] = {d: defaultdict(Group) for d in DIMENSIONS}
        self.closed_by_day: dict[dt.date, int] = defaultdict(int)

    def _keys(self, category, channel, severity, tenant, department):
        return {"category": category, "channel": channel, "severity": severity,
                "object": _object_key(tenant, department)}

    def count_received(self, p: Period) -> None:
        query = (Complaint.select(Complaint.category, Complaint.channel, Complaint.severity,
                                  Complaint.tenant, Complaint.department,
                                  fn.COUNT(Complaint.id))
                 .where(received_in(p))
                 .group_by(Complaint.category, Complaint.channel, Complaint.severity,
                           Complaint.tenant, Complaint.department).tuples())
        for category, channel, severity, tenant, department, count in query:
            for dim, key in self._keys(category, channel, severity, tenant,
                                       department).items():
                self.groups[dim][key].received += count

    def add_closed(self, row, spent: float) -> None:
        (_id, category, channel, severity, tenant, department, _received, due, closed,
         _result, _opinion) = row
        on_time = closed <= due
        for dim, key in self._keys(category, channel, severity, tenant, department).items():
            group = self.groups[dim][key]
            group.closed += 1
            group.on_time += on_time
            group.hours_total += spent
        self.closed_by_day[closed.date()] += 1

    # ---------------------------------------------------------------- rows for the sheets

    def rows(self, dim: str, names: Names) -> list[tuple]:
        """(name, received, share of received, closed, on time, on-time share, mean hours)
        per group, biggest first; configured categories and channels with no case are
        listed too so that week-on-week sheets keep the same rows."""
        groups = self.groups[dim]
        total = sum(g.received for g in groups.values())
        keys = list(groups)
        if dim == "category":
            keys = list(dict.fromkeys(names.category_order + keys))
        elif dim == "channel":
            keys = list(dict.fromkeys(names.channel_order + keys))
        elif dim == "severity":
            keys = list(dict.fromkeys(list(vocab.SEVERITIES) + keys))
        out = []
        for key in keys:
            group = groups.get(key) or Group()
            out.append((*self._name(dim, key, names), group.received,
                        ratio(group.received, total), group.closed,
                        group.on_time, group.on_time_share, group.mean_hours))
        if dim in ("category", "channel", "object"):
            out.sort(key=lambda r: (-r[-6], -r[-4]))
        return out

    def total(self, dim: str, label: str) -> tuple:
        groups = self.groups[dim].values()
        whole = Group(sum(g.received for g in groups), sum(g.closed for g in groups),
                      sum(g.on_time for g in groups), sum(g.hours_total for g in groups))
        lead = (label, "") if dim == "object" else (label,)
        return (*lead, whole.received, 1.0 if whole.received else None, whole.closed,
                whole.on_time, whole.on_time_share, whole.mean_hours)

    @staticmethod
    def _name(dim: str, key, names: Names) -> tuple:
        if dim == "category":
            return (names.categories.get(key, str(key)),)
        if dim == "channel":
            return (names.channels.get(key, str(key)),)
        if dim == "severity":
            return (names.severity(key),)
        kind, row_id = key
        if kind == "tenant":
            return (names.t(OBJECT_KINDS[kind]), names.tenants.get(row_id, str(row_id)))
        if kind == "department":
            return (names.t(OBJECT_KINDS[kind]), names.departments.get(row_id, str(row_id)))
        return (names.t(OBJECT_KINDS["other"]), names.t(N_("Product, service or other")))


def received_by_day(p: Period) -> dict[dt.date, int]:
    counts: dict[dt.date, int] = defaultdict(int)
    for (received,) in Complaint.select(Complaint.received_at).where(received_in(p)).tuples():
        counts[received.date()] += 1
    return counts


def daily_trend(p: Period, received: dict[dt.date, int], closed: dict[dt.date, int],
                open_at_start: int, now: dt.datetime) -> list[tuple]:
    """(day, received, closed, open at the end of the day) for each day of ``p`` up to
    today; open cases carry over: open(d) = open(d-1) + received(d) - closed(d)."""
    rows = []
    still_open = open_at_start
    for day in p.days():
        if dt.datetime.combine(day, dt.time()) > now:
            break
        still_open += received.get(day, 0) - closed.get(day, 0)
        rows.append((day, received.get(day, 0), closed.get(day, 0), still_open))
    return rows
