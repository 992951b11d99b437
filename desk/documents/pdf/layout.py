"""The page every document shares; its styles; labels from the catalogue; dates and money.

Every page has the company's logo and name with the document's title on the left, the
case number (on documents not about one case: the month or record number) and "page x of
y" on the right, a rule under them, and the company's address and phone in the footer.
"Page x of y" needs the page count, so :class:`NumberedCanvas` holds each page back until
the document is complete and then draws the numbers.
"""
from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from pathlib import Path
from typing import BinaryIO

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from desk.documents.data.cases import Company
from desk.documents.pdf import fonts
from desk.i18n import N_, translate
from desk.text import DATETIME_FORMAT, clean_text

LANGUAGES = ("zh_CN", "zh_TW", "en", "bilingual")
BILINGUAL = "bilingual"
INK = colors.black
GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#8C8C8C")
SHADE = colors.HexColor("#ECECEC")
LIGHT = colors.HexColor("#F6F6F6")

_build_lock = threading.Lock()  # reportlab keeps some module state; one build at a time


# ----------------------------------------------------------------- words and values
def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown document language {lang!r}; use one of {LANGUAGES}")
    return lang


def tr_pair(source: str, lang: str) -> tuple[str, str]:
    """(main, second) wording of a catalogue string; second is "" unless bilingual."""
    if lang != BILINGUAL:
        return translate(source, lang), ""
    chinese, english = translate(source, "zh_CN"), translate(source, "en")
    return (chinese, english) if chinese != english else (english, "")


def tr(source: str, lang: str, sep: str = " ") -> str:
    """A catalogue string; bilingual gives "投诉人 Complainant" (``sep`` between)."""
    main, second = tr_pair(source, lang)
    return f"{main}{sep}{second}" if second else main


def tr_format(source: str, lang: str, sep: str = " ", **values: object) -> str:
    """Translate, then fill ``{placeholders}``; bilingual joins both languages."""
    main, second = tr_pair(source, lang)
    text = _format(main, values)
    return f"{text}{sep}{_format(second, values)}" if second else text


def _format(pattern: str, values: dict) -> str:
    try:
        return pattern.format(**values)
    except (KeyError, IndexError, ValueError):  # a broken translation must not stop printing
        return pattern


def clean(value: object, multiline: bool = False) -> str:
    if isinstance(value, (dt.datetime, dt.date)):
        return fmt_when(value)
    return clean_text(value, multiline=multiline)


def fmt_when(value: object) -> str:
    """2026-11-26 10:00 (or just the date); the same in every language, never ambiguous."""
    if value is None or value == "":
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime(DATETIME_FORMAT)
    if isinstance(value, dt.date):
        return value.strftime("%Y-%m-%d")
    return clean_text(value)


def to_decimal(value: object) -> Decimal | None:
    if value is None or value == "" or isinstance(value, bool):
        return None
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None
    return number if number.is_finite() else None


def fmt_amount(value: object) -> str:
    number = to_decimal(value)
    if number is None:
        return clean_text(value) if value not in (None, "") else ""
    return f"{number:,.2f}"


# ----------------------------------------------------------------- styles
@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    big: ParagraphStyle
    heading: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    right: ParagraphStyle
    scale: float


@cache
def styles(scale: float = 1.0) -> Styles:
    fonts.ensure_fonts()

    def style(name: str, size: float, leading: float, **kw) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=fonts.LATIN_FONT, bulletFontName=fonts.LATIN_FONT,
                              fontSize=size * scale, leading=leading * scale, wordWrap="CJK",
                              textColor=kw.pop("textColor", INK), **kw)

    return Styles(
        body=style("body", 9.5, 13.5),
        small=style("small", 7.5, 10, textColor=GREY),
        label=style("label", 8.5, 11, textColor=GREY),
        value=style("value", 9.5, 12.5),
        big=style("big", 13, 17),
        heading=style("heading", 10.5, 14, spaceBefore=7 * scale, spaceAfter=4.5 * scale,
                      keepWithNext=1),
        title=style("title", 17, 22, alignment=TA_CENTER, spaceAfter=2 * scale),
        subtitle=style("subtitle", 10, 13, alignment=TA_CENTER, textColor=GREY,
                       spaceAfter=6 * scale),
        right=style("right", 9.5, 12.5, alignment=TA_RIGHT),
        scale=scale,
    )


