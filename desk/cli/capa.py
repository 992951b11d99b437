"""``desk repeats`` and ``desk capa pdf|verify``: the repeat suggestions and the corrective
and preventive action records from the command line (and Task Scheduler)."""
from __future__ import annotations

import json
from pathlib import Path

from desk.cli.common import EXIT_OK, CommandError, document_language, open_store, write_file
from desk.i18n import LANGUAGES, _


def add_capa_commands(sub) -> None:
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


def cmd_repeats(args) -> int:
    from desk.services.capa.repeats import detect_repeats
    from desk.services.common.vocab import SUGGESTION_KINDS, label

    open_store(args)
    for suggestion in detect_repeats():
        if args.json:
            print(json.dumps(suggestion.as_json(), ensure_ascii=False))
        else:
            print("\t".join([label(SUGGESTION_KINDS, suggestion.kind), suggestion.title,
                             ", ".join(suggestion.case_nos[:20]),
                             f"CA#{suggestion.capa_id}" if suggestion.capa_id else ""]))
    return EXIT_OK


def cmd_capa(args) -> int:
    from desk.paths import exports_dir
    from desk.services.capa import actions as capa
    from desk.services.casework.base import WorkflowError

    open_store(args)
    if args.capa_command == "verify":
        for capa_id, effective in capa.verify_due():
            print((_("{id}: effective") if effective else _("{id}: not effective")).format(
                id=capa_id))
        return EXIT_OK
    from desk.services.capa.documents import render_capa

    try:
        if not 0 < args.capa_id < 2 ** 63:   # beyond any stored number
            raise WorkflowError("")
        record = capa.get_capa(args.capa_id)
    except WorkflowError:
        raise CommandError(_("There is no corrective action {id}.").format(
            id=args.capa_id)) from None
    lang = document_language(args, args.doc_lang)
    out = Path(args.out) if args.out else exports_dir() / f"capa-{capa.record_no(record)}.pdf"
    return write_file(out, lambda path: render_capa(record.id, path, lang))


CAPA_COMMANDS = {"repeats": cmd_repeats, "capa": cmd_capa}
