"""The QR code on the slip decodes to what the service asked for."""
from __future__ import annotations

import dataclasses
import re

import pytest
from pdfread import page_image
from pypdf import PdfReader

from desk.documents.data.samples import sample_case, sample_company, sample_slip
from desk.documents.pdf.qr import qr_matrix
from desk.documents.pdf.receipt import render_receipt
from desk.documents.pdf.slip import render_slip

PAYLOADS = ["DESK1|TS-20261126-0007|K7Q2-9XMA", "DESK1|" + "X" * 120 + "|0000-0000"]


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize("lang", ["zh_CN", "bilingual"])
def test_slip_qr_decodes_to_the_payload(tmp_path, payload, lang):
    zxingcpp = pytest.importorskip("zxingcpp")  # test_drawn_qr_is_the_encoders_matrix otherwise
    path = tmp_path / "slip.pdf"
    render_slip(dataclasses.replace(sample_slip(), qr_payload=payload), sample_company(), path,
                lang)
    found = [r.text for r in zxingcpp.read_barcodes(page_image(path))
             if r.format == zxingcpp.BarcodeFormat.QRCode]
    assert found == [payload]


def test_receipt_can_carry_a_qr_code_too(tmp_path):
    zxingcpp = pytest.importorskip("zxingcpp")
    path = tmp_path / "roll.pdf"
    render_receipt(sample_case(), sample_company(), path, "en", size="80mm",
                   qr_payload=PAYLOADS[0])
    found = [r.text for r in zxingcpp.read_barcodes(page_image(path, dpi=300))]
    assert found == [PAYLOADS[0]]


def _drawn_matrix(pdf) -> set[tuple[int, int]]:
    """The dark modules as drawn: the largest block of "x y w h re" ending in "f"."""
    content = PdfReader(pdf).pages[0].get_contents().get_data().decode("latin-1")
    blocks = re.findall(r"((?:[-\d.]+ [-\d.]+ [-\d.]+ [-\d.]+ re\n)+)f", content)
    rects = [tuple(map(float, line.split()[:4])) for line in max(blocks, key=len).splitlines()]
    module = min(h for _, _, _, h in rects)
    x0 = min(x for x, _, _, _ in rects)
    y_top = max(y + h for _, y, _, h in rects)
    dark = set()
    for x, y, w, h in rects:
        row = round((y_top - (y + h)) / module)
        for col in range(round((x - x0) / module), round((x + w - x0) / module)):
            dark.add((row, col))
    return dark


@pytest.mark.parametrize("payload", PAYLOADS)
def test_drawn_qr_is_the_encoders_matrix(tmp_path, payload):
    path = tmp_path / "slip.pdf"
    render_slip(dataclasses.replace(sample_slip(), qr_payload=payload), sample_company(), path,
                "en")
    matrix = qr_matrix(payload)
    expected = {(r, c) for r, row in enumerate(matrix) for c, dark in enumerate(row) if dark}
    drawn = _drawn_matrix(path)
    # The drawing starts at the first dark module in each direction; shift to compare.
    first_row = min(r for r, _ in expected)
    first_col = min(c for _, c in expected)
    assert {(r + first_row, c + first_col) for r, c in drawn} == expected


def test_no_payload_no_qr(tmp_path):
    path = tmp_path / "slip.pdf"
    render_slip(dataclasses.replace(sample_slip(), qr_payload=""), sample_company(), path, "en")
    content = PdfReader(path).pages[0].get_contents().get_data().decode("latin-1")
    assert len(re.findall(r" re\n", content)) < 60  # table shading only
