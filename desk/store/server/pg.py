"""PostgreSQL, the shared server: the connection from a URL, the facts ``desk check``
prints, and backups with ``pg_dump`` before a migration. The rest of Desk sees only the
store's functions; nothing here is imported outside ``desk/store``."""
from __future__ import annotations

import os
import shutil
import subprocess
import urllib.parse
from pathlib import Path

import peewee

from desk.i18n import _
from desk.store.errors import StoreError

SCHEMES = ("postgresql://", "postgres://")
#: seconds before an unreachable server is given up (libpq waits for ever without it)
CONNECT_TIMEOUT = 10


def is_server_url(url: str) -> bool:
    return url.startswith(SCHEMES)


def load_driver() -> None:
    """Give peewee psycopg 3 as its own import would have: Desk imports peewee without
    the driver (``desk/__init__``), which only a server database needs."""
    if peewee.psycopg is not None:
        return
    import psycopg
    from psycopg.pq import TransactionStatus
    from psycopg.types.json import Json, Jsonb

    adapter = peewee.Psycopg3Adapter
    adapter.txn_idle = TransactionStatus.IDLE
    adapter.txn_inerror = TransactionStatus.INERROR
    adapter.txn_unknown = TransactionStatus.UNKNOWN
    peewee.TransactionStatus, peewee.Json_pg3, peewee.Jsonb_pg3 = TransactionStatus, Json, Jsonb
    peewee.psycopg = psycopg


class ServerDatabase(peewee.PostgresqlDatabase):
    """PostgreSQL through psycopg 3 (the binary wheel Desk depends on)."""

    def __init__(self, database, **kwargs):
        load_driver()
        kwargs.setdefault("prefer_psycopg3", True)
        super().__init__(database, **kwargs)


def connect_params(url: str, password: str | None = None) -> tuple[str, dict]:
    """(database name, libpq keywords) of a ``postgresql://`` URL: user, password, host
    (a name, an address or a socket folder, also as ``?host=``), port and any libpq
    keyword in the query (``sslmode=require``)."""
    from playhouse.db_url import parse

    params = parse(url, unquote_password=True, unquote_user=True)
    name = params.pop("database", "")
    if not name:
        raise StoreError(_(
            "The server address {url} names no database; add its name at the end, as in "
            "postgresql://desk@server/desk.").format(url=printable(url)))
    for key, value in list(params.items()):   # db_url reads "1"/"true" as numbers/bools
        if isinstance(value, bool):
            params[key] = "1" if value else "0"
        elif isinstance(value, (int, float)) and key != "port":
            params[key] = str(value)
    if password and not params.get("password"):
        params["password"] = password
    params.setdefault("connect_timeout", CONNECT_TIMEOUT)
    params.setdefault("application_name", "Desk")
    return name, params


def open_server(url: str, password: str | None = None) -> ServerDatabase:
    name, params = connect_params(url, password)
    return ServerDatabase(name, **params)


def server_name(db) -> str:
    """The server as a person names it: ``host:port`` (a socket folder for a local one)."""
    params = db.connect_params
    host = str(params.get("host") or "localhost")
    port = params.get("port")
    return f"{host}:{port}" if port else host


def connect_error(exc: BaseException, db) -> StoreError | None:
    """The sentence for a failed connection, naming the server, database and user."""
    from desk.store import errors

    mapped = errors.store_error_for(exc)
    server, name = server_name(db), db.database
    user = str(db.connect_params.get("user") or "")
    if isinstance(mapped, errors.MissingDatabaseError):
        return errors.MissingDatabaseError(_(
            "The database server {server} has no database named {name}; check the name, "
            "or ask your IT support to create it.").format(server=server, name=name))
    if isinstance(mapped, errors.ServerLoginError):
        return errors.ServerLoginError(_(
            "The database server {server} refused the user {user} or its password; check "
            "them in Settings > Database (or in --db), or ask your IT support.").format(
            server=server, user=user or "?"))
    if isinstance(mapped, errors.ServerUnreachableError):
        return errors.ServerUnreachableError(_(
            "Desk cannot reach the database server {server}; check the network and the "
            "server's address, or ask your IT support whether the server is running.").format(
            server=server))
    return mapped


