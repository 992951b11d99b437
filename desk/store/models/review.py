"""The operations manager's daily review of handling slips (002 §7 ①: 营运经理每日查阅)."""
from __future__ import annotations

import peewee as pw

from desk.store.models.cases import BaseModel, Complaint, Staff, now
from desk.store.models.slips import HandlingSlip


class SlipReview(BaseModel):
    """One slip looked at by the operations manager, with an optional comment.

    One row per slip: marking it again updates the comment and the time.
    """
    slip = pw.ForeignKeyField(HandlingSlip, backref="reviews", on_delete="CASCADE",
                              unique=True)
    reviewed_at = pw.DateTimeField(default=now, index=True)
    reviewed_by = pw.ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")
    comment = pw.TextField(default="")


REVIEW_MODELS = [SlipReview]

def report_indexes() -> list[pw.ModelIndex]:
    """Indexes the reports need on existing tables: cases closed in a period, slips issued
    on a day. ``IF NOT EXISTS``, so the migration can run again safely."""
    return [Complaint.index(Complaint.closed_at, name="complaint_closed_at").safe(True),
            HandlingSlip.index(HandlingSlip.issued_at,
                               name="handling_slip_issued_at").safe(True)]
