"""Accounts: Argon2id passwords, the minimum length, the lockout, the first administrator
of an upgraded database."""
from __future__ import annotations

import logging
import sqlite3

import pytest

from desk.services.common.validation import ValidationError
from desk.services.org import accounts
from desk.services.org.permissions import PermissionDenied

PASSWORD = "correct horse"


@pytest.fixture
def admin(store):
    return accounts.add_account("admin", "administrator", PASSWORD, None, "管理员")


@pytest.mark.sqlite_only(reason="reads the SQLite file's rows with sqlite3")
def test_a_password_is_stored_only_as_an_argon2id_hash(store, db_path, admin, caplog):
    caplog.set_level(logging.DEBUG)
    accounts.add_account("wang", "clerk", "secret-1234", admin, "王小明")
    accounts.sign_in("wang", "secret-1234")
    with sqlite3.connect(db_path) as conn:
        digest = conn.execute("select password_hash from staff where user_name = 'wang'"
                              ).fetchone()[0]
    assert digest.startswith("$argon2id$")
    assert b"secret-1234" not in db_path.read_bytes()
    assert "secret-1234" not in caplog.text


def test_sign_in_returns_the_account_with_its_roles(store, org, admin):
    accounts.add_account("li", "department_manager", PASSWORD, admin, "李经理",
                         department_id=org["dept"], admin=True)
    signed = accounts.sign_in("LI", PASSWORD)
    assert signed.full_name == "李经理" and signed.department == "保安部"
    assert signed.roles == {"department_manager", "administrator"} and signed.is_admin


def test_passwords_have_at_least_eight_characters(store, admin):
    with pytest.raises(ValidationError, match="at least 8 characters"):
        accounts.add_account("wang", "clerk", "short", admin)
    with pytest.raises(ValidationError, match="at least 8"):
        accounts.set_password("admin", "1234567", admin)


def test_only_the_administrator_changes_accounts(store, org, admin):
    with pytest.raises(PermissionDenied, match="Administrator"):
        accounts.add_account("x", "clerk", PASSWORD, org["clerk"])
    with pytest.raises(PermissionDenied):
        accounts.set_password("admin", PASSWORD + "!", org["ops"])


def test_five_wrong_passwords_lock_a_minute_then_longer(store, admin, clock):
    for _ in range(4):
        with pytest.raises(accounts.SignInError, match="user name or the password is wrong"):
            accounts.sign_in("admin", "wrong password", clock)
    with pytest.raises(accounts.SignInError, match="try again in 1 minute"):
        accounts.sign_in("admin", "wrong password", clock)
    with pytest.raises(accounts.SignInError, match="try again in 1 minute"):
        accounts.sign_in("admin", PASSWORD, clock)     # even the right one waits
    clock.advance(minutes=1)
    with pytest.raises(accounts.SignInError, match="try again in 2 minute"):
        accounts.sign_in("admin", "wrong again", clock)
    clock.advance(minutes=2)
    assert accounts.sign_in("admin", PASSWORD, clock).user_name == "admin"
    with pytest.raises(accounts.SignInError, match="is wrong"):   # the count starts anew
        accounts.sign_in("admin", "wrong password", clock)


def test_unknown_names_and_disabled_accounts_are_refused(store, admin):
    with pytest.raises(accounts.SignInError, match="user name or the password is wrong"):
        accounts.sign_in("nobody", PASSWORD)
    accounts.add_account("wang", "clerk", PASSWORD, admin)
    accounts.set_active("wang", False, admin)
    with pytest.raises(accounts.SignInError, match="disabled"):
        accounts.sign_in("wang", PASSWORD)
    with pytest.raises(ValidationError, match="your own account"):
        accounts.set_active("admin", False, admin)


