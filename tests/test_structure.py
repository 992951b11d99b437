"""The size rules of the source tree: no hand-written module over 400 lines, no folder under
``desk/`` with more than 15 hand-written modules (the ``ui_*.py`` that pyside6-uic
generates into ``desk/ui/forms/`` do not count)."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAX_LINES = 400
MAX_MODULES = 15


def hand_written() -> list[Path]:
    return [p for p in sorted((ROOT / "desk").rglob("*.py"))
            if not (p.parent.name == "forms" and p.name.startswith("ui_"))]


def test_no_module_over_400_lines():
    long = [f"{p.relative_to(ROOT)}: {n} lines" for p in hand_written()
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES]
    assert not long, "split these modules:\n" + "\n".join(long)


def test_no_folder_over_15_modules():
    folders: dict[Path, int] = {}
    for path in hand_written():
        folders[path.parent] = folders.get(path.parent, 0) + 1
    crowded = [f"{f.relative_to(ROOT)}: {n} modules" for f, n in folders.items()
               if n > MAX_MODULES]
    assert not crowded, "group these folders by capability:\n" + "\n".join(crowded)
    assert len(folders) > 20                 # the tree was read
