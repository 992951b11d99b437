"""``desk slip|record|receipt|letter CASE_NO --out FILE.pdf``: documents from the command line."""
from __future__ import annotations

from pathlib import Path

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
    from desk.cli.main import CommandError, _open
    from desk.i18n import current_language
    from desk.paths import exports_dir
    from desk.services.casework import documents
    from desk.services.common.output import write_with_fallback

    _open(args, backups=False)
    case = documents.find_case(args.case_no)
    if case is None:
        raise CommandError(_("There is no case {case_no}.").format(case_no=args.case_no))
    lang = args.doc_lang or getattr(args, "lang", None) or current_language()
    out = Path(args.out) if args.out else exports_dir() / f"{args.command}-{case.case_no}.pdf"
    made = write_with_fallback(out, lambda path: documents.render(
        args.command, case.id, path, lang, size=getattr(args, "size", "A5")))
    print(made.message())   # names the new file when the wanted one is open elsewhere
    return 0


DOCUMENT_COMMANDS = {kind: _document for kind in DOCUMENT_KINDS}
