"""Per-user preferences of the desktop program (language, last user name, layout).

Kept in an INI file in the user data folder, so a test or a portable install that sets
``DESK_DATA_DIR`` gets its own preferences and never touches the real user's.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from desk import i18n, paths

FILE_NAME = "desk-settings.ini"


def app_settings() -> QSettings:
    return QSettings(str(paths.data_dir() / FILE_NAME), QSettings.Format.IniFormat)


def language() -> str:
    value = app_settings().value("language", "")
    if isinstance(value, str) and value in i18n.LANGUAGES:
        return value
    return i18n.system_language()


def set_language(lang: str) -> None:
    app_settings().setValue("language", lang)


def _saved_id(key: str) -> int | None:
    """A record id saved under ``key`` (``None``: none saved, or not an id)."""
    try:
        number = int(app_settings().value(key, ""))
    except (TypeError, ValueError):
        return None
    return number if number > 0 else None


def _save_id(key: str, record_id: int | None) -> None:
    settings = app_settings()
    if record_id:
        settings.setValue(key, int(record_id))
    else:
        settings.remove(key)


def desk_site_id() -> int | None:
    """The site this PC's desk belongs to (a PC setting; ``None``: not chosen)."""
    return _saved_id("site_id")


def set_desk_site_id(site_id: int | None) -> None:
    _save_id("site_id", site_id)


_every_site = False     # this session: an operations manager or the GM looks at all sites


def set_every_site(shown: bool) -> None:
    global _every_site
    _every_site = bool(shown)


def list_site_ids() -> list[int]:
    """The sites the case list and Today show: the desk's, or every one (``[]``)."""
    site = desk_site_id()
    return [] if _every_site or site is None else [site]


LAST_FOLDER_KEY = "files/lastFolder"


def last_folder(default: str | Path = "") -> str:
    """The folder a file dialog opens in: the last one a file was chosen or saved in (if
    it still exists), else ``default``."""
    value = app_settings().value(LAST_FOLDER_KEY, "")
    if isinstance(value, str) and value and Path(value).is_dir():
        return value
    return str(default)


def in_last_folder(name: str, default_folder: str | Path) -> str:
    """``name`` in the last folder used (else in ``default_folder``), for a save dialog."""
    return str(Path(last_folder(default_folder)) / name)


def remember_file(path: str | Path) -> None:
    """Remember the folder of a file the user chose or saved."""
    if path:
        app_settings().setValue(LAST_FOLDER_KEY, str(Path(path).parent))
