"""The revisit log (客户回访记录表) of one month, printed as a landscape A4 form: a
revisit a line, about 28 a page. The clerk calls from it: a revisit still to make shows
the whole number, the others a masked one (the service layer decides)."""
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
HEADERS = (N_("No."), N_("Due"), N_("Done"), N_("Customer"),
           N_("Phone"), N_("Cases"), N_("Category"), N_("Attempts"), N_("Score"),
           N_("Reasons"), N_("Customer's words"), N_("Outcome"), N_("Revisited by"))
# mm on A4 landscape less margins (265 mm); a typical revisit takes one line at 8 points
WIDTHS_MM = (8, 11, 21, 21, 23, 31, 18, 27, 10, 25, 36, 17, 17)
DATES = N_("Dates are month-day (mm-dd), times hours:minutes; score: satisfaction from "
           "1 (very dissatisfied) to 5 (very satisfied).")
WORDS_LIMIT = 80        # the customer's words in full are in the workbook and the case
CASES_SHOWN = 3
SCALE = 0.85            # 8-point text: about 28 revisits a page


SUMMARY = N_("Month {month}. Revisits: {total}; reached: {reached}; unreachable: "
             "{unreachable}; average satisfaction: {average}")


def summary_line(data: RevisitLogData, lang: str) -> str:
    average = "—" if data.average_satisfaction is None else f"{data.average_satisfaction:.2f}"
    return tr_format(SUMMARY, lang, " / ", month=data.month.strftime("%Y-%m"), total=data.total,
                     reached=data.reached, unreachable=data.unreachable, average=average)


def flows(part) -> list:
    """A block as a list of flowables (grids and listings may bring text set below them)."""
    return [part] if isinstance(part, Flowable) else list(part)


def _day(value, with_time: bool = False) -> str:
    """11-08 or 11-08 15:10: the month and year are in the page's header."""
    text = fmt_when(value)
    if len(text) >= 10 and text[4] == "-":
        return text[5:16] if with_time else text[5:10]
    return text


def _cases(row: RevisitLogRow) -> str:
    shown = [clean(c) for c in row.case_nos[:CASES_SHOWN]]
    if len(row.case_nos) > CASES_SHOWN:
        shown.append(f"+{len(row.case_nos) - CASES_SHOWN}")
    return "\n".join(shown)


def _words(row: RevisitLogRow) -> str:
    text = " ".join(clean(row.words, multiline=True).split())
    return text if len(text) <= WORDS_LIMIT else text[:WORDS_LIMIT - 1] + "…"


def log_rows(data: RevisitLogData) -> list[list[str]]:
    return [[str(r.no), _day(r.due_date), _day(r.done_at, True), clean(r.customer),
             clean(r.phone), _cases(r), clean(r.categories), clean(r.attempts),
             "" if r.satisfaction is None else str(r.satisfaction), clean(r.reasons),
             _words(r), clean(r.outcome) or clean(r.status), clean(r.by)]
            for r in data.rows]


def log_story(data: RevisitLogData, lang: str, width: float) -> list:
    st = styles(SCALE)
    story: list = blocks.title(TITLE, lang, st)
    story.append(blocks.para(summary_line(data, lang), st.body))
    story.append(blocks.para(tr(DATES, lang), st.small))
    story.append(Spacer(1, 2 * mm))
    rows = log_rows(data)
    if rows:
        widths = [w * mm * width / (sum(WIDTHS_MM) * mm) for w in WIDTHS_MM]
        story += flows(blocks.listing(HEADERS, rows, lang, st, widths, right=(0, 8),
                                      compact=True))
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


__all__ = ["SUMMARY", "TITLE", "flows", "log_rows", "log_story", "render_revisit_log", "summary_line"]
