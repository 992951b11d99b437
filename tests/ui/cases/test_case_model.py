"""The lazy case model: keyset pages, never all rows, marks for overdue and voided cases."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from desk.services.cases import caselist
from desk.services.cases.complaints import create_complaint, void_complaint
from desk.services.system.demo import fill_demo
from desk.ui.cases.case_model import (
    COLUMN_KEYS,
    COLUMNS,
    ID_ROLE,
    OVERDUE_COLOUR,
    VOIDED_COLOUR,
    CaseTableModel,
)
from tests.ui.settle import settle

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def demo(store, clock):
    fill_demo(500, seed=3, clock=clock)
    return store


def test_pages_lazily_and_grows_with_fetch_more(qtbot, demo, clock):
    model = CaseTableModel(clock=clock)
    model.set_filter(caselist.CaseFilter())
    settle(model)
    total = caselist.count(caselist.CaseFilter(), clock=clock)
    assert total == 500
    assert 0 < model.rowCount() < total
    assert model.rowCount() == model.page_size
    assert model.canFetchMore(QModelIndex())
    seen = model.rowCount()
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        settle(model)
        assert model.rowCount() > seen or not model.canFetchMore(QModelIndex())
        seen = model.rowCount()
    assert model.rowCount() == total
    ids = [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())]
    assert ids == sorted(ids, reverse=True)
    assert len(set(ids)) == total


def test_every_cell_is_text(qtbot, demo, clock):
    model = CaseTableModel(clock=clock)
    model.reload()
    settle(model)
    assert model.columnCount() == len(COLUMNS) == 12
    for column in range(model.columnCount()):
        assert isinstance(model.headerData(column, Qt.Orientation.Horizontal), str)
        assert isinstance(model.index(0, column).data(), str)
    assert model.index(0, 0).data().startswith("20")


def counted(qtbot, model, **kw) -> tuple[int, bool]:
    with qtbot.waitSignal(model.counted) as blocker:
        model.request_count(**kw)
    return tuple(blocker.args)


def test_count_is_capped(qtbot, demo, clock):
    model = CaseTableModel(clock=clock)
    model.reload()
    settle(model)
    assert counted(qtbot, model, cap=100) == (100, True)
    assert counted(qtbot, model) == (500, False)


def test_filter_by_status_only_shows_that_status(qtbot, demo, clock):
    model = CaseTableModel(clock=clock)
    model.set_filter(caselist.CaseFilter(statuses=["closed"]))
    assert settle(model).rowCount() > 0
    assert {row.status for row in model.rows} == {"closed"}


def test_overdue_and_voided_rows_are_marked(qtbot, store, make_input, clock):
    urgent = create_complaint(make_input(severity="urgent"), clock=clock)
    voided = create_complaint(make_input(), clock=clock)
    void_complaint(voided.id, "entered twice", None, clock=clock)
    clock.advance(days=1)
    model = CaseTableModel(clock=clock)
    settle(model).set_filter(caselist.CaseFilter(include_voided=True))
    settle(model)
    deadline = COLUMN_KEYS.index("deadline")
    urgent_row = model.row_of(urgent.id)
    voided_row = model.row_of(voided.id)
    brush = model.index(urgent_row, deadline).data(Qt.ItemDataRole.ForegroundRole)
    assert brush.color() == OVERDUE_COLOUR
    assert model.index(urgent_row, deadline).data(Qt.ItemDataRole.FontRole).bold()
    font = model.index(voided_row, 0).data(Qt.ItemDataRole.FontRole)
    assert font.italic()
    assert model.index(voided_row, 0).data(
        Qt.ItemDataRole.ForegroundRole).color() == VOIDED_COLOUR
    model.set_filter(caselist.CaseFilter())
    assert settle(model).row_of(voided.id) == -1


def test_empty_database_has_no_rows_and_nothing_to_fetch(qtbot, store, clock):
    model = CaseTableModel(clock=clock)
    model.reload()
    assert settle(model).rowCount() == 0
    assert not model.canFetchMore(QModelIndex())
    assert counted(qtbot, model) == (0, False)
