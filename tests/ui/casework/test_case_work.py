"""The case-work panel: actions through their dialogs, rule refusals shown, the timeline."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desk import i18n
from desk.services.cases.complaints import create_complaint
from desk.services.casework import compensation, escalation
from desk.services.org import accounts
from desk.services.org.organisation import save_staff
from desk.ui.access import session
from desk.ui.casework.case_work import ACTIONS, CaseWorkPanel
from tests.ui.settle import Heartbeat, submit_and_wait

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def messages(monkeypatch):
    """Qt's message boxes, captured instead of shown: (kind, title, text)."""
    seen: list[tuple[str, str, str]] = []

    def capture(kind):
        def show(parent, title, text, *args, **kwargs):
            seen.append((kind, title, text))
            return QMessageBox.StandardButton.Ok
        return staticmethod(show)

    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, capture(kind))
    return seen


@pytest.fixture
def ladder(org):
    return {"supervisor": save_staff("楼层主管甲", "floor_supervisor"),
            "gm": save_staff("店总丁", "gm")}


def _panel(qtbot, case_id, operator, clock):
    session.sign_in(accounts.account(operator) if operator else None)
    panel = CaseWorkPanel(None, case_id, clock=clock)
    qtbot.addWidget(panel)
    return panel


def _button(panel, name):
    return panel.buttons[name]


def _open(panel, name):
    _button(panel, name).click()
    dialog = panel.active_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_issue_slip_through_the_dialog(qtbot, org, make_input, clock, messages):
    case = create_complaint(make_input(), clock=clock)
    panel = _panel(qtbot, case.id, org["clerk"], clock)
    assert panel.timeline.topLevelItemCount() == 1
    assert _button(panel, "issueSlipButton").isEnabled()
    assert not _button(panel, "signOffButton").isEnabled()
    assert not _button(panel, "closeCaseButton").isEnabled()
    dialog = _open(panel, "issueSlipButton")
    due = dialog.fields["agreed_reply_at"].dateTime().toPython()
    assert due == case.reply_due_at      # defaults to the promised reply time
    dialog.fields["route"].setCurrentIndex(dialog.fields["route"].findData("department"))
    picker = dialog.fields["department"]
    picker.setCurrentIndex(picker.findData(org["dept"]))
    dialog.fields["responsible_name"].setText("刘主管")
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert messages == []
    assert panel.active_dialog is None
    assert panel.timeline.topLevelItemCount() == 2
    assert panel.timeline.topLevelItem(1).text(2) == "Handling slip issued"
    assert panel.values["status"].text() == "Awaiting sign-off"
    assert "保安部" in panel.values["route"].text()
    assert panel.values["responsible"].text() == "刘主管"
    assert panel.values["changes"].text() == "0 of 2"
    assert not _button(panel, "signOffButton").isEnabled()     # not the clerk's to sign
    assert "Operations manager" in _button(panel, "signOffButton").toolTip()
    assert not _button(panel, "issueSlipButton").isEnabled()


def test_missing_department_keeps_the_dialog_open(qtbot, org, make_input, clock, messages):
    case = create_complaint(make_input(), clock=clock)
    panel = _panel(qtbot, case.id, org["clerk"], clock)
    dialog = _open(panel, "issueSlipButton")
    submit_and_wait(qtbot, dialog)
    assert messages and messages[0][0] == "warning"
    assert "department" in messages[0][2]
    assert panel.active_dialog is dialog and dialog.isVisible()
    dialog.reject()
    assert panel.active_dialog is None
    assert panel.timeline.topLevelItemCount() == 1


def test_sign_off_refuses_a_clerk(qtbot, org, slip_case, clock, messages):
    case = slip_case(due=dt.timedelta(days=1))
    panel = _panel(qtbot, case.id, org["clerk"], clock)
    button = _button(panel, "signOffButton")
    assert not button.isEnabled()
    assert button.toolTip() == ("Only these roles may sign a handling slip off: "
                                "Operations manager, Deputy GM, GM.")
    assert panel.values["status"].text() == "Awaiting sign-off"

    boss = _panel(qtbot, case.id, org["ops"], clock)
    assert button.isEnabled() and button.toolTip() == ""   # the open panel follows too
    dialog = _open(boss, "signOffButton")
    with qtbot.waitSignal(boss.changed):
        dialog.ok_button.click()
    assert boss.values["status"].text() == "In progress"
    assert "赵经理" in boss.values["route"].text()
    assert boss.buttons["recordResultButton"].isEnabled()


