"""The handling slip (客户投诉处理单): answering at the desk, issuing a slip to a department
or tenant, sign-off, the result, and closing (002 §4.5)."""
from __future__ import annotations

import datetime as dt

from desk.i18n import _
from desk.services.cases.complaints import set_current_promise
from desk.services.casework.base import (
    WorkflowError,
    active_slip,
    get_case,
    record_event,
    require_slip,
    save_slip,
)
from desk.services.common import vocab
from desk.services.common.clock import system_clock
from desk.services.common.validation import ValidationError, check_length
from desk.services.org.permissions import on_behalf, require
from desk.services.revisits import schedule as revisits
from desk.store.db import transaction
from desk.store.models.cases import Department, Staff, Tenant
from desk.store.models.slips import Compensation, CustomerContact, HandlingSlip, WrittenReply
from desk.text import clean_text

TENANT_CALL_HOURS = 24          # 002 flow chart: call the tenant's manager within 24 h
SIGN_OFF_ROLES = ("operations_manager", "deputy_gm", "gm")
WRITTEN_CHANNELS = ("letter", "email")


def _text(value: str, field: str, label: str, required: bool = True, limit: int = 5000) -> str:
    text = clean_text(value, multiline=True)
    errors: dict[str, str] = {}
    if required and not text:
        errors[field] = _("{field} is required.").format(field=label)
    elif len(text) > limit:
        errors[field] = _("{field} is too long: {count} characters, at most {limit}.").format(
            field=label, count=len(text), limit=limit)
    if errors:
        raise ValidationError(errors)
    return text


def _result_fields(result: str, opinion: str, opinion_text: str) -> tuple[str, str, str]:
    """The handling result (required), the customer's opinion (a code, or "" while not
    known) and their words, checked."""
    result = _text(result, "result", _("Handling result"))
    opinion = opinion or ""
    if opinion and opinion not in vocab.OPINIONS:
        raise ValidationError({"opinion": _("Record the customer's opinion.")})
    return result, opinion, _text(opinion_text, "opinion_text", _("Customer's words"), False, 500)


def _check_open(record) -> None:
    if record.status in vocab.CLOSED_STATUSES:
        raise WorkflowError(_("Case {case_no} already has a result.").format(
            case_no=record.case_no))


def answer_at_desk(complaint_id: int, result: str, opinion: str, opinion_text: str = "",
                   by_id: int | None = None, needs_signature: bool = False,
                   clock=system_clock) -> HandlingSlip:
    """The desk answers the complaint itself (002 §4.5 ①)."""
    require(by_id, "issue_slips")
    result, opinion, opinion_text = _result_fields(result, opinion, opinion_text)
    now = clock.now()
    with transaction():
        record = get_case(complaint_id)
        if not opinion and record.channel.code not in WRITTEN_CHANNELS:
            # At the desk the customer is there to say it; a letter's answer goes by post.
            raise ValidationError({"opinion": _("Record the customer's opinion.")})
        if active_slip(complaint_id):
            raise WorkflowError(_("A handling slip exists already; record the result on it."))
        slip = HandlingSlip.create(complaint=record, route="desk", issued_at=now,
                                   issued_by=by_id, result=result, result_at=now,
                                   result_by=by_id, opinion=opinion, opinion_text=opinion_text,
                                   needs_signature=needs_signature, owner=by_id)
        record_event(record, "answered_at_desk", by_id, now, result,
                     "awaiting_signature" if needs_signature else "resolved")
    return slip


def default_supervisor() -> int | None:
    row = (Staff.select().where((Staff.role == "floor_supervisor") & (Staff.active == True))  # noqa: E712
           .order_by(Staff.id).first())
    return row.id if row else None


