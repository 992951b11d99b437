"""Reply-date changes and the escalation ladder (002 §4.5 ②④⑥, §3).

handler -> department manager / floor supervisor -> operations manager -> deputy GM -> GM.
The agreed reply date may change at most twice; a third attempt, or a case still unsolved
when its second agreed date passes, goes straight to the GM.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desk.i18n import _
from desk.services.cases.complaints import set_current_promise
from desk.services.casework.base import (
    WorkflowError,
    get_case,
    record_event,
    require_slip,
    save_slip,
)
from desk.services.common import vocab
from desk.services.common.clock import system_clock
from desk.services.common.validation import ValidationError
from desk.services.common.versions import StaleEditError
from desk.services.org.permissions import require
from desk.store.db import transaction
from desk.store.models.cases import Complaint, Staff
from desk.store.models.slips import HandlingSlip, ReplyDateChange
from desk.text import clean_text, when_text

MAX_DATE_CHANGES = 2
_LEVEL_ROLES = {"operations_manager": "operations_manager", "deputy_gm": "deputy_gm",
                "gm": "gm"}


def staff_for_level(level: str, slip: HandlingSlip) -> int | None:
    """Who holds the case at ``level``, from the organisation setup."""
    if level == "handler":
        return slip.responsible_id
    if level == "manager":
        if slip.route == "tenant" and slip.supervisor_id:
            return slip.supervisor_id
        query = Staff.select().where((Staff.role == "department_manager")
                                     & (Staff.active == True))  # noqa: E712
        if slip.department_id:
            own = query.where(Staff.department == slip.department_id).first()
            if own:
                return own.id
        row = query.order_by(Staff.id).first()
        return row.id if row else None
    row = (Staff.select().where((Staff.role == _LEVEL_ROLES[level]) & (Staff.active == True))  # noqa: E712
           .order_by(Staff.id).first())
    return row.id if row else None


def _move(record: Complaint, slip: HandlingSlip, level: str, by_id: int | None,
          now: dt.datetime, note: str, automatic: bool) -> str:
    owner = staff_for_level(level, slip)
    save_slip(slip, {"level": level, "owner": owner})
    slip.level, slip.owner_id = level, owner
    record_event(record, "escalated", by_id, now, note,
                 data={"level": level, "automatic": automatic, "owner": owner})
    return level


#: The ladder's level of each role: a case whose owner holds a role is at least there.
_ROLE_LEVELS = {"department_manager": "manager", "floor_supervisor": "manager",
                "operations_manager": "operations_manager", "deputy_gm": "deputy_gm",
                "gm": "gm"}


def current_level(slip: HandlingSlip) -> str:
    """Where the case stands on the ladder: its slip's level, or higher when the person
    holding it (a GM handling a case about a manager, say) sits higher."""
    rank = vocab.LEVEL_ORDER.index
    level = slip.level if slip.level in vocab.LEVEL_ORDER else vocab.LEVEL_ORDER[0]
    for staff_id in (slip.owner_id, slip.responsible_id):
        row = Staff.get_or_none(Staff.id == staff_id) if staff_id else None
        held = _ROLE_LEVELS.get(row.role) if row else None
        if held and rank(held) > rank(level):
            level = held
    return level


def next_level(level: str) -> str:
    index = vocab.LEVEL_ORDER.index(level) if level in vocab.LEVEL_ORDER else 0
    return vocab.LEVEL_ORDER[min(index + 1, len(vocab.LEVEL_ORDER) - 1)]


def escalate(complaint_id: int, comment: str, by_id: int | None = None, to_gm: bool = False,
             clock=system_clock) -> str:
    """Manual escalation, one level up (or straight to the GM for media-exposed or acute
    cases); a comment is required. Returns the new level."""
    require(by_id, "work_cases")
    comment = clean_text(comment, multiline=True)
    if not comment:
        raise ValidationError({"comment": _("Say why the case is escalated.")})
    if len(comment) > 2000:
        raise ValidationError({"comment": _("The comment is too long (at most 2000 characters).")})
    now = clock.now()
    with transaction():
        record = get_case(complaint_id)
        slip = require_slip(record)
        level = current_level(slip)
        if level == "gm":
            raise WorkflowError(_("The case is with the GM already."))
        target = "gm" if to_gm else next_level(level)
        return _move(record, slip, target, by_id, now, comment, automatic=False)


@dataclass
class DateChangeOutcome:
    changed: bool
    escalated_to_gm: bool
    changes_used: int


def change_reply_date(complaint_id: int, new_date: dt.datetime, reason: str,
                      customer_agreed: bool, by_id: int | None = None,
                      clock=system_clock) -> DateChangeOutcome:
    """Move the agreed reply date, with a reason. The third attempt is refused and the case
    goes straight to the GM."""
    require(by_id, "work_cases")
    reason = clean_text(reason, multiline=True)
    now = clock.now()
    errors = {}
    if not reason:
        errors["reason"] = _("Give a reason for the new date.")
    elif len(reason) > 500:
        errors["reason"] = _("The reason is too long (at most 500 characters).")
    if new_date is None or new_date <= now:
        errors["agreed_reply_at"] = _("The agreed reply date must be in the future.")
    if errors:
        raise ValidationError(errors)
    with transaction():
        record = get_case(complaint_id)
        slip = require_slip(record)
        if slip.result:
            raise WorkflowError(_("The case has a result; there is no reply date to move."))
        if slip.date_changes >= MAX_DATE_CHANGES:
            if slip.level != "gm":
                _move(record, slip, "gm", by_id, now, _(
                    "Third change of the agreed reply date asked for: {reason}").format(
                    reason=reason), automatic=True)
            return DateChangeOutcome(False, True, slip.date_changes)
        ReplyDateChange.create(slip=slip, at=now, by=by_id, old_date=slip.agreed_reply_at,
                               new_date=new_date, reason=reason,
                               customer_agreed=bool(customer_agreed))
        save_slip(slip, {"agreed_reply_at": new_date, "agreed_set_at": now,
                         "date_changes": HandlingSlip.date_changes + 1})
        set_current_promise(record, new_date, by_id, now)
        record_event(record, "reply_date_changed", by_id, now, reason,
                     data={"old": slip.agreed_reply_at, "new": new_date,
                           "customer_agreed": bool(customer_agreed)})
        return DateChangeOutcome(True, False, slip.date_changes + 1)


def apply_deadline_rules(clock=system_clock) -> list[tuple[str, str]]:
    """Escalate every unsolved slip whose agreed reply date has passed, once per date.

    The first missed date moves the case one level up; a missed second agreed date (or a
    second miss) sends it straight to the GM. Returns (case_no, new level) pairs.
    """
    now = clock.now()
    done: list[tuple[str, str]] = []
    # Slips first (few have a passed date); the case is checked per slip, so the planner
    # never walks the whole complaint table.
    query = (HandlingSlip.select()
             .where((HandlingSlip.active == True)  # noqa: E712
                    & (HandlingSlip.result == "")
                    & (HandlingSlip.agreed_reply_at < now)
                    & (HandlingSlip.missed_dates <= HandlingSlip.date_changes)))
    for found in list(query):
        try:
            moved = _apply_rules_to(query, found.id, now)
        except StaleEditError:
            continue    # another desk changed the case meanwhile; the next run looks again
        if moved:
            done.append(moved)
    return done


def _apply_rules_to(query, slip_id: int, now: dt.datetime) -> tuple[str, str] | None:
    """One slip past its date, in its own transaction (None: nothing to do)."""
    with transaction():
        # read again under the write lock: another desk (or a second scheduled run)
        # may have recorded this miss, or a result, since the query above
        slip = query.where(HandlingSlip.id == slip_id).first()
        if slip is None:
            return None
        record = slip.complaint
        if record.voided or record.status not in vocab.OPEN_STATUSES:
            return None
        missed = slip.missed_dates + 1
        save_slip(slip, {"missed_dates": missed})
        record_event(record, "deadline_missed", None, now, "",
                     data={"agreed_reply_at": slip.agreed_reply_at})
        to_gm = missed >= 2 or slip.date_changes >= 1
        level = current_level(slip)
        if level == "gm":
            return None
        target = "gm" if to_gm else next_level(level)
        _move(record, slip, target, None, now, _(
            "Agreed reply date {date} passed without a result.").format(
            date=when_text(slip.agreed_reply_at)), automatic=True)
        return record.case_no, target