def test_third_date_change_reports_the_gm(qtbot, org, ladder, slip_case, clock, messages):
    case = slip_case(approve=True)
    panel = _panel(qtbot, case.id, org["clerk"], clock)
    for n in (1, 2):
        dialog = _open(panel, "changeReplyDateButton")
        assert not dialog.notice.isVisible()
        dialog.fields["reason"].setText(f"零件未到 {n}")
        dialog.fields["customer_agreed"].setChecked(True)
        with qtbot.waitSignal(panel.changed):
            dialog.ok_button.click()
        assert panel.values["changes"].text() == f"{n} of 2"
    assert messages == []
    dialog = _open(panel, "changeReplyDateButton")
    assert not dialog.notice.isHidden()
    assert "GM" in dialog.notice.text()
    dialog.fields["reason"].setText("再延期")
    submit_and_wait(qtbot, dialog)
    assert [m[0] for m in messages] == ["information"]
    assert "straight to the GM" in messages[0][2]
    assert panel.active_dialog is None
    assert panel.values["level"].text() == "GM · 店总丁"
    assert panel.values["changes"].text() == "2 of 2"
    assert not panel.buttons["escalateButton"].isEnabled()
    assert panel.timeline.topLevelItem(panel.timeline.topLevelItemCount() - 1).text(2) \
        == "Escalated"


def test_escalate_needs_a_comment(qtbot, org, ladder, slip_case, clock, messages):
    case = slip_case()
    panel = _panel(qtbot, case.id, org["clerk"], clock)
    dialog = _open(panel, "escalateButton")
    submit_and_wait(qtbot, dialog)
    assert "Say why" in messages[-1][2]
    assert dialog.isVisible()
    dialog.fields["comment"].setPlainText("媒体已报道")
    dialog.fields["to_gm"].setChecked(True)
    with qtbot.waitSignal(panel.changed):
        dialog.ok_button.click()
    assert panel.values["level"].text().startswith("GM")


def test_tenant_slip_call_result_compensation_and_close(qtbot, org, ladder, slip_case,
                                                        clock, messages):
    case = slip_case(to="tenant", approve=True)
    clock.advance(hours=25)
    panel = _panel(qtbot, case.id, org["clerk"], clock)
    assert panel.tenant_badge.property("state") == "overdue"
    assert "李经理" in panel.values["tenant_call"].text()
    dialog = _open(panel, "logTenantCallButton")
    dialog.fields["note"].setPlainText("李经理答应退款")
    with qtbot.waitSignal(panel.changed):
        dialog.ok_button.click()
    assert panel.values["tenant_call"].text().startswith("Called")

    dialog = _open(panel, "proposeCompensationButton")
    dialog.fields["kind"].setCurrentIndex(dialog.fields["kind"].findData("voucher"))
    dialog.fields["amount"].setValue(800)
    with qtbot.waitSignal(panel.changed):
        dialog.ok_button.click()
    assert messages[-1][0] == "information"      # above the clerk's limit
    assert panel.buttons["approveCompensationButton"].isEnabled()
    assert "Waits for approval" in panel.compensation.topLevelItem(0).text(2)

    dialog = _open(panel, "recordResultButton")
    dialog.fields["result"].setPlainText("商户退款并赠送代金券")
    dialog.fields["opinion"].setCurrentIndex(dialog.fields["opinion"].findData("satisfied"))
    with qtbot.waitSignal(panel.changed):
        dialog.ok_button.click()
    assert "Satisfied" in panel.values["result"].text()
    dialog = _open(panel, "closeCaseButton")
    dialog.ok_button.click()                     # refused before "are you sure?"
    assert "waits for approval" in messages[-1][2]

    boss = _panel(qtbot, case.id, org["ops"], clock)
    dialog = _open(boss, "approveCompensationButton")
    with qtbot.waitSignal(boss.changed):
        dialog.ok_button.click()
    dialog = _open(boss, "closeCaseButton")
    with qtbot.waitSignal(boss.changed):
        dialog.ok_button.click()
    assert boss.values["status"].text() == "Closed"
    assert boss.buttons["reopenCaseButton"].isEnabled()
    assert not boss.buttons["closeCaseButton"].isEnabled()
    assert compensation.for_case(case.id)[0].approved_by_id == org["ops"]


