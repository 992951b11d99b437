"""The case window's retention actions: put the case on legal hold or release it, and
export the customer's personal data (an access request)."""
from __future__ import annotations

from desk import paths
from desk.i18n import _
from desk.services.cases.complaints import get_complaint
from desk.services.retention import holds
from desk.services.retention.access import export_customer
from desk.text import mask_phone
from desk.ui.kit.dialogs import ActionDialog


def legal_hold(parent, ctx) -> ActionDialog:
    case_no = ctx.state.case_no
    current = holds.active_hold(ctx.complaint_id)
    if current is not None:
        def release(_v):
            return holds.release_hold(case_no, ctx.operator_id, clock=ctx.clock)
        return ActionDialog(parent, _("Legal hold"), "releaseHoldDialog", release,
                            _("Release the hold"), _(
                                "Case {case_no} is on legal hold: {reason}. Once released, "
                                "the retention policy applies to it again.").format(
                                case_no=case_no, reason=current.reason))

    def place(v):
        return holds.place_hold(case_no, v["reason"], ctx.operator_id, clock=ctx.clock)
    d = ActionDialog(parent, _("Legal hold"), "legalHoldDialog", place, _("Hold the case"), _(
        "A case under mediation, with an authority or in court is kept, whatever its age, "
        "until the hold is released."))
    d.add_text("reason", _("Reason"), holds.MAX_REASON)
    return d


def customer_data(parent, ctx) -> ActionDialog:
    record = get_complaint(ctx.complaint_id)
    phone = record.phone if record is not None else ""
    default = paths.exports_dir() / _("customer-data-{phone}.xlsx").format(
        phone=mask_phone(phone).replace("*", "x"))

    def submit(v):
        return export_customer(phone, v["out"], ctx.operator_id, clock=ctx.clock)
    d = ActionDialog(parent, _("Customer's personal data"), "customerDataDialog", submit,
                     _("Export"), _(
                         "Everything held about the person with this phone number (all their "
                         "cases, slips, contacts, revisits, compensation and the list of "
                         "attachments) goes into one workbook. The export is recorded."))
    d.add_text("out", _("Save as"), 1000, value=str(default))
    return d
