"""The store: connection pragmas, migrations, backups, refusing network shares."""
from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from desk.services.cases.complaints import create_complaint
from desk.services.system.startup import open_store, resolve_url
from desk.store import schema, search
from desk.store.backup import backup_name, backup_to, daily_backup, list_backups, restore_from
from desk.store.db import (
    close_database,
    database,
    engine_facts,
    integrity_check,
    sqlite_path_of,
    url_for_path,
)
from desk.store.errors import NetworkShareError, SchemaTooNewError, StoreError
from desk.store.location import is_network_path


def pragma(name):
    return database.execute_sql(f"pragma {name}").fetchone()[0]


@pytest.mark.sqlite_only(reason="SQLite's pragmas")
def test_pragmas(store):
    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2  # FULL
    assert pragma("foreign_keys") == 1
    assert pragma("busy_timeout") == 10000
    facts = engine_facts()
    assert facts["journal_mode"] == "wal"
    assert facts["synchronous"] == "full"
    assert facts["foreign_keys"] == "on"
    assert integrity_check() == "ok"


def test_foreign_keys_are_enforced(store):
    import peewee

    from desk.store.models.cases import Department

    with pytest.raises(peewee.IntegrityError):
        Department.create(name="无处", site=424242)


def test_new_database_gets_the_newest_schema(db_path, clock):
    store = open_store(str(db_path), backups=False, clock=clock)
    try:
        assert schema.current_version() == schema.SCHEMA_VERSION
        assert store.migration.from_version == 0
        assert store.migration.to_version == schema.SCHEMA_VERSION
        assert store.migration.backup is None
        assert search.indexed_count() == 0
    finally:
        close_database()


def test_reopening_does_not_migrate_again(db_path, clock):
    open_store(str(db_path), backups=True, clock=clock)
    close_database()
    again = open_store(str(db_path), backups=True, clock=clock)
    try:
        assert again.migration.from_version == schema.SCHEMA_VERSION
        assert again.migration.backup is None
    finally:
        close_database()


def test_migration_backs_up_first_and_runs_in_order(store, tmp_path, make_input, clock,
                                                   on_postgresql, new_database):
    create_complaint(make_input(), clock=clock)
    ran = []

    def v2():
        ran.append(2)
        database.execute_sql("ALTER TABLE complaint ADD COLUMN extra TEXT DEFAULT ''")

    def v3():
        ran.append(3)
        database.execute_sql("CREATE TABLE later (id INTEGER PRIMARY KEY)")

    now = schema.SCHEMA_VERSION
    steps = dict(schema.MIGRATIONS)
    steps.update({now + 1: v2, now + 2: v3})
    result = schema.migrate(tmp_path / "backups", migrations=steps)
    assert ran == [2, 3]
    assert (result.from_version, result.to_version) == (now, now + 2)
    assert schema.current_version() == now + 2
    assert result.backup is not None and result.backup.is_file()
    assert f"before-v{now + 2}" in result.backup.name
    if on_postgresql:   # a pg_dump file: restored into a new database, read back
        _check_server_backup(result.backup, new_database())
        return
    copy = sqlite3.connect(str(result.backup))
    try:
        columns = [row[1] for row in copy.execute("pragma table_info(complaint)")]
        assert "extra" not in columns  # the copy was taken before the migration
        assert copy.execute("select count(*) from complaint").fetchone()[0] == 1
        assert copy.execute("pragma integrity_check").fetchone()[0] == "ok"
    finally:
        copy.close()


