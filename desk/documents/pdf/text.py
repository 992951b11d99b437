"""Plain text set line by line and drawn straight onto the page.

Every piece of text on the forms (labels, names, dates, descriptions of 20,000
characters) is a :class:`TextLines` flowable. It breaks lines itself, the way Chinese
and English text is broken (between any two Chinese characters, at spaces in English,
never a closing mark at the start of a line), splits between lines at a page break and
draws each line with :func:`layout.draw_runs`.

Text is never parsed as markup: nothing the user typed can become a tag, an entity or an
image reference, and none of reportlab's Paragraph machinery (markup parsing and its
CJK line breaker), which would be most of a document's rendering time, is needed.
"""
from __future__ import annotations

import re
from typing import Sequence

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from desk.documents.pdf import fonts
from desk.documents.pdf.layout import SHADE, clean, draw_pieces

#: One piece of a logical line: (text, font size or None for the style's, colour or None).
Segment = tuple[str, float | None, object]
#: What is drawn: (font, text, size, colour, width).
Piece = tuple[str, str, float, object, float]

NO_START = set("，。、；：？！）」』】〕》〉”’…～,.;:?!)]}%％·")  # never first on a line
NO_END = set("（「『【〔《〈“‘([{")  # never last on a line
_TOKENS = re.compile(r"\s+|[^\s]+")


def _atoms(line: Sequence[tuple[str, float, object]]) -> list[Piece]:
    """Unbreakable pieces: a Latin word, a run of spaces, or one Chinese character."""
    out: list[Piece] = []
    for text, size, color in line:
        for font, run in fonts.runs(text):
            if font == fonts.LATIN_FONT:
                tokens = _TOKENS.findall(run)
            else:
                tokens = list(run)
            for token in tokens:
                out.append((font, token, size, color, stringWidth(token, font, size)))
    return out


def _hard_split(atom: Piece, width: float) -> list[Piece]:
    """A word longer than the line: cut it into pieces that fit."""
    font, text, size, color, _ = atom
    pieces, start = [], 0
    while start < len(text):
        end = start + 1
        while end < len(text) and stringWidth(text[start:end + 1], font, size) <= width:
            end += 1
        piece = text[start:end]
        pieces.append((font, piece, size, color, stringWidth(piece, font, size)))
        start = end
    return pieces


def break_lines(atoms: list[Piece], width: float, first_width: float | None = None
                ) -> list[list[Piece]]:
    """Greedy line breaking of ``atoms`` into lines no wider than ``width``."""
    lines: list[list[Piece]] = []
    line: list[Piece] = []
    used = 0.0
    room = width if first_width is None else first_width
    queue = list(reversed(atoms))
    while queue:
        atom = queue.pop()
        is_space = atom[1].isspace()
        if used + atom[4] <= room + 0.01 or (is_space and not line):
            if not (is_space and not line):  # no space at the start of a line
                line.append(atom)
                used += atom[4]
            continue
        if is_space:  # break at the space and drop it
            lines.append(line)
            line, used, room = [], 0.0, width
            continue
        if not line:  # a single word wider than the line
            queue.extend(reversed(_hard_split(atom, room)))
            line, used = [queue.pop()], 0.0
            used = line[0][4]
            continue
        carry: list[Piece] = []
        if atom[1][0] in NO_START and len(line) > 1 and not line[-1][1].isspace():
            carry.append(line.pop())  # take the previous character along
        while len(line) > 1 and line[-1][1][-1] in NO_END:
            carry.insert(0, line.pop())
        if carry and sum(p[4] for p in carry) + atom[4] > width:
            line.extend(carry)  # the rule would loop on a very narrow line: ignore it
            carry = []
        while line and line[-1][1].isspace():
            line.pop()
        lines.append(line)
        line, room = carry, width
        used = sum(p[4] for p in line)
        queue.append(atom)
    while line and line[-1][1].isspace():
        line.pop()
    lines.append(line)
    return lines


