"""Codes of the revisit log and the corrective-action record, with their labels (translated
through the catalogue), and the settings of both with their defaults."""
from __future__ import annotations

import re

from desk.i18n import N_, _
from desk.services import vocab
from desk.services.organisation import get_setting, set_setting
from desk.services.validation import ValidationError

REVISIT_KINDS = {
    "after_close": N_("After closing"),
    "monthly": N_("Monthly revisit"),
    "periodic": N_("Periodic (core/key customer)"),
}
REVISIT_STATUSES = {
    "due": N_("Due"),
    "done": N_("Done"),
    "unreachable": N_("Unreachable"),
    "cancelled": N_("Cancelled"),
}
METHODS = {
    "phone": N_("Phone"),
    "sms": N_("SMS"),
    "wechat": N_("WeChat"),
    "visit": N_("Visit"),
}
PHONE_METHODS = ("phone", "sms", "wechat")
# Why the customer is (not) satisfied, picked from a list in the workbench.
REASONS = {
    "fast": N_("Handled quickly"),
    "slow": N_("Handled too slowly"),
    "friendly": N_("Friendly staff"),
    "attitude": N_("Poor attitude"),
    "solved": N_("Problem solved"),
    "not_solved": N_("Problem not solved"),
    "compensation_ok": N_("Fair compensation"),
    "compensation_low": N_("Compensation too low"),
    "not_informed": N_("Not kept informed"),
    "recurred": N_("The problem came back"),
    "other": N_("Other"),
}
OUTCOMES = {
    "satisfied": N_("Satisfied"),
    "not_satisfied_reopened": N_("Not satisfied: case reopened"),
    "new_complaint": N_("New complaint"),
}
SATISFACTION = {
    1: N_("1 Very dissatisfied"),
    2: N_("2 Dissatisfied"),
    3: N_("3 Neutral"),
    4: N_("4 Satisfied"),
    5: N_("5 Very satisfied"),
}
ROOT_CAUSES = {
    "people": N_("People"),
    "method": N_("Method"),
    "material": N_("Material"),
    "equipment": N_("Equipment"),
    "environment": N_("Environment"),
    "management": N_("Management"),
}
ACTION_KINDS = {
    "corrective": N_("Corrective action"),
    "preventive": N_("Preventive action"),
}
CAPA_STATUSES = {
    "open": N_("Actions under way"),
    "verifying": N_("Verifying effectiveness"),
    "closed": N_("Closed after verification"),
}
SUGGESTION_KINDS = {
    "repeat_customer": N_("Same customer again"),
    "repeat_object": N_("Same object, same category"),
    "rising_category": N_("Category rising week on week"),
    "manual": N_("Opened by hand"),
}
# Timeline steps of a case that come from its revisits.
EVENTS = {
    "revisit_scheduled": N_("Revisit scheduled"),
    "revisit_attempt": N_("Revisit attempt"),
    "revisit_done": N_("Revisit done"),
    "revisit_unreachable": N_("Customer unreachable for the revisit"),
}
vocab.EVENTS.update({k: v for k, v in EVENTS.items() if k not in vocab.EVENTS})

REVISIT_DEFAULTS = {
    "delay_days": 3,            # after closing a case
    "max_attempts": 3,          # unanswered attempts before "unreachable"
    "periodic_enabled": True,
    "periodic_classes": ["core", "key"],
    "periodic_days": 90,
}
REPEAT_DEFAULTS = {
    "customer_days": 60,        # the same phone again within N days
    "customer_min": 2,
    "object_days": 30,          # the same tenant/department/staff with the same category
    "object_min": 3,            # K times within M days
    "rising_weeks": 2,          # rises week on week in a row
    "rising_min": 5,            # at least this many cases in the latest week
}
CAPA_DEFAULTS = {
    "verify_days": 30,          # period after the actions in which repeats are counted
    "effective_max": 0,         # at most this many repeats and the actions worked
}
_LIMITS = {
    "delay_days": (0, 90), "max_attempts": (1, 10), "periodic_days": (7, 730),
    "customer_days": (1, 365), "customer_min": (2, 50), "object_days": (1, 365),
    "object_min": (2, 500), "rising_weeks": (1, 8), "rising_min": (1, 10000),
    "verify_days": (1, 365), "effective_max": (0, 1000),
}


def _load(key: str, defaults: dict) -> dict:
    values = dict(defaults)
    stored = get_setting(key)
    if isinstance(stored, dict):
        for name, value in stored.items():
            if name in defaults and type(value) is type(defaults[name]):
                values[name] = value
    return values


def _save(key: str, defaults: dict, changes: dict) -> dict:
    values = _load(key, defaults)
    errors: dict[str, str] = {}
    for name, value in changes.items():
        if name not in defaults:
            errors[name] = _("Unknown setting {name}.").format(name=name)
        elif name == "periodic_classes":
            if not isinstance(value, list) or any(c not in vocab.CUSTOMER_CLASSES for c in value):
                errors[name] = _("Pick customer classes from the list.")
        elif name == "periodic_enabled":
            if not isinstance(value, bool):
                errors[name] = _("Say yes or no.")
        else:
            low, high = _LIMITS[name]
            if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                errors[name] = _("{name} must be a whole number from {low} to {high}.").format(
                    name=name, low=low, high=high)
        if name not in errors:
            values[name] = value
    if errors:
        raise ValidationError(errors)
    set_setting(key, values)
    return values


def revisit_settings() -> dict:
    return _load("revisit", REVISIT_DEFAULTS)


def set_revisit_settings(**changes) -> dict:
    return _save("revisit", REVISIT_DEFAULTS, changes)


def repeat_settings() -> dict:
    return _load("repeats", REPEAT_DEFAULTS)


def set_repeat_settings(**changes) -> dict:
    return _save("repeats", REPEAT_DEFAULTS, changes)


def capa_settings() -> dict:
    return _load("capa", CAPA_DEFAULTS)


def set_capa_settings(**changes) -> dict:
    return _save("capa", CAPA_DEFAULTS, changes)


def label(table: dict, code) -> str:
    return vocab.label(table, code)


_NON_DIGITS = re.compile(r"\D")


def mask_phone(phone: str) -> str:
    """138****5678: the first three and last four digits of a number, the rest hidden."""
    text = str(phone or "")
    if "*" in text:
        return text              # masked already
    digits = _NON_DIGITS.sub("", text)
    if len(digits) >= 8:
        return digits[:3] + "*" * (len(digits) - 7) + digits[-4:]
    if len(digits) > 2:
        return "*" * (len(digits) - 2) + digits[-2:]
    return "*" * len(digits)
