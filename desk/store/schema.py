"""Versioned schema: migrations run in order, the file is backed up before any of them,
and a database written by a newer Desk is refused."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import peewee as pw

from desk.i18n import _
from desk.store import search
from desk.store.backup import backup_name, backup_to
from desk.store.db import database, is_postgresql, is_sqlite, transaction
from desk.store.errors import SchemaTooNewError
from desk.store.models.cases import ALL_MODELS, MetaEntry

VERSION_KEY = "schema_version"


def _v1() -> None:
    database.create_tables(ALL_MODELS, safe=True)
    search.create_index()
    if is_postgresql():   # attachment bytes in the database (desk.store.server.blobs)
        from desk.store.server import blobs as pgblobs

        pgblobs.create_tables()


def _v2() -> None:
    from desk.store.models.slips import SLIP_MODELS

    database.create_tables(SLIP_MODELS, safe=True)


def _v3() -> None:
    """Revisits and corrective actions (issue 5); idempotent."""
    from desk.store.models.capa import CAPA_MODELS
    from desk.store.models.revisits import REVISIT_MODELS, complaint_indexes

    database.create_tables(REVISIT_MODELS + CAPA_MODELS, safe=True)
    for index in complaint_indexes():
        database.execute(index)


def _v4() -> None:
    """The operations manager's slip reviews (issue 6) and the indexes the weekly and
    monthly reports read by; idempotent."""
    from desk.store.models.review import REVIEW_MODELS, report_indexes

    database.create_tables(REVIEW_MODELS, safe=True)
    for index in report_indexes():
        database.execute(index)


def _v5() -> None:
    """Search: padded index values, so one- and two-character queries use the index."""
    search.rebuild_index()


def _v6() -> None:
    """Replace the (voided, id) index, which led the planner to walk every live case, with
    a partial index of the few void ones."""
    from desk.store.models.cases import Complaint

    database.execute_sql("DROP INDEX IF EXISTS complaint_voided_id")
    # A bare boolean column is a valid partial-index condition in SQLite and PostgreSQL.
    database.execute(Complaint.index(Complaint.id, name="complaint_void_only",
                                     safe=True).where(pw.SQL("voided")))


def _v7() -> None:
    """One current promise: the case's reply date follows the agreed date of its slip; the
    promise given at intake is kept beside it as history."""
    from desk.store.models.cases import Complaint
    from desk.store.models.slips import HandlingSlip

    columns = {c.name for c in database.get_columns(Complaint._meta.table_name)}
    if "intake_reply_due_at" not in columns:
        migrate_add_column(Complaint, "intake_reply_due_at")
    Complaint.update(intake_reply_due_at=Complaint.reply_due_at).where(
        Complaint.intake_reply_due_at.is_null()).execute()
    slips = (HandlingSlip.select(HandlingSlip.complaint, HandlingSlip.agreed_reply_at)
             .where(HandlingSlip.active & HandlingSlip.agreed_reply_at.is_null(False))
             .order_by(HandlingSlip.id).tuples())
    for complaint_id, agreed in slips.iterator():
        Complaint.update(reply_due_at=agreed).where(Complaint.id == complaint_id).execute()


def migrate_add_column(model, name: str) -> None:
    """Add ``model``'s field ``name`` to its table (playhouse.migrate, either engine)."""
    from playhouse.migrate import SchemaMigrator, migrate

    field = model._meta.fields[name]
    migrate(SchemaMigrator.from_database(database.obj).add_column(
        model._meta.table_name, field.column_name, field))


def _v8() -> None:
    """Retention (issue 16): legal holds and purge records; idempotent."""
    from desk.store.models.retention import RETENTION_MODELS

    database.create_tables(RETENTION_MODELS, safe=True)


def _v9() -> None:
    """Indexes for plans that need no statistics (issue 13): the Today view walks the open
    cases of each status by reply date and by receipt date."""
    from desk.store.models.cases import complaint_status_indexes

    for index in complaint_status_indexes():
        database.execute(index)


def _v10() -> None:
    """The audit trail: hash-chained entries and the chain's head; idempotent."""
    from desk.store.models.audit import AUDIT_MODELS, AuditHead

    database.create_tables(AUDIT_MODELS, safe=True)
    if not AuditHead.select().where(AuditHead.id == 1).exists():
        AuditHead.create(id=1)


