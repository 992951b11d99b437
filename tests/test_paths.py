"""The printouts folder: one per run, under the data folder, gone when the run ends; what
an earlier run left (it was stopped) goes at a later start once it is a day old."""
from __future__ import annotations

import os
import time

from desk import paths


def test_one_folder_per_run_under_the_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("DESK_DATA_DIR", str(tmp_path / "data"))
    first = paths.printouts_dir()
    assert first == paths.printouts_dir() and first.parent == tmp_path / "data" / "printouts"
    (first / "slip.pdf").write_bytes(b"%PDF-1.4")
    paths.remove_printouts()
    assert not first.exists()
    assert paths.printouts_dir() != first      # made anew when needed again
    paths.remove_printouts()


def test_the_sweep_takes_only_earlier_runs_over_a_day_old(tmp_path, monkeypatch):
    monkeypatch.setenv("DESK_DATA_DIR", str(tmp_path / "data"))
    root = paths.printouts_root()
    stale, recent = root / "run-stale", root / "run-recent"
    for folder in (stale, recent):
        folder.mkdir(parents=True)
        (folder / "letter.pdf").write_bytes(b"%PDF-1.4")
    day_and_more = time.time() - paths.PRINTOUTS_KEPT_HOURS * 3600 - 60
    os.utime(stale, (day_and_more, day_and_more))
    mine = paths.printouts_dir()
    os.utime(mine, (day_and_more, day_and_more))   # this run's own stays, however old
    assert paths.sweep_printouts() == 1
    assert not stale.exists() and recent.is_dir() and mine.is_dir()
    paths.remove_printouts()
