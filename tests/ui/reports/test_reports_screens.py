"""The Reports screen and the daily review screen, with real widgets on the known data."""
from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from known_week import at
from PySide6.QtCore import Qt

from desk.ui.casework.review_view import DailyReviewView
from desk.ui.reports.reports_view import ReportsView, format_change, format_value

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
WAIT = 20000      # ms: figures are read off the UI thread


def shown(qtbot, view) -> None:
    """Wait until the view's newest refresh is on screen."""
    qtbot.waitUntil(lambda: not view.loading, timeout=WAIT)


def test_reports_view_shows_figures_and_exports(qtbot, known, clock, tmp_path):
    view = ReportsView(None, clock=clock)
    qtbot.addWidget(view)
    assert view.objectName() == "reportsView"
    assert view.loading and not view.refresh_button.isEnabled()
    assert view.heading.text() == "Loading…"
    shown(qtbot, view)
    assert view.refresh_button.isEnabled() and "2026-W47" in view.heading.text()
    assert view.period().key == "2026-W47"            # the last complete week by default
    assert view.figure("received") == "5"
    assert view.figure("on_time") == "33.3%"
    assert view.figure("compensation") == "¥400.00"
    assert view.figure("resolution_median") == "48.0"
    with qtbot.waitSignal(view.refreshed, timeout=WAIT):
        view.lang_box.setCurrentIndex(view.lang_box.findData("zh_CN"))
    assert view.table.item(0, 0).text() != "Complaints received"
    view.kind_box.setCurrentIndex(view.kind_box.findData("monthly"))
    view.select_period("2026-11")                     # two refreshes: only the newest shown
    shown(qtbot, view)
    assert view.period().key == "2026-11" and "2026-11" in view.heading.text()
    assert view.figure("received") == "8"
    target = tmp_path / "月报.xlsx"
    with qtbot.waitSignal(view.exported, timeout=60000) as done:
        view.export_to(target)
    assert done.args[0].path == target and view.open_button.isEnabled()
    assert not view.progress.isVisible()
    assert str(target) in view.status.text()
    wb = openpyxl.load_workbook(target)
    assert "2026-11" in wb.worksheets[0]["A2"].value


def test_reports_view_export_failure_is_shown(qtbot, known, clock, tmp_path):
    view = ReportsView(None, clock=clock)
    qtbot.addWidget(view)
    shown(qtbot, view)
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with qtbot.waitSignal(view.exported, timeout=60000) as done:
        view.export_to(blocker / "report.xlsx")       # a folder that cannot exist
    assert done.args[0] is None
    assert view.export_button.isEnabled()
    assert "could not be written" in view.status.text()


def test_value_formats():
    assert format_value("percent", 0.5) == "50.0%" and format_value("count", None) == "—"
    assert format_change("percent", -0.25) == "-25.0 pp"
    assert format_change("count", 3) == "+3"


def test_daily_review_marks_slips(sign_in_as, qtbot, known, org, clock):
    clock.moment = at(18, 20)
    sign_in_as(org["ops"])
    view = DailyReviewView(None, clock=clock)
    qtbot.addWidget(view)
    assert view.objectName() == "dailyReview"
    assert view.heading.text() == "Loading…" and not view.refresh_button.isEnabled()
    shown(qtbot, view)
    assert view.refresh_button.isEnabled()
    rows = view.row_texts()
    assert [r[0] for r in rows] == [known["C2"].case_no, known["P1"].case_no]
    assert "earlier, not reviewed" in rows[1][5]
    assert view.heading.text() == "Handling slips of 2026-11-18: 0 of 1 reviewed"
    assert view.tiles["open"].value.text() == "2"              # P2 and C3
    view.tree.setCurrentItem(view.tree.topLevelItem(0))
    view.comment.setText("已核实")
    with qtbot.waitSignal(view.refreshed, timeout=WAIT):
        qtbot.mouseClick(view.mark_button, Qt.MouseButton.LeftButton)
    assert view.heading.text() == "Handling slips of 2026-11-18: 1 of 1 reviewed"
    assert "已核实" in view.row_texts()[0][6]
    # The paper anchor follows the trail: the review is an entry of its own.
    from desk.services.audit.trail import head

    assert view.anchor.text() == head().text() and head().count > 0
    assert view.current_slip() == view.items[1].slip_id        # moved on to the next one
    view.comment.setText("")
    with qtbot.waitSignal(view.refreshed, timeout=WAIT):
        qtbot.keyClick(view.comment, Qt.Key.Key_Return)       # Enter marks it too
    assert [r[0] for r in view.row_texts()] == [known["C2"].case_no]
    with qtbot.waitSignal(view.refreshed, timeout=WAIT):
        view.day.setDate(view.day.date().addDays(-2))
    assert view.chosen_day() == dt.date(2026, 11, 16)
    assert [r[0] for r in view.row_texts()] == [known["C1"].case_no]
    with qtbot.waitSignal(view.openCase) as opened:
        view.tree.itemActivated.emit(view.tree.topLevelItem(0), 0)
    assert opened.args == [known["C1"].id]


def test_daily_review_for_a_clerk_is_read_only(sign_in_as, qtbot, known, org, clock):
    sign_in_as(org["clerk"])
    view = DailyReviewView(None, clock=clock)
    qtbot.addWidget(view)
    shown(qtbot, view)
    assert not view.mark_button.isEnabled()
    view.mark_current()                                        # even when forced: refused
    assert view.error.isVisibleTo(view) or not view.items


