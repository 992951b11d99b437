"""A file is the type its whole content proves, not the one its first bytes claim."""
from __future__ import annotations

import pytest

from desk.store.filetypes import content_is_sound, sniff
from tests.store import media


@pytest.mark.parametrize("head,mime,kind", [
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "image/jpeg", "image"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "image/png", "image"),
    (b"GIF89a\x01\x00", "image/gif", "image"),
    (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "image/webp", "image"),
    (b"\x00\x00\x00\x18ftypheic\x00\x00", "image/heic", "image"),
    (b"%PDF-1.7\n", "application/pdf", "pdf"),
    (b"ID3\x04\x00", "audio/mpeg", "audio"),
    (b"\xff\xfb\x90\x64\x00", "audio/mpeg", "audio"),
    (b"RIFF\x00\x00\x00\x00WAVEfmt ", "audio/wav", "audio"),
    (b"#!AMR\n", "audio/amr", "audio"),
    (b"\x00\x00\x00\x20ftypM4A \x00", "audio/mp4", "audio"),
    (b"\x00\x00\x00\x20ftypisom\x00", "video/mp4", "video"),
    (b"\x00\x00\x00\x14ftypqt  \x00", "video/quicktime", "video"),
    (b"\x1aE\xdf\xa3\x01\x00", "video/webm", "video"),
])
def test_sniff_names_the_claimed_type(head, mime, kind):
    assert sniff(head) == (mime, kind)


@pytest.mark.parametrize("head", [b"", b"MZ\x90\x00", b"PK\x03\x04", b"hello world",
                                  b"RIFF", b"RIFF\x00\x00\x00\x00ABCD", b"<html>",
                                  b"\x00" * 64, b"\xff\xff\xff\xff"])
def test_sniff_refuses_other_types(head):
    assert sniff(head) is None


SOUND = {
    "jpeg": (media.jpeg_bytes, "image/jpeg"),
    "png": (media.png_bytes, "image/png"),
    "gif": (lambda: media.image_bytes("GIF"), "image/gif"),
    "bmp": (lambda: media.image_bytes("BMP"), "image/bmp"),
    "webp": (lambda: media.image_bytes("WEBP"), "image/webp"),
    "heic": (media.heic_bytes, "image/heic"),
    "pdf": (media.pdf_bytes, "application/pdf"),
    "mp3": (media.mp3_bytes, "audio/mpeg"),
    "mp3 without a tag": (lambda: media.mp3_bytes(tagged=False), "audio/mpeg"),
    "wav": (media.wav_bytes, "audio/wav"),
    "amr": (media.amr_bytes, "audio/amr"),
    "ogg": (media.ogg_bytes, "audio/ogg"),
    "flac": (media.flac_bytes, "audio/flac"),
    "m4a": (lambda: media.mp4_bytes(b"M4A "), "audio/mp4"),
    "mp4": (media.mp4_bytes, "video/mp4"),
    "mov": (lambda: media.mp4_bytes(b"qt  "), "video/quicktime"),
    "webm": (media.webm_bytes, "video/webm"),
    "pdf with bytes after its end": (lambda: media.pdf_bytes() + b"\r\n\x00\x00", "application/pdf"),
    "wav with a tag after it": (lambda: media.wav_bytes() + b"id3 \x04\x00\x00\x00TAG!", "audio/wav"),
}


@pytest.mark.parametrize("name", sorted(SOUND))
def test_real_files_pass(tmp_path, name):
    make, mime = SOUND[name]
    path = tmp_path / "file"
    path.write_bytes(make())
    assert sniff(path.read_bytes()[:64])[0] == mime
    assert content_is_sound(path, mime)


def _cut(data: bytes) -> bytes:
    return data[:len(data) * 2 // 3]


FORGED = {
    "a batch file starting with BM": b"BM echo off\r\ndel /q *.*\r\n" * 20,
    "ftyp at byte 4 and nothing else": b"\x00\x00\x00\x20ftypisom" + b"\x00" * 500,
    "ftyp box without a movie": b"\x00\x00\x00\x10ftypisom\x00\x00\x00\x00" + b"junk" * 100,
    "truncated jpeg": _cut(media.jpeg_bytes()),
    "png with a broken checksum": media.png_bytes()[:-9] + b"\x00\x00\x00\x00IEND\x00\x00\x00\x00",
    "png header and noise": b"\x89PNG\r\n\x1a\n" + b"\x13" * 5000,
    "gif header and text": b"GIF89a this is text pretending to be a picture" * 10,
    "pdf header without its cross-reference": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\nhello\n%%EOF\n",
    "truncated pdf": _cut(media.pdf_bytes()),
    "ID3 tag and no audio": b"ID3\x04\x00\x00\x00\x00\x00\x0a" + b"\x00" * 10 + b"text" * 300,
    "wav with a wrong size": media.wav_bytes()[:-1000],
    "wav header and text": b"RIFF\x24\x00\x00\x00WAVE" + b"not a sound file" * 20,
    "amr header and text": b"#!AMR\n" + b"plain text, not speech frames" * 30,
    "truncated ogg": _cut(media.ogg_bytes()),
    "ogg cut inside a page": media.ogg_bytes()[:-10],
    "flac without its stream info": b"fLaC" + b"\x01\x00\x00\x05hello" + b"\x00" * 100,
    "webm header and junk": b"\x1a\x45\xdf\xa3" + b"\xff" * 300,
    "truncated mp4": _cut(media.mp4_bytes()),
    "truncated webp": _cut(media.image_bytes("WEBP")),
}


@pytest.mark.parametrize("name", sorted(FORGED))
def test_forged_or_damaged_files_fail(tmp_path, name):
    data = FORGED[name]
    path = tmp_path / "file"
    path.write_bytes(data)
    claimed = sniff(data[:64])
    assert claimed is not None, "each sample claims a type we keep"
    assert not content_is_sound(path, claimed[0])
