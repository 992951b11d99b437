"""Attachments: the type comes from the bytes, bad files are refused with a message."""
from __future__ import annotations

import os
import stat
import time

import pytest
from PIL import Image

from desk import paths
from desk.services.cases.attachments import (
    AttachmentError,
    attach,
    attachment_path,
    blob_store,
    list_attachments,
    size_limit_bytes,
)
from desk.services.cases.complaints import create_complaint, history
from desk.services.org import organisation
from desk.services.system.startup import remove_leftovers
from desk.store.blobs import THUMB_SIZE, BlobStore
from tests.store.media import amr_bytes, jpeg_bytes, pdf_bytes, png_bytes


@pytest.fixture
def case(store, make_input, clock):
    return create_complaint(make_input(), clock=clock)


def leftovers(root) -> list:
    return [p.name for p in root.rglob(".incoming-*")] if root.exists() else []


def test_photo_is_attached_with_a_thumbnail(case, tmp_path, org):
    source = tmp_path / "现场照片 1.png"
    source.write_bytes(png_bytes())
    info = attach(case.id, source, by_id=org["clerk"])
    assert (info.name, info.kind, info.mime) == ("现场照片 1.png", "image", "image/png")
    assert info.size == source.stat().st_size
    assert info.available
    assert info.thumbnail is not None and info.thumbnail.is_file()
    with Image.open(info.thumbnail) as thumb:
        assert thumb.width <= THUMB_SIZE[0] and thumb.height <= THUMB_SIZE[1]
        assert max(thumb.size) == 160
    stored = attachment_path(info.id)
    assert stored.read_bytes() == source.read_bytes()
    assert stored.is_relative_to(paths.attachments_dir())
    assert [a.id for a in list_attachments(case.id)] == [info.id]
    entry = history(case.id)[0]
    assert (entry.field, entry.new_value, entry.by) == ("attachment", "现场照片 1.png", "王小明")


def test_type_comes_from_the_content_not_the_name(case, tmp_path):
    disguised = tmp_path / "invoice.pdf"
    disguised.write_bytes(jpeg_bytes())
    info = attach(case.id, disguised)
    assert (info.kind, info.mime) == ("image", "image/jpeg")
    assert info.thumbnail is not None


def test_mislabelled_file_is_refused(case, tmp_path):
    fake = tmp_path / "photo.jpg"
    fake.write_bytes(b"MZ\x90\x00 this is a program, not a photo" * 100)
    with pytest.raises(AttachmentError) as info:
        attach(case.id, fake)
    assert "photo.jpg" in str(info.value)
    assert "not a photo, audio, video or PDF" in str(info.value)
    assert list_attachments(case.id) == []
    assert leftovers(paths.attachments_dir()) == []


def test_empty_file_is_refused(case, tmp_path):
    empty = tmp_path / "空.png"
    empty.write_bytes(b"")
    with pytest.raises(AttachmentError) as info:
        attach(case.id, empty)
    assert "empty" in str(info.value) and "空.png" in str(info.value)


def test_file_over_the_limit_is_refused_before_it_is_read(case, tmp_path):
    huge = tmp_path / "video.mp4"
    with open(huge, "wb") as handle:
        handle.write(b"\x00\x00\x00\x20ftypisom")
        handle.truncate(2 * 2**30)  # a sparse 2 GB file: no disk space used
    assert huge.stat().st_size == 2 * 2**30
    with pytest.raises(AttachmentError) as info:
        attach(case.id, huge)
    message = str(info.value)
    assert "2048.0 MB" in message and "50" in message
    assert list_attachments(case.id) == []
    assert leftovers(paths.attachments_dir()) == []


def test_limit_follows_the_setting(case, tmp_path):
    organisation.set_setting("attachment_limit_mb", 0.001)  # about 1 KB
    assert size_limit_bytes() == int(0.001 * 2**20)
    source = tmp_path / "p.png"
    source.write_bytes(png_bytes((300, 300)) + b"\x00" * 2048)
    with pytest.raises(AttachmentError):
        attach(case.id, source)


def test_file_that_grows_while_copied_is_refused(tmp_path):
    """The size is checked again while copying (another program may still be writing)."""
    store = BlobStore(tmp_path / "blobs")
    source = tmp_path / "growing.png"
    source.write_bytes(png_bytes())
    limit = source.stat().st_size
    real_stat = type(source).stat

    class Shrunk:
        st_size = 10
        st_mode = stat.S_IFREG

    source_text = str(source)

    def fake_stat(self, *args, **kw):
        return Shrunk() if str(self) == source_text else real_stat(self, *args, **kw)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(type(source), "stat", fake_stat)
        mp.setattr(type(source), "is_file", lambda self: True)
        with pytest.raises(AttachmentError):
            store.put(source, limit - 1)
    assert leftovers(tmp_path / "blobs") == []


def test_missing_file_is_refused(case, tmp_path):
    with pytest.raises(AttachmentError) as info:
        attach(case.id, tmp_path / "不存在.jpg")
    assert "不存在.jpg" in str(info.value)


def test_folder_is_refused(case, tmp_path):
    folder = tmp_path / "photos.jpg"
    folder.mkdir()
    with pytest.raises(AttachmentError):
        attach(case.id, folder)


