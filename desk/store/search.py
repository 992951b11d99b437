"""Full-text search over complaints.

SQLite: an FTS5 table with the ``trigram`` tokenizer, kept in step by triggers, answers any
substring of three or more characters (Chinese included) from the index. Shorter queries
fall back to a scan from the newest case that stops as soon as a page is full. Other
engines use the fallback for every query until they get an index of their own.
"""
from __future__ import annotations

import re
from typing import Iterator

from desk.store.db import database, is_sqlite

FTS_TABLE = "complaint_fts"
FTS_COLUMNS = ("case_no", "complainant_name", "phone", "description")

CREATE_FTS = [
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
    "case_no, complainant_name, phone, description, tokenize='trigram')",
    f"""CREATE TRIGGER IF NOT EXISTS complaint_fts_ai AFTER INSERT ON complaint BEGIN
        INSERT INTO {FTS_TABLE}(rowid, case_no, complainant_name, phone, description)
        VALUES (new.id, new.case_no, new.complainant_name, new.phone_digits, new.description);
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS complaint_fts_au
        AFTER UPDATE OF case_no, complainant_name, phone_digits, description ON complaint BEGIN
        DELETE FROM {FTS_TABLE} WHERE rowid = old.id;
        INSERT INTO {FTS_TABLE}(rowid, case_no, complainant_name, phone, description)
        VALUES (new.id, new.case_no, new.complainant_name, new.phone_digits, new.description);
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS complaint_fts_ad AFTER DELETE ON complaint BEGIN
        DELETE FROM {FTS_TABLE} WHERE rowid = old.id;
    END""",
]

MIN_INDEXED_LENGTH = 3
_PHONE_LIKE = re.compile(r"^[\d\s\-+()]+$")


def normalise_query(text: str) -> str:
    """Trim and fold white space. The text itself is kept: ``20261126-0001`` is a case
    number, not a phone number (see ``looks_like_phone`` for the digits view)."""
    return " ".join(text.split())


def looks_like_phone(text: str) -> bool:
    """Digits with phone punctuation only (``138 1234 5678``, ``+86-21-1234 5678``)."""
    return bool(_PHONE_LIKE.match(text)) and any(ch.isdigit() for ch in text)


def uses_index(*terms: str) -> bool:
    """True when every term is long enough for the trigram index."""
    return is_sqlite() and any(terms) and all(
        len(t) >= MIN_INDEXED_LENGTH for t in terms if t)


def fts_phrase(text: str) -> str:
    """One quoted FTS5 phrase; quotes doubled so user text is never query syntax."""
    return '"' + text.replace('"', '""') + '"'


def fts_query(terms: str | tuple[str, ...] | list[str]) -> str:
    """Phrases joined with OR: a row matches when it contains any of the terms."""
    if isinstance(terms, str):
        terms = (terms,)
    return " OR ".join(fts_phrase(t) for t in dict.fromkeys(terms) if t)


def matching_ids(terms: str | tuple[str, ...] | list[str], before_id: int | None = None,
                 batch: int = 500) -> Iterator[int]:
    """Ids of complaints whose indexed text contains any of ``terms``, newest first,
    in batches. Only for terms where ``uses_index`` is true.
    """
    query = fts_query(terms)
    last = before_id
    while True:
        if last is None:
            sql = (f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? "
                   "ORDER BY rowid DESC LIMIT ?")
            params = (query, batch)
        else:
            sql = (f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? AND rowid < ? "
                   "ORDER BY rowid DESC LIMIT ?")
            params = (query, last, batch)
        ids = [row[0] for row in database.execute_sql(sql, params)]
        yield from ids
        if len(ids) < batch:
            return
        last = ids[-1]


def reindex_all() -> None:
    """Rebuild the index from the complaint table (after a bulk load without triggers)."""
    if not is_sqlite():
        return
    database.execute_sql(f"DELETE FROM {FTS_TABLE}")
    database.execute_sql(
        f"INSERT INTO {FTS_TABLE}(rowid, case_no, complainant_name, phone, description) "
        "SELECT id, case_no, complainant_name, phone_digits, description FROM complaint")


def drop_triggers() -> None:
    """For bulk loads: stop indexing row by row. Call ``create_index`` and ``reindex_all``."""
    if is_sqlite():
        for name in ("complaint_fts_ai", "complaint_fts_au", "complaint_fts_ad"):
            database.execute_sql(f"DROP TRIGGER IF EXISTS {name}")


def create_index() -> None:
    if is_sqlite():
        for statement in CREATE_FTS:
            database.execute_sql(statement)
