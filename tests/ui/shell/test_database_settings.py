"""Settings > Database and the welcome's "Join a server": the form, its Test button (off
the UI thread, one sentence), the password kept in the credential store and never in the
settings files, a PC without a credential store told so, and the dialogs as rendered."""
from __future__ import annotations

import pytest

from desk import i18n, paths
from desk.services.system import connection
from desk.ui.kit import translators
from desk.ui.shell.database_settings import JoinServerDialog
from desk.ui.shell.settings_dialog import SettingsDialog
from desk.ui.shell.welcome import WelcomeDialog
from tests.services.system.test_connection import memory_keyring, no_keyring  # noqa: F401


def fill(form, host, password="pw-123", tls=True):
    form.host.setText(host)
    form.port.setValue(5432)
    form.database.setText("desk")
    form.user.setText("desk")
    form.password.setText(password)
    form.tls.setChecked(tls)


def test_a_server_is_tested_and_kept_without_its_password_in_files(qtbot, store, tmp_path,
                                                                   memory_keyring):  # noqa: F811
    dialog = SettingsDialog(None, "en")
    qtbot.addWidget(dialog)
    section = dialog.database
    assert section.local.isChecked() and not section.form.isEnabled()
    section.server.setChecked(True)
    assert section.form.isEnabled() and section.form.tls.isChecked()   # TLS on by default
    fill(section.form, str(tmp_path / "no-server"), tls=False)
    section.form.test()
    qtbot.waitUntil(lambda: section.form.job is None, timeout=15000)
    assert "cannot reach the database server" in section.form.answer.text()
    fill(section.form, "deskdb.example.local")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.restart_needed
    assert connection.saved_choice().host == "deskdb.example.local"
    assert connection.load_password(connection.saved_choice()) == "pw-123"
    for path in paths.data_dir().iterdir():
        if path.is_file():
            assert b"pw-123" not in path.read_bytes(), path


def test_bad_fields_and_no_credential_store_keep_the_dialog_open(qtbot, store,
                                                                  no_keyring):  # noqa: F811
    dialog = SettingsDialog(None, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.database.server.setChecked(True)
    fill(dialog.database.form, "")
    dialog.accept()
    assert dialog.isVisible() and "Fill this in" in dialog.database.form.answer.text()
    fill(dialog.database.form, "deskdb")
    dialog.accept()
    assert dialog.isVisible() and "credential store" in dialog.database.form.answer.text()
    assert connection.saved_choice() is None


def test_the_welcome_offers_to_join_a_server(qtbot, store):
    dialog = WelcomeDialog(None, store)
    qtbot.addWidget(dialog)
    assert dialog.join_button.text().startswith("Join a server")
    assert "this PC" in dialog.empty.text()


@pytest.mark.parametrize("lang", ["en", "zh_CN", "zh_TW"])
def test_the_dialogs_as_rendered(qtbot, store, lang, tmp_path, memory_keyring):  # noqa: F811
    from PySide6.QtWidgets import QApplication

    from desk.ui.kit import fonts

    translators.install_language(lang)
    fonts.apply_app_font(QApplication.instance(), lang)
    try:
        dialog = SettingsDialog(None, lang)
        qtbot.addWidget(dialog)
        dialog.database.server.setChecked(True)
        fill(dialog.database.form, "deskdb.example.local")
        dialog.database.form.say(i18n._("Connecting…"), ok=True)
        dialog.show()
        qtbot.waitExposed(dialog)
        join = JoinServerDialog(None)
        qtbot.addWidget(join)
        join.show()
        qtbot.waitExposed(join)
        for widget, name in ((dialog, "settings"), (join, "join")):
            image = widget.grab()
            assert not image.isNull()
            assert image.save(str(tmp_path / f"{name}-{lang}.png"))
            # nothing cut off: every label fits its text
            from PySide6.QtWidgets import QLabel

            for label in widget.findChildren(QLabel):
                if label.isVisible() and not label.wordWrap() and label.text():
                    assert label.width() >= label.sizeHint().width() - 1, label.text()
    finally:
        translators.install_language("en")
        fonts.apply_app_font(QApplication.instance(), "en")
