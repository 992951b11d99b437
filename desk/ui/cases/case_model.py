"""The case list as a lazy table model: pages of rows read in the background, newest first
or in the order of a column, never all."""
from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from desk.i18n import N_, _
from desk.services.cases import caselist, casesort
from desk.services.common import vocab
from desk.services.common.clock import system_clock
from desk.text import mask_phone, phone_text, when_text
from desk.ui.kit.styles import ERROR_RED
from desk.ui.kit.workers import Job, run_in_thread

PAGE_SIZE = 100     # rows per page: the first fills a maximised window, more on scrolling
COUNT_CAP = 10000

# (key, header) in display order; headers are translated when shown.
COLUMNS = (
    ("case_no", N_("Case no.")),
    ("received", N_("Received")),
    ("status", N_("Status")),
    ("severity", N_("Severity")),
    ("category", N_("Category")),
    ("channel", N_("Channel")),
    ("complainant", N_("Complainant")),
    ("phone", N_("Phone")),
    ("object", N_("Complaint about")),
    ("deadline", N_("Reply due")),
    ("age", N_("Age")),
    ("summary", N_("Summary")),
)
COLUMN_KEYS = [key for key, _label in COLUMNS]
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
# The roles as plain numbers: data() runs for every role of every cell painted, and
# comparing with Qt's enum members there cost a few ms of the first paint.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_ID = int(ID_ROLE)
_ROW = int(ROW_ROLE)
_ROLES = frozenset((_DISPLAY, _TOOLTIP, _FOREGROUND, _FONT, _BACKGROUND, _ID, _ROW))

OVERDUE_COLOUR = QColor(ERROR_RED)
VOIDED_COLOUR = QColor(140, 140, 140)
URGENT_COLOUR = QColor(190, 60, 0)
WARNING_COLOUR = QColor(176, 96, 0)      # pre-breach: most of the time to the reply is used
# Severity cells: a tint that reads on a selected row too, text stays dark.
SEVERITY_BACKGROUND = {"serious": QColor(255, 236, 196), "urgent": QColor(255, 205, 196)}


def format_age(delta: dt.timedelta) -> str:
    seconds = max(0, int(delta.total_seconds()))
    days, rest = divmod(seconds, 86400)
    hours = rest // 3600
    if days >= 1:
        return _("{days} d {hours} h").format(days=days, hours=hours)
    minutes = (rest % 3600) // 60
    return _("{hours} h {minutes} min").format(hours=hours, minutes=minutes)


def _page(token: int, flt: caselist.CaseFilter, after, limit: int, clock):
    """A page job (on a pool thread): ``(token, rows)``."""
    return token, caselist.fetch_page(flt, after=after, limit=limit, clock=clock)


def _count(token: int, flt: caselist.CaseFilter, cap: int, clock):
    """A count job (on a pool thread): ``(token, number)``."""
    return token, caselist.count(flt, clock=clock, cap=cap)


