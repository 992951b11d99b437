"""Compensation with approval limits per role: above its limit the next level approves."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from desk.i18n import _
from desk.services.casework.base import WorkflowError, get_case, record_event, staff_role
from desk.services.common import vocab
from desk.services.common.clock import system_clock
from desk.services.common.validation import ValidationError
from desk.services.org.organisation import get_setting
from desk.services.org.permissions import require, require_approval
from desk.store.db import transaction
from desk.store.models.slips import Compensation
from desk.text import clean_text

MAX_AMOUNT = Decimal("10000000")


def approval_limits() -> dict[str, float | None]:
    limits = dict(vocab.DEFAULT_APPROVAL_LIMITS)
    limits.update(get_setting("approval_limits") or {})
    return limits


def may_approve(role: str | None, amount: Decimal) -> bool:
    if role not in vocab.ROLES:
        return False
    limit = approval_limits().get(role, 0)
    return limit is None or amount <= Decimal(str(limit))


def approver_for(amount: Decimal) -> str:
    """The lowest role whose limit covers ``amount``."""
    for role in vocab.APPROVER_ORDER:
        limit = approval_limits().get(role)
        if limit is None or amount <= Decimal(str(limit)):
            return role
    return "gm"


def parse_amount(value) -> Decimal:
    try:
        amount = Decimal(str(value).replace(",", "").strip() or "0")
    except (InvalidOperation, ValueError):
        raise ValidationError(
            {"amount": _("Enter the amount as a number, e.g. 150.00.")}) from None
    if not amount.is_finite() or amount < 0 or amount > MAX_AMOUNT:
        raise ValidationError({"amount": _("The amount must be between 0 and 10,000,000.")})
    return amount.quantize(Decimal("0.01"))


def propose(complaint_id: int, kind: str, amount, note: str = "", by_id: int | None = None,
            clock=system_clock) -> Compensation:
    require(by_id, "work_cases")
    if kind not in vocab.COMPENSATION_KINDS:
        raise ValidationError({"kind": _("Pick the kind of compensation.")})
    value = parse_amount(amount)
    note = clean_text(note)[:200]
    role = staff_role(by_id)
    needs = "" if may_approve(role, value) else approver_for(value)
    now = clock.now()
    with transaction():
        record = get_case(complaint_id)
        row = Compensation.create(complaint=record, kind=kind, amount=value, note=note,
                                  proposed_at=now, proposed_by=by_id, needs_role=needs,
                                  approved_at=None if needs else now,
                                  approved_by=None if needs else by_id)
        record_event(record, "compensation", by_id, now, note,
                     data={"kind": kind, "amount": str(value), "needs": needs})
    return row


def approve(compensation_id: int, by_id: int, clock=system_clock) -> None:
    row = Compensation.get_or_none(Compensation.id == compensation_id)
    if row is None:
        raise WorkflowError(_("That compensation does not exist."))
    if row.approved_at:
        raise WorkflowError(_("The compensation is approved already."))
    amount = Decimal(row.amount)
    require_approval(by_id, amount, may_approve,
                     [r for r in vocab.APPROVER_ORDER if may_approve(r, amount)])
    now = clock.now()
    with transaction():
        Compensation.update(approved_at=now, approved_by=by_id).where(
            Compensation.id == row.id).execute()
        record_event(get_case(row.complaint_id), "compensation_approved", by_id, now, "",
                     data={"amount": str(row.amount)})


def for_case(complaint_id: int) -> list[Compensation]:
    return list(Compensation.select().where(Compensation.complaint == complaint_id)
                .order_by(Compensation.id))
