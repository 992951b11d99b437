"""``desk copy --to URL``: the whole database into an empty one, then checked."""
from __future__ import annotations

import sys

from desk.cli.common import EXIT_OK, EXIT_PROBLEM, CommandError, open_store
from desk.i18n import _


def add_copy_commands(sub) -> None:
    cmd = sub.add_parser("copy", help=_(
        "copy the whole database into an empty one (this PC's file to a server, or back)"))
    cmd.add_argument("--to", metavar="URL", required=True, help=_(
        "the empty target: postgresql://USER@SERVER/DATABASE, or a new file's path"))


def _progress(table: str, done: int, total: int) -> None:
    if sys.stderr is not None and sys.stderr.isatty():
        print(f"\r{table}: {done}/{total}", end="" if done < total else "\n", file=sys.stderr)


def cmd_copy(args) -> int:
    from desk.services.system.moving import copy_to
    from desk.services.system.startup import resolve_url

    opened = open_store(args)
    if resolve_url(args.to) == opened.url:
        raise CommandError(_("The target is the database being copied; name another one."))
    report = copy_to(args.to, progress=_progress)
    for table, rows in report.rows.items():
        print(f"{table}: {rows}")
    print(_("Copied {rows} rows of {tables} tables and {files} attachment files; counts and "
            "{sampled} sampled records match.").format(
        rows=sum(report.rows.values()), tables=len(report.rows), files=report.files,
        sampled=report.sampled))
    if report.missing_files:
        print(_("{count} attachment files were missing here and are not in the copy; the "
                "first: {sha}").format(count=len(report.missing_files),
                                       sha=report.missing_files[0]), file=sys.stderr)
        return EXIT_PROBLEM
    return EXIT_OK


COPY_COMMANDS = {"copy": cmd_copy}
