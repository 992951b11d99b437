"""Models of the audit trail: one row per change, chained by SHA-256, and the chain's head.

An entry's ``hash`` is the SHA-256 of the previous entry's hash and of its own content;
personal values enter that content as salted digests kept beside them (``old_digest``,
``new_digest``), so blanking a value and its salt later (a lawful erasure) keeps the chain
whole. A purge replaces entries by placeholder rows (``action`` "purged") that keep the
first ``prev_hash`` and the last ``hash`` of the ``span`` entries they stand for.
"""
from __future__ import annotations

import peewee as pw

from desk.store.models.cases import BaseModel

GENESIS = "0" * 64


class AuditEntry(BaseModel):
    seq = pw.BigIntegerField(unique=True)          # position in the chain, from 1
    span = pw.IntegerField(default=1)              # entries a placeholder stands for
    at = pw.DateTimeField()
    user_id = pw.IntegerField(null=True)           # the acting person; empty: the system
    user_name = pw.CharField(max_length=100, default="")
    action = pw.CharField(max_length=40)
    kind = pw.CharField(max_length=30, default="")  # kind of record: case, slip, capa...
    record_id = pw.BigIntegerField(null=True)
    complaint_id = pw.IntegerField(null=True, index=True)
    case_no = pw.CharField(max_length=20, default="", index=True)
    field = pw.CharField(max_length=60, default="")
    old = pw.TextField(default="")
    new = pw.TextField(default="")
    personal = pw.BooleanField(default=False)
    salt = pw.CharField(max_length=32, default="")  # emptied with the values by an erasure
    old_digest = pw.CharField(max_length=64, default="")
    new_digest = pw.CharField(max_length=64, default="")
    prev_hash = pw.CharField(max_length=64)
    hash = pw.CharField(max_length=64)

    class Meta:
        indexes = ((("kind", "record_id"), False), (("at",), False))


class AuditHead(BaseModel):
    """The chain's newest entry (one row): appending reads it locked and moves it in the
    same transaction, so entries are appended one at a time on every engine."""
    id = pw.IntegerField(primary_key=True)
    last_seq = pw.BigIntegerField(default=0)
    last_hash = pw.CharField(max_length=64, default=GENESIS)


AUDIT_MODELS = [AuditEntry, AuditHead]
