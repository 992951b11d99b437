"""The operations manager's daily review of the handling slips (002 §4.7, §7 ①:
营运经理每日查阅《客户投诉处理单》), and the figures of the dashboard tiles."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import JOIN

from desk.i18n import N_, _
from desk.services.audit import trail
from desk.services.casework.base import WorkflowError
from desk.services.common import vocab
from desk.services.common.clock import system_clock
from desk.services.common.validation import ValidationError
from desk.services.org.permissions import require
from desk.services.reports.figures import live, open_counts, review_counts
from desk.store.db import transaction
from desk.store.models.cases import Complaint, Department, Staff, Tenant
from desk.store.models.review import SlipReview
from desk.store.models.slips import HandlingSlip
from desk.text import clean_text

COMMENT_LIMIT = 1000
OLDER_LIMIT = 500
TREND_DAYS = 7


@dataclass
class ReviewItem:
    slip_id: int
    complaint_id: int
    case_no: str
    complainant: str
    route: str                    # translated: answered at the desk, department, tenant
    handler: str                  # the department or tenant, and the person
    status: str                   # code of the case's status
    issued_at: dt.datetime
    deadline: dt.datetime | None
    overdue: bool
    result: str
    older: bool                   # issued before the day and not reviewed yet
    reviewed_at: dt.datetime | None = None
    reviewed_by: str = ""
    comment: str = ""


def _day_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    start = dt.datetime.combine(day, dt.time())
    return start, start + dt.timedelta(days=1)


def review_list(day: dt.date | None = None, clock=system_clock) -> list[ReviewItem]:
    """The slips issued on ``day`` (today by default), then older slips nobody has
    reviewed yet (oldest first, at most OLDER_LIMIT)."""
    now = clock.now()
    day = day or now.date()
    start, end = _day_bounds(day)
    reviewer = Staff.alias()
    base = (HandlingSlip.select(HandlingSlip, Complaint, SlipReview, reviewer, Department,
                                Tenant)
            .join(Complaint, attr="case").switch(HandlingSlip)
            .join(SlipReview, JOIN.LEFT_OUTER, on=(SlipReview.slip == HandlingSlip.id),
                  attr="review")
            .join(reviewer, JOIN.LEFT_OUTER, on=(SlipReview.reviewed_by == reviewer.id),
                  attr="reviewer")
            .switch(HandlingSlip)
            .join(Department, JOIN.LEFT_OUTER, on=(HandlingSlip.department == Department.id),
                  attr="dept")
            .switch(HandlingSlip)
            .join(Tenant, JOIN.LEFT_OUTER, on=(HandlingSlip.tenant == Tenant.id), attr="shop")
            .where(live()))
    todays = base.where((HandlingSlip.issued_at >= start) & (HandlingSlip.issued_at < end)
                        ).order_by(HandlingSlip.issued_at, HandlingSlip.id)
    older = (base.where((HandlingSlip.issued_at < start) & SlipReview.id.is_null())
             .order_by(HandlingSlip.issued_at, HandlingSlip.id).limit(OLDER_LIMIT))
    return [_item(s, now, False) for s in todays] + [_item(s, now, True) for s in older]


def _item(row, now: dt.datetime, older: bool) -> ReviewItem:
    case = row.case
    deadline = row.agreed_reply_at or case.reply_due_at
    place = ""
    if row.route == "tenant" and getattr(row, "shop", None) is not None:
        place = row.shop.name or ""
    elif row.route == "department" and getattr(row, "dept", None) is not None:
        place = row.dept.name or ""
    review = getattr(row, "review", None)
    reviewed = review is not None and review.id is not None
    reviewer = getattr(review, "reviewer", None) if reviewed else None
    return ReviewItem(
        slip_id=row.id, complaint_id=case.id, case_no=case.case_no,
        complainant=case.complainant_name or ("—" if case.anonymous else ""),
        route=vocab.label(vocab.ROUTES, row.route),
        handler=" · ".join(x for x in (place, row.responsible_name) if x),
        status=case.status, issued_at=row.issued_at, deadline=deadline,
        overdue=bool(deadline and deadline < now and case.status in vocab.OPEN_STATUSES),
        result=row.result, older=older,
        reviewed_at=review.reviewed_at if reviewed else None,
        reviewed_by=(reviewer.name or "") if reviewer is not None and reviewer.id else "",
        comment=review.comment if reviewed else "")


def mark_reviewed(slip_id: int, by_id: int | None, comment: str = "",
                  clock=system_clock) -> None:
    """The operations manager (or the deputy GM or GM) has looked at the slip; marking
    it again replaces the comment."""
    require(by_id, "review_day")
    text = clean_text(comment, multiline=True)
    if len(text) > COMMENT_LIMIT:
        raise ValidationError({"comment": _(
            "The comment is too long: {count} characters, at most {limit}.").format(
            count=len(text), limit=COMMENT_LIMIT)})
    now = clock.now()
    with transaction():
        if not HandlingSlip.select().where(HandlingSlip.id == slip_id).exists():
            raise WorkflowError(_("That handling slip no longer exists."))
        (SlipReview.insert(slip=slip_id, reviewed_at=now, reviewed_by=by_id, comment=text)
         .on_conflict(conflict_target=[SlipReview.slip],
                      update={SlipReview.reviewed_at: now, SlipReview.reviewed_by: by_id,
                              SlipReview.comment: text})
         .execute())
        trail.record(by_id, "slip_reviewed", kind="slip", record_id=slip_id,
                     complaint_id=HandlingSlip.select(HandlingSlip.complaint).where(
                         HandlingSlip.id == slip_id).scalar(),
                     field="comment", new=text, personal=True, at=now)


def coverage(start: dt.datetime, end: dt.datetime) -> tuple[int, int]:
    """(slips issued in [start, end), of which reviewed): the report's measure."""
    return review_counts(start, end)


