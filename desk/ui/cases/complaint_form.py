"""The complaint record (客户投诉记录): intake of a new case and editing of a saved one."""
from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from desk.i18n import _
from desk.services.cases import complaints, drafts
from desk.services.cases.complaints import ComplaintInput
from desk.services.common.clock import system_clock
from desk.services.common.errors import user_message
from desk.services.common.validation import ValidationError
from desk.text import when_text
from desk.ui.access import session
from desk.ui.cases.attachments_panel import AttachmentsPanel
from desk.ui.cases.case_documents import add_case_work
from desk.ui.cases.complaint_conflict import ConflictPanel, saved_elsewhere
from desk.ui.cases.complaint_drafts import ask_before_closing, draft_key, restore_drafts
from desk.ui.cases.complaint_fields import ComplaintFields
from desk.ui.cases.complaint_save import (
    SaveCall,
    announce_new_case,
    keep_draft,
    save_record,
    show_refusal,
)
from desk.ui.cases.complaint_widgets import fit_screen, header_text, safe_json
from desk.ui.cases.customer_panel import CustomerHistoryView
from desk.ui.cases.history_panel import HistoryPanel
from desk.ui.forms.ui_complaint_form import Ui_ComplaintForm
from desk.ui.kit import preferences
from desk.ui.kit.events import Debounced, case_events
from desk.ui.kit.styles import BANNER_STYLE, FORM_ERROR_STYLE
from desk.ui.kit.workers import BackgroundSave
from desk.ui.retention.phone_reveal import attach_reveal

log = logging.getLogger("desk.ui")
AUTOSAVE_MS = 5000
__all__ = ["ComplaintFormDialog", "add_case_work", "draft_key", "restore_drafts"]


