"""After the first paint: the quick check of the whole database file, then the day's first
backup, both on a pool thread with its own connection (they read every page: seconds at
a million cases, so nothing before the window is shown may wait for them)."""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from desk.i18n import _
from desk.ui.kit.workers import run_in_thread

log = logging.getLogger("desk.ui")


def _damage_of(path) -> str:
    from desk.services.system.recovery import damage_of

    return damage_of(path)


class FileCheck(QObject):
    """``start`` checks the open SQLite file; a damaged one is said in one sentence (the
    backup to restore and how) and gets no backup, a sound one its daily backup."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.message = None      # None: not checked (yet); "": sound; else what is wrong

    def start(self) -> None:
        store = self.window.store
        if store is None or store.path is None:      # a server checks its own files
            self.window.start_daily_backup()
            return
        run_in_thread(_damage_of, store.path, on_result=self._checked,
                      on_error=self._not_checked)

    def _checked(self, message: str) -> None:
        self.message = message
        if not message:
            self.window.start_daily_backup()
            return
        log.error("quick check after the start: %s", message)
        box = QMessageBox(QMessageBox.Icon.Critical, _("Damaged database"), message,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("damagedDatabase")
        box.open()

    def _not_checked(self, exc: Exception) -> None:
        log.error("quick check after the start failed: %r", exc)
