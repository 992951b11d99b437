"""The audit trail's tables arrive by migration; an upgraded database's chain starts
empty and intact, and the first change after the upgrade is its first entry."""
from __future__ import annotations

from desk.store import schema
from desk.store.db import close_database, database, open_database, url_for_path


def test_upgrade_adds_the_trail(tmp_path):
    version = next(v for v, step in schema.MIGRATIONS.items()
                   if "audit trail" in (step.__doc__ or ""))
    open_database(url_for_path(tmp_path / "old.sqlite"))
    try:
        schema.migrate(None, migrations={v: schema.MIGRATIONS[v] for v in range(1, version)})
        assert "audit_entry" not in database.get_tables()
        result = schema.migrate(tmp_path / "backups")
        assert result.from_version == version - 1 and result.backup is not None
        assert {"audit_entry", "audit_head"} <= set(database.get_tables())
        from desk.services.audit import trail
        from desk.services.audit.verify import verify

        assert trail.head().count == 0 and verify().ok
        trail.record(None, "setup", kind="setting", field="company_name", new="星河广场")
        assert trail.head().count == 1 and verify().ok
    finally:
        close_database()
