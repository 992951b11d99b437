"""The settings of the repeat detection and of the corrective-action record, with their
defaults."""
from __future__ import annotations

from desk.services.common.settings import load_settings, save_settings

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
    "customer_days": (1, 365), "customer_min": (2, 50), "object_days": (1, 365),
    "object_min": (2, 500), "rising_weeks": (1, 8), "rising_min": (1, 10000),
    "verify_days": (1, 365), "effective_max": (0, 1000),
}


def repeat_settings() -> dict:
    return load_settings("repeats", REPEAT_DEFAULTS)


def set_repeat_settings(**changes) -> dict:
    return save_settings("repeats", REPEAT_DEFAULTS, changes, _LIMITS)


def capa_settings() -> dict:
    return load_settings("capa", CAPA_DEFAULTS)


def set_capa_settings(**changes) -> dict:
    return save_settings("capa", CAPA_DEFAULTS, changes, _LIMITS)
