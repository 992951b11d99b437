"""Who sees phone numbers: a role that does not call customers sees them masked in the
case list and the case window; revealing one is a click that writes an audit entry."""
from __future__ import annotations

import pytest

from desk.services.cases.complaints import create_complaint, get_complaint
from desk.services.common import vocab
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


@pytest.mark.parametrize("role", list(vocab.ROLES))
def test_every_role_sees_numbers_as_its_work_needs(sign_in_as, qtbot, org, make_input, clock,
                                                   closed_case, role):
    """Roles that call customers (the desk, the operations manager) see whole numbers in
    the case list, the case window (field, history, earlier cases) and the revisit list;
    every other role sees 138****5678 there until it reveals the number."""
    from desk.services.cases.complaints import input_from_record, update_complaint
    from desk.services.retention.phones import DEFAULT_ROLES
    from desk.ui.revisits.revisit_workbench import RevisitWorkbench

    closed_case(phone="13812345678")         # an earlier case, its revisit due in 3 days
    clock.advance(days=3)
    case = create_complaint(make_input(phone="13912340000"), clock=clock)
    data = input_from_record(get_complaint(case.id))
    data.phone = "13812345678"                                          # corrected
    update_complaint(case.id, data, by_id=org["clerk"], clock=clock)
    person = sign_in_as(save_staff(f"某{role}", role, org["dept"]))
    whole = role in DEFAULT_ROLES

    panel = CaseListPanel(None, clock=clock)
    qtbot.addWidget(panel)
    panel.set_viewer(person)
    assert set(_phones(panel)) == {"138 1234 5678" if whole else "138****5678"}

    form = ComplaintFormDialog(None, case.id, clock=clock)
    qtbot.addWidget(form)
    assert form.ui.contactPhone.text() == ("13812345678" if whole else "138****5678")
    form.customer.refresh()              # the earlier case is found behind the mask too
    assert form.customer.history.is_returning and form.customer.history.count == 1
    [row] = [r for r in form.history.rows() if r[2] == "Phone"]
    assert row[3:] == (("13912340000", "13812345678") if whole
                       else ("139****0000", "138****5678"))
    if not whole:
        form.phone_reveal.action.trigger()
        assert form.ui.contactPhone.text() == "13812345678"
        [row] = [r for r in form.history.rows() if r[2] == "Phone"]
        assert row[3:] == ("13912340000", "13812345678")
        entry = AuditEntry.get(AuditEntry.action == "phone.reveal")
        assert entry.user_name == f"某{role}" and entry.case_no == case.case_no
    else:
        assert form.phone_reveal is None

    bench = RevisitWorkbench(None, clock, auto_schedule=False)
    qtbot.addWidget(bench)
    qtbot.waitUntil(lambda: not bench.loader.busy)      # the list is read on a worker
    assert bench.list.topLevelItemCount() == 1
    shown = "138 1234 5678" if whole else "138****5678"
    assert shown in bench.list.topLevelItem(0).toolTip(1)
    assert shown in bench.panel.customer.text()
    assert "13812345678" not in bench.panel.customer.text().replace(" ", "") or whole
