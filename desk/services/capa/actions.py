"""Corrective and preventive actions (客诉纠正与预防措施记录表, 002 §4.7 ②).

A record is opened, usually with one click from a repeat suggestion, pre-filled with the
problem and the complaints behind it. It gets a root cause (people, method, material,
equipment, environment, management), corrective and preventive actions each with an owner,
a due date and a done date, and the sign-off of the operations manager and then the GM.
Once both have signed and every action is done, the verification period starts; when it is
over, :func:`verify` counts the complaints of the same kind received meanwhile and records
whether the actions worked.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter

from desk.i18n import _
from desk.services.audit import trail
from desk.services.capa.repeats import Suggestion
from desk.services.capa.settings import capa_settings
from desk.services.casework.base import WorkflowError
from desk.services.common.clock import system_clock
from desk.services.common.validation import ValidationError
from desk.services.common.versions import stale_record, versioned_update
from desk.services.common.vocab import ACTION_KINDS, ROOT_CAUSES
from desk.services.org.permissions import require
from desk.store.db import transaction
from desk.store.models.capa import CapaAction, CapaLink, CorrectiveAction
from desk.store.models.cases import Complaint, Staff
from desk.text import clean_text

OPS_ROLES = ("operations_manager", "deputy_gm", "gm")
GM_ROLES = ("gm",)
TEXT_LIMIT = 5000


def get_capa(capa_id: int) -> CorrectiveAction:
    capa = CorrectiveAction.get_or_none(CorrectiveAction.id == capa_id)
    if capa is None:
        raise WorkflowError(_("Corrective action {id} does not exist.").format(id=capa_id))
    return capa


def record_no(capa: CorrectiveAction) -> str:
    return f"CA-{capa.opened_at:%Y}-{capa.id:04d}"


def _text(value: str, field: str, label: str, required: bool = False,
          limit: int = TEXT_LIMIT) -> str:
    text = clean_text(value, multiline=True)
    if required and not text:
        raise ValidationError({field: _("{field} is required.").format(field=label)})
    if len(text) > limit:
        raise ValidationError({field: _("{field} is too long: {count} characters, at most "
                                        "{limit}.").format(field=label, count=len(text),
                                                           limit=limit)})
    return text


def _problem_text(suggestion: Suggestion) -> str:
    return _("{title}. Cases: {cases}.").format(title=suggestion.title,
                                                cases=", ".join(suggestion.case_nos[:50]))


def open_capa(suggestion: Suggestion | None = None, complaint_ids=(), problem: str = "",
              by_id: int | None = None, clock=system_clock) -> int:
    """Open a corrective action from a suggestion (one click) or for chosen complaints.
    A suggestion that has an open record already gives that record back."""
    require(by_id, "capa_work")
    if suggestion is not None and suggestion.capa_id:
        existing = CorrectiveAction.get_or_none(CorrectiveAction.id == suggestion.capa_id)
        if existing is not None and existing.status != "closed":
            return existing.id
    ids = list(dict.fromkeys(suggestion.case_ids if suggestion else complaint_ids))
    records = list(Complaint.select().where(Complaint.id.in_(ids))) if ids else []
    if not records:
        raise ValidationError({"cases": _("Pick the complaints the action is about.")})
    fields: dict = {"problem": _text(problem, "problem", _("Problem"))}
    if suggestion is not None:
        if suggestion.key:
            existing = (CorrectiveAction.select().where(
                (CorrectiveAction.source_key == suggestion.key)
                & (CorrectiveAction.status != "closed")).first())
            if existing is not None:
                return existing.id
        fields.update(source_kind=suggestion.kind, source_key=suggestion.key,
                      category=suggestion.category_id, phone_digits=suggestion.phone_digits,
                      object_type=suggestion.object_type or "")
        if suggestion.object_type in ("tenant", "department", "staff"):
            fields[suggestion.object_type] = suggestion.object_id
        fields["problem"] = fields["problem"] or _problem_text(suggestion)
    else:
        common = Counter(r.category_id for r in records).most_common(1)
        fields.update(source_kind="manual", category=common[0][0] if common else None)
        objects = {(r.object_type, r.tenant_id or r.department_id or r.staff_id) for r in records}
        if len(objects) == 1:
            otype, oid = objects.pop()
            if otype in ("tenant", "department", "staff") and oid:
                fields.update(object_type=otype, **{otype: oid})
    now = clock.now()
    with transaction():
        capa = CorrectiveAction.create(opened_at=now, opened_by=by_id, updated_at=now,
                                       verify_days=capa_settings()["verify_days"],
                                       baseline_count=len(records), **fields)
        for record in records:
            CapaLink.create(capa=capa, complaint=record.id)
        _audit(by_id, "capa.open", capa.id, now, "problem", None, fields["problem"])
    return capa.id


#: the fields of a record whose values are free text (digests in the audit chain)
_FREE_TEXT = ("problem", "root_cause", "action")


def _audit(by_id, action: str, capa_id: int, at, field: str = "", old=None, new=None) -> None:
    """One change of a corrective action in the audit trail (inside its transaction)."""
    trail.record(by_id, action, kind="capa", record_id=capa_id, field=field, old=old,
                 new=new, personal=field in _FREE_TEXT, at=at)


def _check_unsigned(capa: CorrectiveAction) -> None:
    if capa.ops_signed_at or capa.gm_signed_at:
        raise WorkflowError(_("The record is signed; its problem, root cause and actions "
                              "can no longer change."))


def update_capa(capa_id: int, problem: str | None = None, root_cause_category: str | None = None,
                root_cause: str | None = None, clock=system_clock, by_id: int | None = None,
                expected_version: int | None = None) -> None:
    """Save the problem and root cause; ``expected_version``: the version the person began
    from (another desk's save since refuses this one)."""
    require(by_id, "capa_work")
    update: dict = {}
    if problem is not None:
        update["problem"] = _text(problem, "problem", _("Problem"), required=True)
    if root_cause_category is not None:
        if root_cause_category and root_cause_category not in ROOT_CAUSES:
            raise ValidationError({"root_cause_category": _("Pick a root-cause category.")})
        update["root_cause_category"] = root_cause_category
    if root_cause is not None:
        update["root_cause"] = _text(root_cause, "root_cause", _("Root cause"))
    with transaction():
        capa = get_capa(capa_id)
        if expected_version is not None and capa.version != expected_version:
            raise stale_record(_("The corrective action record"))
        _check_unsigned(capa)
        if update:
            for name, value in update.items():
                if value != getattr(capa, name):
                    _audit(by_id, "capa.edit", capa_id, clock.now(), name,
                           getattr(capa, name), value)
            update["updated_at"] = clock.now()
            _save(capa, update)


def _save(capa: CorrectiveAction, values: dict) -> None:
    """Change the record as this step read it; another desk's change first refuses it."""
    version = versioned_update(CorrectiveAction, capa.id, capa.version, values)
    if not version:
        raise stale_record(_("The corrective action record"))
    capa.version = version


def add_action(capa_id: int, kind: str, text: str, owner_id: int | None = None,
               owner_name: str = "", due: dt.date | None = None, clock=system_clock,
               by_id: int | None = None) -> int:
    require(by_id, "capa_work")
    errors: dict[str, str] = {}
    if kind not in ACTION_KINDS:
        errors["kind"] = _("Pick corrective or preventive.")
    text = _text(text, "text", _("Action"), required=True, limit=2000)
    owner_name = clean_text(owner_name)[:50]
    owner = Staff.get_or_none(Staff.id == owner_id) if owner_id else None
    if owner_id and owner is None:
        errors["owner"] = _("The chosen entry no longer exists.")
    if not owner and not owner_name:
        errors["owner"] = _("Name the owner of the action.")
    if due is None:
        errors["due"] = _("Set the date the action is due.")
    if errors:
        raise ValidationError(errors)
    with transaction():
        capa = get_capa(capa_id)
        _check_unsigned(capa)
        action = CapaAction.create(capa=capa, kind=kind, text=text, owner=owner_id or None,
                                   owner_name=owner.name if owner else owner_name, due=due)
        _save(capa, {"updated_at": clock.now()})
        _audit(by_id, f"capa.{kind}_added", capa_id, clock.now(), "action", None, text)
    return action.id


def remove_action(action_id: int, by_id: int | None = None) -> None:
    require(by_id, "capa_work")
    with transaction():
        action = CapaAction.get_or_none(CapaAction.id == action_id)
        if action is None:
            return
        _check_unsigned(get_capa(action.capa_id))
        action.delete_instance()
        _audit(by_id, f"capa.{action.kind}_removed", action.capa_id, system_clock.now(),
               "action", action.text, None)


def mark_done(action_id: int, done: dt.date | None, clock=system_clock, by_id: int | None = None) -> None:
    """Record (or clear, with ``None``) the date an action was done."""
    require(by_id, "capa_work")
    with transaction():
        action = CapaAction.get_or_none(CapaAction.id == action_id)
        if action is None:
            raise WorkflowError(_("The action no longer exists."))
        capa = get_capa(action.capa_id)
        if capa.status == "closed":
            raise WorkflowError(_("The record is closed."))
        if done is not None and done > clock.now().date():
            raise ValidationError({"done": _("The done date cannot be in the future.")})
        CapaAction.update(done=done).where(CapaAction.id == action_id).execute()
        _audit(by_id, "capa.action_done", capa.id, clock.now(), "done", action.done, done)
        _set_period(capa.id, clock)


def sign(capa_id: int, role: str, by_id: int, clock=system_clock) -> None:
    """Sign the record off: ``ops`` (operations manager), then ``gm``."""
    require(by_id, {"ops": "capa_sign_ops", "gm": "capa_sign_gm"}.get(role, "capa_sign_gm"))
    now = clock.now()
    with transaction():
        capa = get_capa(capa_id)
        if not capa.problem or not capa.root_cause_category:
            raise WorkflowError(_("State the problem and pick the root-cause category before "
                                  "signing."))
        if not CapaAction.select().where((CapaAction.capa == capa_id)
                                         & (CapaAction.kind == "corrective")).exists():
            raise WorkflowError(_("Add at least one corrective action before signing."))
        if role == "ops":
            if capa.ops_signed_at:
                raise WorkflowError(_("Signed already."))
            update = {"ops_signed_at": now, "ops_signed_by": by_id}
        elif role == "gm":
            if not capa.ops_signed_at:
                raise WorkflowError(_("The operations manager signs first."))
            if capa.gm_signed_at:
                raise WorkflowError(_("Signed already."))
            update = {"gm_signed_at": now, "gm_signed_by": by_id}
        else:
            raise ValueError(f"unknown sign-off {role!r}")
        _save(capa, {"updated_at": now, **update})
        _audit(by_id, f"capa.signed_{role}", capa_id, now)
        _set_period(capa_id, clock)


def _set_period(capa_id: int, clock) -> None:
    """Both signed and every action done: the verification period starts."""
    capa = get_capa(capa_id)
    if capa.status == "closed":
        return
    actions = list(CapaAction.select().where(CapaAction.capa == capa_id))
    ready = (capa.ops_signed_at and capa.gm_signed_at and actions
             and all(a.done for a in actions))
    if ready:
        start = max([a.done for a in actions] + [capa.gm_signed_at.date()])
        update = {"status": "verifying", "verify_from": start,
                  "verify_until": start + dt.timedelta(days=capa.verify_days - 1)}
    else:
        update = {"status": "open", "verify_from": None, "verify_until": None}
    _save(capa, update)


def matching_cases(capa: CorrectiveAction, start: dt.date, end: dt.date):
    """Complaints of the same kind received from ``start`` to ``end`` (both inclusive),
    leaving out the ones the record is about."""
    query = Complaint.select(Complaint.id).where(
        (Complaint.received_at >= dt.datetime.combine(start, dt.time()))
        & (Complaint.received_at < dt.datetime.combine(end + dt.timedelta(days=1), dt.time()))
        & (Complaint.voided == False)  # noqa: E712
        & Complaint.id.not_in(CapaLink.select(CapaLink.complaint).where(CapaLink.capa == capa.id)))
    if capa.category_id:
        query = query.where(Complaint.category == capa.category_id)
    for name in ("tenant", "department", "staff"):
        if getattr(capa, f"{name}_id"):
            query = query.where(getattr(Complaint, name) == getattr(capa, f"{name}_id"))
    if capa.phone_digits:
        query = query.where(Complaint.phone_digits == capa.phone_digits)
    return query


def verify(capa_id: int, by_id: int | None = None, clock=system_clock) -> bool:
    """Count the complaints of the same kind in the verification period and record the
    result; returns whether the actions were effective."""
    require(by_id, "capa_verify")
    now = clock.now()
    with transaction():
        capa = get_capa(capa_id)
        if capa.status != "verifying" or capa.verify_until is None:
            raise WorkflowError(_("The verification starts once both have signed and every "
                                  "action is done."))
        if now.date() <= capa.verify_until:
            raise WorkflowError(_("The verification period runs until {date}; count the "
                                  "complaints after that.").format(date=capa.verify_until))
        if not (capa.category_id or capa.phone_digits or capa.tenant_id or capa.department_id
                or capa.staff_id):
            raise WorkflowError(_("The record does not say which complaints count as the "
                                  "same kind."))
        count = matching_cases(capa, capa.verify_from, capa.verify_until).count()
        effective = count <= capa_settings()["effective_max"]
        _save(capa, {"verification_count": count, "effective": effective,
                     "verified_at": now, "verified_by": by_id, "status": "closed",
                     "updated_at": now})
        _audit(by_id, "capa.verified", capa_id, now, "verification_count", None,
               {"count": count, "effective": effective})
    return effective


def verify_due(clock=system_clock) -> list[tuple[int, bool]]:
    """Verify every record whose period is over (for Task Scheduler)."""
    today = clock.now().date()
    due = [c.id for c in CorrectiveAction.select(CorrectiveAction.id).where(
        (CorrectiveAction.status == "verifying") & (CorrectiveAction.verify_until < today))]
    done = []
    for capa_id in due:
        try:
            done.append((capa_id, verify(capa_id, clock=clock)))
        except WorkflowError:
            continue
    return done
