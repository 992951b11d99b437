"""The shared page (desk.documents.layout) for documents that are not about one case:
the top right says "Month 2026-11" or "Record No. CA-2026-0001" instead of "Case No.",
then "page x of y" as on every other document."""
from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import BinaryIO

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from desk.documents import fonts, layout
from desk.documents.layout import GREY, NumberedCanvas, Page, draw_page, draw_text, tr, tr_format
from desk.i18n import N_
from desk.services.validation import clean_text


def draw_labelled_numbers(canvas: Canvas, page: Page, label: str, number: int,
                          total: int) -> None:
    """``label`` (a catalogue string) and the page's number at the top right."""
    width = page.size[0]
    s = 0.9 if width < 160 * mm else 1.0
    x, top = width - page.margins[1], page.header_top()
    text = f"{tr(label, page.lang)} {page.case_no}"
    draw_text(canvas, x, top - 4.5 * mm, text, 10 * s, align="right", max_width=85 * mm,
              bold=True)
    pages = tr_format(N_("Page {page} of {pages}"), page.lang, page=number, pages=total)
    draw_text(canvas, x, top - 9.5 * mm * s, pages, 8.5 * s, align="right", color=GREY)


class LabelledCanvas(NumberedCanvas):
    def __init__(self, *args, page: Page, label: str, **kwargs):
        super().__init__(*args, page=page, **kwargs)
        self._label = label

    def save(self):
        total = len(self._held)
        for number, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            draw_labelled_numbers(self, self._page, self._label, number, total)
            Canvas.showPage(self)
        Canvas.save(self)


def build_labelled(out: Path | str | BinaryIO, story: list, page: Page, label: str, *,
                   subject: str = "") -> None:
    """:func:`desk.documents.layout.build` with ``label`` in place of "Case No."."""
    fonts.ensure_fonts()
    width, height = page.size
    left, right, top, bottom = page.margins
    target = str(out) if isinstance(out, (str, Path)) else out
    doc = BaseDocTemplate(
        target, pagesize=page.size, leftMargin=left, rightMargin=right, topMargin=top,
        bottomMargin=bottom, title=f"{page.title} {page.case_no}".strip(),
        author=clean_text(page.company.name), subject=subject, creator="Desk",
        initialFontName=fonts.LATIN_FONT, pageCompression=1)
    frame = Frame(left, bottom, width - left - right, height - top - bottom, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame],
                                       onPage=lambda canvas, _doc: draw_page(canvas, page),
                                       pagesize=page.size)])
    with layout._build_lock:
        rl_config.useA85 = 0
        doc.build(story, canvasmaker=partial(LabelledCanvas, page=page, label=label))
