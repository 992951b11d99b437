"""Legal holds: a case under mediation, with an authority or in court is kept, whatever
the retention policy says, until the hold is released."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desk.i18n import _
from desk.services.audit import trail
from desk.services.common.clock import system_clock
from desk.services.common.validation import ValidationError
from desk.services.org.permissions import require
from desk.store.db import transaction
from desk.store.models.cases import Complaint, Staff
from desk.store.models.retention import LegalHold
from desk.text import clean_text

MAX_REASON = 500


@dataclass
class HoldInfo:
    case_no: str
    complaint_id: int
    reason: str
    placed_at: dt.datetime
    placed_by: str

    def as_json(self) -> dict:
        return {"case_no": self.case_no, "reason": self.reason,
                "placed_at": self.placed_at.isoformat(), "placed_by": self.placed_by}


def _case(case_no: str) -> Complaint:
    record = Complaint.get_or_none(Complaint.case_no == (case_no or "").strip())
    if record is None:
        raise ValidationError({"case_no": _("There is no case {case_no}.").format(
            case_no=case_no)})
    return record


def active_hold(complaint_id: int) -> LegalHold | None:
    return (LegalHold.select().where((LegalHold.complaint == complaint_id)
                                     & LegalHold.released_at.is_null())
            .order_by(LegalHold.id.desc()).first())


def is_held(complaint_id: int) -> bool:
    return active_hold(complaint_id) is not None


def place_hold(case_no: str, reason: str, by_id: int | None,
               clock=system_clock) -> HoldInfo:
    """Hold the case; a second hold on a held case replaces the reason."""
    require(by_id, "retention")
    text = clean_text(reason or "")
    if not text:
        raise ValidationError({"reason": _(
            "Say why the case is held (for example: consumers' association mediation).")})
    if len(text) > MAX_REASON:
        raise ValidationError({"reason": _("The reason may be at most {n} characters.")
                               .format(n=MAX_REASON)})
    record = _case(case_no)
    with transaction():
        current = active_hold(record.id)
        if current is not None:
            current.reason = text
            current.save()
        else:
            LegalHold.create(complaint=record.id, reason=text, placed_at=clock.now(),
                             placed_by=by_id)
        trail.record(by_id, "hold.placed", complaint_id=record.id, case_no=record.case_no,
                     field="reason", old=current.reason if current else None, new=text,
                     personal=True, clock=clock)
    return next(h for h in active_holds() if h.complaint_id == record.id)


def release_hold(case_no: str, by_id: int | None, clock=system_clock) -> None:
    require(by_id, "retention")
    record = _case(case_no)
    with transaction():
        current = active_hold(record.id)
        if current is None:
            raise ValidationError({"case_no": _("Case {case_no} is not on hold.").format(
                case_no=record.case_no)})
        current.released_at = clock.now()
        current.released_by = by_id
        current.save()
        trail.record(by_id, "hold.released", complaint_id=record.id,
                     case_no=record.case_no, clock=clock)


def active_holds() -> list[HoldInfo]:
    names = {s.id: s.name for s in Staff.select(Staff.id, Staff.name)}
    query = (LegalHold.select(LegalHold, Complaint.id, Complaint.case_no).join(Complaint)
             .where(LegalHold.released_at.is_null()).order_by(LegalHold.placed_at))
    return [HoldInfo(h.complaint.case_no, h.complaint_id, h.reason, h.placed_at,
                     names.get(h.placed_by_id, "")) for h in query]


def held_ids_query():
    """The ids of held cases, as a subquery."""
    return LegalHold.select(LegalHold.complaint).where(LegalHold.released_at.is_null())
