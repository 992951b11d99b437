"""The report's revisit coverage and repeat rate, the one definition of each, on a hand-made
month whose answers are known (clock: 2026-11-26 10:00)."""
from __future__ import annotations

import datetime as dt

from desk.services.capa.settings import set_repeat_settings
from desk.services.cases.complaints import create_complaint
from desk.services.casework import slips
from desk.services.reports import build_report, optional
from desk.services.reports.figures import repeat_counts
from desk.services.reports.periods import month_period
from desk.services.revisits import calls as revisit_calls
from desk.store.models.revisits import Revisit

OCTOBER, NOVEMBER = month_period(2026, 10), month_period(2026, 11)


def case(make_input, clock, received, **fields):
    return create_complaint(make_input(received_at=received, **fields), clock=clock)


def october(org, make_input, clock):
    """Three customers in October (one twice), an anonymous case without a number; the
    revisits after closing reach the customers of two of them (scores 5 and 3)."""
    made = [case(make_input, clock, dt.datetime(2026, 10, d), phone=p)
            for d, p in ((3, "13800000001"), (9, "13800000001"), (12, "13800000002"),
                         (20, "13800000003"))]
    case(make_input, clock, dt.datetime(2026, 10, 22), channel_id=org["channel_box"],
         anonymous=True, complainant_name="", phone="")
    for record in made[1:3]:
        slips.answer_at_desk(record.id, "已处理", "satisfied", by_id=org["clerk"], clock=clock)
        slips.close_case(record.id, by_id=org["clerk"], clock=clock)
    clock.advance(days=3)
    for revisit, score in zip(Revisit.select().order_by(Revisit.id), (5, 3)):
        revisit_calls.record_attempt(revisit.id, "phone", True, "", org["clerk"], clock)
        revisit_calls.record_satisfied(revisit.id, score, [], "", org["clerk"], clock)
    return made


def test_coverage_counts_the_customers_of_the_period_before(store, org, make_input, clock):
    october(org, make_input, clock)
    coverage, score, customers = optional.revisit_figures(NOVEMBER, NOVEMBER.end)
    assert (round(coverage, 4), score, customers) == (0.6667, 4.0, 3)
    # reached on 29 November: not yet reached as of the 1st
    assert optional.revisit_figures(NOVEMBER, NOVEMBER.start)[0] == 0.0
    assert optional.revisit_figures(OCTOBER, OCTOBER.end)[0] is None     # nobody in September


def test_repeat_rate_uses_the_repeat_window(store, org, make_input, clock):
    october(org, make_input, clock)
    assert repeat_counts(OCTOBER, 60) == (4, 1)
    assert repeat_counts(OCTOBER, 5) == (4, 0)                # 3 and 9 October: 6 days apart
    set_repeat_settings(customer_days=5)
    report = build_report(OCTOBER, "en", clock)
    m = {x.key: x for x in report.measures}
    assert m["repeat_rate"].current == 0.0 and m["repeat_rate"].basis == 4
    assert m["repeat_rate"].title(str) == "Repeat complaints (same phone within 5 days)"


def test_the_report_shows_the_same_coverage(store, org, make_input, clock):
    october(org, make_input, clock)
    clock.moment = dt.datetime(2026, 12, 2, 9)
    m = {x.key: x for x in build_report(NOVEMBER, "en", clock).measures}
    assert round(m["revisit_coverage"].current, 4) == 0.6667
    assert m["revisit_coverage"].basis == 3 and m["revisit_score"].current == 4.0
    assert m["repeat_rate"].current is None                   # nothing received in November
