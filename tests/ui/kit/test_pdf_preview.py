"""The PDF preview: pages rendered off the UI thread, zoom, print, save; bad files."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from desk.ui.kit.pdf_preview import PdfPreviewDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def pdf(tmp_path):
    path = tmp_path / "slip.pdf"
    doc = canvas.Canvas(str(path), pagesize=A4)
    for n in (1, 2):
        doc.setFont("Helvetica", 24)
        doc.drawString(72, 760, f"Handling slip, page {n}")
        doc.rect(72, 500, 300, 200)
        doc.showPage()
    doc.save()
    return path


@pytest.fixture
def messages(monkeypatch):
    seen = []

    def show(parent, title, text, *args, **kwargs):
        seen.append(text)
        return QMessageBox.StandardButton.Ok
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(show))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(show))
    return seen


@pytest.fixture
def opened(qtbot):
    dialogs = []

    def open_dialog(path, title="Slip"):
        dialog = PdfPreviewDialog(None, path, title)
        qtbot.addWidget(dialog)
        dialog.show()
        dialogs.append(dialog)
        return dialog
    yield open_dialog
    for dialog in dialogs:
        dialog.close()
    QThreadPool.globalInstance().waitForDone()


def test_renders_pages_and_counts_them(qtbot, pdf, opened, messages):
    dialog = opened(pdf)
    qtbot.waitUntil(lambda: dialog.page_count == 2)
    assert dialog.page_count_label.text() == "2 page(s)"
    assert len(dialog.page_labels) == 2
    width = dialog.page_labels[0].pixmap().width()
    assert width > 100
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
    before = dialog.rendered.zoom
    dialog.tool_buttons["zoomInButton"].click()
    qtbot.waitUntil(lambda: dialog.rendered.zoom > before and dialog._job is None)
    assert dialog.page_labels[0].pixmap().width() > width
    assert dialog.zoom_label.text() == f"{round(dialog.rendered.zoom * 100)}%"
    dialog.tool_buttons["fitWidthButton"].click()
    qtbot.waitUntil(lambda: dialog._job is None)
    assert dialog.zoom is None
    assert messages == []


def test_print_and_save_as(qtbot, pdf, opened, tmp_path, monkeypatch, messages):
    from pypdf import PdfReader

    dialog = opened(pdf)
    qtbot.waitUntil(lambda: dialog.page_count == 2)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(150)
    assert dialog.print_to(printer)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == 2
    target = tmp_path / "out" / "copy"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    dialog.save_button.click()
    assert (tmp_path / "out" / "copy.pdf").read_bytes() == pdf.read_bytes()
    assert messages == []


def test_damaged_pdf_shows_an_error(qtbot, tmp_path, opened, messages):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage" + bytes(range(256)))
    dialog = opened(bad)
    qtbot.waitUntil(lambda: bool(messages))
    assert "damaged" in messages[0]
    assert dialog.page_count == 0 and not dialog.print_button.isEnabled()
    assert dialog.message.isVisible() and "damaged" in dialog.message.text()


def test_missing_pdf_shows_an_error(qtbot, tmp_path, opened, messages):
    dialog = opened(tmp_path / "nowhere.pdf")
    qtbot.waitUntil(lambda: bool(messages))
    assert "missing" in messages[0]
    assert not dialog.save_button.isEnabled()
