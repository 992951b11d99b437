"""Settings: the language of this PC, the database (this PC's file or a server) and (for
the administrator) after how many idle minutes Desk locks itself."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog

from desk import i18n
from desk.services.org.accounts import idle_lock_minutes
from desk.ui.access import session
from desk.ui.forms.ui_settings_dialog import Ui_SettingsDialog


class SettingsDialog(QDialog):
    """Pick the language (and the idle time); the caller applies them when accepted."""

    def __init__(self, parent=None, language: str | None = None):
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.ui.idleMinutes.setValue(idle_lock_minutes())
        session.allow(self.ui.idleMinutes, "change_setup")
        for code in i18n.LANGUAGES:
            self.ui.languageCombo.addItem(i18n.LANGUAGE_NAMES[code], code)
        index = self.ui.languageCombo.findData(language or i18n.current_language())
        self.ui.languageCombo.setCurrentIndex(max(index, 0))
        from desk.ui.shell.database_settings import DatabaseSection

        self.database = DatabaseSection(self)
        layout = self.layout()
        layout.insertWidget(layout.count() - 1, self.database)
        self.restart_needed = False
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 40)
        self.adjustSize()

    def accept(self) -> None:
        """Keep the database choice first; a choice that cannot be kept keeps the dialog
        open with the reason."""
        from desk.services.common.errors import user_message
        from desk.services.common.validation import ValidationError

        try:
            self.restart_needed = self.database.apply()
        except ValidationError as exc:
            self.database.form.say(" ".join(exc.errors.values()))
            return
        except Exception as exc:   # the credential store or the settings file refused
            self.database.form.say(user_message(exc))
            return
        super().accept()

    def idle_minutes(self) -> int:
        return self.ui.idleMinutes.value()

    def language(self) -> str:
        return self.ui.languageCombo.currentData()
