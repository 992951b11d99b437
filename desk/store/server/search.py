"""Full-text search on PostgreSQL (the server's side of ``desk.store.search``).

A table ``complaint_search`` holds, per complaint, the searched text (case number, name,
phone digits, description, one per line) and the set of its one- and two-character
tokens (Desk's own bigrams), kept in step by a trigger. Two GIN indexes answer:

- ``pg_trgm`` (Debian's postgresql-contrib; ``CREATE EXTENSION pg_trgm``) on the text for
  queries of three or more characters (``ILIKE '%...%'``, Chinese included);
- the array of tokens for one- and two-character queries (``grams @> ARRAY['态度']``),
  which no trigram can serve; it needs no extension. Without ``pg_trgm`` a longer query
  is answered from the tokens too (every bigram of it, then ``ILIKE`` on those rows),
  and ``desk check`` says how to add the extension.
"""
from __future__ import annotations

from typing import Iterator

from desk.store.db import database
from desk.store.server.pg import has_extension, try_create_extension

TABLE = "complaint_search"
TRIGRAM_INDEX = "complaint_search_trgm"
GRAMS_INDEX = "complaint_search_grams"

#: Every character and every pair of neighbours, lower case, without white space. The
#: characters are walked once (``unnest``), not cut out one by one: ``substr`` on a long
#: Chinese text would take quadratic time.
GRAMS_FUNCTION = """
CREATE OR REPLACE FUNCTION desk_grams(t text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT g), '{}')
  FROM (SELECT ch, lead(ch) OVER (ORDER BY n) AS nxt
        FROM unnest(string_to_array(lower(t), NULL)) WITH ORDINALITY AS u(ch, n)) AS s,
       LATERAL (VALUES (s.ch), (s.ch || coalesce(s.nxt, ''))) AS v(g)
  WHERE g !~ '\\s'
$$"""

BODY = ("concat_ws(E'\\n', {row}.case_no, {row}.complainant_name, {row}.phone_digits, "
        "{row}.description)")

SYNC_FUNCTION = f"""
CREATE OR REPLACE FUNCTION complaint_search_sync() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE body text := {BODY.format(row="NEW")};
BEGIN
  INSERT INTO {TABLE} (id, body, grams) VALUES (NEW.id, body, desk_grams(body))
  ON CONFLICT (id) DO UPDATE SET body = EXCLUDED.body, grams = EXCLUDED.grams;
  RETURN NULL;
END $$"""

TRIGGERS = (
    ("complaint_search_ai", "AFTER INSERT"),
    ("complaint_search_au",
     "AFTER UPDATE OF case_no, complainant_name, phone_digits, description"),
)


def trigram_ready() -> bool:
    return has_extension(database, "pg_trgm")


def create_index() -> None:
    """The search table, its functions, triggers and indexes (idempotent). ``pg_trgm`` is
    created when this role may; without it only the token index is made."""
    database.execute_sql(
        f"CREATE TABLE IF NOT EXISTS {TABLE} (id integer PRIMARY KEY REFERENCES complaint(id) "
        "ON DELETE CASCADE, body text NOT NULL, grams text[] NOT NULL)")
    database.execute_sql(GRAMS_FUNCTION)
    database.execute_sql(SYNC_FUNCTION)
    create_triggers()
    create_gin_indexes()


def create_triggers() -> None:
    for name, when in TRIGGERS:
        database.execute_sql(f"DROP TRIGGER IF EXISTS {name} ON complaint")
        database.execute_sql(f"CREATE TRIGGER {name} {when} ON complaint FOR EACH ROW "
                             "EXECUTE FUNCTION complaint_search_sync()")


def create_gin_indexes() -> None:
    database.execute_sql(f"CREATE INDEX IF NOT EXISTS {GRAMS_INDEX} ON {TABLE} USING gin (grams)")
    if try_create_extension(database, "pg_trgm"):
        database.execute_sql(f"CREATE INDEX IF NOT EXISTS {TRIGRAM_INDEX} ON {TABLE} "
                             "USING gin (body gin_trgm_ops)")


def drop_triggers() -> None:
    for name, _when in TRIGGERS:
        database.execute_sql(f"DROP TRIGGER IF EXISTS {name} ON complaint")


