"""``desk audit``: list, verify and export the audit trail (for the IT person and Task
Scheduler)."""
from __future__ import annotations

import datetime as dt
import json

from desk.i18n import _


def add_audit_commands(sub) -> None:
    audit = sub.add_parser("audit", help=_("the audit trail: list, verify or export it"))
    actions = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help=_("list the entries, oldest first"))
    listing.add_argument("--case", metavar="CASE_NO", help=_("only the entries of this case"))
    listing.add_argument("--since", metavar="DATE", help=_(
        "only the entries from this day on (YYYY-MM-DD)"))
    listing.add_argument("--json", action="store_true", help=_("one JSON object per line"))
    verify = actions.add_parser("verify", help=_(
        "check the chain; exits 0 when it is intact, otherwise names the first entry that "
        "fails"))
    verify.add_argument("--head", metavar="HEX", help=_(
        "the head printed on a report (its hex digits, optionally COUNT:HEX): check that "
        "the chain still holds it"))
    export = actions.add_parser("export", help=_("write the whole trail to a workbook"))
    export.add_argument("--out", metavar="FILE.xlsx", required=True, help=_(
        "where to write the workbook"))


def _since(text: str | None) -> dt.date | None:
    from desk.cli.common import CommandError

    if not text:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise CommandError(_("--since takes a date as YYYY-MM-DD, for example {example}.")
                           .format(example="2026-11-01")) from None


def cmd_audit(args) -> int:
    from desk.cli.common import EXIT_OK, CommandError, fail, open_store

    open_store(args)
    if args.audit_command == "list":
        from desk.services.audit.listing import entries

        since = _since(args.since)
        for entry in entries(args.case, since):
            if args.json:
                print(json.dumps(entry, ensure_ascii=False))
            else:
                print("\t".join(str(x) for x in (
                    entry["seq"], entry["at"], entry["user"] or "-", entry["action"],
                    entry["case_no"] or "", entry["field"] or "", entry["old"],
                    entry["new"])))
        return EXIT_OK
    if args.audit_command == "verify":
        from desk.services.audit.verify import verify

        try:
            result = verify(args.head)
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        if not result.ok:
            return fail(result.failure.text())
        print(_("The audit trail is intact: {count} entries, head {hex}.").format(
            count=result.count, hex=result.hex))
        if result.anchor_note:
            print(result.anchor_note)
        return EXIT_OK
    from desk.cli.common import document_language, write_file
    from desk.services.audit.listing import export_trail

    lang = document_language(args, None)
    return write_file(args.out, lambda path: export_trail(path, None, lang))


AUDIT_COMMANDS = {"audit": cmd_audit}
