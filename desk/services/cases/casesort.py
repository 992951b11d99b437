"""The case list in the order of a column: pages read in the database by keyset, each row
after the last one shown, ties broken by id, never all rows sorted at once.

Two kinds of column, each walking one index and stopping when the page is full:

- ranges (case number, received, reply due, phone): ``ORDER BY column, id`` on the
  column's index (SQLite ends every index with the row id), the next page starting after
  ``(value, id)`` of the last row;
- buckets (status, severity, category, channel): a short, fixed order of values (the
  workflow, the severity ladder, the names as the list shows them), each value walked on
  its ``(column, id)`` index in id order, the next page starting at the last row's value.

Every filter condition is checked row by row on that walk (``caselist`` writes them so).
"""
from __future__ import annotations

from functools import reduce
from operator import and_

from peewee import Tuple

from desk.services.common import vocab
from desk.store.models.cases import Category, Channel, Complaint

#: The columns the list can be ordered by; any other key keeps newest first.
SORTABLE = ("case_no", "received", "status", "severity", "category", "channel", "phone",
            "deadline")

_RANGES = {
    "case_no": (Complaint.case_no, lambda row: row.case_no),
    "received": (Complaint.received_at, lambda row: row.received_at),
    "deadline": (Complaint.reply_due_at, lambda row: row.reply_due_at),
    "phone": (Complaint.phone_digits, lambda row: row.phone_digits),
}


def _labelled(model, defaults) -> list[int]:
    """Ids of categories or channels in the order of their names as shown."""
    names = [(vocab.display_name(defaults, item.code, item.name).casefold(), item.id)
             for item in model.select(model.id, model.code, model.name)]
    return [item_id for _name, item_id in sorted(names)]


def _buckets(key: str, flt) -> tuple[object, list, object]:
    """(column, its values in ascending order, the value of a row)."""
    if key == "status":
        values = [s for s in vocab.STATUSES if not flt.statuses or s in flt.statuses]
        return Complaint.status, values, lambda row: row.status
    if key == "severity":
        values = [s for s in vocab.SEVERITIES if not flt.severities or s in flt.severities]
        return Complaint.severity, values, lambda row: row.severity
    if key == "category":
        values = [c for c in _labelled(Category, vocab.DEFAULT_CATEGORIES)
                  if not flt.category_ids or c in flt.category_ids]
        return Complaint.category, values, lambda row: row.category_id
    values = [c for c in _labelled(Channel, vocab.DEFAULT_CHANNELS)
              if not flt.channel_ids or c in flt.channel_ids]
    return Complaint.channel, values, lambda row: row.channel_id


def _ordered(query, column, descending: bool):
    if descending:
        return query.order_by(column.desc(), Complaint.id.desc())
    return query.order_by(column.asc(), Complaint.id.asc())


def _range_page(key: str, flt, conds: list, select, after, limit: int) -> list:
    column, value_of = _RANGES[key]
    where = list(conds)
    if after is not None:
        mark = Tuple(column.db_value(value_of(after)), after.id)
        pair = Tuple(column, Complaint.id)
        where.append(pair < mark if flt.descending else pair > mark)
    query = select()
    if where:
        query = query.where(reduce(and_, where))
    return list(_ordered(query, column, flt.descending).limit(limit))


def _bucket_page(key: str, flt, conds: list, select, after, limit: int) -> list:
    column, values, value_of = _buckets(key, flt)
    if flt.descending:
        values = values[::-1]
    start = 0
    if after is not None:
        try:
            start = values.index(value_of(after))
        except ValueError:
            return []
    rows: list = []
    for number, value in enumerate(values[start:]):
        where = list(conds) + [column == column.db_value(value)]
        if after is not None and number == 0:
            where.append(Complaint.id < after.id if flt.descending else Complaint.id > after.id)
        query = select().where(reduce(and_, where))
        order = Complaint.id.desc() if flt.descending else Complaint.id.asc()
        rows.extend(query.order_by(order).limit(limit - len(rows)))
        if len(rows) >= limit:
            break
    return rows


def sorted_page(flt, conds: list, select, after, limit: int) -> list:
    """Up to ``limit`` rows of ``select()`` passing ``conds`` after the row ``after`` (a
    ``CaseRow``, or ``None`` for the first page) in the order of ``flt.sort``."""
    if flt.sort in _RANGES:
        return _range_page(flt.sort, flt, conds, select, after, limit)
    if flt.sort in ("status", "severity", "category", "channel"):
        return _bucket_page(flt.sort, flt, conds, select, after, limit)
    raise ValueError(f"the case list cannot be ordered by {flt.sort!r}")
