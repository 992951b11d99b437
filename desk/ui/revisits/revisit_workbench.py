"""The clerk's revisit workbench (客户回访): today's calls on the left, the call on the right.

Opening it first schedules what is due (this month's campaign on its first working day,
the periodic plans) off the UI thread, then lists the calls. Keyboard: the list has the
focus; Enter (or selecting a row) loads the call; Tab walks the call panel.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QHeaderView,
    QScrollArea,
    QSplitter,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.i18n import _
from desk.services.common.clock import system_clock
from desk.services.common.errors import user_message
from desk.services.retention.phones import shown_number
from desk.services.revisits import calls as revisit_calls
from desk.services.revisits import schedule as revisits
from desk.services.revisits.vocab import REVISIT_KINDS, label
from desk.ui.access.session import ActingUser
from desk.ui.kit.events import follow_cases
from desk.ui.kit.retranslate import Retranslating
from desk.ui.kit.widgets import list_tree, screen_header
from desk.ui.kit.workers import Refresher, run_in_thread
from desk.ui.revisits.revisit_call_panel import RevisitCallPanel

ID_ROLE = Qt.ItemDataRole.UserRole
log = logging.getLogger("desk.ui")


def choose_call(ids: list[int], following: int | None, keep: int | None,
                typed: bool) -> int | None:
    """The call to show over the list ``ids``: the one shown (``keep``) when it left the
    list with words typed in it; else the call that followed a finished one, else the one
    shown, else the first."""
    if keep is not None and keep not in ids and typed:
        return keep
    return following if following in ids else keep if keep in ids else (
        ids[0] if ids else None)


def _due_and_sheet(clock, following: int | None, keep: int | None, typed: bool) -> tuple:
    """(The calls due, the sheet of the one the list will show or ``None``), on a worker:
    the call that followed a finished one, else the one shown, else the first; the one
    shown also when it left the list with words typed in it. A sheet that cannot be read
    is read again on the UI thread, which says why."""
    rows = revisit_calls.calls_due(clock=clock)
    target = choose_call([row.id for row in rows], following, keep, typed)
    try:
        return rows, revisit_calls.call_sheet(target) if target is not None else None
    except Exception as exc:
        log.info("call sheet not read in the background: %r", exc)
        return rows, None


class RevisitWorkbench(Retranslating, QWidget):
    """Signals: ``scheduled(dict)`` once the due revisits are made; ``caseReopened(id)`` and
    ``newComplaintSaved(id)`` from the call panel (the main window may open the case);
    ``refreshed`` when the list has been read again.

    The list is read off the UI thread (at most ``LIST_LIMIT`` rows through an index), when
    the tab opens, after each step and after another desk's change; the call on the right
    keeps what the person typed while its sheet is read again."""

    scheduled = Signal(dict)
    refreshed = Signal()
    caseReopened = Signal(int)
    newComplaintSaved = Signal(int)

    operator_id = ActingUser()

    def __init__(self, parent: QWidget | None = None, clock=system_clock,
                 auto_schedule: bool = False):
        super().__init__(parent)
        self.setObjectName("revisitWorkbench")
        self.clock = clock
        self.rows: list[revisit_calls.CallRow] = []
        self._job = None
        layout = QVBoxLayout(self)
        self.heading, self.refresh_button, self.error = screen_header(
            self, layout, self.refresh, "revisitHeading", scale=1.25,
            error_name="workbenchError")
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setChildrenCollapsible(False)
        self.list = list_tree(split, "callList", 4)
        header = self.list.header()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemActivated.connect(self._activated)
        self.panel = RevisitCallPanel(None, clock)
        self.panel.changed.connect(self._after_change)
        self.panel.caseReopened.connect(self.caseReopened)
        self.panel.newComplaintSaved.connect(self.newComplaintSaved)
        scroll = QScrollArea(split)
        scroll.setObjectName("callScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.panel)
        split.addWidget(self.list)
        split.addWidget(scroll)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        split.setSizes([400, 800])
        layout.addWidget(split, 1)
        self.setFocusProxy(self.list)
        self._following: int | None = None      # the call to show after a finished one
        self._after_step = False                # a step's message stays across the read
        self.loader = Refresher(self, self._loaded, self._load_failed)
        self._retranslate()
        self.refresh()
        follow_cases(self, self.refresh)     # another desk's step, a case changed here
        if auto_schedule:
            self.schedule_due()

    def _retranslate(self) -> None:
        self.refresh_button.setText(_("R&efresh"))
        self.list.setHeaderLabels([_("Due"), _("Customer"), _("Revisit"), _("Attempts")])
        self.panel.retranslate()
        self._set_heading()

    def _set_heading(self) -> None:
        count = len(self.rows)
        shown = f"{count}+" if count >= revisit_calls.LIST_LIMIT else str(count)
        self.heading.setText(_("Revisits due today, {date} ({count})").format(
            date=self.clock.now().strftime("%Y-%m-%d"), count=shown))

    # ------------------------------------------------------------------ data
    def schedule_due(self) -> None:
        """Make the revisits that are due (campaign, periodic plans) off the UI thread."""
        self._job = run_in_thread(revisits.run_due, self.clock,
                                  on_result=self._scheduled, on_error=self._failed)

    def _scheduled(self, made: dict) -> None:
        if any(made.values()):
            self.refresh()
        self.scheduled.emit(made)

    def _failed(self, exc) -> None:
        self.error.setText(_("The revisits due could not be scheduled: {error}").format(
            error=user_message(exc)))
        self.error.show()
        self.scheduled.emit({})

    def refresh(self) -> None:
        """Read the list again, and the sheet of the call it will show, off the UI thread;
        ``refreshed`` when it is shown."""
        keep = self.current_id()
        if keep is None and self.panel.sheet is not None:
            keep = self.panel.sheet.id
        self.loader.start(_due_and_sheet, self.clock, self._following, keep,
                          self.panel.has_typed())

    def _load_failed(self, exc) -> None:
        log.error("revisit list failed: %s", exc)
        self.error.setText(_("The list could not be read: {error}").format(
            error=user_message(exc)))
        self.error.show()
        self._show([])

    def _loaded(self, outcome: tuple) -> None:
        self.error.hide()
        self._show(*outcome)

    def _show(self, rows: list, read: revisit_calls.CallSheet | None = None) -> None:
        keep = self.current_id()
        if keep is None and self.panel.sheet is not None:
            keep = self.panel.sheet.id
        self.rows = rows
        self.list.blockSignals(True)
        self.list.clear()
        today = self.clock.now().date()
        number = shown_number(self.operator_id)
        items = []
        late = QBrush(Qt.GlobalColor.darkRed)   # one brush: a colour is converted per call
        kinds = {kind: label(REVISIT_KINDS, kind) for kind in {row.kind for row in rows}}
        for row in self.rows:
            phone = number(row.phone)
            item = QTreeWidgetItem([row.due_date.isoformat(), row.name or phone or _("(no name)"),
                                    kinds[row.kind], str(row.attempts)])
            item.setData(0, ID_ROLE, row.id)
            item.setToolTip(1, "\n".join([phone, *row.case_nos]))
            if row.due_date < today:
                item.setForeground(0, late)
            items.append(item)
        self.list.addTopLevelItems(items)     # at once: the columns are sized once
        if not self.rows:
            empty = QTreeWidgetItem([_("No revisits due"), "", "", ""])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addTopLevelItem(empty)
        self.list.blockSignals(False)
        self._set_heading()
        ids = [r.id for r in self.rows]
        target = choose_call(ids, self._following, keep, self.panel.has_typed())
        if target is not None and target not in ids:   # finished elsewhere: its words stay
            self.panel.load(target, keep_typed=True, read=read)
        else:
            self._following = None
            said = (self.panel.message.text(), self.panel.message.styleSheet())
            self.select(target, read)
            if self._after_step:      # what the step said stays under the next call
                self.panel.message.setText(said[0])
                self.panel.message.setStyleSheet(said[1])
        self._after_step = False
        self.refreshed.emit()

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        value = item.data(0, ID_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def select(self, revisit_id: int | None,
               read: revisit_calls.CallSheet | None = None) -> None:
        """Make ``revisit_id`` the current call (``read``: its sheet, if already read)."""
        for index in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(index)
            if item.data(0, ID_ROLE) == revisit_id and revisit_id is not None:
                self.list.blockSignals(True)
                self.list.setCurrentItem(item)
                self.list.blockSignals(False)
                self.panel.load(revisit_id, keep_typed=True, read=read)   # the same call
                return
        self.panel.load(None)

    def _current_changed(self, current, _previous) -> None:
        value = current.data(0, ID_ROLE) if current is not None else None
        self.panel.load(int(value) if value is not None else None)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        if item.data(0, ID_ROLE) is None:
            return
        target = self.panel.method if self.panel.method.isEnabled() else self.panel.words
        target.setFocus()

    def _after_change(self) -> None:
        """After each step the list is read again; a finished revisit leaves it and the
        next one is shown, with the message of what was done."""
        current = self.current_id()
        self._after_step = True
        finished = self.panel.sheet is None or self.panel.sheet.status != "due"
        ids = [r.id for r in self.rows]
        self._following = (ids[ids.index(current) + 1] if finished and current in ids[:-1]
                           else None)
        self.refresh()
