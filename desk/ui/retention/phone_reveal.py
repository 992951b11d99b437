"""A saved case's phone number for someone whose role does not call customers: shown
masked (138****5678), with a button in the field that reveals it — the reveal is written
to the audit trail."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QStyle

from desk.i18n import _
from desk.services.common.errors import user_message
from desk.services.retention import phones


class PhoneReveal(QObject):
    def __init__(self, form):
        super().__init__(form)
        self.form = form
        line = form.ui.contactPhone
        self.action = QAction(line)
        self.action.setObjectName("revealPhone")
        self.action.setIcon(line.style().standardIcon(
            QStyle.StandardPixmap.SP_FileDialogContentsView))
        line.addAction(self.action, QLineEdit.ActionPosition.TrailingPosition)
        self.action.triggered.connect(self.reveal)
        form.fields.masked = True
        form.history.mask_phones = True
        form.installEventFilter(self)
        self._retranslate()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False

    def _retranslate(self) -> None:
        self.action.setText(_("Show the whole number"))
        self.action.setToolTip(_("Show the whole number (written to the audit trail)"))

    def reveal(self) -> str:
        form = self.form
        try:
            phone = phones.reveal_phone(form.complaint_id, form.operator_id, form.clock)
        except Exception as exc:
            form.show_form_error(user_message(exc))
            return ""
        form.fields.unmask(phone, editable=not form.read_only)
        form.history.mask_phones = False
        if form.history.complaint_id is not None:
            form.history.load(form.history.complaint_id)
        self.action.setVisible(False)
        return phone


def attach_reveal(form) -> PhoneReveal | None:
    """For a saved case viewed by a role that sees masked numbers."""
    if form.complaint_id is None or not phones.masks_for(form.operator_id):
        return None
    return PhoneReveal(form)
