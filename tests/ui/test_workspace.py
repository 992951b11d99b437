"""The main window's tabs and the periodic deadline check."""
import datetime as dt

from desk.services import slips
from desk.services.complaints import create_complaint
from desk.ui.main_window import MainWindow


def test_today_tab_lists_overdue_case_and_deadline_check_escalates(qtbot, store, org,
                                                                   make_input, clock):
    case = create_complaint(make_input(), clock=clock)
    slips.issue_slip(case.id, "department", clock.now() + dt.timedelta(hours=5),
                     by_id=org["clerk"], department_id=org["dept"], clock=clock)
    slips.approve_slip(case.id, org["ops"], clock=clock)
    clock.advance(days=4)
    window = MainWindow(store, org["clerk"], clock)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.workspace.escalated, timeout=20000) as blocker:
        window.workspace.check_deadlines()
    assert blocker.args[0] == [(case.case_no, "manager")]
    today = window.workspace.screen_for("today")
    assert today is not None
    window.workspace.setCurrentIndex(window.workspace.keys.index("today"))
    overdue = today.section("overdue")
    texts = [overdue.topLevelItem(i).text(0) for i in range(overdue.topLevelItemCount())]
    assert any(case.case_no in t for t in texts)
    opened = []
    window.workspace.open_case.connect(opened.append)
    today.openCase.emit(case.id)
    assert opened == [case.id]
    window.form.close() if window.form is not None else None
