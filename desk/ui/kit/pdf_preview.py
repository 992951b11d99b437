"""Preview a PDF (pages rendered with pypdfium2 off the UI thread), print it through the
system print dialog, or save a copy."""
from __future__ import annotations

import logging
import shutil
import threading
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk.i18n import _
from desk.paths import exports_dir
from desk.services.common.errors import user_message
from desk.services.common.output import write_with_fallback
from desk.ui.kit import preferences
from desk.ui.kit.pdf_pages import (
    PAGE_GAP,
    ZOOM_STEPS,
    PdfOpenError,
    RenderedPages,
    print_document,
    render_pages,
)
from desk.ui.kit.workers import Job, run_in_thread

log = logging.getLogger("desk.ui")


class PdfPreviewDialog(QDialog):
    def __init__(self, parent: QWidget | None, pdf_path: Path, title: str):
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.setWindowTitle(title)
        self.pdf_path, self.title = Path(pdf_path), title
        self.zoom: float | None = None          # None: fit width
        self.rendered: RenderedPages | None = None
        self.error_text = ""
        self._job: Job | None = None
        self.page_labels: list[QLabel] = []
        self._token = 0
        self._stop = threading.Event()
        self._build()
        self.resize(820, 900)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(200)
        self._fit_timer.timeout.connect(self._refit)
        self._fitted_width = 0
        self._started = False           # the first render waits until the size is known

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        specs = (("zoomOutButton", _("Zoom out"), QKeySequence.StandardKey.ZoomOut,
                  self.zoom_out),
                 ("zoomInButton", _("Zoom in"), QKeySequence.StandardKey.ZoomIn, self.zoom_in),
                 ("fitWidthButton", _("Fit width"), None, self.fit_width))
        self.tool_buttons: dict[str, QPushButton] = {}
        for name, text, key, slot in specs:
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.setAutoDefault(False)
            if key is not None:
                button.setShortcut(QKeySequence(key))
            button.clicked.connect(slot)
            bar.addWidget(button)
            self.tool_buttons[name] = button
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("zoomLabel")
        self.zoom_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("000%") + 12)
        bar.addWidget(self.zoom_label)
        bar.addStretch(1)
        self.page_count_label = QLabel(self)
        self.page_count_label.setObjectName("pageCountLabel")
        bar.addWidget(self.page_count_label)
        bar.addStretch(1)
        self.print_button = QPushButton(_("Print…"), self)
        self.print_button.setObjectName("printButton")
        self.print_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_button.clicked.connect(self.print_pdf)
        self.save_button = QPushButton(_("Save as…"), self)
        self.save_button.setObjectName("saveAsButton")
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_button.clicked.connect(self.save_as)
        self.close_button = QPushButton(_("Close"), self)
        self.close_button.setObjectName("closeButton")
        self.close_button.clicked.connect(self.reject)
        for button in (self.print_button, self.save_button, self.close_button):
            button.setAutoDefault(False)
            bar.addWidget(button)
        layout.addLayout(bar)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("pageScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll.setStyleSheet("QScrollArea#pageScroll > QWidget > QWidget "
                                  "{ background: #808080; }")
        self.pages = QWidget()
        self.pages.setObjectName("pages")
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setSpacing(PAGE_GAP)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.message = QLabel(self.pages)
        self.message.setObjectName("previewMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet("color: white; font-size: 11pt;")
        self.pages_layout.addWidget(self.message)
        self.scroll.setWidget(self.pages)
        layout.addWidget(self.scroll, 1)
        self.close_button.setFocus()

    # Rendering ---------------------------------------------------------------------------
    @property
    def page_count(self) -> int:
        return len(self.rendered.sizes) if self.rendered else 0

    def _viewport_width(self) -> int:
        return max(200, self.scroll.viewport().width() - 2 * PAGE_GAP - 4)

    def refresh_pages(self) -> None:
        """Render (again) at the current zoom, off the UI thread."""
        if self._job is not None:
            self._job.cancel()
            self._stop.set()
        self._stop = threading.Event()
        self._token += 1
        if not self.rendered:
            self._show_message(_("Rendering pages…"))
        self._fitted_width = self._viewport_width()
        ratio = self.devicePixelRatioF() or 1.0
        self._set_controls(False)
        self._job = run_in_thread(render_pages, self.pdf_path, self.zoom, self._fitted_width,
                                  ratio, self._stop, self._token, on_result=self._rendered,
                                  on_error=self._failed)

    def _rendered(self, result: RenderedPages) -> None:
        if result.token != self._token:
            return                  # a newer render is under way
        self._job = None
        self.rendered = result
        self.message.hide()
        for old in self.page_labels:
            self.pages_layout.removeWidget(old)
            old.deleteLater()
        self.page_labels = []
        ratio = self.devicePixelRatioF() or 1.0
        for index, image in enumerate(result.images):
            label = QLabel(self.pages)
            label.setObjectName(f"page{index + 1}")
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            label.setPixmap(pixmap)
            label.setStyleSheet("background: white; border: 1px solid #555;")
            self.pages_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        if len(result.images) < self.page_count:
            self.page_count_label.setText(_("First {shown} of {count} pages shown").format(
                shown=len(result.images), count=self.page_count))
        else:
            self.page_count_label.setText(_("{count} page(s)").format(count=self.page_count))
        self.zoom_label.setText(f"{round(result.zoom * 100)}%")
        self._set_controls(True)

    def _failed(self, exc: BaseException) -> None:
        if getattr(exc, "token", self._token) != self._token:
            return
        self._job = None
        self.error_text = str(exc) if isinstance(exc, PdfOpenError) else user_message(exc)
        self._show_message(self.error_text)
        self.page_count_label.setText("")
        self._set_controls(False)
        self.save_button.setEnabled(self.pdf_path.is_file())
        QMessageBox.warning(self, self.title, self.error_text)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _set_controls(self, ready: bool) -> None:
        for button in (*self.tool_buttons.values(), self.print_button, self.save_button):
            button.setEnabled(ready)

    # Zoom --------------------------------------------------------------------------------
    def _current_zoom(self) -> float:
        return self.rendered.zoom if self.rendered else 1.0

    def zoom_in(self) -> None:
        now = self._current_zoom()
        self.zoom = next((z for z in ZOOM_STEPS if z > now + 0.01), ZOOM_STEPS[-1])
        self.refresh_pages()

    def zoom_out(self) -> None:
        now = self._current_zoom()
        self.zoom = next((z for z in reversed(ZOOM_STEPS) if z < now - 0.01), ZOOM_STEPS[0])
        self.refresh_pages()

    def fit_width(self) -> None:
        self.zoom = None
        self.refresh_pages()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._started:
            self._started = True
            self.refresh_pages()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.zoom is None and self._started:
            self._fit_timer.start()

    def _refit(self) -> None:
        if self.zoom is None and abs(self._viewport_width() - self._fitted_width) > 8:
            self.refresh_pages()

    # Print and save ----------------------------------------------------------------------
    def print_pdf(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(_("Print {title}").format(title=self.title))
        dialog.setMinMax(1, max(1, self.page_count))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            print_document(self.pdf_path, printer)
        except PdfOpenError as exc:
            error = str(exc)
        except Exception as exc:
            log.exception("printing failed")
            error = user_message(exc)
        else:
            return True
        finally:
            QGuiApplication.restoreOverrideCursor()
        QMessageBox.warning(self, _("Print"), error)
        return False

    def save_as(self) -> None:
        start = preferences.in_last_folder(self.pdf_path.name, exports_dir())
        target, _filter = QFileDialog.getSaveFileName(self, _("Save the PDF as"), start,
                                                      _("PDF files (*.pdf)"))
        if target:
            preferences.remember_file(target)
            self.save_to(Path(target))

    def save_to(self, target: Path) -> bool:
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            if target.resolve() != self.pdf_path.resolve():   # open elsewhere: "x (2).pdf"
                made = write_with_fallback(target, lambda to: shutil.copyfile(self.pdf_path, to))
                if made.renamed:
                    QMessageBox.information(self, _("Save as"), made.message())
        except OSError as exc:
            QMessageBox.warning(self, _("Save as"), user_message(exc))
            return False
        return True

    # Closing -----------------------------------------------------------------------------
    def done(self, result: int) -> None:
        self._stop.set()
        if self._job is not None:
            self._job.cancel()
            self._job = None
        super().done(result)
