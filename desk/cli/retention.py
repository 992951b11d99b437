"""``desk purge``, ``desk hold`` and ``desk customer``: retention, legal holds and a
customer's personal data from the command line (and Task Scheduler)."""
from __future__ import annotations

import json

from desk.i18n import _
from desk.text import when_text


def add_retention_commands(sub) -> None:
    purge = sub.add_parser("purge", help=_(
        "delete the records past the retention policy (see what first with --dry-run)"))
    mode = purge.add_mutually_exclusive_group(required=True)
    mode.add_argument("--dry-run", action="store_true", help=_(
        "list what is due, by kind, with the cut-off date; delete nothing"))
    mode.add_argument("--yes", action="store_true", help=_("delete what is due now"))
    purge.add_argument("--json", action="store_true", help=_("one JSON object"))

    hold = sub.add_parser("hold", help=_(
        "put a case on legal hold (never purged), release it, or list the holds"))
    hold.add_argument("case_no", metavar="CASE_NO", nargs="?")
    hold.add_argument("--reason", metavar="TEXT", help=_("why the case is kept"))
    hold.add_argument("--release", action="store_true", help=_("release the hold"))

    customer = sub.add_parser("customer", help=_(
        "a customer's personal data: export it or erase it"))
    actions = customer.add_subparsers(dest="customer_command", metavar="ACTION",
                                      required=True)
    export = actions.add_parser("export", help=_(
        "write everything held about the person with this phone number to a workbook"))
    export.add_argument("phone", metavar="PHONE")
    export.add_argument("--out", metavar="FILE.xlsx", required=True, help=_(
        "where to write the workbook"))
    erase = actions.add_parser("erase", help=_(
        "anonymise the person with this phone number in every case (keeps the statistics)"))
    erase.add_argument("phone", metavar="PHONE")
    erase.add_argument("--yes", action="store_true", help=_(
        "yes, erase it (this cannot be undone)"))


def _fail_on_validation(fn):
    from desk.cli.common import CommandError
    from desk.services.common.validation import ValidationError

    def run(args) -> int:
        try:
            return fn(args)
        except ValidationError as exc:
            raise CommandError(str(exc)) from exc
    return run


def _print_plan(plan) -> None:
    from desk.services.retention.plan import KINDS, kind_label

    print(_("Cases closed before {date} are due; corrective actions verified before "
            "{capa} are due.").format(date=plan.case_cutoff.strftime("%Y-%m-%d"),
                                      capa=plan.capa_cutoff.strftime("%Y-%m-%d")))
    for kind in KINDS:
        print(f"{kind_label(kind)}\t{plan.counts[kind]}")
    if plan.kept_on_hold:
        print(_("Kept on legal hold: {n} cases past the cut-off.").format(n=plan.kept_on_hold))
    if plan.kept_for_capa:
        print(_("Kept for a corrective action: {n} cases past the cut-off.").format(
            n=plan.kept_for_capa))
    for hold in plan.holds:
        print("\t".join([_("On hold"), hold.case_no, hold.placed_at.strftime("%Y-%m-%d"),
                         hold.reason]))


@_fail_on_validation
def cmd_purge(args) -> int:
    from desk.cli.common import EXIT_OK, open_store, print_progress
    from desk.services.retention.plan import plan_purge
    from desk.services.retention.purge import run_purge

    open_store(args)
    plan = plan_purge()
    if args.dry_run:
        if args.json:
            print(json.dumps(plan.as_json(), ensure_ascii=False))
        else:
            _print_plan(plan)
        return EXIT_OK
    result = run_purge(None, plan=plan, progress=print_progress)
    if args.json:
        print(json.dumps({"record": result.record_id, "counts": result.counts,
                          "case_cutoff": plan.case_cutoff.isoformat()}, ensure_ascii=False))
    else:
        print(_("Purged {cases} cases (closed before {date}), {files} attachment files, "
                "{capas} corrective actions.").format(
            cases=result.counts["cases"], date=plan.case_cutoff.strftime("%Y-%m-%d"),
            files=result.counts["files"], capas=result.counts["corrective_actions"]))
    return EXIT_OK


@_fail_on_validation
def cmd_hold(args) -> int:
    from desk.cli.common import EXIT_OK, CommandError, open_store
    from desk.services.retention import holds

    open_store(args)
    if not args.case_no:
        if args.release or args.reason:
            raise CommandError(_("Give the case number: desk hold CASE_NO --reason TEXT."))
        for hold in holds.active_holds():
            print("\t".join([hold.case_no, when_text(hold.placed_at),
                             hold.placed_by, hold.reason]))
        return EXIT_OK
    if args.release:
        holds.release_hold(args.case_no, None)
        print(_("Case {case_no} is no longer on hold.").format(case_no=args.case_no))
        return EXIT_OK
    if not args.reason:
        raise CommandError(_("Say why the case is held: desk hold CASE_NO --reason TEXT."))
    holds.place_hold(args.case_no, args.reason, None)
    print(_("Case {case_no} is on legal hold: it will not be purged.").format(
        case_no=args.case_no))
    return EXIT_OK


@_fail_on_validation
def cmd_customer(args) -> int:
    from desk.cli.common import EXIT_OK, CommandError, document_language, open_store

    if args.customer_command == "erase" and not args.yes:
        raise CommandError(_("Erasing cannot be undone: add --yes to erase the customer."))
    open_store(args)
    if args.customer_command == "export":
        from desk.services.retention.access import export_customer

        path = export_customer(args.phone, args.out, None, document_language(args, None))
        print(_("Written: {path}").format(path=path))
        return EXIT_OK
    from desk.services.retention.customers import erase_customer

    result = erase_customer(args.phone, None)
    print(_("Erased the customer from {cases} cases ({files} attachment files deleted); the "
            "cases and their figures are kept.").format(cases=result.cases,
                                                        files=result.files))
    return EXIT_OK


RETENTION_COMMANDS = {"purge": cmd_purge, "hold": cmd_hold, "customer": cmd_customer}
