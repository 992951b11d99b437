"""Fill the document data classes from the database and hand them to the renderers.

The renderers (desk/documents) never query; this module never draws.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from desk.i18n import N_, translate
from desk.services.cases.attachments import blob_store
from desk.services.casework.base import active_slip
from desk.services.casework.verification import HASH_LANGUAGE, code_of, qr_payload
from desk.services.common import vocab
from desk.services.common.clock import system_clock
from desk.services.common.labels import label_in, named_in, value_lang
from desk.services.common.validation import ValidationError
from desk.services.org.organisation import get_setting
from desk.store.models.cases import Complaint, Staff
from desk.store.models.slips import Compensation, ReplyDateChange, WrittenReply
from desk.text import phone_text


def find_case(case_no: str) -> Complaint | None:
    return Complaint.get_or_none(Complaint.case_no == case_no.strip())


def company():
    from desk.documents.data.cases import Company

    logo = None
    sha = get_setting("company_logo")
    if sha:
        logo = blob_store().local_file(sha)
    return Company(name=get_setting("company_name") or "", logo_path=logo,
                   address=get_setting("company_address") or "",
                   phone=get_setting("company_phone") or "")


def case_summary(record: Complaint, lang: str):
    from desk.documents.data.cases import CaseSummary

    if record.tenant_id:
        obj = record.tenant.name + (f" ({record.tenant.unit_no})" if record.tenant.unit_no else "")
    elif record.department_id:
        obj = record.department.name
    elif record.staff_id:
        obj = record.staff.name
    else:
        obj = record.object_text
    staff = Staff.get_or_none(Staff.id == record.recorded_by_id) if record.recorded_by_id else None
    return CaseSummary(
        case_no=record.case_no, received_at=record.received_at,
        channel=named_in(vocab.DEFAULT_CHANNELS, record.channel, lang),
        category=named_in(vocab.DEFAULT_CATEGORIES, record.category, lang),
        severity=label_in(vocab.SEVERITIES, record.severity, lang),
        complainant=record.complainant_name, phone=phone_text(record.phone), address=record.address,
        room_no=record.room_no, member_no=record.member_no,
        customer_class=label_in(vocab.CUSTOMER_CLASSES, record.customer_class, lang),
        incident_at=record.incident_at, incident_place=record.incident_place,
        object_label=obj, description=record.description,
        demands=[label_in(vocab.DEMANDS, d, lang) for d in record.demands.split(",") if d],
        demand_text=record.demand_text, recorded_by=staff.name if staff else "",
        reply_due_at=record.reply_due_at,
        intake_reply_due_at=getattr(record, "intake_reply_due_at", None))


def slip_data(record: Complaint, lang: str, with_code: bool = True):
    """What the slip prints; ``with_code``: with its verification code (which is made
    from all the rest, see ``verification``)."""
    data = _slip_content(record, lang)
    if not with_code:
        return data
    code = code_of(data if lang == HASH_LANGUAGE else _slip_content(record, HASH_LANGUAGE))
    return dataclasses.replace(data, verification_code=code,
                               qr_payload=qr_payload(record, code))


def _slip_content(record: Complaint, lang: str):
    from desk.documents.data.cases import SlipData

    slip = active_slip(record.id)
    summary = case_summary(record, lang)
    if slip is None:
        return SlipData(case=summary)
    department = slip.department.name if slip.department_id else ""
    tenant = ""
    if slip.tenant_id:
        tenant = slip.tenant.name + (f" ({slip.tenant.unit_no})" if slip.tenant.unit_no else "")
    responsible = slip.responsible.name if slip.responsible_id else slip.responsible_name
    supervisor = Staff.get_or_none(Staff.id == slip.supervisor_id) if slip.supervisor_id else None
    changes = [(c.old_date, c.new_date, c.reason, c.customer_agreed) for c in
               ReplyDateChange.select().where(ReplyDateChange.slip == slip.id)
               .order_by(ReplyDateChange.id)]
    comp = [(label_in(vocab.COMPENSATION_KINDS, c.kind, lang), c.amount, c.note) for c in
            Compensation.select().where(Compensation.complaint == record.id)
            .order_by(Compensation.id)]
    return SlipData(
        case=summary, route_label=label_in(vocab.ROUTES, slip.route, lang), department=department,
        responsible=responsible, agreed_reply_at=slip.agreed_reply_at, date_changes=changes,
        result=slip.result, compensation=comp,
        customer_opinion=label_in(vocab.OPINIONS, slip.opinion, lang) if slip.opinion else "",
        opinion_text=slip.opinion_text, handled_at=slip.result_at, level=slip.level or "",
        level_label=label_in(vocab.LEVELS, slip.level, lang) if slip.level else "",
        tenant=tenant, floor_supervisor=supervisor.name if supervisor else "",
        issued_by=_name(slip.issued_by_id), signed_off_by=_name(slip.approved_by_id),
        result_by=_name(slip.result_by_id) if slip.result else "",
        result_on_behalf=bool(slip.result and slip.result_on_behalf))


def _name(staff_id: int | None) -> str:
    row = Staff.get_or_none(Staff.id == staff_id) if staff_id else None
    return row.name if row else ""


LETTER_OPENING = N_("Dear {name},")
LETTER_RECEIVED = N_("Thank you for your letter received on {date} (case {case_no}). "
                     "We take every complaint seriously and have looked into it carefully.")
#: How the letter thanks the customer, by the channel the complaint came in by.
LETTER_THANKS = {
    "letter": LETTER_RECEIVED,
    "email": N_("Thank you for your e-mail received on {date} (case {case_no}). "
                "We take every complaint seriously and have looked into it carefully."),
    "phone": N_("Thank you for your call on {date} (case {case_no}). "
                "We take every complaint seriously and have looked into it carefully."),
    "hotline": N_("Thank you for your call on {date} (case {case_no}). "
                  "We take every complaint seriously and have looked into it carefully."),
    "in_person": N_("Thank you for coming to our service desk on {date} (case {case_no}). "
                    "We take every complaint seriously and have looked into it carefully."),
}
LETTER_THANKS_OTHER = N_("Thank you for your complaint received on {date} (case {case_no}). "
                         "We take every complaint seriously and have looked into it carefully.")
LETTER_SIGNATORY = N_("Customer Service Desk")
NO_LETTER = N_("No reply letter for this case: it is anonymous and has no address to send "
               "a letter to.")
LETTER_RESULT = N_("The result of our handling is as follows:")
LETTER_NO_RESULT = N_("We are still working on your complaint and will write to you again "
                      "by {date} at the latest.")
LETTER_CLOSING = N_("We apologise for the inconvenience. If you have any question, please "
                    "contact our customer service desk and quote the case number.")
LETTER_CUSTOMER = N_("Customer")


def letter_data(record: Complaint, lang: str, clock=system_clock):
    from desk.documents.data.cases import LetterData

    tl = value_lang(lang)
    slip = active_slip(record.id)
    reply = (WrittenReply.select().where((WrittenReply.complaint == record.id)
                                         & (WrittenReply.body != ""))
             .order_by(WrittenReply.id.desc()).first())
    name = record.complainant_name or translate(LETTER_CUSTOMER, tl)
    if reply is not None:
        paragraphs = [p for p in reply.body.split("\n\n") if p.strip()]
    else:
        channel = record.channel.code if record.channel_id else ""
        paragraphs = [translate(LETTER_THANKS.get(channel, LETTER_THANKS_OTHER), tl).format(
            date=record.received_at.strftime("%Y-%m-%d"), case_no=record.case_no)]
        if slip is not None and slip.result:
            paragraphs += [translate(LETTER_RESULT, tl), slip.result]
        else:
            due = (slip.agreed_reply_at if slip is not None and slip.agreed_reply_at
                   else record.reply_due_at)
            paragraphs.append(translate(LETTER_NO_RESULT, tl).format(
                date=due.strftime("%Y-%m-%d")))
        paragraphs.append(translate(LETTER_CLOSING, tl))
    co = company()
    return LetterData(case=case_summary(record, lang), company=co,
                      date=clock.now().date(),
                      recipient=translate(LETTER_OPENING, tl).format(name=name),
                      body_paragraphs=paragraphs, signatory=translate(LETTER_SIGNATORY, tl))


def letter_possible(record: Complaint) -> bool:
    """A reply letter needs someone to send it to: not for an anonymous case without an
    address (a suggestion-box note, say)."""
    return not (record.anonymous and not (record.address or "").strip())


def letter_allowed(complaint_id: int) -> bool:
    """Whether the case's Print menu offers a reply letter (see :func:`letter_possible`)."""
    record = Complaint.get_or_none(Complaint.id == complaint_id)
    return record is not None and letter_possible(record)


