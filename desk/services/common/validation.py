"""Limits and checks for everything a person types, with messages in their language."""
from __future__ import annotations

import re

from desk.i18n import _
from desk.text import clean_text


class ValidationError(ValueError):
    """One or more fields are wrong; ``errors`` maps field name to a translated message."""

    def __init__(self, errors: dict[str, str]):
        self.errors = dict(errors)
        super().__init__("; ".join(self.errors.values()))


# Longest text per field, in characters.
LIMITS = {
    "complainant_name": 50,
    "phone": 30,
    "address": 200,
    "room_no": 20,
    "member_no": 30,
    "incident_place": 100,
    "object_text": 200,
    "description": 20000,
    "demand_text": 500,
    "void_reason": 500,
    "name": 100,
    "unit_no": 30,
    "manager": 50,
}

def check_length(errors: dict[str, str], field: str, text: str, label: str) -> None:
    limit = LIMITS.get(field)
    if limit is not None and len(text) > limit:
        errors[field] = _("{field} is too long: {count} characters, at most {limit}.").format(
            field=label, count=len(text), limit=limit)


def required_reason(value: object, field: str, missing: str) -> str:
    """A reason that must be given (voiding a case, cancelling a revisit): the cleaned text,
    or :class:`ValidationError` on ``field`` saying ``missing`` or that it is too long."""
    reason = clean_text(value, multiline=True)
    errors: dict[str, str] = {}
    if not reason:
        errors["void_reason"] = missing
    check_length(errors, "void_reason", reason, _("Reason"))
    if errors:
        raise ValidationError({field: errors["void_reason"]})
    return reason


# Accepted phone formats. Separators (space, dash, dot, brackets) are ignored.
_PHONE_PATTERNS = [
    re.compile(r"^1[3-9]\d{9}$"),                      # mainland mobile
    re.compile(r"^(\+?86)1[3-9]\d{9}$"),               # mainland mobile with +86
    re.compile(r"^0[1-9]\d{1,2}\d{7,8}$"),             # mainland landline with area code
    re.compile(r"^(\+?86)[1-9]\d{1,2}\d{7,8}$"),       # landline, +86 and area code
    re.compile(r"^(\+?852)?[2-9]\d{7}$"),              # Hong Kong
    re.compile(r"^(\+?853)?[2-8]\d{7}$"),              # Macau
    re.compile(r"^09\d{8}$"),                          # Taiwan mobile
    re.compile(r"^(\+?886)9\d{8}$"),                   # Taiwan mobile, +886
    re.compile(r"^0[2-8]\d{7,8}$"),                    # Taiwan landline with area code
    re.compile(r"^(\+?886)[2-8]\d{7,8}$"),             # Taiwan landline, +886
    re.compile(r"^\+[1-9]\d{6,14}$"),                  # international E.164
    re.compile(r"^(400|800)\d{7}$"),                   # service numbers
]
_SEPARATORS = re.compile(r"[\s\-.()（）]")


def phone_digits(phone: str) -> str:
    """Digits of a phone number (for matching a returning customer)."""
    digits = re.sub(r"\D", "", phone or "")
    for prefix in ("0086", "86"):
        if digits.startswith(prefix) and len(digits) - len(prefix) == 11 \
                and digits[len(prefix)] == "1":
            return digits[len(prefix):]
    return digits


def is_valid_phone(phone: str) -> bool:
    compact = _SEPARATORS.sub("", phone)
    if compact.startswith("00"):
        compact = "+" + compact[2:]
    return any(p.match(compact) for p in _PHONE_PATTERNS)


def check_phone(errors: dict[str, str], field: str, phone: str, label: str) -> None:
    if phone and not is_valid_phone(phone):
        errors[field] = _(
            "{field}: {value} is not a phone number we recognise. Use a mobile number "
            "(13812345678), a landline with its area code (021-12345678), a Hong Kong or "
            "Taiwan number, or an international number starting with +."
        ).format(field=label, value=phone[:40])
