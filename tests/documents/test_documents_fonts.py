"""Rare name characters (CJK Extension B) are drawn and extract; emoji leave a visible mark."""
from __future__ import annotations

import dataclasses
import io

import pdfplumber
import pypdf
import pypdfium2
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from desk.documents.data.samples import sample_company, sample_slip
from desk.documents.pdf import fonts
from desk.documents.pdf.layout import draw_text
from desk.documents.pdf.slip import render_slip

RARE = "𠮷野𠀀䶮堃"


def _ink(pdf: bytes, box: tuple[float, float, float, float]) -> int:
    """Dark pixels inside ``box`` (x0, y0, x1, y1 in points from the bottom left) at 4x."""
    page = pypdfium2.PdfDocument(pdf)[0]
    image = page.render(scale=4).to_pil().convert("L")
    height = page.get_height()
    x0, y0, x1, y1 = box
    crop = image.crop((int(x0 * 4), int((height - y1) * 4), int(x1 * 4), int((height - y0) * 4)))
    return sum(crop.point(lambda value: 255 if value < 128 else 0).histogram()[255:])


def _one_character(ch: str) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    fonts.ensure_fonts()
    draw_text(canvas, 100, 500, ch, 60)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def test_extension_b_characters_come_from_the_second_font():
    parts = fonts.runs(RARE)
    assert parts[0] == (fonts.EXT_FONT, "𠮷")
    assert (fonts.EXT_FONT, "𠀀") in parts
    glyphs = fonts.ext_glyphs()
    assert glyphs[0x20BB7] != 0 and glyphs[0x20000] != 0  # a real glyph, not .notdef


def test_extension_b_glyphs_are_drawn_not_notdef():
    for ch in ("𠮷", "𠀀"):
        ink = _ink(_one_character(ch), (95, 480, 175, 570))
        assert ink > 800, (ch, ink)  # a glyph of many strokes; .notdef is empty here
    assert _ink(_one_character(" "), (95, 480, 175, 570)) == 0


def test_a_slip_with_a_rare_name_prints_and_extracts_it():
    slip = sample_slip()
    slip = dataclasses.replace(slip, case=dataclasses.replace(slip.case, complainant=RARE))
    out = io.BytesIO()
    render_slip(slip, sample_company(), out, "zh_CN")
    data = out.getvalue()
    text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)
    assert RARE in text
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert RARE in pdf.pages[0].extract_text()
        names = {char["fontname"].split("+")[-1] for char in pdf.pages[0].chars
                 if char["text"] == "𠮷"}
    assert names == {"HanaMinB"}
    assert len(data) < 400_000  # the 30 MB font is embedded as a subset


def test_emoji_print_a_visible_mark():
    assert fonts.runs("好😀") == [(fonts.CJK_FONT, "好" + fonts.SUBSTITUTE)]
    family = "\U0001F468\u200d\U0001F469\u200d\U0001F467\ufe0f"
    assert fonts.runs(family) == [(fonts.CJK_FONT, fonts.SUBSTITUTE)]
    assert _ink(_one_character("😀"), (95, 480, 175, 570)) > 100


def test_reportlab_still_writes_wide_characters_wrong_in_tounicode():
    """reportlab writes U+20000 as <20000>; Desk rewrites it as UTF-16. When this fails,
    reportlab has fixed makeToUnicodeCMap and fonts.to_unicode_cmap can go."""
    fonts.ensure_fonts()
    assert "<01> <20000>" in fonts.reportlab_to_unicode_cmap("X", [0x41, 0x20000])
    ours = fonts.to_unicode_cmap("X", [0x41, 0x20000, 0x20BB7])
    assert "<01> <D840DC00>" in ours and "<02> <D842DFB7>" in ours and "<00> <0041>" in ours