def render(kind: str, complaint_id: int, out: Path, lang: str, size: str = "A5",
           clock=system_clock) -> Path:
    """Write document ``kind`` (slip, record, receipt, letter) of a case to ``out``."""
    record = Complaint.get_by_id(complaint_id)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    doc_lang = lang if kind == "slip" else value_lang(lang)
    if kind == "slip":
        from desk.documents.pdf.slip import render_slip

        render_slip(slip_data(record, lang), company(), out, doc_lang)
    elif kind == "record":
        from desk.documents.pdf.record import render_record

        render_record(case_summary(record, doc_lang), company(), out, doc_lang)
    elif kind == "receipt":
        from desk.documents.pdf.receipt import render_receipt

        render_receipt(case_summary(record, doc_lang), company(), out, doc_lang, size=size)
    elif kind == "letter":
        from desk.documents.pdf.letter import render_letter

        if not letter_possible(record):
            raise ValidationError({"letter": translate(NO_LETTER, value_lang(lang))})
        render_letter(letter_data(record, doc_lang, clock), out, doc_lang)
    else:
        raise ValueError(f"unknown document {kind!r}")
    return out


def default_name(kind: str, case_no: str) -> str:
    stamp = dt.date.today().strftime("%Y%m%d")
    return f"{kind}-{case_no}-{stamp}.pdf"
