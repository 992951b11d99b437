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
