"""The translation catalogue: complete, consistent with the source, and loadable by Qt."""
from __future__ import annotations

import ast
import importlib.util
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desk import i18n
from tests.ui.test_forms_compiled import uic_command

ROOT = Path(__file__).resolve().parent.parent


def _load_tool():
    name = "desk_tools_i18n"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


def test_catalogue_is_complete_and_compiled():
    problems = tool.check(ROOT)
    assert not problems, (
        f"{len(problems)} catalogue problem(s); run tools/i18n.py update, translate, "
        "compile (see tools/i18n_glossary.md):\n" + "\n".join(problems))


def test_ts_files_are_in_the_tools_canonical_form():
    for lang in tool.LANGS:
        path = tool.ts_file(lang, ROOT)
        assert path.read_text(encoding="utf-8") == tool.render_ts(lang, tool.read_ts(path))


def test_code_context_matches_the_runtime():
    assert tool.CODE_CONTEXT == i18n.CODE_CONTEXT


@pytest.mark.parametrize("lang, expected", [("zh_CN", "电话"), ("zh_TW", "電話"), ("en", "Phone")])
def test_translate_known_string(lang, expected):
    assert i18n.translate("Phone", lang) == expected
    i18n.set_language(lang)
    assert i18n._("Phone") == expected


def test_translate_keeps_placeholders():
    text = i18n.translate("Database error: {error}", "zh_CN")
    assert text != "Database error: {error}"
    assert text.format(error="X").count("X") == 1


def test_unknown_text_falls_back_to_english():
    assert i18n.translate("No such message \u2603", "zh_CN") == "No such message \u2603"


@pytest.mark.parametrize("name, lang", [
    ("zh_HK", "zh_TW"), ("zh_TW", "zh_TW"), ("zh-Hant-TW", "zh_TW"), ("zh_MO", "zh_TW"),
    ("zh_SG", "zh_CN"), ("zh_CN.UTF-8", "zh_CN"), ("zh", "zh_CN"),
    ("en_US", "en"), ("en_GB.UTF-8", "en"), ("fr_FR", "zh_CN"), ("", "zh_CN"), (None, "zh_CN"),
])
def test_normalise_language(name, lang):
    assert i18n.normalise_language(name) == lang


@pytest.mark.parametrize("lang", tool.LANGS)
def test_qm_loads_into_qtranslator(qapp, lang):
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(i18n.qm_path(lang)))
    assert translator.translate("Desk", "Phone") == i18n.translate("Phone", lang)
    forms = list((ROOT / "forms").glob("*.ui"))
    if not forms:
        return
    table = tool.read_ts(tool.ts_file(lang, ROOT))
    form_messages = [m for m in table.values() if m.context != tool.CODE_CONTEXT]
    assert form_messages, "forms exist but the catalogue has none of their strings"
    message = form_messages[0]
    got = translator.translate(message.context, message.source, message.comment or None)
    assert got == message.translation


# ---------------------------------------------------------------- the tool itself

def test_extract_python_literals_only(tmp_path):
    (tmp_path / "desk" / "ui").mkdir(parents=True)
    (tmp_path / "forms").mkdir()
    (tmp_path / "desk" / "a.py").write_text(textwrap.dedent('''
        from desk import i18n
        from desk.i18n import _, N_
        A = N_("Marked")
        B = _("Joined "
              "text {x}")
        C = i18n._("Through the module")
        D = _(A)
        E = _(f"bad {A}")
        F = _("bad {x}".format(x=1))
        G = _("")
    '''), encoding="utf-8")
    (tmp_path / "desk" / "ui" / "ui_gen.py").write_text('_("Generated")\n', encoding="utf-8")
    found, problems = tool.extract(tmp_path)
    assert sorted(source for _ctx, source, _c in found) == [
        "Joined text {x}", "Marked", "Through the module"]
    assert all(ctx == "Desk" for ctx, _s, _c in found)
    assert len(problems) == 2 and all("desk/a.py" in p for p in problems)


FORM = """<?xml version="1.0" encoding="UTF-8"?>
<ui version="4.0">
 <class>SampleForm</class>
 <widget class="QWidget" name="SampleForm">
  <property name="windowTitle"><string>Sample &amp; title</string></property>
  <property name="extra" stdset="0"><stringlist><string>One</string></stringlist></property>
  <property name="hidden" stdset="0">
   <stringlist notr="true"><string>Skip</string></stringlist>
  </property>
  <layout class="QVBoxLayout" name="layout">
   <item>
    <widget class="QLabel" name="label">
     <property name="text"><string comment="label">Name:</string></property>
     <property name="toolTip"><string notr="true">not translated</string></property>
     <property name="statusTip"><string/></property>
    </widget>
   </item>
  </layout>
 </widget>
 <resources/>
 <connections/>
</ui>
"""


def _uic_translate_calls(ui_file: Path) -> set[tuple[str, str, str]]:
    code = subprocess.run([*uic_command(), str(ui_file)], check=True, capture_output=True,
                          text=True).stdout
    calls = set()
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "translate":
            ctx, source, comment = (a.value for a in node.args[:3])
            calls.add((ctx, source, comment or ""))
    return calls


