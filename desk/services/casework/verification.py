"""Verification codes printed on slips: a returned or photographed slip can be checked as
genuine and unchanged. HMAC of the case content with a secret kept in the database."""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from desk.services.casework.base import active_slip
from desk.store.models.cases import Complaint
from desk.store.schema import get_meta, set_meta

SECRET_KEY = "slip_secret"
CODE_LENGTH = 8


def _secret() -> bytes:
    value = get_meta(SECRET_KEY)
    if not value:
        value = secrets.token_hex(32)
        set_meta(SECRET_KEY, value)
    return bytes.fromhex(value)


def _content(record: Complaint) -> str:
    slip = active_slip(record.id)
    parts = [record.case_no, record.received_at.isoformat(), record.complainant_name,
             record.phone_digits, record.description]
    if slip is not None:
        parts += [slip.route, str(slip.department_id or ""), str(slip.tenant_id or ""),
                  slip.result, slip.opinion]
    return "\x1f".join(parts)


def code_for(record: Complaint) -> str:
    digest = hmac.new(_secret(), _content(record).encode("utf-8"), hashlib.sha256).digest()
    return base64.b32encode(digest).decode("ascii")[:CODE_LENGTH]


def qr_payload(record: Complaint) -> str:
    return f"DESK:{record.case_no}:{code_for(record)}"


def verify(case_no: str, code: str) -> bool | None:
    """True when ``code`` matches the case as stored, False when not, None: no such case."""
    record = Complaint.get_or_none(Complaint.case_no == case_no.strip())
    if record is None:
        return None
    given = code.strip().upper().replace(" ", "")
    if given.startswith("DESK:"):
        given = given.rsplit(":", 1)[-1]
    # compare bytes: compare_digest refuses str with characters beyond ASCII (a typed Ä)
    return hmac.compare_digest(given.encode("utf-8"), code_for(record).encode("utf-8"))