def _check_server_backup(dump, url):
    import subprocess

    import psycopg

    from tests.pgtest import _connect_args

    args = _connect_args(url)
    conninfo = " ".join(f"{k}={v}" for k, v in args.items())
    subprocess.run(["pg_restore", "--no-owner", f"--dbname={conninfo}", str(dump)], check=True)
    with psycopg.connect(**args) as conn:
        columns = [r[0] for r in conn.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'complaint'")]
        assert "extra" not in columns and "case_no" in columns
        assert conn.execute("SELECT count(*) FROM complaint").fetchone()[0] == 1


def test_a_server_is_not_migrated_without_pg_dump(store, tmp_path, monkeypatch, on_postgresql):
    if not on_postgresql:
        pytest.skip("a server database (DESK_TEST_DB=postgresql://...)")
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs"))
    steps = dict(schema.MIGRATIONS)
    steps[schema.SCHEMA_VERSION + 1] = lambda: database.execute_sql("CREATE TABLE later (id int)")
    with pytest.raises(StoreError) as info:
        schema.migrate(tmp_path / "backups", migrations=steps)
    assert "pg_dump" in str(info.value) and "--no-backup" in str(info.value)
    assert schema.current_version() == schema.SCHEMA_VERSION
    assert "later" not in database.get_tables()
    result = schema.migrate(None, migrations=steps)     # --no-backup
    assert result.backup is None and "later" in database.get_tables()


def test_failed_migration_leaves_the_previous_version(store, tmp_path):
    def broken():
        database.execute_sql("CREATE TABLE half_done (id INTEGER PRIMARY KEY)")
        raise RuntimeError("migration bug")

    steps = dict(schema.MIGRATIONS)
    steps[schema.SCHEMA_VERSION + 1] = broken
    with pytest.raises(RuntimeError):
        schema.migrate(tmp_path / "backups", migrations=steps)
    assert schema.current_version() == schema.SCHEMA_VERSION
    assert "half_done" not in database.get_tables()


def test_schema_too_new_is_refused(db_path, clock, tmp_path):
    open_store(str(db_path), backups=False, clock=clock)
    schema.set_meta(schema.VERSION_KEY, str(schema.SCHEMA_VERSION + 5))
    close_database()
    with pytest.raises(SchemaTooNewError) as info:
        open_store(str(db_path), backups=True, clock=clock)
    message = str(info.value)
    assert str(schema.SCHEMA_VERSION + 5) in message and "newer version of Desk" in message
    assert database.is_closed()
    assert not (tmp_path / "backups").exists()  # nothing was written
    assert not (tmp_path / "data" / "backups").exists()


def test_meta_values(store):
    assert schema.get_meta("nothing", "fallback") == "fallback"
    schema.set_meta("installed", "2026-11-26")
    schema.set_meta("installed", "2026-11-27")
    assert schema.get_meta("installed") == "2026-11-27"


@pytest.mark.sqlite_only(reason="SQLite's backup API")
def test_backup_copy_is_complete_and_verified(store, make_input, clock, tmp_path):
    record = create_complaint(make_input(description="备份测试 😀"), clock=clock)
    target = backup_to(tmp_path / "copies" / "one.sqlite")
    assert target.is_file()
    assert not list((tmp_path / "copies").glob("*.partial"))
    copy = sqlite3.connect(str(target))
    try:
        assert copy.execute("pragma integrity_check").fetchone()[0] == "ok"
        assert copy.execute("pragma journal_mode").fetchone()[0] == "delete"
        row = copy.execute("select case_no, description from complaint").fetchone()
        assert row == (record.case_no, "备份测试 😀")
    finally:
        copy.close()


@pytest.mark.sqlite_only(reason="the daily copy of the database file")
def test_daily_backup_once_a_day_keeps_thirty(store, tmp_path):
    folder = tmp_path / "backups"
    first = dt.datetime(2026, 1, 1, 9, 0)
    made = []
    for day in range(35):
        moment = first + dt.timedelta(days=day)
        made.append(daily_backup(folder, moment))
        assert daily_backup(folder, moment + dt.timedelta(hours=3)) is None
    assert all(made)
    kept = [p for p in list_backups(folder) if p.name.endswith("-daily.sqlite")]
    assert len(kept) == 30
    assert kept[0].name == backup_name(first + dt.timedelta(days=5), "daily")
    assert kept[-1].name == backup_name(first + dt.timedelta(days=34), "daily")


@pytest.mark.sqlite_only(reason="the daily copy of the database file")
def test_daily_backup_leaves_other_backups_alone(store, tmp_path):
    folder = tmp_path / "backups"
    manual = backup_to(folder / backup_name(dt.datetime(2025, 1, 1), "manual"))
    for day in range(3):
        daily_backup(folder, dt.datetime(2026, 1, 1) + dt.timedelta(days=day), keep=1)
    names = [p.name for p in list_backups(folder)]
    assert manual.name in names
    assert names.count(backup_name(dt.datetime(2026, 1, 3), "daily")) == 1
    assert len(names) == 2


@pytest.mark.sqlite_only(reason="the daily copy of the database file")
def test_open_store_makes_the_daily_backup(db_path, clock):
    opened = open_store(str(db_path), backups=True, clock=clock)
    try:
        assert opened.daily_backup is not None
        assert opened.daily_backup.parent == db_path.parent / "backups"
        assert "20261126" in opened.daily_backup.name
    finally:
        close_database()
    again = open_store(str(db_path), backups=True, clock=clock)
    try:
        assert again.daily_backup is None
    finally:
        close_database()


@pytest.mark.sqlite_only(reason="desk restore puts a file back")
def test_restore_from_a_backup(store, db_path, make_input, clock, tmp_path):
    create_complaint(make_input(description="恢复前"), clock=clock)
    saved = backup_to(tmp_path / "b.sqlite")
    create_complaint(make_input(description="备份之后"), clock=clock)
    close_database()
    restore_from(saved, db_path)
    open_store(str(db_path), backups=False, clock=clock)
    from desk.store.models.cases import Complaint

    assert [c.description for c in Complaint.select()] == ["恢复前"]


@pytest.mark.sqlite_only(reason="desk restore puts a file back")
def test_damaged_backup_is_not_restored(store, db_path, tmp_path):
    saved = backup_to(tmp_path / "b.sqlite")
    data = bytearray(saved.read_bytes())
    for offset in range(4096, len(data), 4096):  # damage every page after the first
        data[offset + 20:offset + 60] = b"\xAB" * 40
    saved.write_bytes(bytes(data))
    close_database()
    before = db_path.read_bytes()
    with pytest.raises(StoreError):
        restore_from(saved, db_path)
    assert db_path.read_bytes() == before


MOUNTS = """\
sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0
/dev/sda1 / ext4 rw,relatime 0 0
tmpfs /tmp tmpfs rw 0 0
//fileserver/shared /mnt/share cifs rw,vers=3.0 0 0
nas:/export/home /home/nfs nfs4 rw 0 0
/dev/sdb1 /mnt/share/local ext4 rw 0 0
//server/with\\040space /mnt/with\\040space smb3 rw 0 0
user@host:/data /mnt/ssh fuse.sshfs rw 0 0
"""


@pytest.mark.parametrize("path,network", [
    ("/home/user/desk.sqlite", False),
    ("/tmp/desk.sqlite", False),
    ("/mnt/share/desk.sqlite", True),
    ("/mnt/share", True),
    ("/mnt/shared/desk.sqlite", False),        # a prefix of a mount point is not inside it
    ("/mnt/share/local/desk.sqlite", False),   # the deeper, local mount wins
    ("/home/nfs/desk/desk.sqlite", True),
    ("/mnt/with space/desk.sqlite", True),
    ("/mnt/ssh/desk.sqlite", True),
    ("\\\\fileserver\\shared\\desk.sqlite", True),   # UNC
    ("//fileserver/shared/desk.sqlite", True),
])
def test_network_share_detection(tmp_path, path, network):
    mounts = tmp_path / "mounts"
    mounts.write_text(MOUNTS)
    assert is_network_path(path, mounts_file=str(mounts)) is network


def test_unreadable_mounts_file_means_local(tmp_path):
    assert is_network_path("/mnt/share/x.sqlite", mounts_file=str(tmp_path / "none")) is False
    assert is_network_path("\\\\server\\x.sqlite", mounts_file=str(tmp_path / "none")) is True


def test_database_on_a_unc_path_is_refused(clock):
    # what url_for_path makes of \\fileserver\shared\desk.sqlite on Windows
    url = "sqlite://///fileserver/shared/desk.sqlite"
    with pytest.raises(NetworkShareError) as info:
        open_store(url, backups=False, clock=clock)
    assert "network share" in str(info.value)


def test_resolve_url(tmp_path, monkeypatch):
    assert resolve_url("postgresql://u@h/db") == "postgresql://u@h/db"
    file_url = resolve_url(str(tmp_path / "a.sqlite"))
    assert file_url.startswith("sqlite:///") and sqlite_path_of(file_url) == tmp_path / "a.sqlite"
    monkeypatch.setenv("DESK_DB", str(tmp_path / "env.sqlite"))
    assert sqlite_path_of(resolve_url(None)) == tmp_path / "env.sqlite"
    monkeypatch.delenv("DESK_DB")
    assert sqlite_path_of(resolve_url(None)) == tmp_path / "data" / "desk.sqlite"
    assert sqlite_path_of("sqlite:///:memory:") is None
    assert sqlite_path_of(url_for_path(tmp_path / "b.sqlite") + "?timeout=5") == \
        tmp_path / "b.sqlite"


@pytest.mark.sqlite_only(reason="a file that is no database")
def test_a_file_that_is_not_a_database_gives_a_clear_error(db_path, clock):
    db_path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError) as info:
        open_store(str(db_path), backups=False, clock=clock)
    from desk.services.common.errors import user_message

    message = user_message(info.value)
    assert "not a Desk database" in message and str(db_path) in message
    assert "\n" not in message


