"""A customer's personal data: everything held about the person with a phone number (an
access request), and its erasure (a deletion request) that keeps the cases and the
statistics — counts, categories, times, compensation amounts — but not the person.

Erasure replaces the phone number by a random token shared by the person's cases (so
repeat complaints still count as before and nothing leads back to the number), blanks
name, address, room and member number, removes their name and number from the free text
of their cases, revisits and corrective actions, deletes their attachments and drafts, and
then rebuilds the file so no copy lingers in free pages, the search index or the log.
"""
from __future__ import annotations

import json
import re
import secrets
from dataclasses import dataclass

from desk.i18n import _
from desk.services.common.clock import system_clock
from desk.services.common.validation import ValidationError, phone_digits
from desk.services.org.permissions import require
from desk.services.retention import audit_hook
from desk.services.retention.purge import delete_drafts, remove_unused_files
from desk.store import maintenance
from desk.store.db import transaction
from desk.store.models.capa import CapaAction, CapaLink, CorrectiveAction
from desk.store.models.cases import Attachment, Complaint, ComplaintChange, Draft
from desk.store.models.retention import PurgeRecord
from desk.store.models.review import SlipReview
from desk.store.models.revisits import Revisit, RevisitAttempt, RevisitCase
from desk.store.models.slips import (
    CaseEvent,
    Compensation,
    CustomerContact,
    HandlingSlip,
    ReplyDateChange,
    WrittenReply,
)

MIN_DIGITS = 7
#: what an erased name or number becomes inside free text
REDACTED = "***"
TOKEN_PREFIX = "erased-"
PERSONAL_FIELDS = ("complainant_name", "phone", "phone_digits", "address", "room_no",
                   "member_no")
#: (model, column pointing at the case, free-text fields) for everything under a case
CASE_TEXT = (
    (Complaint, Complaint.id, ("description", "demand_text", "object_text",
                               "incident_place", "void_reason")),
    (HandlingSlip, HandlingSlip.complaint, ("result", "opinion_text")),
    (CaseEvent, CaseEvent.complaint, ("note", "data")),
    (CustomerContact, CustomerContact.complaint, ("note",)),
    (Compensation, Compensation.complaint, ("note",)),
    (WrittenReply, WrittenReply.complaint, ("body", "waived_reason")),
)


def person_case_ids(phone: str) -> list[int]:
    digits = phone_digits(phone)
    if len(digits) < MIN_DIGITS:
        raise ValidationError({"phone": _(
            "Give the customer's phone number (at least {n} digits).").format(n=MIN_DIGITS)})
    ids = [r[0] for r in Complaint.select(Complaint.id)
           .where(Complaint.phone_digits == digits).order_by(Complaint.id).tuples()]
    if not ids:
        raise ValidationError({"phone": _("No case has the phone number {phone}.").format(
            phone=phone)})
    return ids


def _phone_pattern(digits: str) -> re.Pattern:
    """The number in free text, with any spaces, dashes or a +86 / 0086 in front."""
    body = r"[\s\-.]?".join(re.escape(d) for d in digits)
    return re.compile(r"(?<!\d)(?:(?:\+|00)?86[\s\-]?)?" + body + r"(?!\d)")


@dataclass
class Scrubber:
    names: list[str]
    phones: list[re.Pattern]

    def __call__(self, text: str) -> str:
        if not text:
            return text
        for pattern in self.phones:
            text = pattern.sub(REDACTED, text)
        for name in self.names:
            text = text.replace(name, REDACTED)
        return text


def _scrubber(ids: list[int], digits: str) -> Scrubber:
    names = {r[0].strip() for r in Complaint.select(Complaint.complainant_name)
             .where(Complaint.id.in_(ids)).tuples() if len(r[0].strip()) >= 2}
    names |= {r[0].strip() for r in Revisit.select(Revisit.customer_name)
              .where(Revisit.phone_digits == digits).tuples() if len(r[0].strip()) >= 2}
    return Scrubber(sorted(names, key=len, reverse=True), [_phone_pattern(digits)])


def _scrub_rows(model, where, fields: tuple[str, ...], scrub: Scrubber) -> int:
    columns = [model._meta.fields[f] for f in fields]
    changed = 0
    for row in model.select(model._meta.primary_key, *columns).where(where).tuples():
        update = {}
        for column, value in zip(columns, row[1:]):
            new = scrub(value or "")
            if new != (value or ""):
                update[column] = new
        if update:
            model.update(update).where(model._meta.primary_key == row[0]).execute()
            changed += 1
    return changed


@dataclass
class ErasureResult:
    cases: int
    attachments: int
    files: int
    record_id: int


