"""The SQL statements a call sends, as the database object is asked to run them.

Tests import it as ``from statements import sent`` (tests/ is on sys.path through its
conftest.py).
"""
from __future__ import annotations

from typing import Callable

from desk.store.db import database


def sent(fn: Callable[[], object]) -> list[str]:
    """Run ``fn`` and return the SQL text of every statement it sent, in order."""
    db = database.obj
    plain, seen = db.execute_sql, []

    def counting(sql, params=None, *args, **kwargs):
        seen.append(sql)
        return plain(sql, params, *args, **kwargs)

    db.execute_sql = counting
    try:
        fn()
    finally:
        db.execute_sql = plain
    return seen
