"""How values become text, the same in every layer (services, documents, screens, the
command line), so it sits beside :mod:`desk.i18n` above the layers and imports none of them:
user text cleaned, the one date-time format, phone numbers masked."""
from __future__ import annotations

import datetime as dt
import re
import unicodedata

#: 2026-11-26 10:00: the same in every language, never ambiguous.
DATETIME_FORMAT = "%Y-%m-%d %H:%M"


def when_text(moment: dt.datetime | None) -> str:
    """``moment`` as ``2026-11-26 10:00``; "" for none."""
    if not moment:
        return ""
    if isinstance(moment, dt.datetime):   # 4x faster than strftime, which imports `time`
        # through PySide6's import hook on every call (lists of hundreds of rows)
        return (f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d} "
                f"{moment.hour:02d}:{moment.minute:02d}")
    return moment.strftime(DATETIME_FORMAT)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]")


def clean_text(value: object, multiline: bool = False) -> str:
    """Text safe to store: no lone surrogates, no control characters, NFC, trimmed.

    A surrogate pair split into two code points becomes the character it stands for; a
    lone surrogate (which cannot be stored as UTF-8) becomes U+FFFD.
    """
    if value is None:
        return ""
    text = str(value)
    text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace") \
        if _has_surrogate(text) else text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not multiline:
        text = text.replace("\n", " ").replace("\t", " ")
    text = _CONTROL.sub("", text)
    text = unicodedata.normalize("NFC", text)
    return text.strip()


def _has_surrogate(text: str) -> bool:
    return any("\ud800" <= ch <= "\udfff" for ch in text)


_NON_DIGITS = re.compile(r"\D")


def mask_phone(phone: str) -> str:
    """``13812345678`` -> ``138****5678``: the first three and last four digits of a number
    of eight digits or more (a +86 prefix dropped), four stars between them whatever the
    length; a shorter number shows only its last two digits, one or two digits none. Text
    masked already, or without any digit, comes back as it is."""
    text = str(phone or "")
    if "*" in text:
        return text              # masked already
    digits = _NON_DIGITS.sub("", text)
    if not digits:
        return text
    if len(digits) == 13 and digits.startswith("86"):
        digits = digits[2:]
    if len(digits) >= 8:
        return digits[:3] + "****" + digits[-4:]
    if len(digits) > 2:
        return "*" * (len(digits) - 2) + digits[-2:]
    return "*" * len(digits)


def phone_text(phone: str) -> str:
    """A phone number as every screen and paper shows it: a mainland mobile number in groups
    of 3-4-4 (``13612345678``, ``136-1234-5678`` and ``+86 136 1234 5678`` all show as
    ``136 1234 5678``); any other number, and a masked one, as it was written."""
    text = str(phone or "").strip()
    if "*" in text:
        return text
    digits = _NON_DIGITS.sub("", text)
    if len(digits) == 13 and digits.startswith("86") and text.startswith(("+", "86")):
        digits = digits[2:]
    elif len(digits) == 15 and digits.startswith("0086"):
        digits = digits[4:]
    if len(digits) == 11 and digits.startswith("1") and not re.search(r"[^\d\s\-.+()]", text):
        return f"{digits[:3]} {digits[3:7]} {digits[7:]}"
    return text
