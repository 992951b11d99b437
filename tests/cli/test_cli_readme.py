"""What the README promises of every command: ``--lang`` and ``--db`` before or after the
command, and a listing cut short by ``head`` ends quietly with exit code 0."""
from __future__ import annotations

import argparse
import os
import subprocess
import sys

from desk.cli.main import build_parser
from tests.cli.test_cli import run


def _commands(parser: argparse.ArgumentParser, prefix=()):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield (*prefix, name), child
                yield from _commands(child, (*prefix, name))


def test_every_command_takes_lang_and_db():
    found = list(_commands(build_parser()))
    assert len(found) > 10
    for name, parser in found:
        options = parser._option_string_actions
        assert "--lang" in options and "--db" in options, name


def test_lang_after_the_command_sets_the_messages(tmp_path):
    db = tmp_path / "d.sqlite"
    result = run(["check", "--create", "--lang", "zh_CN", "--db", str(db)], tmp_path / "data")
    assert result.returncode == 0, result.stderr
    result = run(["cases", "--status", "nonsense", "--lang", "zh_CN", "--db", str(db)],
                 tmp_path / "data")
    assert result.returncode != 0 and "未知" in result.stderr, result.stderr


def test_listing_cut_short_by_head_exits_quietly(tmp_path):
    db = tmp_path / "d.sqlite"
    assert run(["--db", str(db), "demo", "--count", "1000", "--no-gui"],
               tmp_path / "data").returncode == 0
    process = subprocess.Popen([sys.executable, "-m", "desk", "--db", str(db), "cases",
                                "--limit", "1000"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, env=_env(tmp_path))
    first = process.stdout.readline()
    process.stdout.close()               # what `head -1` does once it has its line
    _, err = process.communicate(timeout=120)
    assert first.strip()
    assert process.returncode == 0, err
    assert err.decode("utf-8", "replace").strip() == ""


def _env(tmp_path) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "DESK_DB"}
    env.update(DESK_DATA_DIR=str(tmp_path / "data"), DESK_LANG="en",
               PYTHONIOENCODING="utf-8")
    return env
