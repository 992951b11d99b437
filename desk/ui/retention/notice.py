"""The retention entry of the Setup menu and the monthly "N cases past retention" notice
(checked off the UI thread after the first paint)."""
from __future__ import annotations

import logging

from PySide6.QtWidgets import QMainWindow, QMessageBox

from desk.i18n import _
from desk.services.casework.base import staff_role
from desk.ui.access import session
from desk.ui.kit.menus import MenuEntry
from desk.ui.kit.workers import run_in_thread

log = logging.getLogger("desk.ui")


class RetentionEntry(MenuEntry):
    """Installed on the main window: the menu action and the monthly check."""

    name = "actionRetention"

    def __init__(self, window: QMainWindow):
        super().__init__(window, window.ui.menuSetup)

    def text(self) -> str:
        return _("Retention and legal holds...")

    def run(self):
        return self.open_dialog()

    def open_dialog(self):
        from desk.ui.retention.retention_dialog import RetentionDialog

        self.dialog = RetentionDialog(self.window, self.window.clock)
        self.dialog.open()
        return self.dialog

    def start_monthly_check(self) -> None:
        from desk.services.retention.notice import monthly_check

        operator = session.acting_id()
        if operator is None:
            return
        run_in_thread(monthly_check, operator, staff_role(operator), self.window.clock,
                      on_result=self.show_check,
                      on_error=lambda exc: log.error("retention check failed: %r", exc))

    def show_check(self, check) -> QMessageBox | None:
        if check.purged is not None:
            self.window.statusBar().showMessage(_(
                "Monthly purge: {cases} cases past retention deleted.").format(
                cases=check.purged.counts["cases"]), 15000)
            return None
        if check.plan is None:
            return None
        box = QMessageBox(QMessageBox.Icon.Information, _("Retention"), _(
            "{n} cases are past retention (closed before {date}). Review and purge them?"
        ).format(n=check.plan.counts["cases"],
                 date=check.plan.case_cutoff.strftime("%Y-%m-%d")),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close, self.window)
        box.setObjectName("retentionNotice")
        box.button(QMessageBox.StandardButton.Open).setText(_("Review..."))
        box.accepted.connect(self.open_dialog)
        box.open()
        return box