class CaseTableModel(QAbstractTableModel):
    """Rows of ``caselist.CaseRow``; ``fetchMore`` adds the next page (keyset paging).

    Pages and counts are read on a pool thread and applied here on the UI thread; a
    result that a newer filter or sort made stale is dropped. ``page_loaded`` follows
    each page applied, ``counted(number, capped)`` each count, ``failed(exc)`` a read
    that went wrong."""

    page_loaded = Signal()
    counted = Signal(int, bool)
    failed = Signal(object)

    def __init__(self, parent=None, clock=system_clock, page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self.clock = clock
        self.page_size = page_size
        self.filter = caselist.CaseFilter()
        self.rows: list[caselist.CaseRow] = []
        self.exhausted = False
        self.now = clock.now()
        self.mask_phones = False     # the viewer's role does not call customers
        self.token = 0            # of the newest reload: older pages and counts are stale
        self.fetching = False     # a page of the newest reload is on its way
        self.count_token = 0
        self._jobs: list[Job] = []

    # --- loading -------------------------------------------------------------------------
    def set_filter(self, flt: caselist.CaseFilter) -> None:
        """Show the cases passing ``flt``, starting again with the first page."""
        self.filter = flt
        self.reload()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Order by ``column`` in the database (``casesort``); other columns are ignored."""
        key = COLUMN_KEYS[column] if 0 <= column < len(COLUMN_KEYS) else ""
        if key not in casesort.SORTABLE:
            return
        self.filter = dataclasses.replace(
            self.filter, sort=key, descending=order == Qt.SortOrder.DescendingOrder)
        self.reload()

    @property
    def loading(self) -> bool:
        """A page or a count of the newest reload is still on its way."""
        return self.fetching or self.count_token != 0

    def reload(self) -> None:
        for job in self._jobs:
            job.cancel()
        self._jobs = []
        self.token += 1
        self.count_token = 0
        self.beginResetModel()
        self.rows = []
        self.exhausted = False
        self.now = self.clock.now()
        self.endResetModel()
        self.fetching = False
        self.fetchMore(QModelIndex())

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and not self.exhausted and not self.fetching

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid() or self.exhausted or self.fetching:
            return
        self.fetching = True
        after = self.rows[-1] if self.rows else None
        self._start(_page, self._page_arrived, self.token, dataclasses.replace(self.filter),
                    after, self.page_size, self.clock)

    def _start(self, fn, on_result, *args) -> None:
        self._jobs = [job for job in self._jobs if job in Job._running]
        self._jobs.append(run_in_thread(fn, *args, on_result=on_result,
                                        on_error=self._job_failed))

    def _page_arrived(self, outcome) -> None:
        token, page = outcome
        if token != self.token:
            return                  # stale: the filter or the order changed meanwhile
        self.fetching = False
        if len(page) < self.page_size:
            self.exhausted = True
        if page:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()
        self.page_loaded.emit()

    def _job_failed(self, exc) -> None:
        self.fetching = False
        self.exhausted = True       # no retry loop: the next reload tries again
        self.count_token = 0
        self.failed.emit(exc)

    def request_count(self, cap: int = COUNT_CAP) -> None:
        """Count the cases passing the filter (up to ``cap``); ``counted`` follows."""
        if self.exhausted and not self.fetching:
            self.counted.emit(len(self.rows), False)
            return
        self.count_token = self.token
        self._cap = cap
        self._start(_count, self._count_arrived, self.token, dataclasses.replace(self.filter),
                    cap, self.clock)

    def _count_arrived(self, outcome) -> None:
        token, total = outcome
        if token != self.token or token != self.count_token:
            return
        self.count_token = 0
        self.counted.emit(total, total >= self._cap)

    # --- reading -------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return _(COLUMNS[section][1])
        return None

    def row_at(self, row: int) -> caselist.CaseRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, complaint_id: int) -> int:
        for number, row in enumerate(self.rows):
            if row.id == complaint_id:
                return number
        return -1

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, len(COLUMNS) - 1))

    def text(self, row: caselist.CaseRow, key: str) -> str:
        if key == "case_no":
            return row.case_no
        if key == "received":
            return when_text(row.received_at)
        if key == "status":
            if row.voided:
                return _("Voided")
            return vocab.label(vocab.STATUSES, row.status)
        if key == "severity":
            return vocab.label(vocab.SEVERITIES, row.severity)
        if key == "deadline":
            return when_text(row.reply_due_at)
        if key == "age":
            return format_age(row.age(self.now))
        if key == "phone":
            return mask_phone(row.phone) if self.mask_phones else phone_text(row.phone)
        return getattr(row, key)

    def data(self, index: QModelIndex, role=_DISPLAY):
        role = int(role)
        if role not in _ROLES:
            return None
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        key = COLUMN_KEYS[index.column()]
        if role == _DISPLAY:
            return self.text(row, key)
        if role == _TOOLTIP:
            return self._tooltip(row, key)
        if role == _FOREGROUND:
            return self._foreground(row, key)
        if role == _FONT:
            return self._font(row, key)
        if role == _BACKGROUND:
            if key == "severity" and not row.voided and row.severity in SEVERITY_BACKGROUND:
                return QBrush(SEVERITY_BACKGROUND[row.severity])
            return None
        if role == _ID:
            return row.id
        return row

    def due_soon(self, row) -> bool:
        """Pre-breach: open, not overdue, most of the time to the reply used."""
        return row.deadline_state == "warning" and not row.is_overdue(self.now)

    def _tooltip(self, row, key: str):
        if row.voided:
            return _("This case was voided.")
        if key == "deadline" and row.is_overdue(self.now):
            return _("Overdue: the promised reply time has passed.")
        if key == "deadline" and self.due_soon(row):
            return _("Reply due soon: most of the time to the promised reply is used.")
        if key in ("summary", "category", "channel", "complainant", "object", "status",
                   "severity"):
            return self.text(row, key) or None
        return None

    def _foreground(self, row, key: str):
        if row.voided:
            return QBrush(VOIDED_COLOUR)
        if key in ("deadline", "status") and row.is_overdue(self.now):
            return QBrush(OVERDUE_COLOUR)
        if key == "deadline" and self.due_soon(row):
            return QBrush(WARNING_COLOUR)
        if key == "severity" and row.severity == "urgent":
            return QBrush(URGENT_COLOUR)
        return None

    def _font(self, row, key: str):
        if row.voided:
            font = QFont()
            font.setItalic(True)
            return font
        if key == "deadline" and (row.is_overdue(self.now) or self.due_soon(row)):
            font = QFont()
            font.setBold(True)
            return font
        return None
