"""The operations manager's daily review: the day's handling slips (and older ones nobody
has reviewed), each marked reviewed with an optional comment; tiles for open, due today,
overdue and awaiting signature with the week's trend."""
from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QDate, QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.i18n import _
from desk.services.audit import trail
from desk.services.casework import review
from desk.services.common import vocab
from desk.services.common.clock import system_clock
from desk.services.common.errors import user_message
from desk.text import when_text
from desk.ui.access import session
from desk.ui.access.session import ActingUser
from desk.ui.kit.events import follow_cases
from desk.ui.kit.retranslate import Retranslating
from desk.ui.kit.styles import ERROR_RED
from desk.ui.kit.widgets import embolden, error_label, list_tree, screen_header
from desk.ui.kit.workers import Refresher

log = logging.getLogger("desk.ui")
ID_ROLE = Qt.ItemDataRole.UserRole
LATE = ERROR_RED
OLDER = "#8a5300"
DONE = "#2e7d32"


class Sparkline(QWidget):
    """The week's values as a small line."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.values: list[int] = []
        self.setMinimumSize(80, 24)

    def set_values(self, values: list[int]) -> None:
        self.values = list(values)
        self.update()

    def paintEvent(self, _event) -> None:
        if len(self.values) < 2:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#1f4e79"), 1.5))
        low, high = min(self.values), max(self.values)
        span = (high - low) or 1
        w, h = self.width() - 4, self.height() - 4
        points = [QPointF(2 + w * i / (len(self.values) - 1),
                          2 + h - h * (v - low) / span) for i, v in enumerate(self.values)]
        for a, b in zip(points, points[1:]):
            painter.drawLine(a, b)
        painter.end()


class Tile(QFrame):
    def __init__(self, key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"{key}Tile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.title = QLabel(self)
        self.value = QLabel(self)
        self.value.setObjectName(f"{key}Value")
        embolden(self.value, 2)
        self.spark = Sparkline(self)
        self.change = QLabel(self)
        for widget in (self.title, self.value, self.spark, self.change):
            layout.addWidget(widget)

    def show_tile(self, tile: review.Tile) -> None:
        self.title.setText(_(tile.label))
        self.value.setText(str(tile.value))
        self.spark.set_values(tile.trend)
        change = f"{tile.change:+d}" if tile.change else "±0"
        self.change.setText(_("{change} against a week ago").format(change=change))


def _review_data(day: dt.date, clock) -> tuple:
    """Off the UI thread: the day, its slips, the tiles and the audit trail's head."""
    return (day, review.review_list(day, clock=clock), review.dashboard_tiles(clock=clock),
            trail.head())


