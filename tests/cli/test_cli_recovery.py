"""A damaged database is refused by every command with the backup to restore; desk
restore checks the backup, keeps the damaged file aside and puts the copy in place."""
from __future__ import annotations

import datetime as dt
import os
import stat

import pytest

from desk.cli.main import main
from desk.store.db import close_database

pytestmark = pytest.mark.sqlite_only(reason="a damaged, restored or read-only database file")

COMMANDS = [["check"], ["cases"], ["today"], ["escalate"], ["report", "weekly"],
            ["verify", "20261126-0001", "AAAAA-AAAAA"], ["backup"]]


def damage(path) -> None:
    """Overwrite every page but the first (the header stays: it still looks like SQLite)."""
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.seek(4096)
        handle.write(bytes(range(256)) * ((size - 4096) // 256))


@pytest.fixture
def backed_up(closed_case, db_path, clock):
    """Two cases, a verified backup, then a third case; the database closed."""
    from desk.services.system.startup import backup_now

    first = closed_case(complainant_name="林志玲")
    closed_case()
    backup = backup_now(db_path.parent / "backups", dt.datetime(2026, 11, 26, 9, 0))
    closed_case()
    close_database()
    return first, backup


def one_line(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Unexpected" not in err, err
    return err


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_refuses_a_damaged_database(backed_up, db_path, tmp_path, capsys,
                                                  command):
    _first, backup = backed_up
    damage(db_path)
    extra = ["--out", str(tmp_path / "w.xlsx")] if command[0] == "report" else []
    assert main(["--db", str(db_path), *command, *extra]) == 1
    err = one_line(capsys)
    assert "damaged" in err and f'desk restore "{backup}"' in err
    assert not (tmp_path / "w.xlsx").exists()


def test_restore_puts_the_backup_back_and_keeps_the_damaged_file(backed_up, db_path, capsys):
    first, backup = backed_up
    damage(db_path)
    damaged_bytes = db_path.read_bytes()
    assert main(["--db", str(db_path), "restore", str(backup)]) == 0
    out = capsys.readouterr().out
    [aside] = db_path.parent.glob("desk-damaged-*.sqlite")
    assert str(aside) in out and aside.read_bytes() == damaged_bytes
    assert main(["--db", str(db_path), "cases", "--json"]) == 0
    listed = capsys.readouterr().out
    assert first.case_no in listed and listed.count("\n") == 2   # as at the backup
    assert main(["--db", str(db_path), "check"]) == 0


def test_restore_refuses_a_damaged_backup(backed_up, db_path, capsys):
    _first, backup = backed_up
    damage(backup)
    before = db_path.read_bytes()
    assert main(["--db", str(db_path), "restore", str(backup)]) == 1
    assert "damaged" in one_line(capsys)
    assert db_path.read_bytes() == before and not list(db_path.parent.glob("*damaged*"))


def test_restore_of_a_missing_backup(store, db_path, tmp_path, capsys):
    close_database()
    assert main(["--db", str(db_path), "restore", str(tmp_path / "nope.sqlite")]) == 1
    assert "There is no backup file" in one_line(capsys)


def test_damaged_without_any_backup(closed_case, db_path, capsys):
    closed_case()
    close_database()
    damage(db_path)
    assert main(["--db", str(db_path), "cases"]) == 1
    assert "no sound backup" in one_line(capsys)


def test_check_reports_a_read_only_database(store, db_path, capsys):
    close_database()
    os.chmod(db_path, stat.S_IREAD)
    try:
        code = main(["--db", str(db_path), "check"])
    finally:
        os.chmod(db_path, stat.S_IREAD | stat.S_IWRITE)
    captured = capsys.readouterr()
    assert code == 1 and "writable: no" in captured.out
    assert "read-only" in captured.err
