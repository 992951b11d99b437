"""The indexes later migrations make: the partial index of void cases (6), the status
walks (9) and the partial indexes of open cases (13), each upgraded into from the version
before it."""
from contextlib import contextmanager

from desk.store import schema
from desk.store.db import close_database, database, open_database, url_for_path


def _indexes() -> set[str]:
    return {i.name for i in database.get_indexes("complaint")}


@contextmanager
def _at_version(tmp_path, version: int):
    """A new database file migrated up to ``version`` only; closed after."""
    open_database(url_for_path(tmp_path / "old.sqlite"))
    try:
        schema.migrate(None, migrations={v: schema.MIGRATIONS[v] for v in range(1, version + 1)})
        yield
    finally:
        close_database()


def _upgrade(tmp_path, version: int):
    result = schema.migrate(tmp_path / "backups")
    assert (result.from_version, result.to_version) == (version, schema.SCHEMA_VERSION)
    assert result.backup is not None and result.backup.is_file()
    return result


def test_upgrade_from_v5_replaces_the_voided_index(tmp_path):
    with _at_version(tmp_path, 5):
        database.execute_sql("CREATE INDEX IF NOT EXISTS complaint_voided_id "
                             "ON complaint (voided, id)")   # as version 1 made it
        _upgrade(tmp_path, 5)
        assert "complaint_voided_id" not in _indexes()
        assert "complaint_void_only" in _indexes()
        plan = " ".join(str(r) for r in database.execute_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM complaint WHERE voided ORDER BY id DESC"))
        assert "complaint_void_only" in plan


def test_upgrade_from_v8_adds_the_status_walk_indexes(tmp_path):
    with _at_version(tmp_path, 8):
        assert "complaint_status_due" not in _indexes()
        _upgrade(tmp_path, 8)
        assert {"complaint_status_due", "complaint_status_received"} <= _indexes()
        plan = " ".join(str(r) for r in database.execute_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM complaint WHERE status = 'new' "
            "AND reply_due_at < '2026-01-01' ORDER BY reply_due_at"))
        assert "complaint_status_due" in plan and "TEMP B-TREE" not in plan


def test_upgrade_from_v12_adds_the_partial_indexes_of_open_cases(tmp_path):
    with _at_version(tmp_path, 12):
        assert "complaint_open_due" not in _indexes()
        _upgrade(tmp_path, 12)
        assert {"complaint_open_due", "complaint_open_received"} <= _indexes()
