"""The clerk's revisit calls: today's list, the call sheet of one revisit (the cases, the
result given, a short script), each attempt, the satisfaction and the outcome.

Outcomes: satisfied; not satisfied -> the case is reopened (``slips.reopen_case``) and
linked; or a new complaint, pre-filled from the case and linked.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import fn

from desk.i18n import N_, _
from desk.services.cases.complaints import ComplaintInput, create_complaint, input_from_record
from desk.services.casework.base import WorkflowError, active_slip, record_event
from desk.services.common import vocab
from desk.services.common.clock import system_clock
from desk.services.common.validation import ValidationError
from desk.services.common.versions import stale_record
from desk.services.org import organisation
from desk.services.org.permissions import require
from desk.services.revisits.campaign import CLASS_RANK
from desk.services.revisits.schedule import get_revisit, save_due
from desk.services.revisits.vocab import METHODS, PHONE_METHODS, REASONS, revisit_settings
from desk.store.db import transaction
from desk.store.models.cases import Channel, Complaint, Staff
from desk.store.models.revisits import Revisit, RevisitAttempt, RevisitCase
from desk.text import clean_text

LIST_LIMIT = 500
SUMMARY_CHARS = 200
SCRIPT = (
    N_("Greet the customer and say who you are: the customer service desk of {company}."),
    N_("Remind them of their complaint of {date} (case {case_no}) and of the result given."),
    N_("Ask: are you satisfied with how it was handled? Score from 1 (very dissatisfied) to "
       "5 (very satisfied)."),
    N_("Ask what was good or bad, pick the reasons and note their own words."),
    N_("Not satisfied: offer to reopen the case or to record a new complaint. Thank them."),
)


@dataclass
class CallRow:
    id: int
    kind: str
    due_date: dt.date
    name: str
    phone: str
    customer_class: str
    case_nos: list[str]
    attempts: int


def calls_due(day: dt.date | None = None, clock=system_clock,
              limit: int = LIST_LIMIT) -> list[CallRow]:
    """Revisits still to make on ``day`` (default today): due then or earlier."""
    day = day or clock.now().date()
    revisits = list(Revisit.select(Revisit.id, Revisit.kind, Revisit.due_date,
                                   Revisit.customer_name, Revisit.customer_class,
                                   Revisit.complaint)
                    .where((Revisit.status == "due") & (Revisit.due_date <= day))
                    .order_by(Revisit.due_date, Revisit.id).limit(limit))
    ids = [r.id for r in revisits]
    if not ids:
        return []
    tries = dict(RevisitAttempt.select(RevisitAttempt.revisit, fn.COUNT(RevisitAttempt.id))
                 .where(RevisitAttempt.revisit.in_(ids)).group_by(RevisitAttempt.revisit)
                 .tuples())
    cases: dict[int, list[str]] = {}
    phones: dict[int, str] = {}
    for rid, case_no, phone in (RevisitCase.select(RevisitCase.revisit, Complaint.case_no,
                                                   Complaint.phone)
                                .join(Complaint, on=(RevisitCase.complaint == Complaint.id))
                                .where(RevisitCase.revisit.in_(ids))
                                .order_by(Complaint.received_at).tuples()):
        cases.setdefault(rid, []).append(case_no)
        if phone:
            phones[rid] = phone
    rows = [CallRow(r.id, r.kind, r.due_date, r.customer_name, phones.get(r.id, ""),
                    r.customer_class, cases.get(r.id, []), tries.get(r.id, 0))
            for r in revisits]
    rows.sort(key=lambda r: (r.due_date, CLASS_RANK.get(r.customer_class, 9), r.id))
    return rows


@dataclass
class SheetCase:
    id: int
    case_no: str
    received_at: dt.datetime
    category: str
    summary: str
    status: str
    result: str = ""
    opinion: str = ""
    voided: bool = False
    void_reason: str = ""


@dataclass
class AttemptRow:
    at: dt.datetime
    by: str
    method: str
    reached: bool
    note: str


@dataclass
class CallSheet:
    id: int
    kind: str
    status: str
    due_date: dt.date
    name: str
    phone: str
    address: str
    customer_class: str
    cases: list[SheetCase] = field(default_factory=list)
    attempts: list[AttemptRow] = field(default_factory=list)
    max_attempts: int = 3
    reached: bool = False
    satisfaction: int | None = None
    reasons: list[str] = field(default_factory=list)
    words: str = ""
    outcome: str = ""
    linked_case_no: str = ""
    problem: str = ""          # why the call cannot go ahead (the case is void, deleted)
    notice: str = ""           # worth knowing (no phone number: visit instead)
    script: list[str] = field(default_factory=list)
    version: int = 1           # of the revisit, as read: a step saves only over this one

    @property
    def has_phone(self) -> bool:
        return bool(self.phone)

    @property
    def live_cases(self) -> list[SheetCase]:
        return [c for c in self.cases if not c.voided]

    @property
    def unanswered(self) -> int:
        return sum(not a.reached for a in self.attempts)


def _summary(text: str) -> str:
    line = " ".join(clean_text(text, multiline=True).split())
    return line if len(line) <= SUMMARY_CHARS else line[:SUMMARY_CHARS - 1] + "…"


def call_sheet(revisit_id: int) -> CallSheet:
    revisit = get_revisit(revisit_id)
    categories = {c.id: c.label for c in organisation.categories(include_inactive=True)}
    records = list(Complaint.select().join(RevisitCase, on=(RevisitCase.complaint == Complaint.id))
                   .where(RevisitCase.revisit == revisit.id).order_by(Complaint.received_at))
    sheet = CallSheet(revisit.id, revisit.kind, revisit.status, revisit.due_date,
                      revisit.customer_name, "", "", revisit.customer_class,
                      max_attempts=revisit_settings()["max_attempts"],
                      reached=revisit.reached_at is not None,
                      satisfaction=revisit.satisfaction,
                      reasons=[r for r in revisit.reasons.split(",") if r],
                      words=revisit.words, outcome=revisit.outcome,
                      version=revisit.version)
    for record in records:
        slip = active_slip(record.id)
        sheet.cases.append(SheetCase(
            record.id, record.case_no, record.received_at, categories.get(record.category_id, ""),
            _summary(record.description), record.status, slip.result if slip else "",
            vocab.label(vocab.OPINIONS, slip.opinion) if slip and slip.opinion else "",
            record.voided, record.void_reason))
        if not record.voided:
            sheet.phone = record.phone or sheet.phone
            sheet.address = record.address or sheet.address
            sheet.name = record.complainant_name or sheet.name
    if revisit.linked_case_id:
        linked = Complaint.get_or_none(Complaint.id == revisit.linked_case_id)
        sheet.linked_case_no = linked.case_no if linked else ""
    names = {s.id: s.name for s in Staff.select(Staff.id, Staff.name)}
    sheet.attempts = [AttemptRow(a.at, names.get(a.by_id, ""), a.method, a.reached, a.note)
                      for a in RevisitAttempt.select().where(RevisitAttempt.revisit == revisit.id)
                      .order_by(RevisitAttempt.at, RevisitAttempt.id)]
    sheet.problem = _problem(sheet)
    if not sheet.problem and not sheet.phone:
        sheet.notice = (_("The customer left no phone number. Visit them or write to "
                          "{address}, then log it as a visit.").format(address=sheet.address)
                        if sheet.address else
                        _("The customer left no phone number or address; cancel the revisit "
                          "if there is no other way to reach them."))
    latest = sheet.live_cases[-1] if sheet.live_cases else None
    company = organisation.get_setting("company_name") or _("our company")
    sheet.script = [_(line).format(company=company,
                                   date=latest.received_at.strftime("%Y-%m-%d") if latest else "",
                                   case_no=latest.case_no if latest else "")
                    for line in SCRIPT]
    return sheet


def _problem(sheet: CallSheet) -> str:
    if not sheet.cases:
        return _("The case of this revisit no longer exists (it was deleted). Cancel the "
                 "revisit.")
    if not sheet.live_cases:
        case = sheet.cases[-1]
        return _("Case {case_no} was voided ({reason}). Cancel the revisit.").format(
            case_no=case.case_no, reason=case.void_reason or "-")
    return ""


def _open_sheet(revisit_id: int, expected_version: int | None = None) -> CallSheet:
    """The revisit a step acts on, still due; ``expected_version`` is the one the person's
    screen shows: another desk's step since then refuses this one."""
    sheet = call_sheet(revisit_id)
    if expected_version is not None and sheet.version != expected_version:
        raise stale_record(_("The revisit"))
    if sheet.problem:
        raise WorkflowError(sheet.problem)
    if sheet.status != "due":
        raise WorkflowError(_("This revisit is finished already."))
    return sheet


