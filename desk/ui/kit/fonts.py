"""The bundled CJK fonts, so Chinese text never shows as boxes on a bare Windows install.

Droid Sans Fallback holds the common characters; HanaMinB the rare ideographs of CJK
Extension B and beyond (𠮷, 𠀀), which names really have. Both are last in the family list,
so Qt uses them for any character the fonts before them lack."""
from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desk.paths import resource_path

FONT_FILES = (("fonts", "DroidSansFallbackFull.ttf"), ("fonts", "HanaMinB.ttf"))
FALLBACK_FAMILIES = ("Droid Sans Fallback", "HanaMinB")
# Good-looking system CJK fonts, used first when the system has them.
PREFERRED_CJK = {
    "zh_CN": ("Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC",
              "Source Han Sans SC"),
    "zh_TW": ("Microsoft JhengHei UI", "Microsoft JhengHei", "PingFang TC",
              "Noto Sans CJK TC", "Source Han Sans TC"),
}
log = logging.getLogger("desk.ui")
_bundled: list[str] = []


def register_bundled_font() -> list[str]:
    """Add the bundled fonts to the application's font database (once); their families."""
    if _bundled:
        return list(_bundled)
    for parts in FONT_FILES:
        path = resource_path(*parts)
        if not path.is_file():
            log.warning("bundled font missing: %s", path)
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("bundled font could not be loaded: %s", path)
            continue
        _bundled.extend(QFontDatabase.applicationFontFamilies(font_id))
    return list(_bundled)


def family_list(base_family: str, lang: str) -> list[str]:
    """Families for the application font: the UI font first, then CJK fallbacks.

    Only families that exist are named (naming a missing family makes Qt warn).
    """
    available = set(QFontDatabase.families())
    families = [base_family]
    for name in PREFERRED_CJK.get(lang, PREFERRED_CJK["zh_CN"]):
        if name in available and name not in families:
            families.append(name)
            break
    for name in _bundled or FALLBACK_FAMILIES:
        if name in available and name not in families:
            families.append(name)
    return families


def apply_app_font(app: QApplication, lang: str) -> QFont:
    """Set the application font so that Chinese always has a glyph to show."""
    register_bundled_font()
    font = QFont(app.font())
    base = font.families()[0] if font.families() else font.family()
    font.setFamilies(family_list(base, lang))
    if font.pointSizeF() > 0 and font.pointSizeF() < 9:
        font.setPointSizeF(9)
    app.setFont(font)
    return font
