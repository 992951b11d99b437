"""Repeat suggestions with the cases behind them; one click (or Enter) opens a corrective
action pre-filled from the suggestion. For the dashboard."""
from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.i18n import _
from desk.services.capa import actions as capa
from desk.services.capa.repeats import Suggestion, first_repeats
from desk.services.common.clock import system_clock
from desk.services.common.errors import user_message
from desk.services.common.vocab import SUGGESTION_KINDS, label
from desk.ui.access.session import ActingUser
from desk.ui.kit.retranslate import Retranslating
from desk.ui.kit.styles import ERROR_STYLE
from desk.ui.kit.widgets import plain_label, screen_header
from desk.ui.kit.workers import Refresher

SUGGESTION_ROLE = Qt.ItemDataRole.UserRole
CASE_ROLE = Qt.ItemDataRole.UserRole + 1
SHOWN = 300          # suggestions listed; the rest are counted
log = logging.getLogger("desk.ui")


def _shown_repeats(clock) -> tuple[list[Suggestion], int]:
    """(the suggestions listed, how many there are): on the pool thread; only the cases of
    those listed are read (a million cases make some 25,000 repeat customers)."""
    return first_repeats(clock, SHOWN)


class RepeatsView(Retranslating, QWidget):
    """``openCapa(id)`` after opening (or finding) a corrective action; ``openCase(id)``;
    ``refreshed`` when a refresh has ended (its suggestions, or why not, are shown)."""

    openCapa = Signal(int)
    openCase = Signal(int)
    refreshed = Signal()

    operator_id = ActingUser()

    def __init__(self, parent: QWidget | None = None, clock=system_clock):
        super().__init__(parent)
        self.setObjectName("repeatsView")
        self.clock = clock
        self.suggestions: list[Suggestion] = []    # the first SHOWN
        self.total = 0
        self.loader = Refresher(self, self._loaded, self._failed)
        layout = QVBoxLayout(self)
        header = screen_header(self, layout, self.refresh, "repeatsHeading")
        self.heading, self.refresh_button = header.heading, header.refresh_button
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("suggestionList")
        self.tree.setColumnCount(3)
        self.tree.header().setResizeContentsPrecision(0)    # sized on the rows in view
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemExpanded.connect(self._add_cases)
        self.tree.currentItemChanged.connect(self._update_button)
        layout.addWidget(self.tree, 1)
        bottom = QHBoxLayout()
        self.message = plain_label(self, "messageLabel")
        bottom.addWidget(self.message, 1)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openCapaButton")
        self.open_button.clicked.connect(self.open_current)
        bottom.addWidget(self.open_button)
        layout.addLayout(bottom)
        self.setFocusProxy(self.tree)
        self._retranslate()
        self.refresh()

    def _retranslate(self) -> None:
        self.refresh_button.setText(_("R&efresh"))
        self.tree.setHeaderLabels([_("Problem that keeps coming back"), _("Kind"),
                                   _("Corrective action")])
        self._update_button()

    @property
    def loading(self) -> bool:
        return self.loader.busy

    def refresh(self) -> None:
        """Detect the repeats off the UI thread (seconds on a million cases); ``refreshed``
        when they are shown."""
        self.loader.start(_shown_repeats, self.clock)
        self.refresh_button.setEnabled(False)
        self.heading.setText(_("Loading…"))

    def _loaded(self, found: tuple[list[Suggestion], int]) -> None:
        self.suggestions, self.total = found
        self._say("")
        self._show()

    def _failed(self, exc: Exception) -> None:
        log.error("repeat detection failed", exc_info=exc)
        self.suggestions, self.total = [], 0
        self._say(_("The suggestions could not be read: {error}").format(
            error=user_message(exc)), ERROR_STYLE)
        self._show()

    def _show(self) -> None:
        self.refresh_button.setEnabled(True)
        self.tree.clear()
        items = []
        for index, suggestion in enumerate(self.suggestions):
            item = QTreeWidgetItem([suggestion.title, label(SUGGESTION_KINDS, suggestion.kind),
                                    f"CA #{suggestion.capa_id}" if suggestion.capa_id
                                    else ""])
            item.setData(0, SUGGESTION_ROLE, index)
            # the cases are added when the suggestion is opened (one has thousands)
            item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
            items.append(item)
        self.tree.addTopLevelItems(items)
        if not self.suggestions:
            empty = QTreeWidgetItem([_("No repeats at the moment."), "", ""])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.tree.addTopLevelItem(empty)
        else:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        count = self.total
        self.heading.setText(_("Repeats: {count} suggestions").format(count=count)
                             if count <= SHOWN else
                             _("Repeats: {count} suggestions, the first {shown} shown").format(
                                 count=count, shown=SHOWN))
        self._update_button()
        self.refreshed.emit()

    def _add_cases(self, item: QTreeWidgetItem) -> None:
        """The cases behind a suggestion, when it is first expanded."""
        index = item.data(0, SUGGESTION_ROLE)
        if index is None or item.childCount():
            return
        suggestion = self.suggestions[index]
        children = []
        for case_id, case_no in zip(suggestion.case_ids, suggestion.case_nos):
            child = QTreeWidgetItem([case_no, "", ""])
            child.setData(0, CASE_ROLE, case_id)
            children.append(child)
        item.addChildren(children)

    def current(self) -> Suggestion | None:
        item = self.tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        index = item.data(0, SUGGESTION_ROLE) if item is not None else None
        return self.suggestions[index] if index is not None else None

    def _update_button(self, *_args) -> None:
        suggestion = self.current()
        self.open_button.setEnabled(suggestion is not None)
        self.open_button.setText(_("Open corrective action #{id}").format(id=suggestion.capa_id)
                                 if suggestion is not None and suggestion.capa_id
                                 else _("&Open a corrective action"))

    def _say(self, text: str, style: str = "") -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        case_id = item.data(0, CASE_ROLE)
        if case_id is not None:
            self.openCase.emit(int(case_id))
        elif item.data(0, SUGGESTION_ROLE) is not None:
            self.open_current()

    def open_current(self) -> int | None:
        """Open a corrective action for the current suggestion (or the open one it has)."""
        suggestion = self.current()
        if suggestion is None:
            return None
        try:
            capa_id = capa.open_capa(suggestion, by_id=self.operator_id, clock=self.clock)
        except Exception as exc:
            log.exception("opening a corrective action failed")
            self._say(user_message(exc), ERROR_STYLE)
            return None
        suggestion.capa_id = capa_id
        item = self.tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        if item is not None:
            item.setText(2, f"CA #{capa_id}")
        self._update_button()
        self.openCapa.emit(capa_id)
        return capa_id
