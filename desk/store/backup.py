"""Backups with SQLite's online backup API, each verified with ``integrity_check``."""
from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from desk.i18n import _
from desk.store.db import database, is_sqlite
from desk.store.errors import StoreError

KEEP_DAILY = 30
PREFIX = "desk-"
SUFFIX = ".sqlite"


def backup_to(target: Path) -> Path:
    """Copy the open SQLite database to ``target`` and verify the copy."""
    if not is_sqlite():
        raise StoreError(_("Backups from this program work only with the local database file; "
                           "back up a database server with its own tools."))
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    dest = sqlite3.connect(str(partial))
    try:
        database.connection().backup(dest)
        result = dest.execute("pragma integrity_check").fetchone()[0]
        dest.execute("pragma journal_mode=delete")
    finally:
        dest.close()
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


def daily_backup(folder: Path, moment: dt.datetime, keep: int = KEEP_DAILY) -> Path | None:
    """On the first start of a day make one backup; keep the newest ``keep`` daily ones.

    Returns the new backup, or ``None`` when today's exists already.
    """
    if not is_sqlite():
        return None
    day = moment.strftime("%Y%m%d")
    daily = [p for p in list_backups(folder) if p.name.endswith("-daily" + SUFFIX)]
    if any(p.name.startswith(PREFIX + day) for p in daily):
        return None
    made = backup_to(folder / backup_name(moment, "daily"))
    daily = [p for p in list_backups(folder) if p.name.endswith("-daily" + SUFFIX)]
    for old in daily[:-keep] if keep > 0 else []:
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
