"""Shared pieces of the handling workflow: the timeline, the active slip, rule errors."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from desk.i18n import _
from desk.services.audit import trail
from desk.services.common import vocab
from desk.services.common.validation import ValidationError
from desk.store.models.cases import Complaint, Staff
from desk.store.models.slips import CaseEvent, HandlingSlip


class WorkflowError(ValidationError):
    """A step the rules do not allow now; the message says why."""

    def __init__(self, message: str):
        super().__init__({"workflow": message})


def get_case(complaint_id: int) -> Complaint:
    record = Complaint.get_or_none(Complaint.id == complaint_id)
    if record is None:
        raise WorkflowError(_("Case {id} does not exist.").format(id=complaint_id))
    if record.voided:
        raise WorkflowError(_("Case {case_no} is void.").format(case_no=record.case_no))
    return record


def active_slip(complaint_id: int) -> HandlingSlip | None:
    return (HandlingSlip.select().where((HandlingSlip.complaint == complaint_id)
                                        & (HandlingSlip.active == True))  # noqa: E712
            .order_by(HandlingSlip.id.desc()).first())


def require_slip(complaint: Complaint) -> HandlingSlip:
    slip = active_slip(complaint.id)
    if slip is None:
        raise WorkflowError(_("Case {case_no} has no handling slip yet.").format(
            case_no=complaint.case_no))
    return slip


def save_slip(slip: HandlingSlip, values: dict) -> None:
    """Change the slip, but only as this step read it: when another desk changed it first
    (two sign-offs at once), nothing is saved and ``StaleEditError`` says so."""
    from desk.services.common.versions import stale_slip, versioned_update

    version = versioned_update(HandlingSlip, slip.id, slip.version, values)
    if not version:
        raise stale_slip(slip.id)
    slip.version = version


def staff_role(staff_id: int | None) -> str | None:
    row = Staff.get_or_none(Staff.id == staff_id) if staff_id else None
    return row.role if row else None


def record_event(complaint: Complaint, kind: str, by_id: int | None, at: dt.datetime,
                 note: str = "", to_status: str | None = None, data: dict | None = None) -> None:
    """Store one timeline step and move the case to ``to_status`` (inside a transaction)."""
    old = complaint.status
    CaseEvent.create(complaint=complaint, at=at, by=by_id, kind=kind, from_status=old,
                     to_status=to_status or old, note=note,
                     data=json.dumps(data, ensure_ascii=False, default=str) if data else "")
    audit_event(complaint, kind, by_id, at, note, old, to_status or old, data)
    if to_status and to_status != old:
        from desk.services.common.versions import stale_case, versioned_update

        update = {Complaint.status: to_status, Complaint.updated_at: at,
                  Complaint.updated_by: by_id}
        if to_status == "closed":
            update[Complaint.closed_at] = at
        elif old == "closed":
            update[Complaint.closed_at] = None
        # Only from the status (and version) this step began from: of two desks closing
        # the same case at once, one closes it and the other is told.
        update = {field.name: value for field, value in update.items()}
        version = versioned_update(Complaint, complaint.id, complaint.version, update)
        if not version:
            raise stale_case(complaint.id, step=True)
        complaint.status, complaint.version = to_status, version


def audit_event(complaint: Complaint, kind: str, by_id: int | None, at: dt.datetime,
                note: str, old: str, new: str, data: dict | None) -> None:
    """A timeline step in the audit trail: the status it moves (or keeps), and what was
    written with it (free text: personal, as a digest in the chain)."""
    trail.record(by_id, kind, complaint_id=complaint.id, case_no=complaint.case_no,
                 field="status", old=old, new=new, at=at)
    if note or data:
        trail.record(by_id, kind, complaint_id=complaint.id, case_no=complaint.case_no,
                     field="note", new={"note": note, **data} if data else note,
                     personal=True, at=at)


@dataclass
class TimelineEntry:
    at: dt.datetime
    by: str
    kind: str
    label: str
    from_status: str
    to_status: str
    note: str


def timeline(complaint_id: int) -> list[TimelineEntry]:
    """Every step of the case, oldest first, with translated labels."""
    names = {s.id: s.name for s in Staff.select(Staff.id, Staff.name)}
    query = (CaseEvent.select().where(CaseEvent.complaint == complaint_id)
             .order_by(CaseEvent.at, CaseEvent.id))
    return [TimelineEntry(e.at, names.get(e.by_id, ""), e.kind,
                          vocab.label(vocab.EVENTS, e.kind), e.from_status, e.to_status,
                          e.note) for e in query]
