"""Line breaking of Chinese and English text, fonts and the lazy set-up."""
from __future__ import annotations

import subprocess
import sys

import pytest

from desk.documents.pdf import fonts
from desk.documents.pdf.layout import styles
from desk.documents.pdf.text import NO_START, TextLines, break_lines, lines

TEXT = ("顾客称在二楼餐厅用餐后出现腹痛，要求商户出示食材进货凭证并赔偿医药费。"
        "The customer says the staff were rude & refused a refund twice. "
        "Supercalifragilisticexpialidocious" * 3 + "。结束")


def set_lines(text: str, width: float) -> list[str]:
    flow = lines(text, styles().body, multiline=True)
    flow.wrap(width, 10_000)
    return flow.text().split("\n")


@pytest.mark.parametrize("width", [40, 80, 150, 300, 500])
def test_breaking_keeps_every_character_and_fits_the_width(width):
    style = styles().body
    flow = lines(TEXT, style)
    flow.wrap(width, 10_000)
    rows = flow._lines(width)
    for row in rows:
        assert sum(piece[4] for piece in row) <= width + 0.01
    assert "".join(flow.text().split()) == "".join(TEXT.split())


def test_no_line_starts_with_closing_punctuation():
    text = "这是一段很长的中文，用来检查标点。" * 20
    for width in range(60, 300, 7):
        for row in set_lines(text, width)[1:]:
            assert row[:1] not in NO_START, (width, row)


def test_english_breaks_between_words():
    rows = set_lines("the quick brown fox jumps over the lazy dog " * 5, 120)
    words = set("the quick brown fox jumps over the lazy dog".split())
    for row in rows:
        assert set(row.split()) <= words, row


def test_narrow_lines_do_not_loop():
    for width in (1, 5, 9):
        rows = set_lines("，。，。abc（测试）", width)
        assert "".join(rows) == "，。，。abc（测试）"


def test_split_over_a_page_keeps_all_lines():
    style = styles().body
    flow = lines(TEXT * 10, style)
    _, height = flow.wrap(200, 10_000)
    head, tail = flow.split(200, height / 3)
    assert isinstance(head, TextLines) and isinstance(tail, TextLines)
    head.wrap(200, 10_000)
    tail.wrap(200, 10_000)
    assert head.text() + "\n" + tail.text() == flow.text()
    assert flow.split(200, style.leading / 2) == []  # not even one line fits: move it


def test_break_lines_on_empty_input():
    assert break_lines([], 100) == [[]]


def test_runs_pick_the_font_that_has_the_glyphs():
    assert fonts.runs("Hello 投诉人 123") == [(fonts.LATIN_FONT, "Hello "),
                                             (fonts.CJK_FONT, "投诉人"),
                                             (fonts.LATIN_FONT, " 123")]
    assert fonts.runs("𠮷😀") == [(fonts.EXT_FONT, "𠮷"), (fonts.CJK_FONT, fonts.SUBSTITUTE)]


def test_fonts_register_once_and_only_when_a_document_is_made():
    script = (
        "import sys\n"
        "import desk.documents.data.cases, desk.documents.data.samples\n"
        "assert 'reportlab' not in sys.modules, 'data classes must not pull in reportlab'\n"
        "from desk.documents.pdf import fonts, slip\n"
        "from desk.documents.data.samples import sample_slip, sample_company\n"
        "import io\n"
        "assert fonts.registrations == 0\n"
        "slip.render_slip(sample_slip(), sample_company(), io.BytesIO(), 'en')\n"
        "slip.render_slip(sample_slip(), sample_company(), io.BytesIO(), 'bilingual')\n"
        "assert fonts.registrations == 1, fonts.registrations\n"
        "print('ok')\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.stdout.strip() == "ok", result.stderr
