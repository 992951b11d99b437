"""Accounts: the staff sign in with a user name and a password (Argon2id).

A password is at least 8 characters; it is kept only as an Argon2id hash and never
logged. After 5 wrong passwords in a row the account waits a minute, and twice as long
after each further wrong one. An upgraded database's staff are accounts without a
password until the administrator sets a first one (to be changed at the first sign-in).

Tests make hashing cheap with ``configure_hasher(time_cost=1, memory_cost=1024)``; the
program uses argon2-cffi's recommended parameters.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from desk.i18n import _
from desk.services.common import vocab
from desk.services.common.clock import system_clock
from desk.services.common.validation import ValidationError
from desk.services.org.permissions import ADMIN, require, role_label
from desk.store.db import transaction
from desk.store.models.cases import Department, Staff
from desk.text import clean_text

MIN_LENGTH = 8
MAX_LENGTH = 256
LOCK_AFTER = 5
FIRST_LOCK = dt.timedelta(minutes=1)
LONGEST_LOCK = dt.timedelta(hours=1)
ROLES = (*vocab.ROLES, ADMIN)
IDLE_SETTING = "idle_lock_minutes"
DEFAULT_IDLE_MINUTES = 10

_hasher = PasswordHasher()


def configure_hasher(**parameters) -> None:
    """Argon2id parameters (``time_cost``, ``memory_cost``, ``parallelism``); tests call
    ``configure_hasher(time_cost=1, memory_cost=1024)`` to stay fast."""
    global _hasher
    _hasher = PasswordHasher(**parameters)


class SignInError(ValidationError):
    """The sign-in was refused; the message says why and what to do."""

    def __init__(self, message: str):
        super().__init__({"password": message})


@dataclass(frozen=True)
class Account:
    id: int
    user_name: str
    full_name: str
    role: str
    roles: frozenset[str]
    department_id: int | None
    department: str
    active: bool
    has_password: bool
    must_change: bool

    @property
    def is_admin(self) -> bool:
        return ADMIN in self.roles

    def roles_text(self) -> str:
        return " + ".join(role_label(r) for r in sorted(self.roles, key=ROLES.index))

    def as_json(self) -> dict:
        return {"user_name": self.user_name, "full_name": self.full_name,
                "roles": sorted(self.roles, key=ROLES.index), "department": self.department,
                "active": self.active, "has_password": self.has_password,
                "must_change": self.must_change}


def _account(row: Staff) -> Account:
    dept = Department.get_or_none(Department.id == row.department_id) \
        if row.department_id else None
    roles = frozenset({row.role} | ({ADMIN} if row.is_admin else set()))
    return Account(row.id, row.user_name or "", row.name, row.role, roles,
                   row.department_id, dept.name if dept else "", row.active,
                   bool(row.password_hash), row.must_change)


def account(staff_id: int) -> Account | None:
    row = Staff.get_or_none(Staff.id == staff_id)
    return _account(row) if row else None


def accounts(include_inactive: bool = True) -> list[Account]:
    query = Staff.select().order_by(Staff.user_name, Staff.id)
    if not include_inactive:
        query = query.where(Staff.active == True)  # noqa: E712
    return [_account(row) for row in query]


def find(user_name: str) -> Staff | None:
    name = clean_text(user_name)
    if not name:
        return None
    return Staff.get_or_none(Staff.user_name == name) or next(iter(
        s for s in Staff.select().where(Staff.user_name.is_null(False))
        if s.user_name.casefold() == name.casefold()), None)


def check_password(password: str) -> str:
    if not isinstance(password, str) or len(password) < MIN_LENGTH:
        raise ValidationError({"password": _(
            "The password must have at least {count} characters.").format(count=MIN_LENGTH)})
    if len(password) > MAX_LENGTH:
        raise ValidationError({"password": _(
            "The password is too long: at most {count} characters.").format(count=MAX_LENGTH)})
    return password


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def needs_administrator() -> bool:
    """True while no active administrator can sign in (a new or upgraded database)."""
    return not Staff.select().where((Staff.is_admin == True) & (Staff.active == True)  # noqa: E712
                                    & (Staff.password_hash != "")).exists()


def _check_fields(user_name: str, full_name: str, role: str, department_id, staff_id=None):
    errors: dict[str, str] = {}
    name = clean_text(user_name)
    if not name:
        errors["user_name"] = _("Give the user name.")
    elif len(name) > 40 or any(c.isspace() for c in name):
        errors["user_name"] = _("A user name is one word of at most 40 characters.")
    else:
        clash = find(name)
        if clash is not None and clash.id != staff_id:
            errors["user_name"] = _("The user name {name} is taken.").format(name=name)
    full = clean_text(full_name) or name
    if len(full) > 50:
        errors["full_name"] = _("The full name is too long: at most 50 characters.")
    if role not in ROLES:
        errors["role"] = _("Unknown role {role}; use one of: {roles}.").format(
            role=role, roles=", ".join(ROLES))
    if role == "department_manager" and not department_id:
        errors["department"] = _("A department manager needs their department.")
    if department_id and not Department.get_or_none(Department.id == department_id):
        errors["department"] = _("That department does not exist.")
    if errors:
        raise ValidationError(errors)
    return name, full


def add_account(user_name: str, role: str, password: str | None, by_id: int | None,
                full_name: str = "", department_id: int | None = None,
                admin: bool = False, must_change: bool = False, check: bool = True) -> int:
    """A new account; ``admin`` adds the administrator role to ``role``. ``check=False``
    (the demo only) takes a password shorter than the minimum."""
    require(by_id, "accounts")
    name, full = _check_fields(user_name, full_name, role, department_id)
    digest = hash_password(check_password(password) if check else password) if password else ""
    with transaction():
        made = Staff.create(name=full, role=role, department=department_id or None,
                            user_name=name, password_hash=digest,
                            is_admin=admin or role == ADMIN, must_change=must_change).id
        _audit(by_id, "account.added", made, "roles",
               new=" + ".join(sorted({role} | ({ADMIN} if admin else set()))))
    return made


def make_administrator(staff_id: int | None, user_name: str, full_name: str,
                       password: str) -> int:
    """The first administrator of a new or upgraded database (refused once there is one);
    an existing member of staff (``staff_id``) gains the role and a password."""
    if not needs_administrator():
        raise ValidationError({"user_name": _("There is an administrator already; ask them.")})
    check_password(password)
    if staff_id is None:
        return add_account(user_name, ADMIN, password, None, full_name)
    row = Staff.get_by_id(staff_id)
    name, full = _check_fields(user_name, full_name or row.name, row.role, row.department_id,
                               staff_id)
    with transaction():
        Staff.update(user_name=name, name=full, is_admin=True, active=True, must_change=False,
                     password_hash=hash_password(password), failed_sign_ins=0,
                     locked_until=None).where(Staff.id == staff_id).execute()
        _audit(None, "account.administrator", staff_id, "roles", new=ADMIN)
    return staff_id


def _named(user_name: str) -> Staff:
    row = find(user_name)
    if row is None:
        raise ValidationError({"user_name": _("There is no account {name}.").format(
            name=clean_text(user_name))})
    return row


def set_password(user_name: str, password: str, by_id: int | None,
                 must_change: bool = False) -> None:
    """The administrator sets someone's password (a first one, or a forgotten one)."""
    require(by_id, "accounts")
    row = _named(user_name)
    digest = hash_password(check_password(password))
    with transaction():
        Staff.update(password_hash=digest, must_change=must_change, failed_sign_ins=0,
                     locked_until=None).where(Staff.id == row.id).execute()
        _audit(by_id, "account.password_set", row.id)   # never the password itself


