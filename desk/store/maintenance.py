"""Deleting and reclaiming: batch deletes (each in a short ``store.db.transaction``), the
search index and the file's free pages afterwards. Everything engine-specific about it stays here."""
from __future__ import annotations

import time
from contextlib import contextmanager
from typing import Callable

from desk.store import search
from desk.store.db import database, is_sqlite, transaction

#: seconds between two short write transactions of a long job: at least SQLite's longest
#: busy-handler sleep (100 ms), so another program waiting for the write lock gets it in
#: the gap instead of waiting for the whole job
PAUSE = 0.1


def pause_for_others(seconds: float = PAUSE) -> None:
    if seconds > 0:
        time.sleep(seconds)


#: ids per ``IN (...)``: well under SQLite's limit on bound values
CHUNK = 500

#: what one batch of a long job should hold the write lock for: other desks' saves wait
#: at most about this long (plus the busy handler's sleep) for their turn
BATCH_SECONDS = 0.04
FIRST_BATCH, MIN_BATCH, MAX_BATCH = 50, 5, 5000
#: batches whose durations size the next one
BATCH_WINDOW = 5


class BatchSizer:
    """Sizes the batches of a long job by time: each next batch is as many items as the
    last few batches did in ``seconds`` (the median time per item of the last
    ``BATCH_WINDOW``, so one slow batch does not halve the next), growing at most twice
    from one batch to the next; ``fixed`` sizes every batch the same. ``durations`` keeps
    how long each batch held the lock."""

    def __init__(self, fixed: int | None = None, seconds: float = BATCH_SECONDS,
                 first: int = FIRST_BATCH):
        self.fixed, self.seconds, self.first = fixed, seconds, first
        self.per_item: list[float] = []
        self.durations: list[float] = []
        self.last = 0

    def next_size(self) -> int:
        if self.fixed:
            return self.fixed
        if not self.per_item:
            return self.first
        recent = sorted(self.per_item[-BATCH_WINDOW:])
        per_item = recent[len(recent) // 2]
        size = int(self.seconds / per_item) if per_item > 0 else MAX_BATCH
        return max(MIN_BATCH, min(MAX_BATCH, 2 * self.last, size))

    def done(self, items: int, seconds: float) -> None:
        self.durations.append(seconds)
        self.last = max(items, 1)
        self.per_item.append(seconds / self.last)

    def run(self, ids: list, step, pause: float | None = None,
            progress: Callable[[int, int], None] | None = None) -> None:
        """``step(batch)`` for consecutive slices of ``ids``, each in its own short
        transaction (timed from inside, once the write lock is held, to after the
        commit), resting ``pause`` seconds (``PAUSE``) between two so other writers get
        the lock."""
        pause = PAUSE if pause is None else pause
        done = 0
        while done < len(ids):
            part = ids[done:done + self.next_size()]
            with transaction():
                begin = time.perf_counter()
                step(part)
            self.done(len(part), time.perf_counter() - begin)
            done += len(part)
            if progress:
                progress(done, len(ids))
            if done < len(ids):
                pause_for_others(pause)


def delete_where(model, field, ids: list[int]) -> int:
    """Delete the rows of ``model`` whose ``field`` is in ``ids`` (inside a transaction);
    the number deleted."""
    ids = list(ids)
    return sum(model.delete().where(field.in_(ids[start:start + CHUNK])).execute()
               for start in range(0, len(ids), CHUNK))


#: search-index pages merged per transaction (a whole-index merge of a large database
#: would hold the write lock for many seconds; 256 pages take some 30 ms)
MERGE_PAGES = 256


def scrub_search_index(whole: bool = False) -> None:
    """Merge the search index's segments so deleted and overwritten entries leave its
    pages (SQLite FTS5 keeps them until a merge): a little per transaction, until there is
    nothing left to merge or the index has been gone through twice (new cases saved
    meanwhile keep giving it something to merge), or the whole index at once (``whole``)."""
    if not is_sqlite():
        return
    table = search.FTS_TABLE
    if whole:
        with transaction():
            database.execute_sql(f"INSERT INTO {table}({table}) VALUES('optimize')")
        return
    pages = database.execute_sql(f"SELECT COUNT(*) FROM {table}_data").fetchone()[0]
    for _step in range(2 * pages // MERGE_PAGES + 2):
        with transaction():
            before = database.connection().total_changes
            database.execute_sql(f"INSERT INTO {table}({table}, rank) VALUES('merge', ?)",
                                 (-MERGE_PAGES,))
            after = database.connection().total_changes
        if after - before <= 1:
            return
        pause_for_others()


#: a database file up to this size is rebuilt (VACUUM) after a purge with many free pages:
#: that takes well under a second; a larger one would keep other writers waiting
VACUUM_MAX_BYTES = 64 << 20
VACUUM_FREE_SHARE = 0.25
#: free pages given back per transaction by an incremental vacuum (4 MB of 4 KB pages)
INCREMENTAL_PAGES = 1024


def _pragma(name: str) -> int:
    return database.execute_sql(f"PRAGMA {name}").fetchone()[0] or 0


def reclaim_space(full: bool | None = None, wipe_log: bool = False) -> str:
    """Give back the pages freed by deletes and fold the write-ahead log in without
    waiting for anyone; ``wipe_log`` then truncates the log so no copy of overwritten rows
    stays there (it waits for readers and holds writers back while it runs, which on a
    large log takes seconds: for an erasure, not a purge). ``full=True`` rebuilds the file (VACUUM:
    blocks other writers while it runs and needs free disk space of the file's size);
    ``None`` decides: a database made with incremental auto-vacuum gives its free pages
    back a few megabytes per transaction; another is rebuilt when it is small and a
    quarter or more of it is free; otherwise SQLite reuses the free pages. Returns what
    was done: ``"vacuum"``, ``"incremental"`` or ``"none"``. PostgreSQL vacuums by
    itself: nothing to do there."""
    if not is_sqlite():
        return "none"
    database.execute_sql("PRAGMA wal_checkpoint(PASSIVE)")
    pages = _pragma("page_count") or 1
    free = _pragma("freelist_count")
    done = "none"
    if full is None and _pragma("auto_vacuum") == 2:
        while _pragma("freelist_count"):
            # Each step of the statement frees one page and Python's execute() steps a
            # statement without result rows once: run it as a script (its own short write
            # transaction), which steps it to the end.
            database.connection().executescript(
                f"PRAGMA incremental_vacuum({INCREMENTAL_PAGES});")
            pause_for_others()
        done = "incremental"
    elif full or (full is None and free / pages >= VACUUM_FREE_SHARE
                  and pages * _pragma("page_size") <= VACUUM_MAX_BYTES):
        database.execute_sql("VACUUM")
        done = "vacuum"
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)" if wipe_log or done == "vacuum"
                         else "PRAGMA wal_checkpoint(PASSIVE)")
    return done


@contextmanager
def quick_commits():
    """Commits inside do not wait for the disk (SQLite in WAL mode: ``synchronous=NORMAL``
    on this connection): for the batches of a job that can simply be run again. A power
    cut may lose the last batches, never half of one; the next commit made outside (with
    the usual ``FULL``) puts everything before it on disk too. It shortens each batch's
    hold on the write lock by the disk's flush (~10 ms of a ~40 ms batch)."""
    if not is_sqlite():
        yield
        return
    before = _pragma("synchronous")
    database.execute_sql("PRAGMA synchronous = NORMAL")
    try:
        yield
    finally:
        database.execute_sql(f"PRAGMA synchronous = {int(before)}")


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
