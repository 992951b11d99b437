"""The case's documents: print the handling slip, the complaint record, the intake receipt
and the reply letter (rendered off the UI thread, then previewed), and attach the signed
slip when the paper comes back."""
from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QToolButton, QWidget

from desk import paths
from desk.i18n import N_, _, current_language
from desk.services.cases import attachments
from desk.services.casework import documents, slips
from desk.services.common.clock import system_clock
from desk.services.common.errors import user_message
from desk.ui.access.session import ActingUser
from desk.ui.kit import preferences
from desk.ui.kit.events import case_events
from desk.ui.kit.workers import run_in_thread

DOCUMENTS = [
    ("slip", N_("Handling slip")),
    ("slip-bilingual", N_("Handling slip (Chinese and English)")),
    ("record", N_("Complaint record")),
    ("receipt", N_("Intake receipt (A5)")),
    ("receipt-80mm", N_("Intake receipt (80 mm roll)")),
    ("letter", N_("Written reply letter")),
]
NO_LETTER = N_("Written reply letter (not for an anonymous case without an address)")


#: The PDF's file name (as the preview offers to save it), in the language of the screen.
FILE_NAMES = {"slip": N_("handling-slip-{case_no}.pdf"),
              "record": N_("complaint-record-{case_no}.pdf"),
              "receipt": N_("receipt-{case_no}.pdf"), "letter": N_("reply-{case_no}.pdf")}


def _render(kind: str, complaint_id: int, out: Path, lang: str, clock) -> Path:
    """Runs on a pool thread (``run_in_thread`` closes its connection afterwards)."""
    size = "80mm" if kind == "receipt-80mm" else "A5"
    base = kind.split("-")[0]
    doc_lang = "bilingual" if kind == "slip-bilingual" else lang
    return documents.render(base, complaint_id, out, doc_lang, size=size, clock=clock)


def _attach_signed(complaint_id: int, path: Path, operator_id, clock) -> None:
    info = attachments.attach(complaint_id, path, operator_id, clock=clock)
    slips.mark_signed(complaint_id, info.id, operator_id, clock=clock)


class CaseDocumentsButton(QToolButton):
    """A "Print" button with one entry per document, and "Attach signed slip..."."""

    signed = Signal()

    operator_id = ActingUser()

    def __init__(self, parent: QWidget | None, complaint_id: int, case_no: str,
                 clock=system_clock):
        super().__init__(parent)
        self.setObjectName("printButton")
        self.complaint_id, self.case_no = complaint_id, case_no
        self.clock = clock
        self.setText(_("Print..."))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        for kind, label in DOCUMENTS:
            action = menu.addAction(_(label))
            action.setObjectName(f"print_{kind}")
            action.triggered.connect(lambda _checked=False, k=kind: self.make(k))
            if kind == "letter":
                self.letter_action = action
        menu.aboutToShow.connect(self.offer_letter)
        menu.addSeparator()
        signed = menu.addAction(_("Attach signed slip..."))
        signed.setObjectName("attachSigned")
        signed.triggered.connect(self.choose_signed_scan)
        self.setMenu(menu)
        self._folder: Path | None = None
        self.last_pdf: Path | None = None
        self.preview = None

    def offer_letter(self) -> None:
        """No reply letter for an anonymous case without an address (a suggestion-box
        note): the entry says why instead of failing when chosen."""
        allowed = documents.letter_allowed(self.complaint_id)
        self.letter_action.setEnabled(allowed)
        self.letter_action.setText(_("Written reply letter") if allowed else _(NO_LETTER))

    def make(self, kind: str) -> None:
        if self._folder is None or not self._folder.is_dir():   # this window's own
            self._folder = Path(tempfile.mkdtemp(prefix="case-", dir=paths.printouts_dir()))
        out = self._folder / _(FILE_NAMES[kind.split("-")[0]]).format(case_no=self.case_no)
        self.setEnabled(False)
        run_in_thread(_render, kind, self.complaint_id, out, current_language(), self.clock,
                      on_result=self._show, on_error=self._failed, on_finished=self._enable)

    def _show(self, path: Path) -> None:
        from desk.ui.kit.pdf_preview import PdfPreviewDialog

        self.last_pdf = Path(path)
        self.preview = PdfPreviewDialog(self.window(), self.last_pdf,
                                        _("Case {case_no}").format(case_no=self.case_no))
        self.preview.show()

    def _failed(self, exc: Exception) -> None:
        QMessageBox.warning(self, _("Print"), user_message(exc))

    def choose_signed_scan(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, _("Attach the signed slip"), preferences.last_folder(),
            _("Scans and photos (*.pdf *.jpg *.jpeg *.png *.heic *.bmp);;All files (*)"))
        if name:
            preferences.remember_file(name)
            self.attach_signed(Path(name))

    def attach_signed(self, path: Path) -> None:
        self.setEnabled(False)
        run_in_thread(_attach_signed, self.complaint_id, path, self.operator_id, self.clock,
                      on_result=self._signed, on_error=self._failed, on_finished=self._enable)

    def _enable(self) -> None:
        self.setEnabled(True)

    def _signed(self, _value) -> None:
        self.signed.emit()


def print_receipt(parent: QWidget, complaint_id: int, case_no: str,
                  clock=system_clock) -> CaseDocumentsButton:
    """Print the intake receipt at once (from the "complaint recorded" message): rendered
    off the UI thread, shown in the preview over ``parent``."""
    maker = CaseDocumentsButton(parent, complaint_id, case_no, clock)
    maker.hide()
    maker.make("receipt")
    return maker


def add_case_work(form, record) -> None:
    """Edit mode: the handling tab (slip, deadlines, timeline) and the Print button."""
    from desk.ui.casework.case_work import CaseWorkPanel

    form.case_work = CaseWorkPanel(form, record.id, form.clock)
    form.ui.tabs.insertTab(1, form.case_work, _("Handling"))
    form.print_button = CaseDocumentsButton(form, record.id, record.case_no, form.clock)
    form.case_work.changed.connect(lambda: case_events().case_changed.emit(record.id))
    form.print_button.signed.connect(lambda: case_events().case_changed.emit(record.id))
    form.print_button.signed.connect(form.attachments.refresh)
    form.ui.buttonRow.insertWidget(1, form.print_button)
