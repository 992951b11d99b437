"""What the case-work panel shows and which actions it offers, gathered from the services.

Plain data only: the panel reads a ``CaseState`` and never touches the store itself. The
action switches mirror the service rules so that buttons are enabled only when a step makes
sense; the services remain the final word (they raise WorkflowError when not).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from desk.i18n import _
from desk.services.cases.complaints import get_complaint
from desk.services.casework import compensation, escalation, slips
from desk.services.casework.base import TimelineEntry, active_slip, timeline
from desk.services.casework.slips import WRITTEN_CHANNELS
from desk.services.common import vocab
from desk.services.common.calendar import deadline_state, load_calendar
from desk.services.org import organisation
from desk.text import phone_text


@dataclass
class CompensationRow:
    id: int
    kind: str
    amount: Decimal
    note: str
    pending: bool
    needs_role: str
    approved_at: dt.datetime | None
    approved_by: str


@dataclass
class CaseState:
    complaint_id: int
    case_no: str = ""
    exists: bool = False
    voided: bool = False
    status: str = ""
    written_channel: bool = False
    object_type: str = ""            # what the complaint is about: tenant, department...
    object_tenant_id: int | None = None
    object_department_id: int | None = None
    has_written_reply: bool = False
    received_at: dt.datetime | None = None
    reply_due_at: dt.datetime | None = None
    has_slip: bool = False
    route: str = ""
    target: str = ""                 # department or tenant, as shown
    tenant_contact: str = ""
    responsible: str = ""
    approved: bool = False
    approved_by: str = ""
    agreed_reply_at: dt.datetime | None = None
    deadline_state: str = "none"     # none, ok, warning, overdue
    date_changes: int = 0
    level: str = ""
    owner: str = ""
    result: str = ""
    opinion: str = ""
    opinion_text: str = ""
    needs_signature: bool = False
    signed_at: dt.datetime | None = None
    tenant_call_due_at: dt.datetime | None = None
    tenant_called_at: dt.datetime | None = None
    tenant_call_state: str = "none"  # none, ok, overdue, done
    compensations: list[CompensationRow] = field(default_factory=list)
    events: list[TimelineEntry] = field(default_factory=list)

    has_phone: bool = False

    # Which actions make sense now (the services check again).
    @property
    def is_open(self) -> bool:
        return self.exists and not self.voided and self.status not in vocab.CLOSED_STATUSES

    @property
    def can_answer_at_desk(self) -> bool:
        return self.is_open and not self.has_slip

    @property
    def can_issue_slip(self) -> bool:
        return self.is_open and not self.has_slip

    @property
    def can_sign_off(self) -> bool:
        return self.is_open and self.has_slip and self.route != "desk" and not self.approved

    @property
    def can_change_date(self) -> bool:
        return self.is_open and self.has_slip and self.route != "desk" and not self.result

    @property
    def can_escalate(self) -> bool:
        return self.is_open and self.has_slip and self.level != "gm" and not self.result

    @property
    def can_log_contact(self) -> bool:
        return self.exists and not self.voided

    @property
    def can_log_tenant_call(self) -> bool:
        return self.is_open and self.has_slip and self.route == "tenant"

    @property
    def can_record_result(self) -> bool:
        return (self.is_open and self.has_slip and not self.result
                and (self.route == "desk" or self.approved))

    @property
    def can_set_opinion(self) -> bool:
        return self.exists and not self.voided and bool(self.result) \
            and self.status != "closed"

    @property
    def can_propose_compensation(self) -> bool:
        return self.exists and not self.voided and self.status != "closed"

    @property
    def can_approve_compensation(self) -> bool:
        return self.exists and not self.voided and any(c.pending for c in self.compensations)

    @property
    def can_write_reply(self) -> bool:
        return self.exists and not self.voided and self.status != "closed"

    @property
    def can_close(self) -> bool:
        return (self.exists and not self.voided and self.has_slip and bool(self.result)
                and self.status != "closed"
                and not (self.needs_signature and not self.signed_at))

    @property
    def can_reopen(self) -> bool:
        return self.exists and not self.voided and self.status in vocab.CLOSED_STATUSES

    @property
    def written_reply_at(self) -> dt.datetime | None:
        replies = [e.at for e in self.events if e.kind == "written_reply"]
        return replies[-1] if replies else None

    def default_reply_at(self, now: dt.datetime) -> dt.datetime:
        """The case's promised reply time when still ahead, else one day from now."""
        if self.reply_due_at and self.reply_due_at > now:
            return self.reply_due_at
        return now + dt.timedelta(days=1)


