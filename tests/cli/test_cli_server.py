"""``desk --db postgresql://...``: the first ``check --create`` on the IT person's empty
database, an empty one refused without it, and a server that is not there in one line in
the user's language."""
from __future__ import annotations

import pytest

from tests.cli.test_cli import assert_one_line_error, run


@pytest.fixture
def server_db(db_path, on_postgresql):
    if not on_postgresql:
        pytest.skip("needs a PostgreSQL server: DESK_TEST_DB=postgresql://... (.ci/run)")
    return db_path


def test_check_create_makes_the_tables_in_an_empty_server_database(server_db, tmp_path):
    refused = run(["--db", server_db, "cases"], tmp_path / "data")
    line = assert_one_line_error(refused)
    assert "check --create" in line
    made = run(["--db", server_db, "check", "--create"], tmp_path / "data")
    assert made.returncode == 0, made.stderr
    lines = made.stdout.splitlines()
    assert "engine: PostgreSQL" in lines and "integrity: ok" in lines
    assert "complaints: 0" in lines and any(x.startswith("pg_trgm: ") for x in lines)
    filled = run(["--db", server_db, "demo", "--count", "30", "--no-gui"], tmp_path / "data")
    assert filled.returncode == 0, filled.stderr
    listed = run(["--db", server_db, "cases", "--limit", "5"], tmp_path / "data")
    assert listed.returncode == 0 and len(listed.stdout.splitlines()) == 5


@pytest.mark.parametrize("lang, words", [("en", "cannot reach the database server"),
                                         ("zh_CN", "无法连接数据库服务器")])
def test_a_server_that_is_away_is_one_line(tmp_path, lang, words):
    url = f"postgresql://desk@/desk?host={tmp_path / 'nowhere'}"
    line = assert_one_line_error(run(["--db", url, "check"], tmp_path / "data", lang=lang))
    assert words in line and "Unexpected" not in line


def test_a_password_in_the_url_is_never_printed(tmp_path):
    url = f"postgresql://desk:TopSecret1@/desk?host={tmp_path / 'nowhere'}"
    result = run(["--db", url, "check"], tmp_path / "data")
    assert_one_line_error(result)
    assert "TopSecret1" not in result.stderr + result.stdout
