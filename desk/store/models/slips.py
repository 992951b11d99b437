"""Models of the handling slip (客户投诉处理单) and what hangs off a case after intake:
the timeline, contacts with the customer, reply-date changes, compensation."""
from __future__ import annotations

import peewee as pw

from desk.store.models.cases import BaseModel, Complaint, Department, Staff, Tenant, now


class HandlingSlip(BaseModel):
    complaint = pw.ForeignKeyField(Complaint, backref="slips", on_delete="CASCADE")
    route = pw.CharField(max_length=20)              # desk, department, tenant
    department = pw.ForeignKeyField(Department, null=True, on_delete="SET NULL", backref="+")
    tenant = pw.ForeignKeyField(Tenant, null=True, on_delete="SET NULL", backref="+")
    responsible = pw.ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")
    responsible_name = pw.CharField(max_length=50, default="")
    supervisor = pw.ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")
    issued_at = pw.DateTimeField(default=now)
    issued_by = pw.ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")
    approved_at = pw.DateTimeField(null=True)
    approved_by = pw.ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")
    agreed_reply_at = pw.DateTimeField(null=True, index=True)
    agreed_set_at = pw.DateTimeField(null=True)    # start of the current deadline window
    date_changes = pw.IntegerField(default=0)
    missed_dates = pw.IntegerField(default=0)
    level = pw.CharField(max_length=30, default="handler")
    owner = pw.ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")
    result = pw.TextField(default="")
    result_at = pw.DateTimeField(null=True)
    result_by = pw.ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")
    # the desk clerk wrote down the result the department or tenant reported
    result_on_behalf = pw.BooleanField(default=False)
    opinion = pw.CharField(max_length=20, default="")  # satisfied, accepts, not_satisfied
    opinion_text = pw.CharField(max_length=500, default="")
    needs_signature = pw.BooleanField(default=False)
    signed_at = pw.DateTimeField(null=True)
    signed_attachment = pw.IntegerField(null=True)
    tenant_call_due_at = pw.DateTimeField(null=True)
    tenant_called_at = pw.DateTimeField(null=True)
    active = pw.BooleanField(default=True)
    version = pw.IntegerField(default=1)     # every change adds one (see Complaint.version)


class CaseEvent(BaseModel):
    """One step of a case's timeline: who did what, when and why."""
    complaint = pw.ForeignKeyField(Complaint, backref="events", on_delete="CASCADE")
    at = pw.DateTimeField(default=now, index=True)
    by = pw.ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")
    kind = pw.CharField(max_length=30)
    from_status = pw.CharField(max_length=20, default="")
    to_status = pw.CharField(max_length=20, default="")
    note = pw.TextField(default="")
    data = pw.TextField(default="")


class CustomerContact(BaseModel):
    """Every contact with the customer (持续反馈)."""
    complaint = pw.ForeignKeyField(Complaint, backref="contacts", on_delete="CASCADE")
    at = pw.DateTimeField(default=now)
    by = pw.ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")
    method = pw.CharField(max_length=20)             # phone, sms, in_person, letter_email
    note = pw.TextField(default="")


class ReplyDateChange(BaseModel):
    slip = pw.ForeignKeyField(HandlingSlip, backref="date_change_rows", on_delete="CASCADE")
    at = pw.DateTimeField(default=now)
    by = pw.ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")
    old_date = pw.DateTimeField()
    new_date = pw.DateTimeField()
    reason = pw.CharField(max_length=500)
    customer_agreed = pw.BooleanField(default=False)


class Compensation(BaseModel):
    complaint = pw.ForeignKeyField(Complaint, backref="compensations", on_delete="CASCADE")
    kind = pw.CharField(max_length=20)               # refund, exchange, repair, voucher, ...
    amount = pw.DecimalField(max_digits=12, decimal_places=2, default=0)
    note = pw.CharField(max_length=200, default="")
    proposed_at = pw.DateTimeField(default=now)
    proposed_by = pw.ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")
    needs_role = pw.CharField(max_length=30, default="")   # empty when within the limit
    approved_at = pw.DateTimeField(null=True)
    approved_by = pw.ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")


class WrittenReply(BaseModel):
    """The written reply in the company's name (002 §4.5 ⑤), or why there is none."""
    complaint = pw.ForeignKeyField(Complaint, backref="written_replies", on_delete="CASCADE")
    at = pw.DateTimeField(default=now)
    by = pw.ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")
    body = pw.TextField(default="")
    waived_reason = pw.CharField(max_length=500, default="")


SLIP_MODELS = [HandlingSlip, CaseEvent, CustomerContact, ReplyDateChange, Compensation,
               WrittenReply]
