"""The steps of a revisit call (an attempt, satisfied, reopen, a new complaint linked,
cancelled), for ``RevisitCallPanel``. Each step's write runs on a pool thread: it may wait
for the database's write lock (another desk, a purge batch) while the window goes on. The
values are read from the sheet before it starts; the sheet is busy (its buttons off)
until the outcome is back, then read again and the outcome said, or the refusal shown
beside what was typed."""
from __future__ import annotations

import logging

from desk.i18n import _
from desk.services.casework.base import WorkflowError
from desk.services.common.errors import user_message
from desk.services.common.validation import ValidationError
from desk.services.revisits import calls as revisit_calls
from desk.services.revisits import schedule as revisits
from desk.ui.kit.dialogs import ActionDialog
from desk.ui.kit.styles import ERROR_STYLE, NOTICE_STYLE, OK_STYLE

log = logging.getLogger("desk.ui")


class RevisitSteps:
    """Mixed into the call panel: uses its ``sheet``, ``saver`` (a BackgroundSave), ``load``,
    ``_say``, ``_enable`` and its signals."""

    @property
    def busy(self) -> bool:
        return self.saver.running

    def _run(self, action, done_text: str | None = None, then=None) -> bool:
        """Start the service call ``action`` (it takes no value from the screen: read
        them first); False when it cannot start. When it is back: the sheet is read again,
        ``done_text`` said, ``changed`` emitted and ``then(outcome)`` called (on the sheet
        it was made on); or the refusal is shown with the sheet as it is now and what was
        typed. The outcome is kept in ``last_outcome``."""
        if self.sheet is None or self.busy:
            return False
        self._step = (self.sheet.id, done_text, then)
        self._enable(False, False)
        self.saver.start(action)
        return True

    def _shows(self, rid: int) -> bool:
        return self.sheet is not None and self.sheet.id == rid

    def _step_done(self, outcome) -> None:
        (rid, done_text, then), self._step = self._step, None
        self.last_outcome = outcome
        here = self._shows(rid)
        if here:                   # else the person went on to another revisit meanwhile
            self.load(rid)
            if done_text:
                self._say(done_text, OK_STYLE)
        self.changed.emit()
        if then is not None:
            then(outcome, here)
        self.step_ended.emit(True)

    def _step_refused(self, exc: Exception) -> None:
        (rid, _done, _then), self._step = self._step, None
        if isinstance(exc, (WorkflowError, ValidationError)):
            text = str(exc)
        else:
            log.error("revisit action failed: %r", exc, exc_info=exc)
            text = user_message(exc)
        if self._shows(rid):       # the sheet as it is now, with what was typed
            self.load(rid, keep_typed=True)
            self._say(text, ERROR_STYLE)
        self.step_ended.emit(False)

    def _result(self) -> tuple:
        reasons = [code for code, box in self.reason_boxes.items() if box.isChecked()]
        score = self.scores.checkedId()
        return (score if score > 0 else None), reasons, self.words.toPlainText()

    def _who(self) -> tuple:
        """The revisit shown, its version, who is working and the clock."""
        return self.sheet.id, self.sheet.version, self.operator_id, self.clock

    def log_attempt(self) -> None:
        if self.sheet is None:
            return
        method, reached, note = (self.method.currentData(), self.reached.isChecked(),
                                 self.attempt_note.text())
        rid, version, by, clock = self._who()

        def then(outcome, here):
            if not here:
                return
            if outcome == "unreachable":
                self._say(_("No answer after the last attempt: the customer is marked "
                            "unreachable."), NOTICE_STYLE)
            elif reached:
                self.scores.buttons()[-1].setFocus()
        self._run(lambda: revisit_calls.record_attempt(
            rid, method, reached, note, by, clock, expected_version=version), then=then)

    def satisfied(self) -> None:
        if self.sheet is None:
            return
        score, reasons, words = self._result()
        rid, version, by, clock = self._who()
        self._run(lambda: revisit_calls.record_satisfied(
            rid, score, reasons, words, by, clock, expected_version=version),
            _("Saved: the customer is satisfied."))

    def reopen(self) -> None:
        if self.sheet is None:
            return
        score, reasons, words = self._result()
        rid, version, by, clock = self._who()
        self._run(lambda: revisit_calls.reopen_from_revisit(
            rid, score, reasons, words, by_id=by, clock=clock, expected_version=version),
            _("The case is reopened and linked to this revisit."),
            lambda outcome, _here: self.caseReopened.emit(outcome))

    def new_complaint(self) -> None:
        if self.sheet is None:
            return
        score, reasons, words = self._result()
        rid = self.sheet.id
        try:
            data = revisit_calls.new_complaint_input(rid, words)
        except (WorkflowError, ValidationError) as exc:
            self._say(str(exc), ERROR_STYLE)
            return
        data.recorded_by_id = self.operator_id
        factory = self.complaint_form_factory
        if factory is None:
            from desk.ui.cases.complaint_form import ComplaintFormDialog as factory
        dialog = factory(self, clock=self.clock, draft=data)

        def saved(complaint_id: int) -> None:
            self.load(rid)
            if self.sheet is None or self.sheet.status != "due":
                return          # linked already (the form saves again after an edit)
            by, clock = self.operator_id, self.clock
            self._run(lambda: revisit_calls.link_new_complaint(
                rid, complaint_id, score, reasons, words, by, clock),
                _("The new complaint is saved and linked to this revisit."),
                lambda _outcome, _here: self.newComplaintSaved.emit(complaint_id))

        dialog.saved.connect(saved)
        self.active_dialog = dialog
        dialog.open()

    def cancel(self) -> None:
        if self.sheet is None or self.busy:
            return
        rid, version, by, clock = self._who()

        def submit(values):
            return revisits.cancel_revisit(rid, values["reason"], by, clock,
                                           expected_version=version)
        dialog = ActionDialog(self, _("Cancel the revisit"), "cancelRevisitDialog", submit,
                              _("Cancel the revisit"),
                              _("Say why the revisit will not happen (the case was voided, "
                                "the customer asked not to be called…)."))
        dialog.add_text("reason", _("Reason"), 500)
        dialog.in_background()
        dialog.accepted.connect(lambda: (self.load(rid), self.changed.emit()))
        self.active_dialog = dialog
        dialog.open()
