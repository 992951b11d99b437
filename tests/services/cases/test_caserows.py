"""The small name lists of the case list are read once and kept: a first page is one
query; a change this program saves, or one heard from another desk, reads them again."""
from __future__ import annotations

import pytest
from statements import sent as statements

from desk.services.cases.caselist import CaseFilter, fetch_page
from desk.services.cases.caserows import forget_setup_names
from desk.services.cases.complaints import create_complaint
from desk.services.org import organisation


@pytest.fixture
def listed(store, org, make_input, clock):
    create_complaint(make_input(), clock=clock)
    create_complaint(make_input(tenant_id=org["tenant"], object_type="tenant"), clock=clock)
    return org


def categories_shown(clock) -> set[str]:
    return {row.category for row in fetch_page(CaseFilter(), clock=clock)}


def test_a_first_page_is_one_query_once_the_names_are_known(listed, clock):
    fetch_page(CaseFilter(), clock=clock)
    assert len(statements(lambda: fetch_page(CaseFilter(), clock=clock))) == 1
    first = fetch_page(CaseFilter(), clock=clock)
    assert {row.object for row in first} >= {"星巴克"}


def test_a_change_saved_here_is_shown_on_the_next_page(listed, clock):
    assert len(categories_shown(clock)) == 1
    organisation.save_category("服务态度（新）", category_id=listed["category"])
    assert categories_shown(clock) == {"服务态度（新）"}
    organisation.save_tenant("星巴克咖啡", "1F-101", "李经理", "13800138000", listed["site"],
                             tenant_id=listed["tenant"])
    assert "星巴克咖啡" in {row.object for row in fetch_page(CaseFilter(), clock=clock)}


def test_a_change_another_desk_made_is_read_when_heard(listed, clock, db_path, on_postgresql):
    before = categories_shown(clock)
    _rename_elsewhere(db_path, listed["category"], "别的电脑改的名字", on_postgresql)
    assert categories_shown(clock) == before     # not heard yet: the kept list
    forget_setup_names()                          # the live feed heard a change
    assert categories_shown(clock) == {"别的电脑改的名字"}


def _rename_elsewhere(db_path, category_id: int, name: str, on_postgresql: bool) -> None:
    """Another program's connection renames the category."""
    if on_postgresql:
        import psycopg

        from tests.pgtest import _connect_args

        with psycopg.connect(**_connect_args(str(db_path)), autocommit=True) as conn:
            conn.execute("UPDATE category SET name = %s WHERE id = %s", (name, category_id))
    else:
        import sqlite3

        with sqlite3.connect(db_path) as conn:
            conn.execute("UPDATE category SET name = ? WHERE id = ?", (name, category_id))
        conn.close()
