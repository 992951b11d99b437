"""Settings > Database: this PC's own file, or a shared PostgreSQL server (host, port,
database, user, password, TLS on by default) with a Test button; and the welcome's "Join
a server" dialog. The password goes to the credential store, never the settings file;
the connection is tried off the UI thread (a server that is away takes seconds)."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk import paths
from desk.i18n import _
from desk.services.common.errors import user_message
from desk.services.common.validation import ValidationError
from desk.services.system import connection
from desk.ui.kit.styles import ERROR_STYLE, OK_STYLE
from desk.ui.kit.workers import run_in_thread

#: the code the event loop ends with to open the database chosen in Settings > Database
EXIT_SWITCH_DATABASE = 75


class _Switches(QObject):
    requested = Signal()


_switches: _Switches | None = None


def switch_requests() -> _Switches:
    """``requested`` is emitted as Desk leaves this database for the one just chosen."""
    global _switches
    if _switches is None:
        _switches = _Switches()
    return _switches


def switch_database() -> None:
    """Settings > Database chose another database: the running program's event loop
    ends with ``EXIT_SWITCH_DATABASE``, the window closes as when Desk quits, and the
    start opens the chosen database and asks who signs in (``desk.ui.shell.app``)."""
    switch_requests().requested.emit()


class ServerForm(QWidget):
    """The server's address and login, and a Test button with its answer below."""

    def __init__(self, parent=None, choice: connection.ServerChoice | None = None):
        super().__init__(parent)
        self.job = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.host = QLineEdit(self, objectName="serverHost", maxLength=253)
        self.port = QSpinBox(self, objectName="serverPort")
        self.port.setRange(1, 65535)
        self.database = QLineEdit(self, objectName="serverDatabase", maxLength=63)
        self.user = QLineEdit(self, objectName="serverUser", maxLength=63)
        self.password = QLineEdit(self, objectName="serverPassword", maxLength=200)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.tls = QCheckBox(self, objectName="serverTls")
        self.labels = [QLabel(self) for _n in range(5)]
        for label, field in zip(self.labels, (self.host, self.port, self.database, self.user,
                                              self.password)):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(self.tls)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.test_button = QPushButton(self, objectName="testButton")
        self.test_button.clicked.connect(self.test)
        row.addWidget(self.test_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.answer = QLabel(self, objectName="testAnswer")
        self.answer.setWordWrap(True)
        layout.addWidget(self.answer)
        chosen = choice or connection.ServerChoice(host="")
        self.host.setText(chosen.host)
        self.port.setValue(chosen.port)
        self.database.setText(chosen.database)
        self.user.setText(chosen.user)
        self.tls.setChecked(chosen.tls)
        if choice is not None:
            self.password.setText(connection.load_password(choice) or "")
        self.retranslate()

    def retranslate(self) -> None:
        for label, text in zip(self.labels, (_("Server:"), _("Port:"), _("Database:"),
                                             _("User:"), _("Password:"))):
            label.setText(text)
        self.host.setPlaceholderText(_("the server's name or address, e.g. deskdb"))
        self.tls.setText(_("Encrypt the connection (TLS)"))
        self.test_button.setText(_("Test"))

    def choice(self) -> connection.ServerChoice:
        """The form's server, checked (``ValidationError`` names each bad field)."""
        return connection.check_choice(connection.ServerChoice(
            self.host.text(), self.port.value(), self.database.text(), self.user.text(),
            self.tls.isChecked()))

    def say(self, text: str, ok: bool = False) -> None:
        self.answer.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.answer.setText(text)

    def test(self, then=None) -> None:
        """Try the connection on a pool thread; ``then(ok)`` after the answer is shown."""
        if self.job is not None:
            return
        try:
            choice = self.choice()
        except ValidationError as exc:
            self.say(" ".join(exc.errors.values()))
            return
        self.test_button.setEnabled(False)
        self.say(_("Connecting…"), ok=True)

        def done(text):
            self.job = None
            self.test_button.setEnabled(True)
            self.say(text, ok=True)
            if then:
                then(True)

        def failed(exc):
            self.job = None
            self.test_button.setEnabled(True)
            self.say(user_message(exc))
            if then:
                then(False)

        self.job = run_in_thread(connection.test_connection, choice, self.password.text(),
                                 on_result=done, on_error=failed)

    def keep(self) -> connection.ServerChoice:
        """Save the choice and the password (``ValidationError``/``StoreError`` as one
        sentence when they cannot be kept)."""
        choice = self.choice()
        connection.save_password(choice, self.password.text())
        connection.save_choice(choice)
        return choice


class DatabaseSection(QGroupBox):
    """Settings > Database."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("databaseSection")
        self.saved = connection.saved_choice()
        layout = QVBoxLayout(self)
        self.local = QRadioButton(self, objectName="localRadio")
        self.server = QRadioButton(self, objectName="serverRadio")
        group = QButtonGroup(self)
        group.addButton(self.local)
        group.addButton(self.server)
        layout.addWidget(self.local)
        self.local_path = QLabel(self, objectName="localPath")
        self.local_path.setWordWrap(True)
        self.local_path.setIndent(24)
        layout.addWidget(self.local_path)
        layout.addWidget(self.server)
        self.form = ServerForm(self, self.saved)
        layout.addWidget(self.form)
        self.note = QLabel(self, objectName="databaseNote")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        (self.server if self.saved else self.local).setChecked(True)
        self.server.toggled.connect(self.form.setEnabled)
        self.form.setEnabled(self.saved is not None)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(_("Database"))
        self.local.setText(_("This PC's own database file"))
        self.local_path.setText(str(paths.default_db_path()))
        self.server.setText(_("A server shared by all desks (PostgreSQL)"))
        self.note.setText(_("When you choose another database, Desk closes this one as you "
                            "press OK and opens the chosen one; everyone signs in again "
                            "there (its accounts are its own)."))
        self.form.retranslate()

    def apply(self) -> bool:
        """Keep what is chosen; ``True`` when it differs from before (Desk then switches)."""
        if self.local.isChecked():
            connection.save_choice(None)
            return self.saved is not None
        return self.form.keep() != self.saved


class JoinServerDialog(QDialog):
    """The welcome's "Join a server": accepted once the connection works and is kept."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("joinServerDialog")
        self.setWindowTitle(_("Join a server"))
        layout = QVBoxLayout(self)
        intro = QLabel(_("Your IT support gives you the server's name, the database and a "
                         "user; the password is kept in this computer's credential store."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form = ServerForm(self)
        layout.addWidget(self.form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_("Join"))
        self.buttons.accepted.connect(self.join)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 40)

    def join(self) -> None:
        self.form.test(then=self._tested)

    def _tested(self, ok: bool) -> None:
        if not ok:
            return
        try:
            self.form.keep()
        except (ValidationError, Exception) as exc:   # the credential store refused
            self.form.say(" ".join(exc.errors.values()) if isinstance(exc, ValidationError)
                          else user_message(exc))
            return
        self.accept()
