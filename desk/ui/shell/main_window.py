"""The main window: menus, toolbar, the case list and a status bar with who is signed in."""
from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QThread, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from desk import __version__, i18n
from desk.i18n import _
from desk.services.common.clock import system_clock
from desk.services.common.errors import user_message
from desk.services.org import organisation
from desk.ui.access import session
from desk.ui.access.session import ActingUser
from desk.ui.cases.case_list import CaseListPanel
from desk.ui.forms.ui_main_window import Ui_MainWindow
from desk.ui.kit import fonts, preferences, translators
from desk.ui.kit.events import Debounced, case_events
from desk.ui.kit.live import start_live_updates
from desk.ui.kit.widgets import named
from desk.ui.shell.sites import SiteScope
from desk.ui.shell.workspace import Workspace

log = logging.getLogger("desk.ui")
GEOMETRY_KEY = "mainWindow/geometry"


def complaint_form_module():
    """The complaint form module, or ``None`` while it is not part of this build."""
    try:
        from desk.ui.cases import complaint_form
    except ImportError as exc:
        if exc.name not in ("desk.ui.cases.complaint_form", "complaint_form"):
            raise
        return None
    return complaint_form


class BackupThread(QThread):
    """Copies and verifies the database off the UI thread."""

    done = Signal(str, str)   # path of the copy, or "" and the error message

    def __init__(self, folder, moment, parent=None):
        super().__init__(parent)
        self.folder = folder
        self.moment = moment

    def run(self) -> None:
        from desk.services.system.startup import backup_now, close_store

        try:
            made = backup_now(self.folder, self.moment)
            self.done.emit(str(made), "")
        except Exception as exc:  # reported to the user, logged
            log.exception("backup failed")
            self.done.emit("", user_message(exc))
        finally:
            close_store()  # this thread's own connection


def _daily_backup(store, clock):
    from desk.services.system.startup import daily_backup_for

    return daily_backup_for(store, clock)


class FirstPaint(QObject):
    """Runs the work the start need not wait for once ``widget`` has been painted for the
    first time, so that the window appears sooner (a zero timer would run before)."""

    LATEST_MS = 1000    # after showing, in case no paint event came

    def __init__(self, widget):
        super().__init__(widget)
        self.widget = widget
        self.waiting: list | None = []    # None: painted, callbacks run straight away
        widget.installEventFilter(self)

    def add(self, callback) -> None:
        if self.waiting is None:
            QTimer.singleShot(0, self, callback)
        else:
            self.waiting.append(callback)

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Paint:
            self._painted()
        elif kind == QEvent.Type.Show:
            QTimer.singleShot(self.LATEST_MS, self, self._painted)
        return False

    def _painted(self) -> None:
        if self.waiting is None:
            return
        self.widget.removeEventFilter(self)
        waiting, self.waiting = self.waiting, None
        for callback in waiting:   # (not run if the window is gone by then)
            QTimer.singleShot(0, self, callback)


