"""Full-text search over complaints.

SQLite: an FTS5 table with the ``trigram`` tokenizer, kept in step by triggers, answers any
substring of three or more characters (Chinese included) from the index. Every indexed
value ends in two pad characters, so each occurrence of a one- or two-character string is
the start of some trigram: a short query is answered from the index too, as the OR of the
indexed trigrams that begin with it (looked up in the ``fts5vocab`` table). When a short
query begins too many trigrams (a very common character) it falls back to a scan from the
newest case, which then stops quickly.

PostgreSQL: ``desk.store.server.search`` (pg_trgm for three or more characters, Desk's own
bigram tokens for one and two). The functions here serve both engines.
"""
from __future__ import annotations

import re
from typing import Iterator

from desk.store.db import database, is_postgresql, is_sqlite
from desk.store.server import search as pgsearch

FTS_TABLE = "complaint_fts"
FTS_VOCAB = "complaint_fts_terms"
FTS_COLUMNS = ("case_no", "complainant_name", "phone", "description")
#: Appended to every indexed value (see the module docstring). Queries are trimmed, so
#: the pad never takes part in a match of three or more characters.
PAD = "  "
#: A short query that begins more indexed trigrams than this is answered by the scan.
MAX_SHORT_EXPANSION = 64


def _values(row: str) -> str:
    return ", ".join(f"{row}.{column} || '{PAD}'" for column in
                     ("case_no", "complainant_name", "phone_digits", "description"))


CREATE_FTS = [
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
    "case_no, complainant_name, phone, description, tokenize='trigram')",
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_VOCAB} USING fts5vocab({FTS_TABLE}, row)",
    f"""CREATE TRIGGER IF NOT EXISTS complaint_fts_ai AFTER INSERT ON complaint BEGIN
        INSERT INTO {FTS_TABLE}(rowid, case_no, complainant_name, phone, description)
        VALUES (new.id, {_values("new")});
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS complaint_fts_au
        AFTER UPDATE OF case_no, complainant_name, phone_digits, description ON complaint BEGIN
        DELETE FROM {FTS_TABLE} WHERE rowid = old.id;
        INSERT INTO {FTS_TABLE}(rowid, case_no, complainant_name, phone, description)
        VALUES (new.id, {_values("new")});
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
    """True when the index can answer the terms (see ``index_query``)."""
    return index_query(terms) is not None


def fts_phrase(text: str) -> str:
    """One quoted FTS5 phrase; quotes doubled so user text is never query syntax."""
    return '"' + text.replace('"', '""') + '"'


def _trigrams_starting_with(text: str) -> list[str] | None:
    """Indexed trigrams that begin with ``text`` (one or two characters), or ``None``
    when there are more than ``MAX_SHORT_EXPANSION``."""
    folded = text.lower()  # the trigram tokenizer folds case
    rows = database.execute_sql(
        f"SELECT term FROM {FTS_VOCAB} WHERE term >= ? AND term < ? LIMIT ?",
        (folded, folded + "\U0010ffff", MAX_SHORT_EXPANSION + 1)).fetchall()
    if len(rows) > MAX_SHORT_EXPANSION:
        return None
    return [row[0] for row in rows]


def index_query(terms: tuple[str, ...] | list[str]) -> str | None:
    """The FTS5 MATCH expression for rows containing any of ``terms``; ``""`` when no
    row can match; ``None`` when the index cannot answer (an engine without one, or a short
    term so common that the scan is the better way). On PostgreSQL an opaque query for
    ``matching_ids``."""
    if is_postgresql():
        return pgsearch.index_query(terms)
    if not is_sqlite():
        return None
    parts: list[str] = []
    for term in dict.fromkeys(t for t in terms if t):
        if len(term) >= MIN_INDEXED_LENGTH:
            parts.append(fts_phrase(term))
            continue
        found = _trigrams_starting_with(term)
        if found is None:
            return None
        parts.extend(fts_phrase(t) for t in found)
    return " OR ".join(dict.fromkeys(parts))


def matching_ids(query: str, before_id: int | None = None,
                 batch: int = 500) -> Iterator[int]:
    """Ids of complaints matching ``query`` (from ``index_query``), newest first, read
    from the index in batches."""
    if not query:
        return
    if is_postgresql():
        yield from pgsearch.matching_ids(query, before_id, batch)
        return
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
    if is_postgresql():
        pgsearch.reindex_all()
        return
    if not is_sqlite():
        return
    database.execute_sql(f"DELETE FROM {FTS_TABLE}")
    database.execute_sql(
        f"INSERT INTO {FTS_TABLE}(rowid, case_no, complainant_name, phone, description) "
        f"SELECT id, {_values('complaint')} FROM complaint")


def rebuild_index() -> None:
    """Migration: a new index and triggers (for a change in what is indexed)."""
    if is_sqlite():
        drop_triggers()
        database.execute_sql(f"DROP TABLE IF EXISTS {FTS_VOCAB}")
        database.execute_sql(f"DROP TABLE IF EXISTS {FTS_TABLE}")
        create_index()
        reindex_all()


def drop_triggers() -> None:
    """For bulk loads: stop indexing row by row. Call ``create_index`` and ``reindex_all``."""
    if is_postgresql():
        pgsearch.drop_triggers()
    if is_sqlite():
        for name in ("complaint_fts_ai", "complaint_fts_au", "complaint_fts_ad"):
            database.execute_sql(f"DROP TRIGGER IF EXISTS {name}")


def create_index() -> None:
    if is_postgresql():
        pgsearch.create_index()
    if is_sqlite():
        for statement in CREATE_FTS:
            database.execute_sql(statement)


def indexed_count() -> int:
    """How many complaints the search index holds."""
    if is_postgresql():
        return pgsearch.indexed_count()
    return database.execute_sql(f"SELECT count(*) FROM {FTS_TABLE}").fetchone()[0]


def server_search_ready() -> bool | None:
    """On PostgreSQL: whether pg_trgm serves queries of three or more characters (its
    index made now if the extension has come since; ``None`` on SQLite, whose index is
    built in)."""
    if not is_postgresql():
        return None
    from desk.store.db import transaction

    with transaction():
        if pgsearch.TABLE in database.get_tables():
            pgsearch.create_gin_indexes()
        else:   # a database whose tables came from elsewhere: its index made and filled
            pgsearch.create_index()
            pgsearch.reindex_all()
    return pgsearch.trigram_ready()
