"""Fixtures of the complaint form's tests."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from desk.services.cases.complaints import create_complaint
from desk.ui.cases.complaint_form import ComplaintFormDialog


@pytest.fixture
def edit_form(sign_in_as, qtbot, org, make_input, clock, monkeypatch):
    """A saved case open in its window, signed in as the clerk, with two fields changed
    (room 1208 and the story); asked whether to save on closing, it says no."""
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    record = create_complaint(make_input(), clock=clock)
    sign_in_as(org["clerk"])
    form = ComplaintFormDialog(None, complaint_id=record.id, clock=clock)
    qtbot.addWidget(form)
    form.show()
    form.ui.roomNo.setText("1208")
    form.ui.description.setPlainText("顾客补充：等了四十分钟。")
    return record, form
