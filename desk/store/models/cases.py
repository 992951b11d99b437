"""peewee models: the organisation, complaint records and what hangs off them.

Codes (status, severity, channel...) are stored as short English strings; their labels in
the three languages live in ``desk.services.common.vocab``.
"""
from __future__ import annotations

import datetime as dt

import peewee as pw

from desk.store.db import database


def now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class BaseModel(pw.Model):
    class Meta:
        database = database
        legacy_table_names = False


class MetaEntry(BaseModel):
    """Schema version and other facts about the database itself."""
    key = pw.CharField(primary_key=True, max_length=64)
    value = pw.TextField()


class Setting(BaseModel):
    """Organisation-wide settings (company name, severity policy...), JSON values."""
    key = pw.CharField(primary_key=True, max_length=64)
    value = pw.TextField()


class Site(BaseModel):
    name = pw.CharField(max_length=100, unique=True)
    active = pw.BooleanField(default=True)


class Department(BaseModel):
    name = pw.CharField(max_length=100)
    site = pw.ForeignKeyField(Site, null=True, backref="departments", on_delete="SET NULL")
    active = pw.BooleanField(default=True)


class Tenant(BaseModel):
    name = pw.CharField(max_length=100)
    unit_no = pw.CharField(max_length=30, default="")
    manager = pw.CharField(max_length=50, default="")
    phone = pw.CharField(max_length=30, default="")
    site = pw.ForeignKeyField(Site, null=True, backref="tenants", on_delete="SET NULL")
    active = pw.BooleanField(default=True)


class Staff(BaseModel):
    """A person who works with Desk, and their account: ``name`` is the full name,
    ``user_name`` what they sign in with. ``password_hash`` is an Argon2id hash ("" while
    the administrator has not set a first password); ``is_admin`` adds the administrator
    role to ``role``."""
    name = pw.CharField(max_length=50)
    role = pw.CharField(max_length=30, index=True)
    department = pw.ForeignKeyField(Department, null=True, backref="staff",
                                    on_delete="SET NULL")
    phone = pw.CharField(max_length=30, default="")
    active = pw.BooleanField(default=True)
    user_name = pw.CharField(max_length=40, null=True)
    password_hash = pw.CharField(max_length=200, default="")
    is_admin = pw.BooleanField(default=False)
    must_change = pw.BooleanField(default=False)
    failed_sign_ins = pw.IntegerField(default=0)
    locked_until = pw.DateTimeField(null=True)

    class Meta:
        indexes = ((("user_name",), True),)


class Category(BaseModel):
    code = pw.CharField(max_length=40, null=True, unique=True)  # seeded ones have a code
    name = pw.CharField(max_length=60)
    sort = pw.IntegerField(default=0)
    active = pw.BooleanField(default=True)


class Channel(BaseModel):
    code = pw.CharField(max_length=40, null=True, unique=True)
    name = pw.CharField(max_length=60)
    sort = pw.IntegerField(default=0)
    allows_anonymous = pw.BooleanField(default=False)
    active = pw.BooleanField(default=True)


class CaseCounter(BaseModel):
    """Last sequence number handed out per day, for YYYYMMDD-NNNN case numbers."""
    day = pw.CharField(primary_key=True, max_length=8)
    last = pw.IntegerField(default=0)


