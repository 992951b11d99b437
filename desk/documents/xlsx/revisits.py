"""The month's revisit log as an xlsx workbook (openpyxl), in the user's language.

Phone numbers are masked (138****5678), also inside the customer's words. Text the user
typed is never a formula: a cell starting with = + - @ (or a tab / carriage return) is
written as text with Excel's quote prefix (the ' shown in the formula bar). Both, and the
cell limit, as in the report workbook (:mod:`desk.documents.xlsx.safety`).
"""
from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from desk.documents.data.revisits import RevisitLogData
from desk.documents.pdf.layout import clean, fmt_when, tr
from desk.documents.pdf.revisit_log import summary_line
from desk.documents.xlsx import safety
from desk.documents.xlsx.layout import sheet_name
from desk.documents.xlsx.workbook import CUT_MARKER, save_book
from desk.i18n import N_
from desk.text import mask_phone

TITLE = N_("Revisit log")
HEADERS = (N_("No."), N_("Due"), N_("Done"), N_("Customer"), N_("Phone"), N_("Cases"),
           N_("Category"), N_("Kind"), N_("Attempts"), N_("Satisfaction"), N_("Reasons"),
           N_("Customer's words"), N_("Outcome"), N_("Status"), N_("Revisited by"))
WIDTHS = (6, 12, 17, 14, 14, 26, 18, 16, 20, 10, 26, 50, 20, 12, 14)


def put(sheet, row: int, column: int, value, marker: str):
    """Write one cell: numbers as numbers, text as text (never as a formula), made safe;
    ``marker`` (with ``{count}``) says how much of an over-long text was cut."""
    cell = sheet.cell(row=row, column=column)
    if value is None or isinstance(value, (int, float)) and not isinstance(value, bool):
        cell.value = value
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
            row.no, fmt_when(row.due_date), fmt_when(row.done_at), row.customer,
            mask_phone(row.phone), ", ".join(row.case_nos), row.categories, row.kind,
            row.attempts, row.satisfaction, row.reasons, row.words, row.outcome, row.status,
            row.by], marker)
        for cell in sheet[number]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    if not data.rows:
        write_row(sheet, header_row + 1, [tr(N_("No revisits in this month."), lang)], marker)
    for index, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    book.properties.title = tr(TITLE, lang)
    book.properties.creator = "Desk"
    target = str(out) if isinstance(out, Path) else out
    save_book(book, target)


__all__ = ["put", "write_revisit_xlsx"]
