"""The last line of defence: an unexpected error is logged and shown once; Desk keeps running."""
from __future__ import annotations

import logging
import sys
import traceback

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desk import paths
from desk.i18n import _
from desk.logs import LOG_NAME, setup_logging

log = logging.getLogger("desk")


class CrashHandler:
    """``sys.excepthook`` for the GUI. At most one error dialog is open at any time."""

    def __init__(self):
        self.dialog: QMessageBox | None = None
        self.previous = None
        self.count = 0

    def install(self) -> None:
        if sys.excepthook is not self:
            self.previous = sys.excepthook
            sys.excepthook = self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self.previous or sys.__excepthook__

    def __call__(self, kind, value, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        self.count += 1
        details = "".join(traceback.format_exception(kind, value, tb))
        try:
            setup_logging()
            log.error("unhandled error", exc_info=(kind, value, tb))
        except OSError:
            pass
        try:
            self.show(kind, value, details)
        except Exception:  # never let the hook itself raise
            sys.__excepthook__(kind, value, tb)

    def dialog_open(self) -> bool:
        return (self.dialog is not None and shiboken6.isValid(self.dialog)
                and self.dialog.isVisible())

    def show(self, kind, value, details: str) -> None:
        if QApplication.instance() is None:
            sys.stderr.write(details)
            return
        if self.dialog_open():
            return  # one dialog is enough; every error is in the log
        from desk.services.common.errors import user_message

        dialog = QMessageBox(QApplication.activeWindow())
        dialog.setObjectName("crashDialog")
        dialog.setIcon(QMessageBox.Icon.Critical)
        dialog.setWindowTitle(_("Unexpected error"))
        dialog.setText(_("Something went wrong. Desk keeps running; please save your "
                         "work and tell the person who looks after this computer."))
        dialog.setInformativeText(_("{message}\n\nThe details are in the log file {path}.")
                                  .format(message=user_message(value),
                                          path=paths.logs_dir() / LOG_NAME))
        dialog.setDetailedText(details)
        dialog.setStandardButtons(QMessageBox.StandardButton.Close)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.dialog = dialog
        dialog.show()


handler = CrashHandler()


def install() -> CrashHandler:
    handler.install()
    return handler