def issue_slip(complaint_id: int, route: str, agreed_reply_at: dt.datetime,
               by_id: int | None = None, department_id: int | None = None,
               tenant_id: int | None = None, responsible_id: int | None = None,
               responsible_name: str = "", supervisor_id: int | None = None,
               clock=system_clock) -> HandlingSlip:
    """Send the case to a department or tenant with an agreed reply date (002 §4.5 ②).

    Tenant slips go through a floor supervisor; every slip leaving the desk waits for the
    operations manager's sign-off.
    """
    require(by_id, "issue_slips")
    now = clock.now()
    errors: dict[str, str] = {}
    if route not in ("department", "tenant"):
        errors["route"] = _("Send the slip to a department or a tenant.")
    if route == "department" and not Department.get_or_none(Department.id == department_id):
        errors["department"] = _("Pick the responsible department.")
    if route == "tenant":
        if not Tenant.get_or_none(Tenant.id == tenant_id):
            errors["tenant"] = _("Pick the tenant.")
        supervisor_id = supervisor_id or default_supervisor()
        if not supervisor_id:
            errors["supervisor"] = _("Tenant slips go through a floor supervisor; add one "
                                     "in the organisation setup.")
    if agreed_reply_at is None or agreed_reply_at <= now:
        errors["agreed_reply_at"] = _("The agreed reply date must be in the future.")
    name = clean_text(responsible_name)
    check_length(errors, "manager", name, _("Responsible person"))
    if errors:
        raise ValidationError(errors)
    with transaction():
        record = get_case(complaint_id)
        _check_open(record)
        if active_slip(complaint_id):
            raise WorkflowError(_("Case {case_no} has a handling slip already.").format(
                case_no=record.case_no))
        if route == "tenant" and not name:
            name = Tenant.get_by_id(tenant_id).manager
        slip = HandlingSlip.create(
            complaint=record, route=route, department=department_id if route == "department"
            else None, tenant=tenant_id if route == "tenant" else None,
            responsible=responsible_id, responsible_name=name, supervisor=supervisor_id,
            issued_at=now, issued_by=by_id, agreed_reply_at=agreed_reply_at,
            agreed_set_at=now, owner=responsible_id or supervisor_id,
            tenant_call_due_at=(now + dt.timedelta(hours=TENANT_CALL_HOURS)
                                if route == "tenant" else None))
        set_current_promise(record, agreed_reply_at, by_id, now)
        record_event(record, "slip_issued", by_id, now, name, "awaiting_approval",
                     {"route": route, "agreed_reply_at": agreed_reply_at})
    return slip


def approve_slip(complaint_id: int, by_id: int, clock=system_clock) -> None:
    """The operations manager signs the slip off; it goes to the department."""
    require(by_id, "sign_off")
    now = clock.now()
    with transaction():
        record = get_case(complaint_id)
        slip = require_slip(record)
        if slip.approved_at:
            raise WorkflowError(_("The slip is signed off already."))
        save_slip(slip, dict(approved_at=now, approved_by=by_id))
        record_event(record, "slip_approved", by_id, now, "", "in_progress")


def record_result(complaint_id: int, result: str, opinion: str = "", opinion_text: str = "",
                  by_id: int | None = None, needs_signature: bool = False,
                  clock=system_clock) -> None:
    """The handling result; the customer's opinion can follow when it is known."""
    require(by_id, "record_results")
    result, opinion, opinion_text = _result_fields(result, opinion, opinion_text)
    now = clock.now()
    with transaction():
        record = get_case(complaint_id)
        _check_open(record)
        slip = require_slip(record)
        if slip.route != "desk" and not slip.approved_at:
            raise WorkflowError(_("The slip waits for the operations manager's sign-off."))
        save_slip(slip, dict(result=result, result_at=now, result_by=by_id,
                             result_on_behalf=on_behalf(by_id, slip.route), opinion=opinion,
                             opinion_text=opinion_text, needs_signature=needs_signature))
        record_event(record, "result", by_id, now, result,
                     "awaiting_signature" if needs_signature else "resolved")


def set_opinion(complaint_id: int, opinion: str, opinion_text: str = "",
                by_id: int | None = None, clock=system_clock) -> None:
    require(by_id, "work_cases")
    if opinion not in vocab.OPINIONS:
        raise ValidationError({"opinion": _("Record the customer's opinion.")})
    opinion_text = _text(opinion_text, "opinion_text", _("Customer's words"), False, 500)
    with transaction():
        record = get_case(complaint_id)
        slip = require_slip(record)
        save_slip(slip, dict(opinion=opinion, opinion_text=opinion_text))
        record_event(record, "customer_contact", by_id, clock.now(),
                     vocab.label(vocab.OPINIONS, opinion))


def mark_signed(complaint_id: int, attachment_id: int, by_id: int | None = None,
                clock=system_clock) -> None:
    """The signed paper came back: its scan is attached and the slip marked signed."""
    require(by_id, "work_cases")
    now = clock.now()
    with transaction():
        record = get_case(complaint_id)
        slip = require_slip(record)
        save_slip(slip, dict(signed_at=now, signed_attachment=attachment_id))
        to = "resolved" if record.status == "awaiting_signature" else None
        record_event(record, "signed", by_id, now, "", to)


