"""Settings: the operator on duty, the language and the database (this PC's file or a
server); and the start-up question who is on duty."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from desk import i18n
from desk.i18n import _
from desk.services.org import organisation
from desk.ui.forms.ui_settings_dialog import Ui_SettingsDialog


def fill_operators(combo: QComboBox, selected: int | None, with_none: bool = True) -> None:
    combo.clear()
    if with_none:
        combo.addItem(_("(nobody chosen)"), None)
    for choice in organisation.staff():
        combo.addItem(choice.label, choice.id)
    index = combo.findData(selected) if selected else -1
    combo.setCurrentIndex(index if index >= 0 else 0)


class SettingsDialog(QDialog):
    """Pick operator and language; the caller applies them when the dialog is accepted."""

    def __init__(self, parent=None, operator_id: int | None = None,
                 language: str | None = None):
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        fill_operators(self.ui.operatorCombo, operator_id)
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

    def operator_id(self) -> int | None:
        return self.ui.operatorCombo.currentData()

    def language(self) -> str:
        return self.ui.languageCombo.currentData()


class OperatorDialog(QDialog):
    """Asked at start-up when nobody (or somebody no longer active) is on duty."""

    def __init__(self, parent=None, selected: int | None = None):
        super().__init__(parent)
        self.setObjectName("operatorDialog")
        self.setWindowTitle(_("Who is on duty?"))
        layout = QVBoxLayout(self)
        text = QLabel(_("Choose the person working at this desk. Complaints and changes "
                        "are recorded under this name."), self)
        text.setWordWrap(True)
        layout.addWidget(text)
        self.combo = QComboBox(self)
        self.combo.setObjectName("operatorCombo")
        fill_operators(self.combo, selected, with_none=False)
        layout.addWidget(self.combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_("Not now"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 30)

    def operator_id(self) -> int | None:
        return self.combo.currentData()
