"""Streamed rows of a write-only sheet, serialised here rather than cell by cell.

openpyxl writes a write-only row as one lxml element per cell (and per value inside it),
most of the time of a big report. A row of plain values is the same few XML shapes
every time, so :class:`RowWriter` composes the ``<row>`` as text (values escaped, styles
by their ids, dates as Excel serial numbers, the height a wrapped text needs) and hands
it to the sheet's XML stream as one parsed element. Everything else in the sheet (header
rows, notes, the print set-up, filters) is openpyxl's as before.
"""
from __future__ import annotations

import datetime as dt
import math
from copy import copy
from decimal import Decimal

from lxml.etree import fromstring
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel

from desk.documents.xlsx.styles import LINE_HEIGHT, WRAPPED, Styles, shorten, wrapped_lines

_DATE_KINDS = ("date", "datetime")


BATCH = 200        # rows composed before they go to the sheet's stream as one parse


class _Rows(list):
    """Rows composed already, as XML text."""

    __slots__ = ("xml",)


def _cells_as_given(cells, row_index):
    """A write-only sheet's row conversion for rows that are cells already: openpyxl's own
    first tries each cell as a value and takes the ValueError path."""
    for column, cell in enumerate(cells, 1):
        cell.column = column
        cell.row = row_index
        yield cell


def _text(value: str) -> str:
    """``value`` as the content of an XML element (made safe for Excel before)."""
    if "&" in value:
        value = value.replace("&", "&amp;")
    if "<" in value:
        value = value.replace("<", "&lt;")
    if ">" in value:
        value = value.replace(">", "&gt;")
    if "\r" in value:
        value = value.replace("\r", "&#13;")
    return value


def _number(value) -> str | None:
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return None
    return f"{value:.16g}"


class RowWriter:
    """Appends rows of plain values to a write-only sheet: styled per column and stripe,
    the quote prefix on text that could run as a formula, rows as tall as their wrapped
    text needs. Make it once the sheet's first row is written; rows go to the sheet in
    batches: :meth:`flush` before the sheet is closed."""

    def __init__(self, ws, styles: Styles, kinds: list[str], widths: list[float] | None = None,
                 first_row: int = 1, limits: list[int] | None = None):
        """``limits``: per column, the lines a wrapped text may take (0: any); longer text
        is shortened with an ellipsis (a printed sheet whose full text is elsewhere)."""
        self.ws, self.styles, self.kinds = ws, styles, kinds
        self.letters = [get_column_letter(i) for i in range(1, len(kinds) + 1)]
        self.sids: dict[str, list[tuple[str, str]]] = {}
        self.row_count = 0
        self.next_row = first_row
        self.epoch = ws.parent.epoch
        # wrapped columns and their width: rows get the height their text needs (no
        # spreadsheet program sizes the rows of a streamed sheet by itself)
        self.wrapped = [(i, max(w - 1.5, 4.0)) for i, (k, w) in
                        enumerate(zip(kinds, widths or [])) if k in WRAPPED]
        self.shorten = [(i, w, limits[i]) for i, w in self.wrapped if limits and limits[i]]
        self.pending: list[str] = []
        # From here on this writer numbers the sheet's rows: openpyxl's own count
        # advances by one per append, and a batch is many rows.
        ws._get_writer()
        sheet_writer = ws._writer
        write_row = sheet_writer.write_row

        def write(xf, row, _index):
            if type(row) is _Rows:
                xf.write(*fromstring(row.xml))
            else:                                   # a row of cells (a note): as openpyxl
                write_row(xf, _cells_as_given(row, self.next_row), self.next_row)
                self.next_row += 1

        def append(row) -> None:
            if type(row) is not _Rows:
                self.flush()
            ws_append(row)

        ws_append = ws.append
        sheet_writer.write_row = write
        ws._values_to_row = lambda values, _index: values
        ws.append = append

    def flush(self) -> None:
        """Hand the rows composed so far to the sheet (before it is closed)."""
        if self.pending:
            rows = _Rows()
            rows.xml = "<rows>" + "".join(self.pending) + "</rows>"
            self.pending = []
            self.ws.append(rows)

    def _styles(self, variant: str) -> list[tuple[str, str]]:
        """Per column, the style ids of (plain, quoted) cells of ``variant``."""
        ids = self.sids.get(variant)
        if ids is None:
            book = self.ws.parent
            ids = self.sids[variant] = [
                tuple(str(book._cell_styles.add(copy(self.styles.templates[key])))
                      for key in ((variant, kind), (variant, kind, "quoted")))
                for kind in self.kinds]
        return ids

    def append(self, values, variant: str | None = None) -> None:
        variant = variant or ("stripe" if self.row_count % 2 else "body")
        prepare = self.styles.prepare
        kinds = self.kinds
        out, quoted = [], []
        for index, raw in enumerate(values):
            kind = type(raw)
            if raw is None or kind is int or (kind is dt.datetime and raw.tzinfo is None):
                out.append(raw)                     # the common cases, nothing to check
                quoted.append(0)
            else:
                value, quote = prepare(raw, kinds[index])
                out.append(value)
                quoted.append(1 if quote else 0)
        for index, width, limit in self.shorten:
            text = out[index]
            if isinstance(text, str) and len(text) * 2 > width * limit:
                out[index] = shorten(text, width, limit)
        lines = 1
        for index, width in self.wrapped:
            text = out[index]
            if isinstance(text, str) and (len(text) * 2 > width or "\n" in text):
                lines = max(lines, wrapped_lines(text, width))
        number = str(self.next_row)
        parts = [f'<row r="{number}" ht="{LINE_HEIGHT * lines + 3:g}" customHeight="1">'
                 if lines > 1 else f'<row r="{number}">']
        ids = self._styles(variant)
        letters = self.letters
        for index, value in enumerate(out):
            head = f'<c r="{letters[index]}{number}" s="{ids[index][quoted[index]]}"'
            kind = type(value)
            if kind is str:
                if not value:
                    parts.append(head + "/>")
                    continue
                space = ' xml:space="preserve"' if value != value.strip() else ""
                parts.append(f'{head} t="inlineStr"><is><t{space}>{_text(value)}</t></is></c>')
            elif value is None:
                parts.append(head + "/>")
            elif kind is bool:
                parts.append(f'{head} t="b"><v>{int(value)}</v></c>')
            elif kind is int or kind is float or kind is Decimal:
                text = _number(value)
                parts.append(head + "/>" if text is None else f"{head}><v>{text}</v></c>")
            elif kind in (dt.datetime, dt.date) and kinds[index] in _DATE_KINDS:
                parts.append(f"{head}><v>{to_excel(value, self.epoch):.16g}</v></c>")
            else:                        # anything unexpected is shown as its text
                text, quote = prepare(str(value), "text")
                head = f'<c r="{letters[index]}{number}" s="{ids[index][int(quote)]}"'
                parts.append(f'{head} t="inlineStr"><is><t>{_text(text)}</t></is></c>')
        parts.append("</row>")
        self.pending.append("".join(parts))
        self.row_count += 1
        self.next_row += 1
        if len(self.pending) >= BATCH:
            self.flush()
