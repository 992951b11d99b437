"""Models of retention: legal holds on cases and the record each purge leaves."""
from __future__ import annotations

import peewee as pw

from desk.store.models.cases import BaseModel, Complaint, Staff, now


class LegalHold(BaseModel):
    """A case that must be kept (mediation, an authority, a court) whatever its age.

    A released hold stays as a row (who placed and released it, when, why); only a hold
    with ``released_at`` empty keeps the case.
    """
    complaint = pw.ForeignKeyField(Complaint, backref="holds", on_delete="CASCADE")
    reason = pw.CharField(max_length=500)
    placed_at = pw.DateTimeField(default=now)
    placed_by = pw.ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")
    released_at = pw.DateTimeField(null=True)
    released_by = pw.ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")


class PurgeRecord(BaseModel):
    """One purge or customer erasure: counts, cut-offs, who and when, never personal data."""
    kind = pw.CharField(max_length=20, default="purge")   # purge, erase
    at = pw.DateTimeField(default=now, index=True)
    by = pw.ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")
    case_cutoff = pw.DateTimeField(null=True)
    capa_cutoff = pw.DateTimeField(null=True)
    counts = pw.TextField(default="{}")                     # JSON {kind: count}


RETENTION_MODELS = [LegalHold, PurgeRecord]
