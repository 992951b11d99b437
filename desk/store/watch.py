"""Hearing that another program changed the database, and whether it can be reached.

A ``ChangeWatcher`` has a connection of its own (never the one the screens read through)
and is asked, from a background thread, again and again: ``poll(timeout)`` waits up to
``timeout`` seconds and says whether anything was committed meanwhile and whether the
database answered at all.

SQLite: ``PRAGMA data_version`` changes whenever another connection (another Desk on
this PC, a scheduled ``desk escalate``) commits; it costs no disk read. PostgreSQL:
``LISTEN``, and every write transaction sends ``NOTIFY`` as it commits, with the token of
the program that made it: this program's own saves are passed over (the screen that saved
shows them already). On SQLite they count as changes (``data_version`` cannot tell whose
they were): a screen then reads once more than it needs to, which is cheap.
"""
from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import peewee

from desk.store.db import CHANGES_CHANNEL, PROGRAM_TOKEN, database, sqlite_path_of


@dataclass
class Poll:
    changed: bool        # something was committed since the previous poll
    reachable: bool      # the database answered


class ChangeWatcher:
    """The engine-neutral face; see ``watcher_for``."""

    def poll(self, timeout: float) -> Poll:
        raise NotImplementedError

    def close(self) -> None:
        """Stop (from any thread); a ``poll`` under way returns soon."""

    def release(self) -> None:
        """Let go of the connection (on the polling thread, after the last poll)."""


class SqliteWatcher(ChangeWatcher):
    def __init__(self, path: Path):
        self.path = path
        self._conn: sqlite3.Connection | None = None
        self._version: int | None = None
        self._lost = False
        self._stop = threading.Event()

    def _ask(self) -> int:
        if self._conn is None:
            # read-only, never creating the file; a short wait for a lock, then try later
            where = quote(self.path.as_posix(), safe="/:")
            self._conn = sqlite3.connect(f"file:{where}?mode=ro", uri=True, timeout=0.5,
                                         check_same_thread=False)
        return self._conn.execute("pragma data_version").fetchone()[0]

    def poll(self, timeout: float) -> Poll:
        if self._stop.wait(timeout):
            return Poll(False, True)
        try:
            if not self.path.exists():     # the file went (a share unplugged, a USB stick)
                raise sqlite3.OperationalError("unable to open database file")
            version = self._ask()
        except sqlite3.Error:
            self._drop()
            self._lost = True
            return Poll(False, False)
        # the first answer after an outage counts as a change: what happened meanwhile
        changed = self._lost if self._version is None else version != self._version
        self._version, self._lost = version, False
        return Poll(changed, True)

    def _drop(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except sqlite3.Error:
                pass
        self._conn, self._version = None, None

    def close(self) -> None:
        self._stop.set()

    def release(self) -> None:
        """Close the connection (on the polling thread, after the last poll)."""
        self._drop()






class ServerWatcher(ChangeWatcher):
    """PostgreSQL: a connection of its own that ``LISTEN``s; every Desk's write transaction
    sends ``NOTIFY`` as it commits (nothing is heard of one rolled back). A lost server is
    tried again on every poll."""

    def __init__(self, name: str, params: dict):
        self.name, self.params = name, params
        self._conn = None
        self._lost = False
        self._stop = threading.Event()

    def _connect(self):
        import psycopg

        params = {k: v for k, v in self.params.items() if k not in ("prefer_psycopg3",)}
        params["connect_timeout"] = min(int(params.get("connect_timeout") or 5), 5)
        conn = psycopg.connect(dbname=self.name, autocommit=True, **params)
        conn.execute("LISTEN " + CHANGES_CHANNEL)
        return conn

    def poll(self, timeout: float) -> Poll:
        import psycopg

        if self._stop.is_set():
            return Poll(False, True)
        try:
            fresh = self._conn is None
            if fresh:
                self._conn = self._connect()
            heard, any_note = False, False
            for note in self._conn.notifies(timeout=max(timeout, 0.01), stop_after=1):
                any_note = True
                heard = heard or note.payload != PROGRAM_TOKEN
            if any_note:   # a burst of saves is one change: take the rest without waiting
                for note in self._conn.notifies(timeout=0.01):
                    heard = heard or note.payload != PROGRAM_TOKEN
        except psycopg.Error:
            self._drop()
            self._lost = True
            self._stop.wait(timeout)
            return Poll(False, False)
        changed = heard or (fresh and self._lost)
        self._lost = False
        return Poll(changed, True)

    def _drop(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except Exception:   # a connection already gone
                pass
        self._conn = None

    def close(self) -> None:
        self._stop.set()

    def release(self) -> None:
        self._drop()


def watcher_for(url: str) -> ChangeWatcher | None:
    """The watcher for the open database at ``url``; ``None`` where there is none (memory)."""
    path = sqlite_path_of(url)
    if path is not None:
        return SqliteWatcher(path)
    if isinstance(database.obj, peewee.PostgresqlDatabase):
        return ServerWatcher(database.obj.database, dict(database.obj.connect_params))
    return None
