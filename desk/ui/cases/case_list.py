"""The case list panel: filter bar, search box and the lazily paged table of cases."""
from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QDate, QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHeaderView, QWidget

from desk import i18n
from desk.i18n import N_, _
from desk.services.cases import caselist
from desk.services.common import vocab
from desk.services.common.clock import system_clock
from desk.services.common.errors import user_message
from desk.services.org import organisation
from desk.ui.cases.case_columns import (
    WIDE_COMBOS,
    fit_columns,
    header_sort,
    keep_sortable,
    text_units,
)
from desk.ui.cases.case_model import COLUMNS, ID_ROLE, CaseTableModel
from desk.ui.forms.ui_case_list import Ui_CaseListPanel
from desk.ui.kit import preferences

log = logging.getLogger("desk.ui")
SEARCH_DELAY_MS = 250
HEADER_KEY = "caseList/headerState/v1/{lang}"   # one layout per language
DATE_PRESETS = (
    ("any", N_("Any date")),
    ("today", N_("Today")),
    ("week", N_("Last 7 days")),
    ("month", N_("Last 30 days")),
    ("this_month", N_("This month")),
    ("this_year", N_("This year")),
    ("custom", N_("Date range")),
)
class CaseListPanel(QWidget):
    """Emits ``open_requested(id)`` on Enter or double-click and ``count_changed`` after
    every filter change with (number of matching cases, whether the count was capped).

    Pages and counts are read in the background (``CaseTableModel``): ``refresh`` returns
    at once, ``loaded`` follows when the first page is shown (and the case to keep is
    selected again)."""

    open_requested = Signal(int)
    count_changed = Signal(int, bool)
    filters_applied = Signal()
    loaded = Signal()
    load_error = Signal(str)     # what went wrong reading the list, in one sentence

    def __init__(self, parent=None, clock=system_clock):
        super().__init__(parent)
        self.clock = clock
        self.ui = Ui_CaseListPanel()
        self.ui.setupUi(self)
        self.model = CaseTableModel(self, clock=clock)
        self.view = self.ui.caseList
        self.view.setModel(self.model)
        self.search_box = self.ui.searchBox
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_filters)
        self._loading = False
        self._layout_language = ""
        self._filters_language = ""
        self._labels: dict[str, list[str]] = {}   # active categories' and channels' names
        self.sort_key = ""                  # a column of ``casesort.SORTABLE``, or newest first
        self.sort_descending = True
        self._keep: int | None = None      # the case to select when the first page is in
        self._first_page = False           # the next page to arrive is a first page
        self._to_list = False              # move to the list's first row once it is in
        self.model.page_loaded.connect(self._page_loaded)
        self.model.counted.connect(self.count_changed)
        self.model.failed.connect(self._load_failed)
        self.populate_filters()
        self._setup_header()
        today = self.clock.now().date()
        self.ui.dateFrom.setDate(QDate(today.year, today.month, 1))
        self.ui.dateTo.setDate(QDate(today.year, today.month, today.day))
        self._connect()
        self._date_widgets_enabled()

    def set_viewer(self, by_id: int | None) -> None:
        """Phone numbers as this person may see them (masked: roles that do not call)."""
        from desk.services.retention.phones import masks_for

        masked = masks_for(by_id)
        if masked != self.model.mask_phones:
            self.model.mask_phones = masked
            self.model.layoutChanged.emit()

    # --- setup ---------------------------------------------------------------------------
    def _setup_header(self) -> None:
        header = self.view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(40)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.DescendingOrder)   # newest first
        header.sortIndicatorChanged.connect(self._sort_changed)
        self.view.verticalHeader().setDefaultSectionSize(
            self.view.fontMetrics().height() + 10)
        self.apply_layout()

    def apply_layout(self) -> None:
        """This language's remembered column layout, or widths that fit its words."""
        self._layout_language = i18n.current_language()
        header = self.view.horizontalHeader()
        state = preferences.app_settings().value(HEADER_KEY.format(lang=self._layout_language))
        restored = False
        if state is not None:
            try:
                restored = header.restoreState(state)
            except (TypeError, ValueError):
                restored = False
        if not restored or header.count() != len(COLUMNS):
            self.fit_columns()
        self._sort_from_header()

    def fit_columns(self) -> None:
        """Widths for this language's words (a few ms: only when needed)."""
        fit_columns(self.view, self._labels)

    def save_state(self, settings=None) -> None:
        settings = settings if settings is not None else preferences.app_settings()
        settings.setValue(HEADER_KEY.format(lang=self._layout_language),
                          self.view.horizontalHeader().saveState())

    def _connect(self) -> None:
        ui = self.ui
        self.search_box.textEdited.connect(lambda _text: self.search_timer.start())
        self.search_box.textChanged.connect(self._text_changed)
        self.search_box.returnPressed.connect(self._search_entered)
        self.search_box.installEventFilter(self)
        for combo in (ui.statusFilter, ui.severityFilter, ui.categoryFilter,
                      ui.channelFilter, ui.objectFilter):
            combo.currentIndexChanged.connect(self._filter_changed)
        ui.datePreset.currentIndexChanged.connect(self._preset_changed)
        ui.dateFrom.dateChanged.connect(self._date_edited)
        ui.dateTo.dateChanged.connect(self._date_edited)
        ui.showVoided.toggled.connect(self._filter_changed)
        ui.clearFilters.clicked.connect(self.clear_filters)
        self.view.activated.connect(self._activated)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.search_box and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape:
                if self.search_box.text():
                    self.search_box.clear()
                    self.apply_filters()
                return True
            if event.key() == Qt.Key.Key_Down:
                self.go_to_list()
                return True
        return super().eventFilter(watched, event)

    def _search_entered(self) -> None:
        """Enter: search now (if the typing has not yet) and go to the first case found."""
        if self.search_timer.isActive():
            self.apply_filters()
        self.go_to_list()

    def go_to_list(self) -> None:
        """Move the keyboard to the list, on its first case (once it has arrived)."""
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.model.fetching and not self.model.rows:
            self._to_list = True
        elif not self.view.currentIndex().isValid() and self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))

    # --- order ---------------------------------------------------------------------------
    def _sort_changed(self, _section: int, _order) -> None:
        header = self.view.horizontalHeader()
        if not keep_sortable(header, self.sort_key, self.sort_descending):
            return                  # a column with no order: the last one stays
        self._sort_from_header()
        if not self._loading:
            self.refresh()

    def _sort_from_header(self) -> None:
        self.sort_key, self.sort_descending = header_sort(self.view.horizontalHeader())

    # --- filter widgets ------------------------------------------------------------------
    def populate_filters(self) -> None:
        """(Re)fill the pick lists in the current language, keeping what is selected."""
        self._filters_language = i18n.current_language()
        ui = self.ui
        self._loading = True
        try:
            self._fill(ui.statusFilter, [(_("All statuses"), None),
                                         (_("Open cases"), "open"),
                                         (_("Overdue"), "overdue")]
                       + [(vocab.label(vocab.STATUSES, c), c) for c in vocab.STATUSES])
            self._fill(ui.severityFilter, [(_("All severities"), None)]
                       + [(vocab.label(vocab.SEVERITIES, c), c) for c in vocab.SEVERITIES])
            categories = organisation.categories(True)
            channels = organisation.channels(True)
            self._labels = {"category": [c.label for c in categories if c.active],
                            "channel": [c.label for c in channels if c.active]}
            self._fill(ui.categoryFilter, [(_("All categories"), None)]
                       + [(c.label, c.id) for c in categories])
            self._fill(ui.channelFilter, [(_("All channels"), None)]
                       + [(c.label, c.id) for c in channels])
            objects = [(_("Any department or shop"), None)]
            objects += [(_("Department: {name}").format(name=d.label), f"department:{d.id}")
                        for d in organisation.departments(True)]
            objects += [(_("Shop: {name}").format(name=t.label), f"tenant:{t.id}")
                        for t in organisation.tenants(True)]
            self._fill(ui.objectFilter, objects)
            self._fill(ui.datePreset, [(_(label), key) for key, label in DATE_PRESETS])
            for name in WIDE_COMBOS:
                combo = getattr(ui, name)
                combo.setMinimumContentsLength(max(8, text_units(combo.itemText(0)) + 1))
        finally:
            self._loading = False

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        try:
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            found = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(found, 0))
        finally:
            combo.blockSignals(False)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        if self._filters_language != i18n.current_language():
            self.populate_filters()
            self.refresh()     # the rows hold category and channel names in the old language
        self.model.retranslate()
        if self._layout_language != i18n.current_language():
            self.save_state()
            self.apply_layout()

    def _text_changed(self, text: str) -> None:
        if not text and not self.search_timer.isActive():
            self.search_timer.start()  # the clear button empties the box without editing

    def _filter_changed(self, *_args) -> None:
        if not self._loading:
            self.apply_filters()

    def _preset_changed(self, *_args) -> None:
        key = self.ui.datePreset.currentData()
        today = self.clock.now().date()
        start = {"today": today, "week": today - dt.timedelta(days=6),
                 "month": today - dt.timedelta(days=29),
                 "this_month": today.replace(day=1),
                 "this_year": today.replace(month=1, day=1)}.get(key)
        if start is not None:
            self._loading = True
            try:
                self.ui.dateFrom.setDate(QDate(start.year, start.month, start.day))
                self.ui.dateTo.setDate(QDate(today.year, today.month, today.day))
            finally:
                self._loading = False
        self._date_widgets_enabled()
        self._filter_changed()

    def _date_edited(self, *_args) -> None:
        if self._loading:
            return
        custom = self.ui.datePreset.findData("custom")
        if self.ui.datePreset.currentIndex() != custom:
            self.ui.datePreset.blockSignals(True)
            self.ui.datePreset.setCurrentIndex(custom)
            self.ui.datePreset.blockSignals(False)
            self._date_widgets_enabled()
        self.apply_filters()

    def _date_widgets_enabled(self) -> None:
        dated = self.ui.datePreset.currentData() not in (None, "any")
        for widget in (self.ui.dateFrom, self.ui.dateTo, self.ui.dateDash):
            widget.setEnabled(dated)

    def set_show_voided(self, shown: bool) -> None:
        self.ui.showVoided.setChecked(shown)

    def clear_filters(self) -> None:
        self._loading = True
        try:
            for combo in (self.ui.statusFilter, self.ui.severityFilter,
                          self.ui.categoryFilter, self.ui.channelFilter,
                          self.ui.objectFilter, self.ui.datePreset):
                combo.setCurrentIndex(0)
            self.ui.showVoided.setChecked(False)
            self.search_box.clear()
        finally:
            self._loading = False
        self._date_widgets_enabled()
        self.apply_filters()

    # --- the filter ----------------------------------------------------------------------
    def current_filter(self) -> caselist.CaseFilter:
        ui = self.ui
        flt = caselist.CaseFilter(text=self.search_box.text()[:200],
                                  include_voided=ui.showVoided.isChecked(),
                                  site_ids=preferences.list_site_ids(),
                                  sort=self.sort_key, descending=self.sort_descending)
        status = ui.statusFilter.currentData()
        if status == "open":
            flt.statuses = list(vocab.OPEN_STATUSES)
        elif status == "overdue":
            flt.overdue_only = True
        elif status:
            flt.statuses = [status]
        if ui.severityFilter.currentData():
            flt.severities = [ui.severityFilter.currentData()]
        if ui.categoryFilter.currentData():
            flt.category_ids = [ui.categoryFilter.currentData()]
        if ui.channelFilter.currentData():
            flt.channel_ids = [ui.channelFilter.currentData()]
        obj = ui.objectFilter.currentData()
        if obj:
            kind, _sep, number = obj.partition(":")
            obj_id = int(number)
            if kind == "department":
                flt.department_ids = [obj_id]
            else:
                flt.tenant_ids = [obj_id]
        if ui.datePreset.currentData() not in (None, "any"):
            flt.received_from = ui.dateFrom.date().toPython()
            flt.received_to = ui.dateTo.date().toPython()
            if flt.received_from > flt.received_to:
                flt.received_from, flt.received_to = flt.received_to, flt.received_from
        return flt

    def apply_filters(self) -> None:
        self.search_timer.stop()
        self.refresh()
        self.filters_applied.emit()

    def refresh(self, select_id: int | None = None) -> None:
        """Reload the first page in the background, keeping (or moving to) the selected
        case; ``loaded``, then ``count_changed`` follow."""
        if select_id is not None or not self._first_page:   # (one on its way keeps its case)
            self._keep = select_id if select_id is not None else self.current_id()
        self._first_page = True
        flt = self.current_filter()
        shown = caselist.sort_applies(flt) or not flt.sort   # a search lists newest first
        self.view.horizontalHeader().setSortIndicatorShown(shown)
        self.model.set_filter(flt)

    @property
    def loading(self) -> bool:      # a page or the count is still on its way
        return self.model.loading or self._first_page

    def _page_loaded(self) -> None:
        if not self._first_page:
            return
        self._first_page = False
        if self._keep is not None:
            self.select_case(self._keep)
        if self._to_list:
            self._to_list = False
            self.go_to_list()
        self.model.request_count()
        self.loaded.emit()

    def _load_failed(self, exc) -> None:
        self._first_page = False
        log.warning("case list could not be read: %r", exc)
        self.load_error.emit(user_message(exc))
        self.loaded.emit()

    def update_count(self) -> None:
        self.model.request_count()

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_case(self, complaint_id: int) -> bool:
        row = self.model.row_of(complaint_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _activated(self, index: QModelIndex) -> None:
        complaint_id = index.data(ID_ROLE)
        if complaint_id:
            self.open_requested.emit(int(complaint_id))
