"""Writing a PDF or workbook the user asked for, even when that file is still open.

On Windows a file open in Excel or a PDF reader cannot be overwritten. Desk then leaves it
alone and writes ``name (2).pdf`` (the next free number, as Windows names copies) and
says so. The new file is written under a temporary name in the same folder first and
moved into place once complete, so a failed write never leaves half a file behind.
"""
from __future__ import annotations

import errno
import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from desk.i18n import _

MAX_ALTERNATIVES = 50


@dataclass(frozen=True)
class Output:
    path: Path        # where the file was written
    wanted: Path      # where it was asked for; differs when that file was in use

    @property
    def renamed(self) -> bool:
        return self.path != self.wanted

    def message(self) -> str:
        """What to tell the user: where the file is, and why if not where asked."""
        if self.renamed:
            return _("{wanted} is open in another program or cannot be replaced; "
                     "written to {path} instead.").format(wanted=self.wanted, path=self.path)
        return _("Written: {path}").format(path=self.path)


def alternative(path: Path, number: int) -> Path:
    """``report.xlsx`` -> ``report (2).xlsx``."""
    return path.with_name(f"{path.stem} ({number}){path.suffix}")


def is_blocked(path: Path) -> bool:
    """True when ``path`` exists and cannot be replaced now: a folder of that name, a
    read-only file, or a file another program holds open (Excel on Windows)."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return False
    except OSError:
        return True
    if stat.S_ISDIR(info.st_mode) or not info.st_mode & stat.S_IWRITE:
        return True
    try:
        with open(path, "r+b"):
            pass
    except OSError:
        return True
    return False


def candidates(wanted: Path):
    yield wanted
    for number in range(2, MAX_ALTERNATIVES + 2):
        yield alternative(wanted, number)


def safe_output_path(path: Path | str) -> Path:
    """``path`` if it can be written now, else the first free ``name (N).ext`` beside it."""
    wanted = Path(path)
    for target in candidates(wanted):
        if target == wanted and not is_blocked(target):
            return target
        if target != wanted and not target.exists():
            return target
    raise PermissionError(13, _("No free file name next to this file."), str(wanted))


def write_with_fallback(path: Path | str, write: Callable[[Path], object]) -> Output:
    """Call ``write(temp_path)`` to make the file, then move it to ``path`` or, when that
    file is in use, to the next free ``name (N).ext``. Errors other than a file in use
    (a folder that cannot be written, a full disk) are raised as they are."""
    wanted = Path(path)
    if wanted.is_dir():   # not a file that is open elsewhere: the user named a folder
        raise IsADirectoryError(errno.EISDIR, "Is a directory", str(wanted))
    wanted.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=".desk-", suffix=wanted.suffix,
                                         dir=wanted.parent)
    os.close(handle)
    temp = Path(temp_name)
    try:
        write(temp)
        for target in candidates(wanted):
            if target != wanted and target.exists():
                continue          # an earlier copy: leave it
            if is_blocked(target):
                continue
            try:
                os.replace(temp, target)
            except (PermissionError, IsADirectoryError):
                if not target.exists():
                    raise         # the folder itself refuses: say so
                continue          # locked between the check and the move
            return Output(target, wanted)
        raise PermissionError(13, _("No free file name next to this file."), str(wanted))
    finally:
        if temp.exists():
            temp.unlink()
