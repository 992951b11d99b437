"""File → Import: the register imported off the UI thread, with its progress and report."""
from __future__ import annotations

import pytest

from desk.services.cases.caselist import CaseFilter, fetch_page
from desk.ui.kit import preferences, translators
from desk.ui.shell.main_window import MainWindow
from tests.services.cases.test_importing import register_rows, write_xlsx


@pytest.fixture
def window(sign_in_as, qtbot, store, org, clock):
    translators.install_language("en")
    preferences.set_language("en")
    sign_in_as(org["clerk"])
    win = MainWindow(store, clock=clock)
    qtbot.addWidget(win)
    yield win
    translators.install_language("en")


def test_file_import_shows_progress_and_the_report(qtbot, window, tmp_path):
    action = window.findChild(type(window.importing.action), "actionImport")
    assert action in window.ui.menuFile.actions() and action.text() == "Import old records..."
    path = write_xlsx(tmp_path / "旧台账.xlsx", register_rows(120))
    dialog = window.importing.open(path)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30000)
    assert dialog.progress.value() == dialog.progress.maximum()
    text = dialog.text.toPlainText().splitlines()
    assert text[0].startswith("row 15: ") and text[1].startswith("row 101: ")
    assert text[-1] == "118 imported, 0 already there, 2 rejected"
    assert dialog.file_label.text() == text[-1]
    assert dialog.buttons.isEnabled()
    assert len(fetch_page(CaseFilter(), limit=500)) == 118
    dialog.close()

    again = window.importing.open(path)
    qtbot.waitUntil(lambda: again.report is not None, timeout=30000)
    assert again.report.summary() == "0 imported, 118 already there, 2 rejected"


def test_a_file_that_is_no_register_says_so(qtbot, window, tmp_path):
    bad = tmp_path / "notes.xlsx"
    bad.write_text("hello", encoding="utf-8")
    dialog = window.importing.open(bad)
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=30000)
    assert "notes.xlsx" in dialog.text.toPlainText()
    assert dialog.report is None
