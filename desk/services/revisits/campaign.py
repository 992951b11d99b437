"""The monthly revisit campaign (002 §4.6 ②): on the first working day of a month, every
customer who complained the month before, one row per customer merged across their cases.

A customer is their phone number (digits only); a case without a usable number is a row of
its own (revisit by visit or letter); anonymous cases without a number have nobody to call
and are only counted.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desk.services.cases.customers import MIN_DIGITS
from desk.services.common import vocab
from desk.services.common.calendar import first_working_day
from desk.services.common.clock import system_clock
from desk.services.common.dates import add_months, month_bounds, month_key, parse_month
from desk.services.common.rows import gc_paused, plain_rows, with_defaults
from desk.services.org import organisation
from desk.store.bulk import db_values, insert_tuples
from desk.store.db import transaction
from desk.store.models.cases import Complaint
from desk.store.models.revisits import Revisit, RevisitCase

CLASS_RANK = {"core": 0, "key": 1, "potential": 2, "ordinary": 3}


@dataclass(slots=True)
class CampaignCase:
    id: int
    case_no: str
    received_at: dt.datetime
    category: str
    status: str


@dataclass(slots=True)
class CampaignRow:
    key: str                         # the phone digits, or case:<id> without a number
    phone_digits: str
    phone: str
    name: str
    customer_class: str
    cases: list[CampaignCase] = field(default_factory=list)
    revisit_id: int | None = None    # the campaign's revisit, once scheduled
    revisit_status: str = ""
    satisfaction: int | None = None
    reached: bool = False            # any revisit of any of the cases reached them
    already_revisited: bool = False  # every case has a finished revisit already

    @property
    def has_phone(self) -> bool:
        return bool(self.phone_digits)

    @property
    def count(self) -> int:
        return len(self.cases)

    @property
    def last_received(self) -> dt.datetime:
        return self.cases[-1].received_at          # cases are kept in time order

    @property
    def latest_case_id(self) -> int:
        return self.cases[-1].id       # in time order: by receipt, then by id

    def as_json(self) -> dict:
        return {"key": self.key, "phone": self.phone, "name": self.name,
                "customer_class": self.customer_class, "count": self.count,
                "cases": [c.case_no for c in self.cases],
                "last_received": self.last_received.isoformat(),
                "revisit_status": self.revisit_status, "satisfaction": self.satisfaction,
                "reached": self.reached, "already_revisited": self.already_revisited}


@dataclass
class Campaign:
    month: dt.date             # the month the calls are made in
    complaint_month: dt.date   # the month the customers complained in (the one before)
    due_date: dt.date          # its first working day
    rows: list[CampaignRow]
    skipped_anonymous: int = 0

    @property
    def case_count(self) -> int:
        return sum(r.count for r in self.rows)


def customer_key(case_id: int, digits: str) -> str:
    return digits if len(digits or "") >= MIN_DIGITS else f"case:{case_id}"


def _category_names() -> dict[int, str]:
    return {c.id: c.label for c in organisation.categories(include_inactive=True)}


def campaign_rows(month: str | dt.date) -> Campaign:
    """The campaign of ``month`` (the calling month): last month's complainants."""
    month = parse_month(month)
    with gc_paused():
        return _campaign_rows(month)


