"""Wait for screens that read in the background: the case list's pages and counts."""
from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QThreadPool


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
