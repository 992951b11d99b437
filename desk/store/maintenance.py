"""Deleting and reclaiming: short write transactions for batch deletes, the search index
and the file's free pages afterwards. Everything engine-specific about it stays here."""
from __future__ import annotations

from contextlib import contextmanager

from desk.store import search
from desk.store.db import database, is_sqlite


@contextmanager
def write_transaction():
    """One transaction that takes the write lock at its start (SQLite ``BEGIN
    IMMEDIATE``), so it never fails half-way for a lock another writer holds."""
    if is_sqlite():
        with database.atomic("IMMEDIATE") as txn:
            yield txn
    else:
        with database.atomic() as txn:
            yield txn


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
        with write_transaction():
            database.execute_sql(
                f"INSERT INTO {search.FTS_TABLE}({search.FTS_TABLE}) VALUES('optimize')")


#: a plain purge rebuilds the file when at least this share of its pages is free
VACUUM_FREE_SHARE = 0.25


def reclaim_space(always: bool = True) -> bool:
    """Give back the pages freed by deletes and leave no copy of deleted rows in the file
    or its write-ahead log: the log is folded in and truncated, and the file is rebuilt
    (VACUUM) when ``always`` or when a quarter or more of it is free (otherwise SQLite
    reuses the free pages). ``True`` when the file was rebuilt. VACUUM needs free disk
    space of the file's size; readers go on reading meanwhile. PostgreSQL vacuums by
    itself: nothing to do there."""
    if not is_sqlite():
        return False
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = database.execute_sql("PRAGMA page_count").fetchone()[0] or 1
    free = database.execute_sql("PRAGMA freelist_count").fetchone()[0]
    rebuild = always or free / pages >= VACUUM_FREE_SHARE
    if rebuild:
        database.execute_sql("VACUUM")
        database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return rebuild


def secure_deletes() -> None:
    """Deleted content is overwritten with zeros (SQLite): erased data does not linger in
    free pages until the next VACUUM."""
    if is_sqlite():
        database.execute_sql("PRAGMA secure_delete = ON")