def _main_case(sheet: CallSheet) -> Complaint:
    return Complaint.get_by_id(sheet.live_cases[-1].id)


def record_attempt(revisit_id: int, method: str, reached: bool, note: str = "",
                   by_id: int | None = None, clock=system_clock,
                   expected_version: int | None = None) -> str:
    """Log one try to reach the customer; returns the revisit's status afterwards
    (``unreachable`` after the last unanswered attempt)."""
    require(by_id, "work_cases")
    if method not in METHODS:
        raise ValidationError({"method": _("Pick how you tried to reach the customer.")})
    note = clean_text(note)[:500]
    now = clock.now()
    with transaction():
        sheet = _open_sheet(revisit_id, expected_version)
        if method in PHONE_METHODS and not sheet.has_phone:
            raise ValidationError({"method": _("The customer left no phone number; a call, "
                                               "SMS or WeChat cannot reach them. Log a visit.")})
        if sheet.reached:
            raise WorkflowError(_("The customer was reached already; record what they said."))
        RevisitAttempt.create(revisit=revisit_id, at=now, by=by_id, method=method,
                              reached=bool(reached), note=note)
        status = "due"
        update: dict = {}
        if reached:
            update = {"reached_at": now}
        elif sheet.unanswered + 1 >= sheet.max_attempts:
            status = "unreachable"
            update = {"status": status, "done_at": now, "done_by": by_id}
        if update:
            save_due(revisit_id, update, sheet.version)
        record = _main_case(sheet)
        record_event(record, "revisit_unreachable" if status == "unreachable"
                     else "revisit_attempt", by_id, now, note,
                     data={"revisit": revisit_id, "method": method, "reached": bool(reached)})
    return status


