"""Models of the corrective and preventive action record (客诉纠正与预防措施记录表): actions
against problems that keep coming back (002 §4.7). Created by migration 3 with the revisit
log's tables."""
from __future__ import annotations

import peewee as pw

from desk.store.models.cases import BaseModel, Category, Complaint, Department, Staff, Tenant, now


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
    version = pw.IntegerField(default=1)     # every change adds one (see Complaint.version)


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


CAPA_MODELS = [CorrectiveAction, CapaAction, CapaLink]
