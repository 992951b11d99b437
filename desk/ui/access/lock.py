"""Lock / switch user: Ctrl+L, or after the idle time the administrator set. The open
complaint forms and corrective-action windows are kept as their owner's drafts and
closed; at the lock screen anyone may sign in, and gets their own drafts offered back.
Every screen then acts as the new person at once (they follow
``case_events().user_changed``)."""
from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from desk.i18n import _
from desk.services.org import accounts
from desk.ui.access import session
from desk.ui.kit.events import case_events

log = logging.getLogger("desk.ui")
_INPUT_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
                 QEvent.Type.MouseMove)
#: Input is listened for in turns: the first input of a turn restarts the idle time and
#: nothing more is heard until the next turn (an application-wide filter in Python costs
#: every event of the program, ~30 ms of the start and 3-5 ms of each tab opened), so the
#: screen locks up to this late.
LISTEN_TURN_MS = 10_000


class Locker(QObject):
    """The window's lock: the action, the idle timer and the lock screen."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.dialog = None
        self.action = QAction(window)
        self.action.setObjectName("actionLock")
        self.action.setShortcut(QKeySequence("Ctrl+L"))
        self.action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action.triggered.connect(self.lock)
        self.password_action = QAction(window)
        self.password_action.setObjectName("actionChangePassword")
        self.password_action.triggered.connect(self.change_password)
        menu = window.ui.menuFile
        first = menu.actions()[-1] if menu.actions() else None
        menu.insertAction(first, self.action)
        menu.insertAction(first, self.password_action)
        menu.insertSeparator(first)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.lock)
        self.turn = QTimer(self)        # till input is listened for again
        self.turn.setSingleShot(True)
        self.turn.setInterval(LISTEN_TURN_MS)
        self.turn.timeout.connect(self._listen)
        self.listening = False
        case_events().user_changed.connect(self.user_changed)
        self.user_changed()

    def retranslate(self) -> None:
        self.action.setText(_("Lock / switch user"))
        self.password_action.setText(_("Change my password..."))

    def start_idle_timer(self) -> None:
        if session.current() is None:
            self.idle.stop()
            self.turn.stop()
            self._deaf()
            return
        try:
            minutes = accounts.idle_lock_minutes()
        except Exception:   # the database is away: keep the default
            minutes = accounts.DEFAULT_IDLE_MINUTES
        self.idle.start(minutes * 60 * 1000)
        if not self.listening and not self.turn.isActive():
            self.turn.start()       # (not while the window is being built and painted)

    def _listen(self) -> None:
        """A new turn: input in the last one (there was, or the idle time was just set)
        counts as now; then the first input of this turn is listened for."""
        if not self.idle.isActive():
            return
        self.idle.start()
        app = QApplication.instance()
        if app is not None and not self.listening:
            app.installEventFilter(self)
            self.listening = True

    def _deaf(self) -> None:
        app = QApplication.instance()
        if self.listening and app is not None:
            app.removeEventFilter(self)
        self.listening = False

    def eventFilter(self, watched, event) -> bool:
        if event.type() in _INPUT_EVENTS:
            self._deaf()
            if self.idle.isActive():
                self.idle.start()
                self.turn.start()
        return False

    def user_changed(self) -> None:
        signed = session.current() is not None
        self.action.setEnabled(signed)
        self.password_action.setEnabled(signed)
        self.start_idle_timer()

    def put_away_forms(self) -> None:
        """Keep every open complaint form and corrective-action window as its owner's
        draft and close them, so that the next person finds none of them."""
        from desk.ui.capa import capa_drafts
        from desk.ui.capa.capa_form import CapaForm
        from desk.ui.cases.complaint_drafts import put_away
        from desk.ui.cases.complaint_form import ComplaintFormDialog

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, ComplaintFormDialog) and widget.isVisible():
                put_away(widget)
            elif isinstance(widget, CapaForm) and widget.isVisible():
                capa_drafts.put_away(widget)

    def lock(self) -> None:
        from desk.ui.access.sign_in import SignInDialog

        who = session.current()
        if who is None or self.dialog is not None:
            return
        self.idle.stop()
        self.put_away_forms()
        try:
            accounts.record_lock(who.id, self.window.clock)
        except Exception:   # the lock must work with the database away too
            log.exception("the lock could not be written to the audit trail")
        session.sign_out()
        dialog = SignInDialog(self.window, locked_by=who.full_name, clock=self.window.clock)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.accepted.connect(lambda: self._unlocked(dialog.account))
        dialog.rejected.connect(self._quit)
        self.dialog = dialog
        dialog.open()

    def _unlocked(self, account) -> None:
        from desk.ui.shell.app import restore_drafts

        self.dialog = None
        session.sign_in(account)
        restore_drafts(self.window)

    def _quit(self) -> None:
        self.dialog = None
        self.window.close()

    def change_password(self):
        from desk.ui.access.sign_in import ChangePasswordDialog

        who = session.current()
        if who is None:
            return None
        dialog = ChangePasswordDialog(self.window, who)
        dialog.accepted.connect(lambda: self.window.statusBar().showMessage(
            _("Your password is changed."), 5000))
        dialog.open()
        return dialog

    def stop(self) -> None:
        self.idle.stop()
        self.turn.stop()
        self._deaf()
