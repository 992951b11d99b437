"""The complaint record (客户投诉记录): intake, editing with history, voiding."""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field, fields

from peewee import JOIN

from desk.i18n import _
from desk.services.audit import trail
from desk.services.common import vocab
from desk.services.common.clock import system_clock
from desk.services.common.validation import (
    ValidationError,
    check_length,
    check_phone,
    phone_digits,
    required_reason,
)
from desk.services.common.versions import stale_case, versioned_update
from desk.services.org.organisation import reply_hours
from desk.services.org.permissions import require
from desk.store.db import increment, transaction
from desk.store.models.cases import (
    CaseCounter,
    Category,
    Channel,
    Complaint,
    ComplaintChange,
    Department,
    Site,
    Staff,
    Tenant,
)
from desk.store.models.slips import CaseEvent, HandlingSlip
from desk.text import DATETIME_FORMAT, clean_text


@dataclass
class ComplaintInput:
    """What the intake form holds; every field as the clerk typed it."""
    channel_id: int | None = None
    category_id: int | None = None
    severity: str = "ordinary"
    complainant_name: str = ""
    phone: str = ""
    address: str = ""
    room_no: str = ""
    member_no: str = ""
    customer_class: str = "ordinary"
    anonymous: bool = False
    incident_at: dt.datetime | None = None
    incident_place: str = ""
    object_type: str = "other"
    tenant_id: int | None = None
    department_id: int | None = None
    staff_id: int | None = None
    object_text: str = ""
    description: str = ""
    demands: list[str] = field(default_factory=list)
    demand_text: str = ""
    recorded_by_id: int | None = None
    received_at: dt.datetime | None = None
    site_id: int | None = None          # the desk's site, for a new record

    def to_json(self) -> dict:
        data = asdict(self)
        for key in ("incident_at", "received_at"):
            if data[key] is not None:
                data[key] = data[key].isoformat()
        return data

    @classmethod
    def from_json(cls, data: dict) -> ComplaintInput:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        for key in ("incident_at", "received_at"):
            if values.get(key):
                try:
                    values[key] = dt.datetime.fromisoformat(values[key])
                except (TypeError, ValueError):
                    values[key] = None
        return cls(**values)


# Fields copied from the input to the record as they are (after cleaning).
_TEXT_FIELDS = {
    "complainant_name": False, "phone": False, "address": False, "room_no": False,
    "member_no": False, "incident_place": False, "object_text": False,
    "description": True, "demand_text": True,
}
_FIELD_LABELS = {
    "complainant_name": vocab.N_("Complainant"), "phone": vocab.N_("Phone"),
    "address": vocab.N_("Address"), "room_no": vocab.N_("Room no."),
    "member_no": vocab.N_("Member no."), "incident_place": vocab.N_("Place"),
    "object_text": vocab.N_("Product or service"), "description": vocab.N_("What happened"),
    "demand_text": vocab.N_("Demand in the customer's words"),
}


