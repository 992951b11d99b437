"""Attachment bytes, stored once per content hash under the data folder.

The type is sniffed from the first bytes, never taken from the file name.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from desk.i18n import _
from desk.store.errors import StoreError

THUMB_SIZE = (160, 160)
CHUNK = 1 << 20

# (offset, magic, mime, kind)
_SIGNATURES = [
    (0, b"\xff\xd8\xff", "image/jpeg", "image"),
    (0, b"\x89PNG\r\n\x1a\n", "image/png", "image"),
    (0, b"GIF87a", "image/gif", "image"),
    (0, b"GIF89a", "image/gif", "image"),
    (0, b"BM", "image/bmp", "image"),
    (0, b"%PDF-", "application/pdf", "pdf"),
    (0, b"ID3", "audio/mpeg", "audio"),
    (0, b"\xff\xfb", "audio/mpeg", "audio"),
    (0, b"\xff\xf3", "audio/mpeg", "audio"),
    (0, b"#!AMR", "audio/amr", "audio"),
    (0, b"OggS", "audio/ogg", "audio"),
    (0, b"fLaC", "audio/flac", "audio"),
    (0, b"\x1aE\xdf\xa3", "video/webm", "video"),
]
_FTYP_BRANDS = {
    b"heic": ("image/heic", "image"), b"heix": ("image/heic", "image"),
    b"mif1": ("image/heif", "image"), b"M4A ": ("audio/mp4", "audio"),
    b"qt  ": ("video/quicktime", "video"),
}


class AttachmentError(StoreError):
    pass


@dataclass(frozen=True)
class StoredBlob:
    sha256: str
    size: int
    mime: str
    kind: str


def sniff(head: bytes) -> tuple[str, str] | None:
    """(mime, kind) from the first bytes of a file, or ``None`` for types we do not keep."""
    for offset, magic, mime, kind in _SIGNATURES:
        if head[offset:offset + len(magic)] == magic:
            return mime, kind
    if head[:4] == b"RIFF" and len(head) >= 12:
        sub = head[8:12]
        if sub == b"WAVE":
            return "audio/wav", "audio"
        if sub == b"WEBP":
            return "image/webp", "image"
        if sub == b"AVI ":
            return "video/x-msvideo", "video"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        return _FTYP_BRANDS.get(brand, ("video/mp4", "video"))
    return None


class BlobStore:
    def __init__(self, root: Path):
        self.root = Path(root)

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def thumb_path(self, sha256: str) -> Path:
        return self.root / "thumbs" / f"{sha256}.png"

    def put(self, source: Path, max_bytes: int) -> StoredBlob:
        source = Path(source)
        try:
            size = source.stat().st_size
            if not source.is_file():
                raise AttachmentError(_("{name} is not a file.").format(name=source.name))
        except OSError as exc:
            raise AttachmentError(_("Cannot read {name}: {error}").format(
                name=source.name, error=exc.strerror or exc)) from exc
        if size == 0:
            raise AttachmentError(_("{name} is empty (0 bytes).").format(name=source.name))
        if size > max_bytes:
            raise AttachmentError(_(
                "{name} is {size} MB; attachments may be at most {limit} MB."
            ).format(name=source.name, size=round(size / 2**20, 1),
                     limit=round(max_bytes / 2**20, 1)))
        self.root.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        fd, tmp_name = tempfile.mkstemp(dir=self.root, prefix=".incoming-")
        written = 0
        try:
            with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
                head = src.read(64)
                kind = sniff(head)
                if kind is None:
                    raise AttachmentError(_(
                        "{name} is not a photo, audio, video or PDF file."
                    ).format(name=source.name))
                for chunk in iter(lambda: head or src.read(CHUNK), b""):
                    head = b""
                    digest.update(chunk)
                    out.write(chunk)
                    written += len(chunk)
                    if written > max_bytes:
                        raise AttachmentError(_(
                            "{name} grew past the size limit while it was copied."
                        ).format(name=source.name))
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            final = self.path_for(sha)
            if final.exists():
                os.unlink(tmp_name)
            else:
                final.parent.mkdir(parents=True, exist_ok=True)
                os.replace(tmp_name, final)
        except OSError as exc:
            raise AttachmentError(_("Cannot read {name}: {error}").format(
                name=source.name, error=exc.strerror or exc)) from exc
        finally:
            if os.path.exists(tmp_name):
                os.unlink(tmp_name)
        blob = StoredBlob(sha, written, *kind)
        if blob.kind == "image":
            self.make_thumbnail(sha)
        return blob

    def make_thumbnail(self, sha256: str) -> Path | None:
        """A PNG thumbnail for an image; ``None`` when the image cannot be decoded."""
        from PIL import Image, UnidentifiedImageError

        target = self.thumb_path(sha256)
        if target.exists():
            return target
        try:
            with Image.open(self.path_for(sha256)) as image:
                image.thumbnail(THUMB_SIZE)
                target.parent.mkdir(parents=True, exist_ok=True)
                image.convert("RGB").save(target, "PNG")
        except (OSError, UnidentifiedImageError, ValueError, Image.DecompressionBombError):
            return None
        return target

    def open_path(self, sha256: str) -> Path:
        path = self.path_for(sha256)
        if not path.is_file():
            raise AttachmentError(_(
                "The attached file is missing from the data folder ({path})."
            ).format(path=path))
        return path

    def remove(self, sha256: str) -> bool:
        """Delete the file and its thumbnail (the caller checks that no row uses them);
        ``True`` when there was a file."""
        found = False
        for path in (self.path_for(sha256), self.thumb_path(sha256)):
            try:
                path.unlink()
                found = True
            except FileNotFoundError:
                pass
        return found

    def export(self, sha256: str, target: Path) -> Path:
        shutil.copyfile(self.open_path(sha256), target)
        return target
