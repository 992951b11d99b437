"""The second store of the suite: with ``DESK_TEST_DB=postgresql://...`` every test that
asks for a database (``db_path``, ``store``, ``fresh_db``) gets a new, empty PostgreSQL
database of its own, made from a template in some 50 ms and dropped after the test.

The URL names a database on the server the tests may use (its role must be allowed to
create databases); the per-test databases are made beside it, on the same server, named
``desk_t<pid>_<n>``. ``tools/pg_test_cluster.sh`` starts such a server for CI and for a
developer's machine.
"""
from __future__ import annotations

import itertools
import os
import urllib.parse

ENV = "DESK_TEST_DB"


def server_url() -> str | None:
    """The PostgreSQL URL the suite runs against, or ``None`` (SQLite)."""
    url = os.environ.get(ENV, "").strip()
    return url if url.startswith(("postgresql://", "postgres://")) else None


def with_database(url: str, name: str) -> str:
    """``url`` with its database name replaced by ``name``."""
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit(parts._replace(path="/" + name))


def _connect_args(url: str) -> dict:
    parts = urllib.parse.urlsplit(url)
    args = dict(urllib.parse.parse_qsl(parts.query))
    if parts.hostname:
        args["host"] = parts.hostname
    if parts.port:
        args["port"] = parts.port
    if parts.username:
        args["user"] = urllib.parse.unquote(parts.username)
    if parts.password:
        args["password"] = urllib.parse.unquote(parts.password)
    args["dbname"] = parts.path.lstrip("/") or "postgres"
    return args


class Server:
    """Makes and drops the per-test databases through one admin connection."""

    def __init__(self, url: str):
        import psycopg

        self.url = url
        self.conn = psycopg.connect(**_connect_args(url), autocommit=True)
        self.prefix = f"desk_t{os.getpid()}_"
        self.template = f"{self.prefix}template"
        self.counter = itertools.count(1)
        self.migrated: str | None = None
        self._drop_stale()
        self._drop(self.template)
        self.conn.execute(f'CREATE DATABASE "{self.template}"')
        # pg_trgm (postgresql-contrib) in the template, as the IT person's database has it
        # after "CREATE EXTENSION pg_trgm"; the migration makes it when it may, too.
        import psycopg as _pg

        with _pg.connect(**_connect_args(with_database(url, self.template)),
                         autocommit=True) as tpl:
            tpl.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")

    def _drop_stale(self) -> None:
        """Drop the databases a killed run left behind (its process is gone)."""
        import re

        for (name,) in self.conn.execute(
                r"SELECT datname FROM pg_database WHERE datname LIKE 'desk\_t%'").fetchall():
            found = re.match(r"desk_t(\d+)_", name)
            if found and not _alive(int(found.group(1))):
                self._drop(name)

    def _drop(self, name: str) -> None:
        self.conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def new_database(self, template: str | None = None) -> str:
        """A new database: empty, or a copy of the database of the URL ``template`` (which
        nobody may be connected to)."""
        name = f"{self.prefix}{next(self.counter)}"
        source = urllib.parse.urlsplit(template).path.lstrip("/") if template else self.template
        self._drop(name)
        self.conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{source}"')
        return with_database(self.url, name)

    def make_migrated(self, url: str) -> None:
        """Put a database with Desk's newest schema and defaults in place of the (empty)
        one at ``url``: a copy of one migrated once per run (a migration on the server
        takes a second or more; a copy some 50 ms)."""
        if self.migrated is None:
            from desk.services.system.startup import open_store
            from desk.store.db import close_database

            made = self.new_database()
            open_store(made, backups=False)
            close_database()
            self.migrated = made
        name = urllib.parse.urlsplit(url).path.lstrip("/")
        self._drop(name)
        self.conn.execute(f'CREATE DATABASE "{name}" TEMPLATE '
                          f'"{urllib.parse.urlsplit(self.migrated).path.lstrip("/")}"')

    def drop(self, url: str) -> None:
        self._drop(urllib.parse.urlsplit(url).path.lstrip("/"))

    def close(self) -> None:
        self._drop(self.template)
        for (name,) in self.conn.execute(
                "SELECT datname FROM pg_database WHERE datname LIKE %s",
                (self.prefix.replace("_", r"\_") + "%",)).fetchall():
            self._drop(name)
        self.conn.close()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True
