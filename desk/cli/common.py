"""What every ``desk`` command module shares: the one-line error, opening the store, the
language of a document, writing a file that may be open elsewhere, progress on stderr.

The command modules import these from here, never from :mod:`desk.cli.main` (which imports
them in turn to dispatch)."""
from __future__ import annotations

import sys
from pathlib import Path

from desk.i18n import _

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2


class CommandError(Exception):
    """A problem to report in one line."""


def db_help() -> str:
    return _("database URL or a file path: sqlite:///D:/desk/desk.sqlite, "
             "sqlite:////srv/desk.sqlite (four slashes for an absolute path; three mean a "
             "path relative to the current folder), postgresql://USER@SERVER/DATABASE "
             "(?host=/socket/folder, ?sslmode=require); default: DESK_DB or the file in the "
             "user data folder")


def no_backup_help() -> str:
    return _("change the tables to the new version without backing the database up first "
             "(for a server backed up by its own tools)")


def fail(message: str) -> int:
    print(f"desk: {message}", file=sys.stderr)
    return EXIT_PROBLEM


def open_store(args, create: bool = False):
    """Open the database named by ``--db`` (or the default one) for this command.

    A schema upgrade copies the file to its backups folder first, as the desktop program
    does (a scheduled task may be the first to run after an update); the daily backup is
    left to the desktop program. Only the commands that make databases pass ``create``.
    ``--no-backup`` migrates without that copy (a server whose PC has no ``pg_dump``, backed
    up by its own tools first)."""
    from desk.services.system.startup import open_store as open_database

    return open_database(args.db, backups=not getattr(args, "no_backup", False), daily=False,
                         create=create, check=True)


def document_language(args, chosen: str | None) -> str:
    """The language of a document: the command's own ``--lang``, else the global one, else
    the language of the messages."""
    from desk.i18n import current_language

    return chosen or getattr(args, "lang", None) or current_language()


def write_file(out, render) -> int:
    """Write ``out`` with ``render(path)``; a file still open in another program gets a new
    name ("name (2).pdf"), which the printed line says."""
    from desk.services.common.output import write_with_fallback

    print(write_with_fallback(Path(out), render).message())
    return EXIT_OK


def print_progress(done: int, total: int) -> None:
    if sys.stderr is not None and sys.stderr.isatty():   # None: the windowed Desk.exe
        print(f"\r{done}/{total}", end="" if done < total else "\n", file=sys.stderr)


def quiet_stdout() -> None:
    """Point stdout at the null device, so flushing it at exit does not fail again."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (AttributeError, OSError, ValueError):
        pass
