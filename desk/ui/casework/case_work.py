"""The handling-slip workflow of one case (客户投诉处理单): where the slip stands, the actions
the rules allow now, the compensation and the timeline. Embedded in the case dialog."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.i18n import N_, _
from desk.services.common import vocab
from desk.services.common.clock import system_clock
from desk.text import when_text
from desk.ui.access import session
from desk.ui.access.session import ActingUser
from desk.ui.casework import case_work_actions as actions
from desk.ui.casework.case_work_state import (
    MAX_DATE_CHANGES,
    CaseState,
    deadline_text,
    level_label,
    load_state,
)
from desk.ui.kit.dialogs import ActionDialog
from desk.ui.kit.events import case_events
from desk.ui.kit.retranslate import Retranslating
from desk.ui.kit.styles import ERROR_RED
from desk.ui.kit.widgets import list_tree, text_label
from desk.ui.retention import case_actions as retention_actions

# (object name, button text, dialog factory, CaseState switch)
ACTIONS = (
    ("answerAtDeskButton", N_("Answer at the desk…"), actions.answer_at_desk,
     "can_answer_at_desk"),
    ("issueSlipButton", N_("Issue slip…"), actions.issue_slip, "can_issue_slip"),
    ("signOffButton", N_("Sign off…"), actions.sign_off, "can_sign_off"),
    ("changeReplyDateButton", N_("Change reply date…"), actions.change_reply_date,
     "can_change_date"),
    ("escalateButton", N_("Escalate…"), actions.escalate, "can_escalate"),
    ("logContactButton", N_("Log customer contact…"), actions.log_contact, "can_log_contact"),
    ("logTenantCallButton", N_("Log tenant call…"), actions.log_tenant_call,
     "can_log_tenant_call"),
    ("recordResultButton", N_("Record result…"), actions.record_result, "can_record_result"),
    ("customerOpinionButton", N_("Customer's opinion…"), actions.customer_opinion,
     "can_set_opinion"),
    ("proposeCompensationButton", N_("Propose compensation…"), actions.propose_compensation,
     "can_propose_compensation"),
    ("approveCompensationButton", N_("Approve compensation…"), actions.approve_compensation,
     "can_approve_compensation"),
    ("writtenReplyButton", N_("Written reply…"), actions.written_reply, "can_write_reply"),
    ("closeCaseButton", N_("Close case…"), actions.close_case, "can_close"),
    ("reopenCaseButton", N_("Reopen…"), actions.reopen_case, "can_reopen"),
    ("legalHoldButton", N_("Legal hold…"), retention_actions.legal_hold, "exists"),
    ("customerDataButton", N_("Customer's data…"), retention_actions.customer_data,
     "has_phone"),
)
#: what each button needs in the permission matrix (greyed out, with who may, otherwise)
NEEDS = {
    "answerAtDeskButton": "issue_slips", "issueSlipButton": "issue_slips",
    "signOffButton": "sign_off", "recordResultButton": "record_results",
    "approveCompensationButton": "approve_compensation", "closeCaseButton": "issue_slips",
    "reopenCaseButton": "reopen", "legalHoldButton": "retention",
    "customerDataButton": "retention",
}
SUMMARY_ROWS = (
    ("status", N_("Status")), ("route", N_("Sent to")), ("responsible", N_("Responsible")),
    ("reply", N_("Agreed reply date")), ("changes", N_("Date changes")),
    ("level", N_("Escalation")), ("tenant_call", N_("Tenant call")),
    ("result", N_("Result")), ("written", N_("Written reply")),
)
BADGE_COLOURS = {"ok": ("#1e7b34", "#e3f4e6"), "warning": ("#8a5300", "#fff1cc"),
                 "overdue": (ERROR_RED, "#fde4e7"), "done": ("#1e7b34", "#e3f4e6")}
NOTE_CHARS = 300
TIP_CHARS = 1000


def _one_line(text: str, limit: int = NOTE_CHARS) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[:limit - 1] + "…"


class Badge(QLabel):
    """A small coloured label for a deadline state (ok / warning / overdue)."""

    def __init__(self, parent: QWidget, name: str):
        super().__init__(parent)
        self.setObjectName(name)
        self.set_state("none")

    def set_state(self, state: str) -> None:
        self.setProperty("state", state)
        colours = BADGE_COLOURS.get(state)
        self.setVisible(colours is not None)
        if colours:
            self.setText(deadline_text(state))
            self.setStyleSheet(f"QLabel {{ color: {colours[0]}; background: {colours[1]}; "
                               f"border: 1px solid {colours[0]}; border-radius: 3px; "
                               f"padding: 1px 6px; font-weight: bold; }}")


class CaseWorkPanel(Retranslating, QWidget):
    """Signals ``changed`` after every successful action."""

    changed = Signal()

    operator_id = ActingUser()

    def __init__(self, parent: QWidget | None, complaint_id: int, clock=system_clock):
        super().__init__(parent)
        self.setObjectName("caseWork")
        self.complaint_id, self.clock = complaint_id, clock
        self.state = CaseState(complaint_id)
        self.active_dialog: ActionDialog | None = None
        self._build()
        self._retranslate()
        self.refresh()
        case_events().user_changed.connect(self.refresh)   # greys what they may not do

    # Layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        layout.addLayout(top)
        self.summary_box = QGroupBox(self)
        self.summary_box.setObjectName("slipSummary")
        form = QFormLayout(self.summary_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.row_labels: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for key, _text in SUMMARY_ROWS:
            value = text_label(self.summary_box, f"{key}Value")
            self.values[key] = value
            self.row_labels[key] = QLabel(self.summary_box)
            field: QWidget = value
            if key in ("reply", "tenant_call"):
                field = QWidget(self.summary_box)
                row = QHBoxLayout(field)
                row.setContentsMargins(0, 0, 0, 0)
                row.addWidget(value, 1)
                badge = Badge(field, "deadlineBadge" if key == "reply" else "tenantCallBadge")
                row.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
                setattr(self, "deadline_badge" if key == "reply" else "tenant_badge", badge)
            form.addRow(self.row_labels[key], field)
        top.addWidget(self.summary_box, 3)
        self.actions_box = QGroupBox(self)
        self.actions_box.setObjectName("slipActions")
        grid = QGridLayout(self.actions_box)
        self.buttons: dict[str, QPushButton] = {}
        for index, (name, _text, factory, _switch) in enumerate(ACTIONS):
            button = QPushButton(self.actions_box)
            button.setObjectName(name)
            button.clicked.connect(lambda _checked=False, f=factory: self.open_action(f))
            grid.addWidget(button, index // 2, index % 2)
            self.buttons[name] = button
        grid.setRowStretch(len(ACTIONS) // 2 + 1, 1)
        top.addWidget(self.actions_box, 2)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("caseWorkTabs")
        self.timeline = self._tree("timelineList", 5)
        self.compensation = self._tree("compensationList", 4)
        self.tabs.addTab(self.timeline, "")
        self.tabs.addTab(self.compensation, "")
        layout.addWidget(self.tabs, 1)

    def _tree(self, name: str, columns: int) -> QTreeWidget:
        tree = list_tree(self, name, columns)
        tree.setAlternatingRowColors(True)
        header = tree.header()
        header.setStretchLastSection(True)
        for column in range(columns - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        return tree

    def _retranslate(self) -> None:
        self.summary_box.setTitle(_("Handling slip"))
        self.actions_box.setTitle(_("Actions"))
        for key, text in SUMMARY_ROWS:
            self.row_labels[key].setText(_(text))
        for name, text, _factory, _switch in ACTIONS:
            self.buttons[name].setText(_(text))
        self.timeline.setHeaderLabels([_("When"), _("Who"), _("What"), _("Status"), _("Note")])
        self.compensation.setHeaderLabels([_("Kind"), _("Amount"), _("Approval"), _("Note")])
        self.deadline_badge.set_state(self.deadline_badge.property("state"))
        self.tenant_badge.set_state(self.tenant_badge.property("state"))

    # Showing the case --------------------------------------------------------------------
    def refresh(self) -> None:
        self.state = s = load_state(self.complaint_id, self.clock.now())
        status = vocab.label(vocab.STATUSES, s.status) if s.exists else _("No such case")
        if s.voided:
            status = _("{status} (void)").format(status=status)
        v = self.values
        v["status"].setText(status)
        v["route"].setText(self._route_text(s))
        v["responsible"].setText(s.responsible or "-")
        reply = s.agreed_reply_at if s.has_slip and s.route != "desk" else s.reply_due_at
        v["reply"].setText(when_text(reply) or "-")
        self.deadline_badge.set_state(s.deadline_state)
        v["changes"].setText(_("{used} of {limit}").format(used=s.date_changes,
                                                           limit=MAX_DATE_CHANGES)
                             if s.has_slip and s.route != "desk" else "-")
        v["level"].setText(" · ".join(p for p in (level_label(s.level), s.owner) if p) or "-")
        self._show_tenant_call(s)
        v["result"].setText(self._result_text(s))
        if s.written_reply_at:
            v["written"].setText(_("Recorded {when}").format(when=when_text(s.written_reply_at)))
        else:
            v["written"].setText(_("Needed: the complaint was made in writing")
                                 if s.written_channel else _("Not needed"))
        for name, _text, _factory, switch in ACTIONS:
            reason = session.why_not(NEEDS.get(name, "work_cases"))
            self.buttons[name].setEnabled(getattr(s, switch) and not reason)
            self.buttons[name].setToolTip(reason)
        self._fill_timeline(s)
        self._fill_compensation(s)

    def _route_text(self, s: CaseState) -> str:
        if not s.has_slip:
            return _("No handling slip yet")
        if s.route == "desk":
            return vocab.label(vocab.ROUTES, "desk")
        text = _("{route}: {target}").format(route=vocab.label(vocab.ROUTES, s.route),
                                             target=s.target or "-")
        if s.approved:
            return _("{slip} (signed off by {name})").format(slip=text, name=s.approved_by
                                                              or "-")
        return _("{slip} (awaiting the operations manager's sign-off)").format(slip=text)

    def _show_tenant_call(self, s: CaseState) -> None:
        label = self.values["tenant_call"]
        if s.route != "tenant":
            label.setText("-")
            self.tenant_badge.set_state("none")
            return
        if s.tenant_called_at:
            label.setText(_("Called {when}").format(when=when_text(s.tenant_called_at)))
        else:
            label.setText(_("Call the tenant's manager by {when} ({contact})").format(
                when=when_text(s.tenant_call_due_at), contact=s.tenant_contact or "-"))
        self.tenant_badge.set_state(s.tenant_call_state if s.tenant_call_state != "ok"
                                    else "none")

    def _result_text(self, s: CaseState) -> str:
        if not s.result:
            return "-"
        parts = [_one_line(s.result, 200)]
        if s.opinion:
            opinion = vocab.label(vocab.OPINIONS, s.opinion)
            if s.opinion_text:
                opinion = _("{opinion}: “{words}”").format(opinion=opinion,
                                                          words=_one_line(s.opinion_text, 120))
            parts.append(opinion)
        if s.needs_signature:
            parts.append(_("Signed {when}").format(when=when_text(s.signed_at)) if s.signed_at
                         else _("Waiting for the customer's signature"))
        return "\n".join(parts)

    def _fill_timeline(self, s: CaseState) -> None:
        self.timeline.clear()
        for e in s.events:
            moved = (vocab.label(vocab.STATUSES, e.to_status)
                     if e.to_status and e.to_status != e.from_status else "")
            item = QTreeWidgetItem([when_text(e.at), e.by, e.label, moved, _one_line(e.note)])
            if e.note:
                item.setToolTip(4, e.note[:TIP_CHARS])
            self.timeline.addTopLevelItem(item)
        self.tabs.setTabText(0, _("Timeline ({count})").format(count=len(s.events)))
        if s.events:
            self.timeline.scrollToItem(self.timeline.topLevelItem(len(s.events) - 1))

    def _fill_compensation(self, s: CaseState) -> None:
        self.compensation.clear()
        for c in s.compensations:
            if c.pending:
                approval = _("Waits for approval by: {role}").format(
                    role=vocab.label(vocab.ROLES, c.needs_role))
            elif c.needs_role:
                approval = _("Approved by {name}, {when}").format(name=c.approved_by or "-",
                                                                  when=when_text(c.approved_at))
            else:
                approval = _("Within the proposer's limit")
            item = QTreeWidgetItem([vocab.label(vocab.COMPENSATION_KINDS, c.kind),
                                    f"¥{c.amount:,.2f}", approval, _one_line(c.note)])
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.compensation.addTopLevelItem(item)
        pending = sum(c.pending for c in s.compensations)
        title = (_("Compensation ({count}, {pending} to approve)").format(
            count=len(s.compensations), pending=pending) if pending
            else _("Compensation ({count})").format(count=len(s.compensations)))
        self.tabs.setTabText(1, title)

    # Actions -----------------------------------------------------------------------------
    def open_action(self, factory) -> ActionDialog | None:
        """Open the dialog of one action (window-modal); returns it (tests fill it in)."""
        if self.active_dialog is not None:
            self.active_dialog.raise_()
            return self.active_dialog
        self.refresh()
        dialog = factory(self, self).in_background()   # the write waits off the UI thread
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.changed)
        dialog.finished.connect(self._dialog_finished)
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def _dialog_finished(self, _result: int) -> None:
        self.active_dialog = None
        self.refresh()
