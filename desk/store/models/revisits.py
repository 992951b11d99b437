"""Models of the revisit log (客户回访记录表): follow-up calls to customers (002 §4.6).
The corrective-action record's models are in :mod:`desk.store.models.capa`."""
from __future__ import annotations

import peewee as pw

from desk.store.models.cases import BaseModel, Complaint, Staff, now


class Revisit(BaseModel):
    """One follow-up of a customer: after a case is closed, in the monthly campaign, or on
    the periodic plan of a core/key customer. The cases it covers are in RevisitCase."""
    complaint = pw.ForeignKeyField(Complaint, null=True, backref="revisits",
                                   on_delete="SET NULL")   # the latest case of the customer
    phone_digits = pw.CharField(max_length=20, default="")
    customer_name = pw.CharField(max_length=50, default="")
    customer_class = pw.CharField(max_length=20, default="ordinary")
    kind = pw.CharField(max_length=20)                    # after_close, monthly, periodic
    campaign = pw.CharField(max_length=7, default="")     # YYYY-MM of a monthly campaign
    due_date = pw.DateField()
    status = pw.CharField(max_length=20, default="due")   # due, done, unreachable, cancelled
    reached_at = pw.DateTimeField(null=True)              # first attempt that reached them
    satisfaction = pw.IntegerField(null=True)             # 1..5
    reasons = pw.CharField(max_length=200, default="")    # comma-separated reason codes
    words = pw.TextField(default="")                      # the customer's own words
    outcome = pw.CharField(max_length=30, default="")     # satisfied, not_satisfied_reopened,
    linked_case = pw.ForeignKeyField(Complaint, null=True, backref="+",  # new_complaint
                                     on_delete="SET NULL")
    created_at = pw.DateTimeField(default=now)
    done_at = pw.DateTimeField(null=True)
    done_by = pw.ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")
    version = pw.IntegerField(default=1)     # every change adds one (see Complaint.version)
    cancel_reason = pw.CharField(max_length=500, default="")

    class Meta:
        indexes = (
            (("status", "due_date"), False),
            (("due_date",), False),
            (("done_at",), False),
            (("kind", "campaign"), False),
            (("phone_digits", "kind", "due_date"), False),
        )


class RevisitCase(BaseModel):
    """The cases one revisit covers (a monthly revisit merges a customer's cases)."""
    revisit = pw.ForeignKeyField(Revisit, backref="case_links", on_delete="CASCADE",
                                 index=False)        # the unique index below leads with it
    complaint = pw.ForeignKeyField(Complaint, backref="revisit_links", on_delete="CASCADE",
                                   index=False)

    class Meta:
        indexes = ((("revisit", "complaint"), True),
                   (("complaint", "revisit"), False))   # a month's cases -> their revisits


class RevisitAttempt(BaseModel):
    """One try to reach the customer."""
    revisit = pw.ForeignKeyField(Revisit, backref="attempts", on_delete="CASCADE")
    at = pw.DateTimeField(default=now)
    by = pw.ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")
    method = pw.CharField(max_length=20)                  # phone, sms, wechat, visit
    reached = pw.BooleanField(default=False)
    note = pw.CharField(max_length=500, default="")


REVISIT_MODELS = [Revisit, RevisitCase, RevisitAttempt]



def complaint_indexes() -> list[pw.ModelIndex]:
    """Indexes on the complaint table for the month's complainants, repeat detection and
    the figures (non-void cases received in a period: without it SQLite walks every
    non-void case through the (voided, id) index), and core/key customers of the last year
    (periodic plans)."""
    return [Complaint.index(Complaint.voided, Complaint.received_at,
                            name="complaint_voided_received").safe(True),
            Complaint.index(Complaint.customer_class, Complaint.received_at,
                            name="complaint_class_received").safe(True)]