def test_answer_at_desk_then_reopen(qtbot, org, make_input, clock, messages):
    case = create_complaint(make_input(), clock=clock)
    panel = _panel(qtbot, case.id, org["clerk"], clock)
    dialog = _open(panel, "answerAtDeskButton")
    dialog.fields["result"].setPlainText("当面道歉" * 3000)    # too long: refused, kept open
    submit_and_wait(qtbot, dialog)
    assert "too long" in messages[-1][2] and dialog.isVisible()
    dialog.fields["result"].setPlainText("当面道歉\x00😀")
    submit_and_wait(qtbot, dialog)
    assert "opinion" in messages[-1][2] and dialog.isVisible()
    dialog.fields["opinion"].setCurrentIndex(dialog.fields["opinion"].findData("accepts"))
    with qtbot.waitSignal(panel.changed):
        dialog.ok_button.click()
    assert panel.values["status"].text() == "Resolved"
    assert panel.values["route"].text() == "Answered at the desk"
    dialog = _open(panel, "customerOpinionButton")
    assert dialog.fields["opinion"].currentData() == "accepts"
    dialog.fields["opinion"].setCurrentIndex(dialog.fields["opinion"].findData("not_satisfied"))
    dialog.fields["opinion_text"].setText("还是不满意")
    with qtbot.waitSignal(panel.changed):
        dialog.ok_button.click()
    assert "Not satisfied" in panel.values["result"].text()
    dialog = _open(panel, "reopenCaseButton")
    dialog.fields["reason"].setPlainText("顾客不满意")
    with qtbot.waitSignal(panel.changed):
        dialog.ok_button.click()
    assert panel.values["status"].text() == "In progress"
    assert panel.buttons["recordResultButton"].isEnabled()


def test_chinese_labels_and_every_button_named(qtbot, org, make_input, clock):
    i18n.set_language("zh_CN")
    case = create_complaint(make_input(), clock=clock)
    escalation.apply_deadline_rules(clock=clock)
    panel = _panel(qtbot, case.id, org["clerk"], clock)
    names = {b.objectName() for b in panel.buttons.values()}
    assert names == {a[0] for a in ACTIONS}
    assert {"issueSlipButton", "closeCaseButton"} <= names
    assert all(b.text() for b in panel.buttons.values())
    assert panel.values["status"].text() != "New"


def test_unknown_case_disables_everything(qtbot, store, clock):
    panel = _panel(qtbot, 9999, None, clock)
    assert not any(b.isEnabled() for b in panel.buttons.values())
    assert panel.values["status"].text() == "No such case"


@pytest.mark.sqlite_only(reason="another program holds the file's write lock")
def test_an_action_behind_the_write_lock_leaves_the_window_responsive(qtbot, org, make_input,
                                                                      clock, messages,
                                                                      other_program):
    """Logging a contact while another program (a purge batch, another desk) holds the
    write lock: the dialog is busy and the UI thread goes on; it is saved once free."""
    from desk.services.casework.base import timeline

    case = create_complaint(make_input(), clock=clock)
    panel = _panel(qtbot, case.id, org["clerk"], clock)
    dialog = _open(panel, "logContactButton")
    dialog.fields["note"].setPlainText("已回电，顾客不在")
    other_program.lock()
    heart = Heartbeat()
    dialog.ok_button.click()
    qtbot.wait(1000)
    assert heart.beats > 5 and dialog.busy and dialog.isVisible()
    assert not dialog.fields["note"].isEnabled() and dialog.ok_button.text() == "Saving..."
    dialog.reject()                              # Esc while it runs: it ends first
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.submit_ended, timeout=30_000) as ended:
        other_program.release()
    assert ended.args == [True] and messages == [] and panel.active_dialog is None
    assert [e.note for e in timeline(case.id) if e.kind == "customer_contact"] == [
        "已回电，顾客不在"]
