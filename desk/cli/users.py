"""``desk user add|list|passwd|disable``: accounts from the command line, for the IT
person and scripted roll-outs. The command line acts as the system (whoever holds the
database file is its administrator anyway); passwords come from standard input only."""
from __future__ import annotations

import json
import sys

from desk.cli.common import EXIT_OK, CommandError, open_store
from desk.i18n import _


def add_user_commands(sub) -> None:
    user = sub.add_parser("user", help=_("accounts: add, list, set a password, disable"))
    actions = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help=_("add an account"))
    add.add_argument("name", metavar="NAME", help=_("the user name to sign in with"))
    add.add_argument("--role", required=True, help=_(
        "clerk, floor_supervisor, department_manager, operations_manager, deputy_gm, gm or "
        "administrator"))
    add.add_argument("--full-name", metavar="TEXT", default="", help=_("the person's name"))
    add.add_argument("--department", metavar="CODE", help=_(
        "the department (its name or number), for a department manager"))
    add.add_argument("--admin", action="store_true", help=_(
        "also the administrator (setup and accounts)"))
    _password_options(add)
    listing = actions.add_parser("list", help=_("list the accounts"))
    listing.add_argument("--json", action="store_true", help=_("one JSON object per line"))
    passwd = actions.add_parser("passwd", help=_("set an account's password"))
    passwd.add_argument("name", metavar="NAME")
    _password_options(passwd)
    disable = actions.add_parser("disable", help=_("disable an account (it can no longer "
                                                   "sign in)"))
    disable.add_argument("name", metavar="NAME")


def _password_options(parser) -> None:
    parser.add_argument("--password-stdin", action="store_true", help=_(
        "read the password from the first line of standard input"))
    parser.add_argument("--must-change", action="store_true", help=_(
        "ask for a new password at the first sign-in"))


def _read_password(args) -> str:
    if not args.password_stdin:
        raise CommandError(_("Give the password on standard input with --password-stdin."))
    line = sys.stdin.readline() if sys.stdin is not None else ""
    password = line.rstrip("\r\n")
    if not password:
        raise CommandError(_("No password came on standard input."))
    return password


def _department(code: str | None) -> int | None:
    from desk.services.org.organisation import departments

    if not code:
        return None
    for choice in departments(include_inactive=True):
        if code == str(choice.id) or code.casefold() == choice.label.casefold():
            return choice.id
    raise CommandError(_("There is no department {code}.").format(code=code))


def cmd_user(args) -> int:
    from desk.services.org import accounts

    open_store(args)
    command = args.user_command
    if command == "list":
        for item in accounts.accounts():
            if args.json:
                print(json.dumps(item.as_json(), ensure_ascii=False))
            else:
                state = _("active") if item.active else _("disabled")
                if item.active and not item.has_password:
                    state = _("no password yet")
                print("\t".join([item.user_name, item.full_name, item.roles_text(),
                                 item.department, state]))
        return EXIT_OK
    if command == "add":
        role = args.role.strip().lower().replace("-", "_").replace(" ", "_")
        accounts.add_account(args.name, role, _read_password(args), None,
                             full_name=args.full_name, admin=args.admin,
                             department_id=_department(args.department),
                             must_change=args.must_change)
        print(_("Account {name} added.").format(name=args.name))
    elif command == "passwd":
        accounts.set_password(args.name, _read_password(args), None,
                              must_change=args.must_change)
        print(_("Password of {name} set.").format(name=args.name))
    else:
        accounts.set_active(args.name, False, None)
        print(_("Account {name} disabled.").format(name=args.name))
    return EXIT_OK


USER_COMMANDS = {"user": cmd_user}
