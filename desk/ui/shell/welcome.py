"""The first start on a new database: company name, the administrator, language, demo data
or an empty database, and where the data, backups and logs are kept."""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desk import i18n, paths
from desk.i18n import _
from desk.services.common.errors import user_message
from desk.services.common.validation import ValidationError, check_length
from desk.services.org import accounts, organisation
from desk.services.org.permissions import ADMIN
from desk.text import clean_text
from desk.ui.kit import fonts, preferences, translators
from desk.ui.kit.styles import ERROR_STYLE
from desk.ui.kit.workers import run_in_thread

log = logging.getLogger("desk.ui")
DONE_KEY = "welcome_done"
DEMO_CASES = 300


def is_new_database() -> bool:
    """No staff (not even inactive) and no company name: nobody has set this database up."""
    return (not organisation.staff(include_inactive=True)
            and not (organisation.get_setting("company_name") or "").strip())


def needed() -> bool:
    return not _truthy(preferences.app_settings().value(DONE_KEY, False)) and is_new_database()


def _truthy(value) -> bool:
    return value is True or str(value).lower() in ("true", "1")


def _fill_demo_in_thread(count: int, progress) -> int:
    """Runs on a pool thread (``run_in_thread`` closes its connection afterwards)."""
    from desk.services.system.demo import fill_demo

    return fill_demo(count, progress=progress)


class _Progress(QObject):
    changed = Signal(int, int)


