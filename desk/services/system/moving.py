"""Moving a desk's database: ``desk copy --to URL`` copies the open database, every
record, attachment, history and number, into an empty one (this PC's file to the shared
server, or back) and checks the copy."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from desk import paths
from desk.store.transfer import CopyReport, copy_database


def copy_to(target: str, password: str | None = None,
            progress: Callable[[str, int, int], None] | None = None) -> CopyReport:
    """Copy the open database into the empty database ``target`` (a URL or a file path)
    and check counts and a sample of records; the attachment files of this PC's data
    folder go with it to a server, and a server's come into it."""
    from desk.services.system.startup import resolve_url

    url = resolve_url(target)
    files = paths.attachments_dir()
    return copy_database(url, source_files=files, target_files=files, password=password,
                         progress=progress)


def copied_files_folder() -> Path:
    return paths.attachments_dir()
