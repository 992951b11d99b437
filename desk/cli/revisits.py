"""``desk revisits``: the monthly revisit campaign and the revisit log from the command line
(and Task Scheduler)."""
from __future__ import annotations

import json
from pathlib import Path

from desk.cli.common import CommandError, document_language, open_store, write_file
from desk.i18n import LANGUAGES, _


def add_revisit_commands(sub) -> None:
    revisits = sub.add_parser("revisits", help=_(
        "the monthly revisit campaign: customers who complained the month before"))
    revisits.add_argument("--month", metavar="YYYY-MM", help=_(
        "the month the calls are made in (default: this month); it lists the customers "
        "who complained in the month before"))
    revisits.add_argument("--json", action="store_true", help=_("one JSON object per line"))
    revisits.add_argument("--out", metavar="FILE.xlsx|FILE.pdf", help=_(
        "write the month's revisit log to this file instead (.xlsx or .pdf)"))
    revisits.add_argument("--schedule", action="store_true", help=_(
        "create the revisits that are due: the month's campaign and the periodic plans"))
    revisits.add_argument("--lang", dest="doc_lang", choices=LANGUAGES,
                          help=_("language of the document"))


def _month(args):
    import datetime as dt

    from desk.services.common.dates import parse_month
    from desk.services.common.validation import ValidationError

    try:
        return parse_month(args.month) if args.month else dt.date.today().replace(day=1)
    except ValidationError as exc:
        raise CommandError(str(exc)) from exc


def cmd_revisits(args) -> int:
    from desk.services.common.dates import month_key
    from desk.services.revisits import campaign as revisit_campaign
    from desk.services.revisits import schedule as revisits

    month = _month(args)
    open_store(args)
    if args.schedule:
        made = revisits.run_due()
        made["monthly"] += revisit_campaign.schedule_monthly(month)   # 0 when done already
        print(_("Revisits created: {monthly} for the monthly campaign, {periodic} periodic.")
              .format(**made))
    if args.out:
        from desk.services.revisits.documents import render_revisit_log

        out = Path(args.out)
        if out.suffix.lower() not in (".xlsx", ".pdf"):
            raise CommandError(_("--out must end in .xlsx or .pdf."))
        lang = document_language(args, args.doc_lang)
        return write_file(out, lambda path: render_revisit_log(month, path, lang))
    campaign = revisit_campaign.campaign_rows(month)
    if not args.json:
        print(_("Campaign {month} (first working day {due}): {customers} customers, {cases} "
                "cases from {complained}.").format(
            month=month_key(month), due=campaign.due_date,
            customers=len(campaign.rows), cases=campaign.case_count,
            complained=month_key(campaign.complaint_month)))
    for row in campaign.rows:
        if args.json:
            print(json.dumps(row.as_json(), ensure_ascii=False))
            continue
        note = "" if row.has_phone else _("no phone number: visit or write")
        print("\t".join([row.name or _("(no name)"), row.phone,
                         revisit_campaign.class_label(row.customer_class), str(row.count),
                         ", ".join(c.case_no for c in row.cases), row.revisit_status, note]))
    return 0


REVISIT_COMMANDS = {"revisits": cmd_revisits}
