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
