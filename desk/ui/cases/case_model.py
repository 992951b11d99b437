"""The case list as a lazy table model: pages of rows fetched newest first, never all."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desk.i18n import N_, _
from desk.services.cases import caselist
from desk.services.common import vocab
from desk.services.common.clock import system_clock
from desk.text import mask_phone, when_text
from desk.ui.kit.styles import ERROR_RED

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
_ID = int(ID_ROLE)
_ROW = int(ROW_ROLE)
_ROLES = frozenset((_DISPLAY, _TOOLTIP, _FOREGROUND, _FONT, _ID, _ROW))

OVERDUE_COLOUR = QColor(ERROR_RED)
VOIDED_COLOUR = QColor(140, 140, 140)
URGENT_COLOUR = QColor(190, 60, 0)


def format_age(delta: dt.timedelta) -> str:
    seconds = max(0, int(delta.total_seconds()))
    days, rest = divmod(seconds, 86400)
    hours = rest // 3600
    if days >= 1:
        return _("{days} d {hours} h").format(days=days, hours=hours)
    minutes = (rest % 3600) // 60
    return _("{hours} h {minutes} min").format(hours=hours, minutes=minutes)


class CaseTableModel(QAbstractTableModel):
    """Rows of ``caselist.CaseRow``; ``fetchMore`` adds the next page (keyset paging)."""

    def __init__(self, parent=None, clock=system_clock, page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self.clock = clock
        self.page_size = page_size
        self.filter = caselist.CaseFilter()
        self.rows: list[caselist.CaseRow] = []
        self.exhausted = False
        self.now = clock.now()
        self.mask_phones = False     # the viewer's role does not call customers

    # --- loading -------------------------------------------------------------------------
    def set_filter(self, flt: caselist.CaseFilter) -> None:
        """Show the cases passing ``flt``, starting again with the first page."""
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = []
        self.exhausted = False
        self.now = self.clock.now()
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and not self.exhausted

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid() or self.exhausted:
            return
        before = self.rows[-1].id if self.rows else None
        page = caselist.fetch_page(self.filter, before_id=before, limit=self.page_size,
                                   clock=self.clock)
        if len(page) < self.page_size:
            self.exhausted = True
        if not page:
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self.rows.extend(page)
        self.endInsertRows()

    def count(self, cap: int = COUNT_CAP) -> tuple[int, bool]:
        """How many cases pass the filter: (number, whether it reached ``cap``)."""
        if self.exhausted:
            return len(self.rows), False
        total = caselist.count(self.filter, clock=self.clock, cap=cap)
        return total, total >= cap

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
        if key == "phone" and self.mask_phones:
            return mask_phone(row.phone)
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
        if role == _ID:
            return row.id
        return row

    def _tooltip(self, row, key: str):
        if row.voided:
            return _("This case was voided.")
        if key == "deadline" and row.is_overdue(self.now):
            return _("Overdue: the promised reply time has passed.")
        if key in ("summary", "category", "channel", "complainant", "object", "status",
                   "severity"):
            return self.text(row, key) or None
        return None

    def _foreground(self, row, key: str):
        if row.voided:
            return QBrush(VOIDED_COLOUR)
        if key in ("deadline", "status") and row.is_overdue(self.now):
            return QBrush(OVERDUE_COLOUR)
        if key == "severity" and row.severity == "urgent":
            return QBrush(URGENT_COLOUR)
        return None

    def _font(self, row, key: str):
        if row.voided:
            font = QFont()
            font.setItalic(True)
            return font
        if key == "deadline" and row.is_overdue(self.now):
            font = QFont()
            font.setBold(True)
            return font
        return None
