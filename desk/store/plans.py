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
"""
from __future__ import annotations

import peewee as pw

from desk.store.db import is_sqlite


def live(model):
    """The model's rows that are not voided, as a condition no index is chosen for."""
    return ~model.voided


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
