"""A full disk: one clear sentence, nothing half-written left behind, no save lost.

The tests run on a real 2 MB file system (tmpfs) mounted for the test; where mounting is
not permitted (not root, not Linux) they are skipped and say why.
"""
from __future__ import annotations

import datetime as dt
import errno
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desk.services.common.errors import user_message
from desk.store.errors import DiskFullError, StoreError

FULL = "The disk is full"


@pytest.fixture
def small_disk(tmp_path):
    mount = tmp_path / "small disk"
    mount.mkdir()
    if not sys.platform.startswith("linux") or not shutil.which("mount"):
        pytest.skip("a small file system is mounted with mount(8) on Linux only")
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if made.returncode != 0:
        pytest.skip(f"cannot mount a 2 MB tmpfs here (needs root): {made.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def fill(folder: Path, leave: int = 0) -> Path:
    """Fill the file system of ``folder`` up to ``leave`` bytes."""
    filler = folder / "filler.bin"
    with open(filler, "ab", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 4096)
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    if leave:
        with open(filler, "r+b") as handle:
            handle.truncate(max(0, filler.stat().st_size - leave))
    return filler


def test_saving_on_a_full_disk_says_so_and_keeps_every_earlier_save(small_disk, clock):
    from desk.services.cases.complaints import ComplaintInput, create_complaint
    from desk.services.org import organisation
    from desk.services.system.startup import open_store
    from desk.store.db import close_database

    db = small_disk / "desk.sqlite"
    open_store(str(db), backups=False, clock=clock)

    def make_input(**fields):
        return ComplaintInput(channel_id=organisation.channels()[0].id,
                              category_id=organisation.categories()[0].id,
                              complainant_name="张伟", phone="138 1234 5678", **fields)

    saved, failure = [], None
    filler = fill(small_disk, leave=96 * 1024)
    try:
        for n in range(400):
            try:
                saved.append(create_complaint(make_input(
                    description=f"第{n}次：" + "空调不制冷，" * 300), clock=clock).case_no)
            except Exception as exc:
                failure = exc
                break
        assert failure is not None, "the disk should have filled up"
        assert isinstance(failure, DiskFullError), repr(failure)
        message = user_message(failure)
        assert message.startswith(FULL) and "rollback" not in message
        filler.unlink()
        more = create_complaint(make_input(description="又来了"), clock=clock)   # space again: saving works
    finally:
        close_database()
    conn = sqlite3.connect(str(db))
    try:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        stored = {row[0] for row in conn.execute("select case_no from complaint")}
    finally:
        conn.close()
    assert set(saved) | {more.case_no} <= stored


def test_report_export_to_a_full_disk(store, closed_case, small_disk, recwarn):
    from desk.services import reports

    closed_case()
    fill(small_disk)
    period = reports.period_for("weekly", "2026-W48", False)
    with pytest.raises(OSError) as info:
        reports.export_report(period, small_disk / "周报.xlsx", "zh_CN")
    assert user_message(info.value).startswith(FULL)
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler.bin"]


def test_document_to_a_full_disk(store, closed_case, small_disk):
    from desk.services.casework import documents

    case = closed_case()
    fill(small_disk)
    from desk.services.common.output import write_with_fallback

    with pytest.raises(OSError) as info:
        write_with_fallback(small_disk / "slip.pdf",
                            lambda path: documents.render("slip", case.id, path, "zh_CN"))
    assert user_message(info.value).startswith(FULL)
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler.bin"]


@pytest.mark.sqlite_only(reason="SQLite's backup API (a server is backed up with pg_dump)")
def test_backup_to_a_full_folder_leaves_no_partial(store, closed_case, small_disk):
    from desk.services.system.startup import backup_now

    for _ in range(20):
        closed_case(description="空调不制冷，" * 400)
    fill(small_disk)
    with pytest.raises(StoreError) as info:
        backup_now(small_disk, dt.datetime(2026, 11, 26, 10, 0))
    assert str(info.value).startswith(FULL)
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler.bin"]
