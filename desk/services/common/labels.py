"""Codes and default names put into a document's language (a bilingual document's values
from a vocabulary are printed in both: "一般 Ordinary"; what people typed stays as typed)."""
from __future__ import annotations

from desk.i18n import translate


def value_lang(lang: str) -> str:
    """The language of the values in a document of ``lang``."""
    return "zh_CN" if lang == "bilingual" else lang


def label_in(table: dict, code, lang: str) -> str:
    """The label of ``code`` in ``table``, translated; an unknown code as it is."""
    text = table.get(code)
    return in_lang(text, lang) if text else ("" if code is None else str(code))


def in_lang(source: str, lang: str) -> str:
    """A catalogue string in ``lang``; bilingual gives "中文 English" (one if they agree)."""
    if lang != "bilingual":
        return translate(source, lang)
    chinese, english = translate(source, "zh_CN"), translate(source, "en")
    return chinese if chinese == english else f"{chinese} {english}"


def named_in(defaults: dict[str, str], row, lang: str) -> str:
    """The name of a category/channel ``row``, translated while it is still the default one
    (a name the organisation typed stays as typed)."""
    if row is None:
        return ""
    if row.code and defaults.get(row.code) == row.name:
        return in_lang(row.name, lang)
    return row.name
