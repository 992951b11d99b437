"""The clerk's "Today" list: overdue, due today, pre-breach warnings, tenant follow-ups,
slips awaiting the customer's signature and customers to inform (持续反馈)."""
from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.i18n import N_, _
from desk.services.casework import today
from desk.services.common import vocab
from desk.services.common.clock import system_clock
from desk.services.common.errors import user_message
from desk.text import when_text
from desk.ui.access import session
from desk.ui.kit import preferences
from desk.ui.kit.events import follow_cases
from desk.ui.kit.retranslate import Retranslating
from desk.ui.kit.styles import ERROR_RED
from desk.ui.kit.widgets import list_tree, screen_header
from desk.ui.kit.workers import Refresher

ID_ROLE = Qt.ItemDataRole.UserRole
OVERDUE_COLOUR = ERROR_RED
# (attribute of today.TodayView, section title, heading of the date column, colour)
SECTIONS = (
    ("overdue", N_("Overdue"), N_("Reply due"), ""),
    ("due_today", N_("Due today"), N_("Reply due"), ""),
    ("warning", N_("Pre-breach warnings"), N_("Reply due"), "#8a5300"),
    ("tenant_followups", N_("Tenant follow-ups due"), N_("Call due"), ""),
    ("awaiting_signature", N_("Awaiting signature"), N_("Status"), ""),
    ("to_inform", N_("Customers to inform"), N_("Last contact"), ""),
)
log = logging.getLogger("desk.ui")


class TodayView(Retranslating, QWidget):
    """``openCase(id)`` on double-click or Enter on a case; ``refreshed`` when a refresh
    has ended (its lists, or why not, are shown)."""

    openCase = Signal(int)
    refreshed = Signal()

    def __init__(self, parent: QWidget | None = None, clock=system_clock):
        super().__init__(parent)
        self.setObjectName("todayView")
        self.clock = clock
        self.view: today.TodayView | None = None
        self.loader = Refresher(self, self._loaded, self._failed)
        layout = QVBoxLayout(self)
        self.heading, self.refresh_button, self.error = screen_header(
            self, layout, self.refresh, "todayHeading", scale=1.25, error_name="todayError")
        grid = QGridLayout()
        layout.addLayout(grid, 1)
        self.boxes: dict[str, QGroupBox] = {}
        self.lists: dict[str, QTreeWidget] = {}
        for index, (key, _title, _column, _colour) in enumerate(SECTIONS):
            box = QGroupBox(self)
            box.setObjectName(f"{key}Box")
            inner = QVBoxLayout(box)
            tree = list_tree(box, f"{key}List", 3)
            tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
            tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
            tree.header().setStretchLastSection(False)
            tree.itemActivated.connect(self._activated)
            inner.addWidget(tree)
            grid.addWidget(box, index // 2, index % 2)
            self.boxes[key], self.lists[key] = box, tree
        self._retranslate()
        self.refresh()
        self._follow = follow_cases(self, self.refresh)

    def _retranslate(self) -> None:
        self.refresh_button.setText(_("Refresh"))
        for key, _title, column, _colour in SECTIONS:
            self.lists[key].setHeaderLabels([_("Case no."), _("Complainant"), _(column)])
        self._titles()

    def _titles(self) -> None:
        for key, title, _column, _colour in SECTIONS:
            count = len(getattr(self.view, key)) if self.view else 0
            shown = f"{count}+" if count >= today.LIMIT else str(count)
            self.boxes[key].setTitle(_("{section} ({count})").format(section=_(title),
                                                                     count=shown))

    @property
    def loading(self) -> bool:
        return self.loader.busy

    def refresh(self) -> None:
        """Read today's lists off the UI thread; ``refreshed`` when they are shown."""
        site = next(iter(preferences.list_site_ids()), None)    # None: every site
        self.loader.start(today.today_view, clock=self.clock, site_id=site,
                          person_id=session.acting_id())
        self.refresh_button.setEnabled(False)
        self.heading.setText(_("Loading…"))

    def _loaded(self, view: today.TodayView) -> None:
        self.view = view
        self.error.hide()
        self._show()

    def _failed(self, exc: Exception) -> None:
        log.error("today view failed", exc_info=exc)
        self.view = None
        self.error.setText(_("The list could not be read: {error}").format(
            error=user_message(exc)))
        self.error.show()
        self._show()

    def _show(self) -> None:
        self.refresh_button.setEnabled(True)
        self.heading.setText(_("Today, {date}").format(date=when_text(self.clock.now())))
        for key, _title, _column, colour in SECTIONS:
            items = getattr(self.view, key) if self.view else []
            self._fill(self.lists[key], key, items, colour)
        self._titles()
        self.refreshed.emit()

    def _fill(self, tree: QTreeWidget, key: str, items, colour: str) -> None:
        tree.clear()
        now = self.clock.now()
        if key not in ("awaiting_signature", "to_inform"):
            items = sorted(items, key=lambda e: (not e.mine, e.due is None, e.due or now))
        brushes = {c: QBrush(QColor(c)) for c in {OVERDUE_COLOUR, colour} if c}
        rows = []
        statuses: dict[str, str] = {}
        never, anonymous, yours = _("never"), _("(anonymous)"), _("Your slip")   # once
        for entry in items:
            if key == "awaiting_signature":
                third = statuses.get(entry.status) or statuses.setdefault(
                    entry.status, vocab.label(vocab.STATUSES, entry.status))
            elif key == "to_inform":
                third = entry.note or never
            else:
                third = when_text(entry.due)
            name = entry.complainant or anonymous
            item = QTreeWidgetItem([entry.case_no, name, third])
            item.setData(0, ID_ROLE, entry.complaint_id)
            late = entry.due is not None and entry.due <= now
            if colour or late:
                item.setForeground(2, brushes[OVERDUE_COLOUR if late else colour])
            if entry.mine:   # the person's own slip, first in the list
                bold = item.font(0)
                bold.setBold(True)
                for column in range(3):
                    item.setFont(column, bold)
                item.setToolTip(0, yours)
            rows.append(item)
        if rows:
            # the first row current (for the keyboard) but not selected: six highlighted rows
            # look alarming. Made current before the others are added: with all of them in
            # place, that would lay out every row at once.
            tree.addTopLevelItem(rows[0])
            tree.setCurrentItem(rows[0], 0, QItemSelectionModel.SelectionFlag.NoUpdate)
            tree.addTopLevelItems(rows[1:])
        else:
            empty = QTreeWidgetItem([_("Nothing here"), "", ""])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            tree.addTopLevelItem(empty)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        complaint_id = item.data(0, ID_ROLE)
        if complaint_id is not None:
            self.openCase.emit(int(complaint_id))

    def section(self, key: str) -> QTreeWidget:
        """The list of one section (``overdue``, ``due_today``, ...), for tests."""
        return self.lists[key]
