"""Query shapes whose plan does not depend on statistics.

A new SQLite database has no ``sqlite_stat1``. Without it the planner takes any equality
on an indexed column for a few rows, so ``voided = 0`` led it to read every live case
through an index and sort them all to show a page of 100. The services therefore write
conditions the planner cannot misread:

- ``live(model)``: ``NOT voided``, which no index can serve, so a list ordered by id walks
  the primary key (or an index ending in id) and stops at the page;
- ``unindexed(column)``: on SQLite ``+column``, a value no index is chosen for (used for
  conditions that are only checked row by row while the walk follows the page order).
  Other engines keep their own statistics and get the column unchanged.
- ``open_live(model)`` with ``walk(query, model, index)``: the open, live cases through
  one of the partial indexes over them (``OPEN_INDEXES``), named with ``INDEXED BY`` on
  SQLite, which otherwise takes an index per status and sorts what it finds.
"""
from __future__ import annotations

import peewee as pw

from desk.store.db import is_sqlite


def live(model):
    """The model's rows that are not voided, as a condition no index is chosen for."""
    return ~model.voided


#: The open statuses (``vocab.OPEN_STATUSES``), as the partial indexes over the open
#: cases were made with them: changing them needs a migration that makes those again.
OPEN_STATUS_CODES = ("new", "awaiting_approval", "in_progress", "awaiting_signature")
#: Those statuses as SQL literals (a bound parameter could not show SQLite that a row is
#: in the index), and the condition of the indexes.
_OPEN_LITERALS = ", ".join(f"'{code}'" for code in OPEN_STATUS_CODES)
OPEN_CONDITION = f"status IN ({_OPEN_LITERALS}) AND NOT voided"
#: The same on PostgreSQL, written as it gives it back (``pg_get_indexdef``), so that an
#: index made again from its definition (``desk copy``) is the same text.
OPEN_CONDITION_PG = "status::text = ANY ('{{{}}}'::text[]) AND NOT voided".format(
    ",".join(OPEN_STATUS_CODES))
#: name -> the columns of a partial index over the open, live cases
OPEN_INDEXES = {"complaint_open_due": ("reply_due_at", "id"),
                "complaint_open_received": ("received_at", "id")}


def open_live(model):
    """The open, live cases, written as the condition of the ``OPEN_INDEXES``."""
    return pw.NodeList((model.status, pw.SQL(f"IN ({_OPEN_LITERALS})"))) & ~model.voided


def walk(query, model, index: str):
    """``query`` (with ``open_live(model)`` in its condition) read through ``index``, one
    of the ``OPEN_INDEXES``: on SQLite named with ``INDEXED BY``, elsewhere left to the
    planner, which keeps statistics of its own."""
    if is_sqlite():
        return query.from_(pw.NodeList((model, pw.SQL(f"INDEXED BY {index}"))))
    return query


def unindexed(column):
    """``column`` for conditions the planner must not look up in an index."""
    if is_sqlite():
        return pw.NodeList((pw.SQL("+"), column), glue="")
    return column


def explain(sql: str, params=()) -> list[str]:
    """The plan of a SELECT, one line per step (SQLite's ``EXPLAIN QUERY PLAN``; empty on
    other engines)."""
    from desk.store.db import database

    if not is_sqlite():
        return []
    return [row[-1] for row in database.execute_sql("EXPLAIN QUERY PLAN " + sql, params)]