def _campaign_rows(month: dt.date) -> Campaign:

    complained = add_months(month, -1)
    start, end = month_bounds(complained)
    categories = _category_names()
    query = (Complaint.select(Complaint.id, Complaint.case_no, Complaint.received_at,
                              Complaint.complainant_name, Complaint.phone,
                              Complaint.phone_digits, Complaint.customer_class,
                              Complaint.category, Complaint.status, Complaint.anonymous)
             .where((Complaint.received_at >= start) & (Complaint.received_at < end)
                    & (Complaint.voided == False))  # noqa: E712
             .order_by(Complaint.received_at, Complaint.id))
    rows: dict[str, CampaignRow] = {}
    skipped = 0
    parse = dt.datetime.fromisoformat
    rank = CLASS_RANK.get
    for cid, case_no, received, name, phone, digits, klass, cat, status, anon in \
            plain_rows(query):
        if received.__class__ is str:
            received = parse(received)
        has_phone = digits is not None and len(digits) >= MIN_DIGITS
        if anon and not has_phone:
            skipped += 1
            continue
        key = digits if has_phone else f"case:{cid}"
        row = rows.get(key)
        if row is None:
            row = rows[key] = CampaignRow(key, digits if has_phone else "",
                                          phone if has_phone else "", name, klass)
        row.cases.append(CampaignCase(cid, case_no, received, categories.get(cat, ""), status))
        if name:
            row.name = name          # the latest name given
        if phone and has_phone:
            row.phone = phone
        if klass != row.customer_class and rank(klass, 9) < rank(row.customer_class, 9):
            row.customer_class = klass
    _attach_revisits(rows, month)
    ordered = sorted(rows.values(), key=lambda r: (CLASS_RANK.get(r.customer_class, 9),
                                                   -r.count, r.last_received, r.key))
    return Campaign(month, complained, first_working_day(month.year, month.month), ordered,
                    skipped)


def _attach_revisits(rows: dict[str, CampaignRow], month: dt.date) -> None:
    """What is known already: the campaign's own revisit, and earlier revisits that
    reached the customer or finished (an after-closing revisit, say)."""
    by_case = {c.id: row for row in rows.values() for c in row.cases}
    if not by_case:
        return
    # The month's case ids are one tight range (ids follow the intake order): read the links
    # of that range by the complaint index and keep the month's own.
    links = (RevisitCase.select(RevisitCase.complaint, Revisit.id, Revisit.kind, Revisit.campaign,
                                Revisit.status, Revisit.reached_at, Revisit.satisfaction)
             .join(Revisit, on=(RevisitCase.revisit == Revisit.id))
             .where(RevisitCase.complaint.between(min(by_case), max(by_case))))
    finished: set[int] = set()
    key = month_key(month)
    for cid, rid, kind, campaign, status, reached_at, satisfaction in plain_rows(links):
        row = by_case.get(cid)
        if row is None:
            continue
        if reached_at is not None:
            row.reached = True
        if status == "done":
            finished.add(cid)
        if kind == "monthly" and campaign == key:
            row.revisit_id, row.revisit_status = rid, status
            row.satisfaction = satisfaction
    for row in rows.values():
        row.already_revisited = row.revisit_id is None and all(c.id in finished
                                                                for c in row.cases)


def schedule_monthly(month: str | dt.date, clock=system_clock) -> int:
    """Create the campaign's revisits (idempotent: customers scheduled already, and
    customers whose every case has a finished revisit, are left out). Returns how many.

    One write transaction, its lock taken before the campaign is read (two desks running
    it at once cannot both schedule a customer); the rows go in as plain tuples, tens of
    thousands of them a month at a million cases."""
    month = parse_month(month)
    moment = clock.now()
    with gc_paused(), transaction():
        campaign = _campaign_rows(month)
        key = month_key(campaign.month)
        todo = [r for r in campaign.rows if r.revisit_id is None and not r.already_revisited]
        if not todo:
            return 0
        shared = db_values(Revisit, with_defaults(Revisit, [{
            "kind": "monthly", "campaign": key, "due_date": campaign.due_date,
            "status": "due", "created_at": moment}])[0])
        for name in PER_CUSTOMER:
            shared.pop(name)
        insert_tuples(Revisit, PER_CUSTOMER + tuple(shared), [
            (r.latest_case_id, r.phone_digits, r.name[:50], r.customer_class, *shared.values())
            for r in todo])
        ids = dict(plain_rows(Revisit.select(Revisit.complaint, Revisit.id)
                              .where((Revisit.kind == "monthly") & (Revisit.campaign == key))
                              .order_by(Revisit.id)))
        insert_tuples(RevisitCase, ("revisit", "complaint"),
                      [(revisit, c.id) for r in todo
                       for revisit in (ids[r.latest_case_id],) for c in r.cases])
    return len(todo)


#: the columns of a campaign's revisit that differ from customer to customer
PER_CUSTOMER = ("complaint", "phone_digits", "customer_name", "customer_class")


def class_label(code: str) -> str:
    return vocab.label(vocab.CUSTOMER_CLASSES, code)
