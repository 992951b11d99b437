"""Company address, service-desk phone and logo rows for the organisation setup."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desk.i18n import _
from desk.services.common.errors import user_message
from desk.services.common.validation import LIMITS
from desk.services.org import company
from desk.ui.access.session import acting_id
from desk.ui.kit import preferences

LOGO_SIZE = 96


class CompanyExtras:
    """Adds its rows under the company name in ``form``."""

    def __init__(self, parent: QWidget, form: QFormLayout, message: QLabel):
        self.message = message
        self.address = QLineEdit(parent)
        self.address.setObjectName("companyAddress")
        self.address.setMaxLength(LIMITS["address"])
        self.phone = QLineEdit(parent)
        self.phone.setObjectName("companyPhone")
        self.phone.setMaxLength(LIMITS["phone"])
        self.logo = QLabel(parent)
        self.logo.setObjectName("companyLogo")
        self.logo.setFixedSize(LOGO_SIZE, LOGO_SIZE)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo.setStyleSheet("border: 1px solid palette(mid);")
        self.choose = QPushButton(parent)
        self.choose.setObjectName("chooseLogo")
        self.choose.clicked.connect(self.choose_logo)
        self.remove = QPushButton(parent)
        self.remove.setObjectName("removeLogo")
        self.remove.clicked.connect(self.remove_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo)
        logo_row.addWidget(self.choose)
        logo_row.addWidget(self.remove)
        logo_row.addStretch(1)
        self.labels = [QLabel(parent) for _i in range(3)]
        self.labels[0].setBuddy(self.address)
        self.labels[1].setBuddy(self.phone)
        self.labels[2].setBuddy(self.choose)
        form.addRow(self.labels[0], self.address)
        form.addRow(self.labels[1], self.phone)
        form.addRow(self.labels[2], logo_row)

    def retranslate(self) -> None:
        for label, text in zip(self.labels, (_("Address:"), _("Service desk phone:"),
                                             _("Logo:"))):
            label.setText(text)
        self.choose.setText(_("Choose picture..."))
        self.remove.setText(_("Remove"))
        self.show_logo()

    def load(self) -> None:
        info = company.details()
        self.address.setText(info["address"])
        self.phone.setText(info["phone"])
        self.show_logo()

    def show_logo(self) -> None:
        path = company.logo_path()
        pixmap = QPixmap(str(path)) if path else QPixmap()
        if pixmap.isNull():
            self.logo.setPixmap(QPixmap())
            self.logo.setText(_("No logo"))
        else:
            self.logo.setPixmap(pixmap.scaled(LOGO_SIZE - 4, LOGO_SIZE - 4,
                                              Qt.AspectRatioMode.KeepAspectRatio,
                                              Qt.TransformationMode.SmoothTransformation))
        self.remove.setEnabled(path is not None)

    def choose_logo(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self.logo, _("Company logo"), preferences.last_folder(),
            _("Pictures (*.png *.jpg *.jpeg *.bmp)"))
        if name:
            preferences.remember_file(name)
            self.set_logo(Path(name))

    def set_logo(self, path: Path) -> bool:
        try:
            company.set_logo(path, by_id=acting_id())
        except Exception as exc:
            self.message.setText(user_message(exc))
            self.message.show()
            return False
        self.message.hide()
        self.show_logo()
        return True

    def remove_logo(self) -> None:
        company.clear_logo(by_id=acting_id())
        self.show_logo()
