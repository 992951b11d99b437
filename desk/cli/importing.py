"""``desk import FILE``: the complaints kept before Desk, from an Excel workbook or a CSV
file; ``desk import --template FILE.xlsx`` writes the empty template."""
from __future__ import annotations

from pathlib import Path

from desk.cli.common import EXIT_OK, EXIT_PROBLEM, CommandError, open_store, print_progress
from desk.i18n import _


def add_import_commands(sub) -> None:
    cmd = sub.add_parser("import", help=_(
        "import old complaint records from an .xlsx or .csv file"))
    cmd.add_argument("file", metavar="FILE", nargs="?", help=_(
        "the workbook or CSV file (a header row, one complaint per row)"))
    cmd.add_argument("--template", metavar="FILE.xlsx", help=_(
        "write an empty template with the column headers and stop"))
    cmd.add_argument("--dry-run", action="store_true", help=_(
        "check every row and report, without saving anything"))


def cmd_import(args) -> int:
    from desk.services.cases import importing

    if args.template:
        made = importing.write_template(Path(args.template))
        print(_("Template written: {path}").format(path=made))
        return EXIT_OK
    if not args.file:
        raise CommandError(_("Name the file to import (or --template FILE.xlsx)."))
    open_store(args)
    try:
        report = importing.import_file(Path(args.file), by_id=None, dry_run=args.dry_run,
                                       progress=print_progress)
    except importing.ImportFileError as exc:
        raise CommandError(str(exc)) from None
    for line in report.lines():
        print(line)
    print(report.summary())
    return EXIT_OK if report.ok else EXIT_PROBLEM


IMPORT_COMMANDS = {"import": cmd_import}
