"""Signing in, locking and switching user: every open screen acts as the person signed in
now, without a restart; the first person's unsaved form waits as their draft."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox

from desk.services.casework import slips
from desk.services.org import accounts
from desk.store.models.review import SlipReview
from desk.ui.access import session
from desk.ui.access.sign_in import AdministratorDialog, SignInDialog
from desk.ui.kit import translators
from desk.ui.shell.main_window import MainWindow
from tests.ui.settle import submit_and_wait

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
PASSWORD = "password-1234"


@pytest.fixture
def people(store, org):
    from desk.store.models.cases import Staff

    translators.install_language("en")
    for staff_id, user in ((org["clerk"], "wang"), (org["ops"], "zhao")):
        Staff.update(user_name=user).where(Staff.id == staff_id).execute()
        accounts.set_password(user, PASSWORD, None)
    return {"wang": org["clerk"], "zhao": org["ops"]}


def sign_in(qtbot, dialog: SignInDialog, user: str, password: str = PASSWORD):
    dialog.userName.setText(user)
    dialog.password.setText(password)
    dialog.signInButton.click()


def test_the_sign_in_dialog_remembers_the_last_user_name(qtbot, people, clock):
    dialog = SignInDialog(None, clock=clock)
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "signInDialog"
    sign_in(qtbot, dialog, "wang", "wrong password")
    assert dialog.error.isVisibleTo(dialog) and "wrong" in dialog.error.text()
    assert dialog.password.text() == "" and dialog.account is None
    sign_in(qtbot, dialog, "wang")
    assert dialog.result() == SignInDialog.DialogCode.Accepted
    assert dialog.account.id == people["wang"]
    again = SignInDialog(None, clock=clock)
    qtbot.addWidget(again)
    assert again.userName.text() == "wang"     # per PC, in the settings file


def test_a_first_password_must_be_changed(qtbot, people, clock, monkeypatch):
    accounts.set_password("wang", "first-password", None, must_change=True)
    dialog = SignInDialog(None, clock=clock)
    qtbot.addWidget(dialog)

    def choose(change):
        change.old.setText("first-password")
        change.new.setText("my own password")
        change.again.setText("my own password")
        change.save()
        return change.result()

    monkeypatch.setattr("desk.ui.access.sign_in.ChangePasswordDialog.exec", choose)
    sign_in(qtbot, dialog, "wang", "first-password")
    assert dialog.account is not None and not dialog.account.must_change
    assert accounts.sign_in("wang", "my own password").id == people["wang"]


def test_lock_and_switch_user_every_tab_acts_as_the_new_person(
        qtbot, people, org, slip_case, clock, monkeypatch):
    case = slip_case(due=dt.timedelta(days=2))     # a slip waiting for the sign-off
    start = SignInDialog(None, clock=clock)
    qtbot.addWidget(start)
    sign_in(qtbot, start, "wang")
    session.sign_in(start.account)
    window = MainWindow(None, clock=clock)
    qtbot.addWidget(window)
    window.show()
    assert "王小明" in window.operator_label.text()
    review = window.workspace.screen_for("review")
    repeats = window.workspace.screen_for("repeats")
    assert repeats is not None
    assert not review.mark_button.isEnabled()
    assert "Operations manager" in review.mark_button.toolTip()
    assert not window.ui.actionOrganisation.isEnabled()
    form = window.open_form(case.id)
    assert not form.case_work.buttons["signOffButton"].isEnabled()
    form.fields.ui.description.setPlainText("顾客补充：要求书面道歉。")
    assert form.is_dirty()

    assert window.locker.action.shortcut().toString() == "Ctrl+L"
    window.locker.action.trigger()
    lock = window.locker.dialog
    assert isinstance(lock, SignInDialog) and lock.isVisible()
    assert "王小明" in lock.intro.text()
    assert session.current() is None and window.operator_label.text() == "Nobody signed in"
    assert not form.isVisible()                  # kept as the clerk's draft and closed
    sign_in(qtbot, lock, "zhao")                 # another person at the lock screen
    assert session.acting_id() == people["zhao"]
    assert "赵经理" in window.operator_label.text()
    assert review.mark_button.isEnabled() and review.mark_button.toolTip() == ""
    qtbot.waitUntil(lambda: review.tree.topLevelItemCount() > 0)
    review.tree.setCurrentItem(review.tree.topLevelItem(0))
    review.mark_current()
    assert SlipReview.get().reviewed_by_id == people["zhao"]   # as the new person
    opened = window.open_form(case.id)
    assert opened.case_work.buttons["signOffButton"].isEnabled()
    opened.case_work.buttons["signOffButton"].click()
    submit_and_wait(qtbot, opened.case_work.active_dialog)
    assert slips.active_slip(case.id).approved_by_id == people["zhao"]
    opened.reject()

    offered = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: offered.append(a[1]) or
                        QMessageBox.StandardButton.Yes)
    window.locker.lock()
    sign_in(qtbot, window.locker.dialog, "wang")
    assert offered == ["Unfinished records"]     # the clerk's draft, offered back to them
    back = [w for w in window.findChildren(type(form)) if w.isVisible()]
    assert back and back[-1].fields.ui.description.toPlainText() == "顾客补充：要求书面道歉。"
    for widget in back:
        widget.discard_draft()
        widget.reject()


def test_the_first_administrator_of_an_upgraded_database(qtbot, store, org):
    assert accounts.needs_administrator()
    dialog = AdministratorDialog(None)
    qtbot.addWidget(dialog)
    dialog.who.setCurrentIndex(dialog.who.findData(org["ops"]))
    assert dialog.fullName.text() == "赵经理"
    dialog.userName.setText("zhao")
    dialog.password.setText(PASSWORD)
    dialog.again.setText("other")
    dialog.save()
    assert "differ" in dialog.error.text() and accounts.needs_administrator()
    dialog.again.setText(PASSWORD)
    dialog.save()
    assert dialog.staff_id == org["ops"] and not accounts.needs_administrator()
    assert accounts.sign_in("zhao", PASSWORD).is_admin


def test_input_postpones_the_idle_lock_and_is_listened_for_once_a_turn(sign_in_as, qtbot, store,
                                                                       org, clock):
    from PySide6.QtCore import Qt, QThreadPool

    sign_in_as(org["clerk"])
    window = MainWindow(store, clock)
    qtbot.addWidget(window)
    locker = window.locker
    assert locker.idle.isActive() and not locker.listening   # nothing while it is built
    locker.turn.setInterval(50)
    locker.turn.start()
    qtbot.waitUntil(lambda: locker.listening)
    locker.idle.start(3000)
    qtbot.wait(1500)
    assert locker.idle.remainingTime() < 2000
    qtbot.keyClick(window, Qt.Key.Key_A)            # someone at the desk: the idle time anew
    assert locker.idle.remainingTime() > 2500
    assert not locker.listening and locker.turn.isActive()   # till the next turn
    locker.idle.start(100)
    qtbot.waitUntil(lambda: locker.dialog is not None, timeout=5000)   # idle: locked
    assert session.current() is None and not locker.idle.isActive()
    qtbot.waitUntil(lambda: not window.cases.loading)    # the list read again for nobody
    QThreadPool.globalInstance().waitForDone(10000)
