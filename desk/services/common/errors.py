"""Turning exceptions into one line a person can act on."""
from __future__ import annotations

import peewee

from desk.i18n import _
from desk.services.common.validation import ValidationError
from desk.store.errors import StoreError, store_error_for


def user_message(exc: BaseException) -> str:
    if isinstance(exc, (StoreError, ValidationError)):
        return str(exc)
    mapped = store_error_for(exc)
    if mapped is not None:
        return str(mapped)
    if isinstance(exc, peewee.OperationalError):
        return _("Database error: {error}").format(error=exc)
    if isinstance(exc, IsADirectoryError):
        return _("{path} is a folder; give the name of the file to write.").format(
            path=exc.filename or exc)
    if isinstance(exc, PermissionError):
        return _("Permission denied: {path}").format(path=exc.filename or exc)
    if isinstance(exc, OSError):
        return _("File error: {error}").format(error=exc.strerror or exc)
    return _("Unexpected error ({kind}): {error}; details are in the log file.").format(
        kind=type(exc).__name__, error=str(exc)[:300])
