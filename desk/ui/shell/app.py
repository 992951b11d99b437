"""Start the desktop program: Qt application, fonts, language, database, main window."""
from __future__ import annotations

import logging
import sys

from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

# The Qt-free modules of the start come before PySide6: once imported, PySide6 reads the
# source of every module imported after it (looking for its __feature__ imports), which
# cost ~10 ms of each start with peewee and the store behind these.
from desk import APP_NAME, __version__, i18n
from desk.i18n import _
from desk.logs import setup_logging
from desk.paths import resource_path
from desk.services.common.clock import system_clock
from desk.services.common.errors import user_message
from desk.services.org.organisation import staff
from desk.services.system.startup import close_store, open_store
from desk.ui.kit import crash, fonts, preferences, translators
from desk.ui.shell.main_window import MainWindow

log = logging.getLogger("desk.ui")
EXIT_OK, EXIT_PROBLEM = 0, 1


def make_application() -> QApplication:
    """The one QApplication (reused when it exists, as under pytest-qt)."""
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    icon = resource_path("icons", "desk.png")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def start_language(app: QApplication, lang: str | None = None) -> str:
    lang = translators.install_language(lang or preferences.language())
    fonts.apply_app_font(app, lang)
    return lang


def show_startup_error(message: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, _("Desk cannot start"), message)
    box.setObjectName("startupError")
    box.exec()


def sign_in_at_start(store, clock) -> tuple[bool, bool]:
    """Before the main window: the welcome (a new database, which makes the
    administrator), the first administrator of an upgraded database, then the sign-in.
    Returns (whether someone signed in, whether to offer the organisation setup, whether
    a server was joined: Desk then opens that instead)."""
    from desk.services.org import accounts
    from desk.ui.access import session
    from desk.ui.access.sign_in import AdministratorDialog, SignInDialog
    from desk.ui.shell import welcome

    ask_setup = not staff()
    if welcome.needed():   # a brand-new database: the welcome
        completed, admin, joined = welcome.run_welcome_or_join(None, store)
        if joined:
            return False, False, True
        ask_setup = False                            # asks instead of the setup prompt
        if completed and admin is not None:
            session.sign_in(accounts.account(admin))
            return True, False, False
    if accounts.needs_administrator():
        dialog = AdministratorDialog(None)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False, False, False
        session.sign_in(accounts.account(dialog.staff_id))
        return True, ask_setup, False
    dialog = SignInDialog(None, clock=clock)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False, False, False
    session.sign_in(dialog.account)
    return True, ask_setup, False


def restore_drafts(window) -> None:
    """Offer unfinished complaint forms back (the form module does the asking; the list
    follows what is saved in the forms it reopens), then corrective-action text."""
    from desk.ui.capa import capa_drafts
    from desk.ui.shell.main_window import complaint_form_module

    module = complaint_form_module()
    if module is not None and hasattr(module, "restore_drafts"):
        for dialog in module.restore_drafts(window, window.operator_id) or []:
            saved = getattr(dialog, "saved", None)
            if saved is not None:
                saved.connect(window.complaint_saved)

    capa_drafts.restore_drafts(window, window.operator_id, window.workspace.open_capa)


def after_show(window, ask_setup: bool) -> None:
    if ask_setup:
        window.prompt_org_setup()
    restore_drafts(window)
    from desk.paths import sweep_printouts

    sweep_printouts()   # documents an earlier run left when it was stopped


def run_gui(db_url: str | None, quit_after_show: bool = False, clock=system_clock,
            lang: str | None = None) -> int:
    """Run the desktop program; returns the exit code.

    ``lang`` (from ``desk --lang``) wins over the language saved in the settings.
    """
    setup_logging()
    app = make_application()
    start_language(app, lang)
    handler = crash.install()
    try:
        try:
            store = open_store(db_url, daily=False)
        except Exception as exc:  # network share, newer schema, damaged file: say so
            log.exception("cannot open the database")
            show_startup_error(user_message(exc))
            return EXIT_PROBLEM
        try:
            return _run_window(app, store, quit_after_show, clock)
        finally:
            close_store()
    finally:
        handler.uninstall()


def _run_window(app, store, quit_after_show: bool, clock) -> int:
    log.info("Desk %s started on %s (language %s; translations %s)", __version__,
             store.path or store.url, i18n.current_language(),
             ", ".join(translators.installed_files()) or "-")
    ask_setup = False
    if not quit_after_show:   # the start-up check acts as nobody and changes nothing
        signed, ask_setup, joined = sign_in_at_start(store, clock)
        if joined:         # work on the shared server from now on
            return _open_chosen(app, quit_after_show, clock)
        if not signed:
            return EXIT_OK
    window = MainWindow(store, clock=clock)
    if window.has_saved_geometry or quit_after_show:
        window.show()
    else:
        window.showMaximized()   # first start: the case list wants the room
    if quit_after_show:
        QTimer.singleShot(0, lambda: app.exit(EXIT_OK))
    else:
        window.first_paint.add(lambda: after_show(window, ask_setup))
        from desk.ui.shell.file_check import FileCheck

        # the quick check of the whole file and the daily backup: after the first paint
        window.file_check = FileCheck(window)
        window.first_paint.add(window.file_check.start)
    from desk.ui.shell.database_settings import EXIT_SWITCH_DATABASE, switch_requests

    switch = switch_requests().requested   # Settings > Database chose another database
    switch.connect(leave := lambda: app.exit(EXIT_SWITCH_DATABASE))
    code = app.exec()
    switch.disconnect(leave)
    QThreadPool.globalInstance().waitForDone(60000)   # a backup or render still running
    from desk.paths import remove_printouts

    remove_printouts()   # the slips and letters shown this run: customers' details
    window.close()
    window.deleteLater()
    log.info("Desk %s closed (%s, language %s)", __version__, code, i18n.current_language())
    if code == EXIT_SWITCH_DATABASE:   # Settings > Database: the chosen one, signed in anew
        from desk.ui.access import session

        session.sign_out()
        return _open_chosen(app, quit_after_show, clock)
    return code


def _open_chosen(app, quit_after_show: bool, clock) -> int:
    """Close the open database and run on the one chosen on this PC (a server joined, or
    Settings > Database); a database that cannot be opened is said, and Desk ends."""
    close_store()
    try:
        chosen = open_store(None, daily=False)
    except Exception as exc:
        log.exception("cannot open the database just chosen")
        show_startup_error(user_message(exc))
        return EXIT_PROBLEM
    return _run_window(app, chosen, quit_after_show, clock)
