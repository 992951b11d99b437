"""The month's revisit log as an xlsx workbook, in the user's language, written by the
report's table writer: the report's fonts, header, stripes and number formats; due and
done dates are real date cells, the header row has a filter and repeats on every printed
page, which is A4 landscape fitted to the page width with the report's header and footer;
a row's case numbers stand one per line and the row is as tall as they need.

Phone numbers arrive masked (138****5678) from the service layer except the number of a
revisit still to make, which the clerk dials; numbers inside the customer's words are
masked here. Text the user typed is never a formula: a cell starting with = + - @ (or a
tab / carriage return) is written as text with Excel's quote prefix. Both, and the cell
limit, as in the report workbook (:mod:`desk.documents.xlsx.safety`).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook

from desk.documents.data.revisits import RevisitLogData
from desk.documents.pdf.layout import clean, tr
from desk.documents.pdf.revisit_log import summary_line
from desk.documents.xlsx.layout import print_setup, sheet_name
from desk.documents.xlsx.model import Column, Table
from desk.documents.xlsx.styles import Styles
from desk.documents.xlsx.tables import HEADER_ROW, write_table
from desk.documents.xlsx.workbook import CUT_MARKER, _discard, save_book
from desk.i18n import N_

TITLE = N_("Revisit log")
COLUMNS = [  # widths: A4 landscape at 8 points or more
    Column("no", N_("No."), "count", 5), Column("due", N_("Due"), "date", 10.5),
    Column("done", N_("Done"), "datetime", 16.5), Column("customer", N_("Customer"), "wrapped", 11),
    Column("phone", N_("Phone"), "dial", 13), Column("cases", N_("Cases"), "wrapped", 17.5),
    Column("category", N_("Category"), "wrapped", 10), Column("kind", N_("Kind"), "wrapped", 9),
    Column("attempts", N_("Attempts"), "wrapped", 12),
    Column("satisfaction", N_("Score"), "count", 8),
    Column("reasons", N_("Reasons"), "wrapped", 14),
    Column("words", N_("Customer's words"), "long_text", 30),
    Column("outcome", N_("Outcome"), "wrapped", 10), Column("status", N_("Status"), "wrapped", 8),
    Column("by", N_("Revisited by"), "wrapped", 9)]


def _rows(data: RevisitLogData):
    for row in data.rows:
        done = row.done_at
        if isinstance(done, dt.datetime) and done.tzinfo is not None:
            done = done.replace(tzinfo=None)
        yield (row.no, row.due_date, done, clean(row.customer), clean(row.phone),
               "\n".join(clean(c) for c in row.case_nos), clean(row.categories),
               clean(row.kind), clean(row.attempts), row.satisfaction, clean(row.reasons),
               clean(row.words, multiline=True), clean(row.outcome), clean(row.status),
               clean(row.by))


def write_revisit_xlsx(data: RevisitLogData, out: Path | str | BinaryIO, lang: str) -> None:
    book = Workbook(write_only=True)
    try:
        title = tr(TITLE, lang)
        sheet = book.create_sheet(sheet_name(title, set()))
        styles = Styles(sheet, lang, tr(CUT_MARKER, lang), True)
        summary = summary_line(data, lang)
        page_text = tr(N_("Page {page} of {pages}"), lang).replace("&", "&&").format(
            page="&P", pages="&N")
        print_setup(sheet, title, data.month.strftime("%Y-%m"), summary[:120], page_text,
                    f"{HEADER_ROW}:{HEADER_ROW}", styles.font_name)
        table = Table("revisits", TITLE, TITLE, COLUMNS, _rows(data),
                      empty_note=N_("No revisits in this month."))
        write_table(sheet, table, styles, lambda text: tr(text, lang), f"{title}  ·  {summary}")
    except BaseException:
        _discard(book)
        raise
    book.properties.title = title
    book.properties.creator = "Desk"
    save_book(book, str(out) if isinstance(out, Path) else out)


__all__ = ["COLUMNS", "write_revisit_xlsx"]
