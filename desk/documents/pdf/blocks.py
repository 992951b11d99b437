"""Building blocks of the printed forms: titles, section bars, label/value grids, text
that flows over pages, blank lines to write on, tick boxes and signature boxes.

Every piece of text is cleaned (:func:`desk.documents.pdf.layout.clean`) and set with
:class:`desk.documents.pdf.text.TextLines`, which draws it as plain text (never markup).
Labels come from the catalogue through :func:`layout.tr_pair`.
"""
from __future__ import annotations

from typing import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from desk.documents.pdf import fonts
from desk.documents.pdf.layout import (
    GREY,
    INK,
    LIGHT,
    RULE,
    SHADE,
    Styles,
    clean,
    draw_text,
    text_width,
    tr,
    tr_pair,
)
from desk.documents.pdf.text import Bar, TextLines, lines
from desk.i18n import N_


def para(value: object, style, multiline: bool = False) -> TextLines:
    return lines(value, style, multiline)


def label(source: str, lang: str, st: Styles, style=None) -> TextLines:
    """A field label; bilingual puts the English in small type after the Chinese (on the
    same line when both fit, else under it)."""
    style = style or st.label
    main, second = tr_pair(source, lang)
    row = [(main, None, None)]
    if second:
        row.append((" " + second, min(st.small.fontSize, style.fontSize - 1), None))
    return TextLines([row], style)


def title(source: str, lang: str, st: Styles) -> list:
    main, second = tr_pair(source, lang)
    out: list = [TextLines([[(main, None, None)]], st.title, bold=True)]
    if second:
        out.append(lines(second, st.subtitle))
    else:
        out.append(Spacer(1, 4 * st.scale))
    return out


def heading(source: str, lang: str, st: Styles, tight: bool = False) -> Bar:
    """A section bar; ``tight`` with less space around it (forms that must fit a page)."""
    style = st.heading
    if tight:
        style = ParagraphStyle(f"{style.name}-tight", parent=style,
                               spaceBefore=3.5 * st.scale, spaceAfter=2.5 * st.scale)
    return Bar(tr(source, lang), style, pad=(1.6 * st.scale, 4 * st.scale))


def text_section(source: str, value: object, lang: str, st: Styles, blank: int = 0,
                 tight: bool = False) -> list:
    """A heading and its text. The heading is not kept with the whole text (reportlab
    would move a text longer than the rest of the page, heading and all, to the next page
    and leave this one empty); it starts a new page only when fewer than three lines of
    text would follow it."""
    bar = heading(source, lang, st, tight=tight)
    bar.keepWithNext = 0
    room = bar.style.spaceBefore + bar.style.leading * 2 + st.body.leading * 3
    return [CondPageBreak(room), bar, *text_flow(value, st, blank=blank)]


def text_flow(value: object, st: Styles, blank: int = 0, style=None, fixed: bool = False
              ) -> list:
    """Multi-line user text as paragraphs that may run over pages; ``blank`` ruled lines
    to write on when there is no text (8 mm apart; at any scale when ``fixed``)."""
    text = clean(value, multiline=True)
    if not text:
        return [WriteLines(blank, st, fixed=fixed)] if blank else [para("—", style or st.body)]
    return [lines(text, style or st.body, multiline=True)]


class WriteLines(Flowable):
    """Ruled lines to write on by hand."""

    def __init__(self, count: int, st: Styles, gap: float = 8 * mm, fixed: bool = False):
        """``fixed``: the gap stays ``gap`` at any text scale (room a hand needs)."""
        super().__init__()
        self.count, self.gap = count, gap if fixed else gap * st.scale

    def wrap(self, available_width, available_height):
        self.width = available_width
        return available_width, self.count * self.gap + 2

    def draw(self):
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.4)
        for i in range(self.count):
            y = self.count * self.gap - (i + 1) * self.gap + 2
            self.canv.line(0, y, self.width, y)


class TickBoxes(Flowable):
    """□ choice  □ choice  □ choice, for the customer to tick (the fonts have no □)."""

    def __init__(self, choices: Sequence[str], st: Styles, lead: str = ""):
        super().__init__()
        self.choices, self.size, self.lead = list(choices), st.value.fontSize, lead

    def wrap(self, available_width, available_height):
        self.width = available_width
        return available_width, self.size * 1.9

    def draw(self):
        x, box, y = 2.0, self.size * 0.95, self.size * 0.45
        if self.lead:  # a label before the boxes, in grey
            x += draw_text(self.canv, 0, y, self.lead, self.size * 0.9, color=GREY)
            x += self.size
        for choice in self.choices:
            self.canv.setStrokeColor(INK)
            self.canv.setLineWidth(0.7)
            self.canv.rect(x, y - 1, box, box)
            x += box + self.size * 0.45
            x += draw_text(self.canv, x, y, choice, self.size) + self.size * 2.5


