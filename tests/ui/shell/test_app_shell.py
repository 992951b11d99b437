"""The application shell: main window, case list, search and filters, language, crash hook."""
from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QTableView

from desk import i18n, logs, paths
from desk.services.cases.complaints import create_complaint, void_complaint
from desk.ui.cases.case_model import COLUMN_KEYS, ID_ROLE
from desk.ui.kit import preferences, translators
from desk.ui.shell.main_window import MainWindow, complaint_form_module
from tests.ui.settle import settle

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def english():
    translators.install_language("en")
    yield
    translators.install_language("en")


@pytest.fixture
def window(clerk_window):
    return clerk_window


@pytest.fixture
def cases(store, make_input, clock):
    made = {
        "coffee": create_complaint(make_input(complainant_name="陈咖啡",
                                              description="咖啡里有异物，要求退款。"), clock=clock),
        "lift": create_complaint(make_input(complainant_name="Lift Person", severity="urgent",
                                            description="Escalator stopped suddenly."),
                                 clock=clock),
        "voided": create_complaint(make_input(complainant_name="作废人"), clock=clock),
    }
    void_complaint(made["voided"].id, "duplicate", None, clock=clock)
    return made


def shown_ids(win) -> set[int]:
    model = settle(win.cases).model
    return {model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())}


def test_main_window_has_its_parts(window):
    assert window.objectName() == "mainWindow"
    assert isinstance(window.findChild(QTableView, "caseList"), QTableView)
    assert isinstance(window.findChild(QLineEdit, "searchBox"), QLineEdit)
    menus = [m.objectName() for m in window.menuBar().findChildren(QMenu)]
    assert {"menuFile", "menuCases", "menuSetup", "menuHelp"} <= set(menus)
    assert window.ui.actionNewComplaint.shortcut().toString() == "Ctrl+N"
    assert window.ui.actionSearch.shortcut().toString() == "Ctrl+F"
    assert "王小明" in window.operator_label.text()
    assert "desk.sqlite" in window.db_label.text()
    settle(window.cases)
    assert window.count_label.text() == "0 cases"


def test_list_and_count_show_cases(window, cases):
    window.cases.refresh()
    assert shown_ids(window) == {cases["coffee"].id, cases["lift"].id}
    assert window.count_label.text() == "2 cases"


def test_search_box_filters_and_escape_clears(qtbot, window, cases):
    window.cases.refresh()
    box = window.cases.search_box
    with qtbot.waitSignal(window.cases.filters_applied):
        qtbot.keyClicks(box, "escalator")    # QTest types Latin-1 only
    assert shown_ids(window) == {cases["lift"].id}
    assert window.count_label.text() == "1 cases"
    box.setText("咖啡里")
    window.cases.apply_filters()
    assert shown_ids(window) == {cases["coffee"].id}
    with qtbot.waitSignal(window.cases.filters_applied):
        qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.text() == ""
    assert len(shown_ids(window)) == 2


def test_search_survives_hostile_text(qtbot, window, cases):
    box = window.cases.search_box
    for text in ("%", "_", '"', "😀" * 50, "a" * 20000, "*) OR 1=1 --"):
        box.setText(text)
        window.cases.apply_filters()
        assert settle(window.cases).model.rowCount() == 0, text
    for text in ("\x00\x1f", "\ud800", "\u202e"):   # cleaned away: no search, no crash
        box.setText(text)
        window.cases.apply_filters()
        assert settle(window.cases).model.rowCount() in (0, 2)


def test_filters_narrow_the_list(qtbot, window, cases):
    ui = window.cases.ui
    window.cases.refresh()
    ui.severityFilter.setCurrentIndex(ui.severityFilter.findData("urgent"))
    assert shown_ids(window) == {cases["lift"].id}
    window.cases.clear_filters()
    ui.statusFilter.setCurrentIndex(ui.statusFilter.findData("closed"))
    assert shown_ids(window) == set()
    ui.statusFilter.setCurrentIndex(ui.statusFilter.findData("open"))
    assert len(shown_ids(window)) == 2
    ui.showVoided.setChecked(True)
    assert cases["voided"].id in shown_ids(window)
    assert window.ui.actionShowVoided.isChecked()
    window.ui.actionShowVoided.setChecked(False)
    assert cases["voided"].id not in shown_ids(window)


