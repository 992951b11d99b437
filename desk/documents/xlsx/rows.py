"""Streamed rows of a write-only sheet, serialised here rather than cell by cell.

openpyxl writes a write-only row as one lxml element per cell (and per value inside it),
most of the time of a big report. A row of plain values is the same few XML shapes
every time, so :class:`RowWriter` composes the ``<row>`` as text (values escaped, styles
by their ids, dates as Excel serial numbers, the height a wrapped text needs) and writes
it, a batch of rows at a time, straight into the file of the sheet's XML stream (after
the stream's own pending output). Everything else in the sheet (heading and header
rows, notes, the print set-up, filters) is openpyxl's as before.

A short text (a category, a status, a name) comes back row after row: each column
remembers the cell it made of it (cleaned, masked, quoted when it could run as a
formula, escaped), so the checks run once per distinct text, not once per row.
"""
from __future__ import annotations

import datetime as dt
import math
from copy import copy
from decimal import Decimal

from lxml.etree import fromstring, xmlfile
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.xml.constants import SHEET_MAIN_NS

from desk.documents.xlsx.styles import LINE_HEIGHT, WRAPPED, Styles, shorten, wrapped_lines

_DATE_KINDS = ("date", "datetime")
BATCH = 200        # rows composed before they go to the sheet's file in one write
SHORT = 48         # texts up to this long are remembered once made safe ...
REMEMBER = 2048    # ... up to this many distinct ones per column
DISTINCT = ("case_no", "phone", "dial")    # kinds whose texts hardly ever come back


class _Rows(list):
    """Rows composed already, as XML text."""

    __slots__ = ("xml",)


class _SheetWriter(WorksheetWriter):
    """openpyxl's sheet writer, on a file object this module may write to as well."""

    def get_stream(self):
        # openpyxl's own loop (openpyxl is pinned below 3.2), the file opened here
        with open(self.out, "wb") as handle:
            self.handle = handle
            with xmlfile(handle) as xf:
                with xf.element("worksheet", xmlns=SHEET_MAIN_NS):
                    try:
                        while True:
                            el = (yield)
                            if el is True:
                                yield xf
                            elif el is not None:
                                xf.write(el)
                    except GeneratorExit:
                        pass


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


def _inline(text: str) -> str:
    """The end of a ``<c`` element holding ``text`` (after its style id)."""
    if not text:
        return '"/>'
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return f'" t="inlineStr"><is><t{space}>{_text(text)}</t></is></c>'


