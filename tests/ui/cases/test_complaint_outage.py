"""The database goes away (here: another program holds the file's write lock for longer
than Desk waits) during a save: one sentence says so, the form keeps what was typed (as a
draft on this PC), nothing is half-saved, and the same Save works once it is back."""
from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox

from desk.services.cases import complaints, drafts
from desk.store.db import database
from desk.store.models.cases import CaseCounter, Complaint, ComplaintChange
from desk.ui.cases.complaint_form import ComplaintFormDialog
from tests.ui.settle import save_and_wait

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
              pytest.mark.sqlite_only(reason="another program holds the file's write lock")]


@pytest.fixture
def other(store, db_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    monkeypatch.setattr(QMessageBox, "open", lambda self: None)
    conn = sqlite3.connect(db_path, isolation_level=None)

    class Other:
        def lock(self):
            database.pragma("busy_timeout", 200, permanent=True)   # each thread's
            conn.execute("begin exclusive")

        def unlock(self):
            if conn.in_transaction:
                conn.execute("rollback")

    yield Other()
    Other().unlock()
    conn.close()


def test_an_edit_during_an_outage_is_kept_and_saved_later(qtbot, edit_form, other):
    record, form = edit_form
    other.lock()
    assert save_and_wait(qtbot, form) is False
    assert form.isVisible() and form.ui.formError.isVisible()
    assert "busy with another program's save" in form.ui.formError.text()
    assert form.ui.description.toPlainText() == "顾客补充：等了四十分钟。"
    assert drafts.load_draft(form.draft_key)["description"] == "顾客补充：等了四十分钟。"
    other.unlock()
    assert ComplaintChange.select().count() == 0          # nothing half-saved
    assert complaints.get_complaint(record.id).version == record.version
    with qtbot.waitSignal(form.saved):
        assert form.save() is True
    saved = complaints.get_complaint(record.id)
    assert (saved.room_no, saved.description) == ("1208", "顾客补充：等了四十分钟。")
    assert drafts.load_draft(form.draft_key) is None


def test_a_new_case_during_an_outage_takes_no_number(sign_in_as, qtbot, org, clock, other, make_input):
    sign_in_as(org["clerk"])
    form = ComplaintFormDialog(None, clock=clock, draft=make_input())
    qtbot.addWidget(form)
    form.show()
    other.lock()
    assert save_and_wait(qtbot, form) is False and form.complaint_id is None
    assert drafts.load_draft(form.draft_key)["description"] == make_input().description
    other.unlock()
    assert Complaint.select().count() == 0 and CaseCounter.select().count() == 0
    with qtbot.waitSignal(form.saved):
        assert form.save() is True
    assert Complaint.get().case_no == "20261126-0001"
