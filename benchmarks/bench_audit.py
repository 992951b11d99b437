"""Saving with the audit trail: a new complaint and an edit, each with its audit entries
in the same transaction, on a fresh demo database; and walking the whole chain.

    python benchmarks/bench_audit.py                  # 1,000,000 demo cases
    python benchmarks/bench_audit.py --count 100000   # quicker

Builds a fresh database with ``desk demo`` in this run (one intake entry per demo case, so
the trail is as long as the case table), then prints p50/p95 of ``create_complaint`` and
``update_complaint`` (validation, history, audit entries with their hash chain, search
index, commit with ``synchronous=FULL``), the cost of one ``trail.record`` alone, and the
time of ``desk audit verify``. Floor: save p95 < 5 ms.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from shared import bare_sqlite_saves, percentile, save_inputs  # benchmarks/shared.py, beside this script

FLOOR_MS = 5.0



def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.2f} ms"


def build(db: Path, count: int) -> float:
    env = dict(os.environ, DESK_DATA_DIR=str(db.parent / "data"))
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "desk", "--db", str(db), "demo", "--count",
                           str(count), "--no-gui"], env=env, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"desk demo failed: {done.stderr.strip()}")
    return time.perf_counter() - start


def bench(saves: int) -> dict[str, list[float]]:
    from desk.services.audit import trail
    from desk.services.cases.complaints import (
        create_complaint,
        input_from_record,
        update_complaint,
    )
    from desk.services.org import organisation
    from desk.store.db import transaction

    clerk = organisation.staff()[0].id
    times: dict[str, list[float]] = {"create": [], "edit": [], "record": [], "append": []}
    made = []
    for data in save_inputs(saves):
        start = time.perf_counter()
        made.append(create_complaint(data))
        times["create"].append(time.perf_counter() - start)
    for i, record in enumerate(made):
        data = input_from_record(record)
        data.address, data.room_no = f"幸福路{i}号", f"{i:04d}"
        data.severity = "serious" if i % 2 else "ordinary"
        start = time.perf_counter()
        update_complaint(record.id, data, clerk)
        times["edit"].append(time.perf_counter() - start)
    for record in made:
        start = time.perf_counter()
        with transaction():
            trail.record(clerk, "phone.reveal", complaint_id=record.id,
                         case_no=record.case_no, field="phone")
        times["record"].append(time.perf_counter() - start)
    with transaction():       # the entry's own work, without a commit of its own
        for record in made:
            start = time.perf_counter()
            trail.record(clerk, "phone.reveal", complaint_id=record.id,
                         case_no=record.case_no, field="phone")
            times["append"].append(time.perf_counter() - start)
    times["bare"] = bare_commits(saves)
    return times


def bare_commits(saves: int) -> list[float]:
    """A bare sqlite3 insert + commit in a one-table WAL file, synchronous=FULL: what the
    disk and the machine's load cost any save."""

    folder = Path(tempfile.mkdtemp(prefix="desk-bench-bare-"))
    bare = bare_sqlite_saves(folder / "bare.sqlite", saves)
    shutil.rmtree(folder, ignore_errors=True)
    return bare


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1_000_000, help="demo cases")
    parser.add_argument("--saves", type=int, default=300, help="saves to time")
    parser.add_argument("--keep", action="store_true", help="keep the database")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="desk-bench-audit-"))
    db = folder / "desk.sqlite"
    os.environ["DESK_DATA_DIR"] = str(folder / "data")
    print(f"Desk audit benchmark - Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, "
          f"load {os.getloadavg()[0]:.1f}", flush=True)
    took = build(db, args.count)
    print(f"build         desk demo --count {args.count:,}: {took:.0f} s, "
          f"file {db.stat().st_size / 2**20:,.0f} MB", flush=True)
    from desk.services.audit.trail import head
    from desk.services.system.startup import open_store
    from desk.store.db import close_database
    from desk.store.models.cases import Complaint

    open_store(str(db), backups=False)
    print(f"cases         {Complaint.select().count():,}; audit trail {head().count:,} "
          "entries")
    times = bench(args.saves)
    print(f"\n{args.saves} each, synchronous=FULL         p50        p95     p95 / floor")
    for key, label in (("create", "create_complaint + entry"),
                       ("edit", "update_complaint, 3 fields"),
                       ("record", "trail.record + commit"),
                       ("append", "trail.record, no commit"),
                       ("bare", "bare sqlite3 insert + commit")):
        p50, p95 = percentile(times[key], 50), percentile(times[key], 95)
        print(f"  {label:<28} {ms(p50)} {ms(p95)}   {p95 * 1000 / FLOOR_MS:5.2f}")
    close_database()
    env = dict(os.environ)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "desk", "--db", str(db), "audit", "verify"],
                          env=env, capture_output=True, text=True)
    print(f"\naudit verify  {time.perf_counter() - start:.1f} s, exit {done.returncode}: "
          f"{(done.stdout or done.stderr).strip()}")
    if args.keep:
        print(f"kept          {db}")
    else:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
