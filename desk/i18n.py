"""One translation catalogue for screens, documents, spreadsheets and the command line.

The catalogue is the Qt Linguist ``.ts`` files in ``resources/i18n``. Qt screens load the
compiled ``.qm`` files through ``QTranslator``; this module reads the same ``.qm`` files
without Qt (the ``.ts`` files when there is none) so that services, documents and the CLI
speak the same words.

Source strings are English. Mark a string with ``_()`` to translate it now, or ``N_()``
to mark it for the catalogue and translate it later with ``_()``/``translate()``.
"""
from __future__ import annotations

import locale
import os
import sys
import threading
from array import array
from bisect import bisect_left
from functools import cache

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


@cache
def catalogue(lang: str) -> dict[tuple[str, str], str]:
    """(context, source) -> translation for one language; empty for the source language."""
    if lang == SOURCE_LANGUAGE:
        return {}
    compiled = _compiled(lang)
    if compiled is not None:
        return compiled.table()
    return _ts_catalogue(lang)


def _ts_catalogue(lang: str) -> dict[tuple[str, str], str]:
    path = ts_path(lang)
    if not path.is_file():
        return {}
    import xml.etree.ElementTree as ET

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


QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_QM_HASHES, _QM_MESSAGES = 0x42, 0x69     # blocks of a .qm file
_END, _TRANSLATION, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 6, 7, 8   # fields of a message
_SIZED = (2, 3, 4, 6, 7, 8)              # fields with a length and bytes


def _elf_hash(data: bytes) -> int:
    """Qt's hash of a source text, the key of a ``.qm`` file's index."""
    h = 0
    for byte in data:
        h = ((h << 4) + byte) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= (g >> 24) ^ g     # (g's bits are set in h: this clears them)
    return h or 1


class CompiledCatalogue:
    """One language's ``.qm`` file (lrelease's output) read as QTranslator reads it: a
    string is found through the index of source-text hashes when it is first asked for.
    The window's start asks for some sixty of the thousand strings; parsing the whole
    ``.ts`` file for them took ~10 ms of every start in Chinese."""

    def __init__(self, data: bytes):
        if not data.startswith(QM_MAGIC):
            raise ValueError("not a compiled Qt translation file")
        blocks, pos = {}, len(QM_MAGIC)
        while pos + 5 <= len(data):
            size = int.from_bytes(data[pos + 1:pos + 5], "big")
            blocks[data[pos]] = (pos + 5, pos + 5 + size)
            pos += 5 + size
        if _QM_HASHES not in blocks or _QM_MESSAGES not in blocks:
            raise ValueError("a compiled Qt translation file without an index")
        start, stop = blocks[_QM_HASHES]
        index = array("I", data[start:stop])
        if sys.byteorder == "little":
            index.byteswap()
        self.data, self.base = data, blocks[_QM_MESSAGES][0]
        self.hashes, self.offsets = index[0::2], index[1::2]
        self.found: dict[tuple[str, str], str | None] = {}
        if self.offsets and _SOURCE not in self._message(self.offsets[0]):
            raise ValueError("compiled without the source texts")

    def _message(self, offset: int) -> dict[int, bytes]:
        data, pos, fields = self.data, self.base + offset, {}
        while True:
            tag = data[pos]
            if tag == _END:
                return fields
            if tag not in _SIZED:
                raise ValueError(f"unknown field {tag} in a compiled translation")
            size = int.from_bytes(data[pos + 1:pos + 5], "big")
            size = 0 if size == 0xFFFFFFFF else size
            fields.setdefault(tag, data[pos + 5:pos + 5 + size])
            pos += 5 + size

    def get(self, context: str, source: str) -> str | None:
        key = (context, source)
        if key not in self.found:   # (threads may both look: the same answer)
            try:
                self.found[key] = self._find(context.encode(), source.encode())
            except (ValueError, IndexError):   # a damaged file: untranslated, as in Qt
                self.found[key] = None
        return self.found[key]

    def _find(self, context: bytes, source: bytes) -> str | None:
        wanted = _elf_hash(source)
        number = bisect_left(self.hashes, wanted)
        while number < len(self.hashes) and self.hashes[number] == wanted:
            fields = self._message(self.offsets[number])
            if (fields.get(_SOURCE) == source and fields.get(_CONTEXT, b"") == context
                    and not fields.get(_COMMENT)):
                text = fields.get(_TRANSLATION)
                return text.decode("utf-16-be") if text else None
            number += 1
        return None

    def table(self) -> dict[tuple[str, str], str]:
        """Every translation: (context, source) -> translation."""
        table = {}
        for offset in self.offsets:
            fields = self._message(offset)
            if fields.get(_TRANSLATION) and not fields.get(_COMMENT):
                key = (fields.get(_CONTEXT, b"").decode(), fields.get(_SOURCE, b"").decode())
                table[key] = fields[_TRANSLATION].decode("utf-16-be")
        return table


@cache
def _compiled(lang: str) -> CompiledCatalogue | None:
    """The language's ``.qm`` file, or ``None`` (none there, or not one this reads)."""
    try:
        return CompiledCatalogue(qm_path(lang).read_bytes())
    except (OSError, ValueError, IndexError):
        return None


class _Table:
    """A catalogue read from a ``.ts`` file, asked like a ``CompiledCatalogue``."""

    def __init__(self, table: dict[tuple[str, str], str]):
        self.table = table

    def get(self, context: str, source: str) -> str | None:
        return self.table.get((context, source))


@cache
def _lookup(lang: str):
    """Where ``translate`` looks: the ``.qm`` file, else the ``.ts`` file."""
    if lang == SOURCE_LANGUAGE:
        return _Table({})
    return _compiled(lang) or _Table(_ts_catalogue(lang))


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
    table = _lookup(lang)
    return table.get(context, text) or table.get(CODE_CONTEXT, text) or text


def _(text: str) -> str:
    return translate(text)


def N_(text: str) -> str:
    """Mark ``text`` for the catalogue without translating it now."""
    return text
