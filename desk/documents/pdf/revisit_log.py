"""The revisit log (客户回访记录表) of one month, printed as a landscape A4 form."""
from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desk.documents.data.cases import Company
from desk.documents.data.revisits import RevisitLogData, RevisitLogRow
from desk.documents.pdf import blocks
from desk.documents.pdf.layout import Page, build, check_language, clean, fmt_when, styles, tr, tr_format
from desk.i18n import N_

TITLE = N_("Revisit log")
MONTH = N_("Month")
HEADERS = (N_("No."), N_("Due / done"), N_("Customer"), N_("Cases"), N_("Attempts"),
           N_("Satisfaction"), N_("Reasons"), N_("Customer's words"), N_("Outcome"),
           N_("Revisited by"))
WIDTHS_MM = (9, 24, 32, 32, 26, 22, 32, 43, 25, 20)   # 265 mm: A4 landscape less margins
WORDS_LIMIT = 600


SUMMARY = N_("Month {month}. Revisits: {total}; reached: {reached}; unreachable: "
             "{unreachable}; average satisfaction: {average}")


def summary_line(data: RevisitLogData, lang: str) -> str:
    average = "—" if data.average_satisfaction is None else f"{data.average_satisfaction:.2f}"
    return tr_format(SUMMARY, lang, " / ", month=data.month.strftime("%Y-%m"), total=data.total,
                     reached=data.reached, unreachable=data.unreachable, average=average)


def flows(part) -> list:
    """A block as a list of flowables (grids and listings may bring text set below them)."""
    return [part] if isinstance(part, Flowable) else list(part)


def _dates(row: RevisitLogRow) -> str:
    due, done = fmt_when(row.due_date), fmt_when(row.done_at)
    return f"{due}\n{done}" if done else due


def _customer(row: RevisitLogRow) -> str:
    return "\n".join(p for p in (clean(row.customer), clean(row.phone)) if p)


def _cases(row: RevisitLogRow) -> str:
    parts = [", ".join(clean(c) for c in row.case_nos[:6])]
    if len(row.case_nos) > 6:
        parts[0] += " …"
    return "\n".join(p for p in (*parts, clean(row.categories), clean(row.kind)) if p)


def _outcome(row: RevisitLogRow) -> str:
    return "\n".join(p for p in (clean(row.outcome), clean(row.status)) if p)


def _words(row: RevisitLogRow) -> str:
    text = " ".join(clean(row.words, multiline=True).split())
    return text if len(text) <= WORDS_LIMIT else text[:WORDS_LIMIT - 1] + "…"


def log_story(data: RevisitLogData, lang: str, width: float) -> list:
    st = styles()
    story: list = blocks.title(TITLE, lang, st)
    story.append(blocks.para(summary_line(data, lang), st.body))
    story.append(Spacer(1, 4 * mm))
    rows = [[str(r.no), _dates(r), _customer(r), _cases(r), clean(r.attempts),
             "" if r.satisfaction is None else str(r.satisfaction), clean(r.reasons),
             _words(r), _outcome(r), clean(r.by)] for r in data.rows]
    if rows:
        widths = [w * mm * width / (sum(WIDTHS_MM) * mm) for w in WIDTHS_MM]
        story += flows(blocks.listing(HEADERS, rows, lang, st, widths, right=(0, 5)))
    else:
        story.append(blocks.para(tr(N_("No revisits in this month."), lang), st.body))
    story.append(Spacer(1, 6 * mm))
    story.append(blocks.signatures([N_("Prepared by (desk clerk)"),
                                    N_("Reviewed by (operations manager)")], lang, st, width,
                                   columns=2))
    return story


def render_revisit_log(data: RevisitLogData, company: Company, out: Path | BinaryIO,
                       lang: str) -> None:
    """Write the month's revisit log as a landscape A4 PDF to ``out``."""
    check_language(lang)
    page = Page(company=company, title=tr(TITLE, lang), case_no=data.month.strftime("%Y-%m"),
                lang=lang, size=landscape(A4))
    width = page.size[0] - page.margins[0] - page.margins[1]
    build(out, log_story(data, lang, width), page, subject=tr(TITLE, lang), label=MONTH)


__all__ = ["SUMMARY", "TITLE", "flows", "log_story", "render_revisit_log", "summary_line"]
