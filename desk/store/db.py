"""The database connection: one ``DatabaseProxy`` initialised from a URL.

SQLite (the default) runs in WAL mode with ``synchronous=FULL``, foreign keys on and a busy
timeout. Everything specific to one engine stays in ``desk/store``.
"""
from __future__ import annotations

import os
import uuid
from contextlib import contextmanager
from pathlib import Path

import peewee

from desk.i18n import _
from desk.store.errors import MissingDatabaseError, StoreError, store_error_for

database = peewee.DatabaseProxy()
#: What the change watchers of a server listen to (desk.store.watch).
CHANGES_CHANNEL = "desk_changes"
#: sent with this program's change notices, so that its own watcher can pass them over
PROGRAM_TOKEN = f"{os.getpid()}-{uuid.uuid4().hex}"

SQLITE_PRAGMAS = (
    ("journal_mode", "wal"),
    ("synchronous", "full"),
    ("foreign_keys", 1),
    ("busy_timeout", 10000),
    ("cache_size", -32000),
    ("temp_store", "memory"),
)


def url_for_path(path: Path | str) -> str:
    return "sqlite:///" + str(Path(path).resolve()).replace("\\", "/")


def sqlite_path_of(url: str) -> Path | None:
    """The file behind a ``sqlite:///`` URL, or ``None`` for other engines and memory."""
    for prefix in ("sqlite:///", "sqliteext:///"):
        if url.startswith(prefix):
            rest = url[len(prefix):].split("?", 1)[0]
            if rest in ("", ":memory:"):
                return None
            return Path(rest)
    return None


class _SqliteDatabase(peewee.SqliteDatabase):
    """Every transaction starts ``BEGIN IMMEDIATE``: it takes the write lock first, so a
    second writer waits its turn (``busy_timeout``) instead of failing with "database is
    locked" when a deferred read transaction tries to become a write one in WAL mode."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("lock_type", "IMMEDIATE")
        super().__init__(*args, **kwargs)

    def _set_pragmas(self, conn):
        # auto_vacuum (store.maintenance) on a new file only: on an existing one it wrote,
        # and every change watcher heard a change at each connection opened (and read again)
        if conn.execute("PRAGMA page_count").fetchone()[0] == 0:
            conn.execute("PRAGMA auto_vacuum = incremental")
        super()._set_pragmas(conn)

    def rollback(self):
        # After SQLITE_FULL or an I/O error SQLite may have rolled the transaction back
        # itself; a second ROLLBACK would replace the real error with "cannot rollback -
        # no transaction is active".
        if not self.is_closed() and not self._state.conn.in_transaction:
            return
        super().rollback()


def is_sqlite() -> bool:
    return isinstance(database.obj, peewee.SqliteDatabase)


SQLITE_HEADER = b"SQLite format 3\x00"


def check_database_file(path: Path, create: bool) -> None:
    """Refuse a path that is no database: a folder, a missing file (unless ``create`` and
    its folder exists), an empty file or one of another kind. A mistyped ``--db`` then
    says so instead of starting a new, empty database."""
    if path.is_dir():
        raise MissingDatabaseError(_(
            "{path} is a folder; give the database file's name.").format(path=path))
    if not path.exists():
        if not create:
            raise MissingDatabaseError(_(
                "There is no database at {path}; check the path (--db or DESK_DB).").format(
                path=path))
        if not path.parent.is_dir():
            raise MissingDatabaseError(_(
                "The folder {folder} does not exist; check the path, or create the folder "
                "first.").format(folder=path.parent))
        return
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise store_error_for(exc) or StoreError(_(
            "Cannot read the database file {path}: {error}").format(
            path=path, error=exc.strerror or exc)) from exc
    if not head:
        raise MissingDatabaseError(_(
            "{path} is an empty file, not a Desk database; check the path, or delete the "
            "empty file to start a new database there.").format(path=path))
    if head != SQLITE_HEADER:
        raise StoreError(_(
            "{path} is not a Desk database file (or its first page is damaged); check the "
            "path.").format(path=path))


def _new_database(url: str, password: str | None,
                  create: bool) -> tuple[peewee.Database, Path | None]:
    """The database ``url`` names, not yet connected, and its file (``None``: a server)."""
    from desk.store.server import pg

    path = sqlite_path_of(url)
    if path is not None:
        from desk.store.location import check_local_path

        check_local_path(path)
        check_database_file(path, create)
        return _SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, check_same_thread=False,
                               timeout=10), path
    if pg.is_server_url(url):
        return pg.open_server(url, password), None
    raise StoreError(_(
        "Desk cannot use the database URL {url}: give a file path, sqlite:///PATH or "
        "postgresql://USER@SERVER/DATABASE.").format(url=_without_password(url)))


def _cannot_open(exc: peewee.DatabaseError, db: peewee.Database, path: Path | None,
                 url: str) -> StoreError:
    """What to tell when connecting failed: locked, unreadable, not a database, no server."""
    from desk.store.server import pg

    mapped = store_error_for(exc) if path is not None else pg.connect_error(exc, db)
    return mapped or StoreError(_("Cannot open the database {url}: {error}").format(
        url=_without_password(url), error=exc))


def open_database(url: str, create: bool = True,
                  password: str | None = None) -> peewee.Database:
    """Open ``url`` and bind it to the proxy. The schema is not touched here.

    A SQLite file that does not exist is made only with ``create`` and in an existing
    folder. A server database (``postgresql://``) must exist; one without Desk's tables
    is taken only with ``create`` (``desk check --create``). ``password`` is for a server
    whose URL has none (kept in the credential store).
    """
    from desk.store.server import pg

    db, path = _new_database(url, password, create)
    if isinstance(db, peewee.PostgresqlDatabase):
        reconnect_when_lost(db)
    close_database()
    database.initialize(db)
    try:
        db.connect(reuse_if_open=True)
    except peewee.ImproperlyConfigured as exc:  # postgresql:// without its driver
        database.initialize(None)
        raise StoreError(_(
            "This Desk cannot reach the database server {url}: its driver is not installed; "
            "install Desk with the server option, or use a local database file.").format(
            url=_without_password(url))) from exc
    except peewee.DatabaseError as exc:  # locked, unreadable, "file is not a database"
        database.initialize(None)
        raise _cannot_open(exc, db, path, url) from exc
    if path is None and not create and pg.is_empty(db):
        close_database()
        database.initialize(None)
        raise MissingDatabaseError(_(
            "The server database {url} has no Desk tables yet; make them once with: desk "
            "--db {url} check --create").format(url=_without_password(url)))
    return db


def open_unbound(url: str, password: str | None = None) -> peewee.Database:
    """A second database, connected but not bound to the store's proxy (the target of a
    copy); a SQLite file is made when missing."""
    db, path = _new_database(url, password, True)
    try:
        db.connect(reuse_if_open=True)
    except peewee.DatabaseError as exc:
        raise _cannot_open(exc, db, path, url) from exc
    return db


def _without_password(url: str) -> str:
    """``url`` fit to print: ``postgresql://user:secret@host`` loses its password."""
    from desk.store.server.pg import printable

    return printable(url)


