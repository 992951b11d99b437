"""What an attached file really is.

``sniff`` names the type the first bytes claim; ``content_is_sound`` then checks the whole
file against that claim: Pillow decodes images to the last pixel, and audio, video and PDF
files must have their full container structure (every box, chunk, page or frame header in
place up to the end of the file, the PDF's cross-reference pointer), so a text file that
starts with ``BM`` or anything with ``ftyp`` at byte 4 is not taken for a picture or a film.
"""
from __future__ import annotations

import re
import struct
import warnings
from pathlib import Path

# (magic at byte 0, mime, kind)
_SIGNATURES = [
    (b"\xff\xd8\xff", "image/jpeg", "image"),
    (b"\x89PNG\r\n\x1a\n", "image/png", "image"),
    (b"GIF87a", "image/gif", "image"),
    (b"GIF89a", "image/gif", "image"),
    (b"BM", "image/bmp", "image"),
    (b"%PDF-", "application/pdf", "pdf"),
    (b"ID3", "audio/mpeg", "audio"),
    (b"#!AMR", "audio/amr", "audio"),
    (b"OggS", "audio/ogg", "audio"),
    (b"fLaC", "audio/flac", "audio"),
    (b"\x1aE\xdf\xa3", "video/webm", "video"),
]
_RIFF_FORMS = {b"WAVE": ("audio/wav", "audio"), b"WEBP": ("image/webp", "image"),
               b"AVI ": ("video/x-msvideo", "video")}
_FTYP_BRANDS = {
    b"heic": ("image/heic", "image"), b"heix": ("image/heic", "image"),
    b"mif1": ("image/heif", "image"), b"M4A ": ("audio/mp4", "audio"),
    b"qt  ": ("video/quicktime", "video"),
}
_PILLOW_FORMATS = {"image/jpeg": "JPEG", "image/png": "PNG", "image/gif": "GIF",
                   "image/bmp": "BMP", "image/webp": "WEBP"}
#: audio walked frame by frame this far (a whole recording would take too long)
_FRAME_WALK = 1 << 20


def sniff(head: bytes) -> tuple[str, str] | None:
    """(mime, kind) the first bytes of a file claim, or ``None`` for types we do not keep."""
    for magic, mime, kind in _SIGNATURES:
        if head.startswith(magic):
            return mime, kind
    if _mpeg_frame_length(head[:4]):
        return "audio/mpeg", "audio"
    if head[:4] == b"RIFF" and len(head) >= 12:
        return _RIFF_FORMS.get(head[8:12])
    if head[4:8] == b"ftyp":
        return _FTYP_BRANDS.get(head[8:12], ("video/mp4", "video"))
    return None


def content_is_sound(path: Path, mime: str) -> bool:
    """True when the whole file at ``path`` is what ``mime`` (from ``sniff``) says."""
    path = Path(path)
    if mime in _PILLOW_FORMATS:
        return _decodes(path, _PILLOW_FORMATS[mime])
    with open(path, "rb") as handle:
        size = path.stat().st_size
        check = _STRUCTURE_CHECKS.get(mime)
        if check is None:
            return False
        try:
            return check(handle, size)
        except (struct.error, ValueError, IndexError):
            return False