# ----------------------------------------------------------------- the page
@dataclass(frozen=True)
class Page:
    """What the header and footer print, and the paper."""
    company: Company
    title: str  # already in the document's language(s)
    case_no: str
    lang: str
    size: tuple[float, float] = A4
    margins: tuple[float, float, float, float] = (16 * mm, 16 * mm, 28 * mm, 17 * mm)  # l r t b
    roll: bool = False  # receipt printer: no header band, no page numbers on one page

    def header_top(self) -> float:
        return self.size[1] - (6 * mm if self.roll else 10 * mm)


def draw_text(canvas: Canvas, x: float, y: float, text: str, size: float, *, align: str = "left",
              max_width: float | None = None, bold: bool = False, color=INK) -> float:
    """Draw one line of plain text with per-script fonts; shrink, then cut with "…", to fit."""
    if max_width and len(text) > 400:  # no line holds that much: measure less
        text = text[:400]
    text = clean_text(text)
    width = text_width(text, size)
    if max_width and width > max_width:
        size = max(size * max_width / width * 0.995, min(size, 6.5))
        width = text_width(text, size)
        if width > max_width + 0.01:
            text = text[:int(len(text) * max_width / width) + 2]
            while text and text_width(text + "…", size) > max_width:
                text = text[:-1]
            text += "…"
            width = text_width(text, size)
    if align == "right":
        x -= width
    elif align == "center":
        x -= width / 2
    draw_runs(canvas, x, y, fonts.runs(text), size, bold=bold, color=color)
    return width


def draw_runs(canvas: Canvas, x: float, y: float, parts: list[tuple[str, str]], size: float,
              bold: bool = False, color=INK) -> None:
    """Draw (font, text) runs from ``x`` on baseline ``y``; text is never read as markup."""
    draw_pieces(canvas, x, y, [(font, text, size, color, 0.0) for font, text in parts], bold)


def draw_pieces(canvas: Canvas, x: float, y: float, pieces, bold: bool = False) -> None:
    """Draw (font, text, size, colour, width) pieces in one text object from ``x``."""
    if not pieces:
        return
    canvas.saveState()
    label = canvas.beginText(x, y)
    if bold:
        canvas.setLineWidth(pieces[0][2] * 0.035)
        label.setTextRenderMode(2)  # fill, then stroke: the fonts have no bold face
    font = size = color = None
    buffer: list[str] = []
    for piece_font, text, piece_size, piece_color, _ in pieces:
        if (piece_font, piece_size) != (font, size) or piece_color is not color:
            if buffer:  # one textOut per run of the same font, size and colour
                label.textOut("".join(buffer))
                buffer = []
            if (piece_font, piece_size) != (font, size):
                font, size = piece_font, piece_size
                label.setFont(font, size)
            if piece_color is not color:
                color = piece_color
                label.setFillColor(color)
                if bold:
                    label.setStrokeColor(color)
        buffer.append(text)
    if buffer:
        label.textOut("".join(buffer))
    canvas.drawText(label)
    canvas.restoreState()


def text_width(text: str, size: float) -> float:
    return sum(stringWidth(chunk, font, size) for font, chunk in fonts.runs(text))


@lru_cache(maxsize=8)
def _logo(path: str, stamp: tuple) -> ImageReader | None:
    try:
        reader = ImageReader(path)
        reader.getSize()
        return reader
    except Exception:  # a missing or broken logo file: print the name alone
        return None


def logo_reader(path: Path | None) -> ImageReader | None:
    if not path:
        return None
    try:
        stat = Path(path).stat()
    except OSError:
        return None
    return _logo(str(path), (stat.st_mtime_ns, stat.st_size))


def draw_page(canvas: Canvas, page: Page) -> None:
    """Header (logo, company, title) and footer: everything but the page numbers."""
    width, height = page.size
    left, right, _, bottom = page.margins
    top = page.header_top()
    if page.roll:  # the receipt prints the company at the top of its own story
        return
    s = 0.9 if width < 160 * mm else 1.0
    canvas.saveState()
    x = left
    logo = logo_reader(page.company.logo_path)
    if logo is not None:
        w, h = logo.getSize()
        box_h = 12 * mm * s
        box_w = min(box_h * w / h, 40 * mm * s) if h else 0
        canvas.drawImage(logo, x, top - box_h + 1 * mm, box_w, box_h,
                         preserveAspectRatio=True, anchor="sw", mask="auto")
        x += box_w + 3 * mm
    name_width = width - right - x - _numbers_width(page, s) - 6 * mm
    draw_text(canvas, x, top - 4.5 * mm, page.company.name, 12.5 * s, max_width=name_width,
              bold=True)
    draw_text(canvas, x, top - 9.5 * mm * s, page.title, 8.5 * s, max_width=name_width, color=GREY)
    rule_y = height - page.margins[2] + 5 * mm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.7)
    canvas.line(left, rule_y, width - right, rule_y)
    footer = "    ".join(p for p in (clean_text(page.company.address),
                                     clean_text(page.company.phone)) if p)
    if footer:
        canvas.line(left, bottom - 5 * mm, width - right, bottom - 5 * mm)
        draw_text(canvas, left, bottom - 9 * mm, footer, 7.5 * s, color=GREY,
                  max_width=width - left - right)
    canvas.restoreState()


