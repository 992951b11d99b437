#!/usr/bin/env python
"""Benchmark of Desk's foundation on a large demo database (run by hand, not by pytest).

    python benchmarks/bench_foundation.py                  # 1,000,000 cases
    python benchmarks/bench_foundation.py --count 200000   # quicker
    python benchmarks/bench_foundation.py --db /path/big.sqlite   # reuse a database

Prints: build time, save latency (create_complaint vs a bare sqlite3 insert, both with
synchronous=FULL), first-page search times with the ratio to a LIKE '%...%' scan, the case
list's first page, the process RSS, and the cold start of the window vs a bare PySide6
window. See benchmarks/README.md.
"""
from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

from shared import bare_sqlite_saves, percentile, save_inputs  # benchmarks/shared.py, beside this script

PAGE = 50


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1_000_000, help="cases in the database")
    parser.add_argument("--db", type=Path, help="database file (made or topped up to --count)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--saves", type=int, default=200, help="saves to time")
    parser.add_argument("--repeat", type=int, default=7, help="runs per search timing")
    parser.add_argument("--no-gui", action="store_true", help="skip the cold-start timing")
    parser.add_argument("--build-only", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, columns: int) -> str:
    """``text`` cut or padded to ``columns`` terminal columns (Chinese is two wide)."""
    out = ""
    for ch in text:
        if width(out + ch) > columns:
            break
        out += ch
    return out + " " * (columns - width(out))


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.2f} ms"



