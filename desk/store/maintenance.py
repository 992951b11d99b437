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
#: between two batches sized by time a rest as long as the last batch held the lock, but
#: at least this: a program that began to wait during a batch of ~40 ms tries again
#: within 20 ms (SQLite's busy handler sleeps 1, 2, 5, 10, 15, 20, 25 ... ms), one that
#: waited longer within half of its wait, up to ``PAUSE``
MIN_PAUSE = 0.05


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
BATCH_WINDOW = 8


def _fit(sizes: list[int], seconds: list[float]) -> tuple[float, float] | None:
    """(fixed, per item) seconds of a batch, fitted to the batches seen: ``None`` until
    their sizes differ enough to tell the two apart."""
    n = len(sizes)
    mean_n, mean_s = sum(sizes) / n, sum(seconds) / n
    spread = sum((x - mean_n) ** 2 for x in sizes)
    if n < 3 or spread < (0.2 * mean_n) ** 2 * n:
        return None
    per_item = sum((x - mean_n) * (y - mean_s) for x, y in zip(sizes, seconds)) / spread
    fixed = mean_s - per_item * mean_n
    if per_item <= 0 or fixed < 0:
        return None
    return fixed, per_item


class BatchSizer:
    """Sizes the batches of a long job by time, so each holds the write lock about
    ``seconds``: from the last ``BATCH_WINDOW`` batches it tells what a batch costs
    whatever its size (the commit, the statements) from what each item adds, and takes
    as many items as fit in the rest of ``seconds``. When the fixed part alone nears
    ``seconds`` (a slow disk, a busy machine) a batch takes half as long again as that,
    rather than shrinking to a few items that would not make the lock any shorter. Until
    the sizes tell the two apart, the median time per item decides. A batch grows at most
    twice from one to the next; ``fixed`` sizes every batch the same. ``durations``
    keeps how long each batch held the lock."""

    def __init__(self, fixed: int | None = None, seconds: float = BATCH_SECONDS,
                 first: int = FIRST_BATCH):
        self.fixed, self.seconds, self.first = fixed, seconds, first
        self.sizes: list[int] = []
        self.durations: list[float] = []

    def next_size(self) -> int:
        if self.fixed:
            return self.fixed
        if not self.sizes:
            return self.first
        sizes, seconds = self.sizes[-BATCH_WINDOW:], self.durations[-BATCH_WINDOW:]
        fit = _fit(sizes, seconds)
        if fit is not None:
            fixed, per_item = fit
            size = round((max(self.seconds, 1.5 * fixed) - fixed) / per_item)
        else:
            each = sorted(d / n for n, d in zip(sizes, seconds))[len(sizes) // 2]
            size = round(self.seconds / each) if each > 0 else MAX_BATCH
        return max(MIN_BATCH, min(MAX_BATCH, 2 * self.sizes[-1], size))

    def done(self, items: int, seconds: float) -> None:
        self.durations.append(seconds)
        self.sizes.append(max(items, 1))

    def run(self, ids: list, step, pause: float | None = None,
            progress: Callable[[int, int], None] | None = None) -> None:
        """``step(batch)`` for consecutive slices of ``ids``, each in its own short
        transaction (timed from inside, once the write lock is held, to after the
        commit), resting between two so other writers get the lock: ``pause`` seconds,
        or by default as long as the last batch took, within ``MIN_PAUSE`` and
        ``PAUSE``. The rest begins by folding the log into the file (see
        :func:`checkpoints_apart`)."""
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
                self.rest(pause)

    def repeat(self, step: Callable[[int], bool], pause: float | None = None) -> None:
        """``step(size)`` (up to ``size`` units of work in a transaction of its own; true
        while there is more to do) until it is done, sized and rested as :meth:`run`."""
        while True:
            size = self.next_size()
            begin = time.perf_counter()
            more = step(size)
            self.done(size, time.perf_counter() - begin)
            if not more:
                return
            self.rest(pause)

    def rest(self, pause: float | None = None) -> None:
        begin = time.perf_counter()
        fold_log()
        wanted = pause if pause is not None else min(PAUSE, max(MIN_PAUSE, self.durations[-1]))
        pause_for_others(wanted - (time.perf_counter() - begin))


def fold_log() -> None:
    """Copy what the write-ahead log holds into the file as far as no reader needs it,
    without the write lock (others save meanwhile)."""
    if is_sqlite():
        database.execute_sql("PRAGMA wal_checkpoint(PASSIVE)")


def delete_where(model, field, ids: list[int]) -> int:
    """Delete the rows of ``model`` whose ``field`` is in ``ids`` (inside a transaction);
    the number deleted."""
    ids = list(ids)
    return sum(model.delete().where(field.in_(ids[start:start + CHUNK])).execute()
               for start in range(0, len(ids), CHUNK))


#: search-index pages merged by the first transaction of a merge; the next ones are sized
#: by time (``BatchSizer``): what a step of so many pages costs depends on the segments it
#: meets (at a million cases steps of 100 to 470 pages took 40 ms median, up to 200 ms)
MERGE_PAGES = 64


def scrub_search_index(whole: bool = False) -> None:
    """Merge the search index's segments so deleted and overwritten entries leave its
    pages (SQLite FTS5 keeps them until a merge): a little per transaction (each about
    ``BATCH_SECONDS``), until there is nothing left to merge or the index has been gone
    through twice (new cases saved meanwhile keep giving it something to merge), or the
    whole index at once (``whole``)."""
    if not is_sqlite():
        return
    table = search.FTS_TABLE
    if whole:
        with transaction():
            database.execute_sql(f"INSERT INTO {table}({table}) VALUES('optimize')")
        return
    pages = database.execute_sql(f"SELECT COUNT(*) FROM {table}_data").fetchone()[0]
    budget = [2 * pages + MERGE_PAGES]

    def merge(size: int) -> bool:
        with transaction():
            before = database.connection().total_changes
            database.execute_sql(f"INSERT INTO {table}({table}, rank) VALUES('merge', ?)",
                                 (-size,))
            after = database.connection().total_changes
        budget[0] -= size
        return after - before > 1 and budget[0] > 0

    with checkpoints_apart():
        BatchSizer(first=MERGE_PAGES).repeat(merge)


#: a database file up to this size is rebuilt (VACUUM) after a purge with many free pages:
#: that takes well under a second; a larger one would keep other writers waiting
VACUUM_MAX_BYTES = 64 << 20
VACUUM_FREE_SHARE = 0.25
#: free pages given back by the first transaction of an incremental vacuum; the next ones
#: are sized by time (at a million cases 1,024 pages held the write lock ~150 ms)
INCREMENTAL_PAGES = 256


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
        def give_back(size: int) -> bool:
            # Each step of the statement frees one page and Python's execute() steps a
            # statement without result rows once: run it as a script (its own short write
            # transaction), which steps it to the end.
            database.connection().executescript(f"PRAGMA incremental_vacuum({int(size)});")
            return _pragma("freelist_count") > 0

        if _pragma("freelist_count"):
            with checkpoints_apart():
                BatchSizer(first=INCREMENTAL_PAGES).repeat(give_back)
        done = "incremental"
    elif full or (full is None and free / pages >= VACUUM_FREE_SHARE
                  and pages * _pragma("page_size") <= VACUUM_MAX_BYTES):
        database.execute_sql("VACUUM")
        done = "vacuum"
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)" if wipe_log or done == "vacuum"
                         else "PRAGMA wal_checkpoint(PASSIVE)")
    return done


@contextmanager
def checkpoints_apart():
    """Commits inside do not fold the write-ahead log into the file when it has grown
    (SQLite's automatic checkpoint, which runs at the end of a commit: up to ~70 ms on a
    busy disk, inside the batch's time); :meth:`BatchSizer.run` folds it in during the
    rest between batches instead. Each commit still waits for the disk (``synchronous``
    as set): a batch's flush is part of the time it is sized by, and is not left to the
    next save of another desk, which would have to flush the purge's pages with its own
    (measured at 1M cases with ``synchronous=NORMAL`` here: a save on the window's UI
    thread took up to 4.9 s)."""
    if not is_sqlite():
        yield
        return
    before = _pragma("wal_autocheckpoint")
    database.execute_sql("PRAGMA wal_autocheckpoint = 0")
    try:
        yield
    finally:
        database.execute_sql(f"PRAGMA wal_autocheckpoint = {int(before)}")


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
