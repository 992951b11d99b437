"""``desk copy --to URL``: the command copies, checks and says so in one line; a target
that is not empty or is the database itself is refused in one line."""
from __future__ import annotations

from tests.cli.test_cli import assert_one_line_error, run


def test_copy_to_an_empty_database_and_back(new_database, tmp_path):
    source = new_database("source")
    data = tmp_path / "data"
    made = run(["--db", source, "demo", "--count", "120", "--no-gui"], data)
    assert made.returncode == 0, made.stderr
    target = new_database("target")
    copied = run(["--db", source, "copy", "--to", target], data)
    assert copied.returncode == 0, copied.stderr
    assert "complaint: 120" in copied.stdout.splitlines()
    assert "sampled records match" in copied.stdout
    listed = run(["--db", target, "cases", "--limit", "500"], data)
    original = run(["--db", source, "cases", "--limit", "500"], data)
    assert listed.stdout == original.stdout and len(listed.stdout.splitlines()) == 120
    again = run(["--db", source, "copy", "--to", target], data)
    assert "not empty" in assert_one_line_error(again)
    itself = run(["--db", source, "copy", "--to", source], data)
    assert "being copied" in assert_one_line_error(itself)
