"""Network shares are found however the path reaches them: symlinks, FUSE file systems."""
from __future__ import annotations

import pytest

from desk.store.location import is_network_path


def mounts(tmp_path, mount_point, fs_type):
    table = tmp_path / "mounts"
    table.write_text(f"/dev/sda1 / ext4 rw 0 0\nserver:/share {mount_point} {fs_type} rw 0 0\n",
                     encoding="utf-8")
    return str(table)


@pytest.mark.parametrize("fs_type", ["fuse.glusterfs", "fuse.s3fs", "fuse.ceph", "ceph",
                                     "fuse.sshfs", "nfs4", "cifs", "fuse.rclone"])
def test_network_file_systems_are_recognised(tmp_path, fs_type):
    share = tmp_path / "share"
    share.mkdir()
    table = mounts(tmp_path, share, fs_type)
    assert is_network_path(share / "desk.sqlite", table)
    assert not is_network_path(tmp_path / "local" / "desk.sqlite", table)


def test_a_symlink_onto_a_share_is_a_share(tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    table = mounts(tmp_path, share, "fuse.glusterfs")
    link = tmp_path / "looks local"
    link.symlink_to(share, target_is_directory=True)
    assert is_network_path(link / "desk.sqlite", table)
    (tmp_path / "file link.sqlite").symlink_to(share / "desk.sqlite")
    assert is_network_path(tmp_path / "file link.sqlite", table)
