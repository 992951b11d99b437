"""Setup > Retention and legal holds, and the monthly notice, as real widgets."""
from __future__ import annotations

import json

from PySide6.QtWidgets import QMessageBox

from desk.services.retention.notice import monthly_check
from desk.services.retention.policy import get_policy
from desk.store.models.audit import AuditEntry
from desk.store.models.cases import Complaint
from desk.ui.retention.retention_dialog import RetentionDialog
from desk.ui.shell.main_window import MainWindow
from tests.services.retention.fixtures import aged  # noqa: F401 (fixture)


def _counts(dialog) -> dict[str, str]:
    table = dialog.counts
    return {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}


def test_preview_hold_release_and_purge(sign_in_as, qtbot, aged, org, clock):  # noqa: F811
    sign_in_as(org["ops"])
    dialog = RetentionDialog(None, clock)
    qtbot.addWidget(dialog)
    assert _counts(dialog)["Case records"] == "1"
    assert dialog.holds_table.rowCount() == 1
    assert dialog.holds_table.item(0, 0).text() == aged["held"].case_no
    dialog.hold_case.setText(aged["due"].case_no)
    dialog.hold_reason.setText("法院诉讼中")
    dialog.place_hold()
    assert dialog.holds_table.rowCount() == 2 and _counts(dialog)["Case records"] == "0"
    assert not dialog.purge_button.isEnabled()
    dialog.holds_table.selectRow(1)
    dialog.release_selected()
    assert _counts(dialog)["Case records"] == "1" and dialog.purge_button.isEnabled()
    seen = []
    dialog.progress.changed.connect(lambda done, total: seen.append(dialog.cutoff.text()))
    dialog.purge()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=10000)
    assert seen == ["Purging... 1 of 1 cases deleted."]     # batch by batch, as it goes
    assert "Purged 1 cases" in dialog.cutoff.text()
    assert not Complaint.select().where(Complaint.id == aged["due"].id).exists()
    assert Complaint.select().where(Complaint.id == aged["held"].id).exists()


def test_policy_is_saved(sign_in_as, qtbot, aged, org, clock):  # noqa: F811
    sign_in_as(org["ops"])
    dialog = RetentionDialog(None, clock)
    qtbot.addWidget(dialog)
    dialog.case_years.setValue(5)
    dialog.auto.setChecked(True)
    dialog.save_policy()
    assert get_policy().case_years == 5 and get_policy().auto_monthly
    assert _counts(dialog)["Case records"] == "0"


def test_setup_changes_name_who_made_them(sign_in_as, qtbot, aged, org, clock):  # noqa: F811
    """The policy saved and holds placed and released in setup are audit entries naming
    the person signed in; the monthly check does not pass for a change of the policy."""
    sign_in_as(org["ops"])
    dialog = RetentionDialog(None, clock)
    qtbot.addWidget(dialog)
    dialog.case_years.setValue(3)
    dialog.save_policy()
    dialog.hold_case.setText(aged["due"].case_no)
    dialog.hold_reason.setText("法院诉讼中")
    dialog.place_hold()
    dialog.holds_table.selectRow(1)
    dialog.release_selected()
    assert monthly_check(org["ops"], "operations_manager", clock).plan is not None
    policy = [(e.user_name, json.loads(e.new)["case_years"]) for e in AuditEntry.select()
              .where((AuditEntry.action == "setup") & (AuditEntry.field == "retention"))]
    assert policy == [("赵经理", 3)]
    holds = {(e.action, e.user_name) for e in AuditEntry.select()
             .where((AuditEntry.case_no == aged["due"].case_no)
                    & AuditEntry.action.startswith("hold."))}
    assert holds == {("hold.placed", "赵经理"), ("hold.released", "赵经理")}
    month = AuditEntry.get(AuditEntry.field == "retention_checked_month")
    assert month.user_name == "赵经理"
    from desk.services.audit.verify import verify

    assert verify().ok


def test_monthly_notice_once_a_month_for_those_who_decide(sign_in_as, qtbot, aged, org, clock):  # noqa: F811
    assert monthly_check(org["clerk"], "clerk", clock).plan is None
    check = monthly_check(org["ops"], "operations_manager", clock)
    assert check.plan is not None and check.plan.counts["cases"] == 1
    assert monthly_check(org["ops"], "operations_manager", clock).plan is None  # done

    sign_in_as(org["ops"])
    window = MainWindow(None, clock=clock)
    qtbot.addWidget(window)
    box = window.retention.show_check(check)
    assert box.objectName() == "retentionNotice" and "1 cases" in box.text()
    box.button(QMessageBox.StandardButton.Open).click()
    assert isinstance(window.retention.dialog, RetentionDialog)
    window.retention.dialog.close()
