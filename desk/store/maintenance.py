"""Deleting and reclaiming: batch deletes (each in a short ``store.db.transaction``), the
search index and the file's free pages afterwards. Everything engine-specific about it stays here."""
from __future__ import annotations

from contextlib import contextmanager

from desk.store import search
from desk.store.db import database, is_sqlite, transaction


def delete_where(model, field, ids: list[int]) -> int:
    """Delete the rows of ``model`` whose ``field`` is in ``ids`` (inside a transaction);
    the number deleted."""
    if not ids:
        return 0
    return model.delete().where(field.in_(ids)).execute()


def scrub_search_index() -> None:
    """Merge the search index's segments so deleted and overwritten entries leave its
    pages (SQLite FTS5 keeps them until a merge)."""
    if is_sqlite():
        with transaction():
            database.execute_sql(
                f"INSERT INTO {search.FTS_TABLE}({search.FTS_TABLE}) VALUES('optimize')")


#: a database file up to this size is rebuilt (VACUUM) after a purge with many free pages:
#: that takes well under a second; a larger one would keep other writers waiting
VACUUM_MAX_BYTES = 64 << 20
VACUUM_FREE_SHARE = 0.25
#: free pages given back per transaction by an incremental vacuum (4 MB of 4 KB pages)
INCREMENTAL_PAGES = 1024


def _pragma(name: str) -> int:
    return database.execute_sql(f"PRAGMA {name}").fetchone()[0] or 0


def reclaim_space(full: bool | None = None) -> str:
    """Give back the pages freed by deletes and fold the write-ahead log in (then truncate
    it, so no copy of deleted rows stays there). ``full=True`` rebuilds the file (VACUUM:
    blocks other writers while it runs and needs free disk space of the file's size);
    ``None`` decides: a database made with incremental auto-vacuum gives its free pages
    back a few megabytes per transaction; another is rebuilt when it is small and a
    quarter or more of it is free; otherwise SQLite reuses the free pages. Returns what
    was done: ``"vacuum"``, ``"incremental"`` or ``"none"``. PostgreSQL vacuums by
    itself: nothing to do there."""
    if not is_sqlite():
        return "none"
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = _pragma("page_count") or 1
    free = _pragma("freelist_count")
    done = "none"
    if full is None and _pragma("auto_vacuum") == 2:
        while _pragma("freelist_count"):
            with transaction():
                database.execute_sql(f"PRAGMA incremental_vacuum({INCREMENTAL_PAGES})")
        done = "incremental"
    elif full or (full is None and free / pages >= VACUUM_FREE_SHARE
                  and pages * _pragma("page_size") <= VACUUM_MAX_BYTES):
        database.execute_sql("VACUUM")
        done = "vacuum"
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return done


@contextmanager
def secure_deletes():
    """Deleted and overwritten content is zeroed in the file while inside (SQLite): erased
    data does not linger in free pages or cells until the next VACUUM."""
    if not is_sqlite():
        yield
        return
    database.execute_sql("PRAGMA secure_delete = ON")
    try:
        yield
    finally:
        database.execute_sql("PRAGMA secure_delete = OFF")