class RowWriter:
    """Appends rows of plain values to a write-only sheet: styled per column and stripe,
    the quote prefix on text that could run as a formula, rows as tall as their wrapped
    text needs. Make it before the sheet's first row is written (its rows are numbered
    from ``first_row``); rows go to the sheet in batches: :meth:`flush` before the
    sheet is closed."""

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
        # a date is the days since the epoch plus the time of day (to_excel's sum);
        # the first 60 days (Excel's 1900 leap year) go through to_excel
        self.base = self.epoch.toordinal()
        self.plain_from = self.base + 61
        # wrapped columns and their width: rows get the height their text needs (no
        # spreadsheet program sizes the rows of a streamed sheet by itself)
        self.wrapped = [(i, max(w - 1.5, 4.0)) for i, (k, w) in
                        enumerate(zip(kinds, widths or [])) if k in WRAPPED]
        self.width_of = dict(self.wrapped)
        self.limit = {i: (w, limits[i]) for i, w in self.wrapped if limits and limits[i]}
        # per column, the texts made safe already: text -> (quoted, cell end, lines)
        self.known = [None if k in DISTINCT else {} for k in kinds]
        self.pending: list[str] = []
        if ws._writer is None:          # rows go straight into the sheet's file
            ws._writer = _SheetWriter(ws)
            ws._writer.write_top()
            direct = True
        else:                           # the sheet was started: through its XML stream
            direct = False
        # From here on this writer numbers the sheet's rows: openpyxl's own count
        # advances by one per append, and a batch is many rows.
        sheet_writer = ws._writer
        write_row = sheet_writer.write_row

        def write(xf, row, _index):
            if type(row) is _Rows:
                if direct:
                    xf.flush()
                    sheet_writer.handle.write(row.xml.encode("utf-8"))
                else:
                    xf.write(*fromstring("<rows>" + row.xml + "</rows>"))
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
            rows.xml = "".join(self.pending)
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

    def _made_safe(self, index: int, raw: str) -> tuple[int, str, int]:
        """(quoted, the end of the cell, lines it takes) for the text ``raw`` of column
        ``index``: cleaned, masked, cut, quoted, shortened as the column needs."""
        text, quote = self.styles.prepare(raw, self.kinds[index])
        limit = self.limit.get(index)
        if limit is not None and len(text) * 2 > limit[0] * limit[1]:
            text = shorten(text, *limit)
        lines = 1
        width = self.width_of.get(index)
        if width is not None and (len(text) * 2 > width or "\n" in text):
            lines = wrapped_lines(text, width)
        return (1 if quote else 0), _inline(text), lines

    def append(self, values, variant: str | None = None) -> None:
        variant = variant or ("stripe" if self.row_count % 2 else "body")
        ids = self._styles(variant)
        kinds, letters, known = self.kinds, self.letters, self.known
        number = str(self.next_row)
        lines = 1
        cells = []
        add = cells.append
        for index, raw in enumerate(values):
            head = f'<c r="{letters[index]}{number}" s="'
            kind = type(raw)
            if kind is str:
                memo = known[index]
                made = memo.get(raw) if memo is not None else None
                if made is None:
                    made = self._made_safe(index, raw)
                    if memo is not None and len(raw) <= SHORT and len(memo) < REMEMBER:
                        memo[raw] = made
                quote, end, need = made
                add(head + ids[index][quote] + end)
                if need > lines:
                    lines = need
            elif raw is None:
                add(head + ids[index][0] + '"/>')
            elif kind is int:
                add(f'{head}{ids[index][0]}"><v>{raw:.16g}</v></c>')
            elif (kind is dt.datetime and raw.tzinfo is None and kinds[index] in _DATE_KINDS
                  and raw.toordinal() >= self.plain_from):
                serial = raw.toordinal() - self.base + (
                    raw.hour * 3600 + raw.minute * 60 + raw.second
                    + raw.microsecond / 10 ** 6) / 86400
                add(f'{head}{ids[index][0]}"><v>{serial:.16g}</v></c>')
            else:
                add(self._other(index, raw, head, ids))
        row = (f'<row r="{number}" ht="{LINE_HEIGHT * lines + 3:g}" customHeight="1">'
               if lines > 1 else f'<row r="{number}">')
        self.pending.append(row + "".join(cells) + "</row>")
        self.row_count += 1
        self.next_row += 1
        if len(self.pending) >= BATCH:
            self.flush()

    def _other(self, index: int, raw, head: str, ids) -> str:
        """The cell of a value that is not text, a whole number or a plain date."""
        value, _quote = self.styles.prepare(raw, self.kinds[index])
        kind = type(value)
        style = ids[index][0]
        if value is None:
            return f'{head}{style}"/>'
        if kind is bool:
            return f'{head}{style}" t="b"><v>{int(value)}</v></c>'
        if kind is int or kind is float or kind is Decimal:
            text = _number(value)
            return f'{head}{style}"/>' if text is None else f'{head}{style}"><v>{text}</v></c>'
        if kind in (dt.datetime, dt.date) and self.kinds[index] in _DATE_KINDS:
            return f'{head}{style}"><v>{to_excel(value, self.epoch):.16g}</v></c>'
        # anything unexpected is shown as its text
        text, quote = self.styles.prepare(str(value), "text")
        return f"{head}{ids[index][int(quote)]}{_inline(text)}"
