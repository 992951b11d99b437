"""The bundled fonts are registered with Qt, the Extension B font last as a fallback."""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QApplication

from desk.ui.kit import fonts


def test_bundled_fonts_are_fallbacks_and_cover_extension_b(qtbot):
    app = QApplication.instance()
    before = QFont(app.font())
    try:
        assert "HanaMinB" in fonts.register_bundled_font()
        font = fonts.apply_app_font(app, "zh_CN")
        assert font.families()[-1] == "HanaMinB"
        assert QFontMetricsF(QFont("HanaMinB")).inFontUcs4(0x20BB7)  # 𠮷
        assert QFontMetricsF(QFont("HanaMinB")).inFontUcs4(0x20000)  # 𠀀
    finally:
        app.setFont(before)