def _clean_result(satisfaction, reasons, words, required: bool) -> tuple:
    errors: dict[str, str] = {}
    if satisfaction in (None, "", 0):
        satisfaction = None
        if required:
            errors["satisfaction"] = _("Record the customer's satisfaction (1 to 5).")
    elif isinstance(satisfaction, bool) or not isinstance(satisfaction, int) \
            or not 1 <= satisfaction <= 5:
        errors["satisfaction"] = _("Satisfaction is a score from 1 to 5.")
    reasons = list(dict.fromkeys(reasons or []))
    if any(r not in REASONS for r in reasons):
        errors["reasons"] = _("Pick the reasons from the list.")
    words = clean_text(words, multiline=True)
    if len(words) > 2000:
        errors["words"] = _("{field} is too long: {count} characters, at most {limit}.").format(
            field=_("Customer's words"), count=len(words), limit=2000)
    if errors:
        raise ValidationError(errors)
    return satisfaction, ",".join(reasons), words


def _finish(sheet: CallSheet, outcome: str, satisfaction, reasons: str, words: str,
            linked: int | None, by_id: int | None, now: dt.datetime) -> None:
    if not sheet.reached:
        raise WorkflowError(_("Log an attempt that reached the customer first."))
    save_due(sheet.id, {"status": "done", "outcome": outcome, "satisfaction": satisfaction,
                        "reasons": reasons, "words": words, "linked_case": linked,
                        "done_at": now, "done_by": by_id}, sheet.version)
    record_event(_main_case(sheet), "revisit_done", by_id, now, words,
                 data={"revisit": sheet.id, "outcome": outcome, "satisfaction": satisfaction})


