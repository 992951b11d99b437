"""Attachments of a complaint: photos, audio, video, PDF."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desk import paths
from desk.services.audit import trail
from desk.services.common.clock import system_clock
from desk.services.org.organisation import get_setting
from desk.services.org.permissions import require
from desk.store.blobs import AttachmentError, BlobStore  # noqa: F401 (re-exported)
from desk.store.db import transaction
from desk.store.models.cases import Attachment, ComplaintChange


def blob_store() -> BlobStore:
    return BlobStore(paths.attachments_dir())


def size_limit_bytes() -> int:
    return int(float(get_setting("attachment_limit_mb") or 50) * 2**20)


@dataclass
class AttachmentInfo:
    id: int
    name: str
    kind: str
    mime: str
    size: int
    sha256: str
    thumbnail: Path | None
    available: bool


def attach(complaint_id: int, source: Path, by_id: int | None = None,
           clock=system_clock) -> AttachmentInfo:
    require(by_id, "take_complaints")
    store = blob_store()
    blob = store.put(Path(source), size_limit_bytes())
    name = Path(source).name[:255]
    with transaction():
        row = Attachment.create(complaint=complaint_id, sha256=blob.sha256, size=blob.size,
                                mime=blob.mime, kind=blob.kind, original_name=name,
                                added_at=clock.now(), added_by=by_id)
        ComplaintChange.create(complaint=complaint_id, at=clock.now(), by=by_id,
                               field="attachment", old_value="", new_value=name)
        trail.record(by_id, "attach", complaint_id=complaint_id, field="attachment",
                     new=name, personal=True, at=clock.now())
    return _info(row, store)


def _info(row: Attachment, store: BlobStore) -> AttachmentInfo:
    return AttachmentInfo(row.id, row.original_name, row.kind, row.mime, row.size, row.sha256,
                          store.thumbnail(row.sha256), store.has(row.sha256))


def list_attachments(complaint_id: int) -> list[AttachmentInfo]:
    store = blob_store()
    query = Attachment.select().where(Attachment.complaint == complaint_id).order_by(
        Attachment.id)
    return [_info(row, store) for row in query]


def attachment_path(attachment_id: int) -> Path:
    row = Attachment.get_by_id(attachment_id)
    return blob_store().open_path(row.sha256)
