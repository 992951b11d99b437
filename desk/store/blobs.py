"""Attachment bytes, stored once per content hash under the data folder; with a
PostgreSQL server, in the database (``desk.store.server.blobs``) and the data folder is this
PC's cache of them.

The type comes from the content, never from the file name: the first bytes say what the
file claims to be and :mod:`desk.store.filetypes` checks the whole copy against that claim
before it is kept.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from desk.i18n import _
from desk.store.errors import StoreError
from desk.store.filetypes import content_is_sound, sniff

THUMB_SIZE = (160, 160)
CHUNK = 1 << 20

#: a temporary copy older than this is a leftover of a crash, not a copy in progress
LEFTOVER_AGE_S = 3600
TEMP_PREFIX = ".incoming-"


class AttachmentError(StoreError):
    pass


@dataclass(frozen=True)
class StoredBlob:
    sha256: str
    size: int
    mime: str
    kind: str


class BlobStore:
    def __init__(self, root: Path):
        from desk.store.db import is_postgresql

        self.root = Path(root)
        self.server = is_postgresql()

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def thumb_path(self, sha256: str) -> Path:
        return self.root / "thumbs" / f"{sha256}.png"

    def put(self, source: Path, max_bytes: int) -> StoredBlob:
        """Copy ``source`` in (refused: a link, not a file, empty, over ``max_bytes``, not a
        type we keep, or content that is not what its first bytes claim)."""
        source = Path(source)
        name = source.name
        try:
            if source.is_symlink():
                raise AttachmentError(_(
                    "{name} is a link to another file; attach the file itself.").format(name=name))
            size = source.stat().st_size
            if not source.is_file():
                raise AttachmentError(_("{name} is not a file.").format(name=name))
        except OSError as exc:
            raise AttachmentError(_("Cannot read {name}: {error}").format(
                name=name, error=exc.strerror or exc)) from exc
        if size == 0:
            raise AttachmentError(_("{name} is empty (0 bytes).").format(name=name))
        if size > max_bytes:
            raise AttachmentError(_(
                "{name} is {size} MB; attachments may be at most {limit} MB."
            ).format(name=name, size=round(size / 2**20, 1),
                     limit=round(max_bytes / 2**20, 1)))
        self.root.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=self.root, prefix=TEMP_PREFIX)
        try:
            with os.fdopen(fd, "wb") as out:
                sha, written, kind = _copy_in(source, out, max_bytes)
            # the copy is what is kept, so the copy is what is checked
            if not content_is_sound(Path(tmp_name), kind[0]):
                raise AttachmentError(_(
                    "{name} is damaged or is not really the photo, audio, video or PDF file "
                    "it looks like, so it was not attached; attach the original file."
                ).format(name=name))
            final = self.path_for(sha)
            if not final.exists():
                final.parent.mkdir(parents=True, exist_ok=True)
                os.replace(tmp_name, final)
        except OSError as exc:
            raise AttachmentError(_("Cannot read {name}: {error}").format(
                name=name, error=exc.strerror or exc)) from exc
        finally:
            if os.path.exists(tmp_name):
                os.unlink(tmp_name)
        blob = StoredBlob(sha, written, *kind)
        if self.server:
            from desk.store.server import blobs as pgblobs

            pgblobs.upload(sha, self.path_for(sha))
        if blob.kind == "image":
            self.make_thumbnail(sha)
        return blob

    def remove_leftovers(self, max_age_s: float = LEFTOVER_AGE_S) -> int:
        """Delete temporary copies that a crash left behind (older than ``max_age_s``,
        so a copy another desk is making now stays); how many went."""
        return remove_stale(self.root, TEMP_PREFIX + "*", max_age_s)

    def make_thumbnail(self, sha256: str) -> Path | None:
        """A PNG thumbnail for an image; ``None`` when the image cannot be decoded."""
        from PIL import Image, UnidentifiedImageError

        target = self.thumb_path(sha256)
        if target.exists():
            return target
        source = self.local_file(sha256)
        if source is None:
            return None
        try:
            with Image.open(source) as image:
                image.thumbnail(THUMB_SIZE)
                target.parent.mkdir(parents=True, exist_ok=True)
                image.convert("RGB").save(target, "PNG")
        except (OSError, UnidentifiedImageError, ValueError, Image.DecompressionBombError):
            return None
        if self.server:
            from desk.store.server import blobs as pgblobs

            pgblobs.save_thumbnail(sha256, target.read_bytes())
        return target

    def has(self, sha256: str) -> bool:
        """The bytes of ``sha256`` are kept (in the data folder, or on the server)."""
        if self.server:
            from desk.store.server import blobs as pgblobs

            return pgblobs.has(sha256)
        return self.path_for(sha256).is_file()

    def local_file(self, sha256: str) -> Path | None:
        """A file on this PC with the bytes of ``sha256`` (fetched from the server into the
        cache when needed), or ``None`` when they are not kept."""
        path = self.path_for(sha256)
        if path.is_file():
            return path
        if self.server:
            from desk.store.server import blobs as pgblobs

            if pgblobs.download(sha256, path):
                return path
        return None

    def thumbnail(self, sha256: str) -> Path | None:
        """The thumbnail PNG of an image (from the server's copy when this PC has none)."""
        target = self.thumb_path(sha256)
        if target.is_file():
            return target
        if self.server:
            from desk.store.server import blobs as pgblobs

            png = pgblobs.thumbnail(sha256)
            if png:
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(png)
                return target
        return None

    def open_path(self, sha256: str) -> Path:
        path = self.local_file(sha256) or self.path_for(sha256)
        if not path.is_file() and self.server:
            raise AttachmentError(_(
                "The attached file is missing from the database server; it may have been "
                "deleted at another desk."))
        if not path.is_file():
            raise AttachmentError(_(
                "The attached file is missing from the data folder ({path})."
            ).format(path=path))
        return path

    def remove(self, sha256: str) -> bool:
        """Delete the file and its thumbnail (the caller checks that no row uses them);
        ``True`` when there was a file."""
        found = False
        if self.server:
            from desk.store.server import blobs as pgblobs

            found = pgblobs.remove(sha256)
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


def _copy_in(source: Path, out, max_bytes: int) -> tuple[str, int, tuple[str, str]]:
    """Copy ``source`` (never through a link) into ``out``, fsynced: (sha256, bytes, the
    (mime, kind) its first bytes claim)."""
    digest = hashlib.sha256()
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
    with os.fdopen(os.open(source, flags), "rb") as src:
        head = src.read(64)
        kind = sniff(head)
        if kind is None:
            raise AttachmentError(_(
                "{name} is not a photo, audio, video or PDF file.").format(name=source.name))
        written = 0
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
    return digest.hexdigest(), written, kind


def remove_stale(folder: Path, pattern: str, max_age_s: float = LEFTOVER_AGE_S) -> int:
    """Delete the files in ``folder`` matching ``pattern`` last written more than
    ``max_age_s`` ago (temporary files a crash left); how many went."""
    removed = 0
    cutoff = time.time() - max_age_s
    try:
        candidates = list(Path(folder).glob(pattern))
    except OSError:
        return 0
    for path in candidates:
        try:
            if path.is_file() and not path.is_symlink() and path.stat().st_mtime < cutoff:
                path.unlink()
                removed += 1
        except OSError:
            continue   # in use (Windows) or gone already: the next start tries again
    return removed
