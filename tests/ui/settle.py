"""Wait for screens that read in the background: the case list's pages and counts."""
from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QThreadPool, QTimer


def settle(panel, timeout: float = 10.0):
    """Run the event loop until ``panel`` (a ``CaseListPanel`` or a ``CaseTableModel``)
    has nothing on its way; returns it."""
    deadline = time.monotonic() + timeout
    while True:
        QThreadPool.globalInstance().waitForDone(20)
        QCoreApplication.processEvents()
        if not panel.loading:
            return panel
        assert time.monotonic() < deadline, "the case list did not finish loading"


def save_and_wait(qtbot, form, start=None, timeout: int = 30_000) -> bool:
    """Start the complaint ``form``'s save (``start()``, by default ``form.save()``; it
    runs on a pool thread) and run the event loop until its outcome is shown on the form;
    True when it was saved."""
    with qtbot.waitSignal(form.save_ended, timeout=timeout) as blocker:
        (start or form.save)()
    return blocker.args[0]


def submit_and_wait(qtbot, dialog, timeout: int = 30_000) -> bool:
    """Press an action dialog's OK (its work runs on a pool thread) and run the event loop
    until the outcome is shown; True when the work was done."""
    with qtbot.waitSignal(dialog.submit_ended, timeout=timeout) as blocker:
        dialog.ok_button.click()
    return blocker.args[0]


def step_and_wait(qtbot, panel, start, timeout: int = 30_000) -> bool:
    """Start a step of the revisit call ``panel`` (``start()``: a click or a key; its write
    runs on a pool thread) and run the event loop until the outcome is shown; True when
    it was saved."""
    with qtbot.waitSignal(panel.step_ended, timeout=timeout) as blocker:
        start()
    return blocker.args[0]


class Heartbeat:
    """A 10 ms timer on the UI thread: it beats only while the UI thread handles events."""

    def __init__(self):
        self.beats = 0
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._beat)
        self.timer.start()

    def _beat(self):
        self.beats += 1
