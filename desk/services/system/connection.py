"""Which database this PC works on: its own file (the default) or a shared server, as
chosen under Settings > Database or in the welcome ("Join a server").

The choice is kept in ``database.json`` in the user data folder, without the password:
that goes to the operating system's credential store (Windows Credential Manager, through
``keyring``). The command line on the PC follows the same choice unless ``--db`` or
``DESK_DB`` names another database.
"""
from __future__ import annotations

import json
import urllib.parse
from dataclasses import asdict, dataclass

from desk import paths
from desk.i18n import _
from desk.services.common.validation import ValidationError
from desk.store.errors import StoreError

CHOICE_FILE = "database.json"
KEYRING_SERVICE = "Desk database server"
DEFAULT_PORT = 5432


@dataclass
class ServerChoice:
    host: str
    port: int = DEFAULT_PORT
    database: str = "desk"
    user: str = "desk"
    tls: bool = True

    def url(self) -> str:
        """The ``postgresql://`` URL (no password): TLS required unless turned off."""
        user = urllib.parse.quote(self.user, safe="")
        name = urllib.parse.quote(self.database, safe="")
        mode = "require" if self.tls else "disable"
        if self.host.startswith("/"):   # a Unix socket's folder (a Linux server itself)
            socket = urllib.parse.quote(self.host, safe="/")
            return f"postgresql://{user}@:{self.port}/{name}?host={socket}&sslmode={mode}"
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"postgresql://{user}@{host}:{self.port}/{name}?sslmode={mode}"

    def key(self) -> str:
        """The credential store's name for this login."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"


class PasswordStoreError(StoreError):
    """The operating system's credential store cannot keep or give the password."""


def _no_store() -> PasswordStoreError:
    return PasswordStoreError(_(
        "This computer has no credential store Desk can use, so the password cannot be "
        "kept; ask your IT support, or give the password in a pgpass file."))


def check_choice(choice: ServerChoice) -> ServerChoice:
    """The choice with its text trimmed, or ``ValidationError`` naming each bad field."""
    errors = {}
    host, name, user = choice.host.strip(), choice.database.strip(), choice.user.strip()
    for field, value, limit in (("host", host, 253), ("database", name, 63), ("user", user, 63)):
        if not value:
            errors[field] = _("Fill this in.")
        elif len(value) > limit:
            errors[field] = _("At most {limit} characters.").format(limit=limit)
        elif field != "user" and any(
                ch.isspace() or ord(ch) < 32 or ch in "?#@" or (ch == "/" and field == "database")
                for ch in value) or (field == "host" and "/" in value and value[0] != "/"):
            errors[field] = _("No spaces or / ? # @ here.")
        elif any(ord(ch) < 32 for ch in value):
            errors[field] = _("No control characters here.")
    if not isinstance(choice.port, int) or not 1 <= choice.port <= 65535:
        errors["port"] = _("A port is a number from 1 to 65535.")
    if errors:
        raise ValidationError(errors)
    return ServerChoice(host, choice.port, name, user, bool(choice.tls))


def saved_choice() -> ServerChoice | None:
    """The server this PC works on, or ``None`` for its own database file."""
    path = paths.data_dir() / CHOICE_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("kind") != "server":
            return None
        return check_choice(ServerChoice(str(data["host"]), int(data["port"]),
                                         str(data["database"]), str(data["user"]),
                                         bool(data.get("tls", True))))
    except (OSError, ValueError, KeyError, TypeError, ValidationError):
        return None


def save_choice(choice: ServerChoice | None) -> None:
    """Work on ``choice`` from the next start (``None``: this PC's own file)."""
    path = paths.data_dir() / CHOICE_FILE
    data = {"kind": "file"} if choice is None else {"kind": "server", **asdict(choice)}
    partial = path.with_name(path.name + ".partial")
    partial.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    partial.replace(path)


def save_password(choice: ServerChoice, password: str) -> None:
    """Keep the password in the credential store (an empty one removes it)."""
    import keyring
    import keyring.errors

    try:
        if password:
            keyring.set_password(KEYRING_SERVICE, choice.key(), password)
        elif load_password(choice) is not None:
            keyring.delete_password(KEYRING_SERVICE, choice.key())
    except (keyring.errors.KeyringError, RuntimeError, OSError) as exc:
        raise _no_store() from exc


def load_password(choice: ServerChoice) -> str | None:
    """The kept password, or ``None`` (none kept, or no credential store on this PC)."""
    import keyring
    import keyring.errors

    try:
        return keyring.get_password(KEYRING_SERVICE, choice.key())
    except (keyring.errors.KeyringError, RuntimeError, OSError):
        return None


def password_for(url: str) -> str | None:
    """The kept password when ``url`` is the server chosen on this PC."""
    choice = saved_choice()
    if choice is None or choice.url() != url:
        return None
    return load_password(choice)


def test_connection(choice: ServerChoice, password: str | None) -> str:
    """Connect once and say what is there, in a sentence; ``StoreError`` (one sentence)
    when the server cannot be reached or refuses. Run it off the UI thread."""
    from desk.store.db import open_unbound
    from desk.store.server.pg import is_empty, server_facts

    db = open_unbound(choice.url(), password or None)
    try:
        facts = server_facts(db)
        empty = is_empty(db)
    finally:
        db.close()
    if empty:
        return _("Connected to PostgreSQL {version} on {host}; the database {name} is empty, "
                 "and Desk makes its tables when it first opens it.").format(
            version=facts["server_version"].split()[0], host=choice.host, name=choice.database)
    return _("Connected to PostgreSQL {version} on {host}; the database {name} holds Desk's "
             "records.").format(version=facts["server_version"].split()[0], host=choice.host,
                                name=choice.database)
