"""A customer's data export as an xlsx workbook: one sheet per kind of record.

Text is never a formula and over-long text is cut with a marker (as in the report
workbook, :mod:`desk.documents.xlsx.safety`); phone numbers are not masked here.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from desk.documents.data.customer import CustomerData
from desk.documents.xlsx import safety
from desk.documents.xlsx.layout import sheet_name
from desk.documents.xlsx.workbook import CUT_MARKER
from desk.i18n import translate


def _cell_value(value, marker: str):
    if value is None or isinstance(value, (int, float, dt.datetime, dt.date)) \
            and not isinstance(value, bool):
        return value, False
    text, quoted = safety.safe_text(str(value), marker)
    return text, quoted


def write_customer_data(data: CustomerData, path: Path | str, lang: str) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    marker = translate(CUT_MARKER, lang)
    wb = Workbook()
    wb.remove(wb.active)
    wb.properties.title = data.title
    wb.properties.created = data.generated_at
    taken: set[str] = set()
    for number, sheet in enumerate(data.sheets):
        ws = wb.create_sheet(sheet_name(sheet.title, taken))
        start = 1
        if number == 0:
            ws.cell(row=1, column=1, value=data.title).font = Font(bold=True, size=14)
            ws.cell(row=2, column=1, value=_cell_value(data.subtitle, marker)[0])
            start = 4
        for column, header in enumerate(sheet.headers, start=1):
            ws.cell(row=start, column=column, value=header).font = Font(bold=True)
            ws.column_dimensions[get_column_letter(column)].width = max(12, len(header) + 4)
        for offset, values in enumerate(sheet.rows, start=1):
            for column, value in enumerate(values, start=1):
                text, quoted = _cell_value(value, marker)
                cell = ws.cell(row=start + offset, column=column, value=text)
                if isinstance(text, str):
                    cell.data_type = "s"
                    cell.quotePrefix = quoted
                elif isinstance(text, dt.datetime):
                    cell.number_format = "yyyy-mm-dd hh:mm"
    tmp = path.with_name(f".{path.name}.part")
    try:
        wb.save(tmp)
        tmp.replace(path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path
