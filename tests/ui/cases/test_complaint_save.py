"""The complaint form saves on a pool thread: while the save waits for the database's write
lock (another program's transaction, as a purge batch or another desk's save holds it) the
window keeps handling events, the form is busy and cannot be closed under it, and the
outcome (saved, refused as stale, or the database locked too long) is shown when it is
back, with what was typed kept."""
from __future__ import annotations

import threading

import pytest

from desk.services.cases import complaints, drafts
from desk.store.db import database
from desk.ui.cases.complaint_drafts import put_away
from tests.ui.settle import Heartbeat, save_and_wait

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
              pytest.mark.sqlite_only(reason="another program holds the file's write lock")]
LOCK_MS = 1000


def test_a_save_behind_the_write_lock_leaves_the_window_responsive(qtbot, edit_form,
                                                                   other_program):
    record, form = edit_form
    other_program.lock()
    heart = Heartbeat()
    assert form.save() is True
    qtbot.wait(LOCK_MS)                          # the UI thread runs its event loop...
    assert heart.beats > 5                       # ...and is not stuck in the save
    assert form._busy and form.ui.statusLabel.text() == "Saving..."
    assert not form.ui.saveButton.isEnabled() and not form.ui.closeButton.isEnabled()
    assert form.save() is False                  # one save at a time
    form.reject()                                # Esc or Close while it runs: stays open
    assert form.isVisible()
    assert complaints.get_complaint(record.id).version == record.version
    with qtbot.waitSignal(form.save_ended, timeout=30_000) as ended:
        other_program.release()
    assert ended.args == [True] and not form.isVisible()
    saved = complaints.get_complaint(record.id)
    assert (saved.room_no, saved.description) == ("1208", "顾客补充：等了四十分钟。")
    assert drafts.load_draft(form.draft_key) is None


def test_closing_while_a_save_runs_waits_for_it(qtbot, edit_form, other_program):
    """The screen locks (the forms are put away) while the save waits: the save goes
    through first, and nothing is left as a draft."""
    record, form = edit_form
    other_program.lock()
    assert form.save() is True
    qtbot.wait(100)
    threading.Timer(0.3, other_program.release).start()
    put_away(form)
    assert not form.isVisible() and not form.saver.running
    assert complaints.get_complaint(record.id).room_no == "1208"
    assert drafts.load_draft(form.draft_key) is None


def test_a_save_refused_as_stale_on_the_pool_thread_keeps_what_was_typed(qtbot, edit_form,
                                                                         org, clock):
    record, form = edit_form
    theirs = complaints.input_from_record(record)
    theirs.incident_place = "大堂"
    complaints.update_complaint(record.id, theirs, by_id=org["ops"], clock=clock,
                                expected_version=record.version)   # another desk saved
    assert save_and_wait(qtbot, form) is False
    assert "was changed by" in form.ui.formError.text() and form.conflict.isVisible()
    assert form.ui.description.toPlainText() == "顾客补充：等了四十分钟。"
    assert form.ui.roomNo.text() == "1208" and form.ui.incidentPlace.text() == "大堂"
    assert drafts.load_draft(form.draft_key)["description"] == "顾客补充：等了四十分钟。"
    assert form.ui.saveButton.isEnabled() and form.isVisible()
    with qtbot.waitSignal(form.saved):
        form.save()
    assert complaints.get_complaint(record.id).room_no == "1208"


def test_a_save_locked_out_too_long_says_so_and_keeps_the_draft(qtbot, edit_form,
                                                                other_program):
    record, form = edit_form
    database.pragma("busy_timeout", 300, permanent=True)   # every thread's: not the 10 s
    other_program.lock()
    heart = Heartbeat()
    assert save_and_wait(qtbot, form) is False
    assert heart.beats > 5                       # the window went on meanwhile
    assert "busy with another program's save" in form.ui.formError.text()
    assert form.isVisible() and form.ui.saveButton.isEnabled()
    assert form.ui.description.toPlainText() == "顾客补充：等了四十分钟。"
    assert form.ui.statusLabel.text().startswith("Draft kept at")
    assert drafts.load_draft(form.draft_key)["description"] == "顾客补充：等了四十分钟。"
    assert complaints.get_complaint(record.id).version == record.version
    other_program.release()
    assert save_and_wait(qtbot, form) is True
    assert complaints.get_complaint(record.id).room_no == "1208"


def test_an_autosave_behind_the_write_lock_leaves_the_form_usable(qtbot, edit_form,
                                                                  other_program):
    """The draft kept every few seconds waits for the lock on the pool thread too; a Save
    pressed meanwhile goes after it, so the saved record leaves no draft behind."""
    record, form = edit_form
    other_program.lock()
    heart = Heartbeat()
    assert form.autosave_draft() is True
    qtbot.wait(500)
    assert heart.beats > 5 and form.drafter.running
    assert form.save() is True                   # queued behind the draft
    with qtbot.waitSignal(form.save_ended, timeout=30_000) as ended:
        other_program.release()
    assert ended.args == [True] and not form.isVisible()
    assert complaints.get_complaint(record.id).room_no == "1208"
    assert drafts.load_draft(form.draft_key) is None
