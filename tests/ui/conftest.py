"""Fixtures the screen tests share."""
from __future__ import annotations

import pytest


@pytest.fixture
def clerk_window(sign_in_as, qtbot, store, org, clock):
    """The main window, shown in English, with the desk clerk signed in."""
    from desk.ui.kit import translators
    from desk.ui.shell.main_window import MainWindow

    translators.install_language("en")
    sign_in_as(org["clerk"])
    win = MainWindow(store, clock=clock)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    translators.install_language("en")


@pytest.fixture
def other_program(db_path):
    """A second connection to the same file that takes the write lock (BEGIN IMMEDIATE),
    as the purge or another desk does; released from any thread."""
    import sqlite3

    conn = sqlite3.connect(str(db_path), isolation_level=None, check_same_thread=False)

    class Other:
        def lock(self):
            conn.execute("begin immediate")

        def release(self):
            if conn.in_transaction:
                conn.execute("rollback")

    yield Other()
    Other().release()
    conn.close()