class WelcomeDialog(QDialog):
    """Accepted once the answers are saved; ``operator_id()`` is the administrator it
    made, who is then signed in."""

    def __init__(self, parent: QWidget | None = None, store=None):
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self.store = store
        self.job = None
        self._operator: int | None = None
        self.progress_signal = _Progress(self)
        self.progress_signal.changed.connect(self._progress)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setObjectName("welcomeHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)

        form = QFormLayout()
        self.language = QComboBox(self)
        self.language.setObjectName("languageCombo")
        for code in i18n.LANGUAGES:
            self.language.addItem(i18n.LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current_language())))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.company = QLineEdit(self)
        self.company.setObjectName("companyEdit")
        self.company.setMaxLength(200)
        self.fullName = QLineEdit(self)
        self.fullName.setObjectName("fullName")
        self.fullName.setMaxLength(50)
        self.userName = QLineEdit(self)
        self.userName.setObjectName("userName")
        self.userName.setMaxLength(40)
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.again = QLineEdit(self)
        self.again.setObjectName("repeatPassword")
        for secret in (self.password, self.again):
            secret.setEchoMode(QLineEdit.EchoMode.Password)
            secret.setMaxLength(accounts.MAX_LENGTH)
        self.admin_fields = (self.fullName, self.userName, self.password, self.again)
        self.labels = [QLabel(self) for _n in range(6)]
        for label, field in zip(self.labels, (self.language, self.company) + self.admin_fields):
            label.setBuddy(field)
            form.addRow(label, field)
        layout.addLayout(form)

        self.start_box = QGroupBox(self)
        box_layout = QVBoxLayout(self.start_box)
        self.demo = QRadioButton(self.start_box)
        self.demo.setObjectName("demoRadio")
        self.empty = QRadioButton(self.start_box)
        self.empty.setObjectName("emptyRadio")
        self.empty.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.empty)
        group.addButton(self.demo)
        box_layout.addWidget(self.empty)
        box_layout.addWidget(self.demo)
        self.join_button = QPushButton(self.start_box)
        self.join_button.setObjectName("joinServerButton")
        self.join_button.clicked.connect(self.join_server)
        box_layout.addWidget(self.join_button)
        self.joined = False
        self.progress = QProgressBar(self.start_box)
        self.progress.setObjectName("demoProgress")
        self.progress.hide()
        box_layout.addWidget(self.progress)
        layout.addWidget(self.start_box)

        self.where_box = QGroupBox(self)
        self.where_box.setObjectName("dataPaths")
        where_layout = QFormLayout(self.where_box)
        self.where_rows: list[tuple[QLabel, QLabel]] = []
        for _row in range(4):
            name, path = QLabel(self.where_box), QLabel(self.where_box)
            path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            where_layout.addRow(name, path)
            self.where_rows.append((name, path))
        layout.addWidget(self.where_box)

        self.message = QLabel(self)
        self.message.setObjectName("welcomeMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(self)
        self.start_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setObjectName("startButton")
        self.start_button.setDefault(True)
        self.later_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.later_button.setObjectName("laterButton")
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 46)

    # --- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(_("Welcome to Desk"))
        self.heading.setText(_("Welcome to Desk"))
        self.intro.setText(_("A few questions before the first start. You can change all of "
                             "this later under Settings and Organisation."))
        for label, text in zip(self.labels, (_("Language:"), _("Company name:"),
                                             _("Administrator's name:"), _("User name:"),
                                             _("Password:"), _("Password again:"))):
            label.setText(text)
        self.company.setPlaceholderText(_("e.g. Galaxy Plaza Shopping Centre"))
        self.fullName.setPlaceholderText(_("You set up Desk and its accounts"))
        self.password.setPlaceholderText(_("At least {count} characters").format(
            count=accounts.MIN_LENGTH))
        self.start_box.setTitle(_("Start with"))
        self.empty.setText(_("Start on this PC: an empty database, for real work"))
        self.join_button.setText(_("Join a server shared by all desks…"))
        self.demo.setText(_("Demo data: {count} example cases to try Desk out").format(
            count=DEMO_CASES))
        self.where_box.setTitle(_("Where your data is kept"))
        for (name, path), (label, where) in zip(self.where_rows, self.locations()):
            name.setText(label)
            path.setText(where)
        self.start_button.setText(_("Start"))
        self.later_button.setText(_("Later"))

    def where_text(self) -> str:
        """The folders shown, one "label path" a line (for tests and copying)."""
        return "\n".join(f"{name.text()} {path.text()}" for name, path in self.where_rows)

    def locations(self) -> list[tuple[str, str]]:
        database = self.store.path if self.store is not None and self.store.path else (
            self.store.url if self.store is not None else paths.default_db_path())
        backups = (self.store.path.parent if self.store is not None and self.store.path
                   else paths.data_dir()) / "backups"
        return [(_("Database:"), str(database)), (_("Backups:"), str(backups)),
                (_("Log files:"), str(paths.logs_dir())),
                (_("Exported files:"), str(paths.exports_dir()))]

    def _language_changed(self) -> None:
        lang = translators.install_language(self.language.currentData())
        preferences.set_language(lang)
        app = QApplication.instance()
        if app is not None:
            fonts.apply_app_font(app, lang)
        self.retranslate()

    # --- answers -------------------------------------------------------------------------
    def operator_id(self) -> int | None:
        return self._operator

    def start(self) -> None:
        """Check the answers, fill the demo data if asked (off the UI thread), save."""
        if self.job is not None:
            return
        errors: dict[str, str] = {}
        check_length(errors, "name", clean_text(self.company.text()), _("Company name"))
        if not clean_text(self.userName.text()):
            errors["user_name"] = _("Give the administrator a user name.")
        elif self.password.text() != self.again.text():
            errors["password"] = _("The two passwords differ; type them again.")
        else:
            try:
                accounts.check_password(self.password.text())
            except ValidationError as exc:
                errors.update(exc.errors)
        if errors:
            self._say("\n".join(errors.values()))
            return
        if not self.demo.isChecked():
            self._finish()
            return
        self._busy(True)
        self.job = run_in_thread(_fill_demo_in_thread, DEMO_CASES,
                                 self.progress_signal.changed.emit,
                                 on_result=self._demo_done, on_error=self._demo_failed)

    def join_server(self) -> None:
        """Work on a shared server instead: once its connection works and is kept, the
        welcome closes and Desk opens the server."""
        from desk.ui.shell.database_settings import JoinServerDialog

        dialog = JoinServerDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.joined = True
            self.accept()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))

    def _busy(self, busy: bool) -> None:
        for widget in (self.start_button, self.later_button, self.demo, self.empty,
                       self.company, self.language, *self.admin_fields):
            widget.setEnabled(not busy)
        self.progress.setRange(0, 0)
        self.progress.setVisible(busy)
        self._say(_("Filling in the demo data…") if busy else "", error=False)

    def _demo_done(self, _count) -> None:
        self.job = None
        self._busy(False)
        self._finish()

    def _demo_failed(self, exc: Exception) -> None:
        self.job = None
        self._busy(False)
        log.error("demo data failed: %r", exc)
        self._say(_("The demo data could not be added: {error}").format(
            error=user_message(exc)))

    def _finish(self) -> None:
        company = clean_text(self.company.text())
        try:
            if company:
                organisation.set_setting("company_name", company)
            if self._operator is None:   # (not again after a failed second step)
                self._operator = accounts.add_account(
                    self.userName.text(), ADMIN, self.password.text(), None,
                    self.fullName.text())
        except ValidationError as exc:
            self._say("\n".join(exc.errors.values()))
            return
        except Exception as exc:  # database trouble: say so, keep the dialog open
            log.exception("first-run answers could not be saved")
            self._say(user_message(exc))
            return
        settings = preferences.app_settings()
        settings.setValue(DONE_KEY, True)
        preferences.set_language(i18n.current_language())
        self.password.clear()
        self.again.clear()
        self.accept()

    def _say(self, text: str, error: bool = True) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def reject(self) -> None:
        if self.job is None:     # not while the demo data is being written
            super().reject()


def run_welcome(parent=None, store=None) -> tuple[bool, int | None]:
    """Show the welcome; (whether it was completed, the administrator's staff id)."""
    accepted, operator, _joined = run_welcome_or_join(parent, store)
    return accepted, operator


def run_welcome_or_join(parent=None, store=None) -> tuple[bool, int | None, bool]:
    """Show the welcome; (completed, the administrator's staff id, whether a server was joined:
    then Desk opens that server instead of this PC's file)."""
    dialog = WelcomeDialog(parent, store)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return accepted and not dialog.joined, dialog.operator_id(), dialog.joined
