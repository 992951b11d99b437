"""One function per case-work action: it builds the dialog and says which service to call.

``ctx`` is the case-work panel: ``complaint_id``, ``operator_id``, ``clock`` and the
``state`` (a CaseState) it last loaded.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from desk.i18n import _
from desk.services.casework import compensation, escalation, slips
from desk.services.common import vocab
from desk.services.org import organisation
from desk.text import when_text
from desk.ui.casework.case_work_state import MAX_DATE_CHANGES, level_label
from desk.ui.kit.dialogs import ActionDialog, choice_items, vocab_items


def _result_dialog(parent, ctx, record, title: str, object_name: str, ok_text: str,
                   no_opinion: str, intro: str = "") -> ActionDialog:
    """The handling result, the customer's opinion (``no_opinion`` when none is picked)
    and words, and whether the customer signs, recorded by ``record``
    (:func:`slips.answer_at_desk` or :func:`slips.record_result`)."""
    def submit(v):
        return record(ctx.complaint_id, v["result"], v["opinion"], v["opinion_text"],
                      ctx.operator_id, v["needs_signature"], clock=ctx.clock)
    d = ActionDialog(parent, title, object_name, submit, ok_text, intro)
    d.add_text("result", _("Handling result"), 5000, multiline=True)
    d.add_combo("opinion", _("Customer's opinion"), vocab_items(vocab.OPINIONS, no_opinion))
    d.add_text("opinion_text", _("Customer's words"), 500)
    d.add_check("needs_signature", _("The customer signs the printed slip"))
    return d


def _link_under_notice(d: ActionDialog, name: str, text: str) -> QPushButton:
    """A link-like button under the dialog's notice (for "set up ..." where it is missing)."""
    button = QPushButton(text, d)
    button.setObjectName(name)
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setStyleSheet("color: palette(link); text-decoration: underline; text-align: left;")
    layout = d.layout()
    layout.insertWidget(layout.indexOf(d.notice) + 1, button)
    button.hide()
    return button


def answer_at_desk(parent, ctx) -> ActionDialog:
    if ctx.state.written_channel:
        # A letter or e-mail: the customer is not at the desk, the answer goes in writing.
        d = _result_dialog(
            parent, ctx, slips.answer_at_desk, _("Answer in writing"), "answerAtDeskDialog",
            _("Record the answer"), _("(not known yet)"),
            _("The desk answers the written complaint itself. Record the answer here, then "
              "write the reply letter in the company's name (Written reply...)."))
        d.fields["needs_signature"].hide()
        d.form.setRowVisible(d.fields["needs_signature"], False)
        return d
    return _result_dialog(
        parent, ctx, slips.answer_at_desk, _("Answer at the desk"), "answerAtDeskDialog",
        _("Record the answer"), _("(pick the customer's opinion)"),
        _("The desk answers the complaint itself; the result and the customer's "
          "opinion go on the slip."))


def issue_slip(parent, ctx) -> ActionDialog:
    def submit(v):
        return slips.issue_slip(
            ctx.complaint_id, v["route"], v["agreed_reply_at"], by_id=ctx.operator_id,
            department_id=v["department"], tenant_id=v["tenant"],
            responsible_id=v["responsible"], responsible_name=v["responsible_name"],
            clock=ctx.clock)
    d = ActionDialog(parent, _("Issue a handling slip"), "issueSlipDialog", submit,
                     _("Issue the slip"),
                     _("The slip goes to the responsible department or tenant once the "
                       "operations manager has signed it off. Tenant slips go through the "
                       "floor supervisor."))
    s = ctx.state
    about_tenant = s.object_type == "tenant"
    route = d.add_combo("route", _("Send to"), [(_("Department"), "department"),
                                                 (_("Tenant"), "tenant")],
                        "tenant" if about_tenant else "department")
    d.add_combo("department", _("Department"),
                choice_items(organisation.departments(), _("(pick a department)")),
                s.object_department_id)
    tenant = d.add_combo("tenant", _("Tenant"),
                         choice_items(organisation.tenants(), _("(pick a tenant)")),
                         s.object_tenant_id)
    d.add_combo("responsible", _("Responsible staff"),
                choice_items(organisation.staff(), _("(not a staff member)")))
    name = d.add_text("responsible_name", _("Or responsible person's name"), 50)
    now = ctx.clock.now()
    d.add_datetime("agreed_reply_at", _("Agreed reply date"), s.default_reply_at(now))
    setup = _link_under_notice(d, "setupSupervisors", _("Set up floor supervisors..."))
    managers = {t["id"]: t["manager"] for t in organisation.tenant_rows()}
    filled = {"name": ""}

    def follow_tenant():
        """The tenant's manager on file is the responsible person, until someone types."""
        manager = managers.get(tenant.currentData(), "")
        if name.text() in ("", filled["name"]):
            name.setText(manager)
            filled["name"] = manager

    def follow_route():
        to_tenant = route.currentData() == "tenant"
        d.form.setRowVisible(d.fields["department"], not to_tenant)
        d.form.setRowVisible(d.fields["tenant"], to_tenant)
        missing = to_tenant and not organisation.staff(role="floor_supervisor")
        d.show_notice(_("Tenant slips go through a floor supervisor, and none is set up yet.")
                      if missing else "")
        setup.setVisible(missing)
        if to_tenant:
            follow_tenant()

    def open_setup():
        from desk.ui.kit.events import case_events
        from desk.ui.org.org_setup import OrgSetupDialog

        dialog = OrgSetupDialog(d)
        dialog.changed.connect(case_events().setup_changed)
        dialog.finished.connect(lambda _result: follow_route())
        dialog.setObjectName("orgSetupDialog")
        d.setup_dialog = dialog
        dialog.open()

    setup.clicked.connect(open_setup)
    route.currentIndexChanged.connect(follow_route)
    tenant.currentIndexChanged.connect(follow_tenant)
    follow_route()
    return d