def _staff_name(staff_id: int | None) -> str:
    row = organisation.staff_row(staff_id) if staff_id else None
    return row.name if row else ""


def load_state(complaint_id: int, now: dt.datetime) -> CaseState:
    state = CaseState(complaint_id)
    record = get_complaint(complaint_id)
    if record is None:
        return state
    state.exists = True
    state.case_no, state.voided, state.status = record.case_no, record.voided, record.status
    state.received_at, state.reply_due_at = record.received_at, record.reply_due_at
    state.has_phone = bool(record.phone)
    channel_codes = {c.id: c.code for c in organisation.channels(include_inactive=True)}
    state.written_channel = channel_codes.get(record.channel_id) in WRITTEN_CHANNELS
    state.object_type = record.object_type
    state.object_tenant_id, state.object_department_id = record.tenant_id, record.department_id
    state.has_written_reply = slips.has_written_reply(complaint_id)
    names: dict[int, str] = {}

    def name(staff_id):
        if staff_id and staff_id not in names:
            names[staff_id] = _staff_name(staff_id)
        return names.get(staff_id, "") if staff_id else ""

    state.events = timeline(complaint_id)
    for row in compensation.for_case(complaint_id):
        state.compensations.append(CompensationRow(
            row.id, row.kind, Decimal(row.amount), row.note,
            bool(row.needs_role) and row.approved_at is None, row.needs_role,
            row.approved_at, name(row.approved_by_id)))
    cal = load_calendar()
    slip = active_slip(complaint_id)
    if slip is None:
        if state.is_open:
            state.deadline_state = deadline_state(record.received_at, record.reply_due_at,
                                                  now, cal)
        return state
    state.has_slip, state.route = True, slip.route
    if slip.route == "department" and slip.department_id:
        depts = {d.id: d.label for d in organisation.departments(include_inactive=True)}
        state.target = depts.get(slip.department_id, "")
    elif slip.route == "tenant" and slip.tenant_id:
        for t in organisation.tenant_rows():
            if t["id"] == slip.tenant_id:
                state.target = f"{t['name']} ({t['unit_no']})" if t["unit_no"] else t["name"]
                state.tenant_contact = " ".join(p for p in (t["manager"], phone_text(t["phone"])) if p)
    state.responsible = slip.responsible_name or name(slip.responsible_id)
    if slip.responsible_id and slip.responsible_name:
        own = name(slip.responsible_id)
        if own and own != slip.responsible_name:
            state.responsible = f"{own} / {slip.responsible_name}"
    state.approved, state.approved_by = bool(slip.approved_at), name(slip.approved_by_id)
    state.agreed_reply_at, state.date_changes = slip.agreed_reply_at, slip.date_changes
    state.level, state.owner = slip.level, name(slip.owner_id)
    state.result, state.opinion, state.opinion_text = (slip.result, slip.opinion,
                                                       slip.opinion_text)
    state.needs_signature, state.signed_at = slip.needs_signature, slip.signed_at
    if state.is_open and not slip.result and slip.route != "desk":
        start = slip.agreed_set_at or slip.issued_at
        state.deadline_state = deadline_state(start, slip.agreed_reply_at, now, cal)
    if slip.route == "tenant":
        state.tenant_call_due_at, state.tenant_called_at = (slip.tenant_call_due_at,
                                                            slip.tenant_called_at)
        if slip.tenant_called_at:
            state.tenant_call_state = "done"
        elif slip.tenant_call_due_at and now >= slip.tenant_call_due_at:
            state.tenant_call_state = "overdue"
        else:
            state.tenant_call_state = "ok"
    return state


MAX_DATE_CHANGES = escalation.MAX_DATE_CHANGES


def level_label(level: str) -> str:
    return vocab.label(vocab.LEVELS, level) if level else ""


def deadline_text(state: str) -> str:
    return {"ok": _("On time"), "warning": _("Due soon"), "overdue": _("Overdue"),
            "done": _("Done")}.get(state, "")
