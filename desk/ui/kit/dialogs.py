"""The small dialogs behind the actions of every screen (case work, revisits, corrective
actions, retention), and their pick lists.

Every dialog is an ``ActionDialog``: a form whose fields are read into a dict and handed to
``submit(values)``, which calls the service. A rule the service refuses (WorkflowError) is
shown and the dialog closes; a field the service finds wrong (ValidationError) is shown and
the dialog stays open with that field focused, so nothing typed is lost.

``in_background()`` runs ``submit`` on a pool thread (``BackgroundSave``): the write may
wait for the database's write lock while the window keeps drawing; the dialog is busy
until the outcome is back, then ``after(outcome)`` (on the UI thread: a message about the
outcome) and it closes. ``submit`` then touches no widget: it has the values.
"""
from __future__ import annotations

import datetime as dt
import logging
from typing import Any, Callable

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from desk.i18n import _
from desk.services.casework.base import WorkflowError
from desk.services.common import vocab
from desk.services.common.errors import user_message
from desk.services.common.validation import ValidationError
from desk.ui.kit.styles import ERROR_STYLE, NOTICE_STYLE
from desk.ui.kit.widgets import dialog_frame
from desk.ui.kit.workers import BackgroundSave

log = logging.getLogger("desk.ui")
DATE_FORMAT = "yyyy-MM-dd HH:mm"


def to_qdatetime(moment: dt.datetime) -> QDateTime:
    return QDateTime(moment.replace(second=0, microsecond=0))


