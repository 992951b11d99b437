"""The settings of the revisit log, with their defaults. The codes of the log and their
labels live in :mod:`desk.services.common.vocab`; they are importable from here too. The
repeat detection's and the corrective-action record's settings are in
:mod:`desk.services.capa.settings`."""
from __future__ import annotations

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
    "REVISIT_DEFAULTS", "revisit_settings", "set_revisit_settings",
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