def reindex_all() -> None:
    """Fill the table anew from the complaints (after a bulk load without triggers): the
    indexes are dropped first and built once at the end, much faster than row by row.
    The rows go in with ``COPY``, their tokens made here (``tokens``) from the text the
    server lowered: the same as ``desk_grams``, at a fraction of its cost."""
    from desk.store.server.bulk import copy_rows

    database.execute_sql(f"DROP INDEX IF EXISTS {GRAMS_INDEX}")
    database.execute_sql(f"DROP INDEX IF EXISTS {TRIGRAM_INDEX}")
    database.execute_sql(f"TRUNCATE {TABLE}")
    for rows in _bodies():   # read before each COPY: the connection does one at a time
        copy_rows(database, TABLE, ["id", "body", "grams"],
                  ((key, body, tokens(folded)) for key, body, folded in rows))
    create_gin_indexes()
    database.execute_sql(f"ANALYZE {TABLE}")


def _bodies(batch: int = 20_000):
    """Lists of (id, searched text, the text in lower case) of every complaint, by id."""
    last = 0
    while True:
        rows = database.execute_sql(
            f"SELECT id, b, lower(b) FROM (SELECT id, {BODY.format(row='complaint')} AS b "
            "FROM complaint WHERE id > %s ORDER BY id LIMIT %s) AS c", (last, batch)).fetchall()
        if rows:
            yield rows
        if len(rows) < batch:
            return
        last = rows[-1][0]


def tokens(folded: str) -> list[str]:
    """``desk_grams`` of a text already in lower case: every character and every pair of
    neighbours without white space. (Python's white space is a superset of the server's;
    the tokens it leaves out hold white space, which no query keeps.)"""
    found = {ch for ch in folded if not ch.isspace()}
    found.update(a + b for a, b in zip(folded, folded[1:])
                 if not a.isspace() and not b.isspace())
    return list(found)


def indexed_count() -> int:
    return database.execute_sql(f"SELECT count(*) FROM {TABLE}").fetchone()[0]


class ServerQuery(tuple):
    """The terms of a search, for ``matching_ids`` (a tuple: empty means no match)."""


def index_query(terms) -> ServerQuery:
    return ServerQuery(dict.fromkeys(t for t in terms if t))


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _bigrams(text: str) -> list[str]:
    folded = text.lower()
    return sorted({folded[i:i + 2] for i in range(len(folded) - 1)
                   if not any(ch.isspace() for ch in folded[i:i + 2])})


def _condition(terms: ServerQuery, trigram: bool) -> tuple[str, list]:
    parts, params = [], []
    for term in terms:
        if len(term) < 3:
            parts.append("grams @> ARRAY[lower(%s)]")
            params.append(term)
        elif trigram:
            parts.append("body ILIKE %s")
            params.append(_like(term))
        else:
            parts.append("(grams @> %s::text[] AND body ILIKE %s)")
            params += [_bigrams(term), _like(term)]
    return "(" + " OR ".join(parts) + ")", params


#: A query of one or two characters the planner expects in at most this many cases is
#: read whole from the token index and sorted (a fraction of a millisecond for a rare
#: name); a commoner one is walked newest first, where it fills a page soon.
RARE_ROWS = 5000


def _expected_rows(where: str, params: list) -> float:
    import json

    plan = database.execute_sql(f"EXPLAIN (FORMAT JSON) SELECT id FROM {TABLE} WHERE {where}",
                                params).fetchone()[0]
    plan = json.loads(plan) if isinstance(plan, str) else plan
    return float(plan[0]["Plan"]["Plan Rows"])


def matching_ids(query: ServerQuery, before_id: int | None = None,
                 batch: int = 500) -> Iterator[int]:
    """Ids of complaints matching ``query``, newest first, in batches.

    Walking the table newest first is the planner's choice for a short query whose token
    it has no statistics of, and it reads every row when the token is nowhere (a rare
    name, a typing slip); such a query reads its few matches from the index instead."""
    if not query:
        return
    where, params = _condition(query, trigram_ready())
    rare = any(len(t) < 3 for t in query) and _expected_rows(where, params) <= RARE_ROWS
    last = before_id
    while True:
        bound = "" if last is None else " AND id < %s"
        args = params + ([] if last is None else [last]) + [batch]
        if rare:   # materialised: the index's matches first, then newest first
            sql = (f"WITH m AS MATERIALIZED (SELECT id FROM {TABLE} WHERE {where}{bound}) "
                   "SELECT id FROM m ORDER BY id DESC LIMIT %s")
        else:
            sql = f"SELECT id FROM {TABLE} WHERE {where}{bound} ORDER BY id DESC LIMIT %s"
        ids = [row[0] for row in database.execute_sql(sql, args)]
        yield from ids
        if len(ids) < batch:
            return
        last = ids[-1]