class ComplaintFormDialog(QDialog):
    """One complaint record. ``saved`` carries the case id after a save or a void."""

    saved = Signal(int)
    save_ended = Signal(bool)     # a save's outcome is shown: True when it was saved

    operator_id = session.ActingUser()

    def __init__(self, parent: QWidget | None = None, complaint_id: int | None = None,
                 clock=system_clock,
                 draft: ComplaintInput | None = None):
        super().__init__(parent)
        self.ui = Ui_ComplaintForm()
        self.ui.setupUi(self)
        self.complaint_id, self.clock = complaint_id, clock
        self.owner_id = self.operator_id     # whose draft this form keeps
        self.record = None
        self.base_version: int | None = None     # the version this form began from
        self.base_texts: dict[str, str] = {}
        self.read_only = False
        self._busy = self._attaching = False
        self._saving: ComplaintInput | None = None     # what the running save sends
        self._focused: QWidget | None = None
        self.saver = BackgroundSave(self)
        self.drafter = BackgroundSave(self, pool=self.saver.pool)    # in turn with saves
        self.drafter.saved.connect(self._draft_kept)
        self.saver.saved.connect(self._save_done)
        self.saver.failed.connect(self._save_failed)
        self._dirty = False
        self._draft_stale = False
        self._loading = True
        self.draft_key = draft_key(complaint_id, self.owner_id)
        self.fields = ComplaintFields(self.ui, clock)
        self.customer = CustomerHistoryView(self.ui.customerHistory, self.ui.contactPhone,
                                            complaint_id, self, self.fields.phone_value)
        self.customer.open_case.connect(self.open_other_case)
        self.history = HistoryPanel(self.ui.historyTab)
        self.ui.historyTabLayout.addWidget(self.history)
        self.attachments = AttachmentsPanel(clock, self.ui.attachmentsTab)
        self.ui.attachmentsTabLayout.addWidget(self.attachments)
        self.attachments.count_changed.connect(self._show_attachment_count)
        self.attachments.finished.connect(self._attachments_finished)
        self._autosave = self.fields.make_timer(self, AUTOSAVE_MS, self.autosave_draft)
        self.conflict = ConflictPanel(self)
        self.ui.dialogLayout.insertWidget(
            self.ui.dialogLayout.indexOf(self.ui.formError) + 1, self.conflict)
        self.conflict.take_saved.connect(self._take_saved)
        for label in (self.ui.voidBanner, self.ui.formError):
            label.hide()
        self.ui.voidBanner.setStyleSheet(BANNER_STYLE)
        self.ui.formError.setStyleSheet(FORM_ERROR_STYLE)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.closeButton.clicked.connect(self.reject)
        self.ui.voidButton.clicked.connect(self.void_case)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(self.save)
        fit_screen(self)
        self.phone_reveal = attach_reveal(self)
        if complaint_id is None:
            self._load_new(draft)
        else:
            self._load_saved(draft)
        self.fields.changed.connect(self._mark_dirty)
        events = case_events()
        self.saved.connect(events.case_changed)
        events.case_changed.connect(self._case_changed)
        self._follow = Debounced(self, lambda: self._case_changed(self.complaint_id), 300)
        events.cases_changed.connect(self._follow.trigger)    # e.g. another desk's change
        self._loading = False
        if draft is not None:
            self._mark_dirty()
        (self.ui.tabs if self.read_only else self.ui.complainantName).setFocus()

    # ----- loading ---------------------------------------------------------------------

    def _load_new(self, draft: ComplaintInput | None) -> None:
        data = draft or ComplaintInput(recorded_by_id=self.operator_id, object_type="",
                                       channel_id=self.fields.default_channel(),
                                       site_id=preferences.desk_site_id())
        if data.received_at is None:
            data.received_at = self.clock.now()
        self.fields.show_promise(True)
        self.fields.fill(data, incident_unknown=data.incident_at is None)
        self.setWindowTitle(_("New complaint record"))
        self.ui.caseHeader.hide()
        self.ui.voidButton.hide()
        self.ui.tabs.setTabVisible(self.ui.tabs.indexOf(self.ui.historyTab), False)
        self.attachments.set_complaint(None)

    def _load_saved(self, draft: ComplaintInput | None = None) -> None:
        self.record = record = complaints.get_complaint(self.complaint_id)
        if record is None:
            self.show_form_error(_("Case {id} was not found.").format(id=self.complaint_id))
            self._set_read_only(True)
            self.ui.voidButton.hide()
            return
        self.fields.fill(draft or complaints.input_from_record(record))
        self.base_version = record.version
        self.base_texts = complaints.record_texts(record)
        self.setWindowTitle(_("Complaint record {case_no}").format(case_no=record.case_no))
        self.show_header(record)
        self.history.load(record.id)
        self.attachments.set_complaint(record.id)
        if not record.voided:
            add_case_work(self, record)
            session.allow(self.ui.voidButton, "void")
        if record.voided:
            self.ui.voidBanner.setText(_("VOID since {when}. Reason: {reason}").format(
                when=when_text(record.voided_at), reason=record.void_reason))
            self.ui.voidBanner.show()
            self._set_read_only(True)

    def reload_fields(self, record, data: ComplaintInput | None = None) -> None:
        """Begin again from ``record`` as saved (elsewhere), showing ``data`` or its values."""
        self._loading = True
        self.fields.fill(data or complaints.input_from_record(record))
        self._loading = False
        self.base_version, self.base_texts = record.version, complaints.record_texts(record)

    def _take_saved(self) -> None:
        if self.record is not None:
            self.reload_fields(self.record)
        self.ui.formError.hide()
        self.discard_draft()

    def show_header(self, record) -> None:
        """Shown again whenever the case changes anywhere."""
        self.ui.caseHeader.setText(header_text(record))
        self.ui.caseHeader.show()

    def _case_changed(self, complaint_id: int) -> None:
        if complaint_id != self.complaint_id or self.complaint_id is None:
            return
        record = complaints.get_complaint(complaint_id)
        if record is not None:
            self.record = record
            self.show_header(record)
            saved_elsewhere(self, record)
            if getattr(self, "case_work", None) is not None:
                self.case_work.refresh()
            self.history.load(complaint_id)

    def _set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for widget in self.ui.formPage.findChildren(QWidget):
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.setReadOnly(read_only)
                palette = self.palette()   # read-only boxes look like the page, not like input
                if read_only:
                    palette.setColor(QPalette.ColorRole.Base,
                                     palette.color(QPalette.ColorRole.Window))
                widget.setPalette(palette)
            elif isinstance(widget, (QComboBox, QCheckBox, QAbstractSpinBox)):
                widget.setEnabled(not read_only)
        if not read_only:
            self.fields.update_dependent()
        self.ui.saveButton.setVisible(not read_only)
        self.ui.voidButton.setVisible(not read_only and self.complaint_id is not None)
        self.attachments.set_read_only(read_only)

    def _show_attachment_count(self, count: int) -> None:
        index = self.ui.tabs.indexOf(self.ui.attachmentsTab)
        title = _("Attachments ({count})").format(count=count) if count else _("Attachments")
        self.ui.tabs.setTabText(index, title)

    # ----- dirty state and drafts ------------------------------------------------------

    def _mark_dirty(self) -> None:
        if self._loading or self.read_only:
            return
        self._dirty = self._draft_stale = True
        if not self._autosave.isActive():
            self._autosave.start()

    def is_dirty(self) -> bool:
        return self._dirty

    def autosave_draft(self) -> bool:
        """Keep what is typed so far (the timer calls this every few seconds) on the
        form's pool thread, before any save started after it; False when nothing starts."""
        if not self._draft_stale or self.read_only or self._busy or self.drafter.running:
            return False
        self._draft_stale = False
        return self.drafter.start(keep_draft, self.draft_key,
                                  safe_json(self.fields.collect().to_json()), self.clock)

    def _draft_kept(self, kept_at) -> None:
        if kept_at is None:
            self._draft_stale = True        # the next tick tries again
        elif not self._busy:
            self.ui.statusLabel.setText(_("Draft kept at {time}").format(
                time=kept_at.strftime("%H:%M:%S")))

    def keep_draft_now(self) -> None:
        """Keep what is typed now, at once (the form closes, or a save was refused)."""
        self._draft_stale = True
        if self.read_only or self._busy:
            return
        self.drafter.wait()
        self._draft_stale = False
        self._draft_kept(keep_draft(self.draft_key, safe_json(self.fields.collect().to_json()),
                                    self.clock))

    def discard_draft(self) -> None:
        self.drafter.wait()          # an autosave on its way lands first, then goes
        self._autosave.stop()
        self._dirty = self._draft_stale = False
        try:
            drafts.discard_draft(self.draft_key)
        except Exception:
            log.exception("discarding the draft %s failed", self.draft_key)

    # ----- saving ----------------------------------------------------------------------

    def save(self) -> bool:
        """Start saving the record on a pool thread; False when no save starts (one is
        running, or the form is read only). ``save_ended(ok)`` follows on the UI thread:
        ok once saved; else the form shows why (the marked fields, the conflict, the
        database's one sentence) and keeps what was typed."""
        if self._busy or self.read_only:
            return False
        data = self.fields.collect()
        self.fields.errors.clear()
        self.ui.formError.hide()
        self.conflict.hide()
        self._autosave.stop()
        self._saving = data
        self._set_busy(True, _("Saving..."))
        self.saver.start(save_record, SaveCall(
            data, self.complaint_id, self.operator_id, self.base_version, self.draft_key,
            self.clock))
        return True

    def finish_save(self) -> None:
        """Wait for a save still running and take its outcome now (before closing)."""
        self.saver.wait()

    def _save_failed(self, exc: Exception) -> None:
        data, self._saving = self._saving, None
        self._set_busy(False)
        show_refusal(self, exc, data)
        self.save_ended.emit(False)

    def _save_done(self, outcome) -> None:
        self._saving = None
        self._autosave.stop()
        self._dirty = self._draft_stale = False
        if self.complaint_id is not None:
            self._set_busy(False)
            self.saved.emit(self.complaint_id)
            self.accept()
        else:
            self.record, self.complaint_id = outcome, outcome.id
            self.draft_key = draft_key(outcome.id, self.owner_id)
            if self.attachments.attach_pending(outcome.id):
                self._set_busy(True, _("Attaching files..."), attaching=True)
            else:
                self._set_busy(False)
                self._announce_new_case([])
        self.save_ended.emit(True)

    def _attachments_finished(self, errors: list[str]) -> None:
        if self._attaching:
            self._set_busy(False)
            self._announce_new_case(errors)
        elif self.complaint_id is not None:
            self.history.load(self.complaint_id)

    def _set_busy(self, busy: bool, status: str = "", attaching: bool = False) -> None:
        if busy and not self._busy:
            self._focused = self.focusWidget()    # given back when the form is usable again
        self._busy, self._attaching = busy, busy and attaching
        self.ui.formPage.setEnabled(not busy)
        if not busy and self._focused is not None and self.isVisible():
            self._focused.setFocus()
        for button in (self.ui.saveButton, self.ui.closeButton, self.ui.voidButton):
            button.setEnabled(not busy)
        self.ui.statusLabel.setText(status if busy else "")
        if attaching:
            self.ui.tabs.setCurrentWidget(self.ui.attachmentsTab)

    def _announce_new_case(self, errors: list[str]) -> None:
        announce_new_case(self, errors)

    def _show_errors(self, errors: dict[str, str]) -> None:
        rest = self.fields.errors.show(errors)
        summary = [_("The record was not saved. Please correct the marked fields.")]
        summary.extend(rest.values())
        self.show_form_error("\n".join(summary))
        self.fields.focus_first(errors)

    def show_form_error(self, text: str) -> None:
        self.ui.formError.setText(text)
        self.ui.formError.show()

    # ----- voiding and closing ---------------------------------------------------------

    def void_case(self) -> None:
        if self.complaint_id is None or self.read_only:
            return
        reason, ok = QInputDialog.getMultiLineText(
            self, _("Void case"),
            _("Why is this case void (for example a duplicate or a test entry)?\n"
              "Nothing is deleted; the case stays findable."))
        if not ok:
            return
        try:
            complaints.void_complaint(self.complaint_id, reason, by_id=self.operator_id,
                                      clock=self.clock)
        except ValidationError as exc:
            QMessageBox.warning(self, _("Void case"), "\n".join(exc.errors.values()))
            return
        except Exception as exc:
            log.exception("voiding failed")
            QMessageBox.warning(self, _("Void case"), user_message(exc))
            return
        self.discard_draft()
        self._loading = True
        self._load_saved()
        self._loading = False
        self.saved.emit(self.complaint_id)

    def open_other_case(self, complaint_id: int) -> ComplaintFormDialog:
        """An earlier case of this customer, over this form (which keeps what is typed)."""
        other = ComplaintFormDialog(self, complaint_id=complaint_id,
                                    clock=self.clock)
        other.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        other.open()
        self.other_case = other
        return other

    def reject(self) -> None:
        """Esc or Close: ``ask_before_closing`` offers to save a saved case's changes, or
        to keep a new record's entries as a draft."""
        if not self._busy and ask_before_closing(self):
            super().reject()

    def done(self, result: int) -> None:
        if self.saver.running:     # closed (the screen locked) while saving: its outcome first
            self.finish_save()
            if not self.isVisible():
                return             # the save closed the form
        self._autosave.stop()
        self.customer.timer.stop()
        self.attachments.wait()
        super().done(result)
