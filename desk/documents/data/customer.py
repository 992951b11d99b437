"""What a customer's data export holds: plain tables, labels already translated, values
exactly as stored (the phone numbers unmasked: it is the person's own data)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class DataSheet:
    title: str
    headers: list[str]
    rows: list[list] = field(default_factory=list)


@dataclass(frozen=True)
class CustomerData:
    title: str
    subtitle: str                  # "Phone 138…, 3 cases, made 2026-12-03 20:00"
    generated_at: dt.datetime
    sheets: list[DataSheet] = field(default_factory=list)
