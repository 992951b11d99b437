"""The corrective and preventive action record (客诉纠正与预防措施记录表), printed on A4 with
summaries of the linked complaint records attached (002 §4.7 ②)."""
from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, PageBreak, Spacer

from desk.documents.data.capa import AttachedCase, CapaRecordData
from desk.documents.data.cases import Company
from desk.documents.pdf import blocks
from desk.documents.pdf.layout import (
    Page,
    Styles,
    build,
    check_language,
    clean,
    fmt_when,
    styles,
    tr,
    tr_format,
)
from desk.documents.pdf.record import summary_grid
from desk.documents.pdf.revisit_log import flows
from desk.i18n import N_

TITLE = N_("Corrective and preventive action record")
RECORD_NO = N_("Record No.")
DESCRIPTION_LIMIT = 1500
DAYS = N_("{days} days")
DAYS_SPAN = N_("{days} days ({span})")
SIGNED = N_("Signed off in Desk by {name}, {when}")


def _count(value: int | None) -> str:
    return "" if value is None else str(value)


def _signed(name: str, at, lang: str) -> str:
    if not clean(name):
        return ""
    return tr_format(SIGNED, lang, "\n", name=clean(name), when=fmt_when(at))


def record_story(data: CapaRecordData, lang: str, st: Styles, width: float) -> list:
    story: list = blocks.title(TITLE, lang, st)
    story += flows(blocks.grid([
        [(N_("Record No."), data.number), (N_("Status"), data.status)],
        [(N_("Opened"), fmt_when(data.opened_at)), (N_("Opened by"), data.opened_by)],
        [(N_("Source"), data.source), (N_("Same kind means"), data.criteria)],
    ], lang, st, width))
    story += blocks.text_section(N_("Problem"), data.problem, lang, st, blank=3)
    story.append(blocks.heading(N_("Root cause"), lang, st))
    story += flows(blocks.grid([[(N_("Root-cause category"), data.root_cause_category)]],
                               lang, st, width))
    story.append(Spacer(1, 2 * mm))
    story += blocks.text_flow(data.root_cause, st, blank=3)
    story.append(blocks.heading(N_("Corrective and preventive actions"), lang, st))
    if data.actions:
        rows = [[a.kind, a.text, a.owner, fmt_when(a.due), fmt_when(a.done)]
                for a in data.actions]
        story += flows(blocks.listing(
            [N_("Type"), N_("Action"), N_("Owner"), N_("Due"), N_("Done")], rows, lang, st,
            [w * width / 180 for w in (30, 70, 28, 26, 26)]))
    else:
        story.append(blocks.WriteLines(4, st))
    story.append(blocks.heading(N_("Verification of effectiveness"), lang, st))
    span = " – ".join(p for p in (fmt_when(data.verify_from), fmt_when(data.verify_until)) if p)
    days = (tr_format(DAYS_SPAN, lang, " / ", days=data.verify_days, span=span) if span
            else tr_format(DAYS, lang, " / ", days=data.verify_days))
    story += flows(blocks.grid([
        [(N_("Verification period"), days)],
        [(N_("Complaints behind the record"), _count(data.baseline_count)),
         (N_("Same kind in the period"), _count(data.verification_count))],
        [(N_("Result"), data.result)],
    ], lang, st, width))
    story.append(CondPageBreak(55 * mm))
    story.append(blocks.heading(N_("Sign-off"), lang, st))
    # one set of boxes: a sign-off made in Desk is printed in its box, the rest is signed
    # by hand on the paper
    story.append(blocks.signatures(
        [N_("Prepared by (desk clerk)"), N_("Operations manager"), N_("GM")], lang, st,
        width, columns=3, filled=["", _signed(data.ops_signed_by, data.ops_signed_at, lang),
                                  _signed(data.gm_signed_by, data.gm_signed_at, lang)]))
    story += attachments(data.cases, lang, st, width)
    return story


def attachments(cases: list[AttachedCase], lang: str, st: Styles, width: float) -> list:
    """Summaries of the complaint records behind the record (the copies 002 §4.7 attaches)."""
    if not cases:
        return []
    out: list = [PageBreak(), blocks.heading(N_("Attached: the complaint records"), lang, st)]
    for number, attached in enumerate(cases, start=1):
        case = attached.case
        out.append(CondPageBreak(70 * mm))
        out.append(blocks.para(f"{number}. {tr(N_('Case No.'), lang)} {clean(case.case_no)}"
                               f"  {fmt_when(case.received_at)}", st.big))
        out += flows(summary_grid(case, lang, st, width, compact=True))
        text = clean(case.description, multiline=True)
        if len(text) > DESCRIPTION_LIMIT:
            text = text[:DESCRIPTION_LIMIT - 1] + "…"
        out += flows(blocks.grid([[(N_("What happened"), text or "—")],
                                  [(N_("Status"), attached.status)],
                                  [(N_("Handling result"), attached.result or "—")]],
                                 lang, st, width))
        out.append(Spacer(1, 5 * mm))
    return out


def render_capa_record(data: CapaRecordData, company: Company, out: Path | BinaryIO,
                       lang: str) -> None:
    """Write the corrective-action record as an A4 PDF to ``out``."""
    check_language(lang)
    page = Page(company=company, title=tr(TITLE, lang), case_no=clean(data.number), lang=lang)
    width = page.size[0] - page.margins[0] - page.margins[1]
    build(out, record_story(data, lang, styles(), width), page, subject=tr(TITLE, lang),
          label=RECORD_NO)


__all__ = ["TITLE", "attachments", "record_story", "render_capa_record"]
