"""Setup > Retention and legal holds: the policy, the holds, and the purge preview with its
Purge button (the same preview as ``desk purge --dry-run``). The purge runs off the UI
thread in short transactions, so other screens stay usable meanwhile."""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.i18n import _
from desk.services.common.clock import system_clock
from desk.services.common.errors import user_message
from desk.services.common.validation import ValidationError
from desk.services.retention import holds
from desk.services.retention.plan import KINDS, PurgePlan, kind_label, plan_purge
from desk.services.retention.policy import MAX_YEARS, MIN_YEARS, get_policy, set_policy
from desk.services.retention.purge import run_purge
from desk.ui.access.session import ActingUser
from desk.ui.kit.widgets import plain_label
from desk.ui.kit.workers import run_in_thread

log = logging.getLogger("desk.ui")


def _table(parent: QWidget, name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setVisible(False)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(str(value)))


class _Progress(QObject):
    changed = Signal(int, int)      # cases purged, cases to purge (from the purge's thread)


class RetentionDialog(QDialog):
    operator_id = ActingUser()

    def __init__(self, parent: QWidget | None, clock=system_clock):
        super().__init__(parent)
        self.setObjectName("retentionDialog")
        self.setWindowTitle(_("Retention and legal holds"))
        self.clock = clock
        self.plan: PurgePlan | None = None
        self.job = None
        self.progress = _Progress(self)        # queued to this thread: the label follows
        self.progress.changed.connect(self._progress)
        layout = QVBoxLayout(self)
        layout.addWidget(self._policy_box())
        layout.addWidget(self._holds_box())
        layout.addWidget(self._preview_box())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 640)
        self.load()

    # --- building ----------------------------------------------------------------------
    def _policy_box(self) -> QGroupBox:
        box = QGroupBox(_("Retention policy"), self)
        form = QFormLayout(box)
        self.case_years = QSpinBox(box)
        self.case_years.setObjectName("caseYears")
        self.capa_years = QSpinBox(box)
        self.capa_years.setObjectName("capaYears")
        for spin in (self.case_years, self.capa_years):
            spin.setRange(MIN_YEARS, MAX_YEARS)
            spin.setSuffix(" " + _("years"))
        self.auto = QCheckBox(_("Purge automatically each month"), box)
        self.auto.setObjectName("autoMonthly")
        save = QPushButton(_("Save policy"), box)
        save.setObjectName("savePolicy")
        save.clicked.connect(self.save_policy)
        form.addRow(_("Cases, slips, events, revisits, compensation and attachments, "
                      "after the case is closed:"), self.case_years)
        form.addRow(_("Corrective actions, after verification:"), self.capa_years)
        form.addRow(self.auto)
        form.addRow(save)
        return box

    def _holds_box(self) -> QGroupBox:
        box = QGroupBox(_("Legal holds (never purged)"), self)
        layout = QVBoxLayout(box)
        self.holds_table = _table(box, "holdsTable", [_("Case number"), _("Since"), _("By"),
                                                      _("Reason")])
        layout.addWidget(self.holds_table)
        row = QHBoxLayout()
        self.hold_case = QLineEdit(box)
        self.hold_case.setObjectName("holdCase")
        self.hold_case.setPlaceholderText(_("Case number"))
        self.hold_reason = QLineEdit(box)
        self.hold_reason.setObjectName("holdReason")
        self.hold_reason.setPlaceholderText(_("Reason (mediation, authority, court)"))
        place = QPushButton(_("Hold"), box)
        place.setObjectName("placeHold")
        place.clicked.connect(self.place_hold)
        release = QPushButton(_("Release selected"), box)
        release.setObjectName("releaseHold")
        release.clicked.connect(self.release_selected)
        for widget in (self.hold_case, self.hold_reason, place, release):
            row.addWidget(widget)
        layout.addLayout(row)
        return box

    def _preview_box(self) -> QGroupBox:
        box = QGroupBox(_("Past retention"), self)
        layout = QVBoxLayout(box)
        self.cutoff = plain_label(box, "cutoff")
        layout.addWidget(self.cutoff)
        self.counts = _table(box, "purgeCounts", [_("Kind"), _("Due")])
        layout.addWidget(self.counts)
        self.purge_button = QPushButton(_("Purge now"), box)
        self.purge_button.setObjectName("purgeNow")
        self.purge_button.clicked.connect(self.confirm_purge)
        layout.addWidget(self.purge_button)
        return box

    # --- loading -----------------------------------------------------------------------
    def load(self) -> None:
        policy = get_policy()
        self.case_years.setValue(policy.case_years)
        self.capa_years.setValue(policy.capa_years)
        self.auto.setChecked(policy.auto_monthly)
        self.show_plan(plan_purge(self.clock))

    def show_plan(self, plan: PurgePlan) -> None:
        self.plan = plan
        _fill(self.holds_table, [[h.case_no, h.placed_at.strftime("%Y-%m-%d"), h.placed_by,
                                  h.reason] for h in plan.holds])
        _fill(self.counts, [[kind_label(k), plan.counts[k]] for k in KINDS])
        text = _("Cases closed before {date} and corrective actions verified before {capa} "
                 "are due: {n} cases.").format(date=plan.case_cutoff.strftime("%Y-%m-%d"),
                                               capa=plan.capa_cutoff.strftime("%Y-%m-%d"),
                                               n=plan.counts["cases"])
        if plan.kept_on_hold:
            text += " " + _("Kept on legal hold: {n} cases past the cut-off.").format(
                n=plan.kept_on_hold)
        self.cutoff.setText(text)
        self.purge_button.setEnabled(not plan.empty and self.job is None)

    # --- actions -----------------------------------------------------------------------
    def _refused(self, exc: Exception) -> None:
        QMessageBox.warning(self, _("Retention and legal holds"), user_message(exc))

    def save_policy(self) -> None:
        policy = get_policy()
        policy.case_years = self.case_years.value()
        policy.capa_years = self.capa_years.value()
        policy.auto_monthly = self.auto.isChecked()
        try:
            set_policy(policy, self.operator_id)
        except ValidationError as exc:
            self._refused(exc)
            return
        self.show_plan(plan_purge(self.clock))

    def place_hold(self) -> None:
        try:
            holds.place_hold(self.hold_case.text(), self.hold_reason.text(), self.operator_id,
                             clock=self.clock)
        except ValidationError as exc:
            self._refused(exc)
            return
        self.hold_case.clear()
        self.hold_reason.clear()
        self.show_plan(plan_purge(self.clock))

    def release_selected(self) -> None:
        row = self.holds_table.currentRow()
        if row < 0 or self.plan is None or row >= len(self.plan.holds):
            return
        try:
            holds.release_hold(self.plan.holds[row].case_no, self.operator_id, clock=self.clock)
        except ValidationError as exc:
            self._refused(exc)
            return
        self.show_plan(plan_purge(self.clock))

    def confirm_purge(self) -> None:
        if self.plan is None or self.plan.empty:
            return
        answer = QMessageBox.question(self, _("Purge now"), _(
            "Delete {n} cases closed before {date} and everything listed with them? This "
            "cannot be undone.").format(n=self.plan.counts["cases"],
                                        date=self.plan.case_cutoff.strftime("%Y-%m-%d")))
        if answer == QMessageBox.StandardButton.Yes:
            self.purge()

    def purge(self) -> None:
        self.purge_button.setEnabled(False)
        self.cutoff.setText(_("Purging..."))
        self.job = run_in_thread(run_purge, self.operator_id, clock=self.clock, plan=self.plan,
                                 progress=self.progress.changed.emit,
                                 on_result=self._purged, on_error=self._purge_failed)

    def _progress(self, done: int, total: int) -> None:
        if self.job is not None:
            self.cutoff.setText(_("Purging... {done} of {total} cases deleted.").format(
                done=done, total=total))

    def _purged(self, result) -> None:
        self.job = None
        self.show_plan(plan_purge(self.clock))
        self.cutoff.setText(_("Purged {cases} cases (closed before {date}), {files} "
                              "attachment files, {capas} corrective actions.").format(
            cases=result.counts["cases"], date=result.plan.case_cutoff.strftime("%Y-%m-%d"),
            files=result.counts["files"], capas=result.counts["corrective_actions"]))

    def _purge_failed(self, exc: Exception) -> None:
        self.job = None
        log.error("purge failed: %r", exc)
        self._refused(exc)
        self.show_plan(plan_purge(self.clock))