def log_contact(complaint_id: int, method: str, note: str = "", by_id: int | None = None,
                clock=system_clock) -> None:
    """Every contact with the customer is kept (002 §5 ④ 持续反馈)."""
    require(by_id, "work_cases")
    if method not in vocab.CONTACT_METHODS:
        raise ValidationError({"method": _("Pick how the customer was contacted.")})
    note = _text(note, "note", _("Note"), False, 2000)
    now = clock.now()
    with transaction():
        record = get_case(complaint_id)
        CustomerContact.create(complaint=record, at=now, by=by_id, method=method, note=note)
        record_event(record, "customer_contact", by_id, now, note,
                     data={"method": method})


def log_tenant_call(complaint_id: int, note: str = "", by_id: int | None = None,
                    clock=system_clock) -> None:
    require(by_id, "work_cases")
    note = _text(note, "note", _("Note"), False, 2000)
    now = clock.now()
    with transaction():
        record = get_case(complaint_id)
        slip = require_slip(record)
        if slip.route != "tenant":
            raise WorkflowError(_("The slip is not with a tenant."))
        save_slip(slip, dict(tenant_called_at=now))
        record_event(record, "tenant_call", by_id, now, note)


def record_written_reply(complaint_id: int, body: str = "", waived_reason: str = "",
                         by_id: int | None = None, clock=system_clock) -> None:
    """A written complaint gets a written reply in the company's name (002 §4.5 ⑤),
    or the clerk records why not."""
    require(by_id, "work_cases")
    body = _text(body, "body", _("Reply"), False, 20000)
    waived_reason = _text(waived_reason, "waived_reason", _("Reason"), False, 500)
    if not body and not waived_reason:
        raise ValidationError({"body": _("Write the reply, or say why there is none.")})
    now = clock.now()
    with transaction():
        record = get_case(complaint_id)
        WrittenReply.create(complaint=record, at=now, by=by_id, body=body,
                            waived_reason=waived_reason)
        record_event(record, "written_reply", by_id, now, waived_reason)


def has_written_reply(complaint_id: int) -> bool:
    return WrittenReply.select().where(WrittenReply.complaint == complaint_id).exists()


def _close_blockers(record) -> list[str]:
    if record.status == "closed":
        return [_("The case is closed already.")]
    slip = active_slip(record.id)
    if slip is None:
        return [_("Answer the complaint at the desk or issue a handling slip first.")]
    blockers = []
    if not slip.result:
        blockers.append(_("Record the handling result before closing."))
    elif not (bool(slip.opinion) or CustomerContact.select().where(
            (CustomerContact.complaint == record)
            & (CustomerContact.at >= slip.result_at)).exists()):
        blockers.append(_("Tell the customer the result (log the contact or their "
                          "opinion) before closing."))
    if slip.needs_signature and not slip.signed_at:
        blockers.append(_("The customer's signed slip has not come back yet."))
    if record.channel.code in WRITTEN_CHANNELS and not has_written_reply(record.id):
        blockers.append(_("A written complaint needs a written reply in the company's name, "
                          "or a note why there is none."))
    if Compensation.select().where((Compensation.complaint == record)
                                   & (Compensation.needs_role != "")
                                   & Compensation.approved_at.is_null()).exists():
        blockers.append(_("A compensation still waits for approval."))
    return blockers


def close_blockers(complaint_id: int) -> list[str]:
    """What still stands in the way of closing, one sentence each (empty: it may close);
    the screens ask this before they ask "are you sure?"."""
    return _close_blockers(get_case(complaint_id))


def close_case(complaint_id: int, by_id: int | None = None, clock=system_clock) -> None:
    """Close: needs a result and the customer informed; a written complaint needs its
    written reply; compensation above a limit needs its approval."""
    require(by_id, "issue_slips")
    now = clock.now()
    with transaction():
        record = get_case(complaint_id)
        blockers = _close_blockers(record)
        if blockers:
            raise WorkflowError(blockers[0])
        record_event(record, "closed", by_id, now, "", "closed")
        revisits.schedule_after_close(record, now, by_id)   # the revisit (002 §4.6)


def reopen_case(complaint_id: int, reason: str, by_id: int | None = None,
                clock=system_clock) -> None:
    """A customer who is not satisfied can have the case reopened."""
    require(by_id, "reopen")
    reason = _text(reason, "reason", _("Reason"), True, 500)
    now = clock.now()
    with transaction():
        record = get_case(complaint_id)
        if record.status not in vocab.CLOSED_STATUSES:
            raise WorkflowError(_("Only a resolved or closed case can be reopened."))
        slip = require_slip(record)
        save_slip(slip, dict(result="", result_at=None, opinion="", opinion_text="",
                            signed_at=None, needs_signature=False))
        record_event(record, "reopened", by_id, now, reason, "in_progress",
                     {"previous_result": slip.result, "opinion": slip.opinion})
