"""A damaged database: refuse it with a pointer to the latest verified backup, and put a
backup back in its place (``desk restore``), keeping the damaged file aside."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from desk.i18n import _
from desk.store.backup import is_sound_file, list_backups, not_in_use, restore_from
from desk.store.db import quick_check
from desk.store.errors import DamagedDatabaseError, StoreError, store_error_for


class DamagedRefusal(DamagedDatabaseError):
    """A damaged database, with the backup to restore and how."""


def backups_folder(db_file: Path) -> Path:
    return Path(db_file).parent / "backups"


def latest_verified_backup(db_file: Path) -> Path | None:
    """The newest backup of ``db_file`` that passes ``integrity_check`` now."""
    copies = list_backups(backups_folder(db_file))
    copies.sort(key=lambda p: p.stat().st_mtime, reverse=True)
    return next((copy for copy in copies if is_sound_file(copy)), None)


def refuse_if_damaged(db_file: Path) -> None:
    """Raise ``DamagedDatabaseError`` (saying which backup to restore and how) when the
    open database fails SQLite's quick check."""
    result = quick_check()
    if result == "ok":
        return
    raise damaged_error(db_file, result)


def damage_of(db_file: Path) -> str:
    """SQLite's quick check of the open database on this thread's connection: "" when it
    passes, otherwise the sentence of ``damaged_error`` (what happened, what to do). It
    reads every page, so the desktop program runs it on a worker after its first paint."""
    try:
        result = quick_check()
    except Exception as exc:       # the damage met on connecting (the schema, a pragma)
        if not isinstance(store_error_for(exc), DamagedDatabaseError):
            raise
        result = str(exc)
    return "" if result == "ok" else str(damaged_error(db_file, result))


def damaged_error(db_file: Path, detail: str) -> DamagedRefusal:
    backup = latest_verified_backup(db_file)
    detail = detail.splitlines()[0][:120] if detail else ""
    if backup is None:
        return DamagedRefusal(_(
            "The database {path} is damaged ({detail}) and there is no sound backup in "
            "{folder}; keep the file as it is and ask your IT support for help.").format(
            path=db_file, detail=detail, folder=backups_folder(db_file)))
    return DamagedRefusal(_(
        "The database {path} is damaged ({detail}); close every Desk window, then restore "
        "the latest verified backup with: desk restore \"{backup}\"").format(
        path=db_file, detail=detail, backup=backup))


@dataclass(frozen=True)
class Restored:
    backup: Path
    database: Path
    kept_aside: Path | None     # the replaced (damaged) file, renamed


def restore(backup: Path, db_file: Path, moment: dt.datetime) -> Restored:
    """Check ``backup``, move ``db_file`` (and its -wal/-shm files) aside as
    ``NAME-damaged-YYYYMMDD-HHMMSS.sqlite``, and copy the backup in its place."""
    backup, db_file = Path(backup), Path(db_file)
    if not backup.is_file():
        raise StoreError(_("There is no backup file {path}.").format(path=backup))
    if backup.resolve() == db_file.resolve():
        raise StoreError(_("The backup and the database are the same file."))
    if not is_sound_file(backup):
        raise StoreError(_("The backup {path} is damaged: {result}").format(
            path=backup, result="integrity_check"))
    not_in_use(db_file)
    aside = None
    if db_file.exists():
        aside = db_file.with_name(
            f"{db_file.stem}-damaged-{moment:%Y%m%d-%H%M%S}{db_file.suffix}")
        db_file.replace(aside)
        for extra in ("-wal", "-shm"):
            side = db_file.with_name(db_file.name + extra)
            if side.exists():
                side.replace(aside.with_name(aside.name + extra))
    restore_from(backup, db_file)
    return Restored(backup, db_file, aside)
