"""The complaint record screen, driven through its widgets against a real database."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from desk.services.cases import attachments, complaints, drafts
from desk.services.cases.complaints import create_complaint
from desk.ui.cases.complaint_form import ComplaintFormDialog, draft_key, restore_drafts
from tests.ui.settle import save_and_wait

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
WORKER_MS = 30_000     # generous: the copy runs in a pool thread on a busy machine
Yes, No, Cancel = (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No,
                   QMessageBox.StandardButton.Cancel)

FIELDS = [("complainantName", QLineEdit), ("contactPhone", QLineEdit), ("address", QLineEdit),
          ("roomNo", QLineEdit), ("memberNo", QLineEdit), ("customerClass", QComboBox),
          ("anonymous", QCheckBox), ("channel", QComboBox), ("incidentAt", QDateTimeEdit),
          ("incidentPlace", QLineEdit), ("objectType", QComboBox), ("tenant", QComboBox),
          ("department", QComboBox), ("staffMember", QComboBox), ("objectText", QLineEdit),
          ("category", QComboBox), ("severity", QComboBox), ("description", QPlainTextEdit),
          ("demand", QWidget), ("demandText", QLineEdit), ("recordedBy", QComboBox),
          ("saveButton", QPushButton)]


class Boxes:
    """Stands in for the user at Qt's modal message boxes: records them, gives answers."""

    def __init__(self, monkeypatch):
        self.shown: list[tuple[str, str, str]] = []
        self.answers: list = []
        for kind in ("information", "warning", "critical", "question"):
            monkeypatch.setattr(QMessageBox, kind, self._make(kind))

    def _make(self, kind):
        def show(parent, title, text, *args, **kwargs):
            self.shown.append((kind, title, text))
            if kind != "question":
                return QMessageBox.StandardButton.Ok
            return self.answers.pop(0) if self.answers else No   # e.g. closed at teardown
        return staticmethod(show)

    def texts(self, kind: str) -> list[str]:
        return [text for shown_kind, _title, text in self.shown if shown_kind == kind]


@pytest.fixture
def boxes(monkeypatch):
    return Boxes(monkeypatch)


@pytest.fixture
def open_form(sign_in_as, qtbot, org, clock, boxes):
    def open_(complaint_id=None, who="clerk", **kwargs):
        sign_in_as(org[who])
        dialog = ComplaintFormDialog(None, complaint_id=complaint_id, clock=clock,
                                     **kwargs)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog
    return open_


