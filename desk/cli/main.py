"""The ``desk`` command: the GUI by default, and commands for scripts and Task Scheduler.

Errors go to stderr as one line with a non-zero exit code, never a traceback.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desk import __version__
from desk.cli.common import (
    EXIT_OK,
    EXIT_PROBLEM,
    CommandError,
    db_help,
    fail,
    no_backup_help,
    open_store,
    print_progress,
    quiet_stdout,
)
from desk.i18n import LANGUAGES, _, current_language, set_language, system_language
from desk.text import when_text


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="desk", description=_(
        "Desk: the complaint desk of a hotel or shopping mall."))
    parser.add_argument("--version", action="version", version=f"Desk {__version__}")
    parser.add_argument("--db", metavar="URL", help=db_help())
    parser.add_argument("--lang", choices=LANGUAGES, help=_("language of messages and documents"))
    parser.add_argument("--no-backup", action="store_true", help=no_backup_help())
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = sub.add_parser("gui", help=_("start the desktop program (the default)"))
    gui.add_argument("--quit-after-show", action="store_true", help=_(
        "open the main window and exit once it is shown (a start-up check)"))

    demo = sub.add_parser("demo", help=_("fill a demo database with realistic cases"))
    demo.add_argument("--count", type=int, default=5000, help=_("number of cases"))
    demo.add_argument("--seed", type=int, default=1, help=_("random seed"))
    demo.add_argument("--years", type=int, default=2, help=_(
        "years of history to make (older cases give a purge something to do)"))
    demo.add_argument("--kind", choices=("mall", "hotel"), default="mall", help=_(
        "texts and organisation of a shopping mall (the default) or a hotel"))
    demo.add_argument("--no-gui", action="store_true", help=_("only fill the database"))

    backup = sub.add_parser("backup", help=_("back up the database now"))
    backup.add_argument("--to", metavar="DIR", help=_("folder for the backup copy"))

    restore = sub.add_parser("restore", help=_(
        "put a backup in place of the database (the old file is kept aside)"))
    restore.add_argument("backup", metavar="BACKUP", help=_("the backup file to restore"))
    check = sub.add_parser("check", help=_("check the database and print its facts"))
    check.add_argument("--create", action="store_true", help=_(
        "make a new database if there is none at --db (its folder must exist)"))

    cases = sub.add_parser("cases", help=_("list cases"))
    cases.add_argument("--status", help=_("only cases with this status"))
    cases.add_argument("--search", metavar="TEXT", help=_("words, case number, name or phone"))
    cases.add_argument("--limit", type=int, default=50, help=_("at most this many cases"))
    cases.add_argument("--json", action="store_true", help=_("one JSON object per line"))
    today = sub.add_parser("today", help=_("what is due today, overdue, to follow up"))
    today.add_argument("--json", action="store_true", help=_("one JSON object per line"))

    sub.add_parser("escalate", help=_(
        "escalate every case whose agreed reply date has passed (for Task Scheduler)"))

    verify = sub.add_parser("verify", help=_("check a slip's verification code"))
    verify.add_argument("case_no", metavar="CASE_NO")
    verify.add_argument("code", metavar="CODE")

    from desk.cli.documents import add_document_commands

    add_document_commands(sub)
    from desk.cli.revisits import add_revisit_commands

    add_revisit_commands(sub)
    from desk.cli.importing import add_import_commands

    add_import_commands(sub)
    from desk.cli.capa import add_capa_commands

    add_capa_commands(sub)
    from desk.cli.reports import add_report_commands

    add_report_commands(sub)
    from desk.cli.retention import add_retention_commands

    add_retention_commands(sub)
    from desk.cli.audit import add_audit_commands

    add_audit_commands(sub)
    from desk.cli.copying import add_copy_commands

    add_copy_commands(sub)
    from desk.cli.users import add_user_commands

    add_user_commands(sub)
    _globals_after_command(parser)
    return parser


def _globals_after_command(parser: argparse.ArgumentParser) -> None:
    """``desk check --db X --lang zh_CN`` works as well as ``desk --db X --lang zh_CN
    check`` (Task Scheduler lines are written both ways). A command with a ``--lang`` of
    its own (the documents' language) keeps it; the messages then follow it too."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                child.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                                   help=db_help())
                child.add_argument("--no-backup", action="store_true",
                                   default=argparse.SUPPRESS, help=no_backup_help())
                if "--lang" not in child._option_string_actions:
                    child.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS,
                                       help=_("language of messages and documents"))
                _globals_after_command(child)


