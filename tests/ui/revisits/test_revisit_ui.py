"""The revisit workbench, the corrective-action form and the repeats view, with real
widgets on a real database; the keyboard drives the calls."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desk import i18n
from desk.services.cases.complaints import create_complaint, void_complaint
from desk.services.org.organisation import save_staff
from desk.services.revisits import calls as revisit_calls
from desk.store.models.capa import CorrectiveAction
from desk.store.models.cases import Complaint
from desk.store.models.revisits import Revisit
from desk.ui.capa.capa_form import CapaForm
from desk.ui.capa.repeats_view import RepeatsView
from desk.ui.revisits.revisit_workbench import RevisitWorkbench
from tests.ui.settle import Heartbeat, step_and_wait, submit_and_wait

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def reach_and_score(qtbot, panel, score: int, words: str) -> None:
    """Log an attempt that reached the customer, then give their score and words."""
    panel.reached.setChecked(True)
    step_and_wait(qtbot, panel, panel.log_button.click)
    panel.scores.button(score).setChecked(True)
    panel.words.setPlainText(words)


@pytest.fixture
def bench(sign_in_as, qtbot, org, closed_case, clock):
    cases = [closed_case(answer="店长当面道歉", complainant_name=n, phone=p)
             for n, p in (("张伟", "13812345678"), ("李娜", "13900001111"))]
    clock.advance(days=3)
    sign_in_as(org["clerk"])
    widget = RevisitWorkbench(None, clock, auto_schedule=False)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitUntil(lambda: not widget.loader.busy)     # the list is read on a worker
    return widget, cases


def test_keyboard_call_to_satisfied(qtbot, bench, org):
    widget, cases = bench
    assert widget.objectName() == "revisitWorkbench"
    assert widget.list.topLevelItemCount() == 2
    assert "(2)" in widget.heading.text()
    panel = widget.panel
    assert "张伟" in panel.customer.text() and cases[0].case_no in panel.cases.text()
    assert "138 1234 5678" in panel.customer.text()    # the desk calls: the whole number
    assert "店长当面道歉" in panel.cases.text() and "1." in panel.script.text()
    assert not panel.result_box.isEnabled()
    widget.list.setFocus()
    qtbot.keyClick(widget.list, Qt.Key.Key_Return)
    assert panel.method.hasFocus()
    qtbot.keyClick(panel.method, Qt.Key.Key_Tab)
    assert panel.reached.hasFocus()
    qtbot.keyClick(panel.reached, Qt.Key.Key_Space)
    qtbot.keyClick(panel.reached, Qt.Key.Key_Tab)
    qtbot.keyClicks(panel.attempt_note, "ok")
    step_and_wait(qtbot, panel, lambda: qtbot.keyClick(panel.attempt_note, Qt.Key.Key_Return))
    assert panel.result_box.isEnabled()
    assert panel.scores.button(5).hasFocus()
    qtbot.keyClick(panel.scores.button(5), Qt.Key.Key_Space)
    qtbot.keyClick(panel.scores.button(5), Qt.Key.Key_Left)
    assert panel.scores.checkedId() == 4
    panel.reason_boxes["fast"].setFocus()
    qtbot.keyClick(panel.reason_boxes["fast"], Qt.Key.Key_Space)
    panel.words.setFocus()
    qtbot.keyClicks(panel.words, "fine")
    panel.satisfied_button.setFocus()
    step_and_wait(qtbot, panel, lambda: qtbot.keyClick(panel.satisfied_button,
                                                       Qt.Key.Key_Space))
    done = Revisit.get(Revisit.complaint == cases[0].id)
    assert (done.status, done.satisfaction, done.reasons, done.words) == ("done", 4, "fast",
                                                                          "fine")
    qtbot.waitUntil(lambda: widget.list.topLevelItemCount() == 1)   # it left the list
    assert "李娜" in panel.customer.text()                      # the next call is shown
    assert "satisfied" in panel.message.text()


def test_three_attempts_then_unreachable(qtbot, bench):
    widget, _cases = bench
    panel = widget.panel
    for _ in range(3):
        step_and_wait(qtbot, panel, panel.log_button.click)
    assert "unreachable" in panel.message.text()
    qtbot.waitUntil(lambda: widget.list.topLevelItemCount() == 1)
    assert "unreachable" in panel.message.text()       # kept while the list is read again


def test_not_satisfied_reopens_in_one_click(qtbot, bench):
    widget, cases = bench
    panel = widget.panel
    reach_and_score(qtbot, panel, 2, "还是没解决")
    with qtbot.waitSignal(widget.caseReopened) as reopened:
        panel.reopen_button.click()
    assert reopened.args == [cases[0].id]
    assert Complaint.get_by_id(cases[0].id).status == "in_progress"


def test_new_complaint_through_the_intake_form(qtbot, bench, org, monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    widget, cases = bench
    panel = widget.panel
    panel.reached.setChecked(True)
    step_and_wait(qtbot, panel, panel.log_button.click)
    panel.words.setPlainText("又出问题了")
    panel.new_button.click()
    dialog = panel.active_dialog
    assert dialog is not None
    with qtbot.waitSignal(widget.newComplaintSaved) as saved:
        assert dialog.save()
    new = Complaint.get_by_id(saved.args[0])
    assert new.phone_digits == "13812345678" and "又出问题了" in new.description
    revisit = Revisit.get(Revisit.complaint == cases[0].id)
    assert (revisit.outcome, revisit.linked_case_id) == ("new_complaint", new.id)


def test_voided_case_is_explained_and_can_be_cancelled(sign_in_as, qtbot, org, closed_case, clock):
    case = closed_case()
    void_complaint(case.id, "重复登记", org["ops"], clock=clock)
    clock.advance(days=3)
    sign_in_as(org["clerk"])
    widget = RevisitWorkbench(None, clock, auto_schedule=False)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: not widget.loader.busy)
    panel = widget.panel
    revisit_id = panel.sheet.id
    assert "重复登记" in panel.problem.text() and not panel.problem.isHidden()
    assert not panel.log_button.isEnabled() and not panel.result_box.isEnabled()
    panel.cancel_button.click()
    dialog = panel.active_dialog
    dialog.fields["reason"].setText("案件已作废")
    submit_and_wait(qtbot, dialog)
    assert Revisit.get_by_id(revisit_id).status == "cancelled"
    widget.refresh()
    qtbot.waitUntil(lambda: not widget.loader.busy)
    assert widget.list.topLevelItem(0).text(0) == "No revisits due"


def test_no_phone_and_scheduling_in_the_background(sign_in_as, qtbot, org, closed_case, clock):
    closed_case(phone="", address="星河路1号")
    clock.advance(days=3)
    sign_in_as(org["clerk"])
    widget = RevisitWorkbench(None, clock, auto_schedule=True)   # in a thread
    qtbot.addWidget(widget)
    qtbot.waitSignal(widget.scheduled, timeout=10000).wait()
    qtbot.waitUntil(lambda: not widget.loader.busy)      # the list read after scheduling
    panel = widget.panel
    assert "no phone number" in panel.notice.text()
    assert not step_and_wait(qtbot, panel, panel.log_button.click)   # refused clearly
    assert "no phone number" in panel.message.text()
    panel.method.setCurrentIndex(panel.method.findData("visit"))
    panel.reached.setChecked(True)
    step_and_wait(qtbot, panel, panel.log_button.click)
    assert panel.result_box.isEnabled()


def test_workbench_in_chinese(sign_in_as, qtbot, bench):
    i18n.set_language("zh_CN")
    widget, _cases = bench
    other = RevisitWorkbench(None, widget.clock, auto_schedule=False)
    qtbot.addWidget(other)
    qtbot.waitUntil(lambda: not other.loader.busy)
    assert other.refresh_button.text() == "刷新(&E)"   # Alt+F is the File menu
    assert other.heading.text().endswith("（2）")
    assert other.panel.satisfied_button.text() == "满意(&I)"   # Alt+S is the Setup menu


def repeats_view(sign_in_as, qtbot, org, make_input, clock) -> RepeatsView:
    """Three cases about one tenant (a repeat) and the Repeats screen, the clerk signed in."""
    for i in range(3):
        create_complaint(make_input(phone=f"1390000000{i}", object_type="tenant",
                                    tenant_id=org["tenant"]), clock=clock)
    sign_in_as(org["clerk"])
    view = RepeatsView(None, clock)
    qtbot.addWidget(view)
    return view


def test_repeats_view_opens_a_corrective_action(sign_in_as, qtbot, org, make_input, clock):
    view = repeats_view(sign_in_as, qtbot, org, make_input, clock)
    assert view.heading.text() == "Loading…" and not view.refresh_button.isEnabled()
    with qtbot.waitSignal(view.refreshed, timeout=20000):
        pass                                          # detection runs off the UI thread
    assert view.heading.text() == "Repeats: 1 suggestions" and view.refresh_button.isEnabled()
    assert view.objectName() == "repeatsView" and view.tree.topLevelItemCount() == 1
    top = view.tree.topLevelItem(0)
    assert top.childCount() == 0                      # the cases come when it is opened
    view.tree.setFocus()
    view.tree.setCurrentItem(top)
    qtbot.keyClick(view.tree, Qt.Key.Key_Right)
    assert top.isExpanded() and top.childCount() == 3
    with qtbot.waitSignal(view.openCase) as case:
        view.tree.itemActivated.emit(top.child(0), 0)
    assert case.args[0] in {c.id for c in Complaint.select()}
    view.tree.setFocus()
    view.tree.setCurrentItem(view.tree.topLevelItem(0))
    with qtbot.waitSignal(view.openCapa) as opened:
        qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    capa_id = opened.args[0]
    assert CorrectiveAction.select().count() == 1
    assert view.tree.topLevelItem(0).text(2) == f"CA #{capa_id}"
    with qtbot.waitSignal(view.openCapa) as again:
        view.open_button.click()
    assert again.args == [capa_id] and CorrectiveAction.select().count() == 1


def test_capa_form_through_sign_off(sign_in_as, qtbot, org, make_input, clock):
    gm = save_staff("钱总", "gm")
    view = repeats_view(sign_in_as, qtbot, org, make_input, clock)
    qtbot.waitUntil(lambda: not view.loading, timeout=20000)
    capa_id = view.open_current()
    sign_in_as(org["ops"])
    form = CapaForm(None, capa_id, clock)
    qtbot.addWidget(form)
    assert form.objectName() == "capaForm"
    assert form.cases.topLevelItemCount() == 3 and "星巴克" in form.problem.toPlainText()
    form.sign_box.setFocus()
    form.ops_button.click()
    assert "root-cause" in form.message.text()
    form.cause_category.setCurrentIndex(form.cause_category.findData("people"))
    form.cause.setPlainText("新员工未培训")
    form.add_button.click()
    dialog = form.active_dialog
    dialog.fields["text"].setPlainText("全员培训")
    dialog.fields["owner"].setCurrentIndex(dialog.fields["owner"].findData(org["ops"]))
    dialog.ok_button.click()
    assert form.actions.topLevelItemCount() == 1
    assert CorrectiveAction.get_by_id(capa_id).root_cause == "新员工未培训"
    form.ops_button.click()
    assert form.problem.isReadOnly() and not form.gm_button.isEnabled()   # not the GM
    assert "GM" in form.gm_button.toolTip()
    sign_in_as(gm)
    assert form.gm_button.isEnabled()
    form.gm_button.click()
    form.actions.setCurrentItem(form.actions.topLevelItem(0))
    form.done_button.click()
    assert form.state.status == "verifying" and not form.verify_button.isEnabled()
    assert "2026-11-26" in form.verification.text()
    with qtbot.waitSignal(form.openCase):
        form.cases.itemActivated.emit(form.cases.topLevelItem(0), 0)


def test_capa_form_prints_through_the_preview(sign_in_as, qtbot, org, make_input, clock):
    record = create_complaint(make_input(), clock=clock)
    from desk.services.capa import actions as capa
    capa_id = capa.open_capa(complaint_ids=[record.id], problem="反复投诉", clock=clock)
    sign_in_as(org["ops"])
    form = CapaForm(None, capa_id, clock)
    qtbot.addWidget(form)
    form.print_button.click()
    qtbot.waitUntil(lambda: form.preview is not None, timeout=20000)
    assert form.preview.pdf_path.is_file()
    form.preview.reject()


def test_every_control_takes_the_keyboard(qtbot, bench):
    widget, _cases = bench
    for child in widget.findChildren(QWidget):
        if child.metaObject().className() in ("QPushButton", "QCheckBox", "QRadioButton",
                                              "QComboBox", "QLineEdit", "QPlainTextEdit"):
            assert child.focusPolicy() & Qt.FocusPolicy.TabFocus, child.objectName()
    assert len(revisit_calls.calls_due(clock=widget.clock)) == 2
    assert widget.focusProxy() is widget.list


def test_another_desks_step_reaches_the_sheet_and_keeps_what_was_typed(qtbot, bench, org,
                                                                        clock):
    """Another desk reaches the customer, then finishes the call: the sheet on this screen
    follows each time without a Refresh, what was typed here stays, and the step taken
    from the older sheet is refused with the refusal on screen."""
    from desk.ui.kit.events import case_events

    widget, cases = bench
    panel = widget.panel
    rid, first = panel.sheet.id, panel.sheet.version
    panel.attempt_note.setText("占线，稍后再拨")
    revisit_calls.record_attempt(rid, "phone", True, "另一台接通", by_id=org["ops"],
                                 clock=clock)
    case_events().cases_changed.emit()            # what the live feed tells the screens
    qtbot.waitUntil(lambda: panel.sheet.version != first, timeout=3000)
    assert panel.attempt_note.text() == "占线，稍后再拨"
    assert panel.result_box.isEnabled()               # reached: the result can be recorded
    assert "另一台接通" in panel.attempts.text()
    panel.scores.button(2).setChecked(True)
    panel.words.setPlainText("顾客说还要再想想")
    stale = panel.sheet.version
    revisit_calls.record_satisfied(rid, 5, words="另一台记录", by_id=org["ops"], clock=clock)
    assert not step_and_wait(qtbot, panel, panel.satisfied_button.click)   # not heard of yet
    assert "changed on another desk" in panel.message.text()
    assert panel.words.toPlainText() == "顾客说还要再想想"
    assert panel.sheet.version != stale and panel.sheet.status == "done"
    case_events().cases_changed.emit()
    qtbot.waitUntil(lambda: widget.list.topLevelItemCount() == 1, timeout=3000)
    assert panel.sheet.id == rid and panel.words.toPlainText() == "顾客说还要再想想"
    assert Revisit.get_by_id(rid).words == "另一台记录"


@pytest.mark.sqlite_only(reason="another program holds the file's write lock")
def test_a_step_behind_the_write_lock_leaves_the_window_responsive(qtbot, bench,
                                                                   other_program):
    """The customer is satisfied while another program (a purge batch, another desk)
    holds the write lock: the sheet is busy, the UI thread goes on, and it is saved once
    the lock is free."""
    widget, cases = bench
    panel = widget.panel
    reach_and_score(qtbot, panel, 5, "很满意")
    other_program.lock()
    heart = Heartbeat()
    panel.satisfied_button.click()
    qtbot.wait(1000)
    assert heart.beats > 5 and panel.busy
    assert not panel.result_box.isEnabled() and not panel.log_button.isEnabled()
    with qtbot.waitSignal(panel.step_ended, timeout=30_000) as ended:
        other_program.release()
    assert ended.args == [True]
    done = Revisit.get(Revisit.complaint == cases[0].id)
    assert (done.status, done.satisfaction, done.words) == ("done", 5, "很满意")
