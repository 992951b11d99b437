"""Cell styles of the report workbook and fast cell factories for streamed sheets.

Styles are built once per workbook as templates; a streamed sheet reuses one cell object
per column (the write-only writer serialises each row as soon as it is appended), so a
styled row costs little more than a plain one.
"""
from __future__ import annotations

import datetime as dt
from copy import copy
from decimal import Decimal

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.dimensions import RowDimension

from desk.documents.xlsx import safety
from desk.documents.xlsx.layout import display_width

FONTS = {"zh_CN": "Microsoft YaHei", "zh_TW": "Microsoft JhengHei", "en": "Calibri"}
NUMBER_FORMATS = {
    "date": "yyyy-mm-dd", "datetime": "yyyy-mm-dd hh:mm", "count": "#,##0",
    "hours": "#,##0.0", "percent": "0.0%", "money": '"¥"#,##0.00', "number": "0.0",
    "score": "0.00",
}
TEXT_KINDS = ("text", "wrapped", "long_text", "case_no", "phone", "dial", "flag")
HEADER_FILL = "1F4E79"
STRIPE_FILL = "F2F6FA"
TOTAL_FILL = "DDEBF7"
GRID = "BFC9D4"
WRAPPED = ("long_text", "wrapped")


class Styles:
    """Templates for one workbook, in the font of the report language."""

    def __init__(self, ws, lang: str, cut_marker: str, mask: bool, pp_unit: str = " pp"):
        self.ws = ws
        self.cut_marker = cut_marker
        self.mask = mask
        name = FONTS.get(lang, FONTS["en"])
        self.font_name = name
        thin = Side(style="thin", color=GRID)
        grid = Border(left=thin, right=thin, top=thin, bottom=thin)
        body = Font(name=name, size=10)
        self.templates = {}
        self._add("title", Font(name=name, size=16, bold=True, color=HEADER_FILL))
        self._add("subtitle", Font(name=name, size=10, color="404040"))
        self._add("section", Font(name=name, size=12, bold=True, color=HEADER_FILL))
        self._add("note", Font(name=name, size=9, color="595959"),
                  alignment=Alignment(vertical="top"))
        self._add("empty", Font(name=name, size=10, italic=True, color="7F7F7F"))
        self._add("header", Font(name=name, size=10, bold=True, color="FFFFFF"),
                  PatternFill("solid", fgColor=HEADER_FILL), grid,
                  Alignment(horizontal="center", vertical="center", wrap_text=True))
        for kind in TEXT_KINDS + tuple(NUMBER_FORMATS):
            for variant, fill, font in (("body", None, body),
                                        ("stripe", PatternFill("solid", fgColor=STRIPE_FILL),
                                         body),
                                        ("total", PatternFill("solid", fgColor=TOTAL_FILL),
                                         Font(name=name, size=10, bold=True))):
                align = Alignment(vertical="top", wrap_text=kind in WRAPPED,
                                  horizontal="center" if kind == "flag" else None)
                fmt = NUMBER_FORMATS.get(kind)
                self._add((variant, kind), font, fill, grid, align, fmt)
                self._add((variant, kind, "quoted"), font, fill, grid, align, fmt, quote=True)
        unit = pp_unit.replace('"', "")
        self._add("change_pp", body, None, grid, Alignment(vertical="top"),
                  f'+0.0"{unit}";-0.0"{unit}";0.0"{unit}"')
        for kind in ("count", "money", "hours", "score"):
            signed = NUMBER_FORMATS[kind].replace('"¥"', "")
            self._add(("change", kind), body, None, grid, Alignment(vertical="top"),
                      f"+{signed};-{signed};0")
        self._add(("change", "ratio"), body, None, grid, Alignment(vertical="top"),
                  "+0.0%;-0.0%;0.0%")

    def _add(self, key, font, fill=None, border=None, alignment=None, fmt=None,
             quote=False) -> None:
        cell = WriteOnlyCell(self.ws)
        cell.font = font
        if fill is not None:
            cell.fill = fill
        if border is not None:
            cell.border = border
        if alignment is not None:
            cell.alignment = alignment
        if fmt:
            cell.number_format = fmt
        if quote:
            cell.quotePrefix = True
        self.templates[key] = cell._style

    # ---------------------------------------------------------------- single cells

    def cell(self, ws, value, key, kind: str = "text"):
        """A fresh styled cell holding ``value`` made safe."""
        value, quoted = self.prepare(value, kind)
        cell = WriteOnlyCell(ws, value)
        if quoted and isinstance(key, tuple):
            key = key + ("quoted",)
        cell._style = copy(self.templates[key])
        if quoted and not isinstance(key, tuple):
            cell.quotePrefix = True
        if isinstance(value, str):
            cell.data_type = "s"
        return cell

    def prepare(self, value, kind: str = "text"):
        """(value to write, quote prefix needed) for one cell."""
        if isinstance(value, str):
            return safety.safe_text(value, self.cut_marker,
                                    self.mask and kind in ("phone", "long_text", "text", "wrapped"),
                                    kind == "phone")
        if isinstance(value, Decimal) and not value.is_finite():
            return None, False
        if isinstance(value, float) and value != value:
            return None, False
        if isinstance(value, dt.datetime) and value.tzinfo is not None:
            return value.replace(tzinfo=None), False
        return value, False


