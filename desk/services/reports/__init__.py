"""Weekly and monthly reports (客户投诉处理工作周报 / 月报): figures, breakdowns and the xlsx
export. ``build_report`` gives plain data; ``export_report`` writes the workbook."""
from __future__ import annotations

import errno
from pathlib import Path
from typing import Callable

from desk.i18n import N_, translate
from desk.services.common.clock import system_clock
from desk.services.common.output import Output, write_with_fallback
from desk.services.reports.build import TITLES, build_report, week_start  # noqa: F401
from desk.services.reports.periods import (  # noqa: F401
    Period,
    PeriodError,
    current,
    last_complete,
    parse_month,
    parse_week,
)

#: What ``export_report`` returns: where the workbook went, and where it was asked for.
ExportResult = Output


class ExportCancelled(Exception):
    """Raised by a ``progress`` callback to stop an export: no file is written."""


#: The workbook's file name, in the language of the report.
FILE_NAMES = {"weekly": N_("complaints-weekly-{key}.xlsx"),
              "monthly": N_("complaints-monthly-{key}.xlsx")}


def default_name(period: Period, lang: str | None = None) -> str:
    return translate(FILE_NAMES[period.kind], lang).format(key=period.key)


def default_path(period: Period, lang: str | None = None) -> Path:
    from desk.paths import exports_dir

    return exports_dir() / default_name(period, lang)


def period_for(kind: str, key: str | None = None, last: bool = False,
               clock=system_clock) -> Period:
    """The period the user asked for: a key, the last complete one, or the current one."""
    if key:
        return parse_week(key, week_start()) if kind == "weekly" else parse_month(key)
    if last:
        return last_complete(kind, clock.now(), week_start())
    return current(kind, clock.now(), week_start())


def export_report(period: Period, path: Path | str | None, lang: str, *,
                  mask_phones: bool = True, clock=system_clock,
                  progress: Callable[[int, int], None] | None = None,
                  by_id: int | None = None) -> ExportResult:
    """Build and write the report. A file that is open in Excel (locked) is left alone and
    the report goes to ``name (2).xlsx`` (or the next free number) instead. A report with
    whole phone numbers is personal data: its export is an audit entry in the name of
    ``by_id``. ``progress(done, total)`` counts the rows written; it may raise
    :class:`ExportCancelled` to stop (nothing is written then)."""
    from desk.documents.xlsx import write_workbook

    wanted = Path(path) if path else default_path(period)
    if wanted.is_dir():
        raise IsADirectoryError(errno.EISDIR, "Is a directory", str(wanted))
    if wanted.suffix.lower() != ".xlsx":
        wanted = wanted.with_name(wanted.name + ".xlsx")
    report = build_report(period, lang, clock)
    result = write_with_fallback(wanted, lambda target: write_workbook(
        report, target, lang, mask_phones=mask_phones, progress=progress))
    if not mask_phones:
        from desk.services.audit import trail

        trail.record(by_id, "report.export", kind="report", field="phones",
                     new=f"{period.key} unmasked", clock=clock)
    return result