def pick(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def fill_valid(qtbot, dialog, org, phone="13812345678") -> None:
    ui = dialog.ui
    qtbot.keyClicks(ui.complainantName, "Zhang Wei")
    qtbot.keyClicks(ui.contactPhone, phone)
    pick(ui.channel, org["channel_phone"])
    pick(ui.category, org["category"])
    qtbot.keyClicks(ui.description, "Rude staff at the counter.")
    qtbot.mouseClick(dialog.findChild(QCheckBox, "demand_apology"), Qt.MouseButton.LeftButton,
                     pos=dialog.findChild(QCheckBox, "demand_apology").rect().center())


def png_file(folder: Path, name="photo.png") -> Path:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366cc"))
    path = folder / name
    assert image.save(str(path))
    return path


def test_every_field_is_there_with_its_name_and_limit(open_form):
    dialog = open_form()
    assert dialog.objectName() == "complaintForm"
    for name, cls in FIELDS:
        assert isinstance(dialog.findChild(cls, name), cls), name
    assert dialog.ui.complainantName.maxLength() == 50
    assert dialog.ui.contactPhone.maxLength() == 30
    assert dialog.ui.demandText.maxLength() == 500
    assert len(dialog.ui.demand.findChildren(QCheckBox)) == 6


def test_tab_order_follows_the_paper_form(open_form):
    dialog = open_form()
    wanted = ["complainantName", "contactPhone", "address", "roomNo", "memberNo",
              "customerClass", "anonymous", "channel", "incidentAt", "incidentPlace",
              "objectType", "tenant", "department", "staffMember", "objectText", "category",
              "severity", "description", "demand_refund", "demandText", "recordedBy",
              "saveButton"]
    seen, widget = [], dialog.ui.complainantName
    for _step in range(200):
        if widget.objectName() in wanted and widget.objectName() not in seen:
            seen.append(widget.objectName())
        widget = widget.nextInFocusChain()
    assert seen == wanted


def test_fill_and_save_through_the_widgets(qtbot, open_form, org, boxes):
    dialog = open_form()
    fill_valid(qtbot, dialog, org)
    qtbot.keyClicks(dialog.ui.incidentPlace, "1F atrium")
    with qtbot.waitSignal(dialog.saved) as signal:
        qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    record = complaints.get_complaint(signal.args[0])
    assert record.case_no == "20261126-0001"
    assert (record.complainant_name, record.phone, record.demands) == (
        "Zhang Wei", "13812345678", "apology")
    assert record.recorded_by_id == org["clerk"] and record.incident_place == "1F atrium"
    message = dialog.recorded_message.text()
    assert "20261126-0001" in message and "10:00" in message and "2026" in message
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.recorded_message.findChild(QPushButton, "printReceiptButton").isVisible()
    dialog.recorded_message.close()
    assert drafts.pending_drafts("complaint:") == []


def test_ctrl_s_saves(qtbot, open_form, org):
    dialog = open_form()
    fill_valid(qtbot, dialog, org)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.ui.description, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_bad_phone_shows_the_error_and_saves_nothing(qtbot, open_form, org, boxes):
    dialog = open_form()
    fill_valid(qtbot, dialog, org, phone="12345")
    assert not save_and_wait(qtbot, dialog, lambda: qtbot.mouseClick(
        dialog.ui.saveButton, Qt.MouseButton.LeftButton))
    error = dialog.findChild(QWidget, "contactPhoneError")
    assert error.isVisibleTo(dialog) and "12345" in error.text()
    assert not dialog.findChild(QWidget, "complainantNameError").isVisibleTo(dialog)
    assert dialog.ui.formError.isVisibleTo(dialog)
    assert dialog.focusWidget() is dialog.ui.contactPhone
    assert complaints.find_by_case_no("20261126-0001") is None
    assert boxes.shown == [] and dialog.isVisible()
    dialog.ui.contactPhone.setText("13812345678")
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert complaints.find_by_case_no("20261126-0001") is not None


def test_anonymous_only_for_channels_that_allow_it(qtbot, open_form, org):
    dialog = open_form()
    ui = dialog.ui
    pick(ui.channel, org["channel_phone"])
    assert not ui.anonymous.isEnabled()
    pick(ui.channel, org["channel_box"])
    assert ui.anonymous.isEnabled()
    ui.anonymous.click()
    pick(ui.channel, org["channel_phone"])
    assert not ui.anonymous.isChecked()
    pick(ui.channel, org["channel_box"])
    ui.anonymous.click()
    pick(ui.category, org["category"])
    qtbot.keyClicks(ui.description, "Toilets dirty.")
    with qtbot.waitSignal(dialog.saved) as signal:
        ui.saveButton.click()
    record = complaints.get_complaint(signal.args[0])
    assert record.anonymous and record.complainant_name == ""


def test_object_type_shows_only_its_picker(open_form):
    dialog = open_form()
    ui = dialog.ui
    names = ("tenant", "department", "staffMember", "objectText")
    shown = {name: getattr(ui, name) for name in names}
    for code, visible in (("tenant", "tenant"), ("department", "department"),
                          ("staff", "staffMember"), ("product", "objectText")):
        pick(ui.objectType, code)
        assert [n for n, w in shown.items() if w.isVisibleTo(dialog)] == [visible]


def test_returning_customer_is_shown_after_typing_the_phone(qtbot, open_form, make_input, clock):
    first = create_complaint(make_input(), clock=clock)
    create_complaint(make_input(), clock=clock)
    dialog = open_form()
    panel = dialog.ui.customerHistory
    qtbot.keyClicks(dialog.ui.contactPhone, "+86 138-1234-5678")
    assert dialog.customer.timer.isActive() and not panel.isVisibleTo(dialog)
    dialog.customer.timer.timeout.emit()        # the debounce ran out
    assert panel.isVisibleTo(dialog) and panel.property("returning") is True
    assert "2" in panel.text() and first.case_no in panel.text()
    dialog.ui.contactPhone.setText("13900000000")
    dialog.customer.refresh()
    assert panel.property("returning") is False


def test_draft_autosaved_kept_on_escape_and_restored(qtbot, open_form, org, boxes, clock):
    dialog = open_form()
    qtbot.keyClicks(dialog.ui.complainantName, "Li Na")
    dialog.ui.description.setPlainText("半杯咖啡 ☕ 洒了\x01")
    assert dialog._autosave.isActive() and dialog._autosave.interval() == 5000
    assert dialog.autosave_draft()                     # on the form's pool thread
    qtbot.waitUntil(lambda: not dialog.drafter.running)
    assert dialog.ui.statusLabel.text().startswith("Draft kept at")
    key = draft_key(None, org["clerk"])
    assert drafts.pending_drafts("complaint:") == [key]
    assert drafts.load_draft(key)["complainant_name"] == "Li Na"
    boxes.answers.append(Yes)                          # keep the draft
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and drafts.pending_drafts("complaint:") == [key]
    drafts.save_draft("complaint:new:999", {"complainant_name": "someone else"})
    boxes.answers.append(Yes)
    [restored] = restore_drafts(None, org["clerk"], clock=clock)
    qtbot.addWidget(restored)
    assert "Li Na" in boxes.texts("question")[-1]
    assert restored.ui.complainantName.text() == "Li Na"
    assert restored.ui.description.toPlainText().startswith("半杯咖啡 ☕")
    assert restored.is_dirty()
    pick(restored.ui.channel, org["channel_phone"])
    pick(restored.ui.category, org["category"])
    restored.ui.contactPhone.setText("13812345678")
    with qtbot.waitSignal(restored.saved):
        restored.ui.saveButton.click()
    assert drafts.pending_drafts("complaint:") == ["complaint:new:999"]


def test_restore_declined_discards_and_escape_can_discard(qtbot, open_form, org, boxes, clock):
    dialog = open_form()
    qtbot.keyClicks(dialog.ui.complainantName, "Li Na")
    dialog.autosave_draft()
    boxes.answers.append(Cancel)                       # stay in the form
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    boxes.answers.append(No)                           # close and throw away
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and drafts.pending_drafts("complaint:") == []
    drafts.save_draft(draft_key(None, org["clerk"]), {"complainant_name": "x"})
    boxes.answers.append(No)
    assert restore_drafts(None, org["clerk"], clock=clock) == []
    assert drafts.pending_drafts("complaint:") == []
    assert restore_drafts(None, org["clerk"], clock=clock) == []   # nothing to ask
    assert len(boxes.texts("question")) == 3


def test_edit_mode_saves_changes_and_shows_the_history(qtbot, open_form, make_input, clock):
    record = create_complaint(make_input(), clock=clock)
    dialog = open_form(record.id)
    assert record.case_no in dialog.ui.caseHeader.text()
    assert dialog.ui.complainantName.text() == "张伟"
    assert dialog.ui.tabs.isTabVisible(dialog.ui.tabs.indexOf(dialog.ui.historyTab))
    pick(dialog.ui.severity, "serious")
    with qtbot.waitSignal(dialog.saved):
        dialog.ui.saveButton.click()
    again = open_form(record.id)
    rows = again.history.rows()
    assert ("Severity", "Ordinary", "Serious") in [row[2:] for row in rows]
    assert all(row[1] == "王小明" for row in rows)
    assert any(row[2] == "Promised reply" for row in rows)


def test_edit_with_a_wrong_field_changes_nothing(qtbot, open_form, make_input, clock):
    record = create_complaint(make_input(), clock=clock)
    dialog = open_form(record.id)
    dialog.ui.description.clear()
    assert not save_and_wait(qtbot, dialog, dialog.ui.saveButton.click)
    assert dialog.findChild(QWidget, "descriptionError").isVisibleTo(dialog)
    assert complaints.history(record.id) == []
    assert complaints.get_complaint(record.id).description == record.description


def test_attach_a_photo_and_reject_an_empty_file(qtbot, open_form, make_input, clock,
                                                 tmp_path):
    record = create_complaint(make_input(), clock=clock)
    dialog = open_form(record.id)
    dialog.ui.tabs.setCurrentWidget(dialog.ui.attachmentsTab)
    panel = dialog.attachments
    with qtbot.waitSignal(panel.finished, timeout=WORKER_MS) as signal:
        panel.add_files([png_file(tmp_path)])
    assert signal.args == [[]]
    assert panel.names() == ["photo.png"]
    assert not panel.list.item(0).icon().isNull()
    assert "(1)" in dialog.ui.tabs.tabText(dialog.ui.tabs.indexOf(dialog.ui.attachmentsTab))
    assert any(row[2] == "Attachment added" for row in dialog.history.rows())
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    with qtbot.waitSignal(panel.finished, timeout=WORKER_MS) as signal:
        panel.add_files([empty])
    assert "0 bytes" in signal.args[0][0]
    assert panel.message.isVisibleTo(dialog) and "empty.jpg" in panel.message.text()
    assert len(attachments.list_attachments(record.id)) == 1


def test_files_chosen_before_the_first_save_are_attached_with_it(qtbot, open_form, org,
                                                                 boxes, tmp_path):
    dialog = open_form()
    fill_valid(qtbot, dialog, org)
    empty = tmp_path / "nothing.png"
    empty.write_bytes(b"")
    dialog.attachments.add_files([png_file(tmp_path), empty])
    assert dialog.attachments.names() == ["photo.png"]
    assert "0 bytes" in dialog.attachments.message.text()
    with qtbot.waitSignal(dialog.saved, timeout=WORKER_MS) as signal:
        dialog.ui.saveButton.click()
    assert [a.name for a in attachments.list_attachments(signal.args[0])] == ["photo.png"]
    assert "20261126-0001" in dialog.recorded_message.text()
    dialog.recorded_message.close()


def test_void_shows_the_banner_and_makes_the_form_read_only(qtbot, open_form, make_input,
                                                            clock, monkeypatch):
    record = create_complaint(make_input(), clock=clock)
    clerks = open_form(record.id)
    assert not clerks.ui.voidButton.isEnabled() and "void" in clerks.ui.voidButton.toolTip()
    clerks.reject()
    dialog = open_form(record.id, who="ops")
    monkeypatch.setattr(QInputDialog, "getMultiLineText",
                        staticmethod(lambda *args, **kwargs: ("Duplicate of 0002", True)))
    with qtbot.waitSignal(dialog.saved):
        dialog.ui.voidButton.click()
    assert complaints.get_complaint(record.id).voided
    assert dialog.ui.voidBanner.isVisibleTo(dialog)
    assert "Duplicate of 0002" in dialog.ui.voidBanner.text()
    assert dialog.ui.complainantName.isReadOnly() and not dialog.ui.channel.isEnabled()
    assert not dialog.ui.saveButton.isVisibleTo(dialog)
    assert not dialog.ui.voidButton.isVisibleTo(dialog)
    assert not dialog.attachments.add_button.isEnabled()
    assert not dialog.save()
    reopened = open_form(record.id)
    assert reopened.ui.voidBanner.isVisibleTo(reopened) and reopened.read_only


def test_hostile_text_never_crashes(qtbot, open_form, org, boxes):
    dialog = open_form()
    fill_valid(qtbot, dialog, org)
    dialog.ui.description.setPlainText("x" * 20_001)
    assert not save_and_wait(qtbot, dialog, dialog.ui.saveButton.click)
    assert "20001" in dialog.findChild(QWidget, "descriptionError").text()
    assert complaints.find_by_case_no("20261126-0001") is None
    dialog.ui.complainantName.setText("张\ud800伟😀\x07")
    dialog.ui.description.setPlainText("😀" * 5000 + "\x00\x1b\u202e" + "字" * 14000)
    dialog.ui.demandText.setText("\t退款\r\n")
    assert dialog.autosave_draft()
    with qtbot.waitSignal(dialog.saved) as signal:
        dialog.ui.saveButton.click()
    record = complaints.get_complaint(signal.args[0])
    assert record.complainant_name == "张伟😀" and record.demand_text == "退款"
    assert "\x00" not in record.description


@pytest.mark.sqlite_only(reason="another program holds the file's write lock")
def test_a_save_kept_waiting_too_long_says_so_and_keeps_the_form(qtbot, open_form, org,
                                                                 db_path, boxes):
    import sqlite3

    from desk.store.db import database

    dialog = open_form()
    fill_valid(qtbot, dialog, org)
    database.pragma("busy_timeout", 100, permanent=True)  # every connection: not 10 s
    other = sqlite3.connect(str(db_path), isolation_level=None)
    other.execute("begin immediate")                     # another desk is saving
    try:
        assert not save_and_wait(qtbot, dialog, lambda: qtbot.mouseClick(
            dialog.ui.saveButton, Qt.MouseButton.LeftButton))
    finally:
        other.execute("rollback")
        other.close()
    assert dialog.ui.formError.isVisibleTo(dialog) and dialog.isVisible()
    assert "busy" in dialog.ui.formError.text() and "locked" not in dialog.ui.formError.text()
    assert dialog.ui.complainantName.text() == "Zhang Wei"
    assert dialog.ui.description.toPlainText() == "Rude staff at the counter."
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)


