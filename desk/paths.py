"""Where Desk finds its resources and keeps its data.

One helper for resources that works from a source checkout, an installed wheel and a
frozen (PyInstaller) build.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from desk import APP_NAME

_PACKAGE_DIR = Path(__file__).resolve().parent
_CHECKOUT_DIR = _PACKAGE_DIR.parent


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def _resources_root() -> Path:
    """Frozen: ``_MEIPASS/resources``; installed wheel: the package ``desk.resources``
    (``resources/`` is mapped to it); source checkout: ``resources/`` beside ``desk/``."""
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources"
    installed = _PACKAGE_DIR / "resources"
    if (installed / "fonts").is_dir():
        return installed
    checkout = _CHECKOUT_DIR / "resources"
    if (checkout / "fonts").is_dir():
        return checkout
    try:  # an editable install maps desk.resources without a folder of that name
        from importlib.resources import files

        return Path(str(files("desk.resources")))
    except (ImportError, TypeError):
        return installed


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource, e.g. ``resource_path("fonts", "x.ttf")``."""
    return _resources_root().joinpath(*parts)


def is_source_checkout() -> bool:
    return not is_frozen() and (_CHECKOUT_DIR / "pyproject.toml").is_file()


def data_dir() -> Path:
    """The user data folder (database, attachments, backups, logs). DESK_DATA_DIR overrides."""
    override = os.environ.get("DESK_DATA_DIR")
    if override:
        path = Path(override)
    else:
        import platformdirs  # only here: a data folder given (tests, portable) skips it

        path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / "desk.sqlite"


def backups_dir() -> Path:
    return data_dir() / "backups"


def logs_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def attachments_dir() -> Path:
    return data_dir() / "attachments"


def exports_dir() -> Path:
    """Default output folder: ``exports/`` in a checkout, Documents/Desk when installed."""
    override = os.environ.get("DESK_EXPORTS_DIR")
    if override:
        path = Path(override)
    elif is_source_checkout():
        path = _CHECKOUT_DIR / "exports"
    else:
        import platformdirs

        path = Path(platformdirs.user_documents_dir()) / APP_NAME
    path.mkdir(parents=True, exist_ok=True)
    return path


# Documents made to view or print (slips, letters, receipts) carry customers' names and
# numbers: they live in one folder per run, removed when the program closes; a folder an
# earlier run left behind (it was killed) goes at the next start once it is a day old.
_PRINTOUTS: list[Path] = []
PRINTOUTS_KEPT_HOURS = 24


def printouts_root() -> Path:
    return data_dir() / "printouts"


def printouts_dir() -> Path:
    """This run's folder for documents to view or print, made on first use."""
    root = printouts_root()
    if not _PRINTOUTS or _PRINTOUTS[0].parent != root or not _PRINTOUTS[0].is_dir():
        import tempfile

        root.mkdir(parents=True, exist_ok=True)
        _PRINTOUTS[:] = [Path(tempfile.mkdtemp(prefix="run-", dir=root))]
    return _PRINTOUTS[0]


def remove_printouts() -> None:
    """Remove this run's documents (a file a viewer still holds open stays until the next
    start's sweep)."""
    import shutil

    for folder in _PRINTOUTS:
        shutil.rmtree(folder, ignore_errors=True)
    _PRINTOUTS.clear()


def sweep_printouts(now: float | None = None) -> int:
    """Remove earlier runs' folders over a day old; returns how many went."""
    import shutil
    import time

    root = printouts_root()
    if not root.is_dir():
        return 0
    cutoff = (now if now is not None else time.time()) - PRINTOUTS_KEPT_HOURS * 3600
    gone = 0
    for folder in root.glob("run-*"):
        try:
            old = folder.stat().st_mtime < cutoff and folder not in _PRINTOUTS
        except OSError:
            continue
        if old:
            shutil.rmtree(folder, ignore_errors=True)
            gone += not folder.exists()
    return gone
