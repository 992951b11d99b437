"""Reclaiming space after deletes: a new file gives its free pages back in small steps."""
from __future__ import annotations

import pytest

from desk.store import maintenance
from desk.store.db import database, transaction
from desk.store.models.cases import Draft


def _pragma(name: str) -> int:
    return database.execute_sql(f"PRAGMA {name}").fetchone()[0]


@pytest.mark.sqlite_only(reason="SQLite's free pages (PostgreSQL vacuums by itself)")
def test_free_pages_go_back_step_by_step(store, monkeypatch):
    monkeypatch.setattr(maintenance, "INCREMENTAL_PAGES", 8)
    monkeypatch.setattr(maintenance, "PAUSE", 0)
    assert _pragma("auto_vacuum") == 2          # incremental, set when the file was made
    with transaction():
        for i in range(400):
            Draft.create(key=f"k{i}", payload="x" * 3000)
    full = _pragma("page_count")
    with transaction():
        Draft.delete().execute()
    assert maintenance.reclaim_space() == "incremental"
    assert _pragma("freelist_count") == 0
    assert _pragma("page_count") < full - 250


@pytest.mark.sqlite_only(reason="SQLite's VACUUM and write-ahead log")
def test_full_rebuild_and_the_log_wiped(store, db_path):
    with transaction():
        Draft.create(key="secret", payload="机密内容" * 100)
    with transaction():
        Draft.delete().execute()
    assert maintenance.reclaim_space(full=True) == "vacuum"
    assert "机密内容".encode() not in db_path.read_bytes()
    wal = db_path.with_name(db_path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_batches_are_sized_by_time():
    sizer = maintenance.BatchSizer(seconds=0.04, first=50)
    assert sizer.next_size() == 50
    sizer.done(50, 0.01)                 # 0.2 ms a case: 200 would take 40 ms
    assert sizer.next_size() == 100      # but it grows at most twice from one to the next
    sizer.done(100, 0.02)
    assert sizer.next_size() == 200
    for _ in range(3):
        sizer.done(200, 0.04)
    sizer.done(200, 0.4)                 # one slow batch (a checkpoint elsewhere) ...
    assert sizer.next_size() == 200      # ... does not shrink the next: the median decides
    for _ in range(3):
        sizer.done(200, 0.4)             # slow for good: 2 ms a case
    assert sizer.next_size() == 20
    for _ in range(5):
        sizer.done(20, 10.0)
    assert sizer.next_size() == maintenance.MIN_BATCH
    assert len(sizer.durations) == 14
    assert maintenance.BatchSizer(fixed=7).next_size() == 7


@pytest.mark.parametrize("fixed, size", [(0.03, 150), (0.06, 300)])
def test_what_every_batch_costs_is_told_from_what_each_case_adds(fixed, size):
    """30 ms a batch whatever its size and 0.1 ms a case: 150 cases fill the 40 ms. A
    batch that costs 60 ms however small takes 90 ms rather than a handful of cases."""
    sizer = maintenance.BatchSizer(seconds=0.04, first=50)
    for items in (50, 100, 200):
        sizer.done(items, fixed + items * 0.0001)
    assert sizer.next_size() == size


def test_a_long_job_runs_in_short_transactions(store):
    seen = []

    def step(part):
        assert database.in_transaction()
        with transaction():               # the batch's own transaction, not one around all
            Draft.insert_many([{"key": f"k{i}", "payload": "x"} for i in part]).execute()
        seen.append(len(part))

    sizer = maintenance.BatchSizer(first=4)
    done = []
    sizer.run(list(range(30)), step, pause=0, progress=lambda d, t: done.append((d, t)))
    assert sum(seen) == 30 and seen[0] == 4 and len(seen) > 1
    assert done[-1] == (30, 30) and len(done) == len(seen) == len(sizer.durations)
    assert Draft.select().count() == 30
    assert not database.in_transaction()


@pytest.mark.sqlite_only(reason="SQLite's checkpoints")
def test_checkpoints_between_batches_not_in_commits(store):
    automatic = _pragma("wal_autocheckpoint")
    assert automatic > 0
    with maintenance.checkpoints_apart():
        assert _pragma("wal_autocheckpoint") == 0     # folded in between the batches
        assert _pragma("synchronous") == 2            # a commit still waits for the disk
        with transaction():
            Draft.create(key="k", payload="x")
        maintenance.fold_log()
    assert _pragma("wal_autocheckpoint") == automatic


def test_steps_of_work_are_sized_and_rested_as_batches():
    asked = []

    def step(size):
        asked.append(size)
        return len(asked) < 4

    sizer = maintenance.BatchSizer(first=16)
    sizer.repeat(step, pause=0)
    assert asked[0] == 16 and len(asked) == 4 and len(sizer.durations) == 4
    assert all(size <= 2 * before for before, size in zip(asked, asked[1:]))