def is_postgresql() -> bool:
    from desk.store.server.pg import ServerDatabase

    return isinstance(database.obj, ServerDatabase)


def close_database() -> None:
    if database.obj is not None and not database.is_closed():
        try:
            database.close()
        except peewee.DatabaseError:   # a server connection already gone
            pass


def forget_lost_connection(surely: bool = False) -> bool:
    """Drop this thread's server connection when it was lost (the server restarted, the
    network went): the next query connects again by itself. ``surely``: the server was
    away (the change watcher said so), drop it even if the driver has not noticed yet.
    True when one was dropped."""
    db = database.obj
    if not isinstance(db, peewee.PostgresqlDatabase) or db.is_closed() or db.in_transaction():
        return False
    if db.is_connection_usable() and not surely:
        return False
    dispose = getattr(db, "dispose", None)     # peewee 4; before, forget the state itself
    if dispose is not None:
        dispose()
    else:
        db._state.reset()
    return True


def reconnect_when_lost(db: peewee.Database) -> None:
    """A server connection lost since its last use (the server restarted) is found out by
    the next statement. Outside a transaction that statement is sent once more on a fresh
    connection, so reading goes on by itself once the server is back; inside one, the
    transaction fails whole (``transaction`` drops the connection for the next one)."""
    plain = db.execute_sql

    def execute_sql(sql, params=None, *args, **kwargs):
        try:
            return plain(sql, params, *args, **kwargs)
        except (peewee.OperationalError, peewee.InterfaceError):
            if db.in_transaction() or not forget_lost_connection():
                raise
        return plain(sql, params, *args, **kwargs)

    db.execute_sql = execute_sql


_commits = 0   # write transactions this program committed


def _committed() -> None:
    global _commits
    _commits += 1


