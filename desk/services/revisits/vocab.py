"""The settings of the revisit log, the repeat detection and the corrective-action record,
with their defaults. The codes of both records and their labels live in
:mod:`desk.services.common.vocab`; they are importable from here too."""
from __future__ import annotations

import re

from desk.i18n import _
from desk.services.common import vocab
from desk.services.common.validation import ValidationError
from desk.services.common.vocab import (
    ACTION_KINDS,
    CAPA_STATUSES,
    METHODS,
    OUTCOMES,
    PHONE_METHODS,
    REASONS,
    REVISIT_KINDS,
    REVISIT_STATUSES,
    ROOT_CAUSES,
    SATISFACTION,
    SUGGESTION_KINDS,
    label,
)
from desk.services.org.organisation import get_setting, set_setting

__all__ = [
    # the codes and labels, kept importable from here
    "ACTION_KINDS", "CAPA_STATUSES", "METHODS", "OUTCOMES", "PHONE_METHODS", "REASONS",
    "REVISIT_KINDS", "REVISIT_STATUSES", "ROOT_CAUSES", "SATISFACTION", "SUGGESTION_KINDS",
    "label",
    # the settings
    "CAPA_DEFAULTS", "REPEAT_DEFAULTS", "REVISIT_DEFAULTS", "capa_settings", "mask_phone",
    "repeat_settings", "revisit_settings", "set_capa_settings", "set_repeat_settings",
    "set_revisit_settings",
]

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
