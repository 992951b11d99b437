"""The handling slip (客户投诉处理单): goes to the responsible department and comes back
signed by the customer, the desk clerk, the handler and the operations manager (and, as
the case needs, the floor supervisor of a tenant's floor and the GM it was escalated to).

What the customer signs for is on the page they sign: the handling result, any
compensation, their opinion, the confirmation and every signature box are kept together.
A normal case fits one A4 page in every layout: when the story runs over, the text is set
a little smaller (never the space to write or sign in), down to :data:`SCALES`' last step.
"""
from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether

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
CUSTOMER = N_("Customer signature")
DESK = N_("Desk clerk signature")
HANDLER = N_("Handler signature")
FLOOR = N_("Floor supervisor signature")
OPS = N_("Operations manager signature")
ON_BEHALF = N_("{name}, as reported")
TOP_SIGNERS = {"deputy_gm": N_("Deputy GM signature"), "gm": N_("GM signature")}
TOLD = N_("The customer has been told the handling result above.")
AGREED = {True: N_("Agreed"), False: N_("Not agreed"), None: "—"}
#: Text sizes tried in turn until a slip fits one page.
SCALES = (1.0, 0.92, 0.85, 0.8, 0.76)
# Change no. | agreed date was | changed to | consent: room for a date with its note
# and for a bilingual "不同意 Not agreed" on one line; the reason takes the rest.
CHANGE_WIDTHS = [10 * mm, 36 * mm, 30 * mm, 29 * mm]
RESULT_LINES = 4  # ruled lines for a handwritten result: 4 × 8 mm ≥ 30 mm


def escalated(data: SlipData) -> bool:
    return bool(data.level) and data.level != "handler"


def signers(data: SlipData) -> list[str]:
    """Who signs: the customer, the desk, the handler, the floor supervisor of a tenant
    slip, the operations manager, and the deputy GM or GM a case was escalated to."""
    roles = [CUSTOMER, DESK, HANDLER]
    if clean(data.tenant) or clean(data.floor_supervisor):
        roles.append(FLOOR)
    roles.append(OPS)
    if data.level in TOP_SIGNERS:
        roles.append(TOP_SIGNERS[data.level])
    return roles


def _acted(data: SlipData, role: str, lang: str) -> str:
    """Who did this box's step in Desk (the pen signature confirms it on paper)."""
    if role == DESK:
        return data.issued_by
    if role == OPS:
        return data.signed_off_by
    if role == HANDLER and data.result_by:
        return (tr(ON_BEHALF, lang).format(name=data.result_by) if data.result_on_behalf
                else data.result_by)
    return ""


def _handling(data: SlipData, lang: str, st: Styles, width: float) -> list:
    if clean(data.tenant):
        who = [(N_("Shop"), data.tenant), (N_("Floor supervisor"), data.floor_supervisor)]
    else:
        who = [(N_("Responsible department"), data.department)]
    current = (N_("Agreed reply date (current)"),
               fmt_when(data.agreed_reply_at or data.case.reply_due_at))
    rows = [[(N_("Route"), data.route_label), who[0]]]
    if len(who) > 1:
        rows.append([(N_("Responsible person"), data.responsible), who[1]])
        rows.append([current])
    else:
        rows.append([(N_("Responsible person"), data.responsible), current])
    story: list = [blocks.heading(N_("Handling"), lang, st, tight=True), *blocks.grid(rows, lang, st, width)]
    intake = data.case.intake_reply_due_at or (data.date_changes[0][0] if data.date_changes
                                               else None)
    if data.date_changes:
        history = []
        for i, change in enumerate(data.date_changes, start=1):
            old, new, reason = change[:3]
            agreed = change[3] if len(change) > 3 else None
            was = fmt_when(old)
            if i == 1 and intake and fmt_when(intake) == was:
                was = f"{was}\n{tr(N_('(promised at intake)'), lang)}"
            history.append((str(i), was, fmt_when(new),
                            tr(AGREED[agreed], lang) if AGREED[agreed] != "—" else "—", reason))
        story.append(blocks.Spacer(1, 3 * st.scale))
        story += blocks.listing(
            [N_("Change"), N_("Agreed date was"), N_("Changed to"), N_("Customer consent"),
             N_("Reason")], history, lang, st,
            CHANGE_WIDTHS[:4] + [width - sum(CHANGE_WIDTHS)], compact=True)
    return story


