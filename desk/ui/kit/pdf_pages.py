"""PDF pages as images (pypdfium2), for the preview and for printing through Qt; pdfium
is called by one thread at a time."""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

from desk.i18n import _
from desk.services.common.errors import user_message

PDFIUM_LOCK = threading.Lock()      # pdfium is not thread-safe: one call at a time
ZOOM_STEPS = (0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)
SCREEN_DPI = 96.0
MAX_PAGE_PIXELS = 24_000_000        # a page image at most ~96 MB
MAX_PRINT_DPI = 600
PAGE_GAP = 12
MAX_PREVIEW_PAGES = 200             # more would take gigabytes; print and save take all


class PdfOpenError(Exception):
    """The file is missing, unreadable or not a PDF; the message is for the user."""


@dataclass
class RenderedPages:
    zoom: float
    token: int = 0                  # which render() asked for these pages
    sizes: list[tuple[float, float]] = field(default_factory=list)   # points
    images: list[QImage] = field(default_factory=list)


def _open(path: Path):
    import pypdfium2 as pdfium

    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise PdfOpenError(_("The PDF file is missing: {path}").format(path=path)) from None
    except OSError as exc:
        raise PdfOpenError(user_message(exc)) from exc
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise PdfOpenError(_("The PDF file is damaged or is not a PDF ({error}).").format(
            error=exc)) from exc


def _to_image(page, scale: float, grayscale: bool = False) -> QImage:
    width, height = page.get_size()
    pixels = width * scale * height * scale
    if pixels > MAX_PAGE_PIXELS:
        scale *= (MAX_PAGE_PIXELS / pixels) ** 0.5
    if grayscale:
        bitmap = page.render(scale=scale, grayscale=True, optimize_mode="print")
        fmt = QImage.Format.Format_Grayscale8
    else:
        bitmap = page.render(scale=scale, prefer_bgrx=True, rev_byteorder=True)
        fmt = QImage.Format.Format_RGBX8888
    try:
        image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, fmt)
        return image.copy()          # owns its pixels once the bitmap is gone
    finally:
        bitmap.close()


def render_pages(path: Path, zoom: float | None, fit_width: int, ratio: float,
                 stop: threading.Event, token: int = 0) -> RenderedPages:
    """Every page as an image. ``zoom`` None fits the widest page into ``fit_width``
    logical pixels; ``ratio`` is the screen's device pixel ratio."""
    try:
        return _render_pages(path, zoom, fit_width, ratio, stop, token)
    except Exception as exc:
        exc.token = token           # type: ignore[attr-defined]
        raise


def _render_pages(path: Path, zoom: float | None, fit_width: int, ratio: float,
                  stop: threading.Event, token: int) -> RenderedPages:
    with PDFIUM_LOCK:
        doc = _open(path)
        try:
            sizes = [doc.get_page_size(i) for i in range(len(doc))]
            if not sizes:
                raise PdfOpenError(_("The PDF file has no pages."))
            if zoom is None:
                widest = max(w for w, _h in sizes) or 1
                zoom = max(0.1, fit_width / (widest * SCREEN_DPI / 72))
            out = RenderedPages(zoom, token, sizes)
            for index in range(min(len(doc), MAX_PREVIEW_PAGES)):
                if stop.is_set():
                    break
                page = doc[index]
                try:
                    out.images.append(_to_image(page, zoom * SCREEN_DPI / 72 * ratio))
                finally:
                    page.close()
            return out
        finally:
            doc.close()


def print_document(path: Path, printer: QPrinter) -> int:
    """Paint the pages (the printer's range, or all) at the printer's resolution, each
    page scaled to the paper. Returns the number of pages sent."""
    printer.setFullPage(True)
    dpi = printer.resolution()
    scale_dpi = min(dpi, MAX_PRINT_DPI)
    grayscale = printer.colorMode() == QPrinter.ColorMode.GrayScale
    with PDFIUM_LOCK:
        doc = _open(path)
        try:
            count = len(doc)
            first, last = printer.fromPage(), printer.toPage()
            pages = range(max(first, 1) - 1, min(last, count) if last else count)
            painter = QPainter()
            if not painter.begin(printer):
                raise PdfOpenError(_("The printer could not be started."))
            try:
                for n, index in enumerate(pages):
                    if n:
                        printer.newPage()
                    paper = printer.pageLayout().fullRectPixels(dpi)
                    page = doc[index]
                    try:
                        width, height = page.get_size()
                        fit = min(paper.width() / width, paper.height() / height)
                        image = _to_image(page, fit * scale_dpi / dpi, grayscale)
                    finally:
                        page.close()
                    target = QRectF(0, 0, width * fit, height * fit)
                    target.moveCenter(QRectF(0, 0, paper.width(), paper.height()).center())
                    painter.drawImage(target, image)
            finally:
                painter.end()
            return len(pages)
        finally:
            doc.close()
