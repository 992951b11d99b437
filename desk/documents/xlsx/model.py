"""What the workbook writer takes: plain data, no database, no Qt.

Labels (``label``, ``title``, ``note``) are English catalogue sources marked with ``N_``;
the writer translates them into the report language. Group names and cell values arrive
ready to show (already in the report language).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Iterable, Sequence

#: Kinds of values; each has its Excel number format and column width.
#: ``wrapped`` is short text that wraps in a narrow column (a printed sheet); ``dial`` a
#: phone number the reader must call, written as given (masked or not by the caller).
KINDS = ("text", "wrapped", "long_text", "case_no", "phone", "dial", "date", "datetime",
         "count", "hours", "percent", "money", "number", "flag")


@dataclass
class Measure:
    """One line of the summary: this period, the previous one, and the change."""
    key: str
    label: str                    # N_ source
    kind: str                     # count, hours, percent, money
    current: float | None
    previous: float | None
    note: str = ""                # N_ source shown when there is no figure ("No data yet")
    basis: int | None = None      # how many cases the figure rests on
    label_args: dict = field(default_factory=dict)   # fills the {names} of the label

    def title(self, tr) -> str:
        """The label in the language of ``tr`` (a translating function), filled in."""
        return tr(self.label).format(**self.label_args) if self.label_args else tr(self.label)

    @property
    def change(self) -> float | None:
        if self.current is None or self.previous is None:
            return None
        return self.current - self.previous

    @property
    def change_ratio(self) -> float | None:
        """Relative change of a count or an amount; None for shares and when undefined."""
        if self.kind not in ("count", "money") or self.change is None or not self.previous:
            return None
        return self.change / self.previous


@dataclass
class Column:
    key: str
    label: str                    # N_ source
    kind: str = "text"
    width: float | None = None    # fixed width (Excel character units) instead of fitted
    lines: int = 0                # wrapped text longer than this many lines is shortened


@dataclass
class Table:
    """One sheet of rows. ``rows`` may be a generator: big sheets are streamed."""
    key: str
    title: str                    # N_ source: the sheet name
    heading: str                  # N_ source: the title line above the table
    columns: list[Column]
    rows: Iterable[Sequence] = ()
    total: Sequence | None = None
    empty_note: str = ""          # N_ source, shown when the data does not exist yet
    chart: str = ""               # "bar", "pie" or "line": drawn on the summary sheet
    chart_columns: tuple[int, ...] = ()   # data columns (1-based) the chart plots
    size_hint: int = 0            # expected number of rows, for progress
    screen: bool = False          # a wide sheet to read on screen: printed at full size
    #                               across pages, not shrunk to one page width
    rows_of: str = ""             # the key of an earlier table whose rows this one shows
    #                               too: both sheets are written in one pass over them
    pick: tuple[int, ...] = ()    # the columns of each row this table shows (all: empty)


@dataclass
class Report:
    kind: str                     # weekly, monthly
    title: str                    # N_ source
    period_key: str               # 2026-W47
    period_span: str              # 2026-11-16 – 2026-11-22
    previous_key: str
    company: str
    generated_at: dt.datetime
    as_of: dt.datetime
    measures: list[Measure]
    tables: list[Table]
    notes: list[str] = field(default_factory=list)   # N_ sources: how figures are counted
    note_args: dict = field(default_factory=dict)     # fills the {names} of the notes
    author: str = "Desk"
    audit_head: tuple[int, str] | None = None        # entries and first hex of the head
