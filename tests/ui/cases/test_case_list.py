"""The case list panel: header clicks order it in the database, the keyboard goes from the
search box to the list, and every page and count is read off the UI thread."""
from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import QModelIndex, Qt

from desk.services.cases import caselist
from desk.services.cases.complaints import create_complaint
from desk.services.common import vocab
from desk.ui.cases.case_list import CaseListPanel
from desk.ui.cases.case_model import (
    COLUMN_KEYS,
    ID_ROLE,
    SEVERITY_BACKGROUND,
    WARNING_COLOUR,
    CaseTableModel,
)
from tests.ui.settle import settle

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def panel(qtbot, store, org, clock):
    widget = CaseListPanel(clock=clock)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def mixed(store, make_input, clock):
    made = []
    for number, severity in enumerate(["serious", "ordinary", "urgent", "ordinary", "serious"]):
        made.append(create_complaint(make_input(severity=severity,
                                                phone=f"1391111{number:04d}"), clock=clock))
        clock.advance(minutes=5)
    return made


def column_values(panel, key: str) -> list:
    model = settle(panel).model
    return [model.rows[r].__dict__[key] for r in range(model.rowCount())]


def click_header(qtbot, panel, key: str) -> None:
    header = panel.view.horizontalHeader()
    section = COLUMN_KEYS.index(key)
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.rect().center().__class__(x, header.height() // 2))
    settle(panel)


def test_a_header_click_orders_the_list_and_a_second_reverses_it(qtbot, panel, mixed):
    panel.refresh()
    assert [r.id for r in settle(panel).model.rows] == [c.id for c in reversed(mixed)]
    click_header(qtbot, panel, "severity")
    ranks = [list(vocab.SEVERITIES).index(s) for s in column_values(panel, "severity")]
    assert ranks == sorted(ranks) and len(set(ranks)) == 3
    ids = column_values(panel, "id")
    same_rank = [i for i, s in zip(ids, column_values(panel, "severity")) if s == "serious"]
    assert same_rank == sorted(same_rank)          # ties by id
    click_header(qtbot, panel, "severity")
    ranks = [list(vocab.SEVERITIES).index(s) for s in column_values(panel, "severity")]
    assert ranks == sorted(ranks, reverse=True)
    assert panel.current_filter().sort == "severity"
    click_header(qtbot, panel, "summary")          # no order for free text: nothing changes
    assert panel.current_filter().sort == "severity"
    assert panel.view.horizontalHeader().sortIndicatorSection() == COLUMN_KEYS.index("severity")
    click_header(qtbot, panel, "phone")
    phones = column_values(panel, "phone_digits")
    assert phones == sorted(phones)


def test_the_order_survives_a_new_panel(qtbot, panel, mixed, clock):
    click_header(qtbot, panel, "deadline")
    panel.save_state()
    again = CaseListPanel(clock=clock)
    qtbot.addWidget(again)
    assert again.current_filter().sort == "deadline"


def test_severity_is_tinted_and_pre_breach_is_marked(qtbot, store, make_input, clock):
    urgent = create_complaint(make_input(severity="urgent"), clock=clock)
    model = CaseTableModel(clock=clock)
    model.reload()
    settle(model)
    row = model.row_of(urgent.id)
    severity = model.index(row, COLUMN_KEYS.index("severity"))
    assert severity.data(Qt.ItemDataRole.BackgroundRole).color() == SEVERITY_BACKGROUND["urgent"]
    deadline = model.index(row, COLUMN_KEYS.index("deadline"))
    assert deadline.data(Qt.ItemDataRole.ForegroundRole) is None
    due = model.rows[row].reply_due_at
    clock.moment = urgent.received_at + (due - urgent.received_at) * 0.8   # pre-breach
    model.reload()
    settle(model)
    assert model.rows[row].deadline_state == "warning"
    assert deadline.data(Qt.ItemDataRole.ForegroundRole).color() == WARNING_COLOUR
    assert "soon" in deadline.data(Qt.ItemDataRole.ToolTipRole)


def test_the_age_of_a_closed_case_stops_at_its_close(qtbot, store, closed_case, clock):
    case = closed_case()
    clock.advance(days=30)
    model = CaseTableModel(clock=clock)
    model.reload()
    settle(model)
    age = model.index(model.row_of(case.id), COLUMN_KEYS.index("age")).data()
    assert age.startswith("0 h"), age


def test_one_phone_looks_the_same_however_it_was_typed(qtbot, store, make_input, clock):
    for typed in ("13612345678", "136 1234 5678", "+86 136-1234-5678"):
        create_complaint(make_input(phone=typed), clock=clock)
    model = CaseTableModel(clock=clock)
    model.reload()
    settle(model)
    shown = {model.index(r, COLUMN_KEYS.index("phone")).data() for r in range(3)}
    assert shown == {"136 1234 5678"}


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Down])
def test_enter_or_down_in_the_search_box_goes_to_the_list(qtbot, panel, mixed, key):
    settle(panel)
    panel.activateWindow()
    panel.focus_search()
    qtbot.keyClicks(panel.search_box, "1391111")
    qtbot.keyClick(panel.search_box, key)
    settle(panel)
    assert panel.view.hasFocus()
    assert panel.view.currentIndex().row() == 0
    assert panel.view.currentIndex().data(ID_ROLE) == mixed[-1].id


class _Threads(logging.Handler):
    """The threads that ran complaint queries (peewee logs every query it runs)."""

    def __init__(self):
        super().__init__(logging.DEBUG)
        self.names: list[str] = []

    def emit(self, record):
        if isinstance(record.msg, tuple) and '"complaint"' in str(record.msg[0]):
            self.names.append(record.threadName)


def test_pages_and_counts_are_read_off_the_ui_thread(qtbot, panel, mixed):
    handler = _Threads()
    logger = logging.getLogger("peewee")
    level = logger.level
    logger.setLevel(logging.DEBUG)
    logger.addHandler(handler)
    try:
        panel.refresh()
        assert panel.loading                       # returns before anything is read
        with qtbot.waitSignal(panel.count_changed):
            settle(panel)
        panel.model.page_size = 2
        panel.refresh()
        settle(panel)
        panel.model.fetchMore(QModelIndex())
        settle(panel)
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
    assert panel.model.rowCount() >= 4     # the view asks for more while it has room)
    assert handler.names and threading.main_thread().name not in handler.names


def test_a_stale_page_is_dropped(qtbot, panel, mixed):
    panel.ui.severityFilter.setCurrentIndex(panel.ui.severityFilter.findData("urgent"))
    panel.ui.severityFilter.setCurrentIndex(panel.ui.severityFilter.findData("serious"))
    settle(panel)
    assert {row.severity for row in panel.model.rows} == {"serious"}
    assert caselist.count(panel.current_filter()) == panel.model.rowCount() == 2


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW", "en"])
def test_every_status_and_severity_fits_its_column(qtbot, store, org, clock, lang):
    from desk.ui.kit import translators

    translators.install_language(lang)
    try:
        widget = CaseListPanel(clock=clock)
        qtbot.addWidget(widget)
        widget.fit_columns()
        metrics = widget.view.fontMetrics()
        for key, names in (("status", vocab.STATUSES), ("severity", vocab.SEVERITIES)):
            width = widget.view.columnWidth(COLUMN_KEYS.index(key))
            for code in names:
                text = vocab.label(names, code)
                assert metrics.horizontalAdvance(text) + 8 <= width, (lang, text, width)
    finally:
        translators.install_language("en")
