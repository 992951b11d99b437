"""Signing in: the dialog Desk opens on (and shows as the lock screen), the new password
asked at a first sign-in, and the first administrator of a new or upgraded database."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desk.i18n import _
from desk.services.common.clock import system_clock
from desk.services.common.errors import user_message
from desk.services.common.validation import ValidationError
from desk.services.org import accounts
from desk.ui.kit import preferences
from desk.ui.kit.styles import ERROR_STYLE
from desk.ui.kit.widgets import dialog_frame

LAST_USER_KEY = "signIn/lastUserName"


def _line(parent: QWidget, name: str, secret: bool = False) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setMaxLength(accounts.MAX_LENGTH if secret else 40)
    if secret:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class _Form(QDialog):
    """A titled form with an error line and one main button."""

    def __init__(self, parent: QWidget | None, object_name: str):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setMinimumWidth(380)
        self.intro, self.form, self.error, self.buttons = dialog_frame(
            self, "error", ERROR_STYLE)

    def add_buttons(self, ok_text: str, cancel_text: str) -> None:
        """The main button (``okButton``, runs ``save``) and the one that closes the dialog."""
        ok = self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("okButton")
        ok.setText(ok_text)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(cancel_text)
        ok.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))


class SignInDialog(_Form):
    """User name and password; accepted with ``account`` set. As the lock screen
    (``locked``) it names who locked it and anyone may sign in; it cannot be dismissed."""

    def __init__(self, parent: QWidget | None = None, locked_by: str = "", clock=system_clock):
        super().__init__(parent, "signInDialog")
        self.clock, self.locked_by = clock, locked_by
        self.account: accounts.Account | None = None
        self.userName = _line(self, "userName")
        self.password = _line(self, "password", secret=True)
        self.user_label, self.password_label = QLabel(self), QLabel(self)
        self.form.addRow(self.user_label, self.userName)
        self.form.addRow(self.password_label, self.password)
        self.signInButton = QPushButton(self)
        self.signInButton.setObjectName("signInButton")
        self.signInButton.setDefault(True)
        self.buttons.addButton(self.signInButton, QDialogButtonBox.ButtonRole.AcceptRole)
        self.quitButton = QPushButton(self)
        self.quitButton.setObjectName("quitButton")
        self.buttons.addButton(self.quitButton, QDialogButtonBox.ButtonRole.RejectRole)
        self.signInButton.clicked.connect(self.try_sign_in)
        self.quitButton.clicked.connect(self.reject)
        last = preferences.app_settings().value(LAST_USER_KEY, "")
        self.userName.setText(last if isinstance(last, str) else "")
        (self.password if self.userName.text() else self.userName).setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(_("Desk is locked") if self.locked_by else _("Sign in to Desk"))
        self.intro.setText(_("Locked by {name}. {name} or another person may sign in.").format(
            name=self.locked_by) if self.locked_by else _(
            "Sign in with your user name and password."))
        self.user_label.setText(_("User name:"))
        self.password_label.setText(_("Password:"))
        self.signInButton.setText(_("Sign in"))
        self.quitButton.setText(_("Quit Desk"))

    def try_sign_in(self) -> None:
        try:
            account = accounts.sign_in(self.userName.text(), self.password.text(), self.clock)
        except ValidationError as exc:
            self.password.clear()
            self.password.setFocus()
            self.show_error(str(exc))
            return
        except Exception as exc:   # the database is gone, locked...: say so
            self.show_error(user_message(exc))
            return
        self.password.clear()
        if account.must_change:
            change = ChangePasswordDialog(self, account)
            if change.exec() != QDialog.DialogCode.Accepted:
                self.show_error(_("Choose your own password to go on."))
                return
            account = accounts.account(account.id)
        preferences.app_settings().setValue(LAST_USER_KEY, account.user_name)
        self.account = account
        self.accept()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.locked_by:
            return    # the lock screen stays until someone signs in
        super().keyPressEvent(event)


class ChangePasswordDialog(_Form):
    """The person's own new password (at the first sign-in, or when they want one)."""

    def __init__(self, parent: QWidget | None, account: accounts.Account):
        super().__init__(parent, "changePasswordDialog")
        self.account = account
        self.old = _line(self, "oldPassword", True)
        self.new = _line(self, "newPassword", True)
        self.again = _line(self, "repeatPassword", True)
        self.setWindowTitle(_("Choose your password"))
        self.intro.setText(_("{name}, choose your own password (at least {count} "
                             "characters).").format(name=account.full_name,
                                                    count=accounts.MIN_LENGTH))
        self.form.addRow(_("Current password:"), self.old)
        self.form.addRow(_("New password:"), self.new)
        self.form.addRow(_("New password again:"), self.again)
        self.add_buttons(_("Save password"), _("Cancel"))

    def save(self) -> None:
        if self.new.text() != self.again.text():
            self.show_error(_("The two new passwords differ; type them again."))
            return
        try:
            accounts.change_own_password(self.account.id, self.old.text(), self.new.text())
        except ValidationError as exc:
            self.show_error(str(exc))
            return
        self.accept()


class AdministratorDialog(_Form):
    """No administrator can sign in yet: name one (an existing member of staff, or a new
    account) and give them a password."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, "administratorDialog")
        self.staff_id: int | None = None
        self.who = QComboBox(self)
        self.who.setObjectName("staffCombo")
        self.who.addItem(_("A new account"), None)
        for item in accounts.accounts(include_inactive=False):
            self.who.addItem(f"{item.full_name} · {item.roles_text()}", item.id)
        self.userName = _line(self, "userName")
        self.fullName = _line(self, "fullName")
        self.fullName.setMaxLength(50)
        self.password = _line(self, "password", True)
        self.again = _line(self, "repeatPassword", True)
        self.setWindowTitle(_("The administrator"))
        self.intro.setText(_(
            "Desk needs an administrator, who sets up the organisation and the accounts and "
            "gives everyone else their first password. Who is it?"))
        self.form.addRow(_("Person:"), self.who)
        self.form.addRow(_("User name:"), self.userName)
        self.form.addRow(_("Full name:"), self.fullName)
        self.form.addRow(_("Password:"), self.password)
        self.form.addRow(_("Password again:"), self.again)
        self.who.setVisible(self.who.count() > 1)
        self.form.labelForField(self.who).setVisible(self.who.count() > 1)
        self.who.currentIndexChanged.connect(self._picked)
        self.add_buttons(_("Make administrator"), _("Quit Desk"))

    def _picked(self) -> None:
        chosen = self.who.currentData()
        item = accounts.account(chosen) if chosen else None
        self.userName.setText(item.user_name if item else "")
        self.fullName.setText(item.full_name if item else "")

    def save(self) -> None:
        if self.password.text() != self.again.text():
            self.show_error(_("The two passwords differ; type them again."))
            return
        try:
            self.staff_id = accounts.make_administrator(
                self.who.currentData(), self.userName.text(), self.fullName.text(),
                self.password.text())
        except ValidationError as exc:
            self.show_error(str(exc))
            return
        preferences.app_settings().setValue(LAST_USER_KEY, self.userName.text().strip())
        self.accept()
