"""Backups with SQLite's online backup API, each verified with ``integrity_check``."""
from __future__ import annotations

import datetime as dt
import re
import sqlite3
from pathlib import Path

from desk.i18n import _
from desk.store.db import database, is_sqlite
from desk.store.errors import StoreError, store_error_for

KEEP_DAILY = 30
PREFIX = "desk-"
SUFFIX = ".sqlite"


def backup_to(target: Path) -> Path:
    """Copy the open SQLite database to ``target`` and verify the copy; a server database
    is dumped with ``pg_dump`` (``.dump`` for ``.sqlite``)."""
    from desk.store.db import is_postgresql

    if is_postgresql():
        from desk.store.server import pg

        return pg.dump_to(database.obj, Path(target).with_name(pg.dump_name(Path(target).name)))
    if not is_sqlite():
        raise StoreError(_("Backups from this program work only with the local database file; "
                           "back up a database server with its own tools."))
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        dest = sqlite3.connect(str(partial))
        try:
            database.connection().backup(dest)
            result = dest.execute("pragma integrity_check").fetchone()[0]
            dest.execute("pragma journal_mode=delete")
        finally:
            dest.close()
    except (sqlite3.Error, OSError) as exc:   # a full or read-only backup folder
        partial.unlink(missing_ok=True)
        raise (store_error_for(exc) or StoreError(_(
            "The backup to {folder} failed: {error}").format(
            folder=target.parent, error=exc))) from exc
    if result != "ok":
        partial.unlink(missing_ok=True)
        raise StoreError(_("The backup copy failed its integrity check: {result}").format(
            result=result))
    partial.replace(target)
    return target


def backup_name(moment: dt.datetime, tag: str = "") -> str:
    stamp = moment.strftime("%Y%m%d-%H%M%S")
    return f"{PREFIX}{stamp}{('-' + tag) if tag else ''}{SUFFIX}"


def list_backups(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob(f"{PREFIX}*{SUFFIX}") if p.is_file())


def daily_backup(folder: Path, moment: dt.datetime, keep: int = KEEP_DAILY,
                 name: str = "") -> Path | None:
    """On the first start of a day make one backup; keep the newest ``keep`` daily ones.

    ``name`` (the database file's stem) keeps apart the daily backups of several database
    files that share a folder, such as the real one and the demo. Returns the new backup,
    or ``None`` when today's exists already.
    """
    if not is_sqlite():
        return None
    tag = f"{name}-daily" if name else "daily"
    pattern = re.compile(rf"^{re.escape(PREFIX)}(\d{{8}})-\d{{6}}-{re.escape(tag + SUFFIX)}$")

    def dailies() -> list[tuple[Path, str]]:
        found = ((p, pattern.match(p.name)) for p in list_backups(folder))
        return [(p, m.group(1)) for p, m in found if m]

    day = moment.strftime("%Y%m%d")
    if any(made_on == day for _p, made_on in dailies()):
        return None
    made = backup_to(folder / backup_name(moment, tag))
    for old, _day in dailies()[:-keep] if keep > 0 else []:
        old.unlink(missing_ok=True)
    return made


def restore_from(backup: Path, db_file: Path) -> None:
    """Replace ``db_file`` with ``backup`` (the database must be closed). Verifies first."""
    check = sqlite3.connect(str(backup))
    try:
        result = check.execute("pragma integrity_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:  # "file is not a database", "malformed"...
        result = str(exc)
    finally:
        check.close()
    if result != "ok":
        raise StoreError(_("The backup {path} is damaged: {result}").format(
            path=backup, result=result))
    src = sqlite3.connect(str(backup))
    dest = sqlite3.connect(str(db_file))
    try:
        src.backup(dest)
    finally:
        src.close()
        dest.close()


def is_sound_file(path: Path) -> bool:
    """The SQLite file at ``path`` passes ``integrity_check`` (read-only)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        return conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def not_in_use(db_file: Path) -> None:
    """Refuse (``StoreError``) when another program has the SQLite file open for writing."""
    if not db_file.exists():
        return
    conn = sqlite3.connect(str(db_file), timeout=0, isolation_level=None)
    try:
        conn.execute("begin exclusive")
        conn.execute("rollback")
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise StoreError(_(
                "Desk is still using the database {path}; close every Desk window (and "
                "wait for scheduled tasks to finish), then restore again.").format(
                path=db_file)) from exc
    except sqlite3.DatabaseError:
        pass          # damaged beyond opening: nobody can be using it either
    finally:
        conn.close()
