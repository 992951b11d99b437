"""What the revisit log and the corrective-action record print: plain, frozen dataclasses.

The service layer (desk.services.revisits.documents) fills them; labels arrive translated
into the document's language, phone numbers arrive masked (138****5678), text is exactly
what the user typed (the renderers clean and escape it).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desk.documents.data.cases import CaseSummary, When


@dataclass(frozen=True)
class RevisitLogRow:
    no: int
    due_date: When
    done_at: When
    customer: str
    phone: str                     # masked
    case_nos: list[str] = field(default_factory=list)
    categories: str = ""
    kind: str = ""
    attempts: str = ""             # "Phone ×2, SMS ×1"
    satisfaction: int | None = None
    reasons: str = ""
    words: str = ""
    outcome: str = ""
    status: str = ""
    by: str = ""


@dataclass(frozen=True)
class RevisitLogData:
    month: dt.date
    rows: list[RevisitLogRow] = field(default_factory=list)
    total: int = 0
    reached: int = 0
    unreachable: int = 0
    average_satisfaction: float | None = None


@dataclass(frozen=True)
class CapaActionLine:
    kind: str
    text: str
    owner: str
    due: When = None
    done: When = None


@dataclass(frozen=True)
class AttachedCase:
    case: CaseSummary
    status: str = ""
    result: str = ""


@dataclass(frozen=True)
class CapaRecordData:
    number: str
    status: str
    opened_at: When
    opened_by: str
    source: str
    criteria: str
    problem: str
    root_cause_category: str
    root_cause: str
    actions: list[CapaActionLine] = field(default_factory=list)
    ops_signed_by: str = ""
    ops_signed_at: When = None
    gm_signed_by: str = ""
    gm_signed_at: When = None
    verify_days: int = 30
    verify_from: When = None
    verify_until: When = None
    baseline_count: int | None = None
    verification_count: int | None = None
    result: str = ""               # effective / not effective / pending, translated
    cases: list[AttachedCase] = field(default_factory=list)
