"""The administrator's accounts window: who may sign in, with which roles; a new account,
a first (or forgotten) password to be changed at the next sign-in, disabling."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.i18n import _
from desk.services.common.validation import ValidationError
from desk.services.org import accounts, organisation
from desk.services.org.permissions import role_label
from desk.ui.access import session
from desk.ui.kit.dialogs import ActionDialog, choice_items


def _password_field(dialog: ActionDialog, key: str, label: str) -> None:
    edit = dialog.add_text(key, label, accounts.MAX_LENGTH)
    edit.setEchoMode(QLineEdit.EchoMode.Password)


class AccountsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("accountsDialog")
        self.setWindowTitle(_("Accounts"))
        self.resize(760, 420)
        self.rows: list[accounts.Account] = []
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("accountsTable")
        self.table.setHorizontalHeaderLabels([_("User name"), _("Full name"), _("Roles"),
                                              _("Department"), _("State")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = self._button(row, "addAccountButton", _("Add account..."), self.add)
        self.password_button = self._button(row, "setPasswordButton", _("Set password..."),
                                            self.set_password)
        self.disable_button = self._button(row, "disableAccountButton", _("Disable"),
                                           self.toggle_active)
        row.addStretch(1)
        layout.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(_("Close"))
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.table.currentCellChanged.connect(lambda *_a: self._current_changed())
        self.refresh()

    def _button(self, row, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def refresh(self) -> None:
        self.rows = accounts.accounts()
        self.table.setRowCount(len(self.rows))
        for r, item in enumerate(self.rows):
            state = _("active") if item.active else _("disabled")
            if item.active and not item.has_password:
                state = _("no password yet")
            elif item.active and item.must_change:
                state = _("must choose a new password")
            for c, text in enumerate((item.user_name, item.full_name, item.roles_text(),
                                      item.department, state)):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self._current_changed()

    def current(self) -> accounts.Account | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _current_changed(self) -> None:
        chosen = self.current()
        session.allow(self.add_button, "accounts")
        session.allow(self.password_button, "accounts", chosen is not None)
        session.allow(self.disable_button, "accounts", chosen is not None)
        self.disable_button.setText(_("Enable") if chosen and not chosen.active
                                    else _("Disable"))

    def add(self) -> ActionDialog:
        def submit(v):
            if v["password"] != v["again"]:
                raise ValidationError({"again": _(
                    "The two passwords differ; type them again.")})
            return accounts.add_account(
                v["user_name"], v["role"], v["password"], session.acting_id(), v["full_name"],
                v["department"], admin=v["admin"], must_change=True)

        dialog = ActionDialog(self, _("Add account"), "addAccountDialog", submit, _("Add"),
                              _("The person chooses their own password at the first "
                                "sign-in."))
        dialog.add_text("user_name", _("User name:"), 40)
        dialog.add_text("full_name", _("Full name:"), 50)
        dialog.add_combo("role", _("Role:"), [(role_label(r), r) for r in accounts.ROLES])
        dialog.add_combo("department", _("Department:"), choice_items(
            organisation.departments(), _("(none)")))
        dialog.add_check("admin", _("Also the administrator (setup and accounts)"))
        _password_field(dialog, "password", _("First password:"))
        _password_field(dialog, "again", _("Password again:"))
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def set_password(self) -> ActionDialog | None:
        chosen = self.current()
        if chosen is None:
            return None

        def submit(v):
            if v["password"] != v["again"]:
                raise ValidationError({"again": _(
                    "The two passwords differ; type them again.")})
            accounts.set_password(chosen.user_name, v["password"], session.acting_id(),
                                  must_change=True)

        dialog = ActionDialog(self, _("Set password"), "setPasswordDialog", submit, _("Save"),
                              _("{name} chooses their own password at the next sign-in.")
                              .format(name=chosen.full_name))
        _password_field(dialog, "password", _("Password:"))
        _password_field(dialog, "again", _("Password again:"))
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def toggle_active(self) -> None:
        chosen = self.current()
        if chosen is None:
            return
        try:
            accounts.set_active(chosen.user_name, not chosen.active, session.acting_id())
        except ValidationError as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, _("Accounts"), str(exc))
        self.refresh()
