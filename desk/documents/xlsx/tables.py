"""A table sheet: heading line, header row, rows (streamed), total row; frozen, filtered,
printable. Several sheets can show the same rows (a printed and a wide one): they are
written side by side in one pass over the rows."""
from __future__ import annotations

from itertools import islice
from operator import itemgetter
from typing import Callable

from openpyxl.utils import get_column_letter

from desk.documents.xlsx.layout import column_widths, set_widths
from desk.documents.xlsx.model import Table
from desk.documents.xlsx.rows import RowWriter
from desk.documents.xlsx.styles import Styles
from desk.i18n import N_

HEADER_ROW = 2
FIRST_DATA_ROW = 3
SAMPLE_ROWS = 200
PROGRESS_EVERY = 500


class TableResult:
    """Where a written table's data is, for the summary charts."""

    def __init__(self, ws, table: Table, data_rows: int, first_values: list):
        self.ws, self.table, self.data_rows = ws, table, data_rows
        self.first_values = first_values     # the in-memory rows (small tables only)

    @property
    def last_data_row(self) -> int:
        return FIRST_DATA_ROW + self.data_rows - 1


HEADER_HEIGHT = 30


def _picker(table: Table):
    """A row's values for ``table``: its ``pick`` of the shared row, or the whole row."""
    if not table.pick:
        return None
    if len(table.pick) == 1:
        index = table.pick[0]
        return lambda row: (row[index],)
    return itemgetter(*table.pick)


def write_table(ws, table: Table, styles: Styles, tr: Callable[[str], str], heading: str,
                progress: Callable[[int], None] | None = None) -> TableResult:
    """Write ``table`` into the empty write-only sheet ``ws`` (set up for printing
    already: a write-only sheet writes its properties with the first row)."""
    return write_tables([(ws, table, heading)], styles, tr, progress)[0]


def write_tables(sheets: list, styles: Styles, tr: Callable[[str], str],
                 progress: Callable[[int], None] | None = None) -> list[TableResult]:
    """Write the rows of the first table of ``sheets`` (``(ws, table, heading)`` each)
    into every sheet at once, each showing its table's ``pick`` of the columns."""
    rows = iter(sheets[0][1].rows)
    sample = list(islice(rows, SAMPLE_ROWS))
    kept_all = sample if len(sample) < SAMPLE_ROWS else []
    outs = []
    for ws, table, heading in sheets:
        pick = _picker(table)
        own = [pick(r) for r in sample] if pick else sample
        headers = [tr(c.label) for c in table.columns]
        kinds = [c.kind for c in table.columns]
        extra = [table.total] if table.total else []
        widths = column_widths(headers, kinds, own + extra)
        widths = [c.width or w for c, w in zip(table.columns, widths)]
        set_widths(ws, widths)
        ws.freeze_panes = f"A{FIRST_DATA_ROW}"
        ws.row_dimensions[1].height = 22
        ws.row_dimensions[HEADER_ROW].height = HEADER_HEIGHT
        writer = RowWriter(ws, styles, kinds, widths, 1, [c.lines for c in table.columns])
        ws.append([styles.cell(ws, heading, "section")])
        ws.append([styles.cell(ws, h, "header") for h in headers])
        kept = [pick(r) for r in kept_all] if pick else kept_all
        outs.append((ws, table, writer, pick, kept))
    appends = [(o[2].append, o[3]) for o in outs]
    count = 0
    step = PROGRESS_EVERY * len(sheets)
    if len(appends) == 1 and appends[0][1] is None:
        append = appends[0][0]
        for row in _chain(sample, rows):
            append(row)
            count += 1
            if progress is not None and count % PROGRESS_EVERY == 0:
                progress(step)
    else:
        for row in _chain(sample, rows):
            for append, pick in appends:
                append(pick(row) if pick else row)
            count += 1
            if progress is not None and count % PROGRESS_EVERY == 0:
                progress(step)
    for _ws, _table, writer, _pick, _kept in outs:
        writer.flush()
    if progress is not None:
        progress(count % PROGRESS_EVERY * len(sheets))
    results = []
    for ws, table, writer, _pick, kept in outs:
        last_column = get_column_letter(len(table.columns))
        if count:
            ws.auto_filter.ref = f"A{HEADER_ROW}:{last_column}{HEADER_ROW + count}"
        elif table.empty_note:
            ws.append([styles.cell(ws, tr(table.empty_note), "empty")])
        else:
            ws.append([styles.cell(ws, tr(N_("Nothing in this period.")), "empty")])
        if table.total and count:
            writer.append(table.total, variant="total")
            writer.flush()
        results.append(TableResult(ws, table, count, kept))
    return results


def _chain(first: list, rest):
    yield from first
    yield from rest
