"""The first start on a new database: the welcome asks for the company, the administrator
and the language, fills demo data or not, says where the data lives; and what the
program remembers between starts (settings, window geometry)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from desk import i18n, paths
from desk.services.org import organisation
from desk.store.models.cases import Complaint, Staff
from desk.ui.kit import preferences, translators
from desk.ui.shell import welcome
from desk.ui.shell.main_window import MainWindow
from desk.ui.shell.welcome import WelcomeDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def english():
    translators.install_language("en")
    preferences.set_language("en")
    yield
    translators.install_language("en")


@pytest.fixture
def dialog(qtbot, store, english):
    made = WelcomeDialog(None, store)
    qtbot.addWidget(made)
    made.show()
    yield made
    QThreadPool.globalInstance().waitForDone()


def test_needed_only_for_a_database_nobody_set_up(store, english):
    assert welcome.needed()
    organisation.set_setting("company_name", "星河广场")
    assert not welcome.needed()
    organisation.set_setting("company_name", "")
    assert welcome.needed()
    staff_id = organisation.save_staff("王小明", "clerk")
    assert not welcome.needed()
    organisation.save_staff("王小明", "clerk", staff_id=staff_id, active=False)
    assert not welcome.needed()                    # inactive staff: still set up


def admin(dialog, name="王小明", user="wang", password="password-1234"):
    dialog.fullName.setText(name)
    dialog.userName.setText(user)
    dialog.password.setText(password)
    dialog.again.setText(password)


def test_answers_are_saved(qtbot, dialog, store):
    from desk.services.org import accounts

    assert dialog.objectName() == "welcomeDialog"
    assert dialog.windowTitle() == "Welcome to Desk"
    dialog.company.setText("  星河广场购物中心 ")
    admin(dialog)
    assert dialog.empty.isChecked()
    dialog.start_button.click()
    assert dialog.result() == WelcomeDialog.DialogCode.Accepted
    assert organisation.get_setting("company_name") == "星河广场购物中心"
    staff = Staff.get(Staff.name == "王小明")
    assert staff.role == "administrator" and staff.is_admin and staff.active
    assert dialog.operator_id() == staff.id == accounts.sign_in("wang", "password-1234").id
    assert dialog.password.text() == ""
    assert Complaint.select().count() == 0
    assert not welcome.needed()
    assert preferences.app_settings().value(welcome.DONE_KEY) in (True, "true")


def test_the_administrator_needs_a_user_name_and_a_password(qtbot, dialog):
    dialog.start_button.click()
    assert dialog.isVisible() and "user name" in dialog.message.text()
    admin(dialog, password="short")
    dialog.start_button.click()
    assert dialog.isVisible() and "at least 8 characters" in dialog.message.text()
    admin(dialog)
    dialog.again.setText("other password")
    dialog.start_button.click()
    assert dialog.isVisible() and "differ" in dialog.message.text()
    assert Staff.select().count() == 0


def test_language_applies_at_once(qtbot, dialog):
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    assert i18n.current_language() == "zh_CN"
    assert preferences.language() == "zh_CN"
    assert dialog.windowTitle() == i18n.translate("Welcome to Desk", "zh_CN")
    assert dialog.windowTitle() != "Welcome to Desk"
    assert dialog.start_button.text() == i18n.translate("Start", "zh_CN")
    dialog.language.setCurrentIndex(dialog.language.findData("zh_TW"))
    assert dialog.empty.text() == i18n.translate(
        "Start on this PC: an empty database, for real work", "zh_TW")


def test_shows_where_data_backups_and_logs_live(dialog, store):
    text = dialog.where_text()
    assert str(store.path) in text
    assert str(store.path.parent / "backups") in text
    assert str(paths.logs_dir()) in text and str(paths.exports_dir()) in text


def test_demo_data_off_the_ui_thread(qtbot, dialog):
    dialog.company.setText("我的商场")
    admin(dialog, "前台 小张", "xiaozhang")
    dialog.demo.click()
    dialog.start_button.click()
    assert dialog.job is not None                     # running on a pool thread
    assert dialog.progress.isVisible() and not dialog.start_button.isEnabled()
    dialog.reject()                                   # Esc while busy: ignored
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.result() == WelcomeDialog.DialogCode.Accepted,
                    timeout=120000)
    assert Complaint.select().count() == welcome.DEMO_CASES
    assert organisation.get_setting("company_name") == "我的商场"   # not the demo's name
    assert Staff.get_by_id(dialog.operator_id()).name == "前台 小张"


def test_too_long_answers_are_refused(qtbot, dialog):
    dialog.company.setText("名" * 150)
    admin(dialog)
    dialog.start_button.click()
    assert dialog.isVisible() and dialog.message.isVisible()
    assert "too long" in dialog.message.text()
    assert Staff.select().count() == 0 and welcome.needed()


def test_later_leaves_it_for_next_time(qtbot, dialog):
    dialog.company.setText("星河")
    dialog.later_button.click()
    assert dialog.result() == WelcomeDialog.DialogCode.Rejected
    assert welcome.needed() and not organisation.get_setting("company_name")


def test_first_start_of_the_program_shows_the_welcome(qtbot, tmp_path, english):
    from desk.ui.shell.app import run_gui

    seen: list[str] = []

    def drive():
        modal = QApplication.activeModalWidget()
        if modal is not None and modal.objectName() == "welcomeDialog":
            seen.append("welcome")
            modal.company.setText("星河广场")
            admin(modal)
            modal.start_button.click()
        elif modal is not None:
            seen.append(modal.objectName())       # no other question should come
            modal.close()
        elif any(isinstance(w, MainWindow) and w.isVisible()
                 for w in QApplication.topLevelWidgets()):
            seen.append("main window")
            QApplication.instance().exit(0)
            return
        QTimer.singleShot(20, drive)

    QTimer.singleShot(0, drive)
    assert run_gui(str(tmp_path / "新 数据库.sqlite")) == 0
    assert seen[0] == "welcome" and seen[-1] == "main window"
    assert set(seen) == {"welcome", "main window"}
    assert preferences.app_settings().value(welcome.DONE_KEY) in (True, "true")


def test_window_geometry_is_remembered(sign_in_as, qtbot, store, org, clock, english):
    sign_in_as(org["clerk"])
    first = MainWindow(store, clock=clock)
    qtbot.addWidget(first)
    first.show()
    # the offscreen screen is 800 px wide and the window is at least its minimum width
    wanted = QSize(first.minimumSizeHint().width(), 611)
    first.resize(wanted)
    qtbot.waitUntil(lambda: first.size() == wanted)
    first.close()
    sign_in_as(org["clerk"])
    second = MainWindow(store, clock=clock)
    qtbot.addWidget(second)
    assert second.has_saved_geometry
    second.show()
    assert second.size() == wanted
    second.close()
