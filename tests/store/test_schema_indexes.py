"""Migration 6: the planner-misleading (voided, id) index gives way to a partial index."""
from desk.store import schema
from desk.store.db import close_database, database, open_database, url_for_path


def _indexes() -> set[str]:
    return {i.name for i in database.get_indexes("complaint")}


def test_upgrade_from_v5_replaces_the_voided_index(tmp_path):
    open_database(url_for_path(tmp_path / "old.sqlite"))
    try:
        old_steps = {v: schema.MIGRATIONS[v] for v in range(1, 6)}
        schema.migrate(None, migrations=old_steps)
        database.execute_sql("CREATE INDEX IF NOT EXISTS complaint_voided_id "
                             "ON complaint (voided, id)")   # as version 1 made it
        result = schema.migrate(tmp_path / "backups")
        assert (result.from_version, result.to_version) == (5, schema.SCHEMA_VERSION)
        assert result.backup is not None and result.backup.is_file()
        assert "complaint_voided_id" not in _indexes()
        assert "complaint_void_only" in _indexes()
        plan = " ".join(str(r) for r in database.execute_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM complaint WHERE voided ORDER BY id DESC"))
        assert "complaint_void_only" in plan
    finally:
        close_database()


def test_upgrade_from_v8_adds_the_status_walk_indexes(tmp_path):
    open_database(url_for_path(tmp_path / "old.sqlite"))
    try:
        schema.migrate(None, migrations={v: schema.MIGRATIONS[v] for v in range(1, 9)})
        assert "complaint_status_due" not in _indexes()
        result = schema.migrate(tmp_path / "backups")
        assert (result.from_version, result.to_version) == (8, schema.SCHEMA_VERSION)
        assert {"complaint_status_due", "complaint_status_received"} <= _indexes()
        plan = " ".join(str(r) for r in database.execute_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM complaint WHERE status = 'new' "
            "AND reply_due_at < '2026-01-01' ORDER BY reply_due_at"))
        assert "complaint_status_due" in plan and "TEMP B-TREE" not in plan
    finally:
        close_database()


def test_upgrade_from_v12_adds_the_partial_indexes_of_open_cases(tmp_path):
    open_database(url_for_path(tmp_path / "old.sqlite"))
    try:
        schema.migrate(None, migrations={v: schema.MIGRATIONS[v] for v in range(1, 13)})
        assert "complaint_open_due" not in _indexes()
        result = schema.migrate(tmp_path / "backups")
        assert (result.from_version, result.to_version) == (12, schema.SCHEMA_VERSION)
        assert result.backup is not None and result.backup.is_file()
        assert {"complaint_open_due", "complaint_open_received"} <= _indexes()
    finally:
        close_database()
