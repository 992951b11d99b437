"""What the revisit log prints: plain, frozen dataclasses.

The service layer (desk.services.revisits.documents) fills them; labels arrive translated
into the document's language, phone numbers arrive masked (138****5678) except for the
revisits still to make (the clerk dials them from the log), text is exactly
what the user typed (the renderers clean and escape it).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desk.documents.data.cases import When


@dataclass(frozen=True)
class RevisitLogRow:
    no: int
    due_date: When
    done_at: When
    customer: str
    phone: str                     # masked unless the revisit is still to make
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
