"""The case list's filter and its rows, as plain data (``caselist`` reads them)."""
from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass, field

from desk.services.common import vocab


@dataclass
class CaseFilter:
    statuses: list[str] = field(default_factory=list)
    category_ids: list[int] = field(default_factory=list)
    channel_ids: list[int] = field(default_factory=list)
    severities: list[str] = field(default_factory=list)
    department_ids: list[int] = field(default_factory=list)
    tenant_ids: list[int] = field(default_factory=list)
    received_from: dt.date | None = None
    received_to: dt.date | None = None   # inclusive
    text: str = ""
    include_voided: bool = False
    only_voided: bool = False
    overdue_only: bool = False
    site_ids: list[int] = field(default_factory=list)   # none: every site
    sort: str = ""              # a column of ``casesort.SORTABLE``; "" for newest first
    descending: bool = True


@dataclass
class CaseRow:
    id: int
    case_no: str
    status: str
    severity: str
    category: str
    channel: str
    received_at: dt.datetime
    reply_due_at: dt.datetime
    complainant: str
    phone: str
    object: str
    summary: str
    voided: bool
    closed_at: dt.datetime | None = None
    deadline_state: str = "none"    # when read: 'ok', 'warning' (pre-breach), 'overdue'
    phone_digits: str = ""
    category_id: int = 0
    channel_id: int = 0

    def age(self, now: dt.datetime) -> dt.timedelta:
        """Time since the case was received; a closed case's clock stopped at its close."""
        if self.status == "closed" and self.closed_at is not None:
            return self.closed_at - self.received_at
        return now - self.received_at

    def is_overdue(self, now: dt.datetime) -> bool:
        return self.status in vocab.OPEN_STATUSES and self.reply_due_at < now and not self.voided

    def as_json(self) -> dict:
        return {
            "case_no": self.case_no, "status": self.status, "severity": self.severity,
            "category": self.category, "channel": self.channel,
            "received_at": self.received_at.isoformat(),
            "reply_due_at": self.reply_due_at.isoformat(),
            "complainant": self.complainant, "phone": self.phone, "object": self.object,
            "summary": self.summary, "voided": self.voided,
        }


@dataclass
class SetupNames:
    """The small lists a page of cases names its ids by, as read from the database:
    ``{id: (code, name)}`` of categories and channels, ``{id: name}`` of tenants and
    departments, and the business calendar."""
    categories: dict[int, tuple[str | None, str]]
    channels: dict[int, tuple[str | None, str]]
    tenants: dict[int, str]
    departments: dict[int, str]
    calendar: object


_lock = threading.Lock()
_cache: tuple[tuple, int, SetupNames] | None = None
_heard = 0   # changes heard from other programs (``forget_setup_names``)


def setup_names() -> SetupNames:
    """The lists, read once and kept while nothing changes them: a first page is then
    one query. Read again after any change this program commits (``write_generation``)
    and after one heard from another desk (``forget_setup_names``)."""
    global _cache
    from desk.services.common.calendar import load_calendar
    from desk.store.db import write_generation
    from desk.store.models.cases import Category, Channel, Department, Tenant

    generation = write_generation()
    with _lock:
        if _cache is not None and _cache[0] == generation and _cache[1] == _heard:
            return _cache[2]
        heard = _heard
    names = SetupNames(
        categories={c.id: (c.code, c.name) for c in Category.select(
            Category.id, Category.code, Category.name)},
        channels={c.id: (c.code, c.name) for c in Channel.select(
            Channel.id, Channel.code, Channel.name)},
        tenants={t.id: t.name for t in Tenant.select(Tenant.id, Tenant.name)},
        departments={d.id: d.name for d in Department.select(Department.id, Department.name)},
        calendar=load_calendar())
    with _lock:
        if write_generation() == generation and _heard == heard:
            _cache = (generation, heard, names)
    return names


def forget_setup_names() -> None:
    """Another desk changed the database (the live feed heard it): read the lists again."""
    global _heard
    with _lock:
        _heard += 1
