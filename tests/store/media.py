"""Small real files of every attachment type, made here byte by byte or by the library
that writes the format, for the attachment tests."""
from __future__ import annotations

import io
import struct
import wave

from PIL import Image


def image_bytes(fmt: str, size=(640, 480), color=(200, 30, 30), mode="RGB") -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, size, color).save(buffer, fmt)
    return buffer.getvalue()


def png_bytes(size=(640, 480), color=(200, 30, 30), mode="RGB") -> bytes:
    return image_bytes("PNG", size, color, mode)


def jpeg_bytes(size=(400, 900)) -> bytes:
    return image_bytes("JPEG", size, (10, 120, 200))


def pdf_bytes(text: str = "Letter") -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, text)
    page.save()
    return buffer.getvalue()


def wav_bytes(frames: int = 8000) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(b"\x00\x01" * frames)
    return buffer.getvalue()


def _box(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", 8 + len(body)) + kind + body


def mp4_bytes(brand: bytes = b"isom") -> bytes:
    return (_box(b"ftyp", brand + b"\x00\x00\x02\x00" + brand + b"mp41")
            + _box(b"moov", _box(b"mvhd", b"\x00" * 100)) + _box(b"mdat", b"\x11" * 4000))


def heic_bytes() -> bytes:
    return (_box(b"ftyp", b"heic\x00\x00\x00\x00mif1heic") + _box(b"meta", b"\x00" * 40)
            + _box(b"mdat", b"\x22" * 2000))


def mp3_bytes(frames: int = 20, tagged: bool = True) -> bytes:
    header = b"\xff\xfb\x90\x64"               # MPEG-1 layer III, 128 kbit/s, 44.1 kHz
    frame = header + b"\x00" * (417 - len(header))
    tag = b"ID3\x04\x00\x00\x00\x00\x00\x0a" + b"\x00" * 10 if tagged else b""
    return tag + frame * frames


def amr_bytes(frames: int = 50) -> bytes:
    return b"#!AMR\n" + (b"\x3c" + b"\x55" * 31) * frames   # 12.2 kbit/s frames


def ogg_bytes(pages: int = 3) -> bytes:
    out = b""
    for number in range(pages):
        flags = 0x02 if number == 0 else (0x04 if number == pages - 1 else 0)
        body = b"\x01vorbis" + b"\x00" * 50
        out += (b"OggS\x00" + bytes([flags]) + b"\x00" * 8 + b"\x01\x00\x00\x00"
                + struct.pack("<I", number) + b"\x00" * 4 + b"\x01" + bytes([len(body)]) + body)
    return out


def flac_bytes() -> bytes:
    streaminfo = b"\x80" + (34).to_bytes(3, "big") + b"\x10" * 34   # last block, STREAMINFO
    return b"fLaC" + streaminfo + b"\xff\xf8\x69\x08" + b"\x00" * 200


def webm_bytes() -> bytes:
    doc_type = b"\x42\x82\x84webm"
    header = b"\x1a\x45\xdf\xa3" + bytes([0x80 | len(doc_type)]) + doc_type
    segment = b"\x18\x53\x80\x67\x01\xff\xff\xff\xff\xff\xff\xff" + b"\x15\x49\xa9\x66\x80"
    return header + segment + b"\x00" * 500
