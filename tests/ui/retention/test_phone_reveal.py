"""Who sees phone numbers: a role that does not call customers sees them masked in the
case list and the case window; revealing one is a click that writes an audit entry."""
from __future__ import annotations

import pytest

from desk.services.cases.complaints import create_complaint, get_complaint
from desk.services.org.organisation import save_staff
from desk.store.models.audit import AuditEntry
from desk.ui.cases.case_list import CaseListPanel
from desk.ui.cases.case_model import COLUMN_KEYS
from desk.ui.cases.complaint_form import ComplaintFormDialog
from tests.ui.settle import settle

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def manager(org):
    return save_staff("钱经理", "department_manager", org["dept"])


def _phones(panel) -> list[str]:
    column = COLUMN_KEYS.index("phone")
    model = settle(panel).model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_the_list_masks_numbers_for_a_manager(qtbot, org, make_input, clock, manager):
    create_complaint(make_input(phone="13812345678"), clock=clock)
    panel = CaseListPanel(None, clock=clock)
    qtbot.addWidget(panel)
    panel.set_viewer(org["clerk"])
    panel.model.reload()
    assert _phones(panel) == ["138 1234 5678"]      # whole, shown as every screen shows it
    panel.set_viewer(manager)
    assert _phones(panel) == ["138****5678"]


def test_the_case_window_reveals_with_an_audit_entry(sign_in_as, qtbot, org, make_input, clock, manager):
    case = create_complaint(make_input(phone="13812345678"), clock=clock)
    sign_in_as(manager)
    form = ComplaintFormDialog(None, case.id, clock=clock)
    qtbot.addWidget(form)
    line = form.ui.contactPhone
    assert line.text() == "138****5678" and line.isReadOnly()
    assert form.fields.collect().phone == "13812345678"     # saving keeps the number
    assert not AuditEntry.select().where(AuditEntry.action == "phone.reveal").exists()
    action = line.findChild(type(form.phone_reveal.action), "revealPhone")
    assert action is not None and "audit" in action.toolTip()
    action.trigger()
    assert line.text() == "13812345678" and not line.isReadOnly()
    assert not form.is_dirty()
    entry = AuditEntry.get(AuditEntry.action == "phone.reveal")
    assert (entry.user_name, entry.case_no, entry.old, entry.new) == ("钱经理", case.case_no,
                                                                     "", "")
    assert get_complaint(case.id).phone == "13812345678"


def test_the_desk_sees_whole_numbers(sign_in_as, qtbot, org, make_input, clock):
    case = create_complaint(make_input(phone="13812345678"), clock=clock)
    sign_in_as(org["clerk"])
    form = ComplaintFormDialog(None, case.id, clock=clock)
    qtbot.addWidget(form)
    assert form.phone_reveal is None and form.ui.contactPhone.text() == "13812345678"
