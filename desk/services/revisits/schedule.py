"""Revisits (客户回访): when they fall due and who gets one.

- Closing a case schedules a revisit a few days later (``delay_days``, default 3), moved to
  the next working day (:func:`schedule_after_close`, called by ``slips.close_case``).
- On the first working day of each month the monthly campaign schedules every customer who
  complained the month before (:mod:`desk.services.revisits.campaign`).
- Core and key customers get a periodic revisit every ``periodic_days`` (default 90).

Working days come from the business calendar (closed weekdays and holidays,
:mod:`desk.services.common.calendar`). The calls
themselves are logged through :mod:`desk.services.revisits.calls`.
"""
from __future__ import annotations

import datetime as dt

from peewee import fn

from desk.i18n import _
from desk.services.audit import trail
from desk.services.cases.customers import MIN_DIGITS
from desk.services.casework.base import WorkflowError, record_event
from desk.services.common.calendar import first_working_day, next_working_day
from desk.services.common.clock import system_clock
from desk.services.common.dates import month_key
from desk.services.common.rows import gc_paused, plain_rows, with_defaults
from desk.services.common.validation import required_reason
from desk.services.common.versions import stale_record
from desk.services.org.organisation import get_setting, set_setting
from desk.services.org.permissions import require
from desk.services.revisits import campaign as revisit_campaign
from desk.services.revisits.vocab import revisit_settings
from desk.store.bulk import bulk_insert
from desk.store.db import transaction
from desk.store.models.cases import Complaint
from desk.store.models.revisits import Revisit, RevisitCase
from desk.text import clean_text

CAMPAIGN_MARK = "revisit_campaign_last"   # setting: the last month whose campaign ran
DAY_MARK = "revisits_scheduled_on"         # setting: the last day ``run_due_once`` ran


# ----------------------------------------------------------------- after closing
def schedule_after_close(record: Complaint, at: dt.datetime,
                         by_id: int | None = None) -> Revisit | None:
    """Schedule (or move) the revisit of a case that was just closed; call inside the
    closing transaction. Nobody to reach (anonymous, no phone, no address): no revisit."""
    digits = record.phone_digits or ""
    if len(digits) < MIN_DIGITS:
        digits = ""
    if not digits and (record.anonymous or not clean_text(record.address)):
        return None
    delay = revisit_settings()["delay_days"]
    due = next_working_day(at.date() + dt.timedelta(days=delay))
    existing = (Revisit.select().join(RevisitCase, on=(RevisitCase.revisit == Revisit.id))
                .where((RevisitCase.complaint == record.id) & (Revisit.kind == "after_close")
                       & (Revisit.status == "due")).first())
    if existing is not None:
        Revisit.update(due_date=due).where(Revisit.id == existing.id).execute()
        revisit = existing
    else:
        revisit = Revisit.create(complaint=record.id, phone_digits=digits,
                                 customer_name=record.complainant_name,
                                 customer_class=record.customer_class, kind="after_close",
                                 due_date=due, created_at=at)
        RevisitCase.create(revisit=revisit, complaint=record.id)
    record_event(record, "revisit_scheduled", by_id, at, due.isoformat(),
                 data={"revisit": revisit.id, "kind": "after_close"})
    return revisit


# ----------------------------------------------------------------- periodic plans
def schedule_periodic(clock=system_clock) -> int:
    """A revisit today for every core/key customer (by the class on their cases of the last
    year) who has had no revisit within the interval. Returns how many were made."""
    with gc_paused():
        return _schedule_periodic(clock)


