"""``desk user``: accounts from the command line, passwords on standard input."""
from __future__ import annotations

import json
import os
import subprocess
import sys


def run(args, data_dir, stdin="", lang="en"):
    env = dict(os.environ)
    env.pop("DESK_DB", None)
    env.update(DESK_DATA_DIR=str(data_dir), DESK_LANG=lang, PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "desk", *args], input=stdin,
                          capture_output=True, text=True, encoding="utf-8", env=env,
                          timeout=120)


def test_add_list_passwd_disable(tmp_path):
    db = str(tmp_path / "desk.sqlite")
    assert run(["check", "--create", "--db", db], tmp_path).returncode == 0
    added = run(["user", "add", "li", "--role", "operations_manager", "--full-name", "李娜",
                 "--password-stdin", "--db", db], tmp_path, "first password\n")
    assert added.returncode == 0, added.stderr
    assert "li" in added.stdout
    listed = run(["user", "list", "--json", "--db", db], tmp_path)
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert rows == [{"user_name": "li", "full_name": "李娜", "roles": ["operations_manager"],
                     "department": "", "active": True, "has_password": True,
                     "must_change": False}]
    assert "first password" not in (tmp_path / "desk.sqlite").read_bytes().decode("latin-1")
    changed = run(["user", "passwd", "li", "--password-stdin", "--must-change", "--db", db],
                  tmp_path, "second password\n")
    assert changed.returncode == 0, changed.stderr
    assert run(["user", "disable", "li", "--db", db], tmp_path).returncode == 0
    row = json.loads(run(["user", "list", "--json", "--db", db], tmp_path).stdout)
    assert row["must_change"] and not row["active"]
    from desk.services.org import accounts
    from desk.services.system.startup import open_store
    from desk.store.db import close_database

    open_store(db, backups=False)
    try:
        with __import__("pytest").raises(accounts.SignInError, match="disabled"):
            accounts.sign_in("li", "second password")
    finally:
        close_database()


def test_mistakes_are_one_translated_line(tmp_path):
    db = str(tmp_path / "desk.sqlite")
    run(["check", "--create", "--db", db], tmp_path)
    short = run(["user", "add", "wang", "--role", "clerk", "--password-stdin", "--db", db],
                tmp_path, "short\n", lang="zh_CN")
    assert short.returncode == 1
    assert short.stderr.count("\n") == 1 and "8" in short.stderr and "密码" in short.stderr
    missing = run(["user", "add", "wang", "--role", "clerk", "--db", db], tmp_path)
    assert missing.returncode == 1 and "--password-stdin" in missing.stderr
    role = run(["user", "add", "wang", "--role", "boss", "--password-stdin", "--db", db],
               tmp_path, "long enough\n")
    assert role.returncode == 1 and "Unknown role boss" in role.stderr
    nobody = run(["user", "disable", "ghost", "--db", db], tmp_path)
    assert nobody.returncode == 1 and "no account ghost" in nobody.stderr