def _clean(data: ComplaintInput, known: dict | None = None,
           acting: Staff | None = None) -> tuple[dict, dict[str, str]]:
    """The record's values and the errors by field. ``known`` maps a model to its rows by
    id, read once by a caller checking many inputs (the import); others are queried.
    ``acting``: the acting person's row, read already by the permission check."""
    def row(model, row_id):
        if model is Staff and acting is not None and acting.id == row_id:
            return acting
        if known is not None and model in known:
            return known[model].get(row_id)
        return model.get_or_none(model.id == row_id)

    errors: dict[str, str] = {}
    values: dict = {}
    for name, multiline in _TEXT_FIELDS.items():
        text = clean_text(getattr(data, name), multiline=multiline)
        check_length(errors, name, text, _(_FIELD_LABELS[name]))
        values[name] = text
    check_phone(errors, "phone", values["phone"], _("Phone"))
    channel = row(Channel, data.channel_id) if data.channel_id else None
    if channel is None:
        errors["channel"] = _("Pick the channel the complaint came through.")
    if not data.category_id or not row(Category, data.category_id):
        errors["category"] = _("Pick a category.")
    if data.severity not in vocab.SEVERITIES:
        errors["severity"] = _("Pick a severity.")
    if data.customer_class not in vocab.CUSTOMER_CLASSES:
        errors["customer_class"] = _("Pick a customer class.")
    if data.object_type not in vocab.OBJECT_TYPES:
        errors["object_type"] = _("Pick what the complaint is about.")
    bad = [d for d in data.demands if d not in vocab.DEMANDS]
    if bad:
        errors["demand"] = _("Unknown demand: {codes}").format(codes=", ".join(map(str, bad)))
    anonymous = bool(data.anonymous)
    if anonymous and channel is not None and not channel.allows_anonymous:
        errors["anonymous"] = _("Only complaints from the suggestion box, letters, the web "
                                "or social media can be anonymous.")
    if not anonymous and not values["complainant_name"]:
        errors["complainant_name"] = _("Enter the complainant's name, or mark the "
                                       "complaint anonymous.")
    if not anonymous and not values["phone"] and not values["address"]:
        errors["phone"] = _("Enter a phone number or an address so the customer can get "
                            "an answer.")
    if not values["description"]:
        errors["description"] = _("Describe what happened.")
    for key, model in (("tenant_id", Tenant), ("department_id", Department),
                       ("staff_id", Staff), ("recorded_by_id", Staff), ("site_id", Site)):
        row_id = getattr(data, key)
        if row_id and not row(model, row_id):
            errors[key.removesuffix("_id")] = _("The chosen entry no longer exists.")
    if data.object_type == "tenant" and not data.tenant_id:
        errors["tenant"] = _("Pick the tenant the complaint is about.")
    if data.object_type == "department" and not data.department_id:
        errors["department"] = _("Pick the department the complaint is about.")
    if data.object_type == "staff" and not data.staff_id:
        errors["staff"] = _("Pick the staff member the complaint is about.")
    values.update(
        channel=data.channel_id, category=data.category_id, severity=data.severity,
        customer_class=data.customer_class, anonymous=anonymous,
        incident_at=data.incident_at, object_type=data.object_type,
        tenant=data.tenant_id if data.object_type == "tenant" else None,
        department=data.department_id if data.object_type == "department" else None,
        staff=data.staff_id if data.object_type == "staff" else None,
        demands=",".join(dict.fromkeys(data.demands)), site=data.site_id or None,
        phone_digits=phone_digits(values["phone"]),
    )
    return values, errors


def validate(data: ComplaintInput) -> None:
    _values, errors = _clean(data)
    if errors:
        raise ValidationError(errors)


def next_case_no(day: dt.date) -> str:
    """Hand out the next YYYYMMDD-NNNN number; call inside the saving transaction."""
    key = day.strftime("%Y%m%d")
    number = increment(CaseCounter.last, CaseCounter.day, key)
    return f"{key}-{number:04d}"


def promised_reply(received_at: dt.datetime, severity: str) -> dt.datetime:
    """When the customer is told to expect an answer (002 §4.4), by the severity policy."""
    hours = reply_hours().get(severity, vocab.DEFAULT_REPLY_HOURS["ordinary"])
    return received_at + dt.timedelta(hours=hours)


def create_complaint(data: ComplaintInput, clock=system_clock) -> Complaint:
    """Validate and save a new complaint in one transaction; returns the saved record."""
    acting = require(data.recorded_by_id, "take_complaints")
    values, errors = _clean(data, acting=acting)
    if errors:
        raise ValidationError(errors)
    moment = clock.now()
    received = data.received_at or moment
    promise = promised_reply(received, values["severity"])
    with transaction():
        record = Complaint.create(
            case_no=next_case_no(moment.date()), status="new", received_at=received,
            recorded_by=data.recorded_by_id, reply_due_at=promise,
            intake_reply_due_at=promise, created_at=moment, updated_at=moment,
            updated_by=data.recorded_by_id, **values)
        CaseEvent.create(complaint=record, at=moment, by=data.recorded_by_id, kind="intake",
                         to_status="new")
        trail.record(data.recorded_by_id, "intake", complaint_id=record.id,
                     user_name=acting.name if acting is not None else None,
                     case_no=record.case_no, field="status", new="new", at=moment)
    return record