def _compensation(data: SlipData, lang: str, st: Styles, width: float) -> list:
    rows = [(kind, fmt_amount(amount), note) for kind, amount, note in data.compensation or []]
    if not rows and clean(data.result):
        return blocks.key_lines([(N_("Compensation"), tr(N_("None"), lang))], lang, st)
    footer = None
    if rows:
        amounts = [to_decimal(amount) for _, amount, _ in data.compensation]
        total = sum((a for a in amounts if a is not None), Decimal(0))
        footer = [blocks.label(N_("Total"), lang, st, st.value),
                  blocks.para(fmt_amount(total), st.right), ""]
    else:
        rows = [("", "", "")]  # to fill in by hand
    return [blocks.Spacer(1, 3 * st.scale), *blocks.listing(
        [N_("Compensation"), N_("Amount (CNY)"), N_("Note")], rows, lang, st,
        [45 * mm, 35 * mm, width - 80 * mm], right=(1,), footer=footer)]


def _opinion(data: SlipData, lang: str, st: Styles) -> list:
    chosen, words = clean(data.customer_opinion), clean(data.opinion_text, multiline=True)
    story: list = []
    if chosen:
        story += blocks.key_lines([(N_("Customer's opinion"), chosen)], lang, st)
    else:
        story.append(blocks.TickBoxes([tr(o, lang) for o in OPINIONS], st,
                                      lead=tr(N_("Customer's opinion"), lang)))
    if words:
        story += blocks.text_flow(words, st)
    elif not chosen:
        story.append(blocks.WriteLines(1, st))
    return story


def signed_part(data: SlipData, lang: str, st: Styles, width: float) -> KeepTogether:
    """The result and everything the customer confirms and signs, on one page."""
    story: list = [blocks.heading(N_("Handling result"), lang, st, tight=True)]
    story += blocks.text_flow(data.result, st, blank=RESULT_LINES, fixed=True)
    story += blocks.key_lines([(N_("Handled at"), fmt_when(data.handled_at))], lang, st)
    story += _compensation(data, lang, st, width)
    story.append(blocks.Spacer(1, 3 * st.scale))
    story += _opinion(data, lang, st)
    roles = signers(data)
    note = tr(TOLD, lang) if clean(data.result) else ""  # nothing told before a result
    story.append(blocks.Spacer(1, 3 * st.scale))
    story += blocks.signatures(roles, lang, st, width, columns=len(roles), note=note,
                               names=[_acted(data, role, lang) for role in roles])._content
    return KeepTogether(story)


def slip_story(data: SlipData, lang: str, st: Styles, width: float) -> list:
    case = data.case
    qr = qr_flowable(data.qr_payload, 22 * mm) if clean(data.qr_payload) else None
    story: list = blocks.title(TITLE, lang, st)
    facts = [(N_("Received"), fmt_when(case.received_at)),
             (N_("Verification code"), data.verification_code)]
    if escalated(data):
        facts.append((N_("Escalated to"), data.level_label))
    story += blocks.banner(
        case.case_no, facts,
        lang, st, width, qr=qr,
        qr_note=tr(N_("Scan the code to check that this slip is genuine."), lang))
    story.append(blocks.heading(N_("Complaint summary"), lang, st, tight=True))
    story += summary_grid(case, lang, st, width, compact=True)
    story += description(case, lang, st, blank=3, tight=True)
    story += _handling(data, lang, st, width)
    story.append(signed_part(data, lang, st, width))
    return story


def render_slip(data: SlipData, company: Company, out: Path | BinaryIO, lang: str) -> int:
    """Write the handling slip as an A4 PDF to ``out`` (a path or a binary file object);
    returns its number of pages."""
    check_language(lang)
    page = Page(company=company, title=tr(TITLE, lang), case_no=clean(data.case.case_no),
                lang=lang)
    width = page.size[0] - page.margins[0] - page.margins[1]
    pdf, pages = b"", 0
    for scale in SCALES:
        buffer = io.BytesIO()
        pages = build(buffer, slip_story(data, lang, styles(scale), width), page,
                      subject=tr(TITLE, lang))
        pdf = buffer.getvalue()
        if pages == 1:
            break
    if isinstance(out, (str, Path)):
        Path(out).write_bytes(pdf)
    else:
        out.write(pdf)
    return pages
