"""Opening the store: pick the database, migrate it, seed it, back it up once a day."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from desk import paths
from desk.services.common.clock import system_clock
from desk.services.org.organisation import ensure_defaults
from desk.store.backup import daily_backup
from desk.store.db import close_database, open_database, sqlite_path_of, url_for_path
from desk.store.errors import DamagedDatabaseError, store_error_for
from desk.store.schema import MigrationResult, migrate


@dataclass
class OpenStore:
    url: str
    path: Path | None
    migration: MigrationResult
    daily_backup: Path | None


def resolve_url(url: str | None = None) -> str:
    """``--db`` wins, then ``DESK_DB``, then the server chosen on this PC (Settings >
    Database), then the SQLite file in the user data folder.

    A plain file path is accepted too and taken as a SQLite file.
    """
    chosen = url or os.environ.get("DESK_DB") or ""
    if not chosen:
        from desk.services.system.connection import saved_choice

        server = saved_choice()
        return server.url() if server else url_for_path(paths.default_db_path())
    if "://" not in chosen:
        return url_for_path(Path(chosen).expanduser())
    return chosen


def database_file(url: str | None = None) -> Path | None:
    """The SQLite file ``url`` (or the default) names; None for a database server."""
    return sqlite_path_of(resolve_url(url))


def open_store(url: str | None = None, *, backups: bool = True, daily: bool = True,
               create: bool = True, check: bool = False, clock=system_clock,
               password: str | None = None) -> OpenStore:
    """Open, migrate (backing up first) and seed the database.

    ``daily`` also makes the first backup of the day here; the desktop program passes
    False and calls ``daily_backup_for`` on a worker thread once its window is shown,
    because copying and verifying a large database takes a while. ``create``: a missing
    database file is made (in an existing folder); otherwise it is refused. ``check``:
    SQLite's quick check first, and a damaged file is refused with the backup to restore.
    A server database is backed up with ``pg_dump`` into the data folder's ``backups``
    before a migration; ``backups=False`` (``--no-backup``) migrates without.
    """
    from desk.services.system.recovery import DamagedRefusal, damaged_error, refuse_if_damaged

    resolved = resolve_url(url)
    path = sqlite_path_of(resolved)
    if path is None and password is None:
        from desk.services.system.connection import password_for

        password = password_for(resolved)
    try:
        open_database(resolved, create=create, password=password)
    except DamagedDatabaseError as exc:
        raise (damaged_error(path, str(exc.__cause__ or exc)) if path else exc) from exc
    try:
        if check and path is not None:
            refuse_if_damaged(path)
        backup_dir = (path.parent / "backups") if path else paths.data_dir() / "backups"
        migration = migrate(backup_dir if backups else None)
        ensure_defaults()
        opened = OpenStore(resolved, path, migration, None)
        if backups and daily:
            opened.daily_backup = daily_backup_for(opened, clock)
    except Exception as exc:
        close_database()
        if (path is not None and isinstance(store_error_for(exc), DamagedDatabaseError)
                and not isinstance(exc, DamagedRefusal)):
            raise damaged_error(path, str(exc.__cause__ or exc)) from exc
        raise
    return opened


def daily_backup_for(opened: OpenStore, clock=system_clock) -> Path | None:
    """The first backup of the day of this database file (None: made already, or no file).
    The temporary files earlier crashes left go first."""
    remove_leftovers(opened)
    if opened.path is None:
        return None
    name = "" if opened.path.name == paths.default_db_path().name else opened.path.stem
    return daily_backup(opened.path.parent / "backups", clock.now(), name=name)


def remove_leftovers(opened: OpenStore) -> int:
    """Delete what a killed or crashed program left half-written (attachment copies,
    backup copies, documents being written) once it is old enough not to be in progress
    elsewhere; how many files went."""
    from desk.store.blobs import TEMP_PREFIX, remove_stale

    places = [(paths.attachments_dir(), TEMP_PREFIX + "*"), (paths.exports_dir(), ".desk-*")]
    if opened.path is not None:
        places.append((opened.path.parent / "backups", "*.partial"))
    return sum(remove_stale(folder, pattern) for folder, pattern in places)


def close_store() -> None:
    """Close this thread's connection (the main thread's at exit, a worker's when done)."""
    close_database()


def backup_now(folder: Path, moment, tag: str = "manual") -> Path:
    """Back the open database up into ``folder`` now, verified."""
    from desk.store.backup import backup_name, backup_to

    return backup_to(Path(folder) / backup_name(moment, tag))
