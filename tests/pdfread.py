"""Reading our PDFs back with Python libraries only (no poppler binaries on the machine):
text with pypdfium2 (PDFium, the engine Chrome uses, reading order like a viewer's copy),
the font table with pypdf, page images with pypdfium2 rendered to PIL.

Tests import it as ``from pdfread import pdf_text`` (tests/ is on sys.path through its
conftest.py); tools/frozen_smoke.sh runs it as ``python tests/pdfread.py text|fonts FILE``.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image
from pypdf import PdfReader
from pypdf.generic import IndirectObject


def pdf_text(path) -> str:
    """All pages' text, pages separated by a form feed (as pdftotext does)."""
    doc = pdfium.PdfDocument(str(path))
    try:
        pages = []
        for page in doc:
            textpage = page.get_textpage()
            pages.append(textpage.get_text_bounded())
            textpage.close()
            page.close()
        return "\f".join(pages)
    finally:
        doc.close()


@dataclass(frozen=True)
class Font:
    name: str          # the BaseFont without the subset tag, e.g. "DroidSansFallbackFull"
    subtype: str       # "Type0", "TrueType", "Type1", ...
    embedded: bool
    subset: bool       # the BaseFont carries a "ABCDEF+" subset tag

    def __str__(self) -> str:
        return f"{self.name} {self.subtype} emb={self.embedded} sub={self.subset}"


def _resolve(obj):
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


def _embedded(font) -> bool:
    for candidate in [font, *(_resolve(d) for d in font.get("/DescendantFonts", []))]:
        descriptor = _resolve(candidate.get("/FontDescriptor"))
        if descriptor is not None and any(k in descriptor for k in
                                          ("/FontFile", "/FontFile2", "/FontFile3")):
            return True
    return False


def pdf_fonts(path) -> list[Font]:
    """Every font any page uses (once each), like pdffonts' table."""
    seen: dict[int | str, Font] = {}
    for page in PdfReader(str(path)).pages:
        resources = _resolve(page.get("/Resources")) or {}
        fonts = _resolve(resources.get("/Font")) or {}
        for key, ref in fonts.items():
            font = _resolve(ref)
            base = str(font.get("/BaseFont", key)).lstrip("/")
            tag, plus, rest = base.partition("+")
            subset = bool(plus) and len(tag) == 6 and tag.isupper()
            ident = ref.idnum if isinstance(ref, IndirectObject) else base
            seen[ident] = Font(rest if subset else base, str(font.get("/Subtype", "")).lstrip("/"),
                               _embedded(font), subset)
    return list(seen.values())


def page_image(path, page: int = 0, dpi: int = 200) -> Image.Image:
    """One page as a greyscale PIL image at `dpi`."""
    doc = pdfium.PdfDocument(str(path))
    try:
        bitmap = doc[page].render(scale=dpi / 72)
        return bitmap.to_pil().convert("L")
    finally:
        doc.close()


if __name__ == "__main__":
    what, file = sys.argv[1], Path(sys.argv[2])
    if what == "text":
        sys.stdout.buffer.write(pdf_text(file).encode("utf-8"))
    else:
        print("\n".join(str(font) for font in pdf_fonts(file)))
