"""Unfinished complaint records: the form saves its fields as a draft every few seconds;
at the next start the operator is offered them back (or throws them away)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desk.i18n import _
from desk.services.cases import complaints, drafts
from desk.services.cases.complaints import ComplaintInput
from desk.services.common.clock import system_clock
from desk.services.common.validation import LIMITS

DRAFT_PREFIX = "complaint:"


def draft_key(complaint_id: int | None, operator_id: int | None) -> str:
    return f"{DRAFT_PREFIX}{'new' if complaint_id is None else complaint_id}:{operator_id}"


def restore_drafts(parent: QWidget | None, operator_id: int | None,
                   clock=system_clock) -> list:
    """Offer back the unfinished records of this operator; returns the forms opened."""
    suffix = f":{operator_id}"
    found = []
    for key in drafts.pending_drafts(DRAFT_PREFIX):
        if not key.endswith(suffix):
            continue
        entry = _draft_entry(key, key[len(DRAFT_PREFIX):-len(suffix)])
        if entry is None:
            drafts.discard_draft(key)
        else:
            found.append(entry)
    if not found:
        return []
    answer = QMessageBox.question(
        parent, _("Unfinished records"),
        "\n\n".join([_("These complaint records were not saved:"),
                     "\n".join(line for _k, _c, _d, line in found),
                     _("Open them again to finish them? No throws them away.")]),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes)
    if answer != QMessageBox.StandardButton.Yes:
        for key, *_rest in found:
            drafts.discard_draft(key)
        return []
    from desk.ui.cases.complaint_form import ComplaintFormDialog

    dialogs = []
    for _key, complaint_id, data, _line in found:
        dialog = ComplaintFormDialog(parent, complaint_id, clock=clock, draft=data)
        if parent is not None:
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if hasattr(parent, "complaint_saved"):    # the main window refreshes its case list
            dialog.saved.connect(parent.complaint_saved)
        dialog.show()
        dialogs.append(dialog)
    return dialogs


def _draft_entry(key: str, middle: str):
    """(key, complaint id or None, input, description) of a usable draft, else None."""
    payload = drafts.load_draft(key)
    if payload is None:
        return None
    try:
        data = ComplaintInput.from_json(payload)
    except (TypeError, ValueError):
        return None
    if middle == "new":
        name = str(data.complainant_name or "").strip()[:LIMITS["complainant_name"]]
        return key, None, data, _("New record: {name}").format(name=name or _("(no name)"))
    try:
        complaint_id = int(middle)
    except ValueError:
        return None
    record = complaints.get_complaint(complaint_id)
    if record is None or record.voided:
        return None
    return key, complaint_id, data, _("Changes to case {case_no}").format(
        case_no=record.case_no)


def ask_before_closing(form) -> bool:
    """Whether the complaint ``form`` may close now. A saved case with unsaved changes:
    save them (the form closes once saved), throw them away, or stay. A new record with
    entries: keep them as a draft to finish later, throw them away, or stay."""
    if not form.is_dirty() or form.read_only:
        return True
    buttons = QMessageBox.StandardButton
    if form.complaint_id is not None:
        answer = QMessageBox.question(
            form, _("Unsaved changes"),
            _("Save the changes to case {case_no}?").format(case_no=form.record.case_no),
            buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save)
        if answer == buttons.Save:
            form.save()            # closes the form when saved, else shows what is wrong
            return False
        if answer == buttons.Cancel:
            return False
        form.discard_draft()
        return True
    answer = QMessageBox.question(
        form, _("Unsaved changes"),
        _("This record has changes that are not saved.\n\n"
          "Keep them as a draft to finish later?"),
        buttons.Yes | buttons.No | buttons.Cancel, buttons.Yes)
    if answer == buttons.Cancel:
        return False
    if answer == buttons.Yes:
        form.keep_draft_now()
    else:
        form.discard_draft()
    return True
def put_away(form) -> None:
    """The screen is being locked: keep the form's unsaved changes as its owner's draft
    (offered back at their next sign-in) and close it. A save still running ends first:
    saved, the form has closed; refused, what was typed is kept as the draft."""
    form.finish_save()
    if not form.isVisible():
        return
    if form.is_dirty() and not form.read_only:
        form.keep_draft_now()
    form._dirty = False
    QDialog.reject(form)
