"""The desk's site, in the Cases menu: which site this PC's desk belongs to (its new cases
carry it; the case list and Today show that site's cases), and, for the operations
manager, the deputy GM and the GM, "All sites"."""
from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from desk.i18n import _
from desk.services.org import organisation
from desk.ui.kit import preferences
from desk.ui.kit.events import case_events


class SiteScope:
    def __init__(self, window: QMainWindow, menu: QMenu):
        self.window = window
        menu.addSeparator()
        self.menu = menu.addMenu("")
        self.menu.setObjectName("menuDeskSite")
        self.every = QAction(window)
        self.every.setObjectName("actionAllSites")
        self.every.setCheckable(True)
        self.every.toggled.connect(self._every_toggled)
        menu.addAction(self.every)
        self.group = QActionGroup(window)
        self.group.triggered.connect(self._chosen)
        self.update()

    def update(self) -> None:
        """Texts, the list of sites and who may see all (operator, language or setup
        changed)."""
        self.menu.setTitle(_("This desk's site"))
        self.every.setText(_("All sites"))
        may = organisation.sees_all_sites(getattr(self.window, "operator_id", None))
        self.every.setVisible(may)
        if not may and self.every.isChecked():
            self.every.setChecked(False)
        for action in self.group.actions():
            self.group.removeAction(action)
            self.menu.removeAction(action)
        chosen = preferences.desk_site_id()
        for site in organisation.sites():
            action = QAction(site.label, self.menu)
            action.setCheckable(True)
            action.setData(site.id)
            action.setChecked(site.id == chosen)
            self.group.addAction(action)
            self.menu.addAction(action)
        self.menu.setEnabled(bool(self.group.actions()))

    def _chosen(self, action: QAction) -> None:
        preferences.set_desk_site_id(action.data())
        case_events().cases_changed.emit()

    def _every_toggled(self, shown: bool) -> None:
        preferences.set_every_site(shown)
        case_events().cases_changed.emit()
