"""The operations manager's daily review and the dashboard tiles, on the known data set."""
from __future__ import annotations

import datetime as dt

import pytest
from known_week import at

from desk.services.casework import review
from desk.services.casework.base import WorkflowError, active_slip
from desk.services.common.validation import ValidationError


def test_day_list_and_older_unreviewed(known, clock):
    items = review.review_list(dt.date(2026, 11, 18), clock=clock)
    today = [i for i in items if not i.older]
    older = [i for i in items if i.older]
    assert [i.case_no for i in today] == [known["C2"].case_no]        # answered at the desk
    assert today[0].route == "Answered at the desk" and today[0].status == "closed"
    # P1 (10th) is older and not reviewed; C1 (16th) was reviewed, so it is not listed
    assert [i.case_no for i in older] == [known["P1"].case_no]
    monday = review.review_list(dt.date(2026, 11, 16), clock=clock)
    c1 = next(i for i in monday if i.case_no == known["C1"].case_no)
    assert not c1.older and c1.reviewed_at == at(16, 18) and c1.comment == "请跟进"
    assert c1.reviewed_by == "赵经理" and c1.handler == "保安部 · 刘主管"
    assert c1.deadline == at(18, 11)


def test_mark_reviewed_updates_and_counts(known, org, clock):
    slip = active_slip(known["C2"].id)
    review.mark_reviewed(slip.id, org["ops"], "  退款已核实\x07 ", clock=clock)
    assert review.coverage(at(16, 0), at(23, 0)) == (4, 2)
    item = next(i for i in review.review_list(dt.date(2026, 11, 18), clock=clock)
                if i.slip_id == slip.id)
    assert item.comment == "退款已核实" and item.reviewed_at == clock.now()
    clock.advance(hours=1)
    review.mark_reviewed(slip.id, org["ops"], "", clock=clock)          # again: replaced
    assert review.coverage(at(16, 0), at(23, 0)) == (4, 2)


def test_only_sign_off_roles_review(known, org, clock):
    slip = active_slip(known["C2"].id)
    with pytest.raises(WorkflowError):
        review.mark_reviewed(slip.id, org["clerk"], clock=clock)
    with pytest.raises(WorkflowError):
        review.mark_reviewed(999999, org["ops"], clock=clock)
    with pytest.raises(ValidationError):
        review.mark_reviewed(slip.id, org["ops"], "长" * 1001, clock=clock)


def test_tiles_with_the_weeks_trend(known, clock):
    clock.moment = at(21, 12)
    tiles = {t.key: t for t in review.dashboard_tiles(clock=clock)}
    # 15th-21st at each day's end (the 21st: now). Open: P2 until the 19th; C3 from the
    # 18th, C4 from the 20th, C5 from the 21st; C1 16th-17th, C2 16th-18th.
    assert tiles["open"].trend == [1, 3, 2, 2, 1, 2, 3]
    assert tiles["overdue"].trend == [1, 1, 2, 1, 0, 1, 2]     # 21st: C3 and C4
    assert tiles["open"].value == 3 and tiles["open"].change == 2
    assert tiles["awaiting_signature"].value == 1                        # C5
    assert tiles["awaiting_signature"].trend == [0, 0, 0, 0, 0, 0, 1]
    assert tiles["due_today"].trend[-1] == 1                             # C3, due 21st 10:00

