"""The month's revisit log as an xlsx workbook (openpyxl), in the user's language.

Laid out like the report's sheets: due and done dates are real date cells, the header row
has a filter and repeats on every printed page, which is A4 landscape fitted to the page
width with the report's header and footer; a row's case numbers stand one per line.

Phone numbers are masked (138****5678), also inside the customer's words. Text the user
typed is never a formula: a cell starting with = + - @ (or a tab / carriage return) is
written as text with Excel's quote prefix (the ' shown in the formula bar). Both, and the
cell limit, as in the report workbook (:mod:`desk.documents.xlsx.safety`).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from desk.documents.data.revisits import RevisitLogData
from desk.documents.pdf.layout import clean, tr
from desk.documents.pdf.revisit_log import summary_line
from desk.documents.xlsx import safety
from desk.documents.xlsx.layout import print_setup, sheet_name
from desk.documents.xlsx.styles import FONTS
from desk.documents.xlsx.workbook import CUT_MARKER, save_book
from desk.i18n import N_
from desk.text import mask_phone

TITLE = N_("Revisit log")
HEADERS = (N_("No."), N_("Due"), N_("Done"), N_("Customer"), N_("Phone"), N_("Cases"),
           N_("Category"), N_("Kind"), N_("Attempts"), N_("Satisfaction"), N_("Reasons"),
           N_("Customer's words"), N_("Outcome"), N_("Status"), N_("Revisited by"))
WIDTHS = (5, 11, 16, 12, 14, 19, 14, 12, 16, 9, 22, 40, 16, 10, 12)


DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"


def put(sheet, row: int, column: int, value, marker: str):
    """Write one cell: numbers as numbers, dates as dates, text as text (never as a
    formula), made safe; ``marker`` (with ``{count}``) says how much of an over-long text
    was cut."""
    cell = sheet.cell(row=row, column=column)
    if value is None or isinstance(value, (int, float)) and not isinstance(value, bool):
        cell.value = value
        return cell
    if isinstance(value, (dt.datetime, dt.date)):
        cell.value = value
        cell.number_format = (DATETIME_FORMAT if isinstance(value, dt.datetime)
                              else DATE_FORMAT)
        return cell
    text, quoted = safety.safe_text(clean(value, multiline=True), marker, mask=True)
    cell.value = text
    cell.data_type = "s"
    if quoted:
        cell.quotePrefix = True
    return cell


def write_row(sheet, row: int, values, marker: str) -> int:
    for column, value in enumerate(values, start=1):
        put(sheet, row, column, value, marker)
    return row


def write_revisit_xlsx(data: RevisitLogData, out: Path | str | BinaryIO, lang: str) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = sheet_name(tr(TITLE, lang), set())
    marker = tr(CUT_MARKER, lang)
    bold = Font(bold=True)
    write_row(sheet, 1, [tr(TITLE, lang)], marker)
    sheet["A1"].font = Font(bold=True, size=14)
    write_row(sheet, 2, [summary_line(data, lang)], marker)
    header_row = write_row(sheet, 4, [tr(h, lang) for h in HEADERS], marker)
    fill = PatternFill("solid", fgColor="ECECEC")
    for cell in sheet[header_row]:
        cell.font, cell.fill = bold, fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for number, row in enumerate(data.rows, start=header_row + 1):
        write_row(sheet, number, [
            row.no, row.due_date, row.done_at, row.customer,
            mask_phone(row.phone), "\n".join(row.case_nos), row.categories, row.kind,
            row.attempts, row.satisfaction, row.reasons, row.words, row.outcome, row.status,
            row.by], marker)
        for cell in sheet[number]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    if not data.rows:
        write_row(sheet, header_row + 1, [tr(N_("No revisits in this month."), lang)], marker)
    for index, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
    last = header_row + max(len(data.rows), 1)
    if data.rows:
        sheet.auto_filter.ref = f"A{header_row}:{get_column_letter(len(HEADERS))}{last}"
    page_text = tr(N_("Page {page} of {pages}"), lang).replace("&", "&&").format(
        page="&P", pages="&N")
    print_setup(sheet, tr(TITLE, lang), summary_line(data, lang)[:80], "", page_text,
                f"{header_row}:{header_row}", FONTS.get(lang, FONTS["en"]))
    book.properties.title = tr(TITLE, lang)
    book.properties.creator = "Desk"
    target = str(out) if isinstance(out, Path) else out
    save_book(book, target)


__all__ = ["put", "write_revisit_xlsx"]