def timed(fn, repeat: int) -> tuple[float, float, object]:
    """(first run, median of the runs, last result)."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return times[0], statistics.median(times), result


def rss_mb() -> tuple[float, float]:
    """(current VmRSS, peak) in MB."""
    current = 0.0
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                current = int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    peak_mb = peak / 1024 / (1024 if sys.platform == "darwin" else 1)
    return current, peak_mb


# --------------------------------------------------------------------------- build


def build(db: Path, count: int, seed: int) -> None:
    from desk.services.system.demo import fill_demo
    from desk.services.system.startup import open_store
    from desk.store.models.cases import Complaint

    db.parent.mkdir(parents=True, exist_ok=True)
    open_store(str(db), backups=False)
    have = Complaint.select().count()
    if have >= count:
        print(f"database      {db} reused: {have:,} cases")
        return
    add = count - have
    print(f"database      {db}: {have:,} cases, adding {add:,} ...", flush=True)
    start = time.perf_counter()
    last = [start]

    def progress(done, total):
        now = time.perf_counter()
        if now - last[0] > 15 or done == total:
            last[0] = now
            print(f"              {done:,}/{total:,}  {now - start:6.1f} s", flush=True)

    fill_demo(add, seed=seed, progress=progress)
    took = time.perf_counter() - start
    size = db.stat().st_size / 2**20
    print(f"build         {add:,} cases in {took:.1f} s ({add / took:,.0f} cases/s), "
          f"file {size:,.0f} MB")


# --------------------------------------------------------------------------- saves


def bench_saves(db: Path, saves: int) -> None:
    from desk.services.cases.complaints import create_complaint

    times = []
    for data in save_inputs(saves, clerk=False):
        start = time.perf_counter()
        create_complaint(data)
        times.append(time.perf_counter() - start)

    bare = bare_sqlite_saves(db.with_name(db.stem + "-bare.sqlite"), saves)

    p50, p95 = percentile(times, 50), percentile(times, 95)
    b50, b95 = percentile(bare, 50), percentile(bare, 95)
    print(f"\nsave ({saves} saves, synchronous=FULL)          p50        p95")
    print(f"  create_complaint                    {ms(p50)} {ms(p95)}")
    print(f"  bare sqlite3 insert + commit        {ms(b50)} {ms(b95)}")
    print(f"  ratio                               {p50 / b50:8.1f} x   {p95 / b95:6.1f} x")


# --------------------------------------------------------------------------- searches


def _pick_queries() -> list[tuple[str, str]]:
    from peewee import fn

    from desk.store.models.cases import Complaint

    newest = Complaint.select(Complaint.id).order_by(Complaint.id.desc()).first().id
    middle = (Complaint.select().where(Complaint.id <= newest // 2, Complaint.phone != "")
              .order_by(Complaint.id.desc()).first())
    old = (Complaint.select().where(Complaint.id <= newest // 10,
                                    Complaint.complainant_name != "")
           .order_by(Complaint.id.desc()).first())
    rare_name = (Complaint.select(Complaint.complainant_name)
                 .where(fn.LENGTH(Complaint.complainant_name) == 2)
                 .group_by(Complaint.complainant_name)
                 .order_by(fn.COUNT(Complaint.id), Complaint.complainant_name).first())
    return [
        ("common word (2 chars)", "退货"),
        ("common character (1 char)", "月"),
        ("common phrase", "态度恶劣"),
        ("rare name (2 chars)", rare_name.complainant_name if rare_name else "乐晨"),
        ("no match (2 chars)", "龘龘"),
        ("rare phrase", middle.description[:14]),
        ("no match", "没有这样的投诉内容"),
        (f"name ({len(old.complainant_name)} chars)", old.complainant_name),
        ("phone digits", middle.phone_digits),
        ("phone as typed", middle.phone),
        ("phone, last 4 digits", middle.phone_digits[-4:]),
        ("case number", middle.case_no),
    ]


def _like_scan(db: Path, text: str):
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    pattern = f"%{text}%"

    def run():
        return conn.execute(
            "SELECT id FROM complaint WHERE voided = 0 AND (case_no LIKE ?1 OR "
            "complainant_name LIKE ?1 OR phone_digits LIKE ?1 OR description LIKE ?1) "
            "ORDER BY id DESC LIMIT ?2", (pattern, PAGE)).fetchall()

    return conn, run


def bench_searches(db: Path, repeat: int) -> list[tuple[str, str, float]]:
    from desk.services.cases import caselist

    print(f"\nsearch, first page of {PAGE} (first run / median of {repeat})")
    print(f"  {pad('query', 34)} {pad('text', 26)} {'rows':>4}  {'desk first':>11}"
          f" {'desk median':>11} {'LIKE scan':>11}  LIKE/desk")
    slow = []
    for label, text in _pick_queries():
        flt = caselist.CaseFilter(text=text)
        first, median, rows = timed(lambda: caselist.fetch_page(flt, limit=PAGE), repeat)
        conn, scan = _like_scan(db, text)
        _f, like_median, _r = timed(scan, max(3, repeat // 2))
        conn.close()
        print(f"  {pad(label, 34)} {pad(text, 26)} {len(rows):>4}  {ms(first)}  {ms(median)}"
              f"  {ms(like_median)}  {like_median / median:7.1f} x")
        if median > 0.020:
            slow.append((label, text, median))
    return slow


def bench_case_list(repeat: int) -> None:
    from desk.services.cases import caselist

    print(f"\ncase list, first page of {PAGE}")
    for label, flt in (("all open and closed", caselist.CaseFilter()),
                       ("status new", caselist.CaseFilter(statuses=["new"])),
                       ("urgent", caselist.CaseFilter(severities=["urgent"])),
                       ("overdue", caselist.CaseFilter(overdue_only=True))):
        first, median, rows = timed(lambda: caselist.fetch_page(flt, limit=PAGE), repeat)
        before = rows[-1].id if rows else None
        _f, next_median, _r = timed(
            lambda: caselist.fetch_page(flt, before_id=before, limit=PAGE), repeat)
        print(f"  {label:24} {len(rows):>3} rows  first {ms(first)}  median {ms(median)}"
              f"  next page {ms(next_median)}")
    _f, count_median, total = timed(lambda: caselist.count(caselist.CaseFilter()), 3)
    print(f"  count of all cases ({total:,})   {ms(count_median)}")


# --------------------------------------------------------------------------- cold start

BARE_QT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1200, 800)
window.show()
QTimer.singleShot(0, lambda: app.exit(0))
sys.exit(app.exec())
"""


def _run_timed(cmd: list[str], env: dict) -> tuple[float, int, str]:
    start = time.perf_counter()
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return time.perf_counter() - start, -1, str(exc)
    return time.perf_counter() - start, done.returncode, done.stderr.strip()[-300:]


