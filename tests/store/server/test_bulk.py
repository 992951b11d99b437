"""``desk copy`` into a server loads with COPY, without indexes and foreign keys, and then
makes them again: the copy has every index, key and search token a migrated database
has, and the tokens made in Python are the server's own (``desk_grams``)."""
from __future__ import annotations

import pytest

from desk.services.system.moving import copy_to
from desk.services.system.startup import open_store
from desk.store.db import close_database, database
from desk.store.server import search as pgsearch
from tests.store.test_transfer import original  # noqa: F401  (a fixture)


@pytest.fixture
def target(new_database, on_postgresql):
    if not on_postgresql:
        pytest.skip("needs a PostgreSQL server: DESK_TEST_DB=postgresql://... (.ci/run)")
    return new_database("target")


def shape() -> tuple[set, set]:
    """The indexes and foreign keys of the open server database."""
    indexes = {row for row in database.execute_sql(
        "SELECT tablename, indexname, indexdef FROM pg_indexes "
        "WHERE schemaname = current_schema()")}
    keys = {row for row in database.execute_sql(
        "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) "
        "FROM pg_constraint WHERE contype = 'f' "
        "AND connamespace = current_schema()::regnamespace")}
    return indexes, keys


def test_a_copy_has_the_indexes_keys_and_tokens_of_a_migrated_database(
        original, target, new_database, clock):  # noqa: F811
    migrated = new_database("migrated")
    open_store(migrated, backups=False, clock=clock)
    expected = shape()
    close_database()

    open_store(str(original["path"]), backups=False, clock=clock)
    copy_to(target)
    close_database()
    open_store(target, backups=False, clock=clock)
    indexes, keys = shape()
    assert indexes == expected[0]
    assert keys == expected[1]
    assert len(keys) > 20
    differing = database.execute_sql(
        f"SELECT count(*) FROM {pgsearch.TABLE} s JOIN complaint c ON c.id = s.id "
        "WHERE s.grams::text[] @> desk_grams(s.body) IS NOT TRUE "
        "OR desk_grams(s.body) @> s.grams IS NOT TRUE").fetchone()[0]
    assert differing == 0
    assert database.execute_sql(f"SELECT count(*) FROM {pgsearch.TABLE}").fetchone()[0] == \
        database.execute_sql("SELECT count(*) FROM complaint").fetchone()[0]
    analysed = database.execute_sql(
        "SELECT count(*) FROM pg_stat_user_tables WHERE relname IN ('complaint', "
        "'audit_entry') AND last_analyze IS NOT NULL").fetchone()[0]
    assert analysed == 2
    close_database()


@pytest.mark.parametrize("text", [
    "店员态度恶劣，要求道歉。", "Mixed CASE Text", "tabs\tand\nlines  double  space",
    "𠮷野家 emoji 😀 end", "ΑΣ ÉCOLE İstanbul", "a", "", "  "])
def test_tokens_made_here_are_the_servers(store, on_postgresql, text):
    if not on_postgresql:
        pytest.skip("needs a PostgreSQL server: DESK_TEST_DB=postgresql://... (.ci/run)")
    folded, server = database.execute_sql("SELECT lower(%s), desk_grams(%s)",
                                          (text, text)).fetchone()
    made = set(pgsearch.tokens(folded))
    # Python's white space is wider than the server's: only tokens holding it may differ
    assert made <= set(server)
    assert all(any(ch.isspace() for ch in t) for t in set(server) - made)