def _v11() -> None:
    """Several desks at once: a version on every record people edit, so that a save over
    another desk's change is refused instead of overwriting it, and who saved a case last."""
    from desk.store.models.capa import CorrectiveAction
    from desk.store.models.cases import Complaint
    from desk.store.models.revisits import Revisit
    from desk.store.models.slips import HandlingSlip

    for model, names in ((Complaint, ("version", "updated_by")), (HandlingSlip, ("version",)),
                         (CorrectiveAction, ("version",)), (Revisit, ("version",))):
        columns = {c.name for c in database.get_columns(model._meta.table_name)}
        table = model._meta.table_name.join(database.quote)
        if "version" not in columns:
            # One statement on either engine, no table rebuild: old rows start at 1.
            database.execute_sql(
                f"ALTER TABLE {table} ADD COLUMN version INTEGER NOT NULL DEFAULT 1")
        if "updated_by" in names and "updated_by_id" not in columns:
            migrate_add_column(model, "updated_by")


ACCOUNT_COLUMNS = ("user_name", "password_hash", "is_admin", "must_change", "failed_sign_ins",
                   "locked_until")


def _v12() -> None:
    """Accounts: the staff sign in, and a result the clerk recorded for a department says
    so. Existing staff become accounts without a password,
    their user name their name (made unique); the administrator sets first passwords."""
    from desk.store.models.cases import Staff
    from desk.store.models.slips import HandlingSlip

    columns = {c.name for c in database.get_columns(Staff._meta.table_name)}
    for name in ACCOUNT_COLUMNS:
        if name not in columns:
            migrate_add_column(Staff, name)
    if "result_on_behalf" not in {c.name for c in database.get_columns("handling_slip")}:
        migrate_add_column(HandlingSlip, "result_on_behalf")
    database.execute(Staff.index(Staff.user_name, unique=True,
                                 name="staff_user_name").safe(True))
    taken: set[str] = {s.user_name.casefold() for s in Staff.select(Staff.user_name)
                       .where(Staff.user_name.is_null(False))}
    for row in Staff.select().where(Staff.user_name.is_null()).order_by(Staff.id):
        base = "".join(row.name.split())[:36] or f"user{row.id}"
        name, number = base, 1
        while name.casefold() in taken:
            number += 1
            name = f"{base}{number}"
        taken.add(name.casefold())
        Staff.update(user_name=name).where(Staff.id == row.id).execute()


def _v13() -> None:
    """Today's lists: partial indexes of the open, live cases by reply date and by receipt
    date, each list one walk of one of them whatever the statistics say (issue 13)."""
    from desk.store.models.cases import complaint_open_indexes

    for index in complaint_open_indexes():
        database.execute(index)


#: version -> migration that brings the schema from version-1 to version.
MIGRATIONS: dict[int, Callable[[], None]] = {1: _v1, 2: _v2, 3: _v3, 4: _v4, 5: _v5,
                                                 6: _v6, 7: _v7, 8: _v8, 9: _v9,
                                                 10: _v10, 11: _v11, 12: _v12, 13: _v13}
SCHEMA_VERSION = max(MIGRATIONS)


@dataclass
class MigrationResult:
    from_version: int
    to_version: int
    backup: Path | None


def current_version() -> int:
    if MetaEntry._meta.table_name not in database.get_tables():
        return 0
    row = MetaEntry.get_or_none(MetaEntry.key == VERSION_KEY)
    return int(row.value) if row else 0


def _set_version(version: int) -> None:
    (MetaEntry.insert(key=VERSION_KEY, value=str(version))
     .on_conflict(conflict_target=[MetaEntry.key], update={MetaEntry.value: str(version)})
     .execute())


def migrate(backup_folder: Path | None = None,
            migrations: dict[int, Callable[[], None]] | None = None) -> MigrationResult:
    """Bring the open database to the newest schema.

    An existing database (version >= 1) is copied to ``backup_folder`` first.
    """
    steps = migrations or MIGRATIONS
    target = max(steps)
    version = current_version()
    if version > target:
        raise SchemaTooNewError(_(
            "This database was made by a newer version of Desk (schema {found}; this "
            "program knows up to {known}). Install the newer Desk to open it."
        ).format(found=version, known=target))
    made = None
    if version < target and version >= 1 and backup_folder is not None:
        name = backup_name(dt.datetime.now(), f"before-v{target}")
        if is_sqlite():
            made = backup_to(Path(backup_folder) / name)
        elif is_postgresql():
            from desk.store.server import pg

            made = pg.dump_to(database.obj, Path(backup_folder) / pg.dump_name(name))
    for step in range(version + 1, target + 1):
        with transaction():
            steps[step]()
            _set_version(step)
    return MigrationResult(version, target, made)


def get_meta(key: str, default: str | None = None) -> str | None:
    try:
        row = MetaEntry.get_or_none(MetaEntry.key == key)
    except pw.OperationalError:
        return default
    return row.value if row else default


def set_meta(key: str, value: str) -> None:
    (MetaEntry.insert(key=key, value=value)
     .on_conflict(conflict_target=[MetaEntry.key], update={MetaEntry.value: value})
     .execute())
