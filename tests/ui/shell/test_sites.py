"""The desk's site in the Cases menu: the case list and Today show that site's cases, a
new case carries it, and only the operations manager, deputy GM and GM may show all."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMenu

from desk.services.cases import complaints
from desk.services.cases.complaints import create_complaint
from desk.services.org import accounts
from desk.services.org import organisation as o
from desk.ui.access import session
from desk.ui.cases.case_model import ID_ROLE
from desk.ui.cases.complaint_form import ComplaintFormDialog
from desk.ui.kit import preferences, translators
from desk.ui.shell.main_window import MainWindow
from tests.ui.settle import settle

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def shown_ids(win) -> set[int]:
    model = settle(win.cases).model
    return {model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())}


@pytest.fixture
def sites(store, org, make_input, clock):
    translators.install_language("en")
    hotel = o.save_site("海景酒店")
    made = {"none": create_complaint(make_input(), clock=clock).id,
            "mall": create_complaint(make_input(site_id=org["site"]), clock=clock).id,
            "hotel": create_complaint(make_input(site_id=hotel), clock=clock).id}
    yield {"mall": org["site"], "hotel": hotel}, made
    preferences.set_every_site(False)


def open_window(qtbot, store, staff_id, clock):
    session.sign_in(accounts.account(staff_id) if staff_id else None)
    window = MainWindow(store, clock=clock)
    qtbot.addWidget(window)
    window.show()
    return window


def choose_site(window, name: str) -> None:
    menu = window.findChild(QMenu, "menuDeskSite")
    action = next(a for a in menu.actions() if a.text() == name)
    action.trigger()


def test_the_desk_site_narrows_the_list_and_today(sign_in_as, qtbot, store, org, sites, clock):
    ids, made = sites
    window = open_window(qtbot, store, org["clerk"], clock)
    window.cases.refresh()
    assert shown_ids(window) == set(made.values())        # no site chosen: all
    assert not window.site_scope.every.isVisible()
    choose_site(window, "海景酒店")
    assert preferences.desk_site_id() == ids["hotel"]
    qtbot.waitUntil(lambda: shown_ids(window) == {made["none"], made["hotel"]}, timeout=5000)
    today = window.workspace.screen_for("today")
    qtbot.waitUntil(lambda: not today.loading, timeout=5000)
    # a new record at this desk carries its site
    sign_in_as(org["clerk"])
    form = ComplaintFormDialog(window, clock=clock)
    qtbot.addWidget(form)
    assert form.fields.collect().site_id == ids["hotel"]


def test_the_operations_manager_may_show_every_site(qtbot, store, org, sites, clock):
    ids, made = sites
    preferences.set_desk_site_id(ids["mall"])
    window = open_window(qtbot, store, org["ops"], clock)
    window.cases.refresh()
    assert shown_ids(window) == {made["none"], made["mall"]}
    assert window.site_scope.every.isVisible()
    window.site_scope.every.setChecked(True)
    qtbot.waitUntil(lambda: shown_ids(window) == set(made.values()), timeout=5000)
    session.sign_in(accounts.account(org["clerk"]))   # a clerk takes over the desk
    assert not window.site_scope.every.isVisible()
    qtbot.waitUntil(lambda: shown_ids(window) == {made["none"], made["mall"]}, timeout=5000)
    assert complaints.get_complaint(made["mall"]).site_id == ids["mall"]
