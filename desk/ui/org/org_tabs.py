"""One tab of the organisation setup: a list of entries and an editor for one of them.

Entries are added, edited and deactivated, never deleted. What each kind of entry holds
and how it is saved is described by an ``EntitySpec`` (see ``org_specs``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from desk.i18n import _
from desk.services.common.validation import ValidationError
from desk.ui.forms.ui_entity_tab import Ui_EntityTab
from desk.ui.kit.styles import ERROR_STYLE

INACTIVE_COLOUR = QColor(140, 140, 140)


@dataclass
class FieldSpec:
    key: str
    label: str                      # marked with N_, translated when shown
    kind: str = "text"              # text | combo | check
    choices: Callable[[], list[tuple[str, object]]] | None = None   # (label, value)
    max_length: int = 100
    in_table: bool = True


@dataclass
class EntitySpec:
    title: str                      # marked with N_
    fields: list[FieldSpec]
    rows: Callable[[], list[dict]]  # each with "id", "active" and the field keys
    save: Callable[[dict, int | None], int]
    object_name: str = ""
    extra: dict = field(default_factory=dict)


class EntityTab(QWidget):
    changed = Signal()

    def __init__(self, spec: EntitySpec, parent=None):
        super().__init__(parent)
        self.spec = spec
        self.ui = Ui_EntityTab()
        self.ui.setupUi(self)
        if spec.object_name:
            self.setObjectName(spec.object_name)
        self.rows: list[dict] = []
        self.current: dict | None = None
        self.inputs: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self.active_box = QCheckBox(self)
        self.active_box.setObjectName("activeBox")
        self._build_editor()
        self.ui.rowsTable.itemSelectionChanged.connect(self._selection_changed)
        self.ui.newButton.clicked.connect(self.start_new)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.activeButton.clicked.connect(self.toggle_active)
        self.ui.formMessage.setStyleSheet(ERROR_STYLE)
        self.ui.formMessage.hide()
        self.ui.rowsTable.verticalHeader().setDefaultSectionSize(
            self.fontMetrics().height() + 8)
        self.reload()
        self.start_new()

    # --- editor --------------------------------------------------------------------------
    def _build_editor(self) -> None:
        form = self.ui.editorForm
        for spec in self.spec.fields:
            if spec.kind == "combo":
                widget = QComboBox(self)
            elif spec.kind == "check":
                widget = QCheckBox(self)
            else:
                widget = QLineEdit(self)
                widget.setMaxLength(spec.max_length)
            widget.setObjectName(f"{spec.key}Input")
            label = QLabel(self)
            label.setBuddy(widget)
            error = QLabel(self)
            error.setObjectName(f"{spec.key}Error")
            error.setWordWrap(True)
            error.setStyleSheet(ERROR_STYLE)
            error.hide()
            form.addRow(label, widget)
            form.addRow("", error)
            self.inputs[spec.key] = widget
            self.labels[spec.key] = label
            self.errors[spec.key] = error
        form.addRow("", self.active_box)
        self.retranslate()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        for spec in self.spec.fields:
            self.labels[spec.key].setText(_("{label}:").format(label=_(spec.label)))
            widget = self.inputs[spec.key]
            if isinstance(widget, QComboBox):
                self._fill_combo(widget, spec)
        self.active_box.setText(_("Active (offered in pick lists)"))
        headers = [_(f.label) for f in self.spec.fields if f.in_table] + [_("Active")]
        table = self.ui.rowsTable
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        self._update_active_button()

    def _fill_combo(self, combo: QComboBox, spec: FieldSpec) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, value in spec.choices() if spec.choices else []:
            combo.addItem(text, value)
        index = combo.findData(current)
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)

    def values(self) -> dict:
        result = {}
        for spec in self.spec.fields:
            widget = self.inputs[spec.key]
            if isinstance(widget, QComboBox):
                result[spec.key] = widget.currentData()
            elif isinstance(widget, QCheckBox):
                result[spec.key] = widget.isChecked()
            else:
                result[spec.key] = widget.text()
        result["active"] = self.active_box.isChecked()
        return result

    def set_values(self, row: dict | None) -> None:
        row = row or {}
        for spec in self.spec.fields:
            widget = self.inputs[spec.key]
            value = row.get(spec.key)
            if isinstance(widget, QComboBox):
                if spec.choices:
                    self._fill_combo(widget, spec)
                index = widget.findData(value)
                widget.setCurrentIndex(index if index >= 0 else 0)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            else:
                widget.setText("" if value is None else str(value))
        self.active_box.setChecked(bool(row.get("active", True)))
        self.show_errors({})

    def show_errors(self, errors: dict[str, str]) -> None:
        unplaced = []
        for key, label in self.errors.items():
            text = errors.get(key, "")
            label.setText(text)
            label.setVisible(bool(text))
        for key, text in errors.items():
            if key not in self.errors:
                unplaced.append(text)
        self.ui.formMessage.setText("\n".join(unplaced))
        self.ui.formMessage.setVisible(bool(unplaced))

    # --- list ----------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        self.rows = self.spec.rows()
        table = self.ui.rowsTable
        table.blockSignals(True)
        table.setRowCount(len(self.rows))
        shown = [f for f in self.spec.fields if f.in_table]
        for row_no, row in enumerate(self.rows):
            cells = [self._cell_text(f, row.get(f.key)) for f in shown]
            cells.append(_("Yes") if row.get("active", True) else _("No"))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row["id"])
                if not row.get("active", True):
                    item.setForeground(QBrush(INACTIVE_COLOUR))
                table.setItem(row_no, column, item)
        table.resizeColumnsToContents()
        for column in range(table.columnCount() - 1):
            table.setColumnWidth(column, table.columnWidth(column) + 12)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.blockSignals(False)
        if select_id is not None:
            self.select(select_id)

    def _cell_text(self, spec: FieldSpec, value) -> str:
        if spec.kind == "check":
            return _("Yes") if value else _("No")
        if spec.kind == "combo" and spec.choices:
            for text, choice in spec.choices():
                if choice == value:
                    return text if value is not None else ""
            return ""
        return "" if value is None else str(value)

    def select(self, row_id: int) -> None:
        for row_no, row in enumerate(self.rows):
            if row["id"] == row_id:
                table = self.ui.rowsTable
                table.blockSignals(True)
                table.selectRow(row_no)
                table.blockSignals(False)
                table.scrollToItem(table.item(row_no, 0))
                self.current = row
                self.set_values(row)
                self._update_active_button()
                return

    def _selection_changed(self) -> None:
        items = self.ui.rowsTable.selectedItems()
        if not items:
            return
        row_id = items[0].data(Qt.ItemDataRole.UserRole)
        self.current = next((r for r in self.rows if r["id"] == row_id), None)
        self.set_values(self.current)
        self._update_active_button()

    def start_new(self) -> None:
        self.ui.rowsTable.clearSelection()
        self.current = None
        self.set_values(None)
        self._update_active_button()
        first = self.inputs[self.spec.fields[0].key]
        first.setFocus()

    def _update_active_button(self) -> None:
        button = self.ui.activeButton
        button.setEnabled(self.current is not None)
        active = self.current is None or bool(self.current.get("active", True))
        button.setText(_("Deactivate") if active else _("Reactivate"))

    # --- saving --------------------------------------------------------------------------
    def save(self) -> int | None:
        values = self.values()
        row_id = self.current["id"] if self.current else None
        try:
            saved = self.spec.save(values, row_id)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return None
        self.show_errors({})
        self.reload(select_id=saved)
        self.changed.emit()
        return saved

    def toggle_active(self) -> None:
        if self.current is None:
            return
        self.set_values(self.current)
        self.active_box.setChecked(not bool(self.current.get("active", True)))
        if self.save() is None:
            QMessageBox.warning(self, _(self.spec.title), self.ui.formMessage.text()
                                or _("Please correct the marked fields first."))
