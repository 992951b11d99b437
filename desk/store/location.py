"""Refuse database files on network shares.

SQLite's locking is unreliable over SMB/CIFS and NFS, so a database there can be corrupted
when two PCs write at once. Several desks will share a database through a server instead.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from desk.i18n import _
from desk.store.errors import NetworkShareError

NETWORK_FS_TYPES = {"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afs",
                    "fuse.sshfs", "sshfs", "9p", "ncpfs", "davfs", "fuse.davfs2", "glusterfs",
                    "fuse.glusterfs", "ceph", "fuse.ceph", "fuse.ceph-fuse", "fuse.cephfs",
                    "fuse.s3fs", "fuse.rclone", "fuse.gcsfuse", "fuse.goofys",
                    "fuse.smbnetfs", "fuse.curlftpfs", "fuse.juicefs", "fuse.mfs",
                    "lustre", "gpfs", "beegfs", "orangefs", "ocfs2", "gfs2"}


def _is_unc(text: str) -> bool:
    return text.startswith("\\\\") or text.startswith("//")


def _windows_drive_is_remote(path: Path) -> bool:  # pragma: no cover - Windows only
    import ctypes

    drive = os.path.splitdrive(str(path))[0]
    if not drive:
        return False
    DRIVE_REMOTE = 4
    return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE


def _mount_fs_type(path: Path, mounts_file: str = "/proc/mounts") -> str | None:
    """File-system type of the mount that holds ``path`` (Linux)."""
    try:
        with open(mounts_file, encoding="utf-8", errors="replace") as handle:
            entries = [line.split() for line in handle if line.strip()]
    except OSError:
        return None
    target = str(path)
    best, best_type = "", None
    for entry in entries:
        if len(entry) < 3:
            continue
        mount_point = entry[1].replace("\\040", " ")
        if (target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
                or mount_point == "/") and len(mount_point) >= len(best):
            best, best_type = mount_point, entry[2]
    return best_type


def is_network_path(path: Path | str, mounts_file: str = "/proc/mounts") -> bool:
    text = str(path)
    if _is_unc(text):
        return True
    # resolve(): a symlink (or a symlinked folder) pointing onto a share is a share
    resolved = Path(text).expanduser().resolve()
    if sys.platform == "win32":  # pragma: no cover - Windows only
        return _is_unc(str(resolved)) or _windows_drive_is_remote(resolved)
    fs_type = _mount_fs_type(resolved, mounts_file)
    return bool(fs_type) and fs_type.lower() in NETWORK_FS_TYPES


def check_local_path(path: Path | str) -> None:
    if is_network_path(path):
        raise NetworkShareError(_(
            "The database {path} is on a network share. SQLite files can be damaged when "
            "they are used over a network; keep the database on this PC's own disk "
            "(the default data folder), or connect all desks to a shared database server."
        ).format(path=path))
