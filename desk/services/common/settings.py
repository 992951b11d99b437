"""A group of settings stored under one key with its defaults: read them with the defaults
filling what is missing, and change them with each value checked first."""
from __future__ import annotations

from typing import Callable

from desk.i18n import _
from desk.services.common.validation import ValidationError
from desk.services.org.organisation import get_setting, set_setting

# name -> (is the value acceptable, the message when it is not)
Checks = dict[str, tuple[Callable[[object], bool], str]]


def load_settings(key: str, defaults: dict) -> dict:
    """The stored values of ``key``, a default for each one missing or of the wrong type."""
    values = dict(defaults)
    stored = get_setting(key)
    if isinstance(stored, dict):
        for name, value in stored.items():
            if name in defaults and type(value) is type(defaults[name]):
                values[name] = value
    return values


def save_settings(key: str, defaults: dict, changes: dict, limits: dict[str, tuple[int, int]],
                  checks: Checks | None = None) -> dict:
    """Store ``changes`` over the current values of ``key`` and return them all. Whole
    numbers must lie within ``limits``, yes/no values be booleans, the others pass their
    ``checks``; any failure raises :class:`ValidationError` naming each bad field."""
    values = load_settings(key, defaults)
    errors: dict[str, str] = {}
    for name, value in changes.items():
        if name not in defaults:
            errors[name] = _("Unknown setting {name}.").format(name=name)
        elif checks and name in checks:
            accept, message = checks[name]
            if not accept(value):
                errors[name] = message
        elif isinstance(defaults[name], bool):
            if not isinstance(value, bool):
                errors[name] = _("Say yes or no.")
        else:
            low, high = limits[name]
            if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                errors[name] = _("{name} must be a whole number from {low} to {high}.").format(
                    name=name, low=low, high=high)
        if name not in errors:
            values[name] = value
    if errors:
        raise ValidationError(errors)
    set_setting(key, values)
    return values