def test_date_filter(qtbot, window, cases, clock):
    ui = window.cases.ui
    ui.datePreset.setCurrentIndex(ui.datePreset.findData("today"))
    assert len(shown_ids(window)) == 2
    ui.dateFrom.setDate(ui.dateFrom.date().addDays(1))
    ui.dateTo.setDate(ui.dateFrom.date().addDays(3))
    assert ui.datePreset.currentData() == "custom"
    assert shown_ids(window) == set()
    ui.datePreset.setCurrentIndex(ui.datePreset.findData("any"))
    assert len(shown_ids(window)) == 2


def test_object_filter_picks_a_tenant(qtbot, window, make_input, org, clock):
    shop = create_complaint(make_input(object_type="tenant", tenant_id=org["tenant"]),
                            clock=clock)
    create_complaint(make_input(), clock=clock)
    window.cases.populate_filters()
    combo = window.cases.ui.objectFilter
    combo.setCurrentIndex(combo.findData(f"tenant:{org['tenant']}"))
    assert shown_ids(window) == {shop.id}


def test_ctrl_f_focuses_the_search_box(qtbot, window):
    window.activateWindow()
    qtbot.waitActive(window)
    window.cases.view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.cases.search_box.hasFocus()


def test_language_switch_retranslates_the_window(qtbot, window, cases):
    assert window.ui.menuFile.title() == "&File"
    english_title = window.windowTitle()
    window.switch_language("zh_CN")
    assert i18n.current_language() == "zh_CN"
    assert preferences.language() == "zh_CN"
    assert window.ui.menuFile.title() == QCoreApplication.translate("MainWindow", "&File")
    assert window.ui.menuFile.title() != "&File", "desk_zh_CN.qm lacks the menu"
    assert window.windowTitle() == i18n.translate("Desk complaint desk", "zh_CN")
    assert window.windowTitle() != english_title
    header = window.cases.model.headerData(0, Qt.Orientation.Horizontal)
    assert header == i18n.translate("Case no.", "zh_CN") != "Case no."
    assert window.cases.ui.statusFilter.itemText(0) == i18n.translate("All statuses", "zh_CN")
    if (translators.qt_translations_dir() / "qtbase_zh_CN.qm").is_file():
        assert any("qtbase_zh_CN" in name for name in translators.installed_files())
    window.switch_language("en")
    assert window.ui.menuFile.title() == "&File"
    assert window.windowTitle() == english_title


def test_settings_dialog_changes_language_and_the_administrator_the_idle_time(
        qtbot, window, org, sign_in_as):
    from desk.services.org import accounts

    dialog = window.open_settings()
    assert not dialog.ui.idleMinutes.isEnabled()             # a clerk's settings: language
    assert "Administrator" in dialog.ui.idleMinutes.toolTip()
    dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("zh_TW"))
    dialog.accept()
    assert i18n.current_language() == "zh_TW"
    assert "王小明" in window.operator_label.text()
    assert window.ui.menuFile.title() == QCoreApplication.translate("MainWindow", "&File")
    admin = accounts.add_account("admin", "administrator", "password-1234", None, "管理员")
    sign_in_as(admin)
    dialog = window.open_settings()
    assert dialog.ui.idleMinutes.isEnabled() and dialog.ui.idleMinutes.value() == 10
    dialog.ui.idleMinutes.setValue(3)
    dialog.accept()
    assert accounts.idle_lock_minutes() == 3
    assert window.locker.idle.interval() == 3 * 60 * 1000


@pytest.mark.skipif(complaint_form_module() is None, reason="complaint form not built yet")
def test_enter_opens_the_case_and_a_save_refreshes(qtbot, window, cases):
    settle(window.cases).refresh()
    settle(window.cases)
    view = window.cases.view
    row = window.cases.model.row_of(cases["lift"].id)
    view.setCurrentIndex(window.cases.model.index(row, COLUMN_KEYS.index("summary")))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    form = window.form
    assert form is not None and form.complaint_id == cases["lift"].id
    form.saved.emit(cases["coffee"].id)
    assert settle(window.cases).current_id() == cases["coffee"].id
    form.reject()


