"""Every Qt Designer form is compiled, and the committed ui_*.py matches its .ui file."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FORMS = sorted((ROOT / "forms").glob("*.ui"))


def uic_command() -> list[str]:
    """pyside6-uic as its entry point runs it, from the running interpreter (so an
    unactivated venv's own PySide6 is used and nothing depends on PATH)."""
    return [sys.executable, "-c", "from PySide6.scripts.pyside_tool import uic; uic()"]


def _body(text: str) -> list[str]:
    """The generated code without the comment header (it names the uic version)."""
    lines = text.splitlines()
    start = 0
    while start < len(lines) and (lines[start].startswith("#") or not lines[start].strip()):
        start += 1
    return [line.rstrip() for line in lines[start:]]


def test_there_are_forms():
    assert FORMS, "no forms/*.ui found"


@pytest.mark.parametrize("form", FORMS, ids=[f.stem for f in FORMS])
def test_compiled_form_is_up_to_date(form, tmp_path):
    compiled = ROOT / "desk" / "ui" / "forms" / f"ui_{form.stem}.py"
    assert compiled.is_file(), f"run: pyside6-uic forms/{form.name} -o desk/ui/forms/{compiled.name}"
    fresh = tmp_path / compiled.name
    result = subprocess.run(uic_command() + [str(form), "-o", str(fresh)], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    expected = _body(fresh.read_text(encoding="utf-8"))
    actual = _body(compiled.read_text(encoding="utf-8"))
    assert actual == expected, (
        f"desk/ui/forms/{compiled.name} is out of date; run: "
        f"pyside6-uic forms/{form.name} -o desk/ui/forms/{compiled.name}")
