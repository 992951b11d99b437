"""Qt translators: our ``desk_<lang>.qm`` for Designer forms, Qt's own for its dialogs.

Python code translates through ``desk.i18n``; switching language changes both at once.
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desk import i18n

log = logging.getLogger("desk.ui")
_installed: list[QTranslator] = []

QT_LOCALES = {"zh_CN": "zh_CN", "zh_TW": "zh_TW", "en": "en_US"}


def qt_translations_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def _load(path: Path) -> QTranslator | None:
    if not path.is_file():
        return None
    translator = QTranslator(QCoreApplication.instance())
    if not translator.load(str(path)):
        log.warning("translation file could not be loaded: %s", path)
        return None
    return translator


def remove_translators() -> None:
    app = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
        translator.deleteLater()


def install_language(lang: str) -> str:
    """Make ``lang`` the language of the whole program; returns the language used."""
    if lang not in i18n.LANGUAGES:
        lang = i18n.FALLBACK_LANGUAGE
    i18n.set_language(lang)
    QLocale.setDefault(QLocale(QT_LOCALES[lang]))
    app = QCoreApplication.instance()
    remove_translators()
    if app is None:
        return lang
    candidates = [Path(i18n.qm_path(lang))]
    if lang != i18n.SOURCE_LANGUAGE:
        candidates.append(qt_translations_dir() / f"qtbase_{lang}.qm")
    for path in candidates:
        translator = _load(path)
        if translator is not None and app.installTranslator(translator):
            _installed.append(translator)
    return lang


def installed_files() -> list[str]:
    """Paths of the translation files in use (for the About box and tests)."""
    return [t.filePath() for t in _installed]
