"""Sheet names, column widths and print set-up."""
from __future__ import annotations

import re

from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.properties import PageSetupProperties

MAX_SHEET_NAME = 31
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\\x00-\x1f]")
RESERVED_SHEET_NAMES = {"history"}
# Widths (in Excel character units) columns of each kind need at least / at most.
MIN_WIDTH = {"date": 11, "datetime": 16.5, "count": 8, "hours": 9, "percent": 9,
             "money": 12, "number": 8, "score": 8, "case_no": 14, "phone": 13, "dial": 13, "flag": 6,
             "text": 8, "long_text": 30}
MAX_WIDTH = {"long_text": 40, "text": 24}
PAPER_A4 = "9"
MARGIN = 0.4                        # left and right page margins, inches
A4_LANDSCAPE_WIDTH = 297 / 25.4     # inches
DIGIT_PIXELS = 7                    # the default font's digit: the unit of column widths


def printed_scale(widths, inches: float = A4_LANDSCAPE_WIDTH - 2 * MARGIN) -> float:
    """How much a sheet of columns ``widths`` (character units) is shrunk to fit the
    printable width of the page (1.0: not at all); its 10-point text prints at
    10 × this."""
    points = sum(round(w * DIGIT_PIXELS) for w in widths) * 0.75   # 96 px an inch
    return min(1.0, inches * 72 / points) if points else 1.0


# East Asian wide and full-width characters (CJK, kana, hangul, full-width forms, emoji).
_WIDE = re.compile("[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff"
                   "\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60"
                   "\uffe0-\uffe6\U0001f300-\U0001faff\U00020000-\U0003fffd]")


def display_width(text: str) -> int:
    """Width of ``text`` in Latin character units: a CJK (wide) character counts two."""
    return len(text) + len(_WIDE.findall(text))


def sheet_name(wanted: str, taken: set[str]) -> str:
    """A valid, unique sheet name: no ``[]:*?/\\``, no leading or trailing apostrophe, at
    most 31 characters, not "History"; ``taken`` (lower case) is updated."""
    name = _BAD_SHEET_CHARS.sub(" ", wanted or "").strip().strip("'").strip()
    name = re.sub(r"\s{2,}", " ", name)[:MAX_SHEET_NAME].strip() or "Sheet"
    if name.lower() in RESERVED_SHEET_NAMES:
        name = name + " 1"
    base, number = name, 2
    while name.lower() in taken:
        suffix = f" ({number})"
        name = base[:MAX_SHEET_NAME - len(suffix)].rstrip() + suffix
        number += 1
    taken.add(name.lower())
    return name


def column_widths(headers: list[str], kinds: list[str], samples) -> list[float]:
    """Widths that fit the header and the sample values (dates and numbers by their
    format, text by its display width), within the limits of each kind."""
    widths = []
    for index, (header, kind) in enumerate(zip(headers, kinds)):
        # a long header wraps onto two lines: count the longer half
        head = display_width(header)
        head = head if head <= 24 else max(24, (head + 1) // 2 + 2)
        width = max(MIN_WIDTH.get(kind, 8), head + 2)
        for row in samples:
            value = row[index] if index < len(row) else None
            if isinstance(value, str):
                first_line = value.split("\n", 1)[0]
                width = max(width, min(display_width(first_line[:120]) + 2,
                                       MAX_WIDTH.get(kind, 40)))
            elif isinstance(value, (int, float)) and kind in ("count", "money", "hours"):
                width = max(width, len(f"{value:,.2f}") + 3)
        widths.append(min(width, MAX_WIDTH.get(kind, 60)))
    return widths


def set_widths(ws, widths: list[float]) -> None:
    from openpyxl.utils import get_column_letter

    for index, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(index)].width = round(width, 1)


def _escape(text: str) -> str:
    """Header/footer text: ``&`` starts a code there, a literal one is ``&&``."""
    return text.replace("&", "&&")


def print_setup(ws, header_left: str, header_right: str, footer_left: str,
                page_text: str, title_rows: str | None, font: str, screen: bool = False
                ) -> None:
    """A4 landscape, fit to the page width, header rows repeated, header and footer.

    ``screen``: a sheet too wide for one page width (read on screen) prints at full size
    across pages instead, its first column repeated on each.
    """
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = PAPER_A4
    ws.page_setup.fitToWidth = 0 if screen else 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=not screen)
    ws.page_margins = PageMargins(left=MARGIN, right=MARGIN, top=0.75, bottom=0.6,
                                  header=0.3, footer=0.3)
    ws.print_options.horizontalCentered = not screen
    if title_rows:
        ws.print_title_rows = title_rows
    if screen:
        ws.print_title_cols = "A:A"
    style = f'&9&"{font},Regular"'
    ws.oddHeader.left.text = style + _escape(header_left)
    ws.oddHeader.right.text = style + _escape(header_right)
    ws.oddFooter.left.text = style + _escape(footer_left)
    ws.oddFooter.right.text = style + page_text
