"""One translation catalogue for screens, documents, spreadsheets and the command line.

The catalogue is the Qt Linguist ``.ts`` files in ``resources/i18n``. Qt screens load the
compiled ``.qm`` files through ``QTranslator``; this module reads the same ``.ts`` files
without Qt so that services, documents and the CLI speak the same words.

Source strings are English. Mark a string with ``_()`` to translate it now, or ``N_()``
to mark it for the catalogue and translate it later with ``_()``/``translate()``.
"""
from __future__ import annotations

import locale
import os
import threading
import xml.etree.ElementTree as ET
from functools import lru_cache

from desk.paths import resource_path

LANGUAGES = ("zh_CN", "zh_TW", "en")
SOURCE_LANGUAGE = "en"
FALLBACK_LANGUAGE = "zh_CN"
#: Every language's name in its own words, for language pickers.
LANGUAGE_NAMES = {"zh_CN": "简体中文", "zh_TW": "繁體中文", "en": "English"}
CODE_CONTEXT = "Desk"

_state = threading.local()
_default_language = FALLBACK_LANGUAGE


def ts_path(lang: str):
    return resource_path("i18n", f"desk_{lang}.ts")


def qm_path(lang: str):
    return resource_path("i18n", f"desk_{lang}.qm")


@lru_cache(maxsize=None)
def catalogue(lang: str) -> dict[tuple[str, str], str]:
    """(context, source) -> translation for one language; empty for the source language."""
    if lang == SOURCE_LANGUAGE:
        return {}
    path = ts_path(lang)
    if not path.is_file():
        return {}
    table: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            node = message.find("translation")
            if node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if node.text:
                table[(name, source)] = node.text
    return table


def normalise_language(name: str | None) -> str:
    """Map a locale name (``zh_HK``, ``zh-Hant-TW``, ``en_US.UTF-8``...) to a language of ours."""
    if not name:
        return FALLBACK_LANGUAGE
    value = name.replace("-", "_").split(".")[0].lower()
    if value.startswith("zh"):
        if any(tag in value for tag in ("tw", "hk", "mo", "hant")):
            return "zh_TW"
        return "zh_CN"
    if value.startswith("en"):
        return "en"
    return FALLBACK_LANGUAGE


def system_language() -> str:
    env = os.environ.get("DESK_LANG")
    if env:
        return normalise_language(env)
    try:
        name = locale.getlocale()[0]
    except ValueError:
        name = None
    return normalise_language(name or os.environ.get("LANG"))


def set_language(lang: str) -> None:
    """Set the language for this process (all threads that have not chosen their own)."""
    global _default_language
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    _default_language = lang
    _state.lang = lang


def current_language() -> str:
    return getattr(_state, "lang", _default_language)


def translate(text: str, lang: str | None = None, context: str = CODE_CONTEXT) -> str:
    lang = lang or current_language()
    table = catalogue(lang)
    return table.get((context, text)) or table.get((CODE_CONTEXT, text)) or text


def _(text: str) -> str:
    return translate(text)


def N_(text: str) -> str:
    """Mark ``text`` for the catalogue without translating it now."""
    return text