def test_same_file_twice_is_stored_once(case, tmp_path):
    one = tmp_path / "a.png"
    two = tmp_path / "b.png"
    one.write_bytes(png_bytes())
    two.write_bytes(png_bytes())
    first = attach(case.id, one)
    second = attach(case.id, two)
    assert first.sha256 == second.sha256 and first.id != second.id
    stored = [p for p in paths.attachments_dir().rglob("*")
              if p.is_file() and "thumbs" not in p.parts]
    assert len(stored) == 1


@pytest.mark.parametrize("name,data", [
    ("script.bat", b"BM echo off\r\nformat c: /q\r\n" * 40),
    ("film.mp4", b"\x00\x00\x00\x20ftypisom" + b"\x00" * 4000),
    ("broken.png", b"\x89PNG\r\n\x1a\n" + b"\x13" * 5000),
    ("cut.jpg", jpeg_bytes()[:-400]),
])
def test_file_that_is_not_what_it_claims_is_refused(case, tmp_path, name, data):
    forged = tmp_path / name
    forged.write_bytes(data)
    with pytest.raises(AttachmentError) as info:
        attach(case.id, forged)
    assert name in str(info.value) and "damaged" in str(info.value)
    assert list_attachments(case.id) == []
    assert leftovers(paths.attachments_dir()) == []
    assert not [p for p in paths.attachments_dir().rglob("*") if p.is_file()]


@pytest.mark.skipif(os.name == "nt", reason="making a symlink needs a privilege on Windows")
def test_link_to_a_file_is_refused(case, tmp_path):
    real = tmp_path / "photo.png"
    real.write_bytes(png_bytes())
    link = tmp_path / "link.png"
    link.symlink_to(real)
    with pytest.raises(AttachmentError) as info:
        attach(case.id, link)
    assert "link.png" in str(info.value) and "link" in str(info.value)
    assert list_attachments(case.id) == []


@pytest.mark.sqlite_only(reason="the backups folder beside the database file")
def test_crash_leftovers_go_at_the_next_start(store, tmp_path):
    """Temporary copies older than an hour are a crash's; younger ones may be in progress."""
    attachments = paths.attachments_dir()
    backups = store.path.parent / "backups"
    for folder in (attachments, backups):
        folder.mkdir(parents=True, exist_ok=True)
    old = [attachments / ".incoming-abc123", backups / "desk-20261101-000000.sqlite.partial",
           paths.exports_dir() / ".desk-q1w2e3.xlsx"]
    young = attachments / ".incoming-now"
    kept = attachments / "ab"
    kept.mkdir(exist_ok=True)
    an_hour_ago = time.time() - 3700
    for path in [*old, young]:
        path.write_bytes(b"\x00" * 4096)
    for path in old:
        os.utime(path, (an_hour_ago, an_hour_ago))
    assert remove_leftovers(store) == 3
    assert not any(path.exists() for path in old)
    assert young.exists() and kept.is_dir()


def test_thumbnail_of_an_image_with_transparency(case, tmp_path):
    source = tmp_path / "logo.png"
    source.write_bytes(png_bytes((1000, 200), (0, 0, 0, 0), mode="RGBA"))
    info = attach(case.id, source)
    with Image.open(info.thumbnail) as thumb:
        assert thumb.size == (160, 32)


def test_audio_and_pdf_get_no_thumbnail(case, tmp_path):
    pdf = tmp_path / "letter.pdf"
    pdf.write_bytes(pdf_bytes())
    audio = tmp_path / "recording.amr"
    audio.write_bytes(amr_bytes())
    assert attach(case.id, pdf).thumbnail is None
    assert attach(case.id, audio).kind == "audio"


@pytest.mark.sqlite_only(reason="the data folder holds the bytes (a server keeps them in its database)")
def test_missing_blob_is_reported(case, tmp_path):
    source = tmp_path / "a.jpg"
    source.write_bytes(jpeg_bytes())
    info = attach(case.id, source)
    blob_store().path_for(info.sha256).unlink()
    assert list_attachments(case.id)[0].available is False
    with pytest.raises(AttachmentError) as error:
        attachment_path(info.id)
    assert "missing" in str(error.value)


def test_a_blob_gone_from_the_server_is_reported(case, tmp_path, on_postgresql):
    if not on_postgresql:
        pytest.skip("needs a PostgreSQL server: DESK_TEST_DB=postgresql://... (.ci/run)")
    source = tmp_path / "a.jpg"
    source.write_bytes(jpeg_bytes())
    info = attach(case.id, source)
    blob_store().path_for(info.sha256).unlink()          # this PC's cache: fetched again
    assert attachment_path(info.id).read_bytes() == jpeg_bytes()
    assert blob_store().remove(info.sha256)               # gone from the server too
    assert list_attachments(case.id)[0].available is False
    with pytest.raises(AttachmentError) as error:
        attachment_path(info.id)
    assert "missing from the database server" in str(error.value)


def test_export_copies_the_bytes(case, tmp_path):
    source = tmp_path / "a.jpg"
    source.write_bytes(jpeg_bytes())
    info = attach(case.id, source)
    target = blob_store().export(info.sha256, tmp_path / "out.jpg")
    assert target.read_bytes() == source.read_bytes()