def test_form_extraction_matches_uic(tmp_path):
    ui_file = tmp_path / "sample.ui"
    ui_file.write_text(FORM, encoding="utf-8")
    extracted = {m.key for m in tool.scan_form(ui_file, "forms/sample.ui")}
    assert extracted == _uic_translate_calls(ui_file)
    assert ("SampleForm", "Name:", "label") in extracted


def test_ts_round_trip_is_byte_stable(tmp_path):
    table = {}
    for message in (
            tool.Message("Desk", "Tom & \"Jerry\" <b>", translation="汤姆 & “杰瑞”", finished=True,
                         locations={"../../desk/a.py"}),
            tool.Message("Desk", "Two\nlines {n}"),
            tool.Message("Form", "Name:", comment="label", translation="姓名：", finished=True)):
        table[message.key] = message
    path = tmp_path / "x.ts"
    text = tool.render_ts("zh_CN", table)
    path.write_text(text, encoding="utf-8")
    again = tool.read_ts(path)
    assert tool.render_ts("zh_CN", again) == text
    assert again[("Desk", "Two\nlines {n}", "")].finished is False
    assert again[("Desk", "Tom & \"Jerry\" <b>", "")].translation == "汤姆 & “杰瑞”"


def test_placeholders_compare_names_not_order():
    assert tool.placeholders("{a} then {b}") == tool.placeholders("先{b}后{a}")
    assert tool.placeholders("{a}") != tool.placeholders("{b}")
    assert tool.placeholders("{{literal}} {a}") == ["{a}"]


def test_update_fill_and_zh_tw_derivation(tmp_path):
    pytest.importorskip("opencc", reason="deriving zh_TW needs OpenCC, the translators' extra: "
                                          "pip install -e '.[dev]'")
    (tmp_path / "desk").mkdir()
    (tmp_path / "forms").mkdir()
    (tmp_path / "desk" / "a.py").write_text(
        'from desk.i18n import _\n_("Phone")\n_("Saved {case_no}")\n', encoding="utf-8")
    tool.update(tmp_path, quiet=True)
    assert tool.untranslated("zh_CN", tmp_path) == {"Phone": "", "Saved {case_no}": ""}
    assert any("untranslated" in p for p in tool.check(tmp_path, qm=False))

    todo = tmp_path / "todo.json"
    todo.write_text('{"Phone": "电话", "Saved {case_no}": "已保存 {case_no}"}', encoding="utf-8")
    tool.fill("zh_CN", todo, tmp_path)
    tw = tool.read_ts(tool.ts_file("zh_TW", tmp_path))
    assert tw[("Desk", "Phone", "")].translation == "電話"
    assert tw[("Desk", "Phone", "")].finished
    assert tool.check(tmp_path, qm=False) == []

    # A changed zh_CN wording carries over to a derived zh_TW entry.
    todo.write_text('{"Phone": "联系电话"}', encoding="utf-8")
    tool.fill("zh_CN", todo, tmp_path)
    tw = tool.read_ts(tool.ts_file("zh_TW", tmp_path))
    assert tw[("Desk", "Phone", "")].translation == "聯絡電話"

    # Same input, same bytes; a string gone from the source leaves the catalogue.
    before = tool.ts_file("zh_TW", tmp_path).read_bytes()
    tool.update(tmp_path, quiet=True)
    assert tool.ts_file("zh_TW", tmp_path).read_bytes() == before
    (tmp_path / "desk" / "a.py").write_text('from desk.i18n import _\n_("Phone")\n',
                                            encoding="utf-8")
    tool.update(tmp_path, quiet=True)
    assert list(tool.read_ts(tool.ts_file("zh_CN", tmp_path))) == [("Desk", "Phone", "")]


def test_bad_placeholder_is_reported(tmp_path):
    (tmp_path / "desk").mkdir()
    (tmp_path / "forms").mkdir()
    (tmp_path / "desk" / "a.py").write_text('_("Saved {case_no}")\n', encoding="utf-8")
    message = tool.Message("Desk", "Saved {case_no}", translation="已保存 {编号}", finished=True)
    for lang in tool.LANGS:
        tool.write_ts(lang, {message.key: message}, tmp_path)
    problems = tool.check(tmp_path, qm=False)
    assert len(problems) == 2 and all("placeholders differ" in p for p in problems)


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW"])
def test_compiled_catalogue_reads_exactly_what_the_ts_file_says(lang):
    """translate() reads the .qm through its hash index; it must agree with the .ts."""
    from desk import i18n

    compiled = i18n._compiled(lang)
    assert compiled is not None
    expected = i18n._ts_catalogue(lang)
    assert compiled.table() == expected
    for (context, source), text in list(expected.items())[:200]:
        assert i18n.translate(source, lang, context) == text


@pytest.mark.parametrize("lang, review, sign_off", [("zh_CN", "查阅", "审核"),
                                                    ("zh_TW", "查閱", "審核")])
def test_the_daily_review_and_the_sign_off_have_words_of_their_own(lang, review, sign_off):
    """The operations manager reviews (查阅) the day's slips and signs a slip off (审核):
    two acts, two words, never swapped (the glossary's rule)."""
    table = tool.read_ts(tool.ts_file(lang, ROOT))
    wrong = []
    for message in table.values():
        source, text = message.source.lower(), message.translation or ""
        if "review" in source and "sign" not in source and sign_off in text:
            wrong.append((message.source, text))
        if "sign" in source and "review" not in source and review in text:
            wrong.append((message.source, text))
    assert not wrong, wrong
