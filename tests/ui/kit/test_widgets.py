"""Shared widget helpers: a window placed over its owner, wholly on the screen."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desk.ui.kit.widgets import place_over


def test_a_window_is_centred_on_its_owner_and_kept_on_the_screen(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    owner.setGeometry(100, 120, 400, 300)
    window = QWidget()
    qtbot.addWidget(window)
    place_over(window, owner, 200, 100)
    assert window.size().width() == 200 and window.size().height() == 100
    assert window.frameGeometry().center() == owner.frameGeometry().center()
    free = owner.screen().availableGeometry()
    owner.move(free.right() - 150, free.bottom() - 100)      # mostly off to the corner
    place_over(window, owner, 5000, 300)                       # wider than the screen
    assert free.contains(window.frameGeometry())
    assert window.width() == free.width()