def write_generation() -> tuple:
    """A value that changes whenever this program changes the open database: each
    committed ``transaction()`` and, on SQLite, any write of this thread's connection.
    (Other programs' changes are heard by ``desk.store.watch``.)"""
    connection = database.connection()
    return id(database.obj), _commits, getattr(connection, "total_changes", 0)


@contextmanager
def transaction():
    """One atomic save: the one entry point for writes. Nested calls become savepoints.

    On SQLite the outermost one begins ``IMMEDIATE`` (see ``_SqliteDatabase``). A failure
    whose cleanup also failed (a savepoint SQLite already dropped after a full disk) is
    reported as the first, real error.
    """
    outermost = not database.in_transaction()   # (a savepoint leaves the depth at 1)
    if outermost:
        forget_lost_connection()
    try:
        with database.atomic() as txn:
            yield txn
            if outermost and isinstance(database.obj, peewee.PostgresqlDatabase):
                # the other desks' change watchers hear it when (and only if) this commits
                database.execute_sql("SELECT pg_notify(%s, %s)",
                                     (CHANGES_CHANNEL, PROGRAM_TOKEN))
        if database.transaction_depth() == 0:
            _committed()
    except (peewee.DatabaseError, OSError) as exc:
        if database.transaction_depth() == 0:
            forget_lost_connection()     # a server gone mid-save: the next save reconnects
        real = exc
        if ("no transaction is active" in str(exc) or "no such savepoint" in str(exc)) \
                and isinstance(exc.__context__, (peewee.DatabaseError, OSError)):
            real = exc.__context__
        mapped = store_error_for(real)
        if mapped is not None and mapped is not real:
            raise mapped from real
        if real is not exc:
            raise real from None
        raise


def in_transaction() -> bool:
    """Whether a ``transaction()`` is open on this thread's connection."""
    return database.in_transaction()


def locked(query):
    """``query`` reading rows the transaction is about to change: ``SELECT ... FOR UPDATE``
    where the engine has it (a SQLite write transaction holds the whole file already)."""
    if getattr(database.obj, "for_update", False):
        return query.for_update()
    return query


def increment(field: peewee.Field, key_field: peewee.Field, key) -> int:
    """Add one to ``field`` in the row whose ``key_field`` is ``key`` (made at 1 when there
    is none) and return the new value: one statement where the server returns rows."""
    model = field.model
    query = (model.insert({key_field: key, field: 1})
             .on_conflict(conflict_target=[key_field], update={field: field + 1}))
    if database.obj.returning_clause:
        return getattr(query.returning(field).execute()[0], field.name)
    query.execute()
    return model.select(field).where(key_field == key).scalar()


def engine_facts() -> dict[str, str]:
    """What ``desk check`` prints about the engine."""
    if is_postgresql():
        from desk.store.server.pg import server_facts

        return server_facts(database)
    if not is_sqlite():
        return {"engine": type(database.obj).__name__}
    facts = {"engine": "SQLite"}
    facts["sqlite_version"] = database.execute_sql("select sqlite_version()").fetchone()[0]
    facts["journal_mode"] = database.execute_sql("pragma journal_mode").fetchone()[0]
    sync = database.execute_sql("pragma synchronous").fetchone()[0]
    facts["synchronous"] = {0: "off", 1: "normal", 2: "full", 3: "extra"}.get(sync, str(sync))
    facts["foreign_keys"] = "on" if database.execute_sql("pragma foreign_keys").fetchone()[0] else "off"
    return facts


def integrity_check() -> str:
    if not is_sqlite():
        return "ok"
    rows = database.execute_sql("pragma integrity_check").fetchall()
    return "; ".join(str(r[0]) for r in rows)


def quick_check() -> str:
    """SQLite's quick check of the open database ("ok", or what is wrong)."""
    if not is_sqlite():
        return "ok"
    try:
        rows = database.execute_sql("pragma quick_check").fetchall()
    except peewee.DatabaseError as exc:
        return str(exc)
    return "; ".join(str(r[0]) for r in rows)


def database_path() -> Path | None:
    """The open SQLite database's file (None for a server)."""
    if not is_sqlite():
        return None
    name = database.obj.database
    return None if name in ("", ":memory:") else Path(name)


def file_is_writable(path: Path) -> bool:
    """False when the file or its folder cannot be written: the read-only attribute, a
    read-only file system, no permission (WAL mode writes beside the file as well)."""
    import os
    import stat

    try:
        if not path.stat().st_mode & stat.S_IWRITE:
            return False
        if hasattr(os, "statvfs") and os.statvfs(path).f_flag & getattr(os, "ST_RDONLY", 1):
            return False
    except OSError:
        return False
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
