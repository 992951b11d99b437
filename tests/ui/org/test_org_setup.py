"""Organisation setup: add, edit and deactivate entries through the dialog."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit

from desk import i18n
from desk.services.common import vocab
from desk.services.org import organisation as org_service
from desk.ui.kit import translators
from desk.ui.org.org_setup import OrgSetupDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def dialog(qtbot, org):
    translators.install_language("en")
    box = OrgSetupDialog()
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    yield box
    translators.install_language("en")


def field(tab, key):
    return tab.inputs[key]


def test_dialog_has_all_tabs(dialog):
    assert dialog.objectName() == "orgSetup"
    titles = [dialog.ui.tabs.tabText(i) for i in range(dialog.ui.tabs.count())]
    assert titles == ["Company", "Sites", "Departments", "Tenants", "Staff", "Categories",
                      "Channels", "Reply times"]


def test_add_a_tenant(qtbot, dialog, org):
    tab = dialog.tabs["tenantsTab"]
    changed = []
    dialog.changed.connect(lambda: changed.append(True))
    tab.start_new()
    field(tab, "name").setText("  海底捞  ")
    field(tab, "unit_no").setText("5F-501")
    field(tab, "manager").setText("周店长")
    field(tab, "phone").setText("021-12345678")
    site = field(tab, "site_id")
    site.setCurrentIndex(site.findData(org["site"]))
    tab.ui.saveButton.click()
    rows = {r["name"]: r for r in org_service.tenant_rows()}
    assert rows["海底捞"]["unit_no"] == "5F-501"
    assert rows["海底捞"]["manager"] == "周店长"
    assert rows["海底捞"]["site_id"] == org["site"]
    assert changed
    texts = [tab.ui.rowsTable.item(r, 0).text() for r in range(tab.ui.rowsTable.rowCount())]
    assert "海底捞" in texts
    assert tab.current is not None and tab.current["name"] == "海底捞"


def test_bad_phone_is_shown_next_to_the_field(qtbot, dialog):
    tab = dialog.tabs["tenantsTab"]
    dialog.ui.tabs.setCurrentWidget(tab)
    before = len(org_service.tenant_rows())
    tab.start_new()
    field(tab, "name").setText("屈臣氏")
    field(tab, "phone").setText("12345")
    tab.ui.saveButton.click()
    error = tab.errors["phone"]
    assert error.isVisible() and "12345" in error.text()
    assert len(org_service.tenant_rows()) == before
    field(tab, "phone").setText("13912345678")
    tab.ui.saveButton.click()
    assert not error.isVisible()
    assert len(org_service.tenant_rows()) == before + 1


def test_errors_come_in_the_users_language(qtbot, dialog):
    translators.install_language("zh_CN")
    dialog.retranslate()
    tab = dialog.tabs["sitesTab"]
    tab.start_new()
    field(tab, "name").setText("   ")
    tab.ui.saveButton.click()
    message = tab.errors["name"].text()
    assert message and message == i18n.translate("{field} is required.", "zh_CN").format(
        field=i18n.translate("Name", "zh_CN"))
    assert message != "Name is required."


def test_add_staff_with_role_and_department(qtbot, dialog, org):
    tab = dialog.tabs["staffTab"]
    tab.start_new()
    field(tab, "name").setText("孙主管")
    role: QComboBox = field(tab, "role")
    role.setCurrentIndex(role.findData("floor_supervisor"))
    dept: QComboBox = field(tab, "department_id")
    dept.setCurrentIndex(dept.findData(org["dept2"]))
    field(tab, "phone").setText("13700001111")
    tab.ui.saveButton.click()
    row = next(r for r in org_service.staff_rows() if r["name"] == "孙主管")
    assert row["role"] == "floor_supervisor"
    assert row["department_id"] == org["dept2"]
    assert row["active"]
    assert role.itemText(role.findData("gm")) == vocab.label(vocab.ROLES, "gm")


def test_deactivate_and_reactivate_never_deletes(qtbot, dialog, org):
    tab = dialog.tabs["staffTab"]
    tab.reload(select_id=org["clerk"])
    assert tab.current["id"] == org["clerk"]
    assert tab.ui.activeButton.text() == "Deactivate"
    tab.ui.activeButton.click()
    row = next(r for r in org_service.staff_rows() if r["id"] == org["clerk"])
    assert row["active"] is False
    assert org["clerk"] not in [c.id for c in org_service.staff()]
    assert tab.ui.activeButton.text() == "Reactivate"
    tab.ui.activeButton.click()
    assert org["clerk"] in [c.id for c in org_service.staff()]


def test_new_department_appears_in_the_staff_pick_list(qtbot, dialog, org):
    departments = dialog.tabs["departmentsTab"]
    departments.start_new()
    field(departments, "name").setText("餐饮部")
    departments.ui.saveButton.click()
    staff_dept = field(dialog.tabs["staffTab"], "department_id")
    assert "餐饮部" in [staff_dept.itemText(i) for i in range(staff_dept.count())]


def test_seeded_category_keeps_its_translatable_name(qtbot, dialog, org):
    translators.install_language("zh_CN")
    dialog.retranslate()
    tab = dialog.tabs["categoriesTab"]
    tab.reload(select_id=org["category"])
    name: QLineEdit = field(tab, "name")
    assert name.text() == i18n.translate("Service attitude", "zh_CN")
    tab.ui.saveButton.click()          # saved unchanged in Chinese
    translators.install_language("en")
    label = next(c.label for c in org_service.categories() if c.id == org["category"])
    assert label == "Service attitude"


def test_channel_allows_anonymous(qtbot, dialog, org):
    tab = dialog.tabs["channelsTab"]
    tab.start_new()
    field(tab, "name").setText("小程序")
    field(tab, "allows_anonymous").setChecked(True)
    tab.ui.saveButton.click()
    made = next(c for c in org_service.channels() if c.label == "小程序")
    assert made.allows_anonymous


def test_company_name_and_reply_hours(qtbot, dialog):
    dialog.ui.companyName.setText("星河广场购物中心")
    dialog.ui.saveCompany.click()
    assert org_service.get_setting("company_name") == "星河广场购物中心"
    dialog.hour_boxes["urgent"].setValue(4)
    dialog.ui.saveSeverity.click()
    assert org_service.reply_hours()["urgent"] == 4
    dialog.ui.companyName.setText("x" * 100 + "😀")
    assert dialog.ui.companyName.text() == "x" * 100   # the field's own limit


def test_company_address_phone_and_logo_reach_the_documents(qtbot, dialog, tmp_path):
    from PIL import Image

    from desk.services.casework import documents
    from desk.services.org import company

    dialog.ui.companyName.setText("星河广场购物中心")
    dialog.company.address.setText("上海市浦东新区世纪大道100号")
    dialog.company.phone.setText("12345")
    dialog.ui.saveCompany.click()
    assert dialog.ui.companyMessage.isVisible()            # bad phone, nothing saved
    assert company.details()["address"] == ""
    dialog.company.phone.setText("021-58888888")
    dialog.ui.saveCompany.click()
    assert company.details() == {"name": "星河广场购物中心",
                                 "address": "上海市浦东新区世纪大道100号",
                                 "phone": "021-58888888"}
    not_a_picture = tmp_path / "logo.png"
    not_a_picture.write_bytes(b"%PDF-1.4 not an image")
    assert not dialog.company.set_logo(not_a_picture)
    assert dialog.ui.companyMessage.isVisible() and company.logo_path() is None
    logo = tmp_path / "real.png"
    Image.new("RGB", (64, 32), "navy").save(logo)
    assert dialog.company.set_logo(logo)
    assert company.logo_path() is not None and dialog.company.remove.isEnabled()
    assert documents.company().logo_path == company.logo_path()
    dialog.company.remove_logo()
    assert company.logo_path() is None and dialog.company.logo.text() == "No logo"
