"""Make text safe for a spreadsheet cell.

- Text starting with ``= + - @`` (or a tab or carriage return) could run as a formula when
  the sheet is edited or re-imported; such cells are written as text with Excel's
  quote prefix (the ``'`` shown in the formula bar), never as formulas.
- Control characters that Excel refuses (and lone surrogates) are removed.
- Text longer than Excel's 32,767-character cell limit is cut with a visible marker.
- Phone numbers are masked (``138****5678``) unless masking is turned off.
"""
from __future__ import annotations

import re

from desk.text import mask_phone

MAX_CELL = 32767
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_DIGITS = re.compile(r"\d[\d\s-]{6,}\d")
# A mainland mobile number inside free text, with or without separators or +86.
_MOBILE = re.compile(r"(?<!\d)((?:\+?86[\s-]?)?1[3-9]\d)[\s-]?(\d{4})[\s-]?(\d{4})(?!\d)")


def clean(text: str) -> str:
    """Drop the characters Excel cannot store."""
    return _ILLEGAL.sub("", text)


def needs_quote(text: str) -> bool:
    return text.startswith(FORMULA_START)


def cut(text: str, marker: str) -> str:
    """``text`` within the cell limit; ``marker`` (with ``{count}``) says how much was cut."""
    if len(text) <= MAX_CELL:
        return text
    room = MAX_CELL - len(marker.format(count=len(text))) - 1
    kept = text[:room]
    if kept and "\ud800" <= kept[-1] <= "\udbff":
        kept = kept[:-1]
    return kept + " " + marker.format(count=len(text) - len(kept))


def mask_in_text(text: str) -> str:
    """Mask mobile numbers written inside free text."""
    if not _DIGITS.search(text):
        return text
    return _MOBILE.sub(lambda m: m.group(1)[-3:] + "****" + m.group(3), text)


def safe_text(value: str, marker: str, mask: bool = False, phone: bool = False) -> tuple[str, bool]:
    """(text to write, whether it must be written with the quote prefix)."""
    text = _ILLEGAL.sub("", value) if _ILLEGAL.search(value) else value
    if mask:
        text = mask_phone(text) if phone else mask_in_text(text)
    text = cut(text, marker)
    return text, needs_quote(text)
