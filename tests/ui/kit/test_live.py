"""Live screens: another program's change on the same database reaches this program's
case list, Today view and open case window by itself, without Refresh."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from desk.services.cases.complaints import create_complaint
from desk.ui.cases.case_model import ID_ROLE
from desk.ui.cases.complaint_form import ComplaintFormDialog
from desk.ui.kit import translators
from desk.ui.kit.events import case_events
from desk.ui.kit.live import start_live_updates
from desk.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
WAIT_MS = 15_000      # "within a few seconds" on a busy two-core machine

OTHER_DESK = textwrap.dedent("""
    import sys
    from desk.services.system.startup import open_store
    from desk.services.cases.complaints import (ComplaintInput, create_complaint,
                                                get_complaint, input_from_record,
                                                update_complaint)
    from desk.services.org import organisation
    from desk.store.models.cases import Staff

    db, case_id = sys.argv[1], int(sys.argv[2])
    open_store(db, backups=False, daily=False)
    ops = Staff.get(Staff.role == "operations_manager").id
    record = get_complaint(case_id)
    data = input_from_record(record)
    data.room_no = "8808"
    update_complaint(case_id, data, by_id=ops, expected_version=record.version)
    made = create_complaint(ComplaintInput(
        channel_id=organisation.channels()[0].id, category_id=organisation.categories()[0].id,
        complainant_name="另一台电脑", phone="139 0000 0000", recorded_by_id=ops,
        description="在另一台电脑上登记的投诉。"))
    from desk.services.casework import slips
    slips.answer_at_desk(made.id, "已道歉", "accepts", by_id=ops, needs_signature=True)
    print(made.id)
""")


def shown_ids(win) -> set[int]:
    model = win.cases.model
    return {model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())}


def other_desk(tmp_path, db_path, case_id: int) -> int:
    script = tmp_path / "other_desk.py"
    script.write_text(OTHER_DESK, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script), str(db_path), str(case_id)],
                          capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, PYTHONUNBUFFERED="1"))
    assert done.returncode == 0, done.stderr[-3000:]
    return int(done.stdout.split()[-1])


def test_another_desks_change_appears_without_refresh(sign_in_as, qtbot, store, org, make_input, clock,
                                                      tmp_path, db_path):
    translators.install_language("en")
    record = create_complaint(make_input(room_no="1101"), clock=clock)
    sign_in_as(org["clerk"])
    window = MainWindow(store, clock=clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.live is not None and window.live.isRunning()
    window.cases.refresh()
    qtbot.waitUntil(lambda: shown_ids(window) == {record.id}, timeout=WAIT_MS)   # read off the UI thread
    sign_in_as(org["clerk"])
    form = ComplaintFormDialog(window, complaint_id=record.id, clock=clock)
    qtbot.addWidget(form)
    form.show()
    today = window.workspace.screen_for("today")
    qtbot.waitUntil(lambda: not today.loading, timeout=WAIT_MS)
    assert today.view.awaiting_signature == []

    made = other_desk(tmp_path, db_path, record.id)

    qtbot.waitUntil(lambda: made in shown_ids(window), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: form.ui.roomNo.text() == "8808", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: [i.complaint_id for i in today.view.awaiting_signature] == [made],
                    timeout=WAIT_MS)
    assert not form.is_dirty() and form.base_version == form.record.version
    window.close()
    assert window.live is None


@pytest.mark.sqlite_only(reason="the file moved away and back")
def test_a_lost_database_is_said_and_its_return(qtbot, store, tmp_path, db_path):
    heard = []
    case_events().reachable_changed.connect(heard.append)
    live = start_live_updates(None, store.url, interval=0.1)
    try:
        aside = tmp_path / "aside.sqlite"
        qtbot.wait(300)
        db_path.rename(aside)
        qtbot.waitUntil(lambda: heard[-1:] == [False], timeout=WAIT_MS)
        aside.rename(db_path)
        with qtbot.waitSignal(case_events().cases_changed, timeout=WAIT_MS):
            qtbot.waitUntil(lambda: heard[-1:] == [True], timeout=WAIT_MS)
    finally:
        live.stop()
        case_events().reachable_changed.disconnect(heard.append)
