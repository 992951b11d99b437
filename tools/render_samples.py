"""Render every document in every language to /tmp/docs (PDF, and PNG pages via pypdfium2).

    python tools/render_samples.py [--out DIR] [--no-png] [--long]

Look at the PNGs: that is how the desk's printer will show them to a customer.
"""
from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

from desk.documents.data.samples import (
    sample_case,
    sample_company,
    sample_letter,
    sample_logo,
    sample_slip,
)

LANGS = ("zh_CN", "zh_TW", "en", "bilingual")


def render_all(out_dir: Path, long: bool = False, png: bool = True) -> list[Path]:
    from desk.documents.pdf.letter import render_letter
    from desk.documents.pdf.receipt import render_receipt
    from desk.documents.pdf.record import render_record
    from desk.documents.pdf.slip import render_slip

    out_dir.mkdir(parents=True, exist_ok=True)
    company = sample_company(sample_logo(out_dir / "logo.png"))
    letter = dataclasses.replace(sample_letter(long), company=company)
    made = []
    for lang in LANGS:
        jobs = {
            f"slip_{lang}": lambda p: render_slip(sample_slip(long), company, p, lang),
            f"record_{lang}": lambda p: render_record(sample_case(long), company, p, lang),
            f"receipt_a5_{lang}": lambda p: render_receipt(
                sample_case(long), company, p, lang, size="A5",
                enquiry_phone="021-5888 8888", enquiry_hours="10:00–22:00"),
            f"receipt_80mm_{lang}": lambda p: render_receipt(
                sample_case(long), company, p, lang, size="80mm",
                enquiry_phone="021-5888 8888", enquiry_hours="10:00–22:00"),
            f"letter_{lang}": lambda p: render_letter(letter, p, lang),
        }
        for name, job in jobs.items():
            path = out_dir / f"{name}{'_long' if long else ''}.pdf"
            job(path)
            made.append(path)
            if png:
                _write_pngs(path, dpi=70)
    return made


def _write_pngs(pdf: Path, dpi: int) -> None:
    """Every page as NAME-1.png, NAME-2.png... (the names pdftoppm gave)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        for number, page in enumerate(doc, start=1):
            page.render(scale=dpi / 72).to_pil().save(pdf.with_name(f"{pdf.stem}-{number}.png"))
    finally:
        doc.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/docs"))
    parser.add_argument("--no-png", action="store_true")
    parser.add_argument("--long", action="store_true", help="20,000-character descriptions")
    args = parser.parse_args(argv)
    for path in render_all(args.out, long=args.long, png=not args.no_png):
        print(f"{path}  {path.stat().st_size / 1024:.1f} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
