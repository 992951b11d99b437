"""Migration 11: a version on every record people edit (and who saved a case last); rows
from before get version 1."""
import pytest

from desk.store import schema
from desk.store.db import database

TABLES = ("complaint", "handling_slip", "corrective_action", "revisit")


def _columns(table: str) -> set[str]:
    return {c.name for c in database.get_columns(table)}


@pytest.mark.sqlite_only(reason="the file made what an older Desk left, then upgraded")
def test_upgrade_from_v10_adds_the_versions(store, make_input, clock, tmp_path):
    from desk.services.cases.complaints import create_complaint, get_complaint

    record = create_complaint(make_input(), clock=clock)
    # make the file what version 10 left: no version columns (SQLite cannot drop the
    # updated_by foreign key, so that one stays; the migration leaves it alone)
    for table in TABLES:
        database.execute_sql(f'ALTER TABLE "{table}" DROP COLUMN version')
    schema.set_meta(schema.VERSION_KEY, "10")
    assert "version" not in _columns("complaint")

    result = schema.migrate(tmp_path / "backups")
    assert (result.from_version, result.to_version) == (10, schema.SCHEMA_VERSION)
    assert result.backup is not None and result.backup.is_file()
    for table in TABLES:
        assert "version" in _columns(table)
    assert "updated_by_id" in _columns("complaint")
    old = get_complaint(record.id)
    assert old.version == 1
    # running it again changes nothing
    schema.MIGRATIONS[11]()
    assert get_complaint(record.id).version == 1
