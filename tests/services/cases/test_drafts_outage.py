"""A database that cannot be written (locked by another program for too long, a server
gone): a save fails whole with one sentence, drafts stay on this PC and go back into the
database once it answers."""
from __future__ import annotations

import sqlite3

import pytest

from desk.services.cases.complaints import (
    create_complaint,
    get_complaint,
    input_from_record,
    update_complaint,
)
from desk.services.cases.drafts import discard_draft, load_draft, pending_drafts, save_draft
from desk.services.common.errors import user_message
from desk.store.db import database
from desk.store.errors import DatabaseBusyError
from desk.store.models.cases import ComplaintChange, Draft

pytestmark = pytest.mark.sqlite_only(reason="another program holds the file's write lock")


class OtherProgram:
    """Another program on the same file, holding its write lock until ``unlock``."""

    def __init__(self, path):
        self.conn = sqlite3.connect(path, isolation_level=None)

    def lock(self) -> None:
        database.execute_sql("pragma busy_timeout = 200")   # this one waits only a moment
        self.conn.execute("begin exclusive")

    def unlock(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("rollback")


@pytest.fixture
def other(store, db_path):
    program = OtherProgram(db_path)
    yield program
    program.unlock()
    program.conn.close()


@pytest.mark.sqlite_only(reason="another program holds the SQLite file's write lock")
def test_a_draft_typed_while_locked_is_kept_on_this_pc(store, clock, other):
    other.lock()
    assert save_draft("complaint:7:1", {"description": "锁住时写的"}, clock=clock) is False
    assert load_draft("complaint:7:1") == {"description": "锁住时写的"}
    other.unlock()
    assert pending_drafts("complaint:") == ["complaint:7:1"]
    assert Draft.select().count() == 0
    # the next autosave, with the database back, moves it in
    assert save_draft("complaint:7:1", {"description": "恢复后"}, clock=clock) is True
    assert Draft.select().count() == 1
    assert load_draft("complaint:7:1") == {"description": "恢复后"}
    assert pending_drafts() == ["complaint:7:1"]
    discard_draft("complaint:7:1")
    assert pending_drafts() == [] and load_draft("complaint:7:1") is None


@pytest.mark.sqlite_only(reason="another program holds the SQLite file's write lock")
def test_a_save_while_locked_fails_whole_and_says_so(store, org, make_input, clock, other):
    record = create_complaint(make_input(), clock=clock)
    data = input_from_record(record)
    data.room_no, data.description = "1208", "锁住时修改。"
    other.lock()
    with pytest.raises(DatabaseBusyError) as failed:
        update_complaint(record.id, data, by_id=org["clerk"], clock=clock,
                         expected_version=record.version)
    assert user_message(failed.value).count(";") == 1 and user_message(
        failed.value).endswith(".")
    other.unlock()
    saved = get_complaint(record.id)
    assert (saved.room_no, saved.version) == ("", record.version)    # nothing half-saved
    assert ComplaintChange.select().count() == 0
    # once the lock is gone the same save goes through
    update_complaint(record.id, data, by_id=org["clerk"], clock=clock,
                     expected_version=record.version)
    assert get_complaint(record.id).room_no == "1208"
