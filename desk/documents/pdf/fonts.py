"""Fonts for the PDF documents: registered once per process, on the first render.

The bundled Droid Sans Fallback holds the Chinese characters (simplified and traditional)
but no Latin letters, digits or Western punctuation at all. Those come from Bitstream
Vera Sans, which ships inside the reportlab package itself (``reportlab/fonts``). Text is
cut into runs by script and each run is set in the font that has its glyphs; both are
TrueType, so reportlab embeds a subset of each and ``pdffonts`` shows every font embedded.

A character that neither font has (an emoji, U+20BB7 𠮷) prints as the font's empty
"notdef" glyph; it never raises.
"""
from __future__ import annotations

import re
import threading
from functools import lru_cache
from pathlib import Path

from desk.paths import resource_path

CJK_FONT = "DeskCJK"
LATIN_FONT = "DeskLatin"

CJK_FILE = ("fonts", "DroidSansFallbackFull.ttf")
LATIN_FILE = "Vera.ttf"

_lock = threading.Lock()
_registered = False
#: How many times the fonts were registered in this process (the benchmark checks it is 1).
registrations = 0


def _latin_path(name: str) -> Path:
    """Vera from resources/fonts if a copy is bundled there, else from reportlab's package."""
    bundled = resource_path("fonts", name)
    if bundled.is_file():
        return bundled
    import reportlab

    return Path(reportlab.__file__).resolve().parent / "fonts" / name


def ensure_fonts() -> None:
    """Register the document fonts with reportlab, once per process (thread-safe)."""
    global _registered, registrations
    if _registered:
        return
    with _lock:
        if _registered:
            return
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        pdfmetrics.registerFont(TTFont(CJK_FONT, str(resource_path(*CJK_FILE))))
        pdfmetrics.registerFont(TTFont(LATIN_FONT, str(_latin_path(LATIN_FILE))))
        registrations += 1
        _registered = True


@lru_cache(maxsize=1)
def _latin_pattern() -> re.Pattern[str]:
    """Runs of characters the Latin font has, and runs of everything else."""
    from reportlab.pdfbase import pdfmetrics

    ensure_fonts()
    covered = sorted(pdfmetrics.getFont(LATIN_FONT).face.charToGlyph)
    covered = [code for code in covered if code >= 0x20 and code != 0x7f]
    ranges: list[tuple[int, int]] = []
    for code in covered:
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    cls = "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
                  for a, b in ranges)
    return re.compile(f"([{cls}]+)|([^{cls}]+)")


def runs(text: str) -> list[tuple[str, str]]:
    """Split ``text`` into (font name, text) runs; spaces stay with the Latin runs."""
    out: list[tuple[str, str]] = []
    for match in _latin_pattern().finditer(text):
        latin, other = match.groups()
        out.append((LATIN_FONT, latin) if latin else (CJK_FONT, other))
    return out