def _tolerant_output() -> None:
    """Characters the console or pipe cannot encode (GBK on Windows) become ``?``
    instead of stopping the command halfway."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="replace")
        except (AttributeError, ValueError):
            pass


def plain_gui_start(argv: list[str]) -> argparse.Namespace | None:
    """The arguments of a plain start of the desktop program, ``desk [--db URL] [--lang L]
    [gui [--quit-after-show] [--db URL]]``, read without building the whole parser (every
    sub-command's parser and its modules: 10-15 ms of the window's start); ``None`` for
    anything else (help, other commands, abbreviations, mistakes): the full parser then."""
    args = argparse.Namespace(db=None, lang=None, command=None, quit_after_show=False)
    tokens = iter(argv)
    for token in tokens:
        name, equals, value = token.partition("=")
        if name in ("--db", "--lang"):
            if not equals:
                value = next(tokens, None)
                if value is None or value.startswith("-"):
                    return None
            if name == "--lang" and value not in LANGUAGES:
                return None
            setattr(args, name[2:], value)
        elif token == "gui" and args.command is None:
            args.command = "gui"
        elif token == "--quit-after-show" and args.command == "gui":
            args.quit_after_show = True
        else:
            return None
    return args


def main(argv: list[str] | None = None) -> int:
    _tolerant_output()
    set_language(system_language())
    argv = list(sys.argv[1:] if argv is None else argv)
    args = plain_gui_start(argv)
    if args is None:
        pre = argparse.ArgumentParser(add_help=False)
        pre.add_argument("--lang")
        known, _rest = pre.parse_known_args(argv)
        if known.lang in LANGUAGES:
            set_language(known.lang)
        args = build_parser().parse_args(argv)
    elif args.lang:
        set_language(args.lang)
    try:
        return _handler(args.command or "gui")(args)
    except CommandError as exc:
        return fail(str(exc))
    except KeyboardInterrupt:
        return fail(_("Interrupted."))
    except BrokenPipeError:   # `desk cases | head`: the reader has all it wanted
        quiet_stdout()
        return EXIT_OK
    except Exception as exc:  # one line, never a traceback; details go to the log
        from desk.logs import log_exception
        from desk.services.common.errors import user_message

        log_exception(exc)
        return fail(user_message(exc))


def _handler(command: str):
    """The function running ``command`` (the other modules' commands imported only when
    one of theirs is asked for: the desktop program does not need them)."""
    if command in _COMMANDS:
        return _COMMANDS[command]
    from desk.cli.audit import AUDIT_COMMANDS
    from desk.cli.capa import CAPA_COMMANDS
    from desk.cli.copying import COPY_COMMANDS
    from desk.cli.documents import DOCUMENT_COMMANDS
    from desk.cli.importing import IMPORT_COMMANDS
    from desk.cli.reports import REPORT_COMMANDS
    from desk.cli.retention import RETENTION_COMMANDS
    from desk.cli.revisits import REVISIT_COMMANDS
    from desk.cli.users import USER_COMMANDS

    return {**DOCUMENT_COMMANDS, **REVISIT_COMMANDS, **CAPA_COMMANDS, **REPORT_COMMANDS,
            **RETENTION_COMMANDS, **IMPORT_COMMANDS, **AUDIT_COMMANDS,
            **COPY_COMMANDS, **USER_COMMANDS}[command]


def cmd_gui(args) -> int:
    import gc
    import importlib

    from desk.ui.shell.display import display_problem

    problem = display_problem()
    if problem:
        raise CommandError(problem)

    # The window's modules make ~50,000 objects that live as long as the program: the
    # collector is off while they are imported, then leaves them out (~40 ms of a start).
    gc.disable()
    try:
        # Qt-free modules first: PySide6 reads the source of each module imported after it
        for name in ("cases.caselist", "casework.base", "org.accounts", "system.startup"):
            importlib.import_module("desk.services." + name)
        from desk.ui.shell.app import run_gui
    finally:
        gc.freeze()
        gc.enable()
    return run_gui(args.db, quit_after_show=getattr(args, "quit_after_show", False),
                   lang=getattr(args, "lang", None))


def cmd_demo(args) -> int:
    from desk.services.system.demo import demo_url, fill_demo

    if args.count < 1 or args.count > 5_000_000:
        raise CommandError(_("--count must be between 1 and 5000000."))
    if not 1 <= args.years <= 20:
        raise CommandError(_("--years must be between 1 and 20."))
    url = args.db or demo_url()
    args.db = url
    opened = open_store(args, create=True)
    made = fill_demo(args.count, seed=args.seed, progress=print_progress, years=args.years,
                     kind=args.kind)
    print(_("Demo database {url}: {count} cases added.").format(url=opened.url, count=made))
    from desk.services.system.demo import DEMO_PASSWORD, DEMO_USERS

    print(_("Sign in as one of {users}; the password of each is {password}.").format(
        users=", ".join(DEMO_USERS), password=DEMO_PASSWORD))
    if args.no_gui:
        return EXIT_OK
    from desk.ui.shell.display import display_problem

    problem = display_problem()
    if problem:   # the database is ready; say why no window opens instead of aborting
        print(_("The window is not opened: {reason}").format(reason=problem))
        return EXIT_OK
    from desk.services.system.startup import close_store

    close_store()
    return cmd_gui(args)


def cmd_backup(args) -> int:
    import datetime as dt

    from desk import paths
    from desk.services.system.startup import backup_now

    opened = open_store(args)
    default = (opened.path.parent if opened.path else paths.data_dir()) / "backups"
    folder = Path(args.to) if args.to else default
    made = backup_now(folder, dt.datetime.now(), "manual")
    print(_("Backup written and verified: {path}").format(path=made))
    return EXIT_OK


def cmd_restore(args) -> int:
    import datetime as dt

    from desk.services.system.recovery import restore
    from desk.services.system.startup import database_file

    target = database_file(args.db)
    if target is None:
        raise CommandError(_("Backups from this program work only with the local database "
                             "file; back up a database server with its own tools."))
    done = restore(Path(args.backup), target, dt.datetime.now())
    open_store(args)          # the restored file opens, passes the check, is up to date
    print(_("Restored {backup} to {path}.").format(backup=done.backup, path=done.database))
    if done.kept_aside:
        print(_("The replaced file is kept as {path}.").format(path=done.kept_aside))
    return EXIT_OK


def cmd_check(args) -> int:
    from desk.services.system.health import check_report

    open_store(args, create=args.create)
    report = check_report()
    for key, value in report.facts:
        print(f"{key}: {value}")
    for problem in report.problems:
        print(_("PROBLEM: {text}").format(text=problem), file=sys.stderr)
    return EXIT_OK if not report.problems else EXIT_PROBLEM


def cmd_cases(args) -> int:
    import json

    from desk.services.cases import caselist
    from desk.services.common import vocab

    if args.status and args.status not in vocab.STATUSES:
        raise CommandError(_("Unknown status {status}; use one of: {all}.").format(
            status=args.status, all=", ".join(vocab.STATUSES)))
    if not 1 <= args.limit <= 100000:
        raise CommandError(_("--limit must be between 1 and 100000."))
    open_store(args)
    flt = caselist.CaseFilter(statuses=[args.status] if args.status else [],
                              text=args.search or "")
    rows = caselist.fetch_page(flt, limit=args.limit)
    for row in rows:
        if args.json:
            print(json.dumps(row.as_json(), ensure_ascii=False))
        else:
            print("\t".join([row.case_no, vocab.label(vocab.STATUSES, row.status),
                             vocab.label(vocab.SEVERITIES, row.severity),
                             when_text(row.received_at), row.complainant,
                             row.summary]))
    return EXIT_OK


def cmd_today(args) -> int:
    import json

    from desk.services.casework.today import today_view

    open_store(args)
    view = today_view()
    for section, items in vars(view).items():
        for item in items:
            if args.json:
                print(json.dumps({"section": section, "case_no": item.case_no,
                                  "complainant": item.complainant, "status": item.status,
                                  "due": item.due.isoformat() if item.due else None},
                                 ensure_ascii=False))
            else:
                print("\t".join([section, item.case_no, item.complainant,
                                 when_text(item.due)]))
    return EXIT_OK


def cmd_escalate(args) -> int:
    from desk.services.casework.escalation import apply_deadline_rules

    open_store(args)
    for case_no, level in apply_deadline_rules():
        print(_("{case_no} escalated to: {level}").format(case_no=case_no, level=level))
    return EXIT_OK


def cmd_verify(args) -> int:
    from desk.services.casework.verification import check_code, key_facts

    open_store(args)
    result = check_code(args.case_no, args.code, current_language())
    if result is None:
        raise CommandError(_("There is no case {case_no}.").format(case_no=args.case_no))
    if result.genuine:
        print(_("Genuine: the code matches case {case_no} as stored.").format(
            case_no=args.case_no))
        if result.old_kind:
            print(_("This is a code of an earlier Desk, which does not cover the "
                    "compensation, the dates or the responsible person: compare them with "
                    "the facts below."))
    else:
        print(_("NOT genuine: the code does not match case {case_no} as stored (the slip is "
                "forged or the case has changed since it was printed).").format(
            case_no=args.case_no))
    print(_("As stored:"))
    for label, value in key_facts(result.data):
        print(f"  {label}: {value}")
    return EXIT_OK if result.genuine else EXIT_PROBLEM


_COMMANDS = {"gui": cmd_gui, "demo": cmd_demo, "backup": cmd_backup, "restore": cmd_restore,
             "check": cmd_check,
             "cases": cmd_cases, "today": cmd_today, "escalate": cmd_escalate,
             "verify": cmd_verify}


def gui_main() -> int:
    """Entry point of the windowed (no console) program."""
    return main(sys.argv[1:] or ["gui"])


if __name__ == "__main__":
    raise SystemExit(main())
