"""One revisit call in the workbench: the customer and their cases with the result given,
a short call script, the attempts, and the result (satisfaction 1–5, reasons, words) with
the outcome buttons: satisfied / not satisfied -> reopen / new complaint."""
from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desk.i18n import _
from desk.services.common.clock import system_clock
from desk.services.common.errors import user_message
from desk.services.retention.phones import shown_number
from desk.services.revisits import calls as revisit_calls
from desk.services.revisits.vocab import (
    METHODS,
    OUTCOMES,
    REASONS,
    REVISIT_KINDS,
    REVISIT_STATUSES,
    SATISFACTION,
    label,
)
from desk.text import when_text
from desk.ui.access import session
from desk.ui.access.session import ActingUser
from desk.ui.kit.styles import ERROR_STYLE, NOTICE_STYLE, OK_STYLE
from desk.ui.kit.widgets import embolden, message_row, push_button, text_label
from desk.ui.kit.workers import BackgroundSave
from desk.ui.revisits.revisit_steps import RevisitSteps

log = logging.getLogger("desk.ui")


class RevisitCallPanel(RevisitSteps, QWidget):
    """``changed`` after every successful step; ``caseReopened(id)``; ``newComplaintSaved(id)``."""

    changed = Signal()
    caseReopened = Signal(int)
    newComplaintSaved = Signal(int)
    step_ended = Signal(bool)     # a step's outcome is shown: True when it was saved

    operator_id = ActingUser()

    def __init__(self, parent: QWidget | None, clock=system_clock):
        super().__init__(parent)
        self.setObjectName("revisitCallPanel")
        self.clock = clock
        self.sheet: revisit_calls.CallSheet | None = None
        self.complaint_form_factory = None   # the intake dialog (ComplaintFormDialog)
        self.active_dialog = None
        self.last_outcome = None
        self.saver = BackgroundSave(self)       # each step's write, off the UI thread
        self.saver.saved.connect(self._step_done)
        self.saver.failed.connect(self._step_refused)
        self._step: tuple | None = None
        self._build()
        self.retranslate()
        self.show_sheet(None)

    # ---------------------------------------------------------------------- layout
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.customer = embolden(text_label(self, "customerLabel"), 1.15)
        layout.addWidget(self.customer)
        self.problem = text_label(self, "problemLabel", ERROR_STYLE)
        self.notice = text_label(self, "noticeLabel", NOTICE_STYLE)
        layout.addWidget(self.problem)
        layout.addWidget(self.notice)
        self.case_box = QGroupBox(self)
        self.case_box.setObjectName("caseBox")
        self.cases = text_label(self.case_box, "casesLabel")
        QVBoxLayout(self.case_box).addWidget(self.cases)
        layout.addWidget(self.case_box)
        self.script_box = QGroupBox(self)
        self.script_box.setObjectName("scriptBox")
        self.script = text_label(self.script_box, "scriptLabel")
        QVBoxLayout(self.script_box).addWidget(self.script)
        layout.addWidget(self.script_box)

        self.attempt_box = QGroupBox(self)
        self.attempt_box.setObjectName("attemptBox")
        inner = QVBoxLayout(self.attempt_box)
        self.attempts = text_label(self.attempt_box, "attemptsLabel")
        inner.addWidget(self.attempts)
        row = QHBoxLayout()
        self.method = QComboBox(self.attempt_box)
        self.method.setObjectName("methodCombo")
        self.reached = QCheckBox(self.attempt_box)
        self.reached.setObjectName("reachedCheck")
        self.attempt_note = QLineEdit(self.attempt_box)
        self.attempt_note.setObjectName("attemptNote")
        self.attempt_note.setMaxLength(500)
        self.log_button = push_button(self.attempt_box, "logAttemptButton", self.log_attempt)
        self.attempt_note.returnPressed.connect(self.log_button.click)
        for widget, stretch in ((self.method, 0), (self.reached, 0), (self.attempt_note, 1),
                                (self.log_button, 0)):
            row.addWidget(widget, stretch)
        inner.addLayout(row)
        layout.addWidget(self.attempt_box)

        self.result_box = QGroupBox(self)
        self.result_box.setObjectName("resultBox")
        grid = QGridLayout(self.result_box)
        self.score_label = QLabel(self.result_box)
        grid.addWidget(self.score_label, 0, 0)
        scores = QHBoxLayout()
        self.scores = QButtonGroup(self)
        for value in SATISFACTION:
            button = QRadioButton(self.result_box)
            button.setObjectName(f"score{value}")
            self.scores.addButton(button, value)
            scores.addWidget(button)
        scores.addStretch(1)
        grid.addLayout(scores, 0, 1)
        self.reasons_label = QLabel(self.result_box)
        grid.addWidget(self.reasons_label, 1, 0, Qt.AlignmentFlag.AlignTop)
        reasons = QGridLayout()
        self.reason_boxes: dict[str, QCheckBox] = {}
        for index, code in enumerate(REASONS):
            box = QCheckBox(self.result_box)
            box.setObjectName(f"reason_{code}")
            self.reason_boxes[code] = box
            reasons.addWidget(box, index // 3, index % 3)
        grid.addLayout(reasons, 1, 1)
        self.words_label = QLabel(self.result_box)
        grid.addWidget(self.words_label, 2, 0, Qt.AlignmentFlag.AlignTop)
        self.words = QPlainTextEdit(self.result_box)
        self.words.setObjectName("wordsEdit")
        self.words.setTabChangesFocus(True)
        self.words.setMaximumHeight(90)
        grid.addWidget(self.words, 2, 1)
        buttons = QHBoxLayout()
        self.satisfied_button = push_button(self.result_box, "satisfiedButton", self.satisfied)
        self.reopen_button = push_button(self.result_box, "reopenButton", self.reopen)
        self.new_button = push_button(self.result_box, "newComplaintButton", self.new_complaint)
        for button in (self.satisfied_button, self.reopen_button, self.new_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        grid.addLayout(buttons, 3, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        layout.addWidget(self.result_box)

        self.cancel_button = push_button(self, "cancelRevisitButton", self.cancel)
        self.message = message_row(self, layout, self.cancel_button)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.case_box.setTitle(_("The customer's cases"))
        self.script_box.setTitle(_("Call script"))
        self.attempt_box.setTitle(_("Attempts"))
        self.result_box.setTitle(_("Result of the revisit"))
        current = self.method.currentData()
        self.method.clear()
        for code in METHODS:
            self.method.addItem(label(METHODS, code), code)
        self.method.setCurrentIndex(max(self.method.findData(current), 0))
        self.method.setToolTip(_("How you tried to reach the customer"))
        self.reached.setText(_("&Reached"))
        self.attempt_note.setPlaceholderText(_("Note (optional)"))
        self.log_button.setText(_("&Log attempt"))
        self.score_label.setText(_("Satisfaction"))
        for value, button in zip(SATISFACTION, self.scores.buttons()):
            button.setText(label(SATISFACTION, value))
        self.reasons_label.setText(_("Reasons"))
        for code, box in self.reason_boxes.items():
            box.setText(label(REASONS, code))
        self.words_label.setText(_("Customer's words"))
        self.satisfied_button.setText(_("Satisf&ied"))
        self.reopen_button.setText(_("Not satisfied: re&open the case"))
        self.new_button.setText(_("&New complaint…"))
        self.cancel_button.setText(_("Cancel re&visit…"))
        if self.sheet is not None:
            self._fill(self.sheet)

    # ---------------------------------------------------------------------- showing
    def load(self, revisit_id: int | None, keep_typed: bool = False,
             read: revisit_calls.CallSheet | None = None) -> None:
        """Show the revisit ``revisit_id``. ``keep_typed``: when it is the one shown, read
        it again (another desk's step, a refused one) but leave what the person typed.
        ``read``: its sheet, already read off the UI thread."""
        keep = keep_typed and self.sheet is not None and self.sheet.id == revisit_id
        sheet = read if read is not None and read.id == revisit_id else None
        if revisit_id is not None and sheet is None:
            try:
                sheet = revisit_calls.call_sheet(revisit_id)
            except Exception as exc:
                log.exception("call sheet failed")
                self.show_sheet(None)
                self._say(user_message(exc), ERROR_STYLE)
                return
        if keep and sheet is not None:
            self.sheet = sheet
            self._fill(sheet)
            return
        self.show_sheet(sheet)

    def show_sheet(self, sheet: revisit_calls.CallSheet | None) -> None:
        self.sheet = sheet
        self.scores.setExclusive(False)
        for button in self.scores.buttons():
            button.setChecked(False)
        self.scores.setExclusive(True)
        for box in self.reason_boxes.values():
            box.setChecked(False)
        self.words.clear()
        self.attempt_note.clear()
        self.reached.setChecked(False)
        self._say("")
        if sheet is None:
            self.customer.setText(_("Pick a revisit from the list."))
            for widget in (self.problem, self.notice):
                widget.hide()
            self.cases.setText("")
            self.script.setText("")
            self.attempts.setText("")
            self._enable(False, False)
            return
        self._fill(sheet)

    def _fill(self, sheet: revisit_calls.CallSheet) -> None:
        number = shown_number(self.operator_id)
        parts = [sheet.name or _("(no name)"), number(sheet.phone) or _("no phone number"),
                 label(REVISIT_KINDS, sheet.kind),
                 _("due {date}").format(date=sheet.due_date.isoformat())]
        self.customer.setText(" · ".join(parts))
        self.problem.setText(sheet.problem)
        self.problem.setVisible(bool(sheet.problem))
        self.notice.setText(sheet.notice)
        self.notice.setVisible(bool(sheet.notice))
        blocks = []
        for case in sheet.cases:
            lines = [_("{case_no} · received {date} · {category}").format(
                case_no=case.case_no, date=case.received_at.strftime("%Y-%m-%d"),
                category=case.category)]
            if case.voided:
                lines.append(_("Void: {reason}").format(reason=case.void_reason))
            lines.append(_("What happened: {text}").format(text=case.summary))
            if case.result:
                result = case.result if not case.opinion else _(
                    "{result} (customer: {opinion})").format(result=case.result,
                                                            opinion=case.opinion)
                lines.append(_("Result given: {result}").format(result=result))
            blocks.append("\n".join(lines))
        self.cases.setText("\n\n".join(blocks))
        self.script.setText("\n".join(f"{n}. {line}" for n, line in
                                      enumerate(sheet.script, start=1)))
        done = [_("{when} · {method} · {reached}{note}").format(
            when=when_text(a.at), method=label(METHODS, a.method),
            reached=_("reached") if a.reached else _("not reached"),
            note=f" · {a.note}" if a.note else "") for a in sheet.attempts]
        done.append(_("Unanswered attempts: {count} of {limit}").format(
            count=sheet.unanswered, limit=sheet.max_attempts))
        self.attempts.setText("\n".join(done))
        usable = sheet.status == "due" and not sheet.problem
        self._enable(usable and not sheet.reached, usable and sheet.reached)
        self.cancel_button.setEnabled(sheet.status == "due")
        if sheet.status != "due":
            text = label(REVISIT_STATUSES, sheet.status)
            if sheet.outcome:
                text = f"{text}: {label(OUTCOMES, sheet.outcome)}"
            if sheet.linked_case_no:
                text = _("{status} (case {case_no})").format(status=text,
                                                             case_no=sheet.linked_case_no)
            self._say(text, OK_STYLE)

    def _enable(self, attempt: bool, result: bool) -> None:
        if self.busy:              # a step is being saved: nothing more until it is back
            attempt = result = False
        for widget in (self.method, self.reached, self.attempt_note, self.log_button):
            session.allow(widget, "work_cases", attempt)
        session.allow(self.result_box, "work_cases", result)
        session.allow(self.cancel_button, "work_cases", attempt or result)

    def has_typed(self) -> bool:
        """Whether the person typed or ticked anything not saved yet."""
        return bool(self.words.toPlainText().strip() or self.attempt_note.text().strip()
                    or self.scores.checkedId() > 0
                    or any(box.isChecked() for box in self.reason_boxes.values()))

    def _say(self, text: str, style: str = "") -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)
