"""The Today view: sections with counts; Enter or double-click opens a case."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desk.services.cases.complaints import create_complaint
from desk.services.org.organisation import save_staff
from desk.ui.casework.today_view import SECTIONS, TodayView

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
WAIT = 20000      # ms: the lists are read off the UI thread


def shown(qtbot, view) -> None:
    qtbot.waitUntil(lambda: not view.loading, timeout=WAIT)


def test_lists_an_overdue_case_and_opens_it(qtbot, org, make_input, slip_case, clock):
    late = create_complaint(make_input(received_at=clock.now() - dt.timedelta(days=5),
                                       complainant_name="陈晓"), clock=clock)
    save_staff("楼层主管甲", "floor_supervisor")
    tenant_case = slip_case(to="tenant")
    clock.advance(hours=15)          # the 24-hour call to the tenant falls due today
    view = TodayView(None, clock=clock)
    qtbot.addWidget(view)
    assert view.heading.text() == "Loading…" and not view.refresh_button.isEnabled()
    shown(qtbot, view)
    assert view.heading.text().startswith("Today, ") and view.refresh_button.isEnabled()
    overdue = view.section("overdue")
    assert overdue.topLevelItemCount() == 1
    item = overdue.topLevelItem(0)
    assert item.text(0) == late.case_no and item.text(1) == "陈晓"
    assert view.boxes["overdue"].title() == "Overdue (1)"
    assert view.boxes["tenant_followups"].title() == "Tenant follow-ups due (1)"
    assert view.boxes["to_inform"].title() == "Customers to inform (1)"
    assert view.boxes["due_today"].title() == "Due today (0)"
    assert view.section("due_today").topLevelItem(0).text(0) == "Nothing here"

    overdue.setCurrentItem(item)
    with qtbot.waitSignal(view.openCase) as opened:
        qtbot.keyClick(overdue, Qt.Key.Key_Return)
    assert opened.args == [late.id]
    follow = view.section("tenant_followups")
    with qtbot.waitSignal(view.openCase) as opened:
        follow.itemActivated.emit(follow.topLevelItem(0), 0)
    assert opened.args == [tenant_case.id]


def test_empty_item_opens_nothing_and_refresh_picks_up_new_cases(qtbot, org, make_input,
                                                                 clock):
    view = TodayView(None, clock=clock)
    qtbot.addWidget(view)
    shown(qtbot, view)
    opened = []
    view.openCase.connect(opened.append)
    empty = view.section("overdue").topLevelItem(0)
    view.section("overdue").itemActivated.emit(empty, 0)
    assert opened == []
    assert all(view.boxes[key].title().endswith("(0)") for key, *_rest in SECTIONS)
    create_complaint(make_input(received_at=clock.now() - dt.timedelta(hours=71)), clock=clock)
    with qtbot.waitSignal(view.refreshed, timeout=WAIT):
        view.refresh_button.click()
    assert view.boxes["due_today"].title() == "Due today (1)"


def test_chinese(qtbot, org, make_input, clock):
    from desk import i18n
    i18n.set_language("zh_CN")
    create_complaint(make_input(received_at=clock.now() - dt.timedelta(days=5)), clock=clock)
    view = TodayView(None, clock=clock)
    qtbot.addWidget(view)
    assert view.heading.text() == "正在加载…"
    shown(qtbot, view)
    assert view.section("overdue").topLevelItemCount() == 1
    assert view.refresh_button.text()


def test_closed_while_loading_hears_nothing(qtbot, org, clock):
    """A screen deleted before its lists arrive: the outcome is dropped quietly."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool

    view = TodayView(None, clock=clock)
    heard = []
    view.refreshed.connect(lambda: heard.append(True))
    assert view.loading
    view.close()
    view.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(view)
    QThreadPool.globalInstance().waitForDone()
    QCoreApplication.processEvents()
    assert heard == []
