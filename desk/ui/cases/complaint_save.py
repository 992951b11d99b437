"""The complaint form's Save, on a pool thread: the write may wait for the database's write
lock (another desk's save, a purge batch, a backup) for up to the busy timeout, and the
window keeps drawing and answering meanwhile. The form is busy ("Saving...") until the
outcome is back on the UI thread; a form closed meanwhile waits for it, so no save is lost.

What runs on the pool thread is only the service calls: the save, then the draft thrown
away (saved) or kept (the database away or locked: what was typed stays, in the database
or else on this PC). Everything on screen happens when the outcome arrives.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desk.i18n import _
from desk.services.cases import complaints, drafts
from desk.services.cases.complaints import ComplaintInput
from desk.services.casework.slips import WRITTEN_CHANNELS
from desk.services.common.errors import user_message
from desk.services.common.validation import ValidationError
from desk.services.common.versions import StaleEditError
from desk.ui.cases.case_documents import print_receipt
from desk.ui.cases.complaint_conflict import refused
from desk.ui.cases.complaint_widgets import new_case_html, safe_json

log = logging.getLogger("desk.ui")


@dataclass
class SaveCall:
    """What one Save hands to the pool thread (read on the UI thread beforehand)."""

    data: ComplaintInput
    complaint_id: int | None
    by_id: int | None
    expected_version: int | None
    draft_key: str
    clock: object


class SaveFailed(Exception):
    """The database was away or locked: ``error`` is why; ``kept_at`` when the draft was
    kept (None when even that failed)."""

    def __init__(self, error: Exception, kept_at):
        super().__init__(repr(error))
        self.error, self.kept_at = error, kept_at


def save_record(call: SaveCall):
    """(On a pool thread) Save ``call.data``: the new record, or the number of fields an
    edit changed. StaleEditError and ValidationError go back as they are; anything else
    keeps the draft and comes back as SaveFailed."""
    try:
        if call.complaint_id is None:
            outcome = complaints.create_complaint(call.data, clock=call.clock)
        else:
            outcome = complaints.update_complaint(
                call.complaint_id, call.data, by_id=call.by_id, clock=call.clock,
                expected_version=call.expected_version)
    except (StaleEditError, ValidationError):
        raise
    except Exception as exc:      # the database away or locked: keep what was typed
        log.exception("saving the complaint failed")
        kept_at = keep_draft(call.draft_key, safe_json(call.data.to_json()), call.clock)
        raise SaveFailed(exc, kept_at) from exc
    try:
        drafts.discard_draft(call.draft_key)
    except Exception:
        log.exception("discarding the draft %s failed", call.draft_key)
    return outcome


def keep_draft(key: str, payload: dict, clock):
    """Keep a draft (in the database, else on this PC): when, or None when even that
    failed. On a pool thread (an autosave, a failed save) or, closing, on the UI thread."""
    try:
        drafts.save_draft(key, payload, clock=clock)
    except Exception:
        log.exception("saving the draft %s failed", key)
        return None
    return clock.now()


def show_refusal(form, exc: Exception, data: ComplaintInput) -> None:
    """(On the UI thread) Why ``form``'s save of ``data`` was refused: a stale edit shows
    the conflict (what was typed kept), a wrong field is marked, the database away or
    locked says so in one sentence (the draft was kept meanwhile)."""
    if isinstance(exc, StaleEditError):
        refused(form, exc, data)
    elif isinstance(exc, ValidationError):
        form._show_errors(exc.errors)
    else:
        error = exc.error if isinstance(exc, SaveFailed) else exc
        form.show_form_error(user_message(error))
        kept_at = getattr(exc, "kept_at", None)
        if kept_at is not None:
            form._draft_stale = False
            form._draft_kept(kept_at)


def announce_new_case(form, errors: list[str]) -> None:
    """Tell the clerk the case number and the promised reply, to read to the customer."""
    record = form.record
    written = record.channel.code in WRITTEN_CHANNELS
    owner = form.parentWidget() or form
    box = QMessageBox(QMessageBox.Icon.Information, _("Complaint recorded"),
                      new_case_html(record.case_no, record.reply_due_at, errors, written),
                      QMessageBox.StandardButton.Ok, owner)
    box.setObjectName("recordedMessage")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    receipt = box.addButton(_("Print receipt"), QMessageBox.ButtonRole.ActionRole)
    receipt.setObjectName("printReceiptButton")
    receipt.clicked.connect(lambda: print_receipt(owner, record.id, record.case_no,
                                                  form.clock))
    form.recorded_message = box
    form.saved.emit(record.id)
    form.accept()
    box.open()    # over the main window: the form is done, the customer still there