def record_satisfied(revisit_id: int, satisfaction: int, reasons=(), words: str = "",
                     by_id: int | None = None, clock=system_clock,
                     expected_version: int | None = None) -> None:
    require(by_id, "work_cases")
    satisfaction, reasons, words = _clean_result(satisfaction, reasons, words, True)
    with transaction():
        sheet = _open_sheet(revisit_id, expected_version)
        _finish(sheet, "satisfied", satisfaction, reasons, words, None, by_id, clock.now())


def reopen_from_revisit(revisit_id: int, satisfaction: int | None = None, reasons=(),
                        words: str = "", complaint_id: int | None = None,
                        by_id: int | None = None, clock=system_clock,
                        expected_version: int | None = None) -> int:
    """Not satisfied: reopen the case (the latest resolved or closed one, or
    ``complaint_id``) and link it to the revisit. Returns the reopened case's id."""
    require(by_id, "reopen")
    from desk.services.casework import slips

    satisfaction, reasons, words = _clean_result(satisfaction, reasons, words, False)
    now = clock.now()
    with transaction():
        sheet = _open_sheet(revisit_id, expected_version)
        if not sheet.reached:
            raise WorkflowError(_("Log an attempt that reached the customer first."))
        done = [c for c in sheet.live_cases if c.status in vocab.CLOSED_STATUSES]
        if complaint_id is not None:
            done = [c for c in done if c.id == complaint_id]
        if not done:
            raise WorkflowError(_("None of the customer's cases here is resolved or closed, "
                                  "so there is nothing to reopen. Record a new complaint "
                                  "instead."))
        target = done[-1]
        reason = (_("Not satisfied at the revisit: {words}").format(words=words) if words
                  else _("Not satisfied at the revisit."))
        slips.reopen_case(target.id, reason[:500], by_id=by_id, clock=clock)
        _finish(sheet, "not_satisfied_reopened", satisfaction, reasons, words, target.id,
                by_id, now)
    return target.id


def new_complaint_input(revisit_id: int, words: str = "") -> ComplaintInput:
    """A new complaint pre-filled from the revisit's latest case: the same customer,
    category and object; the phone channel; what they said as the description."""
    sheet = _open_sheet(revisit_id)
    data = input_from_record(_main_case(sheet))
    phone = Channel.get_or_none(Channel.code == "phone")
    if phone is not None and phone.active:
        data.channel_id = phone.id
    data.anonymous = False
    words = clean_text(words, multiline=True)
    intro = _("Raised at the revisit of case {case_no}.").format(case_no=sheet.live_cases[-1]
                                                                 .case_no)
    data.description = f"{intro}\n{words}" if words else intro
    data.demands, data.demand_text = [], ""
    data.incident_at, data.received_at, data.recorded_by_id = None, None, None
    return data


def link_new_complaint(revisit_id: int, complaint_id: int, satisfaction: int | None = None,
                       reasons=(), words: str = "", by_id: int | None = None,
                       clock=system_clock, expected_version: int | None = None) -> None:
    """The revisit led to a new complaint (saved through the intake form): link it."""
    require(by_id, "work_cases")
    satisfaction, reasons, words = _clean_result(satisfaction, reasons, words, False)
    with transaction():
        sheet = _open_sheet(revisit_id, expected_version)
        if not Complaint.get_or_none(Complaint.id == complaint_id):
            raise WorkflowError(_("Case {id} does not exist.").format(id=complaint_id))
        _finish(sheet, "new_complaint", satisfaction, reasons, words, complaint_id, by_id,
                clock.now())


def record_new_complaint(revisit_id: int, data: ComplaintInput, satisfaction: int | None = None,
                         reasons=(), words: str = "", by_id: int | None = None,
                         clock=system_clock, expected_version: int | None = None) -> Complaint:
    """Save the new complaint and link it to the revisit in one transaction."""
    require(by_id, "work_cases")
    with transaction():
        record = create_complaint(data, clock=clock)
        link_new_complaint(revisit_id, record.id, satisfaction, reasons, words, by_id, clock,
                           expected_version)
    return record


__all__ = ["CallRow", "CallSheet", "call_sheet", "calls_due", "link_new_complaint",
           "new_complaint_input", "record_attempt", "record_new_complaint", "record_satisfied",
           "reopen_from_revisit"]