def test_demo_bulk_load_is_complete_and_indexed(store, clock):
    from desk.services.cases.caselist import CaseFilter, fetch_page
    from desk.services.system.demo import fill_demo
    from desk.store.models.cases import CaseCounter, Complaint

    fill_demo(300, seed=3, clock=clock)
    rows = list(Complaint.select())
    assert len(rows) == 300
    assert len({c.case_no for c in rows}) == 300
    sample = rows[123]
    assert isinstance(sample.received_at, dt.datetime) and isinstance(sample.voided, bool)
    assert sample.channel.code and sample.category.code
    assert search.indexed_count() == 300
    assert [r.id for r in fetch_page(CaseFilter(text=sample.description[:12]), clock=clock)
            if r.id == sample.id] == [sample.id]
    counters = {c.day: c.last for c in CaseCounter.select()}
    for c in rows:
        day, number = c.case_no.split("-")
        assert counters[day] >= int(number)
    # the triggers are back: a new case is indexed and numbered after the demo ones
    from desk.services.cases.complaints import ComplaintInput

    new = create_complaint(ComplaintInput(
        channel_id=sample.channel.id, category_id=sample.category.id, severity="ordinary",
        complainant_name="欧阳锋", phone="13912340000", description="停车场收费不对",
        demands=["apology"], recorded_by_id=None), clock=clock)
    assert search.indexed_count() == 301
    assert [r.id for r in fetch_page(CaseFilter(text="欧阳锋"), clock=clock)] == [new.id]
    day, number = new.case_no.split("-")
    assert int(number) > max((int(c.case_no.split("-")[1]) for c in rows
                              if c.case_no.startswith(day)), default=0)
    assert integrity_check() == "ok"