def _decodes(path: Path, pillow_format: str) -> bool:
    from PIL import Image

    with warnings.catch_warnings():
        # a large photo is fine here (it is never shown whole); a bomb still raises
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            with Image.open(path, formats=[pillow_format]) as image:
                image.verify()          # PNG: every chunk's CRC
            with Image.open(path, formats=[pillow_format]) as image:
                if pillow_format == "JPEG":  # decode every scan at 1/8 scale: less memory
                    image.draft("RGB", (max(1, image.width // 8), max(1, image.height // 8)))
                image.load()            # a truncated or damaged image raises here
        except Exception:   # whatever a decoder raises on a damaged or forged file
            return False
    return True


# ---------------------------------------------------------------- containers

def _iso_media(handle, size: int, wanted: bytes) -> bool:
    """MP4, MOV, M4A, HEIC: top-level boxes that tile the file, ``ftyp`` first, and the
    ``wanted`` box (``moov`` for media, ``meta`` for HEIF pictures) among them."""
    position, seen = 0, []
    while position < size:
        handle.seek(position)
        header = handle.read(16)
        if len(header) < 8:
            return False
        length, kind = struct.unpack(">I4s", header[:8])
        if length == 1:
            if len(header) < 16:
                return False
            length, smallest = struct.unpack(">Q", header[8:16])[0], 16
        else:
            length, smallest = (size - position if length == 0 else length), 8
        if length < smallest or position + length > size or not _printable(kind):
            return False
        seen.append(kind)
        if len(seen) > 100_000:
            return False
        position += length
    return seen[0] == b"ftyp" and wanted in seen


def _riff(handle, size: int, needed: tuple[bytes, ...]) -> bool:
    """WAV and AVI: the file holds all the RIFF size says (a tagger may have added bytes
    after it) and the chunks tile it."""
    header = handle.read(12)
    declared = struct.unpack("<I", header[4:8])[0] + 8
    if declared > size + 1 or declared < 20:
        return False
    position, seen = 12, set()
    end = min(declared, size)
    while position + 8 <= end:
        handle.seek(position)
        chunk, length = struct.unpack("<4sI", handle.read(8))
        if not _printable(chunk) or position + 8 + length > end + 1:
            return False
        if chunk == b"LIST":
            seen.add(b"LIST" + handle.read(4))
        seen.add(chunk)
        position += 8 + length + (length & 1)
    return position >= end - 1 and all(name in seen for name in needed)


def _wav(handle, size: int) -> bool:
    if not _riff(handle, size, (b"fmt ", b"data")):
        return False
    handle.seek(12)
    while True:
        chunk, length = struct.unpack("<4sI", handle.read(8))
        if chunk == b"fmt ":
            tag, channels, rate = struct.unpack("<HHI", handle.read(8))
            return length >= 16 and tag != 0 and channels > 0 and rate > 0
        handle.seek(length + (length & 1), 1)


def _ogg(handle, size: int) -> bool:
    position, first, flags = 0, True, 0
    while position < size:
        handle.seek(position)
        header = handle.read(27)
        if len(header) < 27 or header[:4] != b"OggS" or header[4] != 0 or header[5] > 7:
            return False
        if first and not header[5] & 0x02:   # the first page begins the stream
            return False
        lacing = handle.read(header[26])
        if len(lacing) != header[26]:
            return False
        position += 27 + header[26] + sum(lacing)
        first, flags = False, header[5]
    return position == size and bool(flags & 0x04)   # the last page ends the stream


def _flac(handle, size: int) -> bool:
    position, first = 4, True
    while True:
        handle.seek(position)
        header = handle.read(4)
        if len(header) < 4:
            return False
        last, kind = header[0] & 0x80, header[0] & 0x7F
        length = int.from_bytes(header[1:4], "big")
        if (first and (kind != 0 or length != 34)) or kind == 127:
            return False
        position += 4 + length
        if position > size:
            return False
        first = False
        if last:
            break
    handle.seek(position)
    sync = handle.read(2)
    return len(sync) == 2 and sync[0] == 0xFF and sync[1] in (0xF8, 0xF9)


def _vint(data: bytes, at: int, keep_marker: bool) -> tuple[int, int]:
    """An EBML variable-length integer at ``at``: (value, its length)."""
    first = data[at]
    length = next(n for n in range(1, 9) if first & (0x80 >> (n - 1)))
    value = first if keep_marker else first & (0xFF >> length)
    for byte in data[at + 1:at + length]:
        value = (value << 8) | byte
    if at + length > len(data):
        raise ValueError("short vint")
    return value, length


def _webm(handle, size: int) -> bool:
    data = handle.read(4096)
    _id, id_length = _vint(data, 0, True)
    body, size_length = _vint(data, id_length, False)
    start = id_length + size_length
    if start + body > len(data):
        return False
    doc_type, position = b"", start
    while position < start + body:
        element, n = _vint(data, position, True)
        length, m = _vint(data, position + n, False)
        if element == 0x4282:
            doc_type = data[position + n + m:position + n + m + length]
        position += n + m + length
    if doc_type not in (b"webm", b"matroska") or position != start + body:
        return False
    segment, _n = _vint(data, position, True)
    return segment == 0x18538067 and size > position + 4


def _pdf(handle, size: int) -> bool:
    """The header, and near the end the last ``startxref`` with ``%%EOF`` after it (some
    writers add a few bytes past it), pointing at a cross-reference table or stream
    (readers allow a pointer a little off, so a few bytes either way are too)."""
    head = handle.read(1024)
    handle.seek(max(0, size - 2048))
    tail = handle.read()
    found = re.findall(rb"startxref\s+(\d+)\s+%%EOF", tail)
    if not re.match(rb"%PDF-[12]\.\d", head) or not found:
        return False
    offset = int(found[-1])
    if offset >= size:
        return False
    handle.seek(max(0, offset - 32))
    return re.search(rb"(^|\s)(xref|\d+\s+\d+\s+obj)", handle.read(160)) is not None


# ---------------------------------------------------------------- audio frames

_MPEG_BITRATES = {  # (version is 1, layer) -> kbit/s by index 1..14
    (True, 1): (32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448),
    (True, 2): (32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384),
    (True, 3): (32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
    (False, 1): (32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256),
    (False, 2): (8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
}
_MPEG_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}


def _mpeg_frame_length(header: bytes) -> int:
    """The length of the MPEG audio frame whose header is ``header`` (0: not one)."""
    if len(header) < 4 or header[0] != 0xFF or header[1] & 0xE0 != 0xE0:
        return 0
    version, layer = (header[1] >> 3) & 3, 4 - ((header[1] >> 1) & 3)
    index, rate_index, padding = header[2] >> 4, (header[2] >> 2) & 3, (header[2] >> 1) & 1
    if version == 1 or layer == 4 or index in (0, 15) or rate_index == 3:
        return 0
    v1 = version == 3
    bitrate = _MPEG_BITRATES[(v1, min(layer, 2) if not v1 else layer)][index - 1] * 1000
    rate = _MPEG_RATES[version][rate_index]
    if layer == 1:
        return (12 * bitrate // rate + padding) * 4
    return (144 if v1 or layer == 2 else 72) * bitrate // rate + padding


def _mp3(handle, size: int) -> bool:
    data = handle.read(min(size, _FRAME_WALK + 65536))
    position = 0
    if data.startswith(b"ID3"):
        version, flags, raw = data[3], data[5], data[6:10]
        if version not in (2, 3, 4) or any(byte & 0x80 for byte in raw):
            return False
        position = 10 + sum(byte << (7 * (3 - n)) for n, byte in enumerate(raw))
        position += 10 if flags & 0x10 else 0
        while position < len(data) and data[position] == 0:   # padding after the tag
            position += 1
    frames = 0
    while position < len(data) and frames < 64:
        if data[position:position + 3] == b"TAG" and position + 128 == size:
            break                                             # ID3v1 tag at the end
        length = _mpeg_frame_length(data[position:position + 4])
        if not length or position + length > size:
            return False
        position += length
        frames += 1
    return frames >= 1 and (frames >= 3 or position in (size, size - 128))


_AMR_SIZES = {b"#!AMR\n": (12, 13, 15, 17, 19, 20, 26, 31, 5, 6, 5, 5, -1, -1, -1, 0),
              b"#!AMR-WB\n": (17, 23, 32, 36, 40, 46, 50, 58, 60, 5, -1, -1, -1, -1, 0, 0)}


def _amr(handle, size: int) -> bool:
    data = handle.read(min(size, _FRAME_WALK))
    magic = next((m for m in _AMR_SIZES if data.startswith(m)), None)
    if magic is None:
        return False
    sizes, position = _AMR_SIZES[magic], len(magic)
    while position < len(data):
        header = data[position]
        length = sizes[(header >> 3) & 0x0F]
        if header & 0x83 or length < 0:
            return False
        position += 1 + length
    return position > len(magic) and (position == size or len(data) < size)


def _printable(name: bytes) -> bool:
    return all(32 <= byte < 127 for byte in name)


_STRUCTURE_CHECKS = {
    "application/pdf": _pdf,
    "audio/mpeg": _mp3,
    "audio/amr": _amr,
    "audio/ogg": _ogg,
    "audio/flac": _flac,
    "audio/wav": _wav,
    "audio/mp4": lambda handle, size: _iso_media(handle, size, b"moov"),
    "video/mp4": lambda handle, size: _iso_media(handle, size, b"moov"),
    "video/quicktime": lambda handle, size: _iso_media(handle, size, b"moov"),
    "video/x-msvideo": lambda handle, size: _riff(handle, size, (b"LISThdrl", b"LISTmovi")),
    "video/webm": _webm,
    "image/heic": lambda handle, size: _iso_media(handle, size, b"meta"),
    "image/heif": lambda handle, size: _iso_media(handle, size, b"meta"),
}