def test_must_change_and_changing_ones_own_password(store, admin):
    accounts.add_account("wang", "clerk", None, admin)
    with pytest.raises(accounts.SignInError, match="no password yet"):
        accounts.sign_in("wang", PASSWORD)
    accounts.set_password("wang", "first-password", admin, must_change=True)
    signed = accounts.sign_in("wang", "first-password")
    assert signed.must_change
    with pytest.raises(accounts.SignInError, match="current password is wrong"):
        accounts.change_own_password(signed.id, "nope", "my own password")
    accounts.change_own_password(signed.id, "first-password", "my own password")
    assert not accounts.sign_in("wang", "my own password").must_change


def test_user_names_are_unique_and_one_word(store, admin):
    with pytest.raises(ValidationError, match="taken"):
        accounts.add_account("ADMIN", "clerk", PASSWORD, admin)
    with pytest.raises(ValidationError, match="one word"):
        accounts.add_account("two words", "clerk", PASSWORD, admin)
    with pytest.raises(ValidationError, match="department"):
        accounts.add_account("dm", "department_manager", PASSWORD, admin)
    with pytest.raises(ValidationError, match="Unknown role"):
        accounts.add_account("x", "boss", PASSWORD, admin)


def test_a_new_database_needs_its_administrator(store, org):
    assert accounts.needs_administrator()
    made = accounts.make_administrator(org["ops"], "zhao", "", PASSWORD)
    assert made == org["ops"] and not accounts.needs_administrator()
    assert accounts.sign_in("zhao", PASSWORD).roles == {"operations_manager", "administrator"}
    with pytest.raises(ValidationError, match="administrator already"):
        accounts.make_administrator(None, "other", "", PASSWORD)


@pytest.mark.sqlite_only(reason="builds a version-11 SQLite file with sqlite3")
def test_upgraded_staff_become_accounts_without_passwords(db_path, clock):
    """A version 11 database: its staff get user names (their names, made unique)."""
    from desk.services.system.startup import open_store
    from desk.store import schema
    from desk.store.db import close_database

    opened = open_store(str(db_path), backups=False, clock=clock)
    close_database()
    with sqlite3.connect(db_path) as conn:
        conn.execute("drop index staff_user_name")
        for column in schema.ACCOUNT_COLUMNS:
            conn.execute(f"alter table staff drop column {column}")
        conn.execute("alter table handling_slip drop column result_on_behalf")
        conn.executemany("insert into staff (name, role, phone, active) values (?, ?, '', 1)",
                         [("王 小明", "clerk"), ("王小明", "clerk"), ("赵经理", "gm")])
        conn.execute("update meta_entry set value = '11' where key = 'schema_version'")
    assert opened is not None
    opened = open_store(str(db_path), backups=True, clock=clock)
    try:
        assert opened.migration.from_version == 11 and opened.migration.backup is not None
        names = [(a.user_name, a.has_password) for a in accounts.accounts()]
        assert names == [("王小明", False), ("王小明2", False), ("赵经理", False)]
        assert accounts.needs_administrator()
    finally:
        close_database()


def test_sign_ins_locks_and_account_changes_are_in_the_audit_trail(store, admin, clock):
    from desk.services.audit import verify
    from desk.store.models.audit import AuditEntry

    accounts.add_account("wang", "clerk", PASSWORD, admin, "王小明")
    with pytest.raises(accounts.SignInError):
        accounts.sign_in("wang", "wrong password", clock)
    wang = accounts.sign_in("wang", PASSWORD, clock).id
    accounts.record_lock(wang, clock)
    accounts.set_password("wang", "another password", admin, must_change=True)
    accounts.set_active("wang", False, admin)
    rows = [(e.action, e.user_id, e.new) for e in AuditEntry.select().order_by(AuditEntry.seq)
            if e.kind == "account"]
    assert [r[0] for r in rows] == ["account.added", "account.added", "sign_in_failed",
                                    "sign_in", "lock", "account.password_set",
                                    "account.disabled"]
    assert rows[2][1] == wang and rows[2][2] == "wang"
    text = " ".join(str(v) for e in AuditEntry.select() for v in e.__data__.values())
    assert PASSWORD not in text and "another password" not in text
    assert verify.verify().ok
