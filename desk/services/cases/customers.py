"""A returning complainant, recognised by phone number at intake."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import fn

from desk.services.common import vocab
from desk.services.common.validation import phone_digits
from desk.store.models.cases import Complaint

MIN_DIGITS = 7


@dataclass
class CustomerHistory:
    phone_digits: str
    count: int = 0
    last_received: dt.datetime | None = None
    open_cases: list[str] = field(default_factory=list)
    recent: list[tuple[str, dt.datetime, str]] = field(default_factory=list)

    @property
    def is_returning(self) -> bool:
        return self.count > 0


def history_for_phone(phone: str, exclude_id: int | None = None,
                      recent_limit: int = 5) -> CustomerHistory:
    """Earlier (non-void) cases of the customer with this phone number."""
    digits = phone_digits(phone)
    result = CustomerHistory(digits)
    if len(digits) < MIN_DIGITS:
        return result
    base = Complaint.select().where((Complaint.phone_digits == digits)
                                    & (Complaint.voided == False))  # noqa: E712
    if exclude_id:
        base = base.where(Complaint.id != exclude_id)
    stats = base.select(fn.COUNT(Complaint.id), fn.MAX(Complaint.received_at)).tuples().get()
    result.count = stats[0] or 0
    if not result.count:
        return result
    last = stats[1]
    result.last_received = (dt.datetime.fromisoformat(last) if isinstance(last, str) else last)
    result.open_cases = [c.case_no for c in base.select(Complaint.case_no)
                         .where(Complaint.status.in_(vocab.OPEN_STATUSES))
                         .order_by(Complaint.id.desc()).limit(20)]
    result.recent = [(c.case_no, c.received_at, c.status) for c in
                     base.select(Complaint.case_no, Complaint.received_at, Complaint.status)
                     .order_by(Complaint.id.desc()).limit(recent_limit)]
    return result
