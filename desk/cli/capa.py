"""``desk capa pdf|verify``: corrective and preventive action records from the command line
(and Task Scheduler)."""
from __future__ import annotations

from pathlib import Path

from desk.cli.common import EXIT_OK, CommandError, document_language, open_store, write_file
from desk.i18n import LANGUAGES, _


def add_capa_commands(sub) -> None:
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


def cmd_capa(args) -> int:
    from desk.paths import exports_dir
    from desk.services.capa import actions as capa
    from desk.services.casework.base import WorkflowError

    open_store(args, backups=False)
    if args.capa_command == "verify":
        for capa_id, effective in capa.verify_due():
            print((_("{id}: effective") if effective else _("{id}: not effective")).format(
                id=capa_id))
        return EXIT_OK
    from desk.services.revisits.documents import render_capa

    try:
        record = capa.get_capa(args.capa_id)
    except WorkflowError:
        raise CommandError(_("There is no corrective action {id}.").format(
            id=args.capa_id)) from None
    lang = document_language(args, args.doc_lang)
    out = Path(args.out) if args.out else exports_dir() / f"capa-{capa.record_no(record)}.pdf"
    return write_file(out, lambda path: render_capa(record.id, path, lang))


CAPA_COMMANDS = {"capa": cmd_capa}