_HISTORY_FIELDS = ("channel", "category", "severity", "complainant_name", "phone", "address",
                   "room_no", "member_no", "customer_class", "anonymous", "incident_at",
                   "incident_place", "object_type", "tenant", "department", "staff",
                   "object_text", "description", "demands", "demand_text")


def _raw(record: Complaint, name: str):
    model_field = Complaint._meta.fields[name]
    return getattr(record, model_field.column_name if hasattr(model_field, "rel_model")
                   else name)


def _as_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime(DATETIME_FORMAT)
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def update_complaint(complaint_id: int, data: ComplaintInput, by_id: int | None,
                     clock=system_clock, expected_version: int | None = None) -> list[str]:
    """Save edits; each changed field is kept in the history. Returns the changed fields.

    ``expected_version`` is the version of the record the person began editing: when
    another desk saved it since, ``StaleEditError`` says who and when and nothing is saved.
    """
    acting = require(by_id, "take_complaints")
    name_of = acting.name if acting is not None else None
    values, errors = _clean(data, acting=acting)
    if errors:
        raise ValidationError(errors)
    moment = clock.now()
    with transaction():
        record = Complaint.get_or_none(Complaint.id == complaint_id)
        if record is None or (expected_version is not None
                              and record.version != expected_version):
            raise stale_case(complaint_id)
        changed = []
        for name in _HISTORY_FIELDS:
            old, new = _raw(record, name), values[name]
            if isinstance(old, dt.datetime) and isinstance(new, dt.datetime):
                old, new = old.replace(microsecond=0), new.replace(microsecond=0)
            if _as_text(old) != _as_text(new):
                changed.append(name)
                _change(record, moment, by_id, name, _as_text(old), _as_text(new),
                        user_name=name_of)
        if changed:
            update = {name: values[name] for name in changed}
            update["phone_digits"] = values["phone_digits"]
            if "severity" in changed and not _has_agreed_date(complaint_id):
                # The intake promise follows the severity until a date is agreed on a slip.
                promise = promised_reply(record.received_at, values["severity"])
                update["reply_due_at"] = update["intake_reply_due_at"] = promise
                _change(record, moment, by_id, "reply_due_at",
                        _as_text(record.reply_due_at), _as_text(promise), user_name=name_of)
            update.update(updated_at=moment, updated_by=by_id)
            if not versioned_update(Complaint, complaint_id, record.version, update):
                raise stale_case(complaint_id)   # another desk's save got in first
    return changed


#: fields whose values are the customer's or free text: digests in the audit chain
PERSONAL_FIELDS = frozenset(_TEXT_FIELDS) | {"voided", "attachment"}


def _change(record: Complaint, moment: dt.datetime, by_id: int | None, name: str, old: str,
            new: str, action: str = "edit", user_name: str | None = None) -> None:
    """One changed field: the case's edit history and the audit trail (inside the caller's
    transaction); ``user_name``: the acting person's, when read already."""
    ComplaintChange.create(complaint=record, at=moment, by=by_id, field=name, old_value=old,
                           new_value=new)
    trail.record(by_id, action, complaint_id=record.id, case_no=record.case_no, field=name,
                 old=old, new=new, personal=name in PERSONAL_FIELDS, at=moment,
                 user_name=user_name)


def field_texts(data: ComplaintInput) -> dict[str, str]:
    """What ``data`` would save in each field the history keeps, as the history writes it:
    compared with ``record_texts`` it shows where a form and the saved record differ."""
    values, _errors = _clean(data)
    return {name: _as_text(values[name]) for name in _HISTORY_FIELDS}


def record_texts(record: Complaint) -> dict[str, str]:
    return {name: _as_text(_raw(record, name)) for name in _HISTORY_FIELDS}


