"""Write a report workbook from plain data (``desk.documents.xlsx.model.Report``)."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Callable

from openpyxl import Workbook

from desk.documents.xlsx.layout import print_setup, sheet_name
from desk.documents.xlsx.model import Report
from desk.documents.xlsx.styles import Styles
from desk.documents.xlsx.summary import add_charts, write_summary
from desk.documents.xlsx.tables import HEADER_ROW, write_tables
from desk.i18n import N_, translate
from desk.text import when_text

SUMMARY = N_("Report summary")
POINTS = N_("{value} pp")        # a change of a share, in percentage points
AUDIT_HEAD = N_("Audit trail: {count} entries, head {hex}")
CUT_MARKER = N_("[… {count} more characters cut: Excel cells hold at most 32,767]")


def write_workbook(report: Report, path: Path | str, lang: str, *, mask_phones: bool = True,
                   progress: Callable[[int, int], None] | None = None) -> Path:
    """Write ``report`` to ``path`` (through a temporary file in the same folder, so a
    failure never leaves half a workbook). ``progress(done, total)`` counts rows."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)      # fails before any work is done
    wb = Workbook(write_only=True)
    try:
        _fill(wb, report, lang, mask_phones, progress)
    except BaseException:
        _discard(wb)
        raise
    return _save(wb, path)


def _fill(wb: Workbook, report: Report, lang: str, mask_phones: bool,
          progress: Callable[[int, int], None] | None) -> None:
    def tr(text: str) -> str:
        return translate(text, lang)

    title = tr(report.title)
    wb.properties.title = f"{title} {report.period_key}"
    wb.properties.subject = f"{report.period_key} ({report.period_span})"
    wb.properties.creator = report.author
    wb.properties.lastModifiedBy = report.author
    wb.properties.keywords = f"{report.kind} {report.period_key}"
    wb.properties.description = report.company
    wb.properties.created = report.generated_at
    wb.properties.modified = report.generated_at
    wb.properties.language = lang.replace("_", "-")

    taken: set[str] = set()
    summary_ws = wb.create_sheet(sheet_name(tr(SUMMARY), taken))
    styles = Styles(summary_ws, lang, tr(CUT_MARKER), mask_phones,
                    tr(POINTS).replace("{value}", ""))
    company = report.company or ""
    period_text = f"{report.period_key}  ({report.period_span})"
    subtitle = "  ·  ".join(x for x in (company, period_text) if x)
    stamp = tr(N_("Compared with {previous}. Figures as of {as_of}; made {made}.")).format(
        previous=report.previous_key, as_of=when_text(report.as_of),
        made=when_text(report.generated_at))
    if report.audit_head:
        stamp += "  " + tr(AUDIT_HEAD).format(count=report.audit_head[0],
                                              hex=report.audit_head[1])
    header_left = f"{company}  {title}" if company else title
    page_text = tr(N_("Page {page} of {pages}")).replace("&", "&&").format(
        page="&P", pages="&N")
    made_by = tr(N_("Made by Desk on {date}")).format(
        date=when_text(report.generated_at))
    print_setup(summary_ws, header_left, period_text, made_by, page_text, None,
                styles.font_name)
    chart_row = write_summary(summary_ws, report, styles, tr, subtitle, stamp)

    total = sum(max(t.size_hint, 0) for t in report.tables) or 1
    done = 0

    def advance(rows: int) -> None:
        nonlocal done
        done += rows
        if progress is not None:
            progress(min(done, total), total)

    def sheet(table):
        ws = wb.create_sheet(sheet_name(tr(table.title), taken))
        print_setup(ws, header_left, period_text, tr(table.title), page_text,
                    f"{HEADER_ROW}:{HEADER_ROW}", styles.font_name, screen=table.screen)
        return ws, table, f"{tr(table.heading)}  ·  {period_text}"

    results = {}
    for table in report.tables:
        if table.rows_of:
            continue            # written with the table whose rows it shows
        group = [sheet(table)] + [sheet(t) for t in report.tables if t.rows_of == table.key]
        for result in write_tables(group, styles, tr, advance):
            results[result.table.key] = result
    add_charts(summary_ws, chart_row, results.get("trend"), results.get("category"),
               results.get("channel"), tr)


def _discard(wb: Workbook) -> None:
    """Close the half-written sheets cleanly and delete their temporary files."""
    for ws in wb.worksheets:
        try:
            ws.close()
        except Exception:
            pass
        out = getattr(getattr(ws, "_writer", None), "out", None)
        if isinstance(out, str) and os.path.exists(out):
            os.remove(out)


def save_book(wb: Workbook, target: Path | str) -> None:
    """``wb.save(target)``, but a failed write (a full disk) closes the zip archive at
    once: openpyxl leaves it open, and its ``__del__`` then fails a second time later
    ("Exception ignored in: ZipFile.__del__")."""
    from zipfile import ZIP_DEFLATED, ZipFile

    from openpyxl.writer.excel import ExcelWriter

    if wb.write_only and not wb.worksheets:
        wb.create_sheet()
    if hasattr(target, "write"):        # a stream the caller owns
        archive = ZipFile(target, "w", ZIP_DEFLATED, allowZip64=True)
        try:
            ExcelWriter(wb, archive).save()
        except BaseException:
            archive.fp = None
            raise
        return
    handle = open(target, "wb")
    archive = ZipFile(handle, "w", ZIP_DEFLATED, allowZip64=True)
    try:
        ExcelWriter(wb, archive).save()
    except BaseException:
        archive.fp = None               # nothing more to write: the file is discarded
        try:
            handle.close()              # its buffered bytes fail again on a full disk
        except OSError:
            pass
        raise
    handle.close()


def _save(wb: Workbook, path: Path) -> Path:
    handle, temp = tempfile.mkstemp(prefix=".desk-", suffix=".xlsx", dir=path.parent)
    os.close(handle)
    try:
        try:
            save_book(wb, temp)
        except BaseException:
            _discard(wb)
            raise
        os.replace(temp, path)
    finally:
        if os.path.exists(temp):
            os.remove(temp)
    return path