def change_own_password(staff_id: int, old: str, new: str) -> None:
    """The person changes their own password (asked at the first sign-in)."""
    row = Staff.get_by_id(staff_id)
    if not _matches(row, old):
        raise SignInError(_("The current password is wrong."))
    if new == old:
        raise ValidationError({"password": _("Choose a new password, not the old one.")})
    digest = hash_password(check_password(new))
    with transaction():
        Staff.update(password_hash=digest, must_change=False).where(
            Staff.id == staff_id).execute()
        _audit(staff_id, "account.password_changed", staff_id)


def set_active(user_name: str, active: bool, by_id: int | None) -> None:
    require(by_id, "accounts")
    row = _named(user_name)
    if not active and row.id == by_id:
        raise ValidationError({"user_name": _("You cannot disable your own account.")})
    with transaction():
        Staff.update(active=active).where(Staff.id == row.id).execute()
        _audit(by_id, "account.enabled" if active else "account.disabled", row.id, "active",
               row.active, active)


def _matches(row: Staff, password: str) -> bool:
    if not row.password_hash or not isinstance(password, str) or len(password) > MAX_LENGTH:
        return False
    try:
        return _hasher.verify(row.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _wait_text(until: dt.datetime, now: dt.datetime) -> str:
    minutes = max(1, -(-int((until - now).total_seconds()) // 60))
    return _("Too many wrong passwords: try again in {count} minute(s).").format(count=minutes)


def sign_in(user_name: str, password: str, clock=system_clock) -> Account:
    """The account of ``user_name`` if ``password`` is its password; else
    :class:`SignInError` with one sentence (the same for an unknown name and a wrong
    password)."""
    now = clock.now()
    row = find(user_name)
    wrong = _("The user name or the password is wrong.")
    if row is None:
        hash_password(password or "-")   # the same time as a wrong password
        _failed(None, user_name, now)
        raise SignInError(wrong)
    if not row.active:
        _failed(row.id, user_name, now)
        raise SignInError(_("The account {name} is disabled; ask the administrator.").format(
            name=row.user_name))
    if not row.password_hash:
        _failed(row.id, user_name, now)
        raise SignInError(_("{name} has no password yet; ask the administrator to set "
                            "one.").format(name=row.user_name))
    if row.locked_until and row.locked_until > now:
        _failed(row.id, user_name, now)
        raise SignInError(_wait_text(row.locked_until, now))
    if not _matches(row, password):
        failed = row.failed_sign_ins + 1
        until = None
        if failed >= LOCK_AFTER:
            until = now + min(FIRST_LOCK * 2 ** (failed - LOCK_AFTER), LONGEST_LOCK)
        with transaction():
            Staff.update(failed_sign_ins=failed, locked_until=until).where(
                Staff.id == row.id).execute()
            _failed(row.id, user_name, now)
        raise SignInError(_wait_text(until, now) if until else wrong)
    update = {Staff.failed_sign_ins: 0, Staff.locked_until: None}
    if _hasher.check_needs_rehash(row.password_hash):
        update[Staff.password_hash] = hash_password(password)
    with transaction():
        Staff.update(update).where(Staff.id == row.id).execute()
        _audit(row.id, "sign_in", row.id, at=now)
    return _account(Staff.get_by_id(row.id))


def record_lock(staff_id: int | None, clock=system_clock) -> None:
    """The signed-in person locked the screen (or it locked itself when idle)."""
    if staff_id:
        _audit(staff_id, "lock", staff_id, at=clock.now())


def _audit(by_id, action: str, account_id: int | None, field: str = "", old=None, new=None,
           at=None) -> None:
    from desk.services.audit import trail

    trail.record(by_id, action, kind="account", record_id=account_id, field=field, old=old,
                 new=new, at=at)


def _failed(account_id: int | None, typed: str, at) -> None:
    """A refused sign-in; what was typed as the user name is kept as a personal value."""
    from desk.services.audit import trail

    trail.record(account_id, "sign_in_failed", kind="account", record_id=account_id,
                 field="user_name", new=clean_text(typed)[:40], personal=True, at=at)


def idle_lock_minutes() -> int:
    """After how many idle minutes the desktop program locks itself."""
    from desk.services.org.organisation import get_setting

    value = get_setting(IDLE_SETTING)
    return value if isinstance(value, int) and 1 <= value <= 240 else DEFAULT_IDLE_MINUTES


def set_idle_lock_minutes(minutes: int, by_id: int | None) -> None:
    from desk.services.org.organisation import set_setting

    require(by_id, "change_setup")
    if not isinstance(minutes, int) or not 1 <= minutes <= 240:
        raise ValidationError({"idle": _("The idle time must be between 1 and 240 minutes.")})
    with transaction():
        old = idle_lock_minutes()
        set_setting(IDLE_SETTING, minutes)
        _audit(by_id, "setup.idle_lock_minutes", None, IDLE_SETTING, old, minutes)