def test_crash_hook_logs_and_shows_one_dialog(qtbot, window):
    from desk.ui.kit.crash import CrashHandler

    handler = CrashHandler()
    handler.install()
    try:
        assert sys.excepthook is handler
        for _attempt in range(2):
            try:
                raise RuntimeError("boom 炸了")
            except RuntimeError:
                handler(*sys.exc_info())
        dialog = handler.dialog
        assert dialog is not None and dialog.isVisible()
        assert dialog.objectName() == "crashDialog"
        assert "boom 炸了" in dialog.detailedText()
        assert handler.count == 2
        assert len([w for w in QApplication.topLevelWidgets()
                    if w.objectName() == "crashDialog" and w.isVisible()]) == 1
        for handle in logging.getLogger("desk").handlers:
            handle.flush()
        text = (paths.logs_dir() / logs.LOG_NAME).read_text(encoding="utf-8")
        assert "boom 炸了" in text and "RuntimeError" in text
        dialog.close()
        assert not handler.dialog_open()
        assert window.isVisible()
    finally:
        handler.uninstall()
        if handler.dialog is not None:
            handler.dialog.deleteLater()
    assert sys.excepthook is not handler


def _answer_modal(button_finder):
    """Answer the next modal dialog when it appears (it blocks the test until then)."""
    seen = []

    def answer():
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, answer)
            return
        seen.append(box.objectName())
        button_finder(box)

    QTimer.singleShot(0, answer)
    return seen


def test_run_gui_quits_after_show(qtbot, tmp_path, english):
    from desk.ui.shell.app import run_gui

    preferences.set_language("en")
    assert run_gui(str(tmp_path / "gui.sqlite"), quit_after_show=True) == 0
    assert (tmp_path / "gui.sqlite").is_file()


def test_run_gui_reports_a_database_it_cannot_open(qtbot, tmp_path, english):
    from desk.services.system.startup import open_store
    from desk.store.db import close_database
    from desk.store.models.cases import MetaEntry
    from desk.store.schema import VERSION_KEY
    from desk.ui.shell.app import run_gui

    path = tmp_path / "newer.sqlite"
    open_store(str(path), backups=False)
    MetaEntry.update(value="999").where(MetaEntry.key == VERSION_KEY).execute()
    close_database()
    preferences.set_language("en")
    seen = _answer_modal(lambda box: box.close())
    assert run_gui(str(path), quit_after_show=True) == 1
    assert seen == ["startupError"]


class _Statements(logging.Handler):
    """What the program asks the database: peewee logs each statement before it runs it,
    on whichever thread."""

    def __init__(self, seen: list[str]):
        super().__init__(logging.DEBUG)
        self.seen = seen

    def emit(self, record) -> None:
        sql = record.msg[0] if isinstance(record.msg, tuple) else record.msg
        self.seen.append(str(sql).strip().lower())


class _FirstPaint(QObject):
    """Puts the main window's first paint in its place among the statements."""

    def __init__(self, seen: list[str]):
        super().__init__()
        self.seen = seen

    def eventFilter(self, watched, event) -> bool:
        if (event.type() == QEvent.Type.Paint and isinstance(watched, MainWindow)
                and "first paint" not in self.seen):
            self.seen.append("first paint")
        return False


@pytest.mark.sqlite_only("damages the file")
def test_a_damaged_database_is_said_once_the_window_is_shown(qtbot, store, org, make_input,
                                                            db_path, clock, english):
    """The start reads nothing that grows with the data before the first paint: the quick
    check of the whole file runs after it, on a worker, and a damaged file is then said
    in one sentence with what to do."""
    from desk.services.org import accounts
    from desk.services.system.startup import backup_now
    from desk.store.db import close_database
    from desk.store.models.cases import Staff
    from desk.ui.shell.app import run_gui

    Staff.update(user_name="wang", is_admin=True).where(Staff.id == org["clerk"]).execute()
    accounts.set_password("wang", "password-1234", None)
    for n in range(200):
        create_complaint(make_input(description=f"空调不制冷 {n} " + "很热" * 200))
    backup = backup_now(db_path.parent / "backups", clock.now())
    close_database()
    size = db_path.stat().st_size
    with open(db_path, "r+b") as handle:       # the last pages: case text and its index
        handle.seek(size - 3 * 4096)
        handle.write(bytes(range(256)) * 48)
    preferences.set_language("en")
    texts: list[str] = []

    def drive():
        modal = QApplication.activeModalWidget()
        if modal is not None and modal.objectName() == "signInDialog":
            modal.userName.setText("wang")
            modal.password.setText("password-1234")
            modal.signInButton.click()
        elif modal is not None and modal.objectName() == "damagedDatabase":
            texts.append(modal.text())
            modal.close()
            QApplication.instance().exit(0)
            return
        elif modal is not None:
            texts.append(modal.objectName())      # no other question should come
            modal.close()
        QTimer.singleShot(20, drive)

    seen: list[str] = []
    statements, painted = _Statements(seen), _FirstPaint(seen)
    peewee_log = logging.getLogger("peewee")
    level = peewee_log.level
    peewee_log.setLevel(logging.DEBUG)
    peewee_log.addHandler(statements)
    QApplication.instance().installEventFilter(painted)
    try:
        QTimer.singleShot(0, drive)
        assert run_gui(str(db_path)) == 0
    finally:
        QApplication.instance().removeEventFilter(painted)
        peewee_log.removeHandler(statements)
        peewee_log.setLevel(level)
    assert len(texts) == 1, texts
    assert "damaged" in texts[0] and f'desk restore "{backup}"' in texts[0]
    assert texts[0].count(". ") == 0 and texts[0].count("\n") == 0
    checks = [n for n, sql in enumerate(seen) if "quick_check" in sql]
    assert checks and "first paint" in seen
    assert seen.index("first paint") < checks[0]