COLD_RUNS = 5


def bench_cold_start(db: Path, data_dir: Path) -> None:
    """Best and median of ``COLD_RUNS`` starts of each, taken in turns (a machine shared
    with other work drifts: in turns, both see the same drift). Python keeps its compiled
    modules in a folder of its own here, as an installed program has them compiled: with
    PYTHONDONTWRITEBYTECODE set (and no compiled copy), every start would compile Desk's
    modules again, some 40 ms that no installed Desk pays."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DESK_DATA_DIR=str(data_dir),
               PYTHONPYCACHEPREFIX=str(data_dir / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    print(f"\ncold start to window shown (QT_QPA_PLATFORM=offscreen; best and median of "
          f"{COLD_RUNS}, compiled modules kept)")
    bare_cmd = [sys.executable, "-c", BARE_QT]
    desk = [sys.executable, "-m", "desk", "--db", str(db), "gui", "--quit-after-show"]
    warm = _run_timed(bare_cmd, env)     # also compiles the modules the first time
    if warm[1] != 0:
        print(f"  bare PySide6 window failed: {warm[2]}")
        return
    backups = db.parent / "backups"
    before = set(backups.glob("*-daily.sqlite")) if backups.is_dir() else set()
    first = _run_timed(desk, env)
    if first[1] != 0:
        print(f"  desk gui --quit-after-show failed (exit {first[1]}): {first[2]}")
        return
    made = (set(backups.glob("*-daily.sqlite")) if backups.is_dir() else set()) - before
    note = (f"made today's backup, {sum(p.stat().st_size for p in made) / 2**20:,.0f} MB"
            if made else "today's backup existed already")
    print(f"  desk, first start                   {ms(first[0])}  ({note})")
    bare, later = [], []
    for _ in range(COLD_RUNS):
        bare.append(_run_timed(bare_cmd, env)[0])
        later.append(_run_timed(desk, env)[0])
    for label, times in (("bare PySide6 QMainWindow", bare), ("desk, later starts", later)):
        print(f"  {label:34}  best {ms(min(times))}  median {ms(statistics.median(times))}")
    print(f"  desk / bare: best {min(later) / min(bare):.2f} x, median "
          f"{statistics.median(later) / statistics.median(bare):.2f} x")


# --------------------------------------------------------------------------- main


def main(argv=None) -> int:
    args = parse_args(argv)
    work = Path(tempfile.gettempdir()) / "desk-bench"
    # one folder per database: daily backups are kept per folder
    db = (args.db or work / str(args.count) / "desk.sqlite").resolve()
    data_dir = db.parent / "bench-data"
    os.environ["DESK_DATA_DIR"] = str(data_dir)
    if args.build_only:
        build(db, args.count, args.seed)
        return 0
    print(f"Desk foundation benchmark - Python {sys.version.split()[0]}, "
          f"SQLite {sqlite3.sqlite_version}, {os.cpu_count()} CPUs", flush=True)
    # the build runs in its own process so that the RSS below is the workload's only
    done = subprocess.run([sys.executable, __file__, "--build-only", "--db", str(db),
                           "--count", str(args.count), "--seed", str(args.seed)])
    if done.returncode != 0:
        print("building the database failed", file=sys.stderr)
        return 1
    from desk.services.system.startup import open_store
    from desk.store.models.cases import Complaint

    open_store(str(db), backups=False)
    print(f"cases         {Complaint.select().count():,}")
    bench_saves(db, args.saves)
    slow = bench_searches(db, args.repeat)
    bench_case_list(args.repeat)
    current, peak = rss_mb()
    print(f"\nprocess RSS   {current:,.0f} MB now, {peak:,.0f} MB peak (this process: "
          f"saves, searches and case-list pages; the build ran apart)")
    from desk.store.db import close_database

    close_database()
    if not args.no_gui:
        bench_cold_start(db, data_dir)
    if slow:
        print("\nsearches over 20 ms (median):")
        for label, text, median in slow:
            print(f"  {label}: {text!r} {median * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