class MainWindow(QMainWindow):
    """Acts as the signed-in person (``session``); nobody before a sign-in."""

    operator_id = ActingUser()

    def __init__(self, store=None, clock=system_clock):
        super().__init__()
        self.store = store
        self.clock = clock
        self.form = None
        self.backup_thread: BackupThread | None = None
        self.last_count: tuple[int, bool] | None = None   # None: not counted yet
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.cases = CaseListPanel(self, clock=clock)
        self.cases.set_viewer(self.operator_id)
        self.workspace = Workspace(self, self.cases, clock)
        self.ui.centralLayout.addWidget(self.workspace)
        self.operator_label = named(QLabel(self), "operatorLabel")
        self.db_label = named(QLabel(self), "databaseLabel")
        self.count_label = named(QLabel(self), "countLabel")
        self.ui.statusBar.addWidget(self.operator_label)
        self.ui.statusBar.addWidget(self.db_label, 1)
        self.ui.statusBar.addPermanentWidget(self.count_label)
        self._connect()
        self.site_scope = SiteScope(self, self.ui.menuCases)
        # another desk's changes reach every screen through the notices
        self.live = start_live_updates(self, store.url if store is not None else None)
        from desk.ui.retention.notice import RetentionEntry

        self.retention = RetentionEntry(self)
        from desk.ui.cases.import_dialog import ImportEntry

        self.importing = ImportEntry(self)
        from desk.ui.shell.guide import GuideEntry

        self.guide = GuideEntry(self)
        from desk.ui.access.lock import Locker

        self.locker = Locker(self)
        self.accounts_action = named(QAction(self), "actionAccounts")
        self.accounts_action.triggered.connect(self.open_accounts)
        self.ui.menuSetup.insertAction(self.ui.actionOrganisation, self.accounts_action)
        self._retranslate_own()    # the forms and tabs are in the language already
        geometry = preferences.app_settings().value(GEOMETRY_KEY)
        self.has_saved_geometry = geometry is not None and self.restoreGeometry(geometry)
        self.first_paint = FirstPaint(self)
        self.cases.refresh()       # read in the background: the window paints at once
        self.first_paint.add(self.retention.start_monthly_check)
        self.first_paint.add(self.workspace.warm_up)   # the later tabs' modules, on a thread

    def _connect(self) -> None:
        ui = self.ui
        ui.actionNewComplaint.triggered.connect(lambda: self.open_form(None))
        ui.actionBackupNow.triggered.connect(self.backup_now)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionSearch.triggered.connect(self.cases.focus_search)
        ui.actionRefresh.triggered.connect(lambda: self.cases.refresh())
        ui.actionShowVoided.toggled.connect(self.cases.set_show_voided)
        self.cases.ui.showVoided.toggled.connect(ui.actionShowVoided.setChecked)
        ui.actionOrganisation.triggered.connect(self.open_org_setup)
        ui.actionSettings.triggered.connect(self.open_settings)
        ui.actionAbout.triggered.connect(self.about)
        self.cases.open_requested.connect(self.open_form)
        self.workspace.open_case.connect(self.open_form)
        self.workspace.escalated.connect(self._escalated)
        self.workspace.cases_changed.connect(lambda: self.cases.refresh())
        events = case_events()
        self._refresh_cases = Debounced(self, lambda: self.cases.refresh())
        events.case_changed.connect(self._refresh_cases.trigger)
        events.cases_changed.connect(self._refresh_cases.trigger)
        events.setup_changed.connect(self.organisation_changed)
        events.reachable_changed.connect(self._reachable)
        events.user_changed.connect(self.user_changed)
        self.cases.count_changed.connect(self._show_count)
        self.cases.load_error.connect(lambda text: self.statusBar().showMessage(text, 15000))

    # --- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.cases.retranslate()
        self.workspace.retranslate()
        self._retranslate_own()

    def _retranslate_own(self) -> None:
        """The texts this class sets itself: title and status bar."""
        company = organisation.get_setting("company_name") or ""
        if company:
            self.setWindowTitle(_("{company} - Desk complaint desk").format(company=company))
        else:
            self.setWindowTitle(_("Desk complaint desk"))
        self._show_operator()
        self.accounts_action.setText(_("Accounts..."))
        self.locker.retranslate()
        self.retention.retranslate()
        self.importing.retranslate()
        self.guide.retranslate()
        where = self.store.path if self.store is not None and self.store.path else (
            self.store.url if self.store is not None else "")
        self.db_label.setText(_("Database: {path}").format(path=where) if where else "")
        self.db_label.setToolTip(str(where))
        if self.last_count is not None:
            self._show_count(*self.last_count)

    def _show_operator(self) -> None:
        if getattr(self, "site_scope", None) is not None:
            self.site_scope.update()      # who may see all sites, in the language
        who = session.current()
        if who is None:
            self.operator_label.setText(_("Nobody signed in"))
        else:
            self.operator_label.setText(_("Signed in: {name} ({roles})").format(
                name=who.full_name, roles=who.roles_text()))
        for action, needs in ((self.ui.actionNewComplaint, "take_complaints"),
                              (self.ui.actionOrganisation, "change_setup"),
                              (self.accounts_action, "accounts"),
                              (self.importing.action, "take_complaints"),
                              (self.retention.action, "retention")):
            session.allow(action, needs)

    def user_changed(self) -> None:
        """Another person signed in (or nobody, at the lock screen): every screen acts
        as them from now on."""
        self.cases.set_viewer(self.operator_id)
        self._show_operator()
        self.workspace.user_changed()
        self.cases.refresh()

    def _show_count(self, total: int, capped: bool) -> None:
        self.last_count = (total, capped)
        if capped:
            text = _("{count}+ cases").format(count=total)
        else:
            text = _("{count} cases").format(count=total)
        self.count_label.setText(text)

    def _reachable(self, reachable: bool) -> None:
        if reachable:
            self.statusBar().showMessage(_("The database answers again."), 15000)
        else:
            self.statusBar().showMessage(_(
                "The database cannot be reached; Desk keeps trying and nothing typed is "
                "lost."))

    def _escalated(self, cases: list) -> None:
        self.statusBar().showMessage(_("{count} case(s) escalated: agreed reply date passed.")
                                     .format(count=len(cases)), 15000)
        self.cases.refresh()

    # --- actions -------------------------------------------------------------------------
    def open_form(self, complaint_id: int | None = None):
        """Open the complaint form for a new case or for ``complaint_id`` (non-blocking)."""
        module = complaint_form_module()
        if module is None:
            QMessageBox.information(self, _("Not available"),
                                    _("The complaint form is not part of this build."))
            return None
        dialog = module.ComplaintFormDialog(self, complaint_id=complaint_id, clock=self.clock)
        dialog.saved.connect(self.complaint_saved)
        dialog.finished.connect(lambda _result: setattr(self, "form", None))
        self.form = dialog
        dialog.open()
        return dialog

    def complaint_saved(self, complaint_id: int) -> None:
        self.cases.refresh(select_id=complaint_id)

    def open_settings(self):
        from desk.ui.shell.database_settings import switch_database
        from desk.ui.shell.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self, i18n.current_language())
        dialog.accepted.connect(lambda: self.apply_settings(dialog.idle_minutes(),
                                                            dialog.language()))
        dialog.accepted.connect(lambda: dialog.restart_needed and switch_database())
        dialog.open()
        return dialog

    def apply_settings(self, idle_minutes: int, language: str) -> None:
        from desk.services.org import accounts

        if session.can("change_setup") and idle_minutes != accounts.idle_lock_minutes():
            try:
                accounts.set_idle_lock_minutes(idle_minutes, self.operator_id)
            except Exception as exc:
                QMessageBox.warning(self, _("Settings"), user_message(exc))
            self.locker.start_idle_timer()
        self.switch_language(language)

    def switch_language(self, lang: str) -> None:
        """Change the language now: translators, messages, app font, every text here."""
        lang = translators.install_language(lang)
        preferences.set_language(lang)
        app = QApplication.instance()
        if app is not None:
            fonts.apply_app_font(app, lang)
        self.retranslate()

    def open_org_setup(self):
        from desk.ui.org.org_setup import OrgSetupDialog

        dialog = OrgSetupDialog(self)
        dialog.changed.connect(case_events().setup_changed)
        dialog.open()
        return dialog

    def open_accounts(self):
        from desk.ui.org.accounts_dialog import AccountsDialog

        dialog = AccountsDialog(self)
        dialog.open()
        return dialog

    def organisation_changed(self) -> None:
        """Setup was saved (here or from a case window): pick lists and names reload."""
        self.cases.populate_filters()
        self.retranslate()
        self._refresh_cases.trigger()

    def prompt_org_setup(self) -> None:
        """First start: nobody is set up yet, so offer the organisation setup."""
        answer = QMessageBox.question(
            self, _("Set up the organisation"),
            _("No staff are set up yet. Set up the organisation (sites, departments, "
              "tenants, staff) now?"))
        if answer == QMessageBox.StandardButton.Yes:
            self.open_org_setup()

    def start_daily_backup(self) -> None:
        """The first backup of the day, off the UI thread (a large file takes a while)."""
        from desk.ui.kit.workers import run_in_thread

        if self.store is not None:
            run_in_thread(_daily_backup, self.store, self.clock,
                          on_result=self._daily_backup_done, on_error=self._daily_backup_failed)

    def _daily_backup_done(self, path) -> None:
        if path:
            self.statusBar().showMessage(_("Daily backup written and verified: {path}").format(
                path=path), 10000)

    def _daily_backup_failed(self, exc: Exception) -> None:
        log.error("daily backup failed: %r", exc)
        QMessageBox.warning(self, _("Backup"), _("The daily backup failed: {error}").format(
            error=user_message(exc)))

    def backup_now(self) -> None:
        if self.backup_thread is not None:
            return
        if self.store is None or self.store.path is None:
            QMessageBox.information(self, _("Backup"), _(
                "Backups from this program work only with the local database file; "
                "back up a database server with its own tools."))
            return
        folder = self.store.path.parent / "backups"
        self.ui.actionBackupNow.setEnabled(False)
        self.statusBar().showMessage(_("Backing up..."))
        self.backup_thread = BackupThread(folder, self.clock.now(), self)
        self.backup_thread.done.connect(self._backup_done)
        self.backup_thread.start()

    def _backup_done(self, path: str, error: str) -> None:
        thread, self.backup_thread = self.backup_thread, None
        if thread is not None:
            thread.wait()
            thread.deleteLater()
        self.ui.actionBackupNow.setEnabled(True)
        self.statusBar().clearMessage()
        if error:
            QMessageBox.warning(self, _("Backup failed"), error)
        else:
            self.statusBar().showMessage(
                _("Backup written and verified: {path}").format(path=path), 10000)

    def about(self) -> None:
        QMessageBox.about(self, _("About Desk"), _(
            "Desk {version}\nThe complaint desk of a hotel or shopping mall: complaint "
            "records, handling slips, revisits, corrective actions and reports.").format(
                version=__version__))

    def closeEvent(self, event) -> None:
        settings = preferences.app_settings()   # one read and one write of the file
        self.cases.save_state(settings)
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        if self.backup_thread is not None:
            self.backup_thread.wait()
        if self.live is not None:
            self.live.stop()
            self.live = None
        self.locker.stop()
        super().closeEvent(event)
