"""Database failures a person can act on read as one sentence; the rest are left alone."""
from __future__ import annotations

import errno
import sqlite3

import peewee
import pytest

from desk.services.cases.complaints import create_complaint
from desk.services.common.errors import user_message
from desk.store.db import database, transaction
from desk.store.errors import (
    DamagedDatabaseError,
    DatabaseBusyError,
    DiskFullError,
    ReadOnlyError,
    store_error_for,
)


def refused_save(make_input, clock, kind: type[Exception]) -> Exception:
    """Saving a complaint now fails with ``kind``: the exception."""
    with pytest.raises(kind) as info:
        create_complaint(make_input(), clock=clock)
    return info.value


@pytest.mark.sqlite_only(reason="SQLite's file lock (PostgreSQL locks rows)")
def test_a_write_waits_for_the_lock_and_then_says_busy(store, make_input, db_path, clock):
    database.execute_sql("pragma busy_timeout = 100")
    other = sqlite3.connect(str(db_path), isolation_level=None)
    other.execute("begin immediate")
    try:
        error = refused_save(make_input, clock, DatabaseBusyError)
    finally:
        other.execute("rollback")
        other.close()
    assert "busy" in str(error) and "locked" not in str(error)
    assert create_complaint(make_input(), clock=clock).case_no   # the lock is gone: saved


@pytest.mark.sqlite_only(reason="SQLite's BEGIN IMMEDIATE")
def test_transactions_take_the_write_lock_at_once(store, db_path):
    """Inside transaction() no other connection can start writing, even before our first
    write: the transaction began IMMEDIATE."""
    with transaction():
        other = sqlite3.connect(str(db_path), isolation_level=None, timeout=0)
        try:
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("begin immediate")
        finally:
            other.close()


@pytest.mark.sqlite_only(reason="a read-only database file")
def test_a_read_only_database(store, make_input, clock):
    database.execute_sql("pragma query_only = 1")
    try:
        error = refused_save(make_input, clock, ReadOnlyError)
    finally:
        database.execute_sql("pragma query_only = 0")
    assert "read-only" in user_message(error)


@pytest.mark.parametrize("error, kind", [
    (peewee.OperationalError("database or disk is full"), DiskFullError),
    (OSError(errno.ENOSPC, "No space left on device"), DiskFullError),
    (peewee.DatabaseError("database disk image is malformed"), DamagedDatabaseError),
    (peewee.DatabaseError("file is not a database"), DamagedDatabaseError),
    (peewee.OperationalError("database is locked"), DatabaseBusyError),
])
def test_causes_map_to_their_sentence(error, kind):
    assert isinstance(store_error_for(error), kind)
    assert "\n" not in user_message(error) and "Unexpected" not in user_message(error)


def test_other_errors_are_not_dressed_up():
    assert store_error_for(peewee.IntegrityError("UNIQUE constraint failed")) is None
    assert store_error_for(ValueError("database is locked")) is None
    assert user_message(KeyError("x")).startswith("Unexpected error")
