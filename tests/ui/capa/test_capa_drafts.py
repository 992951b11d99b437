"""A corrective-action window with unsaved text: closing asks, a lock keeps the text as its
author's draft and offers it back at their next sign-in; the window scrolls on a small
screen."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from desk.services.capa import actions as capa
from desk.services.cases import drafts
from desk.services.cases.complaints import create_complaint
from desk.services.org import accounts
from desk.store.models.capa import CorrectiveAction
from desk.store.models.cases import Staff
from desk.ui.access import session
from desk.ui.capa import capa_drafts
from desk.ui.capa.capa_form import CapaForm
from desk.ui.kit import translators
from desk.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
PASSWORD = "password-1234"


@pytest.fixture
def capa_id(org, make_input, clock):
    record = create_complaint(make_input(), clock=clock)
    return capa.open_capa(complaint_ids=[record.id], problem="反复投诉", clock=clock)


def answer(monkeypatch, button, asked: list):
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or button)


def test_closing_with_unsaved_text_asks_and_saves(sign_in_as, qtbot, org, capa_id, clock,
                                                  monkeypatch):
    translators.install_language("en")
    sign_in_as(org["ops"])
    form = CapaForm(None, capa_id, clock)
    qtbot.addWidget(form)
    form.show()
    asked: list = []
    answer(monkeypatch, QMessageBox.StandardButton.Cancel, asked)
    assert form.close()                        # nothing typed: no question
    assert asked == []
    form.show()
    form.cause.setPlainText("新员工未培训")
    assert not form.close() and form.isVisible()   # Cancel: it stays, the text too
    assert form.cause.toPlainText() == "新员工未培训" and asked
    answer(monkeypatch, QMessageBox.StandardButton.Save, asked)
    assert form.close()
    assert CorrectiveAction.get_by_id(capa_id).root_cause == "新员工未培训"


def test_a_lock_keeps_the_text_for_its_author(qtbot, store, org, capa_id, clock, monkeypatch):
    translators.install_language("en")
    for staff_id, user in ((org["ops"], "zhao"), (org["clerk"], "wang")):
        Staff.update(user_name=user).where(Staff.id == staff_id).execute()
        accounts.set_password(user, PASSWORD, None)
    session.sign_in(accounts.sign_in("zhao", PASSWORD))
    window = MainWindow(None, clock=clock)
    qtbot.addWidget(window)
    window.show()
    form = window.workspace.open_capa(capa_id)        # deletes itself when closed
    form.problem.setPlainText("同一店铺一月内三次投诉")
    asked: list = []
    answer(monkeypatch, QMessageBox.StandardButton.Yes, asked)
    window.locker.lock()
    assert not form.isVisible() and asked == []        # put away without asking
    assert drafts.pending_drafts("capa:") == [capa_drafts.draft_key(capa_id, org["ops"])]
    assert CorrectiveAction.get_by_id(capa_id).problem == "反复投诉"   # not saved by the lock

    lock = window.locker.dialog
    lock.userName.setText("wang")                     # someone else: nothing offered
    lock.password.setText(PASSWORD)
    lock.signInButton.click()
    assert asked == [] and drafts.pending_drafts("capa:")
    window.locker.lock()
    lock = window.locker.dialog
    lock.userName.setText("zhao")
    lock.password.setText(PASSWORD)
    lock.signInButton.click()
    assert any("CA-" in text for text in asked)       # offered back to its author
    back = window.workspace.capa_window
    assert back.isVisible() and back.problem.toPlainText() == "同一店铺一月内三次投诉"
    assert drafts.pending_drafts("capa:") == []
    back.save()
    assert CorrectiveAction.get_by_id(capa_id).problem == "同一店铺一月内三次投诉"
    back.close()


def test_the_window_fits_a_768_pixel_screen(sign_in_as, qtbot, org, capa_id, clock):
    translators.install_language("zh_CN")
    sign_in_as(org["ops"])
    form = CapaForm(None, capa_id, clock)
    qtbot.addWidget(form)
    assert form.minimumSizeHint().height() < 600
    form.resize(900, 640)
    form.show()
    qtbot.waitExposed(form)
    assert form.print_button.isVisible() and form.close_button.isVisible()
    translators.install_language("en")
