"""Help → User guide: the short guide shipped in ``resources/guide`` (one Markdown file per
language), shown in a window of its own in the language of the program."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMainWindow, QTextBrowser, QVBoxLayout

from desk import i18n, paths
from desk.i18n import _
from desk.ui.kit.menus import MenuEntry
from desk.ui.kit.widgets import place_over


def guide_text(lang: str) -> str:
    """The guide in ``lang`` (English when it has none)."""
    for code in (lang, "en"):
        path = paths.resource_path("guide", f"guide_{code}.md")
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return ""


class GuideDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("guideDialog")
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideBrowser")
        self.browser.setOpenExternalLinks(False)
        layout.addWidget(self.browser)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.language = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(_("Desk user guide"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(_("Close"))
        if self.language != i18n.current_language():
            self.language = i18n.current_language()
            self.browser.setMarkdown(guide_text(self.language))


class GuideEntry(MenuEntry):
    """Installed on the main window: Help → User guide (F1)."""

    name = "actionGuide"

    def __init__(self, window: QMainWindow):
        super().__init__(window, window.ui.menuHelp, window.ui.actionAbout)
        self.action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)

    def text(self) -> str:
        return _("&User guide")

    def retranslate(self) -> None:
        super().retranslate()
        if self.dialog is not None:
            self.dialog.retranslate()

    def run(self) -> GuideDialog:
        if self.dialog is None:
            self.dialog = GuideDialog(self.window)
            place_over(self.dialog, self.window, 760, 640)
        self.dialog.show()
        self.dialog.activateWindow()
        return self.dialog
