"""The corrective and preventive action record (客诉纠正与预防措施记录表) as a form: the
problem, the root cause, the actions with owner / due / done, the sign-offs, the
verification of effectiveness and the complaints behind it; printing goes through the PDF
preview."""
from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.i18n import _, current_language
from desk.services.capa import actions as capa
from desk.services.capa.state import CapaState, capa_state
from desk.services.common import vocab
from desk.services.common.clock import system_clock
from desk.services.common.errors import user_message
from desk.services.common.vocab import (
    ACTION_KINDS,
    CAPA_STATUSES,
    ROOT_CAUSES,
    SUGGESTION_KINDS,
    label,
)
from desk.services.org import organisation
from desk.text import when_text
from desk.ui.access import session
from desk.ui.access.session import ActingUser
from desk.ui.capa import capa_drafts
from desk.ui.kit.dialogs import ActionDialog, attempt, choice_items, vocab_items
from desk.ui.kit.events import case_events
from desk.ui.kit.retranslate import Retranslating
from desk.ui.kit.styles import ERROR_STYLE, OK_STYLE
from desk.ui.kit.widgets import embolden, list_tree, message_row, push_button, text_label
from desk.ui.kit.workers import run_in_thread

ID_ROLE = Qt.ItemDataRole.UserRole
log = logging.getLogger("desk.ui")


def _day(value) -> str:
    return value.strftime("%Y-%m-%d") if value else ""


def _tree(parent: QWidget, name: str, columns: int) -> QTreeWidget:
    tree = list_tree(parent, name, columns)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    tree.setMinimumHeight(110)
    return tree


