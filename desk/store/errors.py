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


class ServerUnreachableError(StoreError):
    """The database server cannot be reached (down, wrong address, no network)."""


class ServerLoginError(StoreError):
    """The database server refused the user name or password."""


def server_unreachable() -> StoreError:
    return ServerUnreachableError(_(
        "Desk cannot reach the database server, so nothing was read or saved; check the "
        "network and the server's address, or ask your IT support whether the server is "
        "running."))


def server_login_failed() -> StoreError:
    return ServerLoginError(_(
        "The database server refused the user name or password; check them in Settings > "
        "Database (or in --db), or ask your IT support."))


def server_database_missing() -> StoreError:
    return MissingDatabaseError(_(
        "The database server has no database of that name; check the name, or ask your "
        "IT support to create it."))


def server_no_permission() -> StoreError:
    return ReadOnlyError(_(
        "The database server does not let this user change Desk's tables, so nothing was "
        "saved; ask your IT support to give the user its rights on the database."))


def _server_read_only() -> StoreError:
    return ReadOnlyError(_(
        "The database server accepts no changes now (it is a read-only copy), so nothing "
        "was saved; connect Desk to the main server, or ask your IT support."))


def _server_busy() -> StoreError:
    return DatabaseBusyError(_(
        "Another desk was saving the same records at the same moment, so nothing was "
        "saved; try again."))


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


#: PostgreSQL's SQLSTATE codes (by class or in full) -> the sentence a person reads.
_SERVER_STATES = (
    ("28", server_login_failed), ("3D000", server_database_missing),
    ("08", server_unreachable), ("57P01", server_unreachable), ("57P02", server_unreachable),
    ("57P03", server_unreachable), ("53100", disk_full), ("25006", _server_read_only),
    ("42501", server_no_permission), ("40001", _server_busy), ("40P01", _server_busy),
    ("55P03", _server_busy),
)
#: libpq's connection failures carry no SQLSTATE: its texts (English in every language
#: of the client) -> the sentence.
_SERVER_TEXTS = (
    ("password authentication failed", server_login_failed),
    ("no password supplied", server_login_failed),
    ("authentication failed", server_login_failed),
    ("no pg_hba.conf entry", server_login_failed),
    ("does not exist", None),   # "database ... does not exist" (role: "role ... does not")
    ("connection refused", server_unreachable), ("could not translate host", server_unreachable),
    ("name or service not known", server_unreachable), ("timeout expired", server_unreachable),
    ("no such file or directory", server_unreachable), ("no route to host", server_unreachable),
    ("network is unreachable", server_unreachable), ("server closed the connection", server_unreachable),
    ("connection is closed", server_unreachable), ("connection is lost", server_unreachable),
    ("the connection is lost", server_unreachable), ("consuming input failed", server_unreachable),
    ("terminating connection", server_unreachable), ("is bad", server_unreachable),
)


def _server_error(exc: BaseException) -> StoreError | None:
    """The sentence for an error of the PostgreSQL driver (raw, or as peewee wraps it)."""
    seen, todo = [], [exc]
    while todo and len(seen) < 12:   # a reconnect that failed again chains the failures
        item = todo.pop(0)
        if item is None or item in seen:
            continue
        seen.append(item)
        todo += [*(a for a in getattr(item, "args", ()) if isinstance(a, BaseException)),
                 item.__cause__, item.__context__]
    for item in seen:
        if item is None or not type(item).__module__.startswith("psycopg"):
            continue
        state = getattr(item, "sqlstate", None) or ""
        for prefix, make in _SERVER_STATES:
            if state.startswith(prefix):
                return make()
        text = str(item).lower()
        for needle, make in _SERVER_TEXTS:
            if needle in text:
                if make is None:
                    if "database" in text:
                        return server_database_missing()
                    if "role" in text:
                        return server_login_failed()
                    continue
                return make()
    return None


def store_error_for(exc: BaseException) -> StoreError | None:
    """The one-sentence ``StoreError`` for a database or disk failure, or ``None`` when
    ``exc`` is none of the causes a person can act on."""
    if isinstance(exc, StoreError):
        return exc
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return disk_full()
    server = _server_error(exc)
    if server is not None:
        return server
    text = str(exc).lower()
    module = type(exc).__module__
    if module.startswith(("peewee", "sqlite3")) or "sqlite" in module:
        for needle, make in _SQLITE_CAUSES:
            if needle in text:
                return make()
    return None
