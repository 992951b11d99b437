"""Several desks, one database: every record people edit carries a version that each save
adds one to. A save names the version it started from; when another desk saved in the
meantime, the save is refused (``StaleEditError``) and nothing is overwritten.

The check is one conditional ``UPDATE ... WHERE id = ? AND version = ?`` inside the
saving transaction: of two desks that race, the database lets exactly one change the row,
and the other learns it from the count of rows changed. Nothing here is engine-specific.
"""
from __future__ import annotations

import datetime as dt

from desk.i18n import _
from desk.services.casework.base import WorkflowError
from desk.store.models.cases import Staff
from desk.text import when_text


class StaleEditError(WorkflowError):
    """Another desk saved the record after this person began; their save was refused.

    ``by`` and ``at`` say who and when (as far as the record keeps it); the message is one
    sentence fit for the screen."""

    def __init__(self, message: str, by: str = "", at: dt.datetime | None = None,
                 version: int | None = None):
        super().__init__(message)
        self.by, self.at, self.version = by, at, version


def staff_name(staff_id: int | None) -> str:
    row = Staff.get_or_none(Staff.id == staff_id) if staff_id else None
    return row.name if row else ""


def changed_by_text(by: str, at: dt.datetime | None) -> str:
    """"changed by Wang at 2026-11-26 10:05" (or what of it is known), translated."""
    if by and at:
        return _("changed by {name} at {time}").format(name=by, time=when_text(at))
    if at:
        return _("changed at {time}").format(time=when_text(at))
    return _("changed on another desk")


def versioned_update(model, row_id: int, expected: int | None, values: dict) -> int:
    """Save ``values`` into row ``row_id`` and add one to its version, but only when its
    version is still ``expected`` (``None``: whatever it is now). Returns the new version,
    or 0 when the row changed (or went) meanwhile: the caller refuses the save."""
    query = model.update({**values, model.version: model.version + 1}).where(
        model.id == row_id)
    if expected is not None:
        query = query.where(model.version == expected)
    if query.execute() != 1:
        return 0
    if expected is not None:
        return expected + 1
    return model.select(model.version).where(model.id == row_id).scalar()


def stale_case(complaint_id: int, step: bool = False) -> StaleEditError:
    """The refusal for a case another desk saved meanwhile: who, when, what to do.
    ``step``: a step of the handling (a close, a result), not an edit of the record."""
    from desk.store.models.cases import Complaint

    row = (Complaint.select(Complaint.case_no, Complaint.updated_at, Complaint.updated_by,
                            Complaint.version)
           .where(Complaint.id == complaint_id).first())
    if row is None:
        return StaleEditError(_("The case was deleted on another desk; nothing was saved."))
    by = staff_name(row.updated_by_id)
    changed = changed_by_text(by, row.updated_at)
    if step:
        message = _("Case {case_no} was {changed} a moment ago, so this step was not "
                    "taken; look at the case again.").format(case_no=row.case_no,
                                                             changed=changed)
    else:
        message = _("Case {case_no} was {changed} while you were editing, so your changes "
                    "were not saved; they are kept beside the new values: check them and "
                    "save again.").format(case_no=row.case_no, changed=changed)
    return StaleEditError(message, by=by, at=row.updated_at, version=row.version)


def stale_slip(slip_id: int) -> StaleEditError:
    """The refusal for a slip step another desk took first (two sign-offs at once)."""
    from desk.store.models.slips import HandlingSlip

    slip = HandlingSlip.get_or_none(HandlingSlip.id == slip_id)
    if slip is not None and slip.approved_at:
        return StaleEditError(_(
            "The slip was signed off by {name} at {time} a moment ago; look at the case "
            "again.").format(name=staff_name(slip.approved_by_id) or "?",
                             time=when_text(slip.approved_at)),
            by=staff_name(slip.approved_by_id), at=slip.approved_at)
    return StaleEditError(_("The slip was changed on another desk a moment ago, so this "
                            "step was not taken; look at the case again."))


def stale_record(what: str) -> StaleEditError:
    """The refusal for another record (a revisit, a corrective action) saved meanwhile."""
    return StaleEditError(_("{what} was changed on another desk a moment ago, so this step "
                            "was not taken; look at it again.").format(what=what))