def _schedule_periodic(clock) -> int:
    settings = revisit_settings()
    classes = settings["periodic_classes"]
    if not settings["periodic_enabled"] or not classes:
        return 0
    now = clock.now()
    today = now.date()
    since = dt.datetime.combine(today - dt.timedelta(days=365), dt.time())
    latest: dict[str, tuple[int, str, str]] = {}
    query = (Complaint.select(Complaint.id, Complaint.phone_digits, Complaint.complainant_name,
                              Complaint.customer_class, Complaint.voided)
             .where(Complaint.customer_class.in_(classes) & (Complaint.received_at >= since)
                    & (Complaint.received_at <= now) & (Complaint.phone_digits != ""))
             .order_by(Complaint.received_at, Complaint.id))   # voided left to Python: the
    for cid, digits, name, klass, void in plain_rows(query):  # class index
        if len(digits) >= MIN_DIGITS and not void:
            latest[digits] = (cid, name, klass)
    if not latest:
        return 0
    recent_from = today - dt.timedelta(days=settings["periodic_days"])
    recent = {d for (d,) in Revisit.select(Revisit.phone_digits).where(
        (Revisit.due_date > recent_from) & (Revisit.status != "cancelled")
        & (Revisit.phone_digits != "")).tuples()}
    todo = [(d, v) for d, v in latest.items() if d not in recent]
    if not todo:
        return 0
    with transaction():
        before = Revisit.select(fn.MAX(Revisit.id)).scalar() or 0
        for start in range(0, len(todo), 5000):
            bulk_insert(Revisit, with_defaults(Revisit, [{
                "complaint": cid, "phone_digits": digits, "customer_name": name[:50],
                "customer_class": klass, "kind": "periodic", "campaign": "",
                "due_date": today, "status": "due", "created_at": now}
                for digits, (cid, name, klass) in todo[start:start + 5000]]))
        made = list(Revisit.select(Revisit.id, Revisit.complaint).where(
            (Revisit.id > before) & (Revisit.kind == "periodic")).tuples())
        for start in range(0, len(made), 20000):
            bulk_insert(RevisitCase, [{"revisit": rid, "complaint": cid}
                                      for rid, cid in made[start:start + 20000]])
    return len(todo)


# ----------------------------------------------------------------- the daily run
def run_due(clock=system_clock) -> dict[str, int]:
    """What the workbench (or Task Scheduler) runs each day: this month's campaign once it
    is due, and the periodic plans. Returns how many revisits of each kind were made."""
    today = clock.now().date()
    month = today.replace(day=1)
    made = {"monthly": 0, "periodic": 0}
    key = month_key(month)
    if today >= first_working_day(month.year, month.month) and get_setting(CAMPAIGN_MARK) != key:
        made["monthly"] = revisit_campaign.schedule_monthly(month, clock)
        set_setting(CAMPAIGN_MARK, key)
    made["periodic"] = schedule_periodic(clock)
    return made


def run_due_once(clock=system_clock) -> dict[str, int]:
    """``run_due`` at most once a day: the background job of the main window calls it
    after the first paint and with every deadline check; opening a screen never does."""
    today = clock.now().date().isoformat()
    if get_setting(DAY_MARK) == today:
        return {"monthly": 0, "periodic": 0}
    made = run_due(clock)
    set_setting(DAY_MARK, today)
    return made


# ----------------------------------------------------------------- cancelling
def cancel_revisit(revisit_id: int, reason: str, by_id: int | None = None,
                   clock=system_clock, expected_version: int | None = None) -> None:
    """Cancel a revisit that cannot or need not happen (its case was voided, say).
    ``expected_version``: the one on the person's screen (another desk's step since then
    refuses the cancellation)."""
    require(by_id, "work_cases")
    reason = required_reason(reason, "reason", _("Give a reason for cancelling the revisit."))
    with transaction():
        revisit = get_revisit(revisit_id)
        if revisit.status != "due":
            raise WorkflowError(_("This revisit is finished already."))
        save_due(revisit.id, {"status": "cancelled", "cancel_reason": reason,
                              "done_at": clock.now(), "done_by": by_id},
                 revisit.version if expected_version is None else expected_version)
        trail.record(by_id, "revisit.cancelled", kind="revisit", record_id=revisit.id,
                     complaint_id=revisit.complaint_id, field="cancel_reason", new=reason,
                     personal=True, clock=clock)


def save_due(revisit_id: int, values: dict, version: int) -> None:
    """Change a revisit that is still due and still at ``version`` (the one the step
    read): of two desks finishing the same call at once, one saves and the other is told
    (nothing of theirs is written)."""
    changed = Revisit.update({**values, Revisit.version: Revisit.version + 1}).where(
        (Revisit.id == revisit_id) & (Revisit.version == version)
        & (Revisit.status == "due")).execute()
    if changed != 1:
        raise stale_record(_("The revisit"))


def get_revisit(revisit_id: int) -> Revisit:
    revisit = Revisit.get_or_none(Revisit.id == revisit_id)
    if revisit is None:
        raise WorkflowError(_("Revisit {id} does not exist.").format(id=revisit_id))
    return revisit