def test_stale_figures_are_dropped(qtbot, known, clock):
    view = ReportsView(None, clock=clock)
    qtbot.addWidget(view)
    shown(qtbot, view)
    seen = []
    view.refreshed.connect(lambda: seen.append(view.period().key))
    for key in ("2026-W46", "2026-W45", "2026-W47"):  # each choice starts a refresh
        view.select_period(key)
    assert view.loading and view.heading.text() == "Loading…"
    shown(qtbot, view)
    assert seen == ["2026-W47"] and view.figure("received") == "5"


def test_failed_refresh_is_shown_and_the_next_one_clears_it(sign_in_as, qtbot, known, org, clock):
    from desk.store.db import database
    from desk.store.models.review import SlipReview

    table = SlipReview._meta.table_name
    sign_in_as(org["ops"])
    view = DailyReviewView(None, clock=clock)
    qtbot.addWidget(view)
    shown(qtbot, view)
    database.execute_sql(f'ALTER TABLE "{table}" RENAME TO "{table}_away"')   # unreadable
    with qtbot.waitSignal(view.refreshed, timeout=WAIT):
        view.refresh_button.click()
    assert view.error.isVisibleTo(view) and "could not be read" in view.error.text()
    assert view.items == [] and view.refresh_button.isEnabled()
    database.execute_sql(f'ALTER TABLE "{table}_away" RENAME TO "{table}"')
    with qtbot.waitSignal(view.refreshed, timeout=WAIT):
        view.refresh_button.click()
    assert not view.error.isVisibleTo(view) and view.items


def test_the_export_dialog_names_the_file_in_the_report_language_and_remembers_the_folder(
        qtbot, known, clock, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    asked = []
    folder = tmp_path / "周报"
    folder.mkdir()

    def save_dialog(parent, title, start, filters):
        asked.append(start)
        return str(folder / "w.xlsx"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    view = ReportsView(None, clock=clock)
    qtbot.addWidget(view)
    shown(qtbot, view)
    with qtbot.waitSignal(view.refreshed, timeout=WAIT):
        view.lang_box.setCurrentIndex(view.lang_box.findData("zh_CN"))
    with qtbot.waitSignal(view.exported, timeout=60000):
        view._ask_and_export()
    assert asked[0].endswith("投诉周报-2026-W47.xlsx"), asked
    with qtbot.waitSignal(view.exported, timeout=60000):
        view._ask_and_export()
    assert asked[1] == str(folder / "投诉周报-2026-W47.xlsx")     # the folder chosen last


def test_an_unmasked_export_is_recorded_in_the_signed_in_persons_name(
        sign_in_as, qtbot, known, org, clock, tmp_path):
    from desk.store.models.audit import AuditEntry

    sign_in_as(org["ops"])
    view = ReportsView(None, clock=clock)
    qtbot.addWidget(view)
    shown(qtbot, view)
    view.mask_box.setChecked(False)
    with qtbot.waitSignal(view.exported, timeout=60000) as done:
        view.export_to(tmp_path / "whole-phones.xlsx")
    assert done.args[0] is not None
    entry = (AuditEntry.select().where(AuditEntry.action == "report.export")
             .order_by(AuditEntry.seq.desc()).get())
    assert entry.user_id == org["ops"] and entry.user_name == "赵经理"
    assert entry.new == "2026-W47 unmasked"


def test_an_export_can_be_stopped_and_leaves_no_file(qtbot, known, clock, tmp_path):
    view = ReportsView(None, clock=clock)
    qtbot.addWidget(view)
    shown(qtbot, view)
    view.show()
    out = tmp_path / "out"
    with qtbot.waitSignal(view.exported, timeout=60000) as done:
        view.export_to(out / "stopped.xlsx")
        assert view.progress.isVisible() and view.cancel_button.isVisible()
        view.cancel_export()
        assert not view.cancel_button.isEnabled()
    assert done.args[0] is None
    assert "stopped" in view.status.text() and list(out.iterdir()) == []
    assert view.export_button.isEnabled() and not view.cancel_button.isVisible()
    with qtbot.waitSignal(view.exported, timeout=60000) as done:   # the next one runs
        view.export_to(out / "next.xlsx")
    assert done.args[0].path.exists()


@pytest.fixture
def busy_month(store, clock):
    """About a thousand cases a month: the export reports its progress on the way."""
    from desk.services.system.demo import fill_demo

    fill_demo(12000, seed=5, clock=clock, years=1)
    return store


def test_the_progress_bar_moves_and_a_running_export_stops(qtbot, busy_month, clock, tmp_path):
    view = ReportsView(None, clock=clock)
    qtbot.addWidget(view)
    view.kind_box.setCurrentIndex(view.kind_box.findData("monthly"))
    shown(qtbot, view)
    view.show()
    out = tmp_path / "out"
    seen = []
    view.progress.valueChanged.connect(
        lambda value: seen.append((value, view.progress.maximum())))
    with qtbot.waitSignal(view.exported, timeout=120000) as done:
        view.export_to(out / "month.xlsx")
    assert done.args[0].path.exists()
    values = [v for v, top in seen if top > 1]
    assert len(values) >= 3 and values == sorted(values) and values[0] < values[-1]
    assert seen[-1][0] == seen[-1][1]                   # full at the end
    stopped = []

    def stop_on_first_move(value):
        if value > 0 and not stopped:
            stopped.append(value)
            view.cancel_export()

    view.progress.valueChanged.connect(stop_on_first_move)
    with qtbot.waitSignal(view.exported, timeout=120000) as done:
        view.export_to(out / "stopped.xlsx")
    assert stopped and done.args[0] is None
    assert "stopped" in view.status.text()
    assert [p.name for p in out.iterdir()] == ["month.xlsx"]           # nothing left