def test_escape_on_an_edited_saved_case_offers_to_save_the_changes(qtbot, open_form, org,
                                                                   make_input, boxes, clock):
    case = create_complaint(make_input(complainant_name="张伟"), clock=clock)
    dialog = open_form(case.id)
    dialog.ui.complainantName.setText("张伟强")
    boxes.answers.append(QMessageBox.StandardButton.Save)
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert boxes.texts("question") == [f"Save the changes to case {case.case_no}?"]
    assert not dialog.isVisible()
    assert complaints.get_complaint(case.id).complainant_name == "张伟强"
    again = open_form(case.id)
    again.ui.complainantName.setText("别人")
    boxes.answers.append(QMessageBox.StandardButton.Discard)
    qtbot.keyClick(again, Qt.Key.Key_Escape)
    assert not again.isVisible()
    assert complaints.get_complaint(case.id).complainant_name == "张伟强"
    assert drafts.pending_drafts("complaint:") == []


def test_a_new_record_starts_in_person_and_asks_what_it_is_about(qtbot, open_form):
    dialog = open_form()
    assert dialog.ui.channel.currentText() == "In person"
    about = dialog.ui.objectType
    assert about.currentIndex() == 0 and about.currentData() is None   # the list opens down
    assert about.itemData(1) == "tenant"


