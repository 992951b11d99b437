"""``desk slip|record|receipt|letter CASE_NO --out FILE.pdf``: documents from the command line."""
from __future__ import annotations

from pathlib import Path

from desk.cli.common import CommandError, document_language, open_store, write_file
from desk.i18n import LANGUAGES, _

DOCUMENT_KINDS = ("slip", "record", "receipt", "letter")


def add_document_commands(sub) -> None:
    helps = {"slip": _("print the handling slip for the customer to sign"),
             "record": _("print the complaint record"),
             "receipt": _("print the intake receipt for the customer"),
             "letter": _("print the written reply letter")}
    for kind in DOCUMENT_KINDS:
        cmd = sub.add_parser(kind, help=helps[kind])
        cmd.add_argument("case_no", metavar="CASE_NO")
        cmd.add_argument("--out", metavar="FILE.pdf", help=_(
            "where to write the PDF (default: the exports folder)"))
        choices = LANGUAGES + ("bilingual",) if kind == "slip" else LANGUAGES
        cmd.add_argument("--lang", dest="doc_lang", choices=choices,
                         help=_("language of the document"))
        if kind == "receipt":
            cmd.add_argument("--size", choices=("A5", "80mm"), default="A5")


def _document(args) -> int:
    from desk.paths import exports_dir
    from desk.services.casework import documents

    open_store(args)
    case = documents.find_case(args.case_no)
    if case is None:
        raise CommandError(_("There is no case {case_no}.").format(case_no=args.case_no))
    lang = document_language(args, args.doc_lang)
    out = Path(args.out) if args.out else exports_dir() / f"{args.command}-{case.case_no}.pdf"
    return write_file(out, lambda path: documents.render(
        args.command, case.id, path, lang, size=getattr(args, "size", "A5")))


DOCUMENT_COMMANDS = {kind: _document for kind in DOCUMENT_KINDS}
