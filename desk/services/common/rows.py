"""Reading and writing tens of thousands of rows fast: the driver's rows without the ORM's
conversion of every value, timestamps read back from them, rows for ``bulk_insert`` with
every default filled, and Python's cyclic garbage collector paused meanwhile."""
from __future__ import annotations

import datetime as dt
import gc
from contextlib import contextmanager

from desk.store.db import database


def plain_rows(query):
    """The rows of a select as the driver gives them, streamed, without peewee's conversion
    of every value (several times faster on tens of thousands of rows). Timestamps may
    arrive as text: read them with :func:`as_datetime`; flags are 0/1."""
    return database.execute(query)


def as_datetime(value):
    """A timestamp from :func:`plain_rows`: SQLite hands back text, other engines datetimes."""
    return dt.datetime.fromisoformat(value) if isinstance(value, str) else value


def with_defaults(model, rows: list[dict]) -> list[dict]:
    """Rows for ``bulk_insert`` (which skips peewee's defaults): every column filled."""
    defaults = {}
    for f in model._meta.sorted_fields:
        if f.name != "id":
            defaults[f.name] = f.default() if callable(f.default) else f.default
    return [{**defaults, **row} for row in rows]


@contextmanager
def gc_paused():
    """Pause Python's cyclic garbage collector while tens of thousands of rows become
    objects (none of them cyclic): its repeated scans of the growing heap otherwise cost as
    much as the work itself. Restores the previous state."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
