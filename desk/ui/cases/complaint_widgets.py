"""Small pieces of the complaint-record screen: pick lists, dates, demand boxes, field errors."""
from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QDateTime, QLocale, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLayout,
    QWidget,
)

from desk.i18n import _
from desk.services.common import vocab
from desk.text import when_text
from desk.ui.kit.styles import ERROR_STYLE

DEMAND_COLUMNS = 3


# ----- pick lists -------------------------------------------------------------------------

def fill_combo(combo: QComboBox, entries: list[tuple[object, str]],
               placeholder: str | None = None) -> None:
    """Replace the items of ``combo``: (data, text) pairs, optionally after an empty entry."""
    combo.blockSignals(True)
    combo.clear()
    if placeholder is not None:
        combo.addItem(placeholder, None)
    for data, text in entries:
        combo.addItem(text, data)
    combo.blockSignals(False)


def vocab_entries(table: dict[str, str]) -> list[tuple[str, str]]:
    return [(code, vocab.label(table, code)) for code in table]


def index_of(combo: QComboBox, value) -> int:
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            return index
    return -1


def select_value(combo: QComboBox, value, fallback_choices=None) -> None:
    """Select the item holding ``value``; an entry no longer active is added (marked)."""
    index = index_of(combo, value)
    if index < 0 and value is not None and fallback_choices is not None:
        label = next((c.label for c in fallback_choices() if c.id == value), None)
        if label is not None:
            combo.addItem(_("{name} (inactive)").format(name=label), value)
            index = combo.count() - 1
    combo.setCurrentIndex(max(index, 0))


# ----- dates ------------------------------------------------------------------------------

def spoken_when(moment: dt.datetime) -> str:
    """A date and time the clerk can read out to the customer, in the UI language."""
    locale = QLocale()
    stamp = QDateTime(moment)
    date = locale.toString(stamp.date(), QLocale.FormatType.LongFormat)
    return f"{date} {stamp.time().toString('HH:mm')}"


def new_case_html(case_no: str, reply_due: dt.datetime, errors: list[str],
                  written: bool = False) -> str:
    """The message after intake: the case number and the promised reply, to read out
    (or, for a letter or e-mail, the date the written reply is due)."""
    when = "<b>" + html.escape(spoken_when(reply_due)) + "</b>"
    promise = (html.escape(_("A written reply in the company's name is due by {when}."))
               if written else
               html.escape(_("Please tell the customer: we will reply by {when}.")))
    parts = [html.escape(_("The complaint is recorded.")),
             "<big><b>" + html.escape(_("Case number: {case_no}").format(case_no=case_no))
             + "</b></big>", promise.format(when=when)]
    if errors:
        parts.append(html.escape(_("These files could not be attached:")) + "<br>"
                     + "<br>".join(html.escape(error) for error in errors))
    return "".join(f"<p>{part}</p>" for part in parts)


# ----- demand check boxes -----------------------------------------------------------------

def build_demand_boxes(container: QWidget) -> dict[str, QCheckBox]:
    """One check box per demand code in the grid layout of ``container``."""
    layout = container.layout()
    boxes: dict[str, QCheckBox] = {}
    for number, code in enumerate(vocab.DEMANDS):
        box = QCheckBox(vocab.label(vocab.DEMANDS, code), container)
        box.setObjectName(f"demand_{code}")
        if isinstance(layout, QGridLayout):
            layout.addWidget(box, number // DEMAND_COLUMNS, number % DEMAND_COLUMNS)
        else:
            layout.addWidget(box)
        boxes[code] = box
    return boxes


# ----- errors shown under their fields ----------------------------------------------------

def _containing_layout(layout: QLayout | None, widget: QWidget) -> QLayout | None:
    if layout is None:
        return None
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is widget:
            return layout
        found = _containing_layout(item.layout(), widget)
        if found is not None:
            return found
    return None


class ErrorLabel(QLabel):
    """A wrapping red message whose height follows its width (QFormLayout asks sizeHint only)."""

    def _fit(self, hint: QSize) -> QSize:
        if self.wordWrap() and self.width() > 0:
            hint.setHeight(self.heightForWidth(self.width()))
        return hint

    def sizeHint(self) -> QSize:
        return self._fit(super().sizeHint())

    def minimumSizeHint(self) -> QSize:
        return self._fit(super().minimumSizeHint())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()


class FieldErrors:
    """A red message line under each field, hidden until the service rejects the field."""

    def __init__(self, anchors: dict[str, QWidget]):
        self._labels: dict[str, tuple[QLabel, QLayout]] = {}
        for key, anchor in anchors.items():
            layout = _containing_layout(anchor.parentWidget().layout(), anchor)
            if layout is None:
                continue
            label = ErrorLabel(anchor.parentWidget())
            label.setObjectName(f"{anchor.objectName()}Error")
            label.setStyleSheet(ERROR_STYLE)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            if isinstance(layout, QFormLayout):
                row, _role = layout.getWidgetPosition(anchor)
                layout.insertRow(row + 1, None, label)
            elif isinstance(layout, QBoxLayout):
                layout.insertWidget(layout.indexOf(anchor) + 1, label)
            self._labels[key] = (label, layout)
            self._show(key, False)

    def _show(self, key: str, visible: bool) -> None:
        label, layout = self._labels[key]
        if isinstance(layout, QFormLayout):
            layout.setRowVisible(label, visible)
        else:
            label.setVisible(visible)

    def clear(self) -> None:
        for key, (label, _layout) in self._labels.items():
            label.clear()
            self._show(key, False)

    def show(self, errors: dict[str, str]) -> dict[str, str]:
        """Show each message under its field; returns the messages that have no field."""
        rest = {}
        for key, message in errors.items():
            if key in self._labels:
                self._labels[key][0].setText(message)
                self._show(key, True)
            else:
                rest[key] = message
        return rest

    def label(self, key: str) -> QLabel | None:
        entry = self._labels.get(key)
        return entry[0] if entry else None

    def visible_keys(self) -> list[str]:
        return [key for key, (label, _layout) in self._labels.items() if label.text()]


def fit_screen(dialog: QWidget) -> None:
    """Never taller or wider than the screen (150 % scale on a laptop); the form scrolls."""
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    room = screen.availableGeometry()
    dialog.resize(min(dialog.width(), int(room.width() * 0.95)),
                  min(dialog.height(), int(room.height() * 0.92)))


def safe_text(value) -> str:
    """Text that can be stored (a lone surrogate becomes U+FFFD); not otherwise changed."""
    text = "" if value is None else str(value)
    if any("\ud800" <= ch <= "\udfff" for ch in text):
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return text


def header_text(record) -> str:
    """Number, received, the one current promise (with the intake promise when it was
    moved) and status."""
    due = when_text(record.reply_due_at)
    intake = getattr(record, "intake_reply_due_at", None)
    if intake and intake != record.reply_due_at:
        due = _("{due} (at intake: {intake})").format(due=due, intake=when_text(intake))
    return _("Case {case_no} · received {received} · reply promised by {due} · {status}"
             ).format(case_no=record.case_no, received=when_text(record.received_at),
                      due=due, status=vocab.label(vocab.STATUSES, record.status))


def safe_json(data):
    """A JSON-ready structure with every string made storable."""
    if isinstance(data, dict):
        return {safe_text(k): safe_json(v) for k, v in data.items()}
    if isinstance(data, list):
        return [safe_json(v) for v in data]
    if isinstance(data, str):
        return safe_text(data)
    return data
