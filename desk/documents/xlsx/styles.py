"""Cell styles of the report workbook, built once per workbook as templates, and the
single styled cells of headings and notes (streamed rows: :mod:`desk.documents.xlsx.rows`).
"""
from __future__ import annotations

import datetime as dt
from copy import copy
from decimal import Decimal

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

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


def wrapped_lines(text: str, width: float) -> int:
    """Lines ``text`` takes wrapped in a column ``width`` characters wide (CJK = 2)."""
    total = 0
    for part in text[:2000].split("\n"):
        total += max(1, -(-display_width(part) // int(width)))
        if total >= MAX_LINES:
            return MAX_LINES
    return total
