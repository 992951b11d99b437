"""The ``desk`` command, run as a real process: output for scripts, errors in one line."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from desk import __version__

REQUIRED_KEYS = {"case_no", "status", "severity", "category", "channel", "received_at",
                 "reply_due_at", "complainant", "phone", "summary"}


def run(args, data_dir, lang="en", extra_env=None, timeout=120):
    env = dict(os.environ)
    env.pop("DESK_DB", None)
    env.update(DESK_DATA_DIR=str(data_dir), DESK_LANG=lang, PYTHONIOENCODING="utf-8")
    env.update(extra_env or {})
    return subprocess.run([sys.executable, "-m", "desk", *args], capture_output=True,
                          text=True, encoding="utf-8", errors="replace", env=env,
                          timeout=timeout)


def assert_one_line_error(result):
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("desk: ")
    return lines[0]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory, module_database):
    """A demo database with 50 cases, made once through the command line (a file, or a
    database on the test server)."""
    folder = tmp_path_factory.mktemp("cli")
    db = module_database
    result = run(["--db", str(db), "demo", "--count", "50", "--no-gui"], folder / "data")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "50" in result.stdout
    return db


def test_version(tmp_path):
    result = run(["--version"], tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"Desk {__version__}"


def test_check_on_a_new_database(tmp_path):
    db = tmp_path / "new.sqlite"
    result = run(["--db", str(db), "check", "--create"], tmp_path / "data")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "journal_mode: wal" in lines
    assert "synchronous: full" in lines
    assert "foreign_keys: on" in lines
    assert "integrity: ok" in lines
    assert "complaints: 0" in lines
    assert db.is_file()


def test_check_on_the_demo(demo_db, tmp_path):
    result = run(["--db", str(demo_db), "check"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert "integrity: ok" in result.stdout.splitlines()
    assert "complaints: 50" in result.stdout.splitlines()


def test_cases_as_json(demo_db, tmp_path):
    result = run(["--db", str(demo_db), "cases", "--json", "--limit", "20"], tmp_path)
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 20
    for row in rows:
        assert REQUIRED_KEYS <= set(row)
    numbers = [r["case_no"] for r in rows]
    assert numbers == sorted(numbers, reverse=True)  # newest first
    assert len(set(numbers)) == 20


def test_cases_all_and_filtered(demo_db, tmp_path):
    every = run(["--db", str(demo_db), "cases", "--json", "--limit", "1000"], tmp_path)
    rows = [json.loads(line) for line in every.stdout.splitlines()]
    assert len(rows) == 50
    closed = run(["--db", str(demo_db), "cases", "--json", "--status", "closed"], tmp_path)
    closed_rows = [json.loads(line) for line in closed.stdout.splitlines()]
    assert closed_rows and all(r["status"] == "closed" for r in closed_rows)
    target = rows[7]
    found = run(["--db", str(demo_db), "cases", "--json", "--search", target["case_no"]],
                tmp_path)
    assert [json.loads(line)["case_no"] for line in found.stdout.splitlines()] == \
        [target["case_no"]]


def test_cases_as_text(demo_db, tmp_path):
    result = run(["--db", str(demo_db), "cases", "--limit", "3"], tmp_path)
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    assert all(len(line.split("\t")) == 6 for line in lines)


def test_cases_in_chinese(demo_db, tmp_path):
    result = run(["--db", str(demo_db), "cases", "--limit", "50", "--status", "closed"],
                 tmp_path, lang="zh_CN")
    assert result.returncode == 0, result.stderr
    assert "Closed" not in result.stdout
    from desk import i18n

    label = i18n.translate("Closed", "zh_CN")
    if label != "Closed":
        assert label in result.stdout


def test_output_never_crashes_on_a_narrow_console(tmp_path):
    """A Windows pipe may be GBK: characters it cannot show must not stop the listing."""
    db = tmp_path / "emoji.sqlite"
    code = (
        "import sys; from desk.services.system.startup import open_store;"
        "from desk.services.org import organisation as o;"
        "from desk.services.cases.complaints import ComplaintInput, create_complaint;"
        f"open_store({str(db)!r}, backups=False);"
        "ch = o.channels()[0].id; cat = o.categories()[0].id;"
        "create_complaint(ComplaintInput(channel_id=ch, category_id=cat,"
        " complainant_name='Zoë 😀', phone='13812345678', description='表情😡 ǅ 𠀀'))"
    )
    env = dict(os.environ, DESK_DATA_DIR=str(tmp_path / "data"))
    subprocess.run([sys.executable, "-c", code], check=True, env=env, timeout=60)
    for args in (["cases", "--json"], ["cases"]):
        result = run(["--db", str(db), *args], tmp_path / "data",
                     extra_env={"PYTHONIOENCODING": "gbk"})
        assert result.returncode == 0, result.stderr
        assert "20" in result.stdout and "Traceback" not in result.stderr


def test_backup_command(demo_db, tmp_path, on_postgresql):
    folder = tmp_path / "copies"
    result = run(["--db", str(demo_db), "backup", "--to", str(folder)], tmp_path)
    assert result.returncode == 0, result.stderr
    made = list(folder.glob("desk-*-manual." + ("dump" if on_postgresql else "sqlite")))
    assert len(made) == 1
    assert str(made[0]) in result.stdout


@pytest.mark.parametrize("args", [
    ["cases", "--status", "bogus"],
    ["cases", "--limit", "0"],
    ["demo", "--count", "0", "--no-gui"],
])
def test_bad_arguments_are_one_line(tmp_path, args):
    result = run(["--db", str(tmp_path / "x.sqlite"), *args], tmp_path / "data")
    line = assert_one_line_error(result)
    assert "bogus" in line or "--limit" in line or "--count" in line


def test_file_that_is_not_a_database(tmp_path):
    db = tmp_path / "notes.sqlite"
    db.write_text("meeting notes, not a database\n" * 200)
    result = run(["--db", str(db), "check"], tmp_path / "data")
    line = assert_one_line_error(result)
    assert "not a Desk database" in line


def test_schema_too_new(tmp_path):
    db = tmp_path / "future.sqlite"
    assert run(["--db", str(db), "check", "--create"], tmp_path / "data").returncode == 0
    import sqlite3

    conn = sqlite3.connect(str(db))
    conn.execute("update meta_entry set value = '999' where key = 'schema_version'")
    conn.commit()
    conn.close()
    result = run(["--db", str(db), "cases"], tmp_path / "data")
    line = assert_one_line_error(result)
    assert "999" in line and "newer" in line


@pytest.mark.parametrize("command", [["check"], ["cases"], ["escalate"],
                                     ["report", "weekly"]])
def test_a_mistyped_db_makes_no_database(tmp_path, command):
    db = tmp_path / "typo" / "desk.sqlite"
    line = assert_one_line_error(run(["--db", str(db), *command], tmp_path / "data"))
    assert "There is no database at" in line and str(db) in line
    assert not db.parent.exists()
    db = tmp_path / "dsek.sqlite"
    line = assert_one_line_error(run(["--db", str(db), *command], tmp_path / "data"))
    assert "There is no database at" in line and not db.exists()


def test_check_create_needs_an_existing_folder(tmp_path):
    db = tmp_path / "no such folder" / "desk.sqlite"
    line = assert_one_line_error(run(["--db", str(db), "check", "--create"], tmp_path))
    assert "does not exist" in line and not db.parent.exists()


def test_an_empty_file_is_not_turned_into_a_database(tmp_path):
    db = tmp_path / "empty.sqlite"
    db.touch()
    for command in (["check"], ["check", "--create"], ["cases"]):
        line = assert_one_line_error(run(["--db", str(db), *command], tmp_path / "data"))
        assert "empty file" in line
        assert db.stat().st_size == 0


def test_db_naming_a_folder(tmp_path):
    line = assert_one_line_error(run(["--db", str(tmp_path), "cases"], tmp_path / "data"))
    assert "is a folder" in line


def test_a_schema_upgrade_from_the_command_line_backs_up_first(demo_db, tmp_path,
                                                                new_database, on_postgresql):
    import sqlite3

    from desk.services.system.startup import open_store
    from desk.store.db import close_database
    from desk.store.schema import VERSION_KEY, set_meta

    db = new_database("old", template=str(demo_db))
    open_store(db, backups=False)
    set_meta(VERSION_KEY, "5")
    close_database()
    result = run(["--db", db, "escalate"], tmp_path / "data")
    assert result.returncode == 0, result.stderr
    if on_postgresql:   # pg_dump into the data folder's backups, restored and read back
        import subprocess

        [copy] = (tmp_path / "data" / "backups").glob("desk-*-before-v*.dump")
        listed = subprocess.run(["pg_restore", "--data-only", "--table=meta_entry", "-f", "-",
                                 str(copy)], capture_output=True, text=True, check=True)
        assert "schema_version\t5" in listed.stdout
        return
    copies = list((tmp_path / "backups").glob("desk-*-before-v*.sqlite"))
    assert len(copies) == 1
    conn = sqlite3.connect(str(copies[0]))
    try:
        assert conn.execute("select value from meta_entry where key = 'schema_version'"
                            ).fetchone()[0] == "5"
    finally:
        conn.close()


def test_network_share_refused(tmp_path):
    result = run(["--db", "sqlite://///fileserver/shared/desk.sqlite", "check"],
                 tmp_path / "data")
    line = assert_one_line_error(result)
    assert "network share" in line


def test_unknown_database_url(tmp_path):
    result = run(["--db", "nosuchdb://host/x", "check"], tmp_path / "data")
    assert_one_line_error(result)


def test_usage_errors_exit_non_zero_without_traceback(tmp_path):
    for args in (["no-such-command"], ["cases", "--limit", "many"], ["--lang", "fr", "cases"]):
        result = run(args, tmp_path)
        assert result.returncode == 2
        assert "Traceback" not in result.stderr
        assert result.stderr.strip()
