"""The complaint record (客户投诉记录), printed as a filled form for the paper file."""
from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from desk.documents.data.cases import CaseSummary, Company
from desk.documents.pdf import blocks
from desk.documents.pdf.layout import Page, Styles, build, check_language, clean, fmt_when, styles, tr
from desk.i18n import N_

TITLE = N_("Complaint record")


def demands_text(case: CaseSummary, lang: str) -> str:
    """The ticked demands as a list, then whatever the customer asked in their own words."""
    separator = ", " if lang == "en" else "、"
    labels = separator.join(t for t in (clean(d) for d in case.demands or []) if t)
    own = clean(case.demand_text, multiline=True)
    return "\n".join(part for part in (labels, own) if part)


def summary_grid(case: CaseSummary, lang: str, st: Styles, width: float,
                 compact: bool = False):
    """The complaint as a form: who, how it came in, what about, what they want.

    Rows whose values are all empty are left out; ``compact`` (the slip) also leaves out
    the reply promise, which the slip prints with its history under "Handling".
    """
    if compact:
        room = " / ".join(v for v in (clean(case.room_no), clean(case.member_no)) if v)
        room_label = (N_("Room / member No.") if clean(case.room_no) and clean(case.member_no)
                      else N_("Room No.") if clean(case.room_no) else N_("Member No."))
        rows: list = [
            [(N_("Complainant"), case.complainant), (N_("Phone"), case.phone)],
            [(room_label, room), (N_("Customer class"), case.customer_class)],
            [(N_("Address"), case.address)],
            [(N_("Channel"), case.channel), (N_("Category"), case.category)],
            [(N_("Severity"), case.severity), (N_("Recorded by"), case.recorded_by)],
            [(N_("Incident time"), fmt_when(case.incident_at)),
             (N_("Incident place"), case.incident_place)],
            [(N_("Complaint about"), case.object_label),
             (N_("Customer's demands"), demands_text(case, lang))]]
    else:
        rows = [[(N_("Complainant"), case.complainant), (N_("Phone"), case.phone)],
                [(N_("Room No."), case.room_no), (N_("Member No."), case.member_no)],
                [(N_("Address"), case.address)],
                [(N_("Channel"), case.channel), (N_("Category"), case.category)],
                [(N_("Severity"), case.severity), (N_("Customer class"), case.customer_class)],
                [(N_("Incident time"), fmt_when(case.incident_at)),
                 (N_("Incident place"), case.incident_place)],
                [(N_("Complaint about"), case.object_label)],
                [(N_("Customer's demands"), demands_text(case, lang))],
                [(N_("Recorded by"), case.recorded_by),
                 (N_("Reply promised by"), fmt_when(case.reply_due_at))]]
    kept = []
    for row in rows:
        if any(clean(value) for _, value in row):
            filled = [pair for pair in row if clean(pair[1])]
            kept.append(row if len(filled) == len(row) or len(row) == 1 else
                        (filled if len(filled) == 1 else row))
    # nothing on file at all: the whole form, blank, to fill in by hand
    return blocks.grid(kept or rows, lang, st, width)  # the table, then any long values


def description(case: CaseSummary, lang: str, st: Styles, blank: int = 4,
                tight: bool = False) -> list:
    return blocks.text_section(N_("What happened"), case.description, lang, st, blank=blank,
                               tight=tight)


def record_story(case: CaseSummary, lang: str, st: Styles, width: float) -> list:
    story: list = blocks.title(TITLE, lang, st)
    story += blocks.banner(case.case_no, [(N_("Received"), fmt_when(case.received_at))],
                           lang, st, width)
    story.append(blocks.heading(N_("Complaint details"), lang, st))
    story += summary_grid(case, lang, st, width)
    story += description(case, lang, st)
    story.append(blocks.heading(N_("Signatures"), lang, st))
    story.append(blocks.signatures(
        [N_("Recorded by (signature)"), N_("Complainant (signature)")], lang, st, width,
        columns=2, note=tr(N_("The complainant confirms that this record is correct."), lang),
        names=[case.recorded_by]))
    return story


def render_record(case: CaseSummary, company: Company, out: Path | BinaryIO, lang: str) -> None:
    """Write the complaint record of ``case`` as an A4 PDF to ``out`` (path or binary file)."""
    check_language(lang)
    page = Page(company=company, title=tr(TITLE, lang), case_no=clean(case.case_no), lang=lang)
    width = page.size[0] - page.margins[0] - page.margins[1]
    build(out, record_story(case, lang, styles(), width), page, subject=tr(TITLE, lang))

