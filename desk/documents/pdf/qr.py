"""QR codes for the documents (reportlab's own encoder; no extra dependency)."""
from __future__ import annotations

from functools import lru_cache

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

#: Error correction M (15%): survives a crease or a smudge on a returned paper slip.
LEVEL = "M"
#: Quiet zone in modules around the symbol (the standard asks for 4).
BORDER = 4


def _widget(payload: str, size: float) -> QrCodeWidget:
    return QrCodeWidget(payload, barLevel=LEVEL, barBorder=BORDER, barWidth=size,
                        barHeight=size)


class QrFlowable(Flowable):
    """The symbol QrCodeWidget lays out, drawn straight onto the page as one filled path.

    (Going through a graphics Drawing would also set the Drawing's default font,
    Helvetica, which is not embedded; the documents must embed every font they name.)
    """

    def __init__(self, path: str, size: float):
        super().__init__()
        self.path, self.width, self.height = path, size, size

    def wrap(self, available_width, available_height):
        return self.width, self.height

    def draw(self):
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(colors.black)
        canvas._code.append(self.path)  # "x y w h re ... f", built once per payload
        canvas.restoreState()


@lru_cache(maxsize=64)
def _path(payload: str, size: float) -> str:
    group = _widget(payload, size).draw()
    rects = [f"{r.x:.3f} {r.y:.3f} {r.width:.3f} {r.height:.3f} re" for r in group.contents
             if getattr(r, "fillColor", None) is not None]
    return "\n".join(rects) + "\nf"


def qr_flowable(payload: str, size: float = 26 * mm) -> QrFlowable:
    """A square flowable holding the QR code for ``payload`` (encoded once per payload)."""
    return QrFlowable(_path(payload, size), size)


def qr_matrix(payload: str) -> list[list[bool]]:
    """The module matrix (True = dark) that :func:`qr_drawing` draws, for checks."""
    widget = _widget(payload, 26 * mm)
    widget.qr.make()
    return [[bool(cell) for cell in row] for row in widget.qr.modules]
