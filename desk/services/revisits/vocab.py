"""The settings of the revisit log, with their defaults. The codes of the log and their
labels live in :mod:`desk.services.common.vocab`; they are importable from here too. The
repeat detection's and the corrective-action record's settings are in
:mod:`desk.services.capa.settings`."""
from __future__ import annotations

import re

from desk.i18n import _
from desk.services.common import vocab
from desk.services.common.settings import load_settings, save_settings
from desk.services.common.vocab import (
    METHODS,
    OUTCOMES,
    PHONE_METHODS,
    REASONS,
    REVISIT_KINDS,
    REVISIT_STATUSES,
    SATISFACTION,
    label,
)

__all__ = [
    # the codes and labels, kept importable from here
    "METHODS", "OUTCOMES", "PHONE_METHODS", "REASONS", "REVISIT_KINDS", "REVISIT_STATUSES",
    "SATISFACTION", "label",
    # the settings
    "REVISIT_DEFAULTS", "mask_phone", "revisit_settings", "set_revisit_settings",
]

REVISIT_DEFAULTS = {
    "delay_days": 3,            # after closing a case
    "max_attempts": 3,          # unanswered attempts before "unreachable"
    "periodic_enabled": True,
    "periodic_classes": ["core", "key"],
    "periodic_days": 90,
}
_LIMITS = {"delay_days": (0, 90), "max_attempts": (1, 10), "periodic_days": (7, 730)}


def _classes_ok(value) -> bool:
    return isinstance(value, list) and all(c in vocab.CUSTOMER_CLASSES for c in value)


def revisit_settings() -> dict:
    return load_settings("revisit", REVISIT_DEFAULTS)


def set_revisit_settings(**changes) -> dict:
    return save_settings("revisit", REVISIT_DEFAULTS, changes, _LIMITS, {
        "periodic_classes": (_classes_ok, _("Pick customer classes from the list."))})


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
