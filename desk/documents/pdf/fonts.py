"""Fonts for the PDF documents: registered once per process, on the first render.

The bundled Droid Sans Fallback holds the Chinese characters (simplified and traditional)
but no Latin letters, digits or Western punctuation at all. Those come from Bitstream
Vera Sans, which ships inside the reportlab package itself (``reportlab/fonts``). The rare
ideographs of CJK Extension B and beyond (U+20000 and up: 𠮷, 𠀀, names people really have)
come from the bundled HanaMinB, registered the first time a text needs it. Text is cut into
runs by font, character by character; all three are TrueType (glyf outlines), so reportlab
embeds a subset of each and ``pdffonts`` shows every font embedded.

A character no font has (an emoji) prints as 〓, the typesetter's mark for a missing
character, so the reader sees that something stood there; it never raises.

reportlab writes the ToUnicode map of a subset with ``<%04X>``, so a character beyond U+FFFF
comes out as ``<20000>`` instead of its UTF-16 form ``<D840DC00>`` and the text does not
extract. :func:`to_unicode_cmap` writes it right and is put in reportlab's place.
"""
from __future__ import annotations

import re
import threading
from functools import lru_cache
from pathlib import Path

from desk.paths import resource_path

CJK_FONT = "DeskCJK"
LATIN_FONT = "DeskLatin"
EXT_FONT = "DeskCJKExt"

CJK_FILE = ("fonts", "DroidSansFallbackFull.ttf")
EXT_FILE = ("fonts", "HanaMinB.ttf")
LATIN_FILE = "Vera.ttf"
#: Printed for a character no bundled font has (U+3013 GETA MARK, in the CJK font).
SUBSTITUTE = "\u3013"
#: Dropped when no font has them: joiners, variation selectors, skin tones, tag characters;
#: a character after a zero-width joiner is dropped too, so 👨‍👩‍👧 prints one mark.
_SILENT = re.compile("[\u200b-\u200f\u2060\ufe00-\ufe0f\U0001f3fb-\U0001f3ff"
                     "\U000e0000-\U000e007f\U000e0100-\U000e01ef]")
ZWJ = "\u200d"

_lock = threading.Lock()
_registered = False
_ext_state: list[dict | None] = []  # [charToGlyph of the extension font, or None if missing]
#: How many times the fonts were registered in this process (the benchmark checks it is 1).
registrations = 0


def _latin_path(name: str) -> Path:
    """Vera from resources/fonts if a copy is bundled there, else from reportlab's package."""
    bundled = resource_path("fonts", name)
    if bundled.is_file():
        return bundled
    import reportlab

    return Path(reportlab.__file__).resolve().parent / "fonts" / name


def to_unicode_cmap(fontname: str, subset) -> str:
    """reportlab's ToUnicode CMap for one subset, with characters beyond U+FFFF written as
    their UTF-16 surrogate pair (``<D842DFB7>`` for U+20BB7), as the PDF standard says."""
    text = reportlab_to_unicode_cmap(fontname, subset)
    wide = {f"<{i:02X}> <{code:04X}>": f"<{i:02X}> <{chr(code).encode('utf-16-be').hex().upper()}>"
            for i, code in enumerate(subset) if code > 0xFFFF}
    if not wide:
        return text
    return "\n".join(wide.get(line, line) for line in text.split("\n"))


def reportlab_to_unicode_cmap(fontname: str, subset) -> str:
    """reportlab's own ToUnicode writer (kept so a test can see when it is fixed)."""
    from reportlab.pdfbase import ttfonts

    original = getattr(ttfonts.makeToUnicodeCMap, "desk_original", ttfonts.makeToUnicodeCMap)
    return original(fontname, subset)


def _install_cmap_fix() -> None:
    from reportlab.pdfbase import ttfonts

    if ttfonts.makeToUnicodeCMap is not to_unicode_cmap:
        to_unicode_cmap.desk_original = ttfonts.makeToUnicodeCMap  # type: ignore[attr-defined]
        ttfonts.makeToUnicodeCMap = to_unicode_cmap


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

        _install_cmap_fix()
        pdfmetrics.registerFont(TTFont(CJK_FONT, str(resource_path(*CJK_FILE))))
        pdfmetrics.registerFont(TTFont(LATIN_FONT, str(_latin_path(LATIN_FILE))))
        registrations += 1
        _registered = True


def ext_glyphs() -> dict | None:
    """The extension font's character map, registering the font on first use; None if the
    font file is missing (those characters then print as :data:`SUBSTITUTE`)."""
    if _ext_state:
        return _ext_state[0]
    with _lock:
        if not _ext_state:
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont

            path = resource_path(*EXT_FILE)
            glyphs = None
            if path.is_file():
                font = TTFont(EXT_FONT, str(path))
                pdfmetrics.registerFont(font)
                glyphs = font.face.charToGlyph
            _ext_state.append(glyphs)
    return _ext_state[0]


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


@lru_cache(maxsize=1)
def _cjk_glyphs() -> dict:
    from reportlab.pdfbase import pdfmetrics

    ensure_fonts()
    return pdfmetrics.getFont(CJK_FONT).face.charToGlyph


def _split_other(text: str, out: list[tuple[str, str]]) -> None:
    """Chinese text: each character in the CJK font, else the extension font, else 〓."""
    cjk = _cjk_glyphs()
    if all(ord(ch) in cjk for ch in text):
        out.append((CJK_FONT, text))
        return
    ext = ext_glyphs() or {}
    pieces: list[tuple[str, str]] = []
    skip = False
    for ch in text:
        code = ord(ch)
        if skip:
            skip = False
            continue
        if code in cjk:
            font = CJK_FONT
        elif code in ext:
            font = EXT_FONT
        elif ch == ZWJ:
            skip = True  # the joined character belongs to the mark already printed
            continue
        elif _SILENT.match(ch):
            continue
        else:
            font, ch = CJK_FONT, SUBSTITUTE
        if pieces and pieces[-1][0] == font:
            pieces[-1] = (font, pieces[-1][1] + ch)
        else:
            pieces.append((font, ch))
    out.extend(pieces)


def runs(text: str) -> list[tuple[str, str]]:
    """Split ``text`` into (font name, text) runs; spaces stay with the Latin runs."""
    out: list[tuple[str, str]] = []
    for match in _latin_pattern().finditer(text):
        latin, other = match.groups()
        if latin:
            out.append((LATIN_FONT, latin))
        else:
            _split_other(other, out)
    return out