class ActionDialog(QDialog):
    """A form plus OK/Cancel; ``submit(values)`` does the work and returns its outcome."""

    submit_ended = Signal(bool)    # the outcome is shown: True when the work was done

    def __init__(self, parent: QWidget | None, title: str, object_name: str,
                 submit: Callable[[dict], Any], ok_text: str, intro: str = ""):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWindowTitle(title)
        self.submit = submit
        self.after: Callable[[Any], object] | None = None
        self.outcome: Any = None
        self.saver: BackgroundSave | None = None
        self._enabled: dict[QWidget, bool] = {}
        self.fields: dict[str, QWidget] = {}
        self.intro, self.form, self.notice, self.buttons = dialog_frame(
            self, "notice", NOTICE_STYLE,
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.intro.setText(intro)
        self.intro.setVisible(bool(intro))
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self._ok_text = ok_text
        self.ok_button.setObjectName("okButton")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_("Cancel"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(460)

    # Building the form -------------------------------------------------------------------
    def _add(self, key: str, label: str, widget: QWidget) -> QWidget:
        widget.setObjectName(key)
        self.fields[key] = widget
        self.form.addRow(label, widget)
        return widget

    def add_text(self, key: str, label: str, limit: int, multiline: bool = False,
                 value: str = "") -> QWidget:
        if multiline:
            edit = QPlainTextEdit(value, self)
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(72)
            edit.setMaximumHeight(140)
        else:
            edit = QLineEdit(value, self)
            edit.setMaxLength(limit)
        return self._add(key, label, edit)

    def add_combo(self, key: str, label: str, items: list[tuple[str, Any]],
                  current: Any = None) -> QComboBox:
        combo = QComboBox(self)
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(current) if current is not None else -1
        combo.setCurrentIndex(max(index, 0))
        return self._add(key, label, combo)

    def add_check(self, key: str, text: str, checked: bool = False) -> QCheckBox:
        box = QCheckBox(text, self)
        box.setChecked(checked)
        return self._add(key, "", box)

    def add_datetime(self, key: str, label: str, value: dt.datetime,
                     minimum: dt.datetime | None = None) -> QDateTimeEdit:
        edit = QDateTimeEdit(to_qdatetime(value), self)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setCalendarPopup(True)
        if minimum is not None:
            edit.setMinimumDateTime(to_qdatetime(minimum))
        return self._add(key, label, edit)

    def add_amount(self, key: str, label: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setDecimals(2)
        spin.setRange(0, 10_000_000)
        spin.setSingleStep(10)
        spin.setPrefix("¥ ")
        spin.setGroupSeparatorShown(True)
        return self._add(key, label, spin)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # Reading and submitting --------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, widget in self.fields.items():
            if isinstance(widget, QPlainTextEdit):
                out[key] = widget.toPlainText()
            elif isinstance(widget, QLineEdit):
                out[key] = widget.text()
            elif isinstance(widget, QComboBox):
                out[key] = widget.currentData()
            elif isinstance(widget, QCheckBox):
                out[key] = widget.isChecked()
            elif isinstance(widget, QDateTimeEdit):
                out[key] = widget.dateTime().toPython().replace(second=0, microsecond=0)
            elif isinstance(widget, QDoubleSpinBox):
                out[key] = f"{widget.value():.2f}"
        return out

    def in_background(self) -> ActionDialog:
        """From now on ``submit`` runs on a pool thread; returns the dialog."""
        if self.saver is None:
            self.saver = BackgroundSave(self)
            self.saver.saved.connect(self._done_with)
            self.saver.failed.connect(self._refused)
        return self

    @property
    def busy(self) -> bool:
        return self.saver is not None and self.saver.running

    def _submit(self) -> None:
        if self.busy:
            return
        if self.saver is None:
            try:
                outcome = self.submit(self.values())
            except Exception as exc:
                self._refused(exc)
            else:
                self._done_with(outcome)
            return
        values = self.values()
        self._set_busy(True)
        self.saver.start(self.submit, values)

    def _set_busy(self, busy: bool) -> None:
        if busy:
            self._enabled = {w: w.isEnabled() for w in [*self.fields.values(), self.buttons]}
        for widget, enabled in self._enabled.items():
            widget.setEnabled(enabled and not busy)
        self.ok_button.setText(_("Saving...") if busy else self._ok_text)

    def _done_with(self, outcome) -> None:
        self._set_busy(False)
        self.outcome = outcome
        if self.after is not None:
            self.after(outcome)
        self.accept()
        self.submit_ended.emit(True)

    def _refused(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, WorkflowError):
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            self.reject()
        elif isinstance(exc, ValidationError):
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            for key in exc.errors:
                widget = self.fields.get(key)
                if widget is not None and widget.isVisible():
                    widget.setFocus()
                    break
        else:
            log.error("case action failed: %r", exc, exc_info=exc)
            QMessageBox.critical(self, self.windowTitle(), user_message(exc))
        self.submit_ended.emit(False)

    def reject(self) -> None:
        if not self.busy:          # Esc or Cancel while the work runs: it ends first
            super().reject()

    def done(self, result: int) -> None:
        if self.busy:              # closed from outside (the screen locked): wait for it
            self.saver.wait()
            if not self.isVisible():
                return
        super().done(result)


def attempt(action: Callable[[], Any], say: Callable[[str, str], None],
            what: str = "screen action") -> tuple[bool, Any]:
    """Call the service ``action`` for a screen: a step it refuses, or a failure, is said in
    one line through ``say(text, ERROR_STYLE)``. (True, its outcome), or (False, None)."""
    try:
        return True, action()
    except (WorkflowError, ValidationError) as exc:
        say(str(exc), ERROR_STYLE)
    except Exception as exc:
        log.exception("%s failed", what)
        say(user_message(exc), ERROR_STYLE)
    return False, None


# Pick lists ------------------------------------------------------------------------------
def vocab_items(table: dict[str, str], blank: str | None = None) -> list[tuple[str, Any]]:
    items = [(blank, "")] if blank is not None else []
    return items + [(vocab.label(table, code), code) for code in table]


def choice_items(choices, blank: str | None = None) -> list[tuple[str, Any]]:
    items = [(blank, None)] if blank is not None else []
    return items + [(c.label, c.id) for c in choices]
