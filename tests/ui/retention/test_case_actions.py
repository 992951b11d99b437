"""The case window's legal hold and customer-data buttons, through their dialogs."""
from __future__ import annotations

import openpyxl
import pytest

from desk.services.cases.complaints import create_complaint
from desk.services.retention import holds
from desk.ui.casework.case_work import CaseWorkPanel
from tests.ui.settle import submit_and_wait

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _open(qtbot, panel, name):
    panel.buttons[name].click()
    dialog = panel.active_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_hold_then_release_from_the_case_window(sign_in_as, qtbot, org, make_input, clock):
    case = create_complaint(make_input(), clock=clock)
    sign_in_as(org["ops"])
    panel = CaseWorkPanel(None, case.id, clock=clock)
    qtbot.addWidget(panel)
    dialog = _open(qtbot, panel, "legalHoldButton")
    assert dialog.objectName() == "legalHoldDialog"
    dialog.fields["reason"].setText("消费者协会调解中")
    submit_and_wait(qtbot, dialog)
    assert holds.is_held(case.id)
    dialog = _open(qtbot, panel, "legalHoldButton")
    assert dialog.objectName() == "releaseHoldDialog" and "消费者协会调解中" in dialog.intro.text()
    submit_and_wait(qtbot, dialog)
    assert not holds.is_held(case.id)


def test_customer_data_export_from_the_case_window(sign_in_as, qtbot, org, make_input, clock, tmp_path):
    case = create_complaint(make_input(phone="13912345678"), clock=clock)
    anonymous = create_complaint(make_input(phone="", complainant_name="", anonymous=True,
                                            channel_id=org["channel_box"]), clock=clock)
    sign_in_as(org["clerk"])
    panel = CaseWorkPanel(None, case.id, clock=clock)
    qtbot.addWidget(panel)
    assert not panel.buttons["customerDataButton"].isEnabled()   # the managers' to give out
    assert "personal data" in panel.buttons["customerDataButton"].toolTip()
    sign_in_as(org["ops"])
    dialog = _open(qtbot, panel, "customerDataButton")
    assert "139xxxx5678" in dialog.fields["out"].text()
    out = tmp_path / "customer.xlsx"
    dialog.fields["out"].setText(str(out))
    submit_and_wait(qtbot, dialog)
    cells = [c.value for row in openpyxl.load_workbook(out).worksheets[0].iter_rows()
             for c in row]
    assert case.case_no in cells
    sign_in_as(org["clerk"])
    other = CaseWorkPanel(None, anonymous.id, clock=clock)
    qtbot.addWidget(other)
    assert not other.buttons["customerDataButton"].isEnabled()
