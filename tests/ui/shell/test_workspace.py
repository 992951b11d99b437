"""The main window's tabs and the periodic deadline check."""
import datetime as dt

import pytest

from desk.services.cases.complaints import create_complaint
from desk.ui.shell.main_window import MainWindow


def test_today_tab_lists_overdue_case_and_deadline_check_escalates(sign_in_as, qtbot, store, org,
                                                                   slip_case, clock):
    case = slip_case(due=dt.timedelta(hours=5), approve=True)
    clock.advance(days=4)
    sign_in_as(org["clerk"])
    window = MainWindow(store, clock)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.workspace.escalated, timeout=20000) as blocker:
        window.workspace.check_deadlines()
    assert blocker.args[0] == [(case.case_no, "manager")]
    today = window.workspace.screen_for("today")
    assert today is not None
    with qtbot.waitSignal(today.refreshed, timeout=20000):
        window.workspace.setCurrentIndex(window.workspace.keys.index("today"))
    overdue = today.section("overdue")
    texts = [overdue.topLevelItem(i).text(0) for i in range(overdue.topLevelItemCount())]
    assert any(case.case_no in t for t in texts)
    opened = []
    window.workspace.open_case.connect(opened.append)
    today.openCase.emit(case.id)
    assert opened == [case.id]
    window.form.close() if window.form is not None else None


def test_daily_backup_runs_off_the_ui_thread(sign_in_as, qtbot, store, org, clock):
    sign_in_as(org["clerk"])
    window = MainWindow(store, clock)
    qtbot.addWidget(window)
    window.start_daily_backup()
    folder = store.path.parent / "backups"
    qtbot.waitUntil(lambda: any(folder.glob("*daily*.sqlite")), timeout=20000)
    window.start_daily_backup()   # the second start of the day makes none
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(20000)
    assert len(list(folder.glob("*daily*.sqlite"))) == 1


@pytest.fixture
def capa_id(sign_in_as, org, make_input, clock):
    """A corrective action on one case, the desk clerk signed in."""
    from desk.services.capa import actions as capa

    case = create_complaint(make_input(), clock=clock)
    made = capa.open_capa(complaint_ids=[case.id], problem="同类投诉反复出现",
                          by_id=org["clerk"], clock=clock)
    sign_in_as(org["clerk"])
    return made


def test_repeats_tab_opens_a_corrective_action_window(qtbot, store, capa_id, clock):
    window = MainWindow(store, clock)
    qtbot.addWidget(window)
    repeats = window.workspace.screen_for("repeats")
    assert repeats is not None and repeats.objectName() == "repeatsView"
    repeats.openCapa.emit(capa_id)
    form = window.workspace.capa_window   # deletes itself on close
    assert form.objectName() == "capaForm" and form.isVisible()
    form.close()


def test_opening_the_revisits_tab_schedules_nothing(sign_in_as, qtbot, store, org, closed_case, clock):
    """Revisits are made by the background check, once a day, not by opening the tab."""
    from PySide6.QtCore import QThreadPool

    from desk.services.org.organisation import get_setting
    from desk.services.revisits.schedule import DAY_MARK
    from desk.store.models.revisits import Revisit

    closed_case(phone="13812345678")
    clock.advance(days=3)
    before = Revisit.select().count()
    sign_in_as(org["clerk"])
    window = MainWindow(store, clock)
    qtbot.addWidget(window)
    window.workspace.setCurrentIndex(window.workspace.keys.index("revisits"))
    qtbot.waitUntil(lambda: "revisits" in window.workspace.screens)   # built after a paint
    qtbot.waitUntil(lambda: not window.workspace.screens["revisits"].loader.busy)
    QThreadPool.globalInstance().waitForDone(20000)
    assert Revisit.select().count() == before and get_setting(DAY_MARK) is None
    window.workspace.check_deadlines()
    today = clock.now().date().isoformat()
    qtbot.waitUntil(lambda: get_setting(DAY_MARK) == today, timeout=20000)


def test_the_corrective_action_window_sits_on_the_desk_and_closes_by_key(qtbot, store, capa_id,
                                                                         clock):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    window = MainWindow(store, clock)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.move(300, 150)
    window.show()
    qtbot.waitExposed(window)
    form = window.workspace.open_capa(capa_id)
    qtbot.waitExposed(form)
    free = form.screen().availableGeometry()
    assert free.contains(form.frameGeometry().topLeft())      # not off the screen
    close = form.findChild(QPushButton, "closeButton")
    assert close is not None and close.text() == "Close"
    form.activateWindow()
    qtbot.waitActive(form)
    with qtbot.waitSignal(form.destroyed):
        qtbot.keyClick(form, Qt.Key.Key_Escape)


WARM_UP = """
import os, sys, time
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desk.services.system.startup import open_store
from desk.ui.shell.main_window import MainWindow
store = open_store(sys.argv[1], backups=False, daily=False)
later = "desk.ui.casework.review_view"
before = later in sys.modules
window = MainWindow(store)
window.show()
deadline = time.monotonic() + 30
while later not in sys.modules and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
print(before, later in sys.modules, sorted(window.workspace.screens), flush=True)
os._exit(0)     # the window's worker threads end with the process
"""


def test_the_later_tabs_modules_are_imported_after_the_first_paint(tmp_path):
    """The window shows without them; then a thread imports them, and no tab is built."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DESK_DATA_DIR=str(tmp_path / "data"))
    out = subprocess.run([sys.executable, "-c", WARM_UP, str(tmp_path / "desk.sqlite")],
                         env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[-2] == "False True []"