def sign_off(parent, ctx) -> ActionDialog:
    def submit(_v):
        return slips.approve_slip(ctx.complaint_id, ctx.operator_id, clock=ctx.clock)
    s = ctx.state
    return ActionDialog(parent, _("Sign off the slip"), "signOffDialog", submit, _("Sign off"),
                        _("Sign off the handling slip of case {case_no} to {target}, agreed "
                          "reply by {date}? Only the operations manager (or the deputy GM or "
                          "GM) can sign off.").format(case_no=s.case_no, target=s.target,
                                                      date=when_text(s.agreed_reply_at)))


def change_reply_date(parent, ctx) -> ActionDialog:
    s = ctx.state
    d: ActionDialog

    def submit(v):
        return escalation.change_reply_date(ctx.complaint_id, v["agreed_reply_at"],
                                            v["reason"], v["customer_agreed"],
                                            ctx.operator_id, clock=ctx.clock)

    def after(outcome):
        if outcome.escalated_to_gm:
            QMessageBox.information(d, _("Sent to the GM"), _(
                "The agreed reply date may change only {limit} times, and both changes have "
                "been used. The date stays as it was and the case has gone straight to the "
                "GM.").format(limit=MAX_DATE_CHANGES))
    d = ActionDialog(parent, _("Change the agreed reply date"), "changeReplyDateDialog", submit,
                     _("Change the date"),
                     _("Agreed reply date now: {date}. Changes used: {used} of {limit}.").format(
                         date=when_text(s.agreed_reply_at), used=s.date_changes,
                         limit=MAX_DATE_CHANGES))
    d.after = after
    start = max(filter(None, [s.agreed_reply_at, ctx.clock.now()]))
    d.add_datetime("agreed_reply_at", _("New reply date"), start + dt.timedelta(days=1))
    d.add_text("reason", _("Reason"), 500)
    d.add_check("customer_agreed", _("The customer agreed to the new date"))
    if s.date_changes >= MAX_DATE_CHANGES:
        d.show_notice(_("Both changes of the agreed reply date have been used. Asking for "
                        "another one sends the case straight to the GM."))
    return d


def escalate(parent, ctx) -> ActionDialog:
    s = ctx.state

    def submit(v):
        return escalation.escalate(ctx.complaint_id, v["comment"], ctx.operator_id,
                                   v["to_gm"], clock=ctx.clock)
    intro = _("Now with: {level} {owner}. Escalating moves the case to: {next}.").format(
        level=level_label(s.level), owner=s.owner,
        next=level_label(escalation.next_level(s.level or "handler")))
    d = ActionDialog(parent, _("Escalate"), "escalateDialog", submit, _("Escalate"), intro)
    d.add_text("comment", _("Why (required)"), 2000, multiline=True)
    d.add_check("to_gm", _("Straight to the GM (media-exposed / acute)"))
    return d


def log_contact(parent, ctx) -> ActionDialog:
    def submit(v):
        return slips.log_contact(ctx.complaint_id, v["method"], v["note"], ctx.operator_id,
                                 clock=ctx.clock)
    d = ActionDialog(parent, _("Log customer contact"), "logContactDialog", submit, _("Log"),
                     _("Every contact with the customer is kept, even when there is nothing "
                       "new to tell."))
    d.add_combo("method", _("How"), vocab_items(vocab.CONTACT_METHODS))
    d.add_text("note", _("Note"), 2000, multiline=True)
    return d


