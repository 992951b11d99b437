"""Several desks on one database: a save over another desk's change is refused (who and
when are said), and of two steps that race only one is taken."""
from __future__ import annotations

import dataclasses

import pytest

from desk.services.capa import actions as capa
from desk.services.cases.complaints import (
    create_complaint,
    get_complaint,
    input_from_record,
    set_current_promise,
    update_complaint,
)
from desk.services.casework import slips
from desk.services.casework.base import get_case, record_event, require_slip, save_slip
from desk.services.common.versions import StaleEditError, versioned_update
from desk.services.revisits import calls, schedule
from desk.store.db import transaction
from desk.store.models.capa import CorrectiveAction
from desk.store.models.cases import Complaint


def test_the_second_desk_editing_the_same_case_is_refused(store, org, make_input, clock):
    record = create_complaint(make_input(), clock=clock)
    assert record.version == 1
    # both desks open the case at version 1
    first = dataclasses.replace(input_from_record(record), room_no="1208")
    second = dataclasses.replace(input_from_record(record), description="顾客又来电话补充。")
    clock.advance(minutes=5)
    assert update_complaint(record.id, first, by_id=org["ops"], clock=clock,
                            expected_version=1) == ["room_no"]
    clock.advance(minutes=1)
    with pytest.raises(StaleEditError) as refused:
        update_complaint(record.id, second, by_id=org["clerk"], clock=clock,
                         expected_version=1)
    message = str(refused.value)
    assert "changed by 赵经理 at 2026-11-26 10:05" in message
    assert refused.value.by == "赵经理" and refused.value.version == 2
    saved = get_complaint(record.id)
    assert (saved.room_no, saved.version, saved.updated_by_id) == ("1208", 2, org["ops"])
    assert saved.description == record.description      # nothing of the second save
    # the second desk has seen the new values and saves again from version 2
    assert update_complaint(record.id, second, by_id=org["clerk"], clock=clock,
                            expected_version=2) == ["room_no", "description"]
    assert get_complaint(record.id).version == 3


def test_refusal_is_translated(store, org, make_input, clock):
    from desk import i18n

    record = create_complaint(make_input(), clock=clock)
    update_complaint(record.id, dataclasses.replace(input_from_record(record), room_no="9"),
                     by_id=org["ops"], clock=clock, expected_version=1)
    for lang in ("zh_CN", "zh_TW"):
        i18n.set_language(lang)
        with pytest.raises(StaleEditError) as refused:
            update_complaint(record.id, input_from_record(record), by_id=org["clerk"],
                             clock=clock, expected_version=1)
        assert "赵经理" in str(refused.value) and "changed by" not in str(refused.value)


def test_a_save_with_nothing_changed_keeps_the_version(store, org, make_input, clock):
    record = create_complaint(make_input(), clock=clock)
    assert update_complaint(record.id, input_from_record(record), by_id=org["clerk"],
                            clock=clock, expected_version=1) == []
    assert get_complaint(record.id).version == 1


def test_every_step_on_a_case_moves_its_version(store, org, make_input, clock):
    record = create_complaint(make_input(), clock=clock)
    slips.issue_slip(record.id, "department", clock.now().replace(day=28), by_id=org["clerk"],
                     department_id=org["dept"], clock=clock)
    after_issue = get_complaint(record.id)
    assert after_issue.version > 1 and after_issue.updated_by_id == org["clerk"]
    slips.approve_slip(record.id, org["ops"], clock=clock)
    assert get_complaint(record.id).version > after_issue.version
    assert get_complaint(record.id).updated_by_id == org["ops"]


def test_two_sign_offs_at_once_one_wins(store, org, slip_case, clock):
    case = slip_case()
    # the second desk read the slip before the first signed it off
    stale_slip = require_slip(get_case(case.id))
    slips.approve_slip(case.id, org["ops"], clock=clock)
    with pytest.raises(StaleEditError) as refused:
        save_slip(stale_slip, {"approved_at": clock.now(), "approved_by": org["clerk"]})
    assert "signed off by 赵经理 at 2026-11-26 10:00" in str(refused.value)
    assert require_slip(get_case(case.id)).approved_by_id == org["ops"]


def test_two_closes_at_once_one_wins(store, org, make_input, clock):
    record = create_complaint(make_input(), clock=clock)
    slips.answer_at_desk(record.id, "已道歉", "satisfied", by_id=org["clerk"], clock=clock)
    stale = get_case(record.id)                       # the second desk's read
    slips.close_case(record.id, by_id=org["ops"], clock=clock)
    with pytest.raises(StaleEditError) as refused, transaction():
        record_event(stale, "closed", org["clerk"], clock.now(), "", "closed")
    assert "this step was not taken" in str(refused.value)
    events = [e.kind for e in get_complaint(record.id).events]
    assert events.count("closed") == 1


