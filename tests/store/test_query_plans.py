"""Every list, search, Today, review, revisit and report query has a plan that needs no
statistics: run the real service calls on a database without ``sqlite_stat1``, capture
their SQL through peewee's query log and read each plan back with EXPLAIN QUERY PLAN.

A query that reads a page of complaints (it has a LIMIT) must neither sort in a temporary
B-tree nor scan the complaint table except as the walk that serves its order; no query
scans the complaint table otherwise.
"""
from __future__ import annotations

import datetime as dt
import logging
import re

import pytest

from desk.services import reports
from desk.services.capa import repeats
from desk.services.cases import caselist, casesort, customers
from desk.services.casework import review, today
from desk.services.revisits import calls, campaign, schedule
from desk.store import plans
from desk.store.db import database

F = caselist.CaseFilter
FILTERED = dict(statuses=["new"], severities=["serious", "urgent"], category_ids=[1],
                tenant_ids=[1], received_from=dt.date(2026, 11, 16),
                received_to=dt.date(2026, 11, 22), overdue_only=True)
_ALIAS = re.compile(r'"complaint" AS "(\w+)"')


class _Capture(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.queries: list[tuple[str, tuple]] = []

    def emit(self, record):
        if isinstance(record.msg, tuple) and len(record.msg) == 2:
            self.queries.append(record.msg)


@pytest.fixture
def captured():
    logger = logging.getLogger("peewee")
    handler, level = _Capture(), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    yield handler.queries
    logger.removeHandler(handler)
    logger.setLevel(level)


def _faults(sql: str, params) -> list[str]:
    """What is wrong with the plan of one captured query (empty when it is right)."""
    aliases = _ALIAS.findall(sql)
    if not aliases or not sql.lstrip().upper().startswith("SELECT"):
        return []
    steps = plans.explain(sql, params)
    page = " LIMIT " in sql
    faults = []
    if page and any("USE TEMP B-TREE FOR ORDER BY" in s for s in steps):
        faults.append("sorts the page in a temporary B-tree")
    for alias in aliases:
        walk_order = re.search(rf'ORDER BY "{alias}"\."id"( DESC| ASC)?( LIMIT|$|\))', sql)
        walks = page and (walk_order or " ORDER BY " not in sql)
        for step in steps:
            # a page may walk the index that gives its order (no sort step: checked above)
            in_order = page and re.match(rf"SCAN {alias} USING (COVERING )?INDEX ", step)
            if re.match(rf"SCAN {alias}\b", step) and not (walks or in_order):
                faults.append(f"scans the complaint table: {step}")
    return faults


ACTIONS = {
    "list": lambda c: caselist.fetch_page(F(), clock=c),
    "list next page": lambda c: caselist.fetch_page(F(), before_id=4, clock=c),
    "list one status": lambda c: caselist.fetch_page(F(statuses=["new"]), clock=c),
    "list open": lambda c: caselist.fetch_page(F(statuses=["new", "in_progress",
                                                           "awaiting_signature"]), clock=c),
    "list overdue": lambda c: caselist.fetch_page(F(overdue_only=True), clock=c),
    "list severity and category": lambda c: caselist.fetch_page(
        F(severities=["serious"], category_ids=[1, 2]), clock=c),
    "list channel, department, tenant": lambda c: caselist.fetch_page(
        F(channel_ids=[1], department_ids=[1], tenant_ids=[1]), clock=c),
    "list dates": lambda c: caselist.fetch_page(
        F(received_from=dt.date(2026, 11, 16), received_to=dt.date(2026, 11, 22)), clock=c),
    "list with voided": lambda c: caselist.fetch_page(F(include_voided=True), clock=c),
    "list voided only": lambda c: caselist.fetch_page(F(only_voided=True), clock=c),
    **{f"list by {key}{' desc' if desc else ''}{', filtered' if filtered else ''}":
       (lambda key, desc, filtered: lambda c: caselist.fetch_page(
           F(sort=key, descending=desc, **(FILTERED if filtered else {})),
           after=caselist.fetch_page(F(sort=key, descending=desc), limit=1, clock=c)[0],
           clock=c))(key, desc, filtered)
       for key in casesort.SORTABLE for desc in (False, True) for filtered in (False, True)},
    "count": lambda c: caselist.count(F(), clock=c, cap=10000),
    "count open": lambda c: caselist.count(F(statuses=["new", "in_progress"]), clock=c,
                                           cap=10000),
    "search long": lambda c: caselist.fetch_page(F(text="态度恶劣"), clock=c),
    "search long, filtered": lambda c: caselist.fetch_page(
        F(text="态度恶劣", statuses=["new", "closed"]), clock=c),
    "search short": lambda c: caselist.fetch_page(F(text="态度"), clock=c),
    "search one character": lambda c: caselist.fetch_page(F(text="店"), clock=c),
    "search phone": lambda c: caselist.fetch_page(F(text="138 0000 0001"), clock=c),
    "search case number": lambda c: caselist.fetch_page(F(text="20261116-0001"), clock=c),
    "search next page": lambda c: caselist.fetch_page(F(text="顾客"), before_id=5, clock=c),
    "count search": lambda c: caselist.count(F(text="态度恶劣"), clock=c, cap=10000),
    "count short search": lambda c: caselist.count(F(text="态度"), clock=c, cap=10000),
    "customer history": lambda c: customers.history_for_phone("138 0000 0001"),
    "today": lambda c: today.today_view(clock=c),
    "today at a site": lambda c: today.today_view(clock=c, site_id=1),
    "daily review": lambda c: review.review_list(clock=c),
    "dashboard": lambda c: review.dashboard_tiles(clock=c),
    "revisit calls due": lambda c: calls.calls_due(clock=c),
    "repeat suggestions": lambda c: repeats.detect_repeats(c),
    "repeats tab, first suggestions": lambda c: repeats.first_repeats(c, 1),
    "revisit campaign": lambda c: campaign.campaign_rows("2026-11"),
    "schedule monthly revisits": lambda c: campaign.schedule_monthly("2026-11", clock=c),
    "schedule periodic revisits": lambda c: schedule.schedule_periodic(clock=c),
    "revisits due": lambda c: schedule.run_due(clock=c),
}


@pytest.mark.parametrize("name", sorted(ACTIONS))
def test_plan_needs_no_statistics(name, known, slip_case, clock, captured, monkeypatch):
    monkeypatch.setattr(caselist, "SHORT_QUERY_WINDOW", 2)   # reach the index path too
    slip_case(description="店员态度恶劣，顾客不满")
    assert "sqlite_stat1" not in database.get_tables()
    captured.clear()
    ACTIONS[name](clock)
    assert any(_ALIAS.search(sql) for sql, _p in captured), "no complaint query captured"
    faults = {sql: found for sql, params in captured if (found := _faults(sql, params))}
    assert not faults, faults


@pytest.mark.parametrize("kind", ["weekly", "monthly"])
def test_report_plans_need_no_statistics(kind, known, clock, captured, tmp_path):
    assert "sqlite_stat1" not in database.get_tables()
    period = reports.period_for(kind, "2026-W47" if kind == "weekly" else "2026-11")
    reports.export_report(period, tmp_path / "r.xlsx", "en", clock=clock)
    faults = {sql: found for sql, params in captured if (found := _faults(sql, params))}
    assert any(_ALIAS.search(sql) for sql, _p in captured)
    assert not faults, faults


@pytest.mark.sqlite_only(reason="SQLite's EXPLAIN QUERY PLAN")
def test_the_checker_sees_a_sorted_page_and_a_scan(known):
    """The faults the test looks for are found where they are (the checker can fail)."""
    sorted_page = ('SELECT "t1"."id" FROM "complaint" AS "t1" WHERE ("t1"."voided" = ?) '
                   'ORDER BY "t1"."phone" DESC LIMIT 100')
    assert _faults(sorted_page, (0,))
    scan = 'SELECT COUNT(*) FROM "complaint" AS "t1" WHERE ("t1"."description" LIKE ?)'
    assert _faults(scan, ("%x%",))
    walk = 'SELECT "t1"."id" FROM "complaint" AS "t1" WHERE NOT "t1"."voided" ' \
           'ORDER BY "t1"."id" DESC LIMIT 100'
    assert not _faults(walk, ())


TODAY_WALKS = {"complaint_open_due", "complaint_open_received"}


@pytest.mark.sqlite_only(reason="SQLite's EXPLAIN QUERY PLAN")
@pytest.mark.parametrize("statistics", [False, True])
def test_today_reads_each_list_in_one_walk_of_the_open_cases(statistics, known, slip_case,
                                                             clock, captured):
    """Each Today list ordered by a date reads the partial index of the open, live cases
    in that order (never an index per status, sorted, nor closed cases), on a database
    without statistics and after ANALYZE alike."""
    slip_case(description="店员态度恶劣，顾客不满")
    if statistics:
        database.execute_sql("ANALYZE")
    assert ("sqlite_stat1" in database.get_tables()) == statistics
    captured.clear()
    view = today.today_view(clock=clock)
    assert view.overdue or view.due_today or view.to_inform
    walks = []
    for sql, params in list(captured):
        if not _ALIAS.search(sql) or "ORDER BY" not in sql:
            continue
        steps = plans.explain(sql, params)
        assert not any("TEMP B-TREE" in step for step in steps), (sql, steps)
        used = {name for name in TODAY_WALKS if any(name in step for step in steps)}
        assert len(used) == 1 and len(steps) == 1, (sql, steps)
        walks.append(used.pop())
    assert walks == ["complaint_open_due", "complaint_open_due", "complaint_open_received"]


def test_the_open_statuses_are_those_of_the_indexes():
    from desk.services.common import vocab

    assert plans.OPEN_STATUS_CODES == vocab.OPEN_STATUSES
