"""Errors the store raises; each carries a message fit for a person."""
from __future__ import annotations

import errno

from desk.i18n import _


class StoreError(Exception):
    """A database problem a user can act on."""


class NetworkShareError(StoreError):
    """The database file lies on a network share."""


class SchemaTooNewError(StoreError):
    """The database was written by a newer Desk."""


class DatabaseBusyError(StoreError):
    """Another program held the write lock for longer than we wait."""


class DiskFullError(StoreError):
    """The disk (or the user's quota) is full."""


class ReadOnlyError(StoreError):
    """The database file or its folder cannot be written."""


class DamagedDatabaseError(StoreError):
    """The database file is not a sound SQLite database."""


class MissingDatabaseError(StoreError):
    """``--db`` names a file that does not exist, for a command that does not create one."""


def _busy() -> StoreError:
    return DatabaseBusyError(_(
        "The database stayed busy with another program's save for too long, so nothing was "
        "saved; try again in a moment."))


def disk_full() -> StoreError:
    return DiskFullError(_(
        "The disk is full, so nothing was saved; free some space on it and try again."))


def _read_only() -> StoreError:
    return ReadOnlyError(_(
        "The database file is read-only, so nothing can be saved; give this Windows user "
        "permission to change the file and its folder."))


def damaged() -> StoreError:
    return DamagedDatabaseError(_(
        "The database file is damaged; close Desk and restore the latest verified backup "
        "with \"desk restore BACKUP\"."))


def _io_error() -> StoreError:
    return StoreError(_(
        "The disk reported an error while reading or writing the database; nothing was saved. "
        "Check the disk (or its cable) and try again."))


def _cannot_open() -> StoreError:
    return StoreError(_(
        "The database file cannot be opened; check that its folder exists and that this "
        "Windows user may write there."))


#: SQLite's error texts (the same in every language) -> the sentence a person reads.
_SQLITE_CAUSES = (
    ("database is locked", _busy), ("database table is locked", _busy),
    ("database or disk is full", disk_full),
    ("readonly database", _read_only), ("read-only", _read_only),
    ("malformed", damaged), ("file is not a database", damaged),
    ("file is encrypted", damaged),
    ("disk i/o error", _io_error),
    ("unable to open database", _cannot_open),
)


def store_error_for(exc: BaseException) -> StoreError | None:
    """The one-sentence ``StoreError`` for a database or disk failure, or ``None`` when
    ``exc`` is none of the causes a person can act on."""
    if isinstance(exc, StoreError):
        return exc
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return disk_full()
    text = str(exc).lower()
    module = type(exc).__module__
    if module.startswith(("peewee", "sqlite3")) or "sqlite" in module:
        for needle, make in _SQLITE_CAUSES:
            if needle in text:
                return make()
    return None
