"""On a real PostgreSQL server (``DESK_TEST_DB``): a new PC joins the server from the
welcome and its window lists the server's cases; a desk that chooses the server under
Settings > Database leaves its file at once and opens the server."""
from __future__ import annotations

import urllib.parse

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desk.services.system import connection
from desk.services.system.startup import close_store, open_store
from desk.ui.cases.case_model import ID_ROLE
from desk.ui.kit import translators
from tests.services.system.test_connection import memory_keyring  # noqa: F401

WAIT_MS = 20_000


@pytest.fixture
def server_cases(pg_server, new_database, clock):
    """A server database with cases and a clerk (made elsewhere: "the server")."""
    if pg_server is None:
        pytest.skip("needs a PostgreSQL server: DESK_TEST_DB=postgresql://... (.ci/run)")
    from desk.services.cases.complaints import ComplaintInput, create_complaint
    from desk.services.org import organisation

    url = new_database("shared")
    pg_server.make_migrated(url)
    open_store(url, backups=False, clock=clock)
    clerk = organisation.save_staff("服务器上的职员", "clerk")
    ids = {create_complaint(ComplaintInput(
        channel_id=organisation.channels()[0].id, category_id=organisation.categories()[0].id,
        complainant_name=f"服务器顾客{i}", phone="139 0000 0000", recorded_by_id=clerk,
        description="在服务器上登记的投诉。"), clock=clock).id for i in range(3)}
    close_store()
    parts = urllib.parse.urlsplit(url)
    query = dict(urllib.parse.parse_qsl(parts.query))
    return {"url": url, "ids": ids, "clerk": clerk, "host": query.get("host") or parts.hostname,
            "port": parts.port or 5432, "database": parts.path.lstrip("/"),
            "user": parts.username or "postgres"}


def fill(form, server, password=""):
    form.host.setText(server["host"])
    form.port.setValue(server["port"])
    form.database.setText(server["database"])
    form.user.setText(server["user"])
    form.password.setText(password)
    form.tls.setChecked(False)   # the test server listens on a socket only


def shown_ids(window) -> set[int]:
    model = window.cases.model
    return {model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())}


def open_window(qtbot, sign_in_as, clerk, clock):
    from desk.ui.shell.main_window import MainWindow

    store = open_store(None, daily=False, check=True, clock=clock)
    sign_in_as(clerk)
    window = MainWindow(store, clock=clock)
    window.show()
    window.cases.refresh()
    return store, window


def shut(qtbot, window) -> None:
    """Close the window and let its readers finish before the database goes."""
    from PySide6.QtCore import QThreadPool

    window.close()
    QThreadPool.globalInstance().waitForDone(WAIT_MS)
    window.deleteLater()
    qtbot.wait(50)
    close_store()


def test_a_new_pc_joins_the_server_and_sees_its_cases(qtbot, tmp_path, server_cases, clock,
                                                      sign_in_as, memory_keyring):  # noqa: F811
    from desk.ui.shell.welcome import WelcomeDialog

    translators.install_language("en")
    pc = open_store(str(tmp_path / "new-pc.sqlite"), backups=False, clock=clock)
    welcome = WelcomeDialog(None, pc)
    qtbot.addWidget(welcome)
    welcome.show()
    seen = []

    def in_the_join_dialog():
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.objectName())
        fill(dialog.form, server_cases)
        QTimer.singleShot(WAIT_MS, dialog.reject)   # a failed join ends the test, not hangs
        dialog.join()

    QTimer.singleShot(0, in_the_join_dialog)
    welcome.join_button.click()        # the dialog runs until joined
    assert seen == ["joinServerDialog"]
    assert welcome.joined, welcome.join_button.text()
    assert connection.saved_choice().database == server_cases["database"]
    close_store()
    store, window = open_window(qtbot, sign_in_as, server_cases["clerk"], clock)
    assert store.url == connection.saved_choice().url()
    qtbot.waitUntil(lambda: shown_ids(window) == server_cases["ids"], timeout=WAIT_MS)
    shut(qtbot, window)


def test_choosing_the_server_in_settings_switches_at_once(qtbot, tmp_path, server_cases,
                                                          clock, sign_in_as,
                                                          memory_keyring):  # noqa: F811
    from desk.services.org import organisation
    from desk.ui.shell.database_settings import switch_requests
    from desk.ui.shell.main_window import MainWindow

    translators.install_language("en")
    here = open_store(str(tmp_path / "this-pc.sqlite"), backups=False, clock=clock)
    sign_in_as(organisation.save_staff("本机职员", "clerk"))
    window = MainWindow(here, clock=clock)
    window.show()
    dialog = window.open_settings()
    assert "opens the chosen one" in dialog.database.note.text()
    dialog.database.server.setChecked(True)
    fill(dialog.database.form, server_cases)
    with qtbot.waitSignal(switch_requests().requested, timeout=WAIT_MS):
        dialog.accept()
    shut(qtbot, window)
    # what the start does on that signal's exit code: the chosen database, signed in anew
    store, window = open_window(qtbot, sign_in_as, server_cases["clerk"], clock)
    assert store.url == connection.saved_choice().url()
    qtbot.waitUntil(lambda: shown_ids(window) == server_cases["ids"], timeout=WAIT_MS)
    shut(qtbot, window)


def test_settings_unchanged_do_not_switch(qtbot, store, sign_in_as, clock):
    from desk.ui.shell.database_settings import switch_requests
    from desk.ui.shell.main_window import MainWindow

    window = MainWindow(store, clock=clock)
    qtbot.addWidget(window)
    dialog = window.open_settings()
    heard = []
    switch_requests().requested.connect(lambda: heard.append(1))
    dialog.accept()
    assert not heard
    window.close()