class DailyReviewView(Retranslating, QWidget):
    """``openCase(id)`` on double-click or Enter on a slip; ``refreshed`` when a refresh
    has ended (its slips and tiles, or why not, are shown)."""

    openCase = Signal(int)
    refreshed = Signal()

    operator_id = ActingUser()

    def __init__(self, parent: QWidget | None, clock=system_clock):
        super().__init__(parent)
        self.setObjectName("dailyReview")
        self.clock = clock
        self.items: list[review.ReviewItem] = []
        self.advance = False      # after the next load, go to the first unreviewed slip
        self.loader = Refresher(self, self._loaded, self._failed)
        layout = QVBoxLayout(self)
        tiles = QHBoxLayout()
        self.tiles = {key: Tile(key, self) for key in review.TILES}
        for tile in self.tiles.values():
            tiles.addWidget(tile)
        layout.addLayout(tiles)
        self.day = QDateEdit(self)
        self.day.setObjectName("reviewDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        today = clock.now().date()
        self.day.setDate(QDate(today.year, today.month, today.day))
        header = screen_header(self, layout, self.refresh, button_name="refreshReview",
                               extras=(self.day,))
        self.heading, self.refresh_button = header.heading, header.refresh_button
        self.tree = list_tree(self, "reviewList", 7)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.tree, 1)
        self.error = error_label(self, "reviewError")
        layout.addWidget(self.error)
        self.anchor = QLabel(self)
        self.anchor.setObjectName("auditHead")
        self.anchor.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.head: trail.Head | None = None
        layout.addWidget(self.anchor)
        bottom = QHBoxLayout()
        self.comment = QLineEdit(self)
        self.comment.setObjectName("reviewComment")
        self.comment.setMaxLength(review.COMMENT_LIMIT)
        self.mark_button = QPushButton(self)
        self.mark_button.setObjectName("markReviewed")
        bottom.addWidget(self.comment, 1)
        bottom.addWidget(self.mark_button)
        layout.addLayout(bottom)
        self.day.dateChanged.connect(self.refresh)
        self.mark_button.clicked.connect(self.mark_current)
        self.comment.returnPressed.connect(self.mark_current)
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(self._current_changed)
        self._retranslate()
        self.refresh()
        self._follow = follow_cases(self, self.refresh)

    def _retranslate(self) -> None:
        self.refresh_button.setText(_("Refresh"))
        self.mark_button.setText(_("Mark reviewed"))
        self.comment.setPlaceholderText(_("Comment (optional)"))
        self.tree.setHeaderLabels([_("Case no."), _("Complainant"), _("Handled by"),
                                   _("Status"), _("Reply due"), _("Issued"), _("Reviewed")])
        session.allow(self.mark_button, "review_day")

    def user_changed(self) -> None:
        session.allow(self.mark_button, "review_day")
        self.refresh()

    def chosen_day(self) -> dt.date:
        d = self.day.date()
        return dt.date(d.year(), d.month(), d.day())

    @property
    def loading(self) -> bool:
        return self.loader.busy

    def refresh(self) -> None:
        """Read the chosen day's slips and the tiles off the UI thread; ``refreshed`` when
        they are shown."""
        self.loader.start(_review_data, self.chosen_day(), self.clock)
        self.refresh_button.setEnabled(False)
        self.heading.setText(_("Loading…"))

    def _loaded(self, data: tuple) -> None:
        day, self.items, tiles, self.head = data
        for tile in tiles:
            self.tiles[tile.key].show_tile(tile)
        self.error.hide()
        self._show(day)

    def _failed(self, exc: Exception) -> None:
        log.error("daily review failed", exc_info=exc)
        self.items = []
        self._show_error(_("The slips could not be read: {error}").format(
            error=user_message(exc)))
        self._show(self.chosen_day())

    def _show(self, day: dt.date) -> None:
        self.refresh_button.setEnabled(True)
        # The paper anchor: written on the day's review sheet, checked with
        # ``desk audit verify --head``.
        self.anchor.setText(self.head.text() if self.head else "")
        todays = sum(1 for i in self.items if not i.older)
        done = sum(1 for i in self.items if not i.older and i.reviewed_at)
        self.heading.setText(_("Handling slips of {day}: {done} of {count} reviewed").format(
            day=day.isoformat(), done=done, count=todays))
        self._fill()
        if self.advance:
            self.advance = False
            nxt = self._first_unreviewed()
            if nxt is not None:
                self.tree.setCurrentItem(nxt)
        self.refreshed.emit()

    def _fill(self) -> None:
        current = self.current_slip()
        self.tree.clear()
        now = self.clock.now()
        for entry in self.items:
            reviewed = (_("{when} by {name}").format(when=when_text(entry.reviewed_at),
                                                     name=entry.reviewed_by)
                        if entry.reviewed_at else "")
            if entry.comment:
                reviewed = f"{reviewed}: {entry.comment}"
            issued = when_text(entry.issued_at)
            if entry.older:
                issued = _("{when} (earlier, not reviewed)").format(when=issued)
            item = QTreeWidgetItem([
                entry.case_no, entry.complainant or _("(anonymous)"),
                " · ".join(x for x in (entry.route, entry.handler) if x),
                vocab.label(vocab.STATUSES, entry.status), when_text(entry.deadline), issued,
                reviewed])
            item.setData(0, ID_ROLE, entry.slip_id)
            item.setData(1, ID_ROLE, entry.complaint_id)
            if entry.overdue or (entry.deadline and entry.deadline < now
                                 and entry.status in vocab.OPEN_STATUSES):
                item.setForeground(4, QBrush(QColor(LATE)))
            if entry.older:
                item.setForeground(5, QBrush(QColor(OLDER)))
            if entry.reviewed_at:
                item.setForeground(6, QBrush(QColor(DONE)))
            self.tree.addTopLevelItem(item)
            if entry.slip_id == current:
                self.tree.setCurrentItem(item)
        if self.tree.currentItem() is None and self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self._first_unreviewed() or self.tree.topLevelItem(0))

    def _first_unreviewed(self):
        for index, entry in enumerate(self.items):
            if not entry.reviewed_at:
                return self.tree.topLevelItem(index)
        return None

    def current_slip(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def _current_changed(self, item, _previous) -> None:
        entry = self._entry(item)
        self.comment.setText(entry.comment if entry else "")

    def _entry(self, item) -> review.ReviewItem | None:
        if item is None:
            return None
        slip_id = item.data(0, ID_ROLE)
        return next((e for e in self.items if e.slip_id == slip_id), None)

    def mark_current(self) -> None:
        slip_id = self.current_slip()
        if slip_id is None:
            return
        try:
            review.mark_reviewed(slip_id, self.operator_id, self.comment.text(),
                                 clock=self.clock)
        except Exception as exc:
            self._show_error(user_message(exc))
            return
        self.advance = True
        self.refresh()
        self.comment.setFocus()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        complaint_id = item.data(1, ID_ROLE)
        if complaint_id is not None:
            self.openCase.emit(int(complaint_id))

    def row_texts(self) -> list[list[str]]:
        """What the list shows, for tests."""
        return [[self.tree.topLevelItem(r).text(c) for c in range(self.tree.columnCount())]
                for r in range(self.tree.topLevelItemCount())]
