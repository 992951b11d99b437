"""Unsaved text in a corrective-action window: asked about when the window closes, kept as
its author's draft when the screen is locked, and offered back at their next sign-in."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from desk.i18n import _
from desk.services.capa import actions as capa
from desk.services.cases import drafts
from desk.services.casework.base import WorkflowError

PREFIX = "capa:"
FIELDS = ("problem", "root_cause_category", "root_cause")


def draft_key(capa_id: int, operator_id: int | None) -> str:
    return f"{PREFIX}{capa_id}:{operator_id}"


def edited(form) -> dict | None:
    """What the person typed over the saved record (``None``: nothing, or not theirs to
    change); ``version`` is the record they started from."""
    st = form.state
    if st is None or not form.save_button.isEnabled():
        return None
    typed = {"problem": form.problem.toPlainText(),
             "root_cause_category": form.cause_category.currentData() or "",
             "root_cause": form.cause.toPlainText()}
    saved = {"problem": st.problem, "root_cause_category": st.root_cause_category or "",
             "root_cause": st.root_cause}
    if typed == saved:
        return None
    return {**typed, "version": st.version}


def apply(form, data: dict) -> None:
    """Put a draft's text back into ``form`` (saving it is checked against the version the
    draft started from, so a change made meanwhile is not overwritten silently)."""
    form.problem.setPlainText(str(data.get("problem", "")))
    index = form.cause_category.findData(data.get("root_cause_category") or "")
    form.cause_category.setCurrentIndex(max(index, 0))
    form.cause.setPlainText(str(data.get("root_cause", "")))
    if form.state is not None and isinstance(data.get("version"), int):
        form.state.version = data["version"]


def may_close(form) -> bool:
    """Whether ``form`` may close now: unsaved text is saved, thrown away, or it stays."""
    if getattr(form, "putting_away", False) or edited(form) is None:
        return True
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        form, _("Unsaved changes"),
        _("Save the changes to {number}?").format(number=form.state.number),
        buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save)
    if answer == buttons.Save:
        form.save()
        return edited(form) is None     # refused (changed at another desk): it stays open
    return answer == buttons.Discard


def put_away(form) -> None:
    """The screen is being locked: keep the unsaved text as its author's draft, then close."""
    data = edited(form)
    if data is not None:
        drafts.save_draft(draft_key(form.capa_id, form.operator_id), data)
    form.putting_away = True
    form.close()


def restore_drafts(parent: QWidget | None, operator_id: int | None, open_capa) -> list:
    """Offer this person's kept corrective-action text back; ``open_capa(id)`` opens a
    window. Returns the windows opened."""
    suffix = f":{operator_id}"
    found = []
    for key in drafts.pending_drafts(PREFIX):
        if not key.endswith(suffix):
            continue
        data = drafts.load_draft(key)
        try:
            record = capa.get_capa(int(key[len(PREFIX):-len(suffix)]))
        except (ValueError, WorkflowError):
            record = None
        if data is None or record is None:
            drafts.discard_draft(key)
        else:
            found.append((key, record, data))
    if not found:
        return []
    answer = QMessageBox.question(
        parent, _("Unfinished records"),
        "\n\n".join([_("These corrective actions have changes that were not saved:"),
                     "\n".join(capa.record_no(record) for _k, record, _d in found),
                     _("Open them again to finish them? No throws the changes away.")]),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes)
    forms = []
    for key, record, data in found:
        drafts.discard_draft(key)
        if answer == QMessageBox.StandardButton.Yes:
            form = open_capa(record.id)
            apply(form, data)
            forms.append(form)
    return forms