def _cells_as_given(cells, row_index):
    """A write-only sheet's row conversion for rows that are cells already: openpyxl's own
    first tries each cell as a value and takes the ValueError path, a large share of the
    time of a styled row."""
    for column, cell in enumerate(cells, 1):
        cell.column = column
        cell.row = row_index
        yield cell


class _ColumnCell(Cell):
    """The reused cell of one streamed column: its style id is looked up once, and values
    whose type the column expects are bound without openpyxl's type inference."""

    __slots__ = ("_sid",)

    @property
    def style_id(self):
        return self._sid


_NUMBER_TYPES = (int, float, Decimal)
_DATE_KINDS = ("date", "datetime")


class RowWriter:
    """Appends rows of plain values to a write-only sheet, one reused cell per column."""

    def __init__(self, ws, styles: Styles, kinds: list[str], widths: list[float] | None = None,
                 first_row: int = 1, limits: list[int] | None = None):
        """``limits``: per column, the lines a wrapped text may take (0: any); longer text
        is shortened with an ellipsis (a printed sheet whose full text is elsewhere)."""
        self.ws, self.styles, self.kinds = ws, styles, kinds
        self.cells = {}
        self.row_count = 0
        self.next_row = first_row
        self.heights: dict[int, RowDimension] = {}
        # wrapped columns and their width: rows get the height their text needs (no
        # spreadsheet program sizes the rows of a streamed sheet by itself)
        self.wrapped = [(i, max(w - 1.5, 4.0)) for i, (k, w) in
                        enumerate(zip(kinds, widths or [])) if k in WRAPPED]
        self.shorten = [(i, w, limits[i]) for i, w in self.wrapped if limits and limits[i]]
        if hasattr(ws, "_values_to_row"):       # openpyxl >= 2.6 write-only sheets
            ws._values_to_row = _cells_as_given

    def _cell(self, index: int, variant: str, quoted: bool):
        key = (index, variant, quoted)
        cell = self.cells.get(key)
        if cell is None:
            cell = _ColumnCell(self.ws, row=1, column=1)
            style = (variant, self.kinds[index]) + (("quoted",) if quoted else ())
            cell._style = copy(self.styles.templates[style])
            cell._sid = self.ws.parent._cell_styles.add(cell._style)
            self.cells[key] = cell
        return cell

    def append(self, values, variant: str | None = None) -> None:
        variant = variant or ("stripe" if self.row_count % 2 else "body")
        prepare = self.styles.prepare
        kinds = self.kinds
        out = []
        for index, raw in enumerate(values):
            kind = type(raw)
            if raw is None or kind is int or (kind is dt.datetime and raw.tzinfo is None):
                value, quoted = raw, False          # the common cases, nothing to check
            else:
                value, quoted = prepare(raw, kinds[index])
            cell = self._cell(index, variant, quoted)
            kind = type(value)
            if kind is str:
                cell._value, cell.data_type = value, "s"
            elif value is None or kind in _NUMBER_TYPES:
                cell._value, cell.data_type = value, "n"
            elif kind in (dt.datetime, dt.date) and kinds[index] in _DATE_KINDS:
                cell._value, cell.data_type = value, "d"
            else:                       # anything unexpected: openpyxl decides
                cell.value = value
                cell._sid = self.ws.parent._cell_styles.add(cell._style)
            out.append(cell)
        for index, width, limit in self.shorten:
            text = out[index]._value
            if isinstance(text, str) and len(text) * 2 > width * limit:
                out[index]._value = shorten(text, width, limit)
        lines = 1
        for index, width in self.wrapped:
            text = out[index]._value
            if isinstance(text, str) and (len(text) * 2 > width or "\n" in text):
                lines = max(lines, _lines(text, width))
        if lines > 1:
            # one shared dimension per height: only its height and flag are written
            dim = self.heights.get(lines)
            if dim is None:
                dim = self.heights[lines] = RowDimension(
                    self.ws, index=1, ht=LINE_HEIGHT * lines + 3, customHeight=True)
            self.ws.row_dimensions[self.next_row] = dim
        self.ws.append(out)
        self.row_count += 1
        self.next_row += 1


LINE_HEIGHT = 13.5          # points per line of 10-point text
MAX_LINES = 6


def shorten(text: str, width: float, limit: int) -> str:
    """``text`` cut to about ``limit`` lines of a column ``width`` characters wide, ending
    with an ellipsis (a little room is left: spreadsheet programs wrap at word breaks)."""
    line = int(width)
    room = int(line * limit * 0.85) - 2
    kept: list[str] = []
    used = 0
    parts = text.split("\n")
    for number, part in enumerate(parts, start=1):
        cost = max(1, -(-display_width(part) // line)) * line
        if used + cost <= room and (len(kept) < limit - 1 or number == len(parts)):
            kept.append(part)
            used += cost
            continue
        taken = ""
        for ch in part:
            if display_width(taken + ch) > room - used:
                break
            taken += ch
        if len(taken) < len(part) and part[len(taken)].isalnum() and " " in taken[-20:]:
            taken = taken[:taken.rindex(" ")]       # not in the middle of a word
        if taken.strip():
            kept.append(taken.rstrip())
        return "\n".join(kept).rstrip() + " …"
    return text


def _lines(text: str, width: float) -> int:
    """Lines ``text`` takes wrapped in a column ``width`` characters wide (CJK = 2)."""
    total = 0
    for part in text[:2000].split("\n"):
        total += max(1, -(-display_width(part) // int(width)))
        if total >= MAX_LINES:
            return MAX_LINES
    return total