class FitLine(Flowable):
    """One line of plain text, made smaller until it fits (a date line to write on)."""

    def __init__(self, text: str, size: float, color=GREY):
        super().__init__()
        self.text, self.size, self.color = clean(text), size, color

    def wrap(self, available_width, available_height):
        self.width = available_width
        return available_width, self.size * 1.5

    def draw(self):
        draw_text(self.canv, 0, self.size * 0.4, self.text, self.size, max_width=self.width,
                  color=self.color)


#: A table row cannot run over a page break; a value taller than this (in points) is
#: printed below its table instead, at full width, where it can.
TALL = 160
SEE_BELOW = N_("(see below)")


class _Cells:
    """Makes table cells; a value too tall for a cell goes below the table."""

    def __init__(self, lang: str, st: Styles):
        self.lang, self.st, self.below = lang, st, []

    def value(self, value: object, style, width: float, caption: str) -> Flowable:
        if isinstance(value, Flowable):
            return value
        flow = para(value, style, multiline=True)
        if flow.wrap(width, 1e9)[1] <= TALL:
            return flow
        self.below += [TextLines([[(caption, None, GREY)]], self.st.label),
                       lines(value, self.st.body, multiline=True), Spacer(1, 4)]
        return para(tr(SEE_BELOW, self.lang), self.st.label)

    def after(self, table: Table) -> list:
        return [table, Spacer(1, 4), *self.below] if self.below else [table]


def facts(pairs: Sequence[tuple[str, object]], lang: str, st: Styles, width: float,
          label_width: float) -> list:
    """Label | value lines without rules, for the receipt; empty values are left out."""
    cells = _Cells(lang, st)
    value_width = width - label_width - 3
    rows = [[label(source, lang, st), cells.value(value, st.value, value_width,
                                                  tr(source, lang))]
            for source, value in pairs if clean(value)]
    if not rows:
        return []
    return cells.after(Table(rows, colWidths=[label_width, width - label_width],
                             style=TableStyle([
                                 ("FONTNAME", (0, 0), (-1, -1), fonts.LATIN_FONT),
                                 ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                                 ("TOPPADDING", (0, 0), (-1, -1), 1),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 2)])))


PAD = 4  # left and right padding of table cells


def _table_style(extra: list | None = None) -> TableStyle:
    return TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("FONTNAME", (0, 0), (-1, -1), fonts.LATIN_FONT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        *(extra or []),
    ])


def grid(rows: Sequence[Sequence[tuple[str, object]]], lang: str, st: Styles, width: float,
         label_width: float | None = None) -> list:
    """A form of label/value cells, two pairs a row; a row with one pair spans the width.

    Values are plain text (cleaned here; newlines kept) or ready flowables. English labels
    get a wider column so that they wrap less.
    """
    if label_width is None:
        label_width = (30 if lang in ("zh_CN", "zh_TW") else 36) * mm
    value_width = (width - 2 * label_width) / 2
    cells = _Cells(lang, st)
    data, extra = [], []
    for r, row in enumerate(rows):
        row_cells: list = []
        span = value_width if len(row) == 2 else width - label_width
        for source, value in row:
            row_cells.append(label(source, lang, st))
            row_cells.append(cells.value(value, st.value, span - 2 * PAD, tr(source, lang)))
        if len(row) == 1:
            row_cells += ["", ""]
            extra.append(("SPAN", (1, r), (3, r)))
        else:
            extra.append(("BACKGROUND", (2, r), (2, r), LIGHT))
        data.append(row_cells)
    extra.append(("BACKGROUND", (0, 0), (0, -1), LIGHT))
    return cells.after(Table(data, colWidths=[label_width, value_width, label_width,
                                              value_width], style=_table_style(extra)))


def listing(headers: Sequence[str], rows: Sequence[Sequence[object]], lang: str, st: Styles,
            widths: Sequence[float], right: Sequence[int] = (), footer: Sequence | None = None,
            compact: bool = False) -> list:
    """A table with a shaded header row (repeated on each page); cells are plain text;
    ``compact`` rows have less padding (a long log)."""
    cells = _Cells(lang, st)
    head = [label(h, lang, st, st.label) for h in headers]
    body = []
    for n, row in enumerate(rows, start=1):
        body.append([cells.value(cell, st.right if i in right else st.value,
                                 widths[i] - 2 * PAD, f"{tr(headers[i], lang)} ({n})")
                     for i, cell in enumerate(row)])
    data = [head, *body]
    extra = [("BACKGROUND", (0, 0), (-1, 0), SHADE)]
    if compact:
        extra += [("TOPPADDING", (0, 1), (-1, -1), 1), ("BOTTOMPADDING", (0, 1), (-1, -1), 1.5),
                  ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5)]
    if footer is not None:
        data.append([cell if isinstance(cell, Flowable) else para(cell, st.right if i in right
                     else st.value) for i, cell in enumerate(footer)])
        extra.append(("BACKGROUND", (0, -1), (-1, -1), LIGHT))
    return cells.after(Table(data, colWidths=list(widths), style=_table_style(extra),
                             repeatRows=1))


