"""The handling slip (客户投诉处理单): goes to the responsible department and comes back
signed by the customer, the desk clerk, the handler and the operations manager."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm

from desk.documents.data.cases import Company, SlipData
from desk.documents.pdf import blocks
from desk.documents.pdf.layout import (
    Page,
    Styles,
    build,
    check_language,
    clean,
    fmt_amount,
    fmt_when,
    styles,
    to_decimal,
    tr,
)
from desk.documents.pdf.qr import qr_flowable
from desk.documents.pdf.record import description, summary_grid
from desk.i18n import N_

TITLE = N_("Complaint handling slip")
OPINIONS = (N_("Satisfied"), N_("Accepts the result"), N_("Not satisfied"))
SIGNERS = (N_("Customer signature"), N_("Desk clerk signature"), N_("Handler signature"),
           N_("Operations manager signature"))


def _handling(data: SlipData, lang: str, st: Styles, width: float) -> list:
    story: list = [blocks.heading(N_("Handling"), lang, st), *blocks.grid([
        [(N_("Route"), data.route_label), (N_("Responsible department"), data.department)],
        [(N_("Responsible person"), data.responsible),
         (N_("Agreed reply date"), fmt_when(data.agreed_reply_at))],
    ], lang, st, width)]
    if data.date_changes:
        rows = [(str(i), fmt_when(old), fmt_when(new), reason)
                for i, (old, new, reason) in enumerate(data.date_changes, start=1)]
        story.append(blocks.Spacer(1, 5))
        story += blocks.listing(
            [N_("Change"), N_("Agreed date was"), N_("Changed to"), N_("Reason")], rows, lang,
            st, [18 * mm, 36 * mm, 36 * mm, width - 90 * mm])
    return story


def _result(data: SlipData, lang: str, st: Styles, width: float) -> list:
    story: list = [blocks.heading(N_("Handling result"), lang, st)]
    story += blocks.text_flow(data.result, st, blank=2)
    if fmt_when(data.handled_at):
        story += blocks.key_lines([(N_("Handled at"), fmt_when(data.handled_at))], lang, st)
    return story


def _compensation(data: SlipData, lang: str, st: Styles, width: float) -> list:
    story: list = [blocks.heading(N_("Compensation"), lang, st)]
    rows = [(kind, fmt_amount(amount), note) for kind, amount, note in data.compensation or []]
    footer = None
    if rows:
        amounts = [to_decimal(amount) for _, amount, _ in data.compensation]
        total = sum((a for a in amounts if a is not None), Decimal(0))
        footer = [blocks.label(N_("Total"), lang, st, st.value), blocks.para(fmt_amount(total),
                  st.right), ""]
    elif clean(data.result):
        rows = [(tr(N_("None"), lang), "", "")]
    else:
        rows = [("", "", "")]  # to fill in by hand
    story += blocks.listing([N_("Kind"), N_("Amount"), N_("Note")], rows, lang, st,
                            [45 * mm, 35 * mm, width - 80 * mm], right=(1,), footer=footer)
    return story


def _opinion(data: SlipData, lang: str, st: Styles) -> list:
    story: list = [blocks.heading(N_("Customer's opinion"), lang, st)]
    chosen, words = clean(data.customer_opinion), clean(data.opinion_text, multiline=True)
    if chosen:
        story.append(blocks.para(chosen, st.value))
    else:
        story.append(blocks.TickBoxes([tr(o, lang) for o in OPINIONS], st))
    if words:
        story += blocks.text_flow(words, st)
    elif not chosen:
        story.append(blocks.WriteLines(1, st))
    return story


def slip_story(data: SlipData, lang: str, st: Styles, width: float) -> list:
    case = data.case
    qr = qr_flowable(data.qr_payload, 25 * mm) if clean(data.qr_payload) else None
    story: list = blocks.title(TITLE, lang, st)
    story += blocks.banner(
        case.case_no,
        [(N_("Received"), fmt_when(case.received_at)),
         (N_("Verification code"), data.verification_code)],
        lang, st, width, qr=qr,
        qr_note=tr(N_("Scan the code to check that this slip is genuine."), lang))
    story.append(blocks.heading(N_("Complaint summary"), lang, st))
    story += summary_grid(case, lang, st, width, compact=True)
    story += description(case, lang, st)
    story += _handling(data, lang, st, width)
    story += _result(data, lang, st, width)
    story += _compensation(data, lang, st, width)
    story += _opinion(data, lang, st)
    story.append(blocks.Spacer(1, 4))
    story.append(blocks.signatures(
        SIGNERS, lang, st, width, height=11 * mm,
        note=tr(N_("The customer has been told the handling result above."), lang)))
    return story


def render_slip(data: SlipData, company: Company, out: Path | BinaryIO, lang: str) -> None:
    """Write the handling slip as an A4 PDF to ``out`` (a path or a binary file object)."""
    check_language(lang)
    page = Page(company=company, title=tr(TITLE, lang), case_no=clean(data.case.case_no),
                lang=lang)
    width = page.size[0] - page.margins[0] - page.margins[1]
    build(out, slip_story(data, lang, styles(), width), page, subject=tr(TITLE, lang))
