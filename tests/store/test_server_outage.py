"""The server goes away in the middle of a save and comes back: the save fails whole with
one sentence, nothing of it is stored, the change watcher says the server is away and
back, and the next save connects again by itself.

Runs on a throwaway PostgreSQL server of its own (``tests/pgserver.py``), since it stops
the server.
"""
from __future__ import annotations

import threading
import time

import pytest

from tests import pgserver

pytestmark = pytest.mark.slow
SERVER_AWAY = ("Desk cannot reach the database server, so nothing was read or saved; check "
               "the network and the server's address, or ask your IT support whether the "
               "server is running.")


@pytest.fixture
def server():
    why = pgserver.why_not()
    if why:
        pytest.skip(why)
    made = pgserver.ThrowawayServer()
    yield made
    made.remove()


def test_the_server_stops_mid_save_and_comes_back(server, clock):
    import psycopg
    from peewee import DatabaseError

    from desk.services.cases.complaints import (
        ComplaintInput,
        create_complaint,
        get_complaint,
        input_from_record,
        update_complaint,
    )
    from desk.services.common.errors import user_message
    from desk.services.org import organisation as o
    from desk.services.system.startup import open_store
    from desk.store.db import close_database, transaction
    from desk.store.errors import StoreError
    from desk.store.models.cases import ComplaintChange
    from desk.store.watch import watcher_for

    url = server.url
    open_store(url, backups=False, clock=clock)
    clerk = o.save_staff("王小明", "clerk")
    record = create_complaint(ComplaintInput(
        channel_id=o.channels()[0].id, category_id=o.categories()[0].id,
        complainant_name="张伟", phone="138 1234 5678", description="服务态度差。",
        recorded_by_id=clerk), clock=clock)
    watcher = watcher_for(url)
    assert watcher.poll(0).reachable
    # the server takes its time over the history row: the save is under way when it stops
    with transaction():
        from desk.store.db import database

        database.execute_sql(
            "CREATE FUNCTION slow_history() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN PERFORM pg_sleep(5); RETURN NEW; END $$")
        database.execute_sql("CREATE TRIGGER slow_history BEFORE INSERT ON complaint_change "
                             "FOR EACH ROW EXECUTE FUNCTION slow_history()")
    data = input_from_record(record)
    data.room_no, data.description = "1208", "顾客补充：等了四十分钟。"
    failures: list[BaseException] = []

    def save():
        try:
            update_complaint(record.id, data, by_id=clerk, clock=clock,
                             expected_version=record.version)
        except BaseException as exc:   # what the desk's screen would show
            failures.append(exc)
        finally:
            close_database()

    saving = threading.Thread(target=save)
    saving.start()
    time.sleep(1.5)
    server.stop()
    saving.join(60)
    assert len(failures) == 1 and isinstance(failures[0], (StoreError, DatabaseError)), failures
    message = user_message(failures[0])
    assert message == SERVER_AWAY, message
    assert not watcher.poll(0).reachable
    # meanwhile this desk's own connection is broken too: a save fails with the sentence
    with pytest.raises((StoreError, DatabaseError)) as refused:
        update_complaint(record.id, data, by_id=clerk, clock=clock,
                         expected_version=record.version)
    assert user_message(refused.value) == SERVER_AWAY

    server.start()
    back = watcher.poll(0)
    assert back.reachable and back.changed
    watcher.release()
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute("DROP TRIGGER slow_history ON complaint_change")
    saved = get_complaint(record.id)                 # this desk reconnects by itself
    assert (saved.room_no, saved.version) == ("", record.version)    # nothing half-saved
    assert ComplaintChange.select().count() == 0
    update_complaint(record.id, data, by_id=clerk, clock=clock,
                     expected_version=record.version)
    assert get_complaint(record.id).room_no == "1208"
    close_database()
