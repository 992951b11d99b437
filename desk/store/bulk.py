"""Many rows written at once through one prepared statement: rows as dicts of model values
(demo, import, copy loads), or as plain tuples with no conversion of each value (for the
tens of thousands of rows a monthly campaign writes)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from desk.store.db import database, is_sqlite


def db_values(model, values: dict) -> dict:
    """``values`` (field name -> value) as the driver takes them, each converted once by
    its field: for columns every row of a batch shares (dates, flags, defaults). On SQLite
    a date or time becomes the text the driver would have made of it, once."""
    out = {name: model._meta.fields[name].db_value(value) for name, value in values.items()}
    if is_sqlite():
        for name, value in out.items():
            if isinstance(value, dt.datetime):
                out[name] = value.isoformat(" ")
            elif isinstance(value, dt.date):
                out[name] = value.isoformat()
    return out


def insert_tuples(model, names: Sequence[str], rows: Iterable[tuple]) -> None:
    """Insert ``rows``, each a tuple of values in the order of the field ``names``, through
    one prepared statement. The values go to the driver as they are: ints, text, None, or
    values made by :func:`db_values`. Call inside a transaction."""
    fields = [model._meta.fields[name] for name in names]
    quote = database.quote
    columns = ", ".join(f"{quote[0]}{f.column_name}{quote[1]}" for f in fields)
    marks = ", ".join([database.param] * len(fields))
    table = f"{quote[0]}{model._meta.table_name}{quote[1]}"
    database.cursor().executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)


def bulk_insert(model, rows: list[dict]) -> None:
    """Insert many rows through one prepared statement (for demo and import loads), each
    value converted by its field.

    Several times faster than ``insert_many``, which builds SQL text for every row. All
    rows must have the keys of the first one. Call inside a transaction.
    """
    if not rows:
        return
    names = list(rows[0])
    fields = [model._meta.fields[name] for name in names]
    insert_tuples(model, names, [tuple(f.db_value(row[name]) for f, name in zip(fields, names))
                                 for row in rows])
