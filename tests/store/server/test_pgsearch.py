"""Search on PostgreSQL: pg_trgm's GIN index answers three or more characters, Desk's own
token index one and two (Chinese included), the results are those of a full scan, and a
server without pg_trgm still finds everything and ``desk check`` says what to do."""
from __future__ import annotations

import pytest

from desk.services.cases.caselist import CaseFilter, fetch_page
from desk.services.system.demo import fill_demo
from desk.store import search
from desk.store.db import database
from desk.store.models.cases import Complaint
from desk.store.server import search as pgsearch


@pytest.fixture
def server(store, on_postgresql, clock):
    if not on_postgresql:
        pytest.skip("needs a PostgreSQL server: DESK_TEST_DB=postgresql://... (.ci/run)")
    fill_demo(600, seed=11, clock=clock)
    database.execute_sql("ANALYZE")
    return store


def plan(sql: str, params) -> str:
    database.execute_sql("SET enable_seqscan = off")
    try:
        return "\n".join(r[0] for r in database.execute_sql("EXPLAIN " + sql, params))
    finally:
        database.execute_sql("SET enable_seqscan = on")


def scan(text: str) -> list[int]:
    folded = text.lower()
    return sorted((c.id for c in Complaint.select() if folded in "\n".join(
        (c.case_no, c.complainant_name, c.phone_digits, c.description)).lower()),
        reverse=True)


def test_the_indexes_serve_long_and_short_queries(server):
    long_plan = plan(f"SELECT id FROM {pgsearch.TABLE} WHERE body ILIKE %s", ["%态度恶%"])
    assert pgsearch.TRIGRAM_INDEX in long_plan
    short_plan = plan(f"SELECT id FROM {pgsearch.TABLE} WHERE grams @> ARRAY[%s]", ["态度"])
    assert pgsearch.GRAMS_INDEX in short_plan


@pytest.mark.parametrize("rare_rows", [0, pgsearch.RARE_ROWS])
@pytest.mark.parametrize("text", ["态度恶劣", "态度", "梯", "停车场", "1380", "13", "Zz", "龘"])
def test_the_index_finds_what_a_scan_finds(server, text, rare_rows, monkeypatch):
    """Both ways of a short query: newest first, and the rare one's matches read whole
    from the index (what the planner expects decides; here both are made to run)."""
    monkeypatch.setattr(pgsearch, "RARE_ROWS", rare_rows)
    query = search.index_query((text,))
    assert list(search.matching_ids(query, batch=37)) == scan(text)


def test_a_case_saved_or_changed_is_found_at_once(server, clock):
    from desk.services.cases.complaints import create_complaint, input_from_record, update_complaint
    from tests.store.test_transfer import make_input

    case = create_complaint(make_input(description="橱窗玻璃裂了"), clock=clock)
    assert [r.id for r in fetch_page(CaseFilter(text="橱窗"), clock=clock)] == [case.id]
    edited = input_from_record(Complaint.get_by_id(case.id))
    edited.description = "试衣间灯坏了"
    update_complaint(case.id, edited, None, clock=clock)
    assert fetch_page(CaseFilter(text="橱窗"), clock=clock) == []
    assert [r.id for r in fetch_page(CaseFilter(text="灯坏"), clock=clock)] == [case.id]


def test_without_pg_trgm_search_still_works_and_check_says_why(server, pg_server, clock):
    """A role that may not create extensions, on a database without pg_trgm."""
    from desk.services.system.health import check_report
    from desk.services.system.startup import open_store
    from desk.store.db import close_database
    from tests.pgtest import with_database

    admin = pg_server.conn
    name = f"{pg_server.prefix}plain"
    admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
    admin.execute("DO $$ BEGIN CREATE ROLE desk_plain LOGIN; "
                  "EXCEPTION WHEN duplicate_object THEN NULL; END $$")
    import psycopg

    from tests.pgtest import _connect_args

    url = with_database(pg_server.url, name)
    with psycopg.connect(**_connect_args(url), autocommit=True) as conn:
        conn.execute("GRANT CREATE, USAGE ON SCHEMA public TO desk_plain")
    plain = url.replace("postgres@", "desk_plain@", 1)
    close_database()
    try:
        open_store(plain, backups=False, clock=clock)
        assert not pgsearch.trigram_ready()
        fill_demo(200, seed=3, clock=clock)
        for text in ("态度恶劣", "停车场", "态度", "梯"):
            assert list(search.matching_ids(search.index_query((text,)))) == scan(text)
        report = check_report()
        assert ("pg_trgm", "missing") in report.facts
        assert any("CREATE EXTENSION pg_trgm" in p for p in report.problems)
    finally:
        close_database()
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_check_makes_a_missing_index_and_fills_it(server):
    from desk.services.system.health import check_report

    database.execute_sql(f"DROP TABLE {pgsearch.TABLE}")
    check_report()
    assert search.indexed_count() == Complaint.select().count()
    assert list(search.matching_ids(search.index_query(("停车场",)))) == scan("停车场")
