"""What the corrective-action record prints: plain, frozen dataclasses.

The service layer (desk.services.capa.documents) fills them; labels arrive translated into
the document's language, text is exactly what the user typed (the renderer cleans and
escapes it).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from desk.documents.data.cases import CaseSummary, When


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