class Complaint(BaseModel):
    """The complaint record (客户投诉记录)."""
    case_no = pw.CharField(max_length=20, unique=True)
    status = pw.CharField(max_length=20, default="new")
    received_at = pw.DateTimeField(index=True)
    recorded_by = pw.ForeignKeyField(Staff, null=True, backref="recorded", on_delete="SET NULL")
    site = pw.ForeignKeyField(Site, null=True, on_delete="SET NULL")
    anonymous = pw.BooleanField(default=False)
    complainant_name = pw.CharField(max_length=50, default="")
    phone = pw.CharField(max_length=30, default="")
    phone_digits = pw.CharField(max_length=20, default="")
    address = pw.CharField(max_length=200, default="")
    room_no = pw.CharField(max_length=20, default="")
    member_no = pw.CharField(max_length=30, default="")
    customer_class = pw.CharField(max_length=20, default="ordinary")
    channel = pw.ForeignKeyField(Channel, backref="complaints", on_delete="RESTRICT")
    incident_at = pw.DateTimeField(null=True)
    incident_place = pw.CharField(max_length=100, default="")
    object_type = pw.CharField(max_length=20, default="other")
    tenant = pw.ForeignKeyField(Tenant, null=True, backref="complaints", on_delete="SET NULL")
    department = pw.ForeignKeyField(Department, null=True, backref="complaints",
                                    on_delete="SET NULL")
    staff = pw.ForeignKeyField(Staff, null=True, backref="complained_about",
                               on_delete="SET NULL")
    object_text = pw.CharField(max_length=200, default="")
    category = pw.ForeignKeyField(Category, backref="complaints", on_delete="RESTRICT")
    severity = pw.CharField(max_length=20, default="ordinary")
    description = pw.TextField(default="")
    demands = pw.CharField(max_length=200, default="")  # comma-separated demand codes
    demand_text = pw.CharField(max_length=500, default="")
    reply_due_at = pw.DateTimeField(index=True)   # the current promise to the customer
    intake_reply_due_at = pw.DateTimeField(null=True)   # the promise given at intake
    closed_at = pw.DateTimeField(null=True)
    voided = pw.BooleanField(default=False)
    void_reason = pw.CharField(max_length=500, default="")
    voided_at = pw.DateTimeField(null=True)
    voided_by = pw.ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")
    created_at = pw.DateTimeField(default=now)
    updated_at = pw.DateTimeField(default=now)
    # Every save adds one; a save checks the version it started from (desk/services/common/
    # versions.py), so two desks never overwrite each other's change unseen.
    version = pw.IntegerField(default=1)
    updated_by = pw.ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")

    class Meta:
        indexes = (
            (("status", "id"), False),
            (("severity", "id"), False),
            (("category", "id"), False),
            (("channel", "id"), False),
            (("department", "id"), False),
            (("tenant", "id"), False),
            (("phone_digits", "id"), False),
        )


def complaint_status_indexes() -> list[pw.ModelIndex]:
    """The cases of one status in reply-date or receipt-date order (``IF NOT EXISTS``)."""
    return [Complaint.index(Complaint.status, Complaint.reply_due_at,
                            name="complaint_status_due").safe(True),
            Complaint.index(Complaint.status, Complaint.received_at,
                            name="complaint_status_received").safe(True)]


def complaint_open_indexes() -> list[pw.ModelIndex]:
    """The open, live cases by reply date and by receipt date (``IF NOT EXISTS``): partial
    indexes, so that each list of the Today view is one walk of a few thousand rows at
    most, whatever the number of closed cases."""
    from desk.store.db import is_postgresql
    from desk.store.plans import OPEN_CONDITION, OPEN_CONDITION_PG, OPEN_INDEXES

    condition = pw.SQL(OPEN_CONDITION_PG if is_postgresql() else OPEN_CONDITION)
    return [Complaint.index(*(getattr(Complaint, c) for c in columns), name=name)
            .safe(True).where(condition) for name, columns in OPEN_INDEXES.items()]


class ComplaintChange(BaseModel):
    """History: who changed which field of a complaint, when, from what to what."""
    complaint = pw.ForeignKeyField(Complaint, backref="changes", on_delete="CASCADE")
    at = pw.DateTimeField(default=now)
    by = pw.ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")
    field = pw.CharField(max_length=40)
    old_value = pw.TextField(default="")
    new_value = pw.TextField(default="")


class Attachment(BaseModel):
    """A file kept with a complaint; the bytes live once per content hash on disk."""
    complaint = pw.ForeignKeyField(Complaint, backref="attachments", on_delete="CASCADE")
    sha256 = pw.CharField(max_length=64, index=True)
    size = pw.BigIntegerField()
    mime = pw.CharField(max_length=80)
    kind = pw.CharField(max_length=10)  # image, audio, video, pdf
    original_name = pw.CharField(max_length=255, default="")
    added_at = pw.DateTimeField(default=now)
    added_by = pw.ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")


class Draft(BaseModel):
    """An unfinished form, autosaved; offered back after a crash."""
    key = pw.CharField(max_length=80, unique=True)
    payload = pw.TextField()
    updated_at = pw.DateTimeField(default=now)


ALL_MODELS = [MetaEntry, Setting, Site, Department, Tenant, Staff, Category, Channel,
              CaseCounter, Complaint, ComplaintChange, Attachment, Draft]
