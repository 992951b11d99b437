"""Verification codes printed on slips: a returned or photographed slip can be checked as
genuine and unchanged.

The code is an HMAC, with a secret kept in the database, of everything the slip prints
(``documents.slip_data``: the case summary, route, department or tenant, responsible
person, agreed date and its changes, result, compensation lines, the customer's opinion
and words), taken in one fixed language so the code does not depend on the language of
the print. It is written in 31 symbols without 0/O and 1/I/L, 10 of them ("ABCDE-FGHJK"),
and read in either case. The 8-symbol codes of earlier versions still verify, against the
fewer fields they covered; ``desk verify`` says so.
"""
from __future__ import annotations

import base64
import dataclasses
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass

from desk.services.casework.base import active_slip
from desk.store.models.cases import Complaint
from desk.store.schema import get_meta, set_meta
from desk.text import DATETIME_FORMAT

SECRET_KEY = "slip_secret"
ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"     # no 0 O 1 I L
CODE_LENGTH = 10
OLD_LENGTH = 8                                   # base32 codes before version 2
HASH_LANGUAGE = "en"


def _secret() -> bytes:
    value = get_meta(SECRET_KEY)
    if not value:
        value = secrets.token_hex(32)
        set_meta(SECRET_KEY, value)
    return bytes.fromhex(value)


def _mac(text: str) -> bytes:
    return hmac.new(_secret(), text.encode("utf-8"), hashlib.sha256).digest()


#: the names of who acted in Desk: printed, but outside the code (see printed_facts)
ACTOR_FIELDS = ("issued_by", "signed_off_by", "result_by", "result_on_behalf")


def printed_facts(data) -> str:
    """The slip's printed content (a ``SlipData`` without its codes), one canonical text."""
    fields = dataclasses.asdict(data)
    fields.pop("verification_code", None)
    fields.pop("qr_payload", None)
    for name in ACTOR_FIELDS:   # so that slips printed before they were shown still verify
        fields.pop(name, None)
    return json.dumps(fields, default=str, ensure_ascii=False, sort_keys=True)


def code_of(data) -> str:
    """The 10-symbol code of a slip's printed content, grouped 5-5."""
    number = int.from_bytes(_mac(printed_facts(data)), "big")
    symbols = []
    for _ in range(CODE_LENGTH):
        number, digit = divmod(number, len(ALPHABET))
        symbols.append(ALPHABET[digit])
    code = "".join(symbols)
    return f"{code[:5]}-{code[5:]}"


def _hash_data(record: Complaint):
    from desk.services.casework.documents import slip_data  # it imports this module

    return slip_data(record, HASH_LANGUAGE, with_code=False)


def code_for(record: Complaint) -> str:
    return code_of(_hash_data(record))


def qr_payload(record: Complaint, code: str | None = None) -> str:
    return f"DESK:{record.case_no}:{code or code_for(record)}"


def _old_code(record: Complaint) -> str:
    """The code of Desk before version 2: fewer fields, base32."""
    slip = active_slip(record.id)
    parts = [record.case_no, record.received_at.isoformat(), record.complainant_name,
             record.phone_digits, record.description]
    if slip is not None:
        parts += [slip.route, str(slip.department_id or ""), str(slip.tenant_id or ""),
                  slip.result, slip.opinion]
    digest = _mac("\x1f".join(parts))
    return base64.b32encode(digest).decode("ascii")[:OLD_LENGTH]


def _typed(code: str) -> str:
    given = "".join(code.split()).upper()
    if given.startswith("DESK:"):
        given = given.rsplit(":", 1)[-1]
    return given.replace("-", "")


def _old_spellings(given: bytes):
    """Base32 has O, I and L but no 0 or 1: a typed 0 is an O, each 1 an I or an L."""
    text = given.replace(b"0", b"O")
    ones = [i for i, ch in enumerate(text) if ch == ord("1")]
    for mask in range(1 << len(ones)):
        chars = bytearray(text)
        for bit, index in enumerate(ones):
            chars[index] = ord("L") if mask >> bit & 1 else ord("I")
        yield bytes(chars)


@dataclass(frozen=True)
class CodeCheck:
    genuine: bool
    old_kind: bool       # an 8-symbol code of an earlier version: fewer fields covered
    data: object         # the slip as stored (SlipData), to compare with the paper


def check_code(case_no: str, code: str, lang: str = HASH_LANGUAGE) -> CodeCheck | None:
    """Whether ``code`` matches the case as stored (None: no such case)."""
    from desk.services.casework.documents import slip_data

    record = Complaint.get_or_none(Complaint.case_no == case_no.strip())
    if record is None:
        return None
    given = _typed(code).encode("utf-8")
    shown = slip_data(record, lang)
    if len(given) == OLD_LENGTH:
        expected = _old_code(record).encode("ascii")
        genuine = any(hmac.compare_digest(spelling, expected)
                      for spelling in _old_spellings(given))
        return CodeCheck(genuine, True, shown)
    expected = code_of(_hash_data(record)).replace("-", "").encode("ascii")
    return CodeCheck(hmac.compare_digest(given, expected), False, shown)


def verify(case_no: str, code: str) -> bool | None:
    """True when ``code`` matches the case as stored, False when not, None: no such case."""
    result = check_code(case_no, code)
    return None if result is None else result.genuine


def _when(value) -> str:
    return value.strftime(DATETIME_FORMAT) if value else ""


def key_facts(data) -> list[tuple[str, str]]:
    """The stored facts ``desk verify`` prints, for staff to compare with the paper."""
    from desk.i18n import _

    case = data.case
    facts = [(_("Case No."), case.case_no), (_("Received"), _when(case.received_at)),
             (_("Complainant"), case.complainant), (_("Demand"), "; ".join(
                 [*case.demands, case.demand_text] if case.demand_text else case.demands))]
    if data.route_label:
        facts += [(_("Sent to"), " · ".join(t for t in (data.route_label, data.department)
                                            if t)),
                  (_("Responsible person"), data.responsible),
                  (_("Agreed reply date"), _when(data.agreed_reply_at))]
        facts += [(_("Reply date changed"), f"{_when(old)} → {_when(new)}: {reason}")
                  for old, new, reason in data.date_changes]
    if data.result:
        facts.append((_("Handling result"), data.result))
    facts += [(_("Compensation"), " ".join(str(t) for t in (kind, amount, note) if t))
              for kind, amount, note in data.compensation]
    if data.customer_opinion or data.opinion_text:
        facts.append((_("Customer's opinion"), " ".join(
            t for t in (data.customer_opinion, data.opinion_text) if t)))
    return facts
