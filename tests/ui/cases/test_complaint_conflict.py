"""Two desks edit the same case: the second save is refused with who and when, nothing it
typed is lost, and it is shown beside the values saved meanwhile."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desk import i18n
from desk.services.cases import complaints, drafts
from desk.services.cases.complaints import create_complaint
from desk.ui.cases.complaint_form import ComplaintFormDialog
from tests.ui.settle import save_and_wait

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
SHOTS = os.environ.get("DESK_SHOTS")     # a folder: the conflict is rendered there as PNG


@pytest.fixture
def two_desks(sign_in_as, qtbot, org, make_input, clock, monkeypatch):
    """A saved case open in two forms: the operations manager's and the clerk's (two desks;
    here one program, so each form's save signs its person in first: ``as_ops``)."""
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    record = create_complaint(make_input(room_no="1101"), clock=clock)

    def open_as(staff):
        sign_in_as(org[staff])
        form = ComplaintFormDialog(None, complaint_id=record.id, clock=clock)
        qtbot.addWidget(form)
        form.show()
        return form

    return record, open_as("ops"), open_as("clerk")


@pytest.fixture
def as_ops(sign_in_as, org):
    """Save the first form as the operations manager, then the clerk is back at the PC."""
    def save(qtbot, form):
        sign_in_as(org["ops"])
        with qtbot.waitSignal(form.saved):
            qtbot.mouseClick(form.ui.saveButton, Qt.MouseButton.LeftButton)
        sign_in_as(org["clerk"])
    return save


def replace_text(qtbot, widget, text):
    """Type ``text`` over the field's content (Chinese through the input method's way)."""
    widget.selectAll()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        widget.insert(text)


def test_the_second_desk_is_refused_and_keeps_what_it_typed(qtbot, two_desks, as_ops, org, clock):
    record, first, second = two_desks
    replace_text(qtbot, first.ui.roomNo, "1208")
    replace_text(qtbot, first.ui.incidentPlace, "大堂")
    replace_text(qtbot, second.ui.incidentPlace, "二楼走廊")
    second.ui.description.setPlainText("顾客又来电话：店员态度恶劣，要求道歉。")
    clock.advance(minutes=7)
    as_ops(qtbot, first)

    assert save_and_wait(qtbot, second) is False
    error = second.ui.formError.text()
    assert second.ui.formError.isVisible()
    assert "Case 20261126-0001 was changed by 赵经理 at 2026-11-26 10:07" in error
    saved = complaints.get_complaint(record.id)
    assert (saved.room_no, saved.incident_place) == ("1208", "大堂")
    assert saved.description == record.description            # nothing of the second save
    # what the clerk typed is still in the form, and the other desk's room number came in
    assert second.ui.description.toPlainText() == "顾客又来电话：店员态度恶劣，要求道歉。"
    assert second.ui.incidentPlace.text() == "二楼走廊"
    assert second.ui.roomNo.text() == "1208"
    # ...beside the saved values, field by field
    assert second.conflict.isVisible()
    rows = second.conflict.rows()
    assert ("Place", "二楼走廊", "大堂") in rows
    assert ("What happened", "顾客又来电话：店员态度恶劣，要求道歉。", record.description) in rows
    assert len(rows) == 2
    # ...and kept as a draft in case the window is closed now
    kept = drafts.load_draft(second.draft_key)
    assert kept["description"] == "顾客又来电话：店员态度恶劣，要求道歉。"

    # saving again keeps what the clerk typed over the values now seen
    with qtbot.waitSignal(second.saved):
        assert second.save() is True
    saved = complaints.get_complaint(record.id)
    assert (saved.room_no, saved.incident_place) == ("1208", "二楼走廊")
    assert saved.description == "顾客又来电话：店员态度恶劣，要求道歉。"
    assert saved.updated_by_id == org["clerk"]


def test_use_the_saved_values(qtbot, two_desks, as_ops, clock):
    record, first, second = two_desks
    replace_text(qtbot, first.ui.roomNo, "1208")
    replace_text(qtbot, second.ui.roomNo, "0909")
    as_ops(qtbot, first)
    assert save_and_wait(qtbot, second) is False
    assert second.conflict.rows() == [("Room no.", "0909", "1208")]
    qtbot.mouseClick(second.conflict.use_saved, Qt.MouseButton.LeftButton)
    assert second.ui.roomNo.text() == "1208" and not second.conflict.isVisible()
    assert drafts.load_draft(second.draft_key) is None


def test_a_step_on_the_case_elsewhere_does_not_refuse_the_edit(qtbot, two_desks, org, clock):
    from desk.services.casework import slips
    from desk.ui.kit.events import case_events

    record, first, second = two_desks
    first.reject()
    replace_text(qtbot, second.ui.incidentPlace, "停车场")
    slips.log_contact(record.id, "phone", "已回电", by_id=org["ops"], clock=clock)
    slips.answer_at_desk(record.id, "已道歉", "satisfied", by_id=org["ops"], clock=clock)
    case_events().case_changed.emit(record.id)         # as the change watcher does
    with qtbot.waitSignal(second.saved):
        assert second.save() is True
    assert complaints.get_complaint(record.id).incident_place == "停车场"


def test_an_untouched_form_shows_the_new_values(qtbot, two_desks, as_ops, clock):
    record, first, second = two_desks
    replace_text(qtbot, first.ui.roomNo, "1208")
    as_ops(qtbot, first)
    assert second.ui.roomNo.text() == "1208" and not second.is_dirty()


@pytest.mark.parametrize("lang", ["en", "zh_CN", "zh_TW"])
def test_the_conflict_reads_in_every_language(qtbot, request, lang, as_ops):
    i18n.set_language(lang)
    record, first, second = request.getfixturevalue("two_desks")
    replace_text(qtbot, first.ui.roomNo, "1208")
    replace_text(qtbot, second.ui.roomNo, "0909")
    as_ops(qtbot, first)
    assert save_and_wait(qtbot, second) is False
    text = second.ui.formError.text() + second.conflict.heading.text()
    assert "赵经理" in text
    if lang != "en":
        assert "changed by" not in text and "Saved now" not in text
    if SHOTS:
        from PySide6.QtWidgets import QApplication

        from desk.ui.kit import fonts

        app = QApplication.instance()
        before = app.font()
        fonts.apply_app_font(app, lang)
        try:
            second.resize(1040, 780)
            second.grab().save(str(Path(SHOTS) / f"conflict-{lang}.png"))
        finally:
            app.setFont(before)
