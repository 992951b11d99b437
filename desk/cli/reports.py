"""``desk report weekly|monthly``: the weekly and monthly reports as xlsx, for Task Scheduler.

    desk report weekly --last --out "D:\\报表\\周报.xlsx" --lang zh_CN
    desk report monthly --month 2026-11
"""
from __future__ import annotations

import sys

from desk.cli.common import CommandError, document_language, open_store
from desk.i18n import LANGUAGES, _


def add_report_commands(sub) -> None:
    report = sub.add_parser("report", help=_("write the weekly or monthly report (xlsx)"))
    kinds = report.add_subparsers(dest="report_kind", metavar="KIND", required=True)
    weekly = kinds.add_parser("weekly", help=_("the weekly report (ISO week)"))
    which = weekly.add_mutually_exclusive_group()
    which.add_argument("--week", metavar="YYYY-Www", help=_(
        "the week, e.g. 2026-W47 (default: the current week)"))
    which.add_argument("--last", action="store_true", help=_("the last complete week"))
    monthly = kinds.add_parser("monthly", help=_("the monthly report"))
    which = monthly.add_mutually_exclusive_group()
    which.add_argument("--month", metavar="YYYY-MM", help=_(
        "the month, e.g. 2026-11 (default: the current month)"))
    which.add_argument("--last", action="store_true", help=_("the last complete month"))
    for cmd in (weekly, monthly):
        cmd.add_argument("--out", metavar="FILE.xlsx", help=_(
            "where to write the workbook (default: the exports folder)"))
        cmd.add_argument("--lang", dest="report_lang", choices=LANGUAGES,
                         help=_("language of the report"))
        cmd.add_argument("--no-mask", action="store_true", help=_(
            "show phone numbers in full (they are masked by default)"))


def cmd_report(args) -> int:
    from desk.services import reports

    kind = args.report_kind
    key = getattr(args, "week", None) if kind == "weekly" else getattr(args, "month", None)
    open_store(args)
    try:
        period = reports.period_for(kind, key, args.last)
    except reports.PeriodError as exc:
        raise CommandError(str(exc)) from exc
    lang = document_language(args, args.report_lang)
    result = reports.export_report(period, args.out, lang, mask_phones=not args.no_mask)
    if result.renamed:
        print(_("{wanted} is open in another program (Excel?); the report was written to "
                "{path} instead.").format(wanted=result.wanted, path=result.path),
              file=sys.stderr)
    print(_("Written: {path}").format(path=result.path))
    return 0


REPORT_COMMANDS = {"report": cmd_report}
