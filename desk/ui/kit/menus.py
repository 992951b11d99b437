"""A menu entry that a capability adds to the main window: its action, in the menu it
belongs to, following the language, and the dialog it opened last."""
from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu


class MenuEntry:
    """Subclasses name the action (``name``), say its ``text()`` (translated when called)
    and what it does (``run``); ``retranslate`` is called by the window on a language
    change. The action goes into ``menu``, before ``before`` when given."""

    name = ""

    def __init__(self, window: QMainWindow, menu: QMenu, before: QAction | None = None):
        self.window = window
        self.dialog = None
        self.action = QAction(window)
        self.action.setObjectName(self.name)
        self.action.triggered.connect(self.run)
        if before is None:
            menu.addAction(self.action)
        else:
            menu.insertAction(before, self.action)
        self.retranslate()

    def text(self) -> str:
        raise NotImplementedError

    def run(self) -> object:
        raise NotImplementedError

    def retranslate(self) -> None:
        self.action.setText(self.text())
