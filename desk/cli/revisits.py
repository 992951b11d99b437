"""``desk revisits``, ``desk repeats`` and ``desk capa``: revisits and corrective actions
from the command line (and Task Scheduler)."""
from __future__ import annotations

import json
from pathlib import Path

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

    repeats = sub.add_parser("repeats", help=_(
        "current repeat suggestions for corrective actions"))
    repeats.add_argument("--json", action="store_true", help=_("one JSON object per line"))

    capa = sub.add_parser("capa", help=_("corrective and preventive action records"))
    actions = capa.add_subparsers(dest="capa_command", metavar="ACTION", required=True)
    pdf = actions.add_parser("pdf", help=_("print a corrective-action record"))
    pdf.add_argument("capa_id", metavar="ID", type=int)
    pdf.add_argument("--out", metavar="FILE.pdf", help=_(
        "where to write the PDF (default: the exports folder)"))
    pdf.add_argument("--lang", dest="doc_lang", choices=LANGUAGES + ("bilingual",),
                     help=_("language of the document"))
    actions.add_parser("verify", help=_(
        "verify every record whose verification period is over"))


def _month(args):
    import datetime as dt

    from desk.cli.main import CommandError
    from desk.services.common.validation import ValidationError
    from desk.services.revisits.campaign import parse_month

    try:
        return parse_month(args.month) if args.month else dt.date.today().replace(day=1)
    except ValidationError as exc:
        raise CommandError(str(exc)) from exc


def cmd_revisits(args) -> int:
    from desk.cli.main import CommandError, _open
    from desk.i18n import current_language
    from desk.services.revisits import campaign as revisit_campaign
    from desk.services.revisits import schedule as revisits

    month = _month(args)
    _open(args, backups=False)
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
        from desk.services.common.output import write_with_fallback

        lang = args.doc_lang or getattr(args, "lang", None) or current_language()
        made = write_with_fallback(out, lambda path: render_revisit_log(month, path, lang))
        print(made.message())   # a log still open in Excel: written to "name (2).xlsx"
        return 0
    campaign = revisit_campaign.campaign_rows(month)
    if not args.json:
        print(_("Campaign {month} (first working day {due}): {customers} customers, {cases} "
                "cases from {complained}.").format(
            month=revisit_campaign.month_key(month), due=campaign.due_date,
            customers=len(campaign.rows), cases=campaign.case_count,
            complained=revisit_campaign.month_key(campaign.complaint_month)))
    for row in campaign.rows:
        if args.json:
            print(json.dumps(row.as_json(), ensure_ascii=False))
            continue
        note = "" if row.has_phone else _("no phone number: visit or write")
        print("\t".join([row.name or _("(no name)"), row.phone,
                         revisit_campaign.class_label(row.customer_class), str(row.count),
                         ", ".join(c.case_no for c in row.cases), row.revisit_status, note]))
    return 0


def cmd_repeats(args) -> int:
    from desk.cli.main import _open
    from desk.services.capa.repeats import detect_repeats
    from desk.services.revisits.vocab import SUGGESTION_KINDS, label

    _open(args, backups=False)
    for suggestion in detect_repeats():
        if args.json:
            print(json.dumps(suggestion.as_json(), ensure_ascii=False))
        else:
            print("\t".join([label(SUGGESTION_KINDS, suggestion.kind), suggestion.title,
                             ", ".join(suggestion.case_nos[:20]),
                             f"CA#{suggestion.capa_id}" if suggestion.capa_id else ""]))
    return 0


def cmd_capa(args) -> int:
    from desk.cli.main import CommandError, _open
    from desk.i18n import current_language
    from desk.paths import exports_dir
    from desk.services.capa import actions as capa

    _open(args, backups=False)
    if args.capa_command == "verify":
        for capa_id, effective in capa.verify_due():
            print((_("{id}: effective") if effective else _("{id}: not effective")).format(
                id=capa_id))
        return 0
    from desk.services.revisits.documents import render_capa
    from desk.store.models.revisits import CorrectiveAction

    record = CorrectiveAction.get_or_none(CorrectiveAction.id == args.capa_id)
    if record is None:
        raise CommandError(_("There is no corrective action {id}.").format(id=args.capa_id))
    lang = args.doc_lang or getattr(args, "lang", None) or current_language()
    out = Path(args.out) if args.out else exports_dir() / f"capa-{capa.record_no(record)}.pdf"
    from desk.services.common.output import write_with_fallback

    made = write_with_fallback(out, lambda path: render_capa(record.id, path, lang))
    print(made.message())
    return 0


REVISIT_COMMANDS = {"revisits": cmd_revisits, "repeats": cmd_repeats, "capa": cmd_capa}
