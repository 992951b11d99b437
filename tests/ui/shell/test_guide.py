"""Help → User guide: the short guide in the program's language, from the resources."""
from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QMenu

from desk.ui.shell.guide import guide_text

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(clerk_window):
    return clerk_window


@pytest.mark.parametrize("lang", ["en", "zh_CN", "zh_TW"])
def test_the_guide_has_the_four_parts_in_every_language(lang):
    text = guide_text(lang)
    parts = re.findall(r"^## (.+)$", text, re.MULTILINE)
    assert len(parts) == 4, parts
    assert len(re.findall(r"^\d+\. ", text, re.MULTILINE)) >= 9
    if lang != "en":
        assert not re.search(r"[A-Za-z]{6,}", text.replace("Desk", "").replace("Ctrl", "")), \
            "English words left in the translated guide"
    assert ("两次" in text) if lang == "zh_CN" else True
    assert ("兩次" in text) if lang == "zh_TW" else True


def test_help_opens_the_guide_and_it_follows_the_language(qtbot, window):
    help_menu = window.findChild(QMenu, "menuHelp")
    names = [a.objectName() for a in help_menu.actions()]
    assert names.index("actionGuide") < names.index("actionAbout")
    assert window.guide.action.shortcut().toString() == "F1"
    window.guide.action.trigger()
    dialog = window.guide.dialog
    assert dialog.isVisible()
    assert "The two-date rule" in dialog.browser.toPlainText()
    window.switch_language("zh_TW")
    assert "兩次改期規則" in dialog.browser.toPlainText()
    assert window.guide.action.text() != "&User guide"
