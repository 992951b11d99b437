"""The case list ordered by a column: every page continues the order of the one before,
ties by id, the same rows as the unsorted list, with the filters still applied."""
from __future__ import annotations

import pytest

from desk.services.cases import caselist, casesort
from desk.services.cases.caselist import CaseFilter
from desk.services.common import vocab
from desk.services.system.demo import fill_demo


@pytest.fixture
def demo(store, clock):
    fill_demo(300, seed=5, clock=clock)
    return store


def walk(flt: CaseFilter, clock, limit: int = 23) -> list[caselist.CaseRow]:
    rows: list[caselist.CaseRow] = []
    while True:
        page = caselist.fetch_page(flt, after=rows[-1] if rows else None, limit=limit,
                                   clock=clock)
        rows += page
        if len(page) < limit:
            return rows


def key_of(column: str):
    severity = list(vocab.SEVERITIES)
    status = list(vocab.STATUSES)
    return {
        "case_no": lambda r: r.case_no, "received": lambda r: r.received_at,
        "deadline": lambda r: r.reply_due_at, "phone": lambda r: r.phone_digits,
        "status": lambda r: status.index(r.status),
        "severity": lambda r: severity.index(r.severity),
        "category": lambda r: r.category.casefold(),
        "channel": lambda r: r.channel.casefold(),
    }[column]


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("column", casesort.SORTABLE)
def test_pages_follow_the_column_with_ties_by_id(column, descending, demo, clock):
    rows = walk(CaseFilter(sort=column, descending=descending), clock)
    everything = walk(CaseFilter(), clock)
    assert sorted(r.id for r in rows) == sorted(r.id for r in everything)   # none lost, none twice
    key = key_of(column)
    expected = sorted(rows, key=lambda r: (key(r), r.id), reverse=descending)
    assert [r.id for r in rows] == [r.id for r in expected]


@pytest.mark.parametrize("column", ["deadline", "severity", "status"])
def test_filters_hold_in_a_sorted_list(column, demo, clock):
    flt = CaseFilter(statuses=["closed"], severities=["serious"])
    plain = {r.id for r in walk(flt, clock)}
    assert plain
    flt.sort = column
    rows = walk(flt, clock, limit=7)
    assert {r.id for r in rows} == plain


def test_a_search_lists_its_finds_newest_first(demo, clock):
    flt = CaseFilter(text="顾客", sort="severity", descending=True)
    assert not caselist.sort_applies(flt)
    ids = [r.id for r in caselist.fetch_page(flt, clock=clock)]
    assert ids == sorted(ids, reverse=True)


def test_an_unknown_column_is_refused(demo, clock):
    with pytest.raises(ValueError):
        caselist.fetch_page(CaseFilter(sort="summary"), clock=clock)