class CapaForm(Retranslating, QWidget):
    """``changed`` after every saved step; ``openCase(id)`` on a linked complaint."""

    redisplay = "reload"

    changed = Signal()
    openCase = Signal(int)

    operator_id = ActingUser()

    def __init__(self, parent: QWidget | None, capa_id: int, clock=system_clock):
        super().__init__(parent)
        self.setObjectName("capaForm")
        self.capa_id, self.clock = capa_id, clock
        self.state: CapaState | None = None
        self.active_dialog = None
        self.preview = None
        self._job = None
        self._build()
        self._retranslate()
        self.reload()
        case_events().user_changed.connect(self.reload)   # greys what they may not do

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        scroll = QScrollArea(self)          # fits a 768-pixel screen: the boxes scroll
        scroll.setObjectName("capaScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget(scroll)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 8, 0)   # clear of the scroll bar
        scroll.setWidget(content)
        outer.addWidget(scroll, 1)
        self.heading = embolden(text_label(self, "capaHeading"), 1.25)
        layout.addWidget(self.heading)
        self.facts = text_label(self, "capaFacts")
        layout.addWidget(self.facts)
        self.problem_box = QGroupBox(self)
        form = QFormLayout(self.problem_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.problem = QPlainTextEdit(self.problem_box)
        self.problem.setObjectName("problemEdit")
        self.problem.setTabChangesFocus(True)
        self.problem.setMaximumHeight(90)
        self.cause_category = QComboBox(self.problem_box)
        self.cause_category.setObjectName("rootCauseCombo")
        self.cause = QPlainTextEdit(self.problem_box)
        self.cause.setObjectName("rootCauseEdit")
        self.cause.setTabChangesFocus(True)
        self.cause.setMaximumHeight(70)
        self.labels = {key: QLabel(self.problem_box) for key in ("problem", "category", "cause")}
        for key, widget in (("problem", self.problem), ("category", self.cause_category),
                            ("cause", self.cause)):
            self.labels[key].setBuddy(widget)
            form.addRow(self.labels[key], widget)
        self.save_button = push_button(self.problem_box, "saveButton", self.save)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        form.addRow(save_row)
        layout.addWidget(self.problem_box)

        self.action_box = QGroupBox(self)
        inner = QVBoxLayout(self.action_box)
        self.actions = _tree(self.action_box, "actionList", 5)
        inner.addWidget(self.actions)
        row = QHBoxLayout()
        self.add_button = push_button(self.action_box, "addActionButton", self.add_action)
        self.done_button = push_button(self.action_box, "markDoneButton", lambda: self.mark_done(True))
        self.undone_button = push_button(self.action_box, "clearDoneButton", lambda: self.mark_done(False))
        self.remove_button = push_button(self.action_box, "removeActionButton", self.remove_action)
        for button in (self.add_button, self.done_button, self.undone_button,
                       self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        inner.addLayout(row)
        layout.addWidget(self.action_box)

        self.sign_box = QGroupBox(self)
        sign = QHBoxLayout(self.sign_box)
        self.signed = text_label(self.sign_box, "signedLabel")
        sign.addWidget(self.signed, 1)
        self.ops_button = push_button(self.sign_box, "signOpsButton", lambda: self.sign("ops"))
        self.gm_button = push_button(self.sign_box, "signGmButton", lambda: self.sign("gm"))
        sign.addWidget(self.ops_button, 0, Qt.AlignmentFlag.AlignTop)
        sign.addWidget(self.gm_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.sign_box)

        self.verify_box = QGroupBox(self)
        verify = QHBoxLayout(self.verify_box)
        self.verification = text_label(self.verify_box, "verificationLabel")
        verify.addWidget(self.verification, 1)
        self.verify_button = push_button(self.verify_box, "verifyButton", self.verify)
        verify.addWidget(self.verify_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.verify_box)

        self.case_box = QGroupBox(self)
        self.cases = _tree(self.case_box, "caseList", 5)
        self.cases.itemActivated.connect(self._open_case)
        QVBoxLayout(self.case_box).addWidget(self.cases)
        layout.addWidget(self.case_box, 1)

        self.print_button = push_button(self, "printButton", self.print_record)
        self.close_button = push_button(self, "closeButton", self.close)
        self.message = message_row(self, outer, self.print_button, self.close_button)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(self.save)

    def closeEvent(self, event) -> None:
        if capa_drafts.may_close(self):
            super().closeEvent(event)
        else:
            event.ignore()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:   # a window of its own: Esc closes it
            self.close()
            return
        super().keyPressEvent(event)

    def _retranslate(self) -> None:
        self.problem_box.setTitle(_("Problem and root cause"))
        self.labels["problem"].setText(_("&Problem"))
        self.labels["category"].setText(_("Root-cause ca&tegory"))
        self.labels["cause"].setText(_("Root ca&use"))
        self.save_button.setText(_("&Save"))
        self.cause_category.clear()
        for text, code in vocab_items(ROOT_CAUSES, _("(pick a category)")):
            self.cause_category.addItem(text, code)
        self.action_box.setTitle(_("Corrective and preventive actions"))
        self.actions.setHeaderLabels([_("Type"), _("Action"), _("Owner"), _("Due"), _("Done")])
        self.add_button.setText(_("&Add action…"))
        self.done_button.setText(_("&Mark done today"))
        self.undone_button.setText(_("Not &done"))
        self.remove_button.setText(_("&Remove"))
        self.sign_box.setTitle(_("Sign-off"))
        self.ops_button.setText(_("Sign as &operations manager"))
        self.gm_button.setText(_("Sign as &GM"))
        self.verify_box.setTitle(_("Verification of effectiveness"))
        self.verify_button.setText(_("&Verify now"))
        self.case_box.setTitle(_("The complaints behind it"))
        self.cases.setHeaderLabels([_("Case no."), _("Category"), _("Received"),
                                    _("Complainant"), _("Status")])
        self.print_button.setText(_("Pri&nt…"))
        self.close_button.setText(_("Close"))

    # ------------------------------------------------------------------ showing
    def reload(self) -> None:
        try:
            self.state = capa_state(self.capa_id, self.clock)
        except Exception as exc:
            log.exception("corrective action could not be read")
            self.state = None
            self.heading.setText(user_message(exc))
            for box in (self.problem_box, self.action_box, self.sign_box, self.verify_box):
                box.setEnabled(False)
            return
        st = self.state
        self.heading.setText(_("{number} · {status}").format(
            number=st.number, status=label(CAPA_STATUSES, st.status)))
        self.facts.setText(_("Opened {date} by {name} · {source} · same kind means: "
                             "{criteria}").format(
            date=st.opened_at.strftime("%Y-%m-%d"), name=st.opened_by or "-",
            source=label(SUGGESTION_KINDS, st.source_kind), criteria=st.criteria))
        self.problem.setPlainText(st.problem)
        self.cause_category.setCurrentIndex(max(self.cause_category.findData(
            st.root_cause_category), 0))
        self.cause.setPlainText(st.root_cause)
        editable = not st.signed and st.status != "closed"
        for edit in (self.problem, self.cause):      # still readable and scrollable
            edit.setReadOnly(not editable)
        for widget in (self.cause_category, self.save_button, self.add_button,
                       self.remove_button):
            session.allow(widget, "capa_work", editable)
        keep = self.actions.currentItem().data(0, ID_ROLE) if self.actions.currentItem() else None
        self.actions.clear()
        for a in st.actions:
            item = QTreeWidgetItem([label(ACTION_KINDS, a.kind), a.text, a.owner, _day(a.due),
                                    _day(a.done)])
            item.setData(0, ID_ROLE, a.id)
            if a.overdue:
                item.setForeground(3, Qt.GlobalColor.darkRed)
                item.setToolTip(3, _("Overdue"))
            self.actions.addTopLevelItem(item)
            if a.id == keep or self.actions.currentItem() is None:
                self.actions.setCurrentItem(item)
        for widget in (self.done_button, self.undone_button):
            session.allow(widget, "capa_work", bool(st.actions) and st.status != "closed")
        ops = (_("Operations manager: {name}, {date}").format(
            name=st.ops_signed_by, date=when_text(st.ops_signed_at))
            if st.ops_signed_at else _("Operations manager: not signed"))
        gm = (_("GM: {name}, {date}").format(name=st.gm_signed_by,
                                              date=when_text(st.gm_signed_at))
              if st.gm_signed_at else _("GM: not signed"))
        self.signed.setText(f"{ops}\n{gm}")
        session.allow(self.ops_button, "capa_sign_ops", st.ops_signed_at is None)
        session.allow(self.gm_button, "capa_sign_gm",
                      st.ops_signed_at is not None and st.gm_signed_at is None)
        self.verification.setText(self._verification_text(st))
        session.allow(self.verify_button, "capa_verify", st.can_verify)
        self.cases.clear()
        for c in st.cases:
            item = QTreeWidgetItem([c.case_no, c.category, c.received_at.strftime("%Y-%m-%d"),
                                    c.complainant, _("Void") if c.voided else
                                    label(vocab.STATUSES, c.status)])
            item.setData(0, ID_ROLE, c.id)
            self.cases.addTopLevelItem(item)

    def _verification_text(self, st: CapaState) -> str:
        if st.verified_at is not None:
            result = (_("effective") if st.effective else _("not effective"))
            return _("{from_date} – {to_date}: {count} complaints of the same kind "
                     "(before: {before}); {result}.").format(
                from_date=_day(st.verify_from), to_date=_day(st.verify_until),
                count=st.verification_count, before=st.baseline_count, result=result)
        if st.verify_from is not None:
            return _("The complaints of the same kind are counted from {from_date} to "
                     "{to_date}.").format(from_date=_day(st.verify_from),
                                          to_date=_day(st.verify_until))
        return _("The period of {days} days starts once both have signed and every action "
                 "is done.").format(days=st.verify_days)

    def _say(self, text: str, style: str = "") -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)

    # ------------------------------------------------------------------ actions
    def _run(self, action, done_text: str = "") -> bool:
        if not attempt(action, self._say, "corrective action step")[0]:
            return False
        self.reload()
        self._say(done_text, OK_STYLE)
        self.changed.emit()
        return True

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        version = self.state.version if self.state is not None else None
        if not self._run(lambda: capa.update_capa(
                self.capa_id, self.problem.toPlainText(),
                self.cause_category.currentData() or "", self.cause.toPlainText(),
                clock=self.clock, by_id=self.operator_id,
                expected_version=version), _("Saved.")):
            # refused (another desk saved first): what was typed stays; saving again
            # keeps it over the version now seen
            if self.state is not None:
                self.state.version = capa.get_capa(self.capa_id).version

    def add_action(self) -> None:
        self.save()

        def submit(v):
            due = v["due"].date() if v["due"] else None
            return capa.add_action(self.capa_id, v["kind"], v["text"], v["owner"],
                                   v["owner_name"], due, clock=self.clock,
                                   by_id=self.operator_id)
        d = ActionDialog(self, _("Add an action"), "addActionDialog", submit, _("Add"))
        d.add_combo("kind", _("Type"), vocab_items(ACTION_KINDS))
        d.add_text("text", _("Action"), 2000, multiline=True)
        d.add_combo("owner", _("Owner"), choice_items(organisation.staff(),
                                                      _("(not a staff member)")))
        d.add_text("owner_name", _("Or the owner's name"), 50)
        d.add_datetime("due", _("Due"), self.clock.now() + dt.timedelta(days=14))
        d.fields["due"].setDisplayFormat("yyyy-MM-dd")
        d.accepted.connect(lambda: (self.reload(), self.changed.emit()))
        self.active_dialog = d
        d.open()

    def _action_id(self) -> int | None:
        item = self.actions.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def mark_done(self, done: bool) -> None:
        action_id = self._action_id()
        if action_id is not None:
            day = self.clock.now().date() if done else None
            self._run(lambda: capa.mark_done(action_id, day, clock=self.clock,
                                             by_id=self.operator_id), _("Saved."))

    def remove_action(self) -> None:
        action_id = self._action_id()
        if action_id is not None:
            self._run(lambda: capa.remove_action(action_id, by_id=self.operator_id))

    def sign(self, role: str) -> None:
        self._run(lambda: capa.sign(self.capa_id, role, self.operator_id, self.clock),
                  _("Signed."))

    def verify(self) -> None:
        self._run(lambda: capa.verify(self.capa_id, self.operator_id, self.clock),
                  _("The verification is recorded."))

    def _open_case(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        value = item.data(0, ID_ROLE)
        if value is not None:
            self.openCase.emit(int(value))

    def print_record(self) -> None:
        """Render the PDF off the UI thread, then show it in the preview to print."""
        from desk.paths import exports_dir
        from desk.services.capa.documents import render_capa

        if self.state is None:
            return
        out = exports_dir() / _("corrective-action-{number}.pdf").format(number=self.state.number)
        self.print_button.setEnabled(False)
        self._say(_("Preparing the document…"))
        from desk.services.common.output import write_with_fallback

        capa_id, lang, clock = self.capa_id, current_language(), self.clock
        self._job = run_in_thread(write_with_fallback, out,   # open in a reader: "x (2).pdf"
                                  lambda path: render_capa(capa_id, path, lang, clock),
                                  on_result=self._show_pdf, on_error=self._failed)

    def _show_pdf(self, made) -> None:
        from desk.ui.kit.pdf_preview import PdfPreviewDialog

        self.print_button.setEnabled(True)
        self._say(made.message() if made.renamed else "")
        path = made.path
        self.preview = PdfPreviewDialog(self, path, self.heading.text())
        self.preview.open()

    def _failed(self, exc) -> None:
        self.print_button.setEnabled(True)
        self._say(_("The document could not be made: {error}").format(error=user_message(exc)),
                  ERROR_STYLE)
