"""When another desk saved the case while this one was editing it: the save is refused,
what was typed stays in the form (and in its draft), and this panel shows, field by field,
what this person typed beside what is saved now. Saving again keeps what was typed; "Use
the saved values" takes the other desk's."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desk.i18n import N_, _
from desk.services.cases import complaints
from desk.services.cases.complaints import ComplaintInput
from desk.services.common.versions import changed_by_text
from desk.ui.cases.history_panel import ValueNames, _cell, field_label

PANEL_STYLE = ("#conflictPanel { background: #fff8e1; border: 1px solid #e0b252; "
               "border-radius: 3px; }")
ROWS_SHOWN = 6


class ConflictPanel(QFrame):
    """Typed and saved values side by side; hidden until a save is refused."""

    take_saved = Signal()     # the person chose the saved values over what they typed
    HEADERS = (N_("Field"), N_("What you typed (kept)"), N_("Saved now"))

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("conflictPanel")
        self.setStyleSheet(PANEL_STYLE)
        self.heading = QLabel(self)
        self.heading.setObjectName("conflictHeading")
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, len(self.HEADERS), self)
        self.table.setObjectName("conflictTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.use_saved = QPushButton(self)
        self.use_saved.setObjectName("useSavedButton")
        self.use_saved.clicked.connect(self._take_saved)
        self.keep_hint = QLabel(self)
        self.keep_hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_hint, 1)
        buttons.addWidget(self.use_saved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.saved_input: ComplaintInput | None = None
        self._changed = ""
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([_(h) for h in self.HEADERS[:2]]
                                             + [self._saved_heading()])
        self.heading.setText(_("What you changed, beside the values saved meanwhile:"))
        self.use_saved.setText(_("Use the saved values"))
        self.keep_hint.setText(_("Save again to keep what you typed over the saved values."))

    def _saved_heading(self) -> str:
        if not self._changed:
            return _(self.HEADERS[2])
        return _("Saved now ({changed})").format(changed=self._changed)

    def show_conflict(self, typed: ComplaintInput, record, by: str) -> int:
        """Fill the panel from the form's input and the record as saved now (by ``by``);
        returns how many fields differ."""
        self.saved_input = complaints.input_from_record(record)
        self._changed = changed_by_text(by, record.updated_at)
        mine, theirs = complaints.field_texts(typed), complaints.record_texts(record)
        fields = [name for name in mine if mine[name] != theirs[name]]
        names = ValueNames()
        self.table.setRowCount(len(fields))
        for row, name in enumerate(fields):
            cells = (field_label(name), names.text(name, mine[name]),
                     names.text(name, theirs[name]))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, _cell(text))
        self.table.setVisible(bool(fields))
        rows = min(len(fields), ROWS_SHOWN)
        self.table.setFixedHeight(self.table.horizontalHeader().height() + 4
                                  + rows * self.table.verticalHeader().defaultSectionSize())
        self.retranslate()
        self.show()
        return len(fields)

    def rows(self) -> list[tuple[str, ...]]:
        """What the table shows, row by row (for tests)."""
        return [tuple(self.table.item(r, c).text() for c in range(self.table.columnCount()))
                for r in range(self.table.rowCount())]

    def _take_saved(self) -> None:
        self.hide()
        self.take_saved.emit()


def refused(form, exc, typed: ComplaintInput) -> None:
    """``form``'s save was refused by ``StaleEditError`` ``exc``: the form takes the other
    desk's changes but keeps every field this person changed (on screen and as the draft),
    shows those beside the saved values, and lets the next save go over the version now
    seen."""
    record = complaints.get_complaint(form.complaint_id)
    form.show_form_error(str(exc))
    if record is None:
        return
    merged = complaints.merge_input(form.base_texts, typed, record)
    form.reload_fields(record, merged)
    form.record = record
    form.conflict.show_conflict(merged, record, exc.by)
    form.show_header(record)
    form.keep_draft_now()


def saved_elsewhere(form, record) -> None:
    """The case changed (here or on another desk) while ``form`` shows it. A change that
    left the record's fields as the form began from (a step of the handling) moves the
    form's base version on; new field values fill a form nobody has typed in; a form with
    typed changes keeps its base, so its save is refused and shows the difference."""
    texts = complaints.record_texts(record)
    if texts == form.base_texts:
        form.base_version = record.version
    elif not form.is_dirty() and not form.read_only:
        form.reload_fields(record)