SIGN_DATE = N_("Date (year/month/day): ________ / ____ / ____")
SIGN_DATE_SHORT = N_("y/m/d: ______ / ___ / ___")  # under a narrow box


def _date_lines(lang: str, room: float, st: Styles) -> tuple[str, str]:
    """The date line under a box of ``room`` points, and its English under it (bilingual):
    each the long form where it fits at its size, else the short one."""
    long, short = tr_pair(SIGN_DATE, lang), tr_pair(SIGN_DATE_SHORT, lang)
    sizes = (st.label.fontSize, st.small.fontSize)
    return tuple(a if not a or text_width(a, size) <= room else b
                 for a, b, size in zip(long, short, sizes))


IN_DESK = N_("In Desk: {name}")


def signatures(roles: Sequence[str], lang: str, st: Styles, width: float, columns: int = 4,
               note: str = "", height: float = 20 * mm, filled: Sequence[str] = (),
               names: Sequence[str] = ()) -> KeepTogether:
    """Boxes to sign in, each with its date line; always kept together on one page.

    ``height`` is the clear space to sign in (not scaled with the text: a hand needs it).
    ``filled``: per box, a sign-off already recorded, printed small at the top of its space.

    Each box is three table rows (who, the space to sign, the date line) so that the
    date lines of a row of boxes stay level when one label needs two lines. ``names``
    (one per role, "" for none) are the people who did that step in Desk, printed under
    the label beside the box they sign by hand.
    """
    names = list(names) + [""] * (len(roles) - len(names))
    main, second = _date_lines(lang, width / columns - 12, st)
    data: list[list] = []
    extra: list = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 6)]
    for start in range(0, len(roles), columns):
        group = list(roles[start:start + columns])
        top = len(data)
        data.append([_signer(r, names[start + i], lang, st) for i, r in enumerate(group)]
                    + [""] * (columns - len(group)))
        done = list(filled[start:start + columns]) + [""] * columns
        data.append([para(done[c], st.small, multiline=True) if clean(done[c]) else ""
                     for c in range(columns)])
        data.append([[FitLine(main, st.label.fontSize),
                      *([FitLine(second, st.small.fontSize)] if second else [])]
                     for _ in group] + [""] * (columns - len(group)))
        extra += [("TOPPADDING", (0, top), (-1, top), 5),
                  ("BOTTOMPADDING", (0, top + 2), (-1, top + 2), 5)]
        extra += [("BOX", (c, top), (c, top + 2), 0.5, RULE) for c in range(len(group))]
    heights = [None, height, None] * (len(data) // 3)
    table = Table(data, colWidths=[width / columns] * columns, rowHeights=heights,
                  style=TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.LATIN_FONT),
                                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0), *extra]))
    parts: list = []
    if isinstance(note, Flowable):
        parts += [note, Spacer(1, 2 * st.scale)]
    elif note:
        parts.append(lines(note, st.body))
        parts.append(Spacer(1, 3 * st.scale))
    parts.append(table)
    return KeepTogether(parts)


def _signer(role: str, name: str, lang: str, st: Styles):
    if not clean(name):
        return label(role, lang, st, st.value)
    return [label(role, lang, st, st.value), lines(tr(IN_DESK, lang).format(name=clean(name)),
                                                   st.small)]


def key_lines(pairs: Sequence[tuple[str, object]], lang: str, st: Styles, style=None
              ) -> list[TextLines]:
    """"Label  value" lines (label in grey); empty values are left out."""
    out = []
    for source, value in pairs:
        text = clean(value)
        if text:
            out.append(TextLines([[(tr(source, lang) + "  ", None, GREY), (text, None, None)]],
                                 style or st.value))
    return out


def banner(case_no: str, pairs: Sequence[tuple[str, object]], lang: str, st: Styles,
           width: float, qr=None, qr_note: str = "") -> list:
    """The case number in large type with a few key facts, and the QR code to the right."""
    left: list = [label(N_("Case No."), lang, st), lines(case_no, st.big)]
    left += key_lines(pairs, lang, st)
    if qr is not None and qr_note:
        left.append(lines(qr_note, st.small))
    if len(clean(case_no)) + sum(len(clean(v)) for _, v in pairs) > 400:
        return ([qr] if qr is not None else []) + left  # absurd values: let them flow
    qr_width = qr.width + 2 if qr is not None else 0
    table = Table([[left, qr if qr is not None else ""]],
                  colWidths=[width - qr_width, qr_width] if qr is not None else [width, 0.01],
                  style=TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                    ("FONTNAME", (0, 0), (-1, -1), fonts.LATIN_FONT),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return [table]
