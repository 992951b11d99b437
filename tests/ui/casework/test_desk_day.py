"""The desk's day without stale screens or dead ends: every screen showing a case follows
its changes, the tenant slip takes what the case knows, written cases are handled as such."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desk.services.cases.complaints import create_complaint
from desk.services.casework import slips
from desk.services.org import organisation as o
from desk.ui.cases.case_model import COLUMN_KEYS, ID_ROLE
from tests.ui.settle import settle

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(clerk_window):
    return clerk_window


def cell(win, complaint_id: int, key: str) -> str:
    model = settle(win.cases).model
    for row in range(model.rowCount()):
        if model.index(row, 0).data(ID_ROLE) == complaint_id:
            return model.index(row, COLUMN_KEYS.index(key)).data()
    raise AssertionError(f"case {complaint_id} not listed")


def issue_through_window(qtbot, form, org, clock, **picks):
    panel = form.case_work
    panel.buttons["issueSlipButton"].click()
    dialog = panel.active_dialog
    for key, value in picks.items():
        dialog.fields[key].setCurrentIndex(dialog.fields[key].findData(value))
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_the_list_and_the_case_window_follow_a_slip_without_refresh(qtbot, window, org,
                                                                    make_input, clock):
    case = create_complaint(make_input(), clock=clock)
    window.cases.refresh()
    assert cell(window, case.id, "status") == "New"
    form = window.open_form(case.id)
    issue_through_window(qtbot, form, org, clock, route="department", department=org["dept"])
    qtbot.waitUntil(lambda: cell(window, case.id, "status") == "Awaiting sign-off")
    assert "Awaiting sign-off" in form.ui.caseHeader.text()
    # A second window on the same case follows a change made in the first.
    other = window.__class__.open_form(window, case.id)
    slips.approve_slip(case.id, org["ops"], clock=clock)
    from desk.ui.kit.events import case_events
    case_events().case_changed.emit(case.id)
    qtbot.waitUntil(lambda: "In progress" in other.ui.caseHeader.text())
    assert cell(window, case.id, "status") in ("In progress", "Awaiting sign-off")
    qtbot.waitUntil(lambda: cell(window, case.id, "status") == "In progress")


def test_a_department_added_in_setup_is_in_the_filter_at_once(qtbot, window):
    combo = window.cases.ui.objectFilter
    before = combo.count()
    dialog = window.open_org_setup()
    o.save_department("客房部", None)
    dialog.changed.emit()
    qtbot.waitUntil(lambda: combo.count() == before + 1)
    assert combo.findText("Department: 客房部") >= 0


def test_after_switching_language_the_rows_speak_it(qtbot, window, make_input, clock):
    case = create_complaint(make_input(), clock=clock)
    window.cases.refresh()
    assert cell(window, case.id, "category") == "Service attitude"
    window.switch_language("zh_TW")
    qtbot.waitUntil(lambda: cell(window, case.id, "category") != "Service attitude")
    assert cell(window, case.id, "category") == "服務態度"


def test_tenant_slip_takes_the_case_tenant_and_offers_setup(qtbot, window, org, make_input,
                                                            clock):
    case = create_complaint(make_input(object_type="tenant", tenant_id=org["tenant"]),
                            clock=clock)
    form = window.open_form(case.id)
    panel = form.case_work
    panel.buttons["issueSlipButton"].click()
    dialog = panel.active_dialog
    assert dialog.fields["route"].currentData() == "tenant"
    assert dialog.fields["tenant"].currentData() == org["tenant"]
    assert dialog.fields["responsible_name"].text() == "李经理"     # the manager on file
    link = dialog.findChild(QPushButton, "setupSupervisors")
    assert link.isVisible() and "floor supervisor" in dialog.notice.text()
    link.click()
    setup = dialog.setup_dialog
    assert setup.isVisible() and dialog.isVisible()      # the slip dialog stays open
    o.save_staff("楼层主管甲", "floor_supervisor")
    setup.accept()
    qtbot.waitUntil(lambda: not link.isVisible())
    assert dialog.notice.text() == ""
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert slips.active_slip(case.id).tenant_id == org["tenant"]


def test_a_letter_is_answered_in_writing_and_close_says_what_is_missing(qtbot, window, org,
                                                                       make_input, clock):
    letter = next(c.id for c in o.channels() if c.code == "letter")
    case = create_complaint(make_input(channel_id=letter), clock=clock)
    form = window.open_form(case.id)
    panel = form.case_work
    panel.buttons["answerAtDeskButton"].click()
    dialog = panel.active_dialog
    assert dialog.windowTitle() == "Answer in writing"
    assert not dialog.fields["needs_signature"].isVisible()
    dialog.fields["result"].setPlainText("已书面致歉并退款")
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    panel.buttons["closeCaseButton"].click()
    close = panel.active_dialog
    assert not close.ok_button.isEnabled()          # refused before "are you sure?"
    assert "written reply" in close.notice.text()
    close.reject()


def test_a_written_case_is_told_its_written_reply_date(qtbot, store, org, clock):
    from desk.ui.cases.complaint_widgets import new_case_html

    text = new_case_html("20261126-0001", dt.datetime(2026, 11, 28, 10), [], written=True)
    assert "written reply" in text and "tell the customer" not in text