def test_a_moved_promise_refuses_a_stale_case(store, org, make_input, clock):
    record = create_complaint(make_input(), clock=clock)
    stale = get_case(record.id)
    update_complaint(record.id, dataclasses.replace(input_from_record(record), room_no="7"),
                     by_id=org["ops"], clock=clock)
    with pytest.raises(StaleEditError):
        set_current_promise(stale, clock.now().replace(day=30), org["clerk"], clock.now())


def test_versioned_update_counts_rows(store, org, make_input, clock):
    record = create_complaint(make_input(), clock=clock)
    assert versioned_update(Complaint, record.id, 1, {"room_no": "1"}) == 2
    assert versioned_update(Complaint, record.id, 1, {"room_no": "2"}) == 0
    assert versioned_update(Complaint, record.id, None, {"room_no": "3"}) == 3
    assert versioned_update(Complaint, 999999, None, {"room_no": "4"}) == 0
    assert get_complaint(record.id).room_no == "3"


def test_a_stale_corrective_action_is_refused(store, org, make_input, clock):
    record = create_complaint(make_input(), clock=clock)
    capa_id = capa.open_capa(complaint_ids=[record.id], problem="反复投诉", by_id=org["ops"],
                             clock=clock)
    stale = capa.get_capa(capa_id)
    capa.update_capa(capa_id, root_cause="培训不足", clock=clock)
    with pytest.raises(StaleEditError):
        capa._save(stale, {"root_cause": "别的原因"})
    assert CorrectiveAction.get_by_id(capa_id).root_cause == "培训不足"


def test_two_desks_finishing_one_revisit(store, org, closed_case, clock):
    case = closed_case()
    revisit = case.revisits.first()
    calls.record_attempt(revisit.id, "phone", True, by_id=org["clerk"], clock=clock)
    read = schedule.get_revisit(revisit.id).version     # the other desk read the call
    calls.record_satisfied(revisit.id, 5, by_id=org["clerk"], clock=clock)
    with pytest.raises(StaleEditError):
        schedule.save_due(revisit.id, {"status": "done", "satisfaction": 1}, read)
    assert schedule.get_revisit(revisit.id).satisfaction == 5


def test_a_revisit_step_over_a_newer_version_is_refused_while_still_due(store, org,
                                                                        closed_case, clock):
    """Checked by version, not only by status: a change that left the revisit due (the
    customer reached) still makes a step read before it stale."""
    revisit = closed_case().revisits.first()
    read = schedule.get_revisit(revisit.id).version
    calls.record_attempt(revisit.id, "phone", True, by_id=org["clerk"], clock=clock)
    assert schedule.get_revisit(revisit.id).status == "due"
    with pytest.raises(StaleEditError):
        schedule.save_due(revisit.id, {"status": "cancelled", "cancel_reason": "x"}, read)
    assert schedule.get_revisit(revisit.id).status == "due"


def test_a_corrective_action_form_from_an_older_version_is_refused(store, org, make_input,
                                                                   clock):
    record = create_complaint(make_input(), clock=clock)
    capa_id = capa.open_capa(complaint_ids=[record.id], problem="反复投诉", by_id=org["ops"],
                             clock=clock)
    began = capa.get_capa(capa_id).version
    capa.update_capa(capa_id, root_cause="培训不足", clock=clock, expected_version=began)
    with pytest.raises(StaleEditError):
        capa.update_capa(capa_id, root_cause="别的原因", clock=clock, expected_version=began)
    assert CorrectiveAction.get_by_id(capa_id).root_cause == "培训不足"


def test_a_call_step_from_the_screen_names_the_version_it_showed(store, org, closed_case,
                                                                 clock):
    """The call panel passes the version of the sheet on its screen. Another desk reached
    the customer since: a cancellation from the older sheet is refused (the revisit stays
    due, with the other desk's attempt), and a step from the sheet read again is taken."""
    revisit = closed_case().revisits.first()
    on_screen = calls.call_sheet(revisit.id).version
    calls.record_attempt(revisit.id, "phone", True, "另一台接通", by_id=org["ops"],
                         clock=clock, expected_version=on_screen)
    with pytest.raises(StaleEditError):
        schedule.cancel_revisit(revisit.id, "顾客要求不再来电", by_id=org["clerk"], clock=clock,
                                expected_version=on_screen)
    sheet = calls.call_sheet(revisit.id)
    assert sheet.status == "due" and sheet.reached
    with pytest.raises(StaleEditError):
        calls.record_satisfied(revisit.id, 5, by_id=org["clerk"], clock=clock,
                               expected_version=on_screen)
    calls.record_satisfied(revisit.id, 5, words="很好", by_id=org["clerk"], clock=clock,
                           expected_version=sheet.version)
    assert schedule.get_revisit(revisit.id).words == "很好"