def _numbers_width(page: Page, s: float) -> float:
    """How much of the header's right side the case number and page numbers take."""
    case = text_width(f"{tr(N_('Case No.'), page.lang)} {page.case_no[:100]}", 10 * s)
    pages = text_width(tr_format(N_("Page {page} of {pages}"), page.lang, page=999, pages=999),
                       8.5 * s)
    return max(min(case, 75 * mm * s), pages)


def draw_numbers(canvas: Canvas, page: Page, number: int, total: int,
                 label: str | None = None) -> None:
    """Case number and "page x of y" at the top right (drawn once the total is known).

    ``label`` (a catalogue string) stands in place of "Case No." on documents that are not
    about one case ("Month 2026-11", "Record No. CA-2026-0001"), with a little more room.
    """
    if page.roll and total == 1:
        return
    width = page.size[0]
    s = 0.8 if page.roll else (0.9 if width < 160 * mm else 1.0)
    x, top = width - page.margins[1], page.header_top()
    if label is None:
        text, room = f"{tr(N_('Case No.'), page.lang)} {page.case_no}", 75 * mm * s
    else:
        text, room = f"{tr(label, page.lang)} {page.case_no}", 85 * mm
    draw_text(canvas, x, top - 4.5 * mm, text, 10 * s, align="right", max_width=room,
              bold=True)
    pages = tr_format(N_("Page {page} of {pages}"), page.lang, page=number, pages=total)
    draw_text(canvas, x, top - 9.5 * mm * s, pages, 8.5 * s, align="right", color=GREY)


class NumberedCanvas(Canvas):
    """Keeps every page until ``save`` so each can say "page x of y"."""

    def __init__(self, *args, page: Page, label: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self._page = page
        self._label = label
        self._held: list[dict] = []

    def showPage(self):
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = self.pages = len(self._held)
        for number, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            draw_numbers(self, self._page, number, total, self._label)
            Canvas.showPage(self)
        Canvas.save(self)


def build(out: Path | str | BinaryIO, story: list, page: Page, *, subject: str = "",
          label: str | None = None) -> int:
    """Lay ``story`` out on ``page`` and write the PDF to a path or a binary file object;
    ``label`` in place of "Case No." (see :func:`draw_numbers`). Returns the page count."""
    if isinstance(out, (str, Path)):
        # our own handle, closed even when the write fails (a full disk): reportlab's
        # would stay open until the garbage collector finds it
        with open(out, "wb") as handle:
            return build(handle, story, page, subject=subject, label=label)
    fonts.ensure_fonts()
    width, height = page.size
    left, right, top, bottom = page.margins
    doc = BaseDocTemplate(
        out, pagesize=page.size, leftMargin=left, rightMargin=right, topMargin=top,
        bottomMargin=bottom, title=f"{page.title} {page.case_no}".strip(),
        author=clean_text(page.company.name), subject=subject, creator="Desk",
        initialFontName=fonts.LATIN_FONT, pageCompression=1)
    frame = Frame(left, bottom, width - left - right, height - top - bottom, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame],
                                       onPage=lambda canvas, _doc: draw_page(canvas, page),
                                       pagesize=page.size)])
    made: list[NumberedCanvas] = []

    def maker(*args, **kwargs) -> NumberedCanvas:
        made.append(NumberedCanvas(*args, page=page, label=label, **kwargs))
        return made[-1]

    with _build_lock:
        # Binary (not ASCII85) streams: a quarter smaller, and no slow pure-Python encoding.
        rl_config.useA85 = 0
        doc.build(story, canvasmaker=maker)
    return getattr(made[-1], "pages", 0) if made else 0