@pytest.mark.sqlite_only(reason="SQLite's FTS5 search index")
def test_migration_pads_an_older_search_index(store, make_input, clock, tmp_path):
    """Databases indexed before the padding get it back on the next start."""
    from desk.services.cases.caselist import CaseFilter, fetch_page
    from desk.store import search

    record = create_complaint(make_input(complainant_name="陈静"), clock=clock)
    padding = next(v for v, step in schema.MIGRATIONS.items()
                   if "padded" in (step.__doc__ or ""))
    # the index as the first versions wrote it: values without the pad
    database.execute_sql(f"DELETE FROM {search.FTS_TABLE}")
    database.execute_sql(
        f"INSERT INTO {search.FTS_TABLE}(rowid, case_no, complainant_name, phone, description) "
        "SELECT id, case_no, complainant_name, phone_digits, description FROM complaint")
    schema.set_meta(schema.VERSION_KEY, str(padding - 1))
    assert search.index_query(("陈静",)) == ""  # a two-character value has no trigram
    result = schema.migrate(tmp_path / "backups")
    assert search.index_query(("陈静",)) == '"陈静 "'

    assert result.from_version == padding - 1
    assert schema.current_version() == schema.SCHEMA_VERSION
    assert [r.id for r in fetch_page(CaseFilter(text="陈静"), clock=clock)] == [record.id]
    name = database.execute_sql(
        f"SELECT complainant_name FROM {search.FTS_TABLE}").fetchone()[0]
    assert name == "陈静" + search.PAD


def test_daily_backups_of_two_databases_in_one_folder_stay_apart(tmp_path, clock):
    """The demo database lives next to the real one; its backup must not stand in for
    the real database's backup of the day, nor push the real ones out."""
    real = tmp_path / "desk.sqlite"
    demo = tmp_path / "desk-demo.sqlite"
    opened_demo = open_store(str(demo), backups=True, clock=clock)
    close_database()
    opened_real = open_store(str(real), backups=True, clock=clock)
    close_database()
    assert opened_demo.daily_backup is not None
    assert opened_real.daily_backup is not None
    assert opened_demo.daily_backup != opened_real.daily_backup
    folder = tmp_path / "backups"
    for day in range(1, 4):
        daily_backup(folder, clock.now() + dt.timedelta(days=day), keep=2, name="desk-demo")
    names = [p.name for p in list_backups(folder)]
    assert opened_real.daily_backup.name in names
    assert sum("desk-demo-daily" in n for n in names) == 2


def test_increment_makes_the_row_at_one_and_counts_on(store):
    from desk.store.db import increment, transaction
    from desk.store.models.cases import CaseCounter

    with transaction():
        got = [increment(CaseCounter.last, CaseCounter.day, "19990101") for _ in range(3)]
    assert got == [1, 2, 3]
    assert CaseCounter.get(CaseCounter.day == "19990101").last == 3
