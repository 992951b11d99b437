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
    """Trim, fold white space; a query that looks like a phone number keeps only digits."""
    text = " ".join(text.split())
    if _PHONE_LIKE.match(text) and sum(ch.isdigit() for ch in text) >= 3:
        return re.sub(r"\D", "", text)
    return text


def uses_index(text: str) -> bool:
    return is_sqlite() and len(text) >= MIN_INDEXED_LENGTH


def fts_phrase(text: str) -> str:
    """One quoted FTS5 phrase; quotes doubled so user text is never query syntax."""
    return '"' + text.replace('"', '""') + '"'


def matching_ids(text: str, before_id: int | None = None, batch: int = 500) -> Iterator[int]:
    """Ids of complaints whose indexed text contains ``text``, newest first, in batches.

    Only for queries where ``uses_index`` is true.
    """
    phrase = fts_phrase(text)
    last = before_id
    while True:
        if last is None:
            sql = (f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? "
                   "ORDER BY rowid DESC LIMIT ?")
            params = (phrase, batch)
        else:
            sql = (f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? AND rowid < ? "
                   "ORDER BY rowid DESC LIMIT ?")
            params = (phrase, last, batch)
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