class TextLines(Flowable):
    """Lines of plain text in one paragraph style; wraps, splits over pages, draws itself.

    Honours the style's font size, leading, colour, alignment, indents and spacing.
    """

    def __init__(self, lines: Sequence[Sequence[Segment]], style: ParagraphStyle,
                 bold: bool = False):
        super().__init__()
        self.style, self.bold = style, bold
        self.logical = [[(text, size or style.fontSize, color or style.textColor)
                         for text, size, color in line] for line in lines]
        self.indent_first = True  # False for the continuation of a split paragraph
        self._cache: tuple[float, list[list[Piece]]] | None = None
        self.spaceBefore, self.spaceAfter = style.spaceBefore, style.spaceAfter
        self.keepWithNext = getattr(style, "keepWithNext", 0)

    def _lines(self, width: float) -> list[list[Piece]]:
        if self._cache is not None and abs(self._cache[0] - width) < 0.01:
            return self._cache[1]
        st = self.style
        room = width - st.leftIndent - st.rightIndent
        out: list[list[Piece]] = []
        for i, line in enumerate(self.logical):
            first = room - (st.firstLineIndent if i == 0 and self.indent_first else 0)
            atoms = _atoms(line)
            if sum(a[4] for a in atoms) <= first + 0.01:
                out.append(atoms)
            else:
                out.extend(break_lines(atoms, room, first))
        self._cache = (width, out)
        return out

    def wrap(self, available_width, available_height):
        self.width = available_width
        self.height = self.style.leading * len(self._lines(available_width))
        return self.width, self.height

    def split(self, available_width, available_height):
        lines = self._lines(available_width)
        fit = int((available_height + 0.01) // self.style.leading)
        if fit <= 0 or fit >= len(lines):
            return []
        return [self._part(lines[:fit], available_width, self.indent_first),
                self._part(lines[fit:], available_width, False)]

    def _part(self, lines: list[list[Piece]], width: float, indent_first: bool) -> TextLines:
        """Some of this text's set lines, as a flowable of their own."""
        part = TextLines([[(p[1], p[2], p[3]) for p in line] for line in lines], self.style,
                         self.bold)
        part.indent_first = indent_first
        part._cache = (width, lines)  # already set at this width
        if indent_first:
            part.spaceAfter = 0
        else:
            part.spaceBefore = 0
        return part

    def draw(self):
        st = self.style
        y = self.height - st.fontSize * 0.9
        for i, line in enumerate(self._lines(self.width)):
            width = sum(p[4] for p in line)
            left = st.leftIndent + (st.firstLineIndent if i == 0 and self.indent_first else 0)
            room = self.width - left - st.rightIndent
            x = left
            if st.alignment == TA_CENTER:
                x += (room - width) / 2
            elif st.alignment == TA_RIGHT:
                x += room - width
            draw_pieces(self.canv, x, y, line, bold=self.bold)
            y -= st.leading

    def text(self) -> str:
        """The text as set (for checks and debugging)."""
        return "\n".join("".join(p[1] for p in line) for line in self._lines(self.width))


def lines(value: object, style: ParagraphStyle, multiline: bool = False,
          bold: bool = False) -> TextLines:
    """Cleaned user text (one line, or several when ``multiline``) in ``style``."""
    text = clean(value, multiline)
    return TextLines([[(line, None, None)] for line in text.split("\n")], style, bold)


class Bar(TextLines):
    """A section heading: bold text on a shaded band the width of the frame."""

    def __init__(self, text: str, style: ParagraphStyle, back=SHADE, pad=(2.0, 4.0)):
        super().__init__([[(clean(text), None, None)]], style, bold=True)
        self.back, (self.pad_y, self.pad_x) = back, pad

    def wrap(self, available_width, available_height):
        self.height = self.style.leading * len(self._lines(available_width - 2 * self.pad_x))
        self.height += 2 * self.pad_y
        self.width = available_width
        return self.width, self.height

    def split(self, available_width, available_height):
        return []

    def draw(self):
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(self.back)
        canvas.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        canvas.restoreState()
        st = self.style
        y = self.height - self.pad_y - st.fontSize * 0.9
        for line in self._lines(self.width - 2 * self.pad_x):
            draw_pieces(canvas, self.pad_x, y, line, bold=True)
            y -= st.leading
