"""The clerk's "Today" view: due today, overdue, awaiting signature, tenant follow-ups
due, customers to inform, and pre-breach warnings at 75% of the time to a deadline."""
from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, field

from peewee import fn

from desk.services.cases.caselist import site_condition
from desk.services.common import vocab
from desk.services.common.calendar import deadline_state, load_calendar
from desk.services.common.clock import system_clock
from desk.services.org.organisation import get_setting
from desk.store import plans
from desk.store.models.cases import Complaint, Staff
from desk.store.models.slips import CustomerContact, HandlingSlip

DEFAULT_INFORM_DAYS = 2
LIMIT = 500


@dataclass
class TodayItem:
    complaint_id: int
    case_no: str
    complainant: str
    status: str
    due: dt.datetime | None
    note: str = ""
    mine: bool = False      # the person's own slip (department manager, floor supervisor)


@dataclass
class TodayView:
    due_today: list[TodayItem] = field(default_factory=list)
    overdue: list[TodayItem] = field(default_factory=list)
    warning: list[TodayItem] = field(default_factory=list)
    awaiting_signature: list[TodayItem] = field(default_factory=list)
    tenant_followups: list[TodayItem] = field(default_factory=list)
    to_inform: list[TodayItem] = field(default_factory=list)


def inform_days() -> int:
    return int(get_setting("inform_after_days") or DEFAULT_INFORM_DAYS)


#: what the lists show of a case (not its texts: a Today list builds no whole records)
COLUMNS = (Complaint.id, Complaint.case_no, Complaint.complainant_name, Complaint.status,
           Complaint.reply_due_at, Complaint.received_at, Complaint.anonymous)
INFORM_BATCH = 250


def _open_walk(index: str, column, where, limit: int, site_id: int | None = None):
    """Open, live cases passing ``where`` in the order of ``column`` (then id), at most
    ``limit``: one walk of ``index``, the partial index of the open cases by ``column``,
    so that closed cases are never read. ``site_id``: that site's cases only."""
    where = plans.open_live(Complaint) & where
    if site_id:
        where = where & site_condition([site_id])
    query = Complaint.select(*COLUMNS).where(where).order_by(column, Complaint.id).limit(limit)
    return plans.walk(query, Complaint, index).namedtuples()


def _item(c, due, note="") -> TodayItem:
    return TodayItem(c.id, c.case_no, c.complainant_name, c.status, due, note)


FIRST_ROLES = ("department_manager", "floor_supervisor")


def _own_first(view: TodayView, person_id: int | None) -> None:
    """A department manager or floor supervisor sees their own slips first: the ones
    they own, answer for or supervise, and their department's."""
    person = Staff.get_or_none(Staff.id == person_id) if person_id else None
    if person is None or person.role not in FIRST_ROLES:
        return
    lists = [getattr(view, name) for name in view.__dataclass_fields__]
    ids = {item.complaint_id for items in lists for item in items}
    if not ids:
        return
    theirs = ((HandlingSlip.owner == person.id) | (HandlingSlip.responsible == person.id)
              | (HandlingSlip.supervisor == person.id))
    if person.department_id:
        theirs |= HandlingSlip.department == person.department_id
    mine = {row.complaint_id for row in HandlingSlip.select(HandlingSlip.complaint).where(
        (HandlingSlip.active == True) & HandlingSlip.complaint.in_(list(ids)) & theirs)}  # noqa: E712
    for items in lists:
        for item in items:
            item.mine = item.complaint_id in mine
        items.sort(key=lambda item: not item.mine)    # stable: the order stays within


def today_view(clock=system_clock, site_id: int | None = None,
               person_id: int | None = None) -> TodayView:
    """What needs doing today, at the cases of ``site_id`` (and those without a site) or
    at every site; ``person_id``'s own slips first when they handle slips."""
    view = _today(clock, site_id)
    _own_first(view, person_id)
    return view


def _today(clock, site_id: int | None) -> TodayView:
    now = clock.now()
    cal = load_calendar()
    view = TodayView()
    day_end = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time())
    for c in _open_walk("complaint_open_due", Complaint.reply_due_at,
                        Complaint.reply_due_at < day_end, LIMIT, site_id):
        (view.overdue if c.reply_due_at <= now else view.due_today).append(
            _item(c, c.reply_due_at))
    horizon = now + dt.timedelta(days=7)
    for c in _open_walk("complaint_open_due", Complaint.reply_due_at,
                        (Complaint.reply_due_at > now) & (Complaint.reply_due_at <= horizon),
                        LIMIT, site_id):
        if deadline_state(c.received_at, c.reply_due_at, now, cal) == "warning":
            view.warning.append(_item(c, c.reply_due_at))
    signing = (Complaint.status == "awaiting_signature") & plans.live(Complaint)
    if site_id:
        signing &= site_condition([site_id])
    for c in Complaint.select(*COLUMNS).where(signing).limit(LIMIT).namedtuples():
        view.awaiting_signature.append(_item(c, None))
    calls = ((HandlingSlip.active == True) & (HandlingSlip.route == "tenant")  # noqa: E712
             & HandlingSlip.tenant_called_at.is_null()
             & (HandlingSlip.tenant_call_due_at < day_end)
             & Complaint.status.in_(vocab.OPEN_STATUSES))
    if site_id:
        calls &= site_condition([site_id])
    slips = (HandlingSlip.select(HandlingSlip.tenant_call_due_at, *COLUMNS).join(Complaint)
             .where(calls).limit(LIMIT).namedtuples())
    for slip in slips:
        view.tenant_followups.append(_item(slip, slip.tenant_call_due_at))
    view.to_inform = _to_inform(now - dt.timedelta(days=inform_days()), site_id)
    return view


def _to_inform(stale: dt.datetime, site_id: int | None) -> list[TodayItem]:
    """Customers not told anything for ``inform_days``: the oldest open cases (one walk of
    their receipt-date index), the last contact of each batch of them looked up by case."""
    found: list[TodayItem] = []
    walked = iter(_open_walk("complaint_open_received", Complaint.received_at,
                             (Complaint.received_at < stale) & ~Complaint.anonymous,
                             LIMIT * 4, site_id))
    while len(found) < LIMIT and (batch := list(itertools.islice(walked, INFORM_BATCH))):
        last_contact = dict(CustomerContact.select(CustomerContact.complaint,
                                                   fn.MAX(CustomerContact.at))
                            .where(CustomerContact.complaint.in_([c.id for c in batch]))
                            .group_by(CustomerContact.complaint).tuples())
        for c in batch:
            last = last_contact.get(c.id)
            if isinstance(last, str):
                last = dt.datetime.fromisoformat(last)
            if (last or c.received_at) < stale:
                found.append(_item(c, None, last.strftime("%Y-%m-%d") if last else ""))
    return found[:LIMIT]