# ---------------------------------------------------------------- dashboard tiles

TILES = {
    "open": N_("Open cases"),
    "due_today": N_("Due today"),
    "overdue": N_("Overdue"),
    "awaiting_signature": N_("Awaiting signature"),
}


@dataclass
class Tile:
    key: str
    label: str                                    # N_ source
    value: int
    trend: list[int] = field(default_factory=list)   # the last 7 days, oldest first

    @property
    def change(self) -> int:
        """Against a week ago (the first day of the trend)."""
        return self.value - self.trend[0] if self.trend else 0


def _due_on(day: dt.date, moment: dt.datetime) -> int:
    start, end = _day_bounds(day)
    still = Complaint.closed_at.is_null() | (Complaint.closed_at >= start)
    return (Complaint.select().where(live() & still & (Complaint.received_at < moment)
                                     & (Complaint.reply_due_at >= start)
                                     & (Complaint.reply_due_at < end)).count())


def _awaiting_signature(moment: dt.datetime) -> int:
    """Slips with a result waiting for the customer's signature at ``moment``."""
    return (HandlingSlip.select().join(Complaint)
            .where(live() & (HandlingSlip.active == True)  # noqa: E712
                   & (HandlingSlip.needs_signature == True)  # noqa: E712
                   & (HandlingSlip.result_at < moment)
                   & (HandlingSlip.signed_at.is_null() | (HandlingSlip.signed_at >= moment))
                   & (Complaint.closed_at.is_null() | (Complaint.closed_at >= moment)))
            .count())


def dashboard_tiles(clock=system_clock) -> list[Tile]:
    """Open, due today, overdue and awaiting signature now, each with its value at the end
    of each of the last seven days (today: now)."""
    now = clock.now()
    days = [now.date() - dt.timedelta(days=n) for n in range(TREND_DAYS - 1, -1, -1)]
    moments = [min(now, _day_bounds(d)[1]) for d in days]
    trends: dict[str, list[int]] = {key: [] for key in TILES}
    for day, moment in zip(days, moments):
        still_open, overdue = open_counts(moment)
        trends["open"].append(still_open)
        trends["overdue"].append(overdue)
        trends["due_today"].append(_due_on(day, moment))
        trends["awaiting_signature"].append(_awaiting_signature(moment))
    return [Tile(key, label, trends[key][-1], trends[key]) for key, label in TILES.items()]
