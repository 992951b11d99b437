"""Hearing that another program changed the database, and whether it can be reached.

A ``ChangeWatcher`` has a connection of its own (never the one the screens read through)
and is asked, from a background thread, again and again: ``poll(timeout)`` waits up to
``timeout`` seconds and says whether anything was committed meanwhile and whether the
database answered at all.

SQLite: ``PRAGMA data_version`` changes whenever another connection (another Desk on
this PC, a scheduled ``desk escalate``) commits; it costs no disk read. Our own saves
count as changes too (the watcher's connection is not theirs): a screen refreshes once
more than it needs to, which is cheap.
"""
from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from desk.store.db import sqlite_path_of


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


def watcher_for(url: str) -> ChangeWatcher | None:
    """The watcher for the database at ``url``, or ``None`` where there is none (memory)."""
    path = sqlite_path_of(url)
    if path is not None:
        return SqliteWatcher(path)
    return None
