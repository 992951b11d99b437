"""The figures of the weekly report against counts worked out by hand (conftest.EXPECTED).

Week 47: received C1-C5 (C6 void, C7 is week 48). Closed: C1 (on time), C2 (late: due
17th 14:00, closed 18th), P2 (late). Open at Sunday midnight: C3, C4, C5; overdue: C3 (due
21st), C4 (urgent, due 20th 22:00). First responses: C1 1 h (call), C2 48 h, C5 1 h.
Resolutions: C1 24 h, C2 48 h, P2 168 h. Opinions of the closed: satisfied, not satisfied,
satisfied. Repeats: C1 and C5 (phone A) of C1, C2, C3, C5 (C4 has no phone).
Compensation approved: 100 + 300 (1000 waits). Slips issued: C1, C2, P2, C5; reviewed: C1.
"""
from __future__ import annotations

import datetime as dt

import pytest
from known_week import EXPECTED, at

from desk.services import reports
from desk.services.reports import figures
from desk.services.reports.build import build_report


def _report(clock, lang="en", key="2026-W47"):
    return build_report(reports.parse_week(key), lang, clock)


def test_summary_measures_match_the_hand_count(known, clock):
    report = _report(clock)
    got = {m.key: (m.current, m.previous) for m in report.measures}
    for key, (current, previous) in EXPECTED.items():
        assert got[key][0] == pytest.approx(current), key
        assert got[key][1] == pytest.approx(previous), key
    assert report.period_key == "2026-W47" and report.previous_key == "2026-W46"
    assert report.as_of == dt.datetime(2026, 11, 23)
    revisit = {m.key: m for m in report.measures}["revisit_coverage"]
    assert revisit.current is None or 0 <= revisit.current <= 1


def test_without_revisit_tables_the_sections_say_no_data_yet(known, clock):
    from desk.store.db import database
    from desk.store.models.capa import CAPA_MODELS
    from desk.store.models.revisits import REVISIT_MODELS

    database.drop_tables(REVISIT_MODELS + CAPA_MODELS)
    report = _report(clock)
    m = {x.key: x for x in report.measures}
    assert m["revisit_coverage"].current is None
    assert m["revisit_coverage"].note == "No data yet"
    tables = {t.key: t for t in report.tables}
    assert tables["revisits"].empty_note.startswith("No data yet")
    assert tables["capa"].empty_note.startswith("No data yet")
    assert m["received"].current == 5


def test_change_and_ratio(known, clock):
    m = {m.key: m for m in _report(clock).measures}
    assert m["received"].change == 3 and m["received"].change_ratio == pytest.approx(1.5)
    assert m["on_time"].change == pytest.approx(1 / 3 - 1)
    assert m["on_time"].change_ratio is None          # shares change in points
    assert m["compensation"].change_ratio is None     # from nothing: no ratio


def test_breakdowns(known, clock):
    tables = {t.key: t for t in _report(clock).tables}
    by_cat = {r[0]: r for r in tables["category"].rows}
    assert by_cat["Service attitude"][1:4] == (2, pytest.approx(0.4), 1)
    assert by_cat["Service attitude"][4:] == (1, 1.0, pytest.approx(24.0))
    assert by_cat["Price dispute"][1:] == (1, pytest.approx(0.2), 1, 0, 0.0,
                                           pytest.approx(48.0))
    assert by_cat["Logistics / delivery"][1] == 0 and by_cat["Logistics / delivery"][3] == 1
    assert by_cat["Safety"][1] == 0                    # configured, no case: still listed
    assert tables["category"].total[1:4] == (5, 1.0, 3)
    by_chan = {r[0]: r[1] for r in tables["channel"].rows}
    assert by_chan["Phone"] == 3 and by_chan["In person"] == 1
    assert by_chan["Suggestion box"] == 1
    by_sev = {r[0]: r[1] for r in tables["severity"].rows}
    assert by_sev == {"Ordinary": 3, "Serious": 1, "Urgent (safety risk)": 1}
    objects = {(r[0], r[1]): r[2] for r in tables["object"].rows}
    assert objects[("Department", "保安部")] == 1
    assert objects[("Tenant", "星巴克")] == 1
    assert objects[("Other", "Product, service or other")] == 3


def test_daily_trend(known, clock):
    trend = {t.key: t for t in _report(clock).tables}["trend"]
    rows = list(trend.rows)
    assert [r[0] for r in rows] == [dt.date(2026, 11, d) for d in range(16, 23)]
    assert [r[1] for r in rows] == [2, 0, 1, 0, 1, 1, 0]
    assert [r[2] for r in rows] == [0, 1, 1, 1, 0, 0, 0]
    assert [r[3] for r in rows] == [3, 2, 2, 1, 2, 3, 3]
    assert trend.total[1:3] == (5, 3)


def test_overdue_and_case_rows(known, clock):
    tables = {t.key: t for t in _report(clock).tables}
    overdue = list(tables["overdue"].rows)
    assert [r[0] for r in overdue] == [known["C4"].case_no, known["C3"].case_no]
    assert overdue[0][3] == pytest.approx(50.0)     # due 20th 22:00, as of 23rd 00:00
    cases = list(tables["cases"].rows)
    assert [r[0] for r in cases] == [known[k].case_no for k in ("C1", "C2", "C3", "C4", "C5")]
    c1 = cases[0]
    assert c1[1] == at(16, 9) and c1[11] == at(16, 10) and c1[12] == pytest.approx(1.0)
    assert c1[13] == at(17, 10) and c1[14] == pytest.approx(24.0) and c1[15] == "Yes"
    assert c1[16] == "Satisfied" and float(c1[17]) == 100.0
    assert cases[1][15] == "No" and float(cases[1][17]) == 300.0
    assert cases[3][6] == "—"                          # anonymous
    comp = list(tables["compensation"].rows)
    assert [float(r[3]) for r in comp] == [100.0, 300.0, 1000.0]
    assert comp[2][4].startswith("Waiting for approval")
    assert float(tables["compensation"].total[3]) == 400.0


def test_previous_period_and_month(known, clock):
    month = build_report(reports.parse_month("2026-11"), "en", clock)
    m = {x.key: x for x in month.measures}
    assert m["received"].current == 8          # P1, P2, C1-C5, C7 (C6 void)
    assert m["closed"].current == 4
    assert m["received"].previous == 0 and month.previous_key == "2026-10"
    assert month.as_of == clock.now()          # November is still running


def test_open_counts_at_any_moment(known):
    assert figures.open_counts(at(16, 0)) == (1, 1)        # P2, overdue since the 13th
    assert figures.open_counts(at(19, 9, 30)) == (2, 1)    # P2 (answered, not closed), C3


def test_figures_in_chinese(known, clock):
    report = _report(clock, "zh_CN")
    by_cat = [r[0] for r in {t.key: t for t in report.tables}["category"].rows]
    assert "服务态度" in by_cat


def test_empty_database_period(store, clock):
    report = _report(clock, key="2020-W01")
    m = {x.key: x for x in report.measures}
    assert m["received"].current == 0 and m["on_time"].current is None
    assert m["resolution_median"].current is None
    assert all(list(t.rows) == [] for t in report.tables if t.key in ("cases", "cases_all", "overdue"))
