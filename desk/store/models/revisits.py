"""Models of the revisit log (客户回访记录表) and the corrective and preventive action record
(客诉纠正与预防措施记录表): follow-up calls to customers, and actions against problems that
keep coming back (002 §4.6, §4.7)."""
from __future__ import annotations

import peewee as pw

from desk.store.models.cases import BaseModel, Category, Complaint, Department, Staff, Tenant, now


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


class CorrectiveAction(BaseModel):
    """The corrective and preventive action record: the problem, its root cause, the
    actions, the sign-offs and the verification of effectiveness."""
    source_kind = pw.CharField(max_length=30, default="manual")  # a suggestion kind, manual
    source_key = pw.CharField(max_length=120, default="", index=True)
    problem = pw.TextField(default="")
    root_cause_category = pw.CharField(max_length=20, default="")  # people, method, ...
    root_cause = pw.TextField(default="")
    # What counts as "the same kind of complaint" when the effect is verified.
    category = pw.ForeignKeyField(Category, null=True, on_delete="SET NULL", backref="+")
    object_type = pw.CharField(max_length=20, default="")
    tenant = pw.ForeignKeyField(Tenant, null=True, on_delete="SET NULL", backref="+")
    department = pw.ForeignKeyField(Department, null=True, on_delete="SET NULL", backref="+")
    staff = pw.ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")
    phone_digits = pw.CharField(max_length=20, default="")
    status = pw.CharField(max_length=20, default="open", index=True)  # open, verifying, closed
    opened_at = pw.DateTimeField(default=now)
    opened_by = pw.ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")
    ops_signed_at = pw.DateTimeField(null=True)
    ops_signed_by = pw.ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")
    gm_signed_at = pw.DateTimeField(null=True)
    gm_signed_by = pw.ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")
    verify_days = pw.IntegerField(default=30)
    verify_from = pw.DateField(null=True)      # start of the verification period
    verify_until = pw.DateField(null=True)     # its end date (inclusive)
    baseline_count = pw.IntegerField(null=True)
    verification_count = pw.IntegerField(null=True)
    effective = pw.BooleanField(null=True)
    verified_at = pw.DateTimeField(null=True)
    verified_by = pw.ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")
    updated_at = pw.DateTimeField(default=now)


class CapaAction(BaseModel):
    """One corrective or preventive action with its owner, due date and done date."""
    capa = pw.ForeignKeyField(CorrectiveAction, backref="actions", on_delete="CASCADE")
    kind = pw.CharField(max_length=20)                    # corrective, preventive
    text = pw.TextField()
    owner = pw.ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")
    owner_name = pw.CharField(max_length=50, default="")
    due = pw.DateField(null=True, index=True)
    done = pw.DateField(null=True)


class CapaLink(BaseModel):
    """A complaint behind a corrective action (its record is attached to the printout)."""
    capa = pw.ForeignKeyField(CorrectiveAction, backref="links", on_delete="CASCADE")
    complaint = pw.ForeignKeyField(Complaint, backref="capa_links", on_delete="CASCADE",
                                   index=True)

    class Meta:
        indexes = ((("capa", "complaint"), True),)


REVISIT_MODELS = [Revisit, RevisitCase, RevisitAttempt, CorrectiveAction, CapaAction,
                  CapaLink]


def complaint_indexes() -> list[pw.ModelIndex]:
    """Indexes on the complaint table for the month's complainants, repeat detection and
    the figures (non-void cases received in a period: without it SQLite walks every
    non-void case through the (voided, id) index), and core/key customers of the last year
    (periodic plans)."""
    return [Complaint.index(Complaint.voided, Complaint.received_at,
                            name="complaint_voided_received").safe(True),
            Complaint.index(Complaint.customer_class, Complaint.received_at,
                            name="complaint_class_received").safe(True)]