def erase_customer(phone: str, by_id: int | None, clock=system_clock,
                   rebuild: bool | None = None) -> ErasureResult:
    """Anonymise the person with this phone number in every case (see the module). What
    is overwritten is zeroed in the file as it goes; ``rebuild`` as in
    :func:`desk.store.maintenance.reclaim_space` (``None``: rebuilt when small)."""
    require(by_id, "retention")
    ids = person_case_ids(phone)
    with maintenance.secure_deletes():
        result = _erase(phone, ids, by_id, clock)
        maintenance.scrub_search_index()
        maintenance.reclaim_space(rebuild, wipe_log=True)
    return result


def _erase(phone: str, ids: list[int], by_id: int | None, clock) -> ErasureResult:
    digits = phone_digits(phone)
    scrub = _scrubber(ids, digits)
    token = TOKEN_PREFIX + secrets.token_hex(6)
    with transaction():
        for model, column, fields in CASE_TEXT:
            _scrub_rows(model, column.in_(ids), fields, scrub)
        # the version moves too: a form still open on one of these cases must not write
        # the erased details back
        Complaint.update(complainant_name="", phone="", phone_digits=token, address="",
                         room_no="", member_no="", updated_by=by_id,
                         version=Complaint.version + 1).where(Complaint.id.in_(ids)).execute()
        slip_ids = HandlingSlip.select(HandlingSlip.id).where(HandlingSlip.complaint.in_(ids))
        _scrub_rows(ReplyDateChange, ReplyDateChange.slip.in_(slip_ids), ("reason",), scrub)
        _scrub_rows(SlipReview, SlipReview.slip.in_(slip_ids), ("comment",), scrub)
        HandlingSlip.update(signed_attachment=None).where(
            HandlingSlip.complaint.in_(ids)).execute()
        (ComplaintChange.update(old_value="", new_value="")
         .where(ComplaintChange.complaint.in_(ids)
                & ComplaintChange.field.in_(PERSONAL_FIELDS + ("attachment",))).execute())
        _scrub_rows(ComplaintChange, ComplaintChange.complaint.in_(ids),
                    ("old_value", "new_value"), scrub)
        revisits = Revisit.select(Revisit.id).where(
            (Revisit.phone_digits == digits) | Revisit.complaint.in_(ids)
            | Revisit.id.in_(RevisitCase.select(RevisitCase.revisit)
                             .where(RevisitCase.complaint.in_(ids))))
        revisit_ids = [r[0] for r in revisits.tuples()]
        _scrub_rows(Revisit, Revisit.id.in_(revisit_ids), ("words", "cancel_reason"), scrub)
        Revisit.update(customer_name="", phone_digits=token).where(
            Revisit.id.in_(revisit_ids)).execute()
        _scrub_rows(RevisitAttempt, RevisitAttempt.revisit.in_(revisit_ids), ("note",), scrub)
        capas = CorrectiveAction.select(CorrectiveAction.id).where(
            (CorrectiveAction.phone_digits == digits)
            | CorrectiveAction.id.in_(CapaLink.select(CapaLink.capa)
                                      .where(CapaLink.complaint.in_(ids))))
        capa_ids = [r[0] for r in capas.tuples()]
        _scrub_rows(CorrectiveAction, CorrectiveAction.id.in_(capa_ids),
                    ("problem", "root_cause"), scrub)
        CorrectiveAction.update(phone_digits=token).where(
            (CorrectiveAction.id.in_(capa_ids)) & (CorrectiveAction.phone_digits == digits)
        ).execute()
        _scrub_rows(CapaAction, CapaAction.capa.in_(capa_ids), ("text",), scrub)
        shas = {r[0] for r in Attachment.select(Attachment.sha256)
                .where(Attachment.complaint.in_(ids)).tuples()}
        attachments = Attachment.delete().where(Attachment.complaint.in_(ids)).execute()
        delete_drafts(set(ids))
        _delete_drafts_mentioning(scrub)
        audit_hook.erased(by_id, ids, revisit_ids, capa_ids, clock)
    files = remove_unused_files(shas)
    counts = {"cases": len(ids), "attachments": attachments, "files": files,
              "revisits": len(revisit_ids), "corrective_actions": len(capa_ids)}
    with transaction():
        record = PurgeRecord.create(kind="erase", at=clock.now(), by=by_id,
                                    counts=json.dumps(counts))
    return ErasureResult(len(ids), attachments, files, record.id)


def _delete_drafts_mentioning(scrub: Scrubber) -> None:
    """Autosaved forms that hold the name or number (a new case being typed in)."""
    gone = [key for key, payload in Draft.select(Draft.key, Draft.payload).tuples()
            if scrub(payload) != payload or scrub(_unescaped(payload)) != _unescaped(payload)]
    if gone:
        Draft.delete().where(Draft.key.in_(gone)).execute()


def _unescaped(payload: str) -> str:
    try:
        return json.dumps(json.loads(payload), ensure_ascii=False)
    except ValueError:
        return payload
