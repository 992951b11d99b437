"""Render every document in every language to /tmp/docs (PDF, and PNG pages via pypdfium2).

    python tools/render_samples.py [--out DIR] [--no-png] [--long] [--only slip,letter]

Look at the PNGs: that is how the desk's printer will show them to a customer.
"""
from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

from desk.documents.data.samples import (
    SLIP_STATES,
    sample_case,
    sample_company,
    sample_letter,
    sample_logo,
    sample_slip_in,
)

LANGS = ("zh_CN", "zh_TW", "en", "bilingual")


def page_images(pdf: Path, scale: float = 1.0) -> list[Path]:
    """One PNG per page beside ``pdf`` (name-1.png, name-2.png, ...), at 72 dpi × scale."""
    import pypdfium2

    made = []
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        for number, page in enumerate(document, start=1):
            path = pdf.with_name(f"{pdf.stem}-{number}.png")
            page.render(scale=scale).to_pil().save(path)
            made.append(path)
    finally:
        document.close()
    return made


def _jobs(lang: str, company, letter, long: bool) -> dict:
    from desk.documents.pdf.letter import render_letter
    from desk.documents.pdf.receipt import render_receipt
    from desk.documents.pdf.record import render_record
    from desk.documents.pdf.slip import render_slip

    jobs = {f"slip_{state}_{lang}": (lambda p, s=state: render_slip(
        sample_slip_in(s, long), company, p, lang)) for state in SLIP_STATES}
    from desk.documents.data.samples import sample_capa, sample_revisits
    from desk.documents.pdf.capa_record import render_capa_record
    from desk.documents.pdf.revisit_log import render_revisit_log

    jobs.update({
        f"capa_{lang}": lambda p: render_capa_record(sample_capa(long), company, p, lang),
        f"revisits_{lang}": lambda p: render_revisit_log(sample_revisits(), company, p, lang),
        f"record_{lang}": lambda p: render_record(sample_case(long), company, p, lang),
        f"receipt_a5_{lang}": lambda p: render_receipt(
            sample_case(long), company, p, lang, size="A5",
            enquiry_phone="021-5888 8888", enquiry_hours="10:00–22:00"),
        f"receipt_80mm_{lang}": lambda p: render_receipt(
            sample_case(long), company, p, lang, size="80mm",
            enquiry_phone="021-5888 8888", enquiry_hours="10:00–22:00"),
        f"letter_{lang}": lambda p: render_letter(letter, p, lang),
    })
    return jobs


def render_all(out_dir: Path, long: bool = False, png: bool = True,
               only: tuple[str, ...] = ()) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    company = sample_company(sample_logo(out_dir / "logo.png"))
    letter = dataclasses.replace(sample_letter(long), company=company)
    made = []
    for lang in LANGS:
        for name, job in _jobs(lang, company, letter, long).items():
            if only and not name.startswith(only):
                continue
            path = out_dir / f"{name}{'_long' if long else ''}.pdf"
            job(path)
            made.append(path)
            if png:
                page_images(path)
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/docs"))
    parser.add_argument("--no-png", action="store_true")
    parser.add_argument("--long", action="store_true", help="20,000-character descriptions")
    parser.add_argument("--only", default="", help="comma-separated name prefixes")
    args = parser.parse_args(argv)
    only = tuple(p for p in args.only.split(",") if p)
    for path in render_all(args.out, long=args.long, png=not args.no_png, only=only):
        print(f"{path}  {path.stat().st_size / 1024:.1f} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