def test_the_promised_reply_shows_while_severity_and_channel_are_chosen(qtbot, open_form,
                                                                        org, clock):
    from desk.services.cases.complaints import promised_reply
    from desk.text import when_text

    dialog = open_form()
    label = dialog.findChild(QLabel, "promiseLabel")
    assert label is not None and label.isVisibleTo(dialog)
    now = clock.now()
    assert label.text() == "Reply promised by " + when_text(promised_reply(now, "ordinary"))
    pick(dialog.ui.severity, "urgent")
    assert label.text() == "Reply promised by " + when_text(promised_reply(now, "urgent"))
    assert promised_reply(now, "urgent") != promised_reply(now, "ordinary")
    letter = next(i for i in range(dialog.ui.channel.count())
                  if dialog.ui.channel.itemText(i) == "Letter")
    dialog.ui.channel.setCurrentIndex(letter)
    assert label.text().startswith("Written reply due by ")


@pytest.mark.parametrize("lang", ["en", "zh_CN", "zh_TW"])
def test_the_intake_form_fits_a_1366_by_768_screen(qtbot, open_form, lang):
    """The front-desk laptop: 1366×768 less the task bar, no scrolling to reach a field."""
    from desk.ui.kit import translators

    translators.install_language(lang)
    try:
        dialog = open_form()
        dialog.resize(1366, 728)
        qtbot.waitExposed(dialog)
        dialog.grab()                                 # lay it out as it is painted
        assert dialog.ui.scrollArea.verticalScrollBar().maximum() == 0
        assert dialog.ui.scrollArea.horizontalScrollBar().maximum() == 0
        page = dialog.ui.scrollArea.viewport().rect()
        for name, _kind in FIELDS:
            widget = dialog.findChild(QWidget, name)
            if widget.isVisibleTo(dialog) and dialog.ui.scrollArea.isAncestorOf(widget):
                corner = widget.mapTo(dialog.ui.scrollArea.viewport(), widget.rect().bottomRight())
                assert page.contains(corner), name
    finally:
        translators.install_language("en")


def test_an_open_case_in_the_returning_customer_note_opens_that_case(qtbot, open_form,
                                                                      make_input, clock):
    earlier = create_complaint(make_input(), clock=clock)
    dialog = open_form()
    dialog.ui.complainantName.setText("张伟")
    dialog.ui.contactPhone.setText("138 1234 5678")
    dialog.customer.refresh()
    panel = dialog.ui.customerHistory
    assert f'href="case:{earlier.case_no}"' in panel.text()
    panel.linkActivated.emit(f"case:{earlier.case_no}")
    other = dialog.other_case
    assert other.complaint_id == earlier.id and other.isVisible()
    assert dialog.isVisible() and dialog.ui.complainantName.text() == "张伟"   # kept
    other.reject()