def merge_input(base: dict[str, str], typed: ComplaintInput, record: Complaint) -> ComplaintInput:
    """What a refused form should hold next: the saved ``record``'s values, except in the
    fields this person changed from ``base`` (the ``record_texts`` they began from), where
    what they typed stays. Nothing typed is lost and the other desk's changes are taken."""
    mine = field_texts(typed)
    merged = input_from_record(record)
    for name in _HISTORY_FIELDS:
        if mine[name] != base.get(name):
            attr = name + "_id" if name in _CHOICE_FIELDS else name
            setattr(merged, attr, getattr(typed, attr))
    return merged


_CHOICE_FIELDS = ("channel", "category", "tenant", "department", "staff")


def _has_agreed_date(complaint_id: int) -> bool:
    return HandlingSlip.select().where(
        (HandlingSlip.complaint == complaint_id) & HandlingSlip.active
        & HandlingSlip.agreed_reply_at.is_null(False)).exists()


def set_current_promise(record: Complaint, when: dt.datetime, by_id: int | None,
                        moment: dt.datetime) -> None:
    """The one current promise to the customer: the case's reply date, shown by the list,
    Today, the receipt and the case window, follows the date agreed on its slip; the intake
    promise stays in ``intake_reply_due_at`` and each move in the history. Runs inside the
    caller's transaction."""
    if record.reply_due_at == when:
        return
    _change(record, moment, by_id, "reply_due_at", _as_text(record.reply_due_at),
            _as_text(when))
    version = versioned_update(Complaint, record.id, record.version, {
        "reply_due_at": when, "updated_at": moment, "updated_by": by_id})
    if not version:
        raise stale_case(record.id, step=True)
    record.reply_due_at, record.version = when, version


def void_complaint(complaint_id: int, reason: str, by_id: int | None,
                   clock=system_clock) -> None:
    """Void a duplicate or test entry. Nothing is deleted; the case stays findable."""
    require(by_id, "void")
    reason = required_reason(reason, "void_reason", _("Give a reason for voiding the case."))
    moment = clock.now()
    with transaction():
        record = Complaint.get_by_id(complaint_id)
        if record.voided:
            raise ValidationError({"void_reason": _("The case is void already.")})
        if not versioned_update(Complaint, complaint_id, record.version, {
                "voided": True, "void_reason": reason, "voided_at": moment,
                "voided_by": by_id, "updated_at": moment, "updated_by": by_id}):
            raise stale_case(complaint_id, step=True)
        _change(record, moment, by_id, "voided", "0", reason, action="void")


def input_from_record(record: Complaint) -> ComplaintInput:
    return ComplaintInput(
        channel_id=record.channel_id, category_id=record.category_id,
        severity=record.severity, complainant_name=record.complainant_name,
        phone=record.phone, address=record.address, room_no=record.room_no,
        member_no=record.member_no, customer_class=record.customer_class,
        anonymous=record.anonymous, incident_at=record.incident_at,
        incident_place=record.incident_place, object_type=record.object_type,
        tenant_id=record.tenant_id, department_id=record.department_id,
        staff_id=record.staff_id, object_text=record.object_text,
        description=record.description,
        demands=[d for d in record.demands.split(",") if d], demand_text=record.demand_text,
        recorded_by_id=record.recorded_by_id, received_at=record.received_at,
        site_id=record.site_id)


def get_complaint(complaint_id: int) -> Complaint | None:
    return Complaint.get_or_none(Complaint.id == complaint_id)


def find_by_case_no(case_no: str) -> Complaint | None:
    return Complaint.get_or_none(Complaint.case_no == case_no.strip())


@dataclass
class HistoryEntry:
    at: dt.datetime
    by: str
    field: str
    old_value: str
    new_value: str


def history(complaint_id: int) -> list[HistoryEntry]:
    query = (ComplaintChange.select(ComplaintChange, Staff.name.alias("by_name"))
             .join(Staff, JOIN.LEFT_OUTER, on=(ComplaintChange.by == Staff.id))
             .where(ComplaintChange.complaint == complaint_id)
             .order_by(ComplaintChange.at.desc(), ComplaintChange.id.desc())
             .objects())
    return [HistoryEntry(c.at, c.by_name or "", c.field, c.old_value, c.new_value)
            for c in query]
