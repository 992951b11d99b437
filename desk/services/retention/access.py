"""An access request: everything held about the person with a phone number, as a
workbook — their cases, slips, contacts, revisits, compensation and the list of
attachments (the files themselves stay in Desk)."""
from __future__ import annotations

from pathlib import Path

from desk.documents.data.customer import CustomerData, DataSheet
from desk.i18n import N_, current_language, translate
from desk.services.common import vocab
from desk.services.common.clock import system_clock
from desk.services.org.permissions import require
from desk.services.retention import audit_hook
from desk.services.retention.customers import person_case_ids
from desk.store.models.cases import Attachment, Category, Channel, Complaint
from desk.store.models.revisits import Revisit, RevisitCase
from desk.store.models.slips import Compensation, CustomerContact, HandlingSlip
from desk.text import when_text

TITLE = N_("Personal data held about a customer")
SUBTITLE = N_("Phone {phone}: {cases} cases. Made {when}.")
CASES = (N_("Cases"), [N_("Case number"), N_("Received"), N_("Status"), N_("Name"),
                       N_("Phone"), N_("Address"), N_("Room number"), N_("Member number"),
                       N_("Channel"), N_("Category"), N_("What happened"), N_("Demands"),
                       N_("Closed")])
SLIPS = (N_("Handling slips"), [N_("Case number"), N_("Issued"), N_("Route"), N_("Result"),
                                N_("Customer's opinion"), N_("Opinion in their words"),
                                N_("Signed")])
CONTACTS = (N_("Contacts"), [N_("Case number"), N_("When"), N_("Method"), N_("Note")])
REVISITS = (N_("Revisits"), [N_("Due"), N_("Kind"), N_("Status"), N_("Name"),
                             N_("Satisfaction"), N_("Customer's words"), N_("Cases")])
MONEY = (N_("Compensation"), [N_("Case number"), N_("Kind"), N_("Amount"), N_("Note"),
                              N_("Approved")])
FILES = (N_("Attachments"), [N_("Case number"), N_("File name"), N_("Kind"), N_("Size (bytes)"),
                             N_("Added")])


def _label(table: dict, code, lang: str) -> str:
    text = table.get(code)
    return translate(text, lang) if text else (code or "")


def customer_data(phone: str, lang: str | None = None, clock=system_clock) -> CustomerData:
    lang = lang or current_language()
    ids = person_case_ids(phone)
    cases = list(Complaint.select().where(Complaint.id.in_(ids)).order_by(Complaint.id))
    numbers = {c.id: c.case_no for c in cases}
    cats = {c.id: c.name for c in Category.select()}
    cat_codes = {c.id: c.code for c in Category.select()}
    chans = {c.id: (c.code, c.name) for c in Channel.select()}

    def tr(text: str) -> str:
        return translate(text, lang)

    def sheet(spec, rows) -> DataSheet:
        return DataSheet(tr(spec[0]), [tr(h) for h in spec[1]], rows)

    case_rows = [[c.case_no, c.received_at, _label(vocab.STATUSES, c.status, lang),
                  c.complainant_name, c.phone, c.address, c.room_no, c.member_no,
                  _display(vocab.DEFAULT_CHANNELS, *chans.get(c.channel_id, ("", "")), lang),
                  _display(vocab.DEFAULT_CATEGORIES, cat_codes.get(c.category_id),
                           cats.get(c.category_id, ""), lang),
                  c.description,
                  ", ".join(_label(vocab.DEMANDS, d, lang) for d in c.demands.split(",") if d)
                  + (f" {c.demand_text}" if c.demand_text else ""), c.closed_at]
                 for c in cases]
    slip_rows = [[numbers[s.complaint_id], s.issued_at, _label(vocab.ROUTES, s.route, lang),
                  s.result, _label(vocab.OPINIONS, s.opinion, lang), s.opinion_text,
                  s.signed_at] for s in HandlingSlip.select()
                 .where(HandlingSlip.complaint.in_(ids)).order_by(HandlingSlip.id)]
    contact_rows = [[numbers[c.complaint_id], c.at, _label(vocab.CONTACT_METHODS, c.method,
                                                            lang), c.note]
                    for c in CustomerContact.select().where(CustomerContact.complaint.in_(ids))
                    .order_by(CustomerContact.id)]
    links: dict[int, list[str]] = {}
    for revisit_id, complaint_id in (RevisitCase.select(RevisitCase.revisit,
                                                        RevisitCase.complaint)
                                     .where(RevisitCase.complaint.in_(ids)).tuples()):
        links.setdefault(revisit_id, []).append(numbers[complaint_id])
    revisits = Revisit.select().where(Revisit.id.in_(list(links))
                                      | Revisit.complaint.in_(ids)).order_by(Revisit.id)
    revisit_rows = [[r.due_date, _label(vocab.REVISIT_KINDS, r.kind, lang),
                     _label(vocab.REVISIT_STATUSES, r.status, lang), r.customer_name,
                     r.satisfaction, r.words, ", ".join(links.get(r.id, []))]
                    for r in revisits]
    money_rows = [[numbers[m.complaint_id], _label(vocab.COMPENSATION_KINDS, m.kind, lang),
                   float(m.amount), m.note, m.approved_at]
                  for m in Compensation.select().where(Compensation.complaint.in_(ids))
                  .order_by(Compensation.id)]
    file_rows = [[numbers[a.complaint_id], a.original_name, a.kind, a.size, a.added_at]
                 for a in Attachment.select().where(Attachment.complaint.in_(ids))
                 .order_by(Attachment.id)]
    now = clock.now()
    return CustomerData(tr(TITLE), tr(SUBTITLE).format(
        phone=phone, cases=len(cases), when=when_text(now)), now,
        [sheet(CASES, case_rows), sheet(SLIPS, slip_rows), sheet(CONTACTS, contact_rows),
         sheet(REVISITS, revisit_rows), sheet(MONEY, money_rows), sheet(FILES, file_rows)])


def _display(defaults: dict, code, name: str, lang: str) -> str:
    if code and code in defaults and name == defaults[code]:
        return translate(defaults[code], lang)
    return name


def export_customer(phone: str, out: Path | str, by_id: int | None,
                    lang: str | None = None, clock=system_clock) -> Path:
    """Write the workbook; the export is written to the audit trail."""
    require(by_id, "retention")
    from desk.documents.xlsx.customer_data import write_customer_data

    data = customer_data(phone, lang, clock)
    lang = lang or current_language()
    path = write_customer_data(data, out, lang)
    audit_hook.exported(by_id, [row[0] for row in data.sheets[0].rows], clock)
    return path