def log_tenant_call(parent, ctx) -> ActionDialog:
    s = ctx.state

    def submit(v):
        return slips.log_tenant_call(ctx.complaint_id, v["note"], ctx.operator_id,
                                     clock=ctx.clock)
    intro = _("Call the manager of {tenant}: {contact}").format(
        tenant=s.target, contact=s.tenant_contact or "-")
    d = ActionDialog(parent, _("Log call to the tenant"), "logTenantCallDialog", submit,
                     _("Log"), intro)
    d.add_text("note", _("Note"), 2000, multiline=True)
    return d


def record_result(parent, ctx) -> ActionDialog:
    return _result_dialog(parent, ctx, slips.record_result, _("Record the result"),
                          "recordResultDialog", _("Record"), _("(not known yet)"))


def customer_opinion(parent, ctx) -> ActionDialog:
    s = ctx.state

    def submit(v):
        return slips.set_opinion(ctx.complaint_id, v["opinion"], v["opinion_text"],
                                 ctx.operator_id, clock=ctx.clock)
    d = ActionDialog(parent, _("Customer's opinion"), "customerOpinionDialog", submit,
                     _("Save"), _("What the customer said about the handling result."))
    d.add_combo("opinion", _("Customer's opinion"),
                vocab_items(vocab.OPINIONS, _("(pick the customer's opinion)")), s.opinion)
    d.add_text("opinion_text", _("Customer's words"), 500, value=s.opinion_text)
    return d


def propose_compensation(parent, ctx) -> ActionDialog:
    d: ActionDialog

    def submit(v):
        return compensation.propose(ctx.complaint_id, v["kind"], v["amount"], v["note"],
                                    ctx.operator_id, clock=ctx.clock)

    def after(row):
        if row.needs_role:
            QMessageBox.information(d, _("Needs approval"), _(
                "This amount is above your approval limit; it waits for approval by: "
                "{role}.").format(role=vocab.label(vocab.ROLES, row.needs_role)))
    d = ActionDialog(parent, _("Propose compensation"), "proposeCompensationDialog", submit,
                     _("Propose"))
    d.after = after
    d.add_combo("kind", _("Kind"), vocab_items(vocab.COMPENSATION_KINDS))
    d.add_amount("amount", _("Amount"))
    d.add_text("note", _("Note"), 200)
    return d


def approve_compensation(parent, ctx) -> ActionDialog:
    def submit(v):
        return compensation.approve(v["compensation"], ctx.operator_id, clock=ctx.clock)
    d = ActionDialog(parent, _("Approve compensation"), "approveCompensationDialog", submit,
                     _("Approve"))
    items = [(_("{kind} ¥{amount:,.2f} (needs: {role})").format(
        kind=vocab.label(vocab.COMPENSATION_KINDS, c.kind), amount=c.amount,
        role=vocab.label(vocab.ROLES, c.needs_role)), c.id)
        for c in ctx.state.compensations if c.pending]
    d.add_combo("compensation", _("Compensation"), items)
    return d


def written_reply(parent, ctx) -> ActionDialog:
    def submit(v):
        return slips.record_written_reply(ctx.complaint_id, v["body"], v["waived_reason"],
                                          ctx.operator_id, clock=ctx.clock)
    d = ActionDialog(parent, _("Written reply"), "writtenReplyDialog", submit, _("Save"),
                     _("A complaint made in writing gets a written reply in the company's "
                       "name. Write it here, or say why there is none."))
    d.add_text("body", _("Reply"), 20000, multiline=True)
    d.add_text("waived_reason", _("Or why there is none"), 500)
    return d


def close_case(parent, ctx) -> ActionDialog:
    def submit(_v):
        return slips.close_case(ctx.complaint_id, ctx.operator_id, clock=ctx.clock)
    blockers = slips.close_blockers(ctx.complaint_id)
    if blockers:   # say what is missing first, instead of "are you sure?" and then no
        d = ActionDialog(parent, _("Close the case"), "closeCaseDialog", submit,
                         _("Close the case"),
                         _("Case {case_no} cannot be closed yet:").format(
                             case_no=ctx.state.case_no))
        d.show_notice("\n".join(f"• {text}" for text in blockers))
        d.ok_button.setEnabled(False)
        return d
    return ActionDialog(parent, _("Close the case"), "closeCaseDialog", submit,
                        _("Close the case"),
                        _("Close case {case_no}? A not-satisfied customer can have it "
                          "reopened later.").format(case_no=ctx.state.case_no))


def reopen_case(parent, ctx) -> ActionDialog:
    def submit(v):
        return slips.reopen_case(ctx.complaint_id, v["reason"], ctx.operator_id,
                                 clock=ctx.clock)
    d = ActionDialog(parent, _("Reopen the case"), "reopenCaseDialog", submit, _("Reopen"),
                     _("The result and the customer's opinion are cleared and the case is "
                       "handled again."))
    d.add_text("reason", _("Reason"), 500, multiline=True)
    return d
