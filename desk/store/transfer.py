"""Copying a whole database into an empty one (``desk copy --to URL``): SQLite to
PostgreSQL and back. Every table of Desk's models in the order of their foreign keys, in
batches by primary key; then the numbering (PostgreSQL's sequences), the search index and
the attachment bytes (files on this PC, rows on a server); then the counts of every table
and a sample of rows of each are compared."""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import peewee

from desk.i18n import _
from desk.store import search
from desk.store.bulk import bulk_insert
from desk.store.db import database, is_postgresql, open_unbound, transaction
from desk.store.errors import StoreError
from desk.store.server import bulk

BATCH = 5000
#: tables kept in step by Desk itself (search index) or made for the server only
DERIVED = ("complaint_fts", "complaint_search", "blob_file", "blob_chunk")


@dataclass
class CopyReport:
    rows: dict[str, int] = field(default_factory=dict)
    files: int = 0
    missing_files: list[str] = field(default_factory=list)
    sampled: int = 0


def desk_models(tables: set[str]) -> list[type[peewee.Model]]:
    """Every model of ``desk.store.models`` whose table is among ``tables``, parents
    before children."""
    import importlib
    import pkgutil

    import desk.store.models as package

    for info in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"{package.__name__}.{info.name}")
    found, todo = {}, list(peewee.Model.__subclasses__())
    while todo:
        model = todo.pop()
        todo.extend(model.__subclasses__())
        if model._meta.database is database and model._meta.table_name in tables:
            found[model._meta.table_name] = model
    return peewee.sort_models(list(found.values()))


@contextmanager
def bound(db: peewee.Database):
    """The store's models (and its functions) work on ``db`` inside."""
    previous = database.obj
    database.initialize(db)
    try:
        yield
    finally:
        database.initialize(previous)


def copy_database(target_url: str, source_files: Path, target_files: Path | None = None,
                  password: str | None = None, sample: int = 50,
                  progress: Callable[[str, int, int], None] | None = None) -> CopyReport:
    """Copy the open database into the empty database at ``target_url`` and check it.

    ``source_files``: the attachments folder of a SQLite source; ``target_files``: that of
    a SQLite target (attachments of a server live in its database)."""
    from desk.store import blobs, schema
    from desk.store.server import blobs as pgblobs

    source = database.obj
    present = set(source.get_tables())
    models = desk_models(present)
    tables = {m._meta.table_name for m in models}
    unknown = sorted(t for t in present if t not in tables and not t.startswith(DERIVED))
    if unknown:
        raise StoreError(_("The database has tables this Desk does not know ({tables}); copy "
                           "it with the Desk that made them.").format(tables=", ".join(unknown)))
    target = open_unbound(target_url, password)
    report = CopyReport()
    try:
        if target.get_tables():
            raise StoreError(_("The target database {url} is not empty; copy only into a new, "
                               "empty database.").format(url=_printable(target_url)))
        with bound(target):
            schema.migrate(None)
            with transaction():
                for model in reversed(models):
                    model.delete().execute()
            search.drop_triggers()
            again = _loosen(target, tables)
        counts = {}
        for model in models:
            copy = _copy_by_copy if again is not None else _copy_table
            counts[model._meta.table_name] = copy(model, source, target, progress)
        report.rows = counts
        with bound(target):
            with transaction():
                _reset_numbering(models)
                search.reindex_all()
            search.create_index()
            if again is not None:
                _tighten(target, again, tables)
        report.files, report.missing_files = _copy_files(
            source, target, source_files, target_files, blobs, pgblobs)
        report.sampled = _verify(models, source, target, counts, sample)
    finally:
        with bound(target):
            if not target.is_closed():
                target.close()
    return report


def _copy_table(model, source, target, progress) -> int:
    fields = list(model._meta.sorted_fields)
    names = [f.name for f in fields]
    key = model._meta.primary_key
    total = _count(model, source)
    done, last = 0, None
    while True:
        with bound(source):
            query = model.select(*fields).order_by(key).limit(BATCH)
            if last is not None:
                query = query.where(key > last)
            rows = list(query.tuples())
        if not rows:
            break
        with bound(target), transaction():
            bulk_insert(model, [dict(zip(names, row)) for row in rows])
        done += len(rows)
        last = rows[-1][names.index(key.name)]
        if progress:
            progress(model._meta.table_name, done, total)
        if len(rows) < BATCH:
            break
    return done


def _loosen(target, tables) -> list[str] | None:
    """A server target: its session set for the load, its secondary indexes and foreign
    keys dropped (the statements that make them again returned); ``None`` for a file."""
    from desk.store.server.pg import ServerDatabase

    if not isinstance(target, ServerDatabase):
        return None
    bulk.prepare_session(target)
    with transaction():
        return bulk.loosen(target, tables)


def _tighten(target, again: list[str], tables) -> None:
    with transaction():
        bulk.tighten(target, again)
    bulk.analyze(target, tables)


