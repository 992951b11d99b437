"""The organisation setup dialog: company, sites, departments, tenants, staff,
categories, channels and reply times by severity."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDoubleSpinBox, QLabel

from desk.i18n import _
from desk.services.common import vocab
from desk.services.common.validation import ValidationError
from desk.services.org import company
from desk.services.org import organisation as org
from desk.ui.access.session import acting_id
from desk.ui.forms.ui_org_setup import Ui_OrgSetupDialog
from desk.ui.kit.styles import ERROR_STYLE
from desk.ui.org.company_extras import CompanyExtras
from desk.ui.org.org_specs import entity_specs
from desk.ui.org.org_tabs import EntityTab

MAX_REPLY_HOURS = 24 * 365


class OrgSetupDialog(QDialog):
    """Emits ``changed`` whenever something was saved (pick lists elsewhere reload)."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = Ui_OrgSetupDialog()
        self.ui.setupUi(self)
        self.setMinimumSize(760, 480)
        self.tabs: dict[str, EntityTab] = {}
        for position, spec in enumerate(entity_specs(), start=1):
            tab = EntityTab(spec, self)
            tab.changed.connect(self._entity_changed)
            self.ui.tabs.insertTab(position, tab, _(spec.title))
            self.tabs[spec.object_name] = tab
        self.hour_boxes: dict[str, QDoubleSpinBox] = {}
        self.hour_labels: dict[str, QLabel] = {}
        for code in vocab.SEVERITIES:
            box = QDoubleSpinBox(self)
            box.setObjectName(f"{code}Hours")
            box.setDecimals(1)
            box.setRange(0.5, MAX_REPLY_HOURS)
            box.setSingleStep(1)
            label = QLabel(self)
            label.setBuddy(box)
            self.ui.severityForm.addRow(label, box)
            self.hour_boxes[code] = box
            self.hour_labels[code] = label
        for message in (self.ui.companyMessage, self.ui.severityMessage):
            message.setStyleSheet(ERROR_STYLE)
            message.hide()
        self.company = CompanyExtras(self, self.ui.companyForm, self.ui.companyMessage)
        self.ui.saveCompany.clicked.connect(self.save_company)
        self.ui.saveSeverity.clicked.connect(self.save_reply_hours)
        self.load()
        self.retranslate()

    def retranslate(self) -> None:
        current = self.ui.tabs.currentIndex()
        self.ui.retranslateUi(self)
        for tab in self.tabs.values():
            tab.retranslate()
            self.ui.tabs.setTabText(self.ui.tabs.indexOf(tab), _(tab.spec.title))
        for code, label in self.hour_labels.items():
            label.setText(_("{severity}:").format(severity=vocab.label(vocab.SEVERITIES, code)))
        for box in self.hour_boxes.values():
            box.setSuffix(_(" hours"))
        self.company.retranslate()
        self.ui.tabs.setCurrentIndex(current)

    def load(self) -> None:
        self.ui.companyName.setText(org.get_setting("company_name") or "")
        self.company.load()
        hours = org.reply_hours()
        for code, box in self.hour_boxes.items():
            box.setValue(float(hours.get(code, vocab.DEFAULT_REPLY_HOURS.get(code, 72))))

    def _entity_changed(self) -> None:
        # Departments and sites feed the pick lists of the other tabs.
        for tab in self.tabs.values():
            tab.retranslate()
        self.changed.emit()

    def _message(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    def save_company(self) -> bool:
        try:
            company.save_details(self.ui.companyName.text(), self.company.address.text(),
                                 self.company.phone.text(), by_id=acting_id())
        except ValidationError as exc:
            self._message(self.ui.companyMessage, "\n".join(exc.errors.values()))
            return False
        self.ui.companyName.setText(company.details()["name"])
        self._message(self.ui.companyMessage, "")
        self.changed.emit()
        return True

    def save_reply_hours(self) -> bool:
        hours = {code: box.value() for code, box in self.hour_boxes.items()}
        try:
            org.set_reply_hours(hours, by_id=acting_id())
        except ValidationError as exc:
            self._message(self.ui.severityMessage, "\n".join(exc.errors.values()))
            return False
        self._message(self.ui.severityMessage, "")
        self.changed.emit()
        return True
