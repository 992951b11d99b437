"""The change watcher hears other connections' commits and notices a database it cannot
reach, and its return."""
from __future__ import annotations

import sqlite3

import pytest

from desk.store.watch import watcher_for


@pytest.mark.sqlite_only(reason="a second connection to the file")
def test_sqlite_watcher_hears_another_connection(store, db_path):
    watcher = watcher_for(store.url)
    try:
        first = watcher.poll(0)
        assert first.reachable and not first.changed
        assert not watcher.poll(0).changed
        other = sqlite3.connect(db_path)
        with other:
            other.execute("insert into setting (key, value) values ('x', '1')")
        other.close()
        assert watcher.poll(0).changed
        assert not watcher.poll(0).changed
    finally:
        watcher.release()


@pytest.mark.sqlite_only(reason="the file moved away and back")
def test_sqlite_watcher_notices_a_missing_file_and_its_return(store, db_path, tmp_path):
    watcher = watcher_for(store.url)
    try:
        assert watcher.poll(0).reachable
        aside = tmp_path / "aside.sqlite"
        db_path.rename(aside)
        gone = watcher.poll(0)
        assert not gone.reachable and not gone.changed
        aside.rename(db_path)
        back = watcher.poll(0)
        assert back.reachable and back.changed      # read again: anything may have happened
        assert not watcher.poll(0).changed
    finally:
        watcher.release()


def test_close_ends_a_wait_at_once(store):
    import time

    watcher = watcher_for(store.url)
    watcher.close()
    started = time.monotonic()
    watcher.poll(30)
    assert time.monotonic() - started < 5
    watcher.release()


def test_no_watcher_for_memory():
    assert watcher_for("sqlite:///:memory:") is None


def test_server_watcher_hears_a_commit_not_a_rollback_nor_its_own(clock, monkeypatch):
    """PostgreSQL: every write transaction notifies as it commits; a rolled-back one is
    not heard, nor this program's own (on a throwaway server of the test's own)."""
    from desk.services.system.startup import open_store
    from desk.store import db
    from desk.store.db import close_database
    from tests import pgserver

    why = pgserver.why_not()
    if why:
        pytest.skip(why)
    server = pgserver.ThrowawayServer()
    store = open_store(server.url, backups=False, clock=clock)
    from desk.store.db import transaction
    from desk.store.models.cases import Setting

    watcher = watcher_for(store.url)
    try:
        assert watcher.poll(0).reachable
        assert not watcher.poll(0.1).changed
        with transaction():
            Setting.insert(key="mine", value="1").execute()
        assert not watcher.poll(1).changed
        monkeypatch.setattr(db, "PROGRAM_TOKEN", "another desk")
        with transaction():
            Setting.insert(key="x", value="1").execute()
        assert watcher.poll(3).changed
        assert not watcher.poll(0.2).changed
        with pytest.raises(RuntimeError), transaction():
            Setting.insert(key="y", value="1").execute()
            raise RuntimeError("given up")
        assert not watcher.poll(0.5).changed
    finally:
        watcher.release()
        close_database()
        server.remove()
