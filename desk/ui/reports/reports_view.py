"""The Reports screen: pick weekly or monthly, the period and the language, see the summary
figures, export the workbook off the UI thread with progress, and open it."""
from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.i18n import LANGUAGE_NAMES, LANGUAGES, N_, _, current_language, translate
from desk.services import reports
from desk.services.common.clock import system_clock
from desk.services.common.errors import user_message
from desk.services.reports.periods import Period
from desk.ui.access import session
from desk.ui.kit import preferences
from desk.ui.kit.retranslate import Retranslating
from desk.ui.kit.widgets import heading_label, named, push_button
from desk.ui.kit.workers import Refresher, run_in_thread

log = logging.getLogger("desk.ui")
KINDS = (("weekly", N_("Weekly report")), ("monthly", N_("Monthly report")))
PERIODS_SHOWN = 26          # weeks (or months) offered in the period list


def format_value(kind: str, value) -> str:
    """A figure as the summary table shows it."""
    if value is None:
        return "—"
    if kind == "percent":
        return f"{value * 100:.1f}%"
    if kind == "money":
        return f"¥{value:,.2f}"
    if kind in ("hours", "score"):
        return f"{value:,.1f}"
    return f"{value:,.0f}"


def format_change(kind: str, value) -> str:
    if value is None:
        return ""
    if kind == "percent":
        return _("{value} pp").format(value=f"{value * 100:+.1f}")
    if kind == "money":
        return f"{value:+,.2f}"
    if kind in ("hours", "score"):
        return f"{value:+,.1f}"
    return f"{value:+,.0f}"


class _Progress(QObject):
    changed = Signal(int, int)