def _raw_rows(model, source, fields):
    """The rows of ``model`` in the source, by key, as the engine gives them (no
    conversion to Python's types but for decimals, which SQLite may keep as floats)."""
    key = model._meta.primary_key
    at = fields.index(key)
    from_file = not isinstance(source, peewee.PostgresqlDatabase)
    convert = [(i, f.python_value) for i, f in enumerate(fields)
               if from_file and isinstance(f, peewee.DecimalField)]
    last = None
    while True:
        with bound(source):
            query = model.select(*fields).order_by(key).limit(bulk.CHUNK)
            if last is not None:
                query = query.where(key > last)
            sql, params = query.sql()
        rows = source.execute_sql(sql, params).fetchall()
        for row in rows:
            if convert:
                row = list(row)
                for i, to_python in convert:
                    row[i] = to_python(row[i])
            yield row
        if len(rows) < bulk.CHUNK:
            return
        last = rows[-1][at]


def _copy_by_copy(model, source, target, progress) -> int:
    """Into a server: ``COPY`` in chunks (see ``desk.store.server.bulk``)."""
    fields = list(model._meta.sorted_fields)
    table = model._meta.table_name
    total = _count(model, source)
    report = (lambda done: progress(table, done, total)) if progress else None
    done = bulk.copy_rows(target, table, [f.column_name for f in fields],
                          _raw_rows(model, source, fields), report)
    return done


def _count(model, db) -> int:
    with bound(db):
        return model.select().count()


def _reset_numbering(models) -> None:
    """The next id of every table follows the copied ones (PostgreSQL's sequences; SQLite
    takes the largest id plus one by itself)."""
    if not is_postgresql():
        return
    for model in models:
        key = model._meta.primary_key
        if isinstance(key, peewee.AutoField):
            table, column = model._meta.table_name, key.column_name
            database.execute_sql(
                f"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), "
                f"COALESCE(MAX(\"{column}\"), 1), MAX(\"{column}\") IS NOT NULL) "
                f"FROM \"{table}\"")


def _hashes_used(db) -> set[str]:
    from desk.store.models.cases import Attachment, Setting

    with bound(db):
        used = {sha for (sha,) in Attachment.select(Attachment.sha256).distinct().tuples()}
        logo = Setting.get_or_none(Setting.key == "company_logo")
        if logo is not None and logo.value:
            used.add(logo.value)
    return used


def _copy_files(source, target, source_files, target_files, blobs, pgblobs):
    """The attachment bytes the copied rows name: files -> server rows, server rows ->
    files, or nothing between two databases that share them."""
    from desk.store.server.pg import ServerDatabase

    source_server, target_server = (isinstance(db, ServerDatabase) for db in (source, target))
    if not source_server and not target_server:
        if target_files is None or Path(target_files).resolve() == Path(source_files).resolve():
            return 0, []
    copied, missing = 0, []
    with bound(source):
        from_store = blobs.BlobStore(source_files)
    with bound(target):
        to_store = blobs.BlobStore(target_files or source_files)
    for sha in sorted(_hashes_used(source)):
        with bound(source):
            path = from_store.local_file(sha)
            thumb = from_store.thumbnail(sha)
        if path is None:
            missing.append(sha)
            continue
        with bound(target):
            if target_server:
                pgblobs.upload(sha, path)
                if thumb is not None:
                    pgblobs.save_thumbnail(sha, thumb.read_bytes())
            else:
                _place(path, to_store.path_for(sha))
                if thumb is not None:
                    _place(thumb, to_store.thumb_path(sha))
        copied += 1
    return copied, missing


def _place(source: Path, target: Path) -> None:
    import shutil

    if Path(source).resolve() == Path(target).resolve() or target.exists():
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)


def _normal(value):
    return bytes(value) if isinstance(value, (memoryview, bytearray)) else value


def _verify(models, source, target, counts, sample: int) -> int:
    """Counts of every table and ``sample`` rows of each (spread over its keys) compared."""
    checked = 0
    for model in models:
        name = model._meta.table_name
        if _count(model, target) != counts[name]:
            raise StoreError(_("The copy of {table} has {found} rows instead of {expected}; "
                               "the target is incomplete.").format(
                table=name, found=_count(model, target), expected=counts[name]))
        key = model._meta.primary_key
        fields = list(model._meta.sorted_fields)
        with bound(source):
            keys = [k for (k,) in model.select(key).order_by(key).tuples()]
        picked = keys[::max(1, len(keys) // sample)][:sample] if keys else []
        if not picked:
            continue
        rows = {}
        for db in (source, target):
            with bound(db):
                rows[db] = [tuple(_normal(v) for v in row) for row in model.select(*fields)
                            .where(key.in_(picked)).order_by(key).tuples()]
        if rows[source] != rows[target]:
            raise StoreError(_("The copy of {table} differs from the original; the target "
                               "is not a faithful copy.").format(table=name))
        checked += len(picked)
    return checked


def _printable(url: str) -> str:
    from desk.store.server.pg import printable

    return printable(url)