def test_column_layout_is_remembered(sign_in_as, qtbot, store, org, clock, english):
    sign_in_as(org["clerk"])
    first = MainWindow(store, clock=clock)
    qtbot.addWidget(first)
    first.cases.view.setColumnWidth(COLUMN_KEYS.index("phone"), 333)
    first.close()
    sign_in_as(org["clerk"])
    second = MainWindow(store, clock=clock)
    qtbot.addWidget(second)
    assert second.cases.view.columnWidth(COLUMN_KEYS.index("phone")) == 333


@pytest.mark.skipif(complaint_form_module() is None, reason="complaint form not built yet")
def test_new_complaint_action_opens_an_empty_form(qtbot, window):
    window.ui.actionNewComplaint.trigger()
    form = window.form
    assert form is not None and form.complaint_id is None
    assert form.isVisible()
    form.reject()


def test_start_asks_for_the_first_administrator(qtbot, store, org, clock, english):
    """An upgraded database: its staff have no passwords yet, so Desk asks who the
    administrator is; that person is then signed in."""
    from desk.ui.access import session
    from desk.ui.shell.app import sign_in_at_start

    def fill(box):
        box.who.setCurrentIndex(box.who.findData(org["ops"]))
        box.userName.setText("zhao")
        box.password.setText("password-1234")
        box.again.setText("password-1234")
        box.save()

    seen = _answer_modal(fill)
    assert sign_in_at_start(store, clock)[0]
    assert seen == ["administratorDialog"]
    assert session.acting_id() == org["ops"] and session.current().is_admin


def test_start_signs_in_and_quits_when_nobody_does(qtbot, store, org, clock, english):
    from desk.services.org import accounts
    from desk.ui.access import session
    from desk.ui.shell.app import sign_in_at_start

    accounts.add_account("admin", "administrator", "password-1234", None)
    seen = _answer_modal(lambda box: box.reject())
    assert sign_in_at_start(store, clock) == (False, False, False)
    assert seen == ["signInDialog"] and session.current() is None

    def sign(box):
        box.userName.setText("admin")
        box.password.setText("password-1234")
        box.signInButton.click()

    _answer_modal(sign)
    assert sign_in_at_start(store, clock)[0] and session.current().user_name == "admin"


def test_backup_now_runs_off_the_ui_thread(qtbot, window, db_path, cases):
    window.ui.actionBackupNow.trigger()
    assert window.backup_thread is not None and not window.ui.actionBackupNow.isEnabled()
    qtbot.waitUntil(lambda: window.backup_thread is None, timeout=60000)
    assert window.ui.actionBackupNow.isEnabled()
    made = list((db_path.parent / "backups").glob("*-manual.sqlite"))
    assert len(made) == 1
    assert str(made[0]) in window.statusBar().currentMessage()


@pytest.mark.parametrize("language", ["en", "zh_CN", "zh_TW"])
def test_no_button_takes_a_menu_mnemonic(qtbot, window, language):
    """Alt+F opens the File menu on every tab, whatever the language."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QAbstractButton

    window.switch_language(language)
    for key in window.workspace.keys:
        window.workspace.screen_for(key)
    menus = {QKeySequence.mnemonic(m.title()).toString()
             for m in window.menuBar().findChildren(QMenu) if m.title()}
    assert "Alt+F" in menus
    taken = {button.text(): QKeySequence.mnemonic(button.text()).toString()
             for button in window.findChildren(QAbstractButton) if button.text()}
    clashes = {text: key for text, key in taken.items() if key and key in menus}
    assert not clashes, clashes
