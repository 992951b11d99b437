"""The change history of one complaint: when, who, which field, old and new value."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.i18n import N_, _
from desk.services.cases import complaints
from desk.services.common import vocab
from desk.services.org import organisation
from desk.text import mask_phone, when_text

CELL_CHARS = 200
TIP_CHARS = 2000

FIELD_LABELS = {
    "channel": N_("Channel"),
    "category": N_("Category"),
    "severity": N_("Severity"),
    "complainant_name": N_("Complainant"),
    "phone": N_("Phone"),
    "address": N_("Address"),
    "room_no": N_("Room no."),
    "member_no": N_("Member no."),
    "customer_class": N_("Customer class"),
    "anonymous": N_("Anonymous"),
    "incident_at": N_("When it happened"),
    "incident_place": N_("Place"),
    "object_type": N_("About"),
    "tenant": N_("Tenant / shop"),
    "department": N_("Department"),
    "staff": N_("Staff member"),
    "object_text": N_("Product or service"),
    "description": N_("What happened"),
    "demands": N_("Demand"),
    "demand_text": N_("Demand in the customer's words"),
    "reply_due_at": N_("Promised reply"),
    "voided": N_("Voided"),
    "attachment": N_("Attachment added"),
}
_CODE_TABLES = {"severity": vocab.SEVERITIES, "customer_class": vocab.CUSTOMER_CLASSES,
                "object_type": vocab.OBJECT_TYPES}
_CHOICE_LISTS = {"channel": organisation.channels, "category": organisation.categories,
                 "tenant": organisation.tenants, "department": organisation.departments,
                 "staff": organisation.staff}


def field_label(field: str) -> str:
    text = FIELD_LABELS.get(field)
    return _(text) if text else field


class ValueNames:
    """Turns stored values (codes, ids, flags) into words, looking each list up once."""

    def __init__(self):
        self._names: dict[str, dict[str, str]] = {}

    def _choices(self, field: str) -> dict[str, str]:
        if field not in self._names:
            self._names[field] = {str(c.id): c.label
                                  for c in _CHOICE_LISTS[field](include_inactive=True)}
        return self._names[field]

    def text(self, field: str, value: str) -> str:
        if not value:
            return ""
        if field in _CODE_TABLES:
            return vocab.label(_CODE_TABLES[field], value)
        if field == "demands":
            return ", ".join(vocab.label(vocab.DEMANDS, code) for code in value.split(",")
                             if code)
        if field == "anonymous":
            return _("Yes") if value == "1" else _("No")
        if field in _CHOICE_LISTS:
            return self._choices(field).get(value, value)
        return value


def _cell(text: str) -> QTableWidgetItem:
    flat = " ".join(text.split())
    item = QTableWidgetItem(flat if len(flat) <= CELL_CHARS else flat[:CELL_CHARS] + "…")
    if len(flat) > 40 or "\n" in text:
        item.setToolTip(text if len(text) <= TIP_CHARS else text[:TIP_CHARS] + "…")
    return item


class HistoryPanel(QWidget):
    HEADERS = (N_("When"), N_("By"), N_("Field"), N_("Before"), N_("After"))

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("historyPanel")
        self.complaint_id: int | None = None
        #: earlier and later phone numbers shown masked (a role that does not call)
        self.mask_phones = False
        self.table = QTableWidget(0, len(self.HEADERS), self)
        self.table.setObjectName("historyTable")
        self.table.setHorizontalHeaderLabels([_(h) for h in self.HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def load(self, complaint_id: int) -> None:
        self.complaint_id = complaint_id
        entries = complaints.history(complaint_id)
        names = ValueNames()

        def shown(field: str, value: str) -> str:
            text = names.text(field, value)
            return mask_phone(text) if field == "phone" and self.mask_phones and text else text

        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            cells = (when_text(entry.at), entry.by, field_label(entry.field),
                     shown(entry.field, entry.old_value), shown(entry.field, entry.new_value))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, _cell(text))

    def rows(self) -> list[tuple[str, ...]]:
        """What the table shows, row by row (for tests and copying)."""
        return [tuple(self.table.item(r, c).text() for c in range(self.table.columnCount()))
                for r in range(self.table.rowCount())]
