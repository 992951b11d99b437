"""What the document renderers print: plain, frozen dataclasses (no peewee, no Qt).

The service layer fills these from the database. Text is exactly what the user typed
(the renderers clean and escape it); labels that come from a vocabulary (channel,
category, severity, demands, compensation kinds, the customer's opinion, route) arrive
already translated into the document's language. Dates are ``datetime`` or ``date``;
anything optional may be ``None`` or empty, and the form then leaves a blank to write in.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Union

When = Union[dt.datetime, dt.date, None]
Amount = Union[Decimal, float, int, None]


@dataclass(frozen=True)
class Company:
    name: str
    logo_path: Path | None = None
    address: str = ""
    phone: str = ""


@dataclass(frozen=True)
class CaseSummary:
    case_no: str
    received_at: When = None
    channel: str = ""
    category: str = ""
    severity: str = ""
    complainant: str = ""
    phone: str = ""
    address: str = ""
    room_no: str = ""
    member_no: str = ""
    customer_class: str = ""
    incident_at: When = None
    incident_place: str = ""
    object_label: str = ""
    description: str = ""
    demands: list[str] = field(default_factory=list)  # translated labels
    demand_text: str = ""
    recorded_by: str = ""
    reply_due_at: When = None  # the current promise to the customer
    intake_reply_due_at: When = None  # the promise given at intake (None: same as current)


@dataclass(frozen=True)
class SlipData:
    case: CaseSummary
    verification_code: str = ""
    qr_payload: str = ""
    route_label: str = ""
    department: str = ""
    responsible: str = ""
    agreed_reply_at: When = None  # the current agreed date
    # (old agreed date, new agreed date, reason, customer agreed: True/False/None unknown)
    date_changes: list[tuple] = field(default_factory=list)
    result: str = ""
    # (kind label, amount, note)
    compensation: list[tuple[str, Amount, str]] = field(default_factory=list)
    customer_opinion: str = ""  # translated label: satisfied / accepts / not satisfied
    opinion_text: str = ""
    handled_at: When = None
    level: str = ""  # escalation level code: "", handler, manager, operations_manager, ...
    level_label: str = ""  # the level, translated
    tenant: str = ""  # the shop (name and unit) on a tenant slip
    floor_supervisor: str = ""  # who follows a tenant slip on its floor
    # who acted in Desk, printed beside their pen-signature boxes
    issued_by: str = ""  # issued the slip (or answered at the desk)
    signed_off_by: str = ""  # signed it off in Desk
    result_by: str = ""  # recorded the handling result
    result_on_behalf: bool = False  # the clerk recorded what the handler reported


@dataclass(frozen=True)
class LetterData:
    case: CaseSummary
    company: Company
    date: When = None
    recipient: str = ""  # the salutation line as printed, e.g. "尊敬的王女士：" / "Dear Ms Wong,"
    body_paragraphs: list[str] = field(default_factory=list)
    signatory: str = ""