class ReportsView(Retranslating, QWidget):
    """``exported(result)`` when an export ends: the ExportResult, or None on failure;
    ``refreshed`` when a refresh has ended (its figures, or why not, are shown)."""

    redisplay = "_show"

    exported = Signal(object)
    refreshed = Signal()

    def __init__(self, parent: QWidget | None = None, clock=system_clock):
        super().__init__(parent)
        self.setObjectName("reportsView")
        self.clock = clock
        self.report = None
        self.last_result: reports.ExportResult | None = None
        self.job = None
        self.figures_failed = False
        self.loader = Refresher(self, self._loaded, self._load_failed)
        self.progress_signal = _Progress(self)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kind_box = named(QComboBox(self), "reportKind")
        self.period_box = named(QComboBox(self), "reportPeriod")
        self.lang_box = named(QComboBox(self), "reportLanguage")
        for lang in LANGUAGES:
            self.lang_box.addItem(LANGUAGE_NAMES[lang], lang)
        self.lang_box.setCurrentIndex(LANGUAGES.index(current_language()))
        self.mask_box = QCheckBox(self)
        self.mask_box.setObjectName("maskPhones")
        self.mask_box.setChecked(True)
        self.kind_label, self.period_label, self.lang_label = (QLabel(self) for _i in range(3))
        form.addRow(self.kind_label, self.kind_box)
        form.addRow(self.period_label, self.period_box)
        form.addRow(self.lang_label, self.lang_box)
        form.addRow("", self.mask_box)
        layout.addLayout(form)
        self.heading = heading_label(self, "reportHeading", 1.2)
        layout.addWidget(self.heading)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("summaryTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("exportProgress")
        self.progress.hide()
        self.cancel_button = push_button(self, "cancelExport", self.cancel_export)
        self.cancel_button.hide()
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        layout.addLayout(progress_row)
        self.stop = threading.Event()
        self.status = QLabel(self)
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.refresh_button = push_button(self, "showFigures", self.refresh)
        self.export_button = push_button(self, "exportReport", self._ask_and_export)
        self.open_button = push_button(self, "openReport", self.open_file)
        self.open_button.setEnabled(False)
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.open_button)
        layout.addLayout(buttons)
        self.kind_box.currentIndexChanged.connect(self._fill_periods)
        self.period_box.currentIndexChanged.connect(self.refresh)
        self.lang_box.currentIndexChanged.connect(self.refresh)
        self.progress_signal.changed.connect(self._progress)
        self._retranslate()
        self._fill_periods()

    # ---------------------------------------------------------------- choices

    def _retranslate(self) -> None:
        self.kind_label.setText(_("Report"))
        self.period_label.setText(_("Period"))
        self.lang_label.setText(_("Language"))
        self.mask_box.setText(_("Mask phone numbers (138****5678)"))
        self.refresh_button.setText(_("Show figures"))
        self.export_button.setText(_("Export to Excel…"))
        self.open_button.setText(_("Open the file"))
        self.cancel_button.setText(_("Cancel"))
        self.table.setHorizontalHeaderLabels([_("Measure"), _("This period"),
                                              _("Previous period"), _("Difference")])
        current = self.kind_box.currentIndex()
        self.kind_box.blockSignals(True)
        self.kind_box.clear()
        for code, label in KINDS:
            self.kind_box.addItem(_(label), code)
        self.kind_box.setCurrentIndex(max(current, 0))
        self.kind_box.blockSignals(False)

    def kind(self) -> str:
        return self.kind_box.currentData() or "weekly"

    def period(self) -> Period:
        return self.period_box.currentData()

    def language(self) -> str:
        return self.lang_box.currentData() or current_language()

    def _fill_periods(self) -> None:
        kind = self.kind()
        try:
            start = reports.week_start()
        except Exception:
            start = 0
        period = reports.current(kind, self.clock.now(), start)
        self.period_box.blockSignals(True)
        self.period_box.clear()
        for index in range(PERIODS_SHOWN):
            label = f"{period.key}  ({period.span_text()})"
            if index == 0:
                label = _("{period} (so far)").format(period=label)
            self.period_box.addItem(label, period)
            period = period.previous()
        self.period_box.setCurrentIndex(1)       # the last complete one
        self.period_box.blockSignals(False)
        self.refresh()

    def select_period(self, key: str) -> None:
        for index in range(self.period_box.count()):
            if self.period_box.itemData(index).key == key:
                self.period_box.setCurrentIndex(index)
                return
        raise KeyError(key)

    # ---------------------------------------------------------------- figures

    @property
    def loading(self) -> bool:
        return self.loader.busy

    def refresh(self) -> None:
        """Compute the summary figures of the chosen period off the UI thread (about a
        second on a million cases); ``refreshed`` when they are shown."""
        self.loader.start(reports.build_report, self.period(), self.language(), self.clock)
        self._show()

    def _loaded(self, report) -> None:
        self.report = report
        if self.figures_failed:
            self.figures_failed = False
            self.status.clear()
        self._show()
        self.refreshed.emit()

    def _load_failed(self, exc: Exception) -> None:
        log.error("report figures failed", exc_info=exc)
        self.report = None
        self.figures_failed = True
        self.status.setText(_("The figures could not be read: {error}").format(
            error=user_message(exc)))
        self._show()
        self.refreshed.emit()

    def _show(self) -> None:
        report = self.report
        self.refresh_button.setEnabled(not self.loading)
        if self.loading:          # the figures on their way replace the ones shown
            self.heading.setText(_("Loading…"))
            return
        self.table.setRowCount(0)
        if report is None:
            self.heading.clear()
            return
        lang = self.language()
        self.heading.setText(f"{translate(report.title, lang)}  {report.period_key}  "
                             f"({report.period_span})")
        self.table.setRowCount(len(report.measures))
        for row, m in enumerate(report.measures):
            current = (translate(m.note, lang) if m.current is None and m.note
                       else format_value(m.kind, m.current))
            cells = [m.title(lambda text: translate(text, lang)), current, format_value(m.kind, m.previous),
                     format_change(m.kind, m.change)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, m.key)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)

    def figure(self, key: str) -> str:
        """The shown "this period" text of one measure, for tests."""
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == key:
                return self.table.item(row, 1).text()
        raise KeyError(key)

    # ---------------------------------------------------------------- export

    def _ask_and_export(self) -> None:
        suggested = reports.default_path(self.period(), self.language())
        path, _filter = QFileDialog.getSaveFileName(
            self, _("Export the report"),
            preferences.in_last_folder(suggested.name, suggested.parent),
            _("Excel workbook (*.xlsx)"))
        if path:
            preferences.remember_file(path)
            self.export_to(Path(path))

    def export_to(self, path: Path | None = None):
        """Write the workbook off the UI thread; ``exported`` tells when it is done."""
        if self.job is not None:
            return self.job
        self.export_button.setEnabled(False)
        self.open_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.status.setText(_("Writing the report…"))
        self.figures_failed = False
        emit = self.progress_signal.changed.emit
        stop = self.stop = threading.Event()

        def progress(done: int, total: int) -> None:      # on the worker thread
            if stop.is_set():
                raise reports.ExportCancelled()
            emit(done, total)

        self.job = run_in_thread(reports.export_report, self.period(), path,
                                 self.language(), mask_phones=self.mask_box.isChecked(),
                                 clock=self.clock, progress=progress,
                                 by_id=session.acting_id(), on_result=self._done,
                                 on_error=self._failed)
        return self.job

    def cancel_export(self) -> None:
        """Stop the export under way at its next batch of rows; nothing is written."""
        if self.job is not None:
            self.stop.set()
            self.cancel_button.setEnabled(False)
            self.status.setText(_("Stopping…"))

    def _finish(self) -> None:
        self.job = None
        self.progress.hide()
        self.cancel_button.hide()
        self.export_button.setEnabled(True)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))

    def _done(self, result: reports.ExportResult) -> None:
        self._finish()
        self.last_result = result
        self.open_button.setEnabled(True)
        if result.renamed:
            self.status.setText(_("{wanted} is open in another program (Excel?); the report "
                                  "was written to {path} instead.").format(
                wanted=result.wanted, path=result.path))
        else:
            self.status.setText(_("Written: {path}").format(path=result.path))
        self.exported.emit(result)

    def _failed(self, exc: Exception) -> None:
        self._finish()
        if isinstance(exc, reports.ExportCancelled):
            self.status.setText(_("The export was stopped; no file was written."))
        else:
            self.status.setText(_("The report could not be written: {error}").format(
                error=user_message(exc)))
        self.exported.emit(None)

    def open_file(self) -> None:
        if self.last_result is None:
            return
        url = QUrl.fromLocalFile(str(self.last_result.path))
        if not QDesktopServices.openUrl(url):
            self.status.setText(_("No program to open {path} was found.").format(
                path=self.last_result.path))