def printable(url: str) -> str:
    """``url`` fit to print: ``postgresql://user:secret@host`` loses its password."""
    parts = urllib.parse.urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(":" + parts.password + "@", ":***@", 1)
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc))


def server_facts(db) -> dict[str, str]:
    version = db.execute_sql("SHOW server_version").fetchone()[0]
    name, user = db.execute_sql("SELECT current_database(), current_user").fetchone()
    trgm = db.execute_sql("SELECT extversion FROM pg_extension WHERE extname = 'pg_trgm'"
                          ).fetchone()
    ssl = db.execute_sql(
        "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone()
    return {"engine": "PostgreSQL", "server_version": version, "database": name,
            "user": user, "tls": "on" if ssl and ssl[0] else "off",
            "pg_trgm": trgm[0] if trgm else "missing"}


def pg_dump_program() -> str | None:
    """``pg_dump`` on PATH (PostgreSQL's client tools), or ``None``."""
    return shutil.which("pg_dump")


def dump_to(db, target: Path) -> Path:
    """A custom-format ``pg_dump`` of the open server database into ``target`` (restore it
    with ``pg_restore``); refused when ``pg_dump`` is not installed."""
    program = pg_dump_program()
    if program is None:
        raise StoreError(_(
            "Desk backs up the database before it changes its tables, and PostgreSQL's "
            "pg_dump is not installed on this PC; install PostgreSQL's client tools, or "
            "back the server up yourself and run the command again with --no-backup."))
    params = dict(db.connect_params)
    env = dict(os.environ)
    if params.get("password"):
        env["PGPASSWORD"] = str(params.pop("password"))
    params.pop("application_name", None)
    params["dbname"] = db.database
    conninfo = " ".join(f"{key}={_conninfo_value(value)}" for key, value in params.items()
                        if key not in ("prefer_psycopg3",))
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    try:
        done = subprocess.run([program, "--format=custom", f"--file={partial}",
                               f"--dbname={conninfo}"], env=env, capture_output=True,
                              text=True, timeout=3600)
    except (OSError, subprocess.SubprocessError) as exc:
        partial.unlink(missing_ok=True)
        raise StoreError(_("The backup to {folder} failed: {error}").format(
            folder=target.parent, error=exc)) from exc
    if done.returncode != 0:
        partial.unlink(missing_ok=True)
        detail = (done.stderr.strip().splitlines() or [""])[-1][:200]
        raise StoreError(_("The backup to {folder} failed: {error}").format(
            folder=target.parent, error=detail))
    partial.replace(target)
    return target


def dump_name(backup_name: str) -> str:
    """The file name of a server backup beside the SQLite ones: ``.dump`` for ``.sqlite``."""
    return backup_name.rsplit(".", 1)[0] + ".dump"


def _conninfo_value(value) -> str:
    text = str(value)
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def is_empty(db) -> bool:
    """No tables in the database's schema: a database the IT person has just made."""
    return not db.get_tables()


def has_extension(db, name: str) -> bool:
    return db.execute_sql("SELECT 1 FROM pg_extension WHERE extname = %s",
                          (name,)).fetchone() is not None


def try_create_extension(db, name: str) -> bool:
    """Create ``name`` when this role may (a trusted extension, or a superuser); ``False``
    when it is not installed on the server or not allowed. Inside a transaction: a
    savepoint keeps a refusal from spoiling it."""
    if has_extension(db, name):
        return True
    available = db.execute_sql("SELECT 1 FROM pg_available_extensions WHERE name = %s",
                               (name,)).fetchone()
    if available is None:
        return False
    try:
        with db.atomic():
            db.execute_sql(f'CREATE EXTENSION IF NOT EXISTS "{name}"')
    except peewee.DatabaseError:
        return False
    return True
