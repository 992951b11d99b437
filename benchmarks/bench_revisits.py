#!/usr/bin/env python
"""Benchmark of the monthly revisit campaign and repeat detection on a big demo database
(run by hand, not by pytest).

    python benchmarks/bench_revisits.py                     # 1,000,000 cases
    python benchmarks/bench_revisits.py --count 200000      # quicker

The demo's two years end on 2026-11-26 10:00 (the clock every timing uses). Prints, each as
the first run and the median of --repeat runs: the campaign list of 2026-11 (October's
complainants, one row per customer), scheduling it (written once) beside a bare sqlite3
floor of the same writes, repeat detection (the Repeats tab's first 300, and all), the
report figures and today's calls. Targets: the campaign list (before and after it is
scheduled), scheduling it (a write made once a month, off the UI thread) and repeat
detection under 1 s. Every run builds its own database (a reused one keeps statistics
from an earlier ANALYZE that a user's new database does not have).
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
END = dt.datetime(2026, 11, 26, 10, 0)
TARGET = 1.0


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1_000_000, help="cases in the database")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=5, help="runs per timing")
    return parser.parse_args(argv)


def timed(fn, repeat: int):
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return times[0], statistics.median(times), result


def line(name: str, first: float, median: float, note: str = "", target: bool = False) -> bool:
    ok = median < TARGET
    mark = ("  OK (< 1 s)" if ok else "  SLOW (target 1 s)") if target else ""
    print(f"{name:<34}{first * 1000:10.1f} ms{median * 1000:10.1f} ms  {note}{mark}")
    return ok or not target


def on_disk(db: Path) -> float:
    """Fold the write-ahead log into the file and wait for the disk: the seconds it took."""
    from desk.store.db import database

    start = time.perf_counter()
    if Path(db).is_file():
        database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        handle = os.open(db, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)
    return time.perf_counter() - start


FLOOR_READ = ("SELECT id, received_at, complainant_name, phone_digits, customer_class, "
              "anonymous FROM complaint WHERE received_at >= ? AND received_at < ? AND "
              "voided = 0 ORDER BY received_at, id")
FLOOR_REVISIT = ("INSERT INTO revisit (complaint_id, phone_digits, customer_name, "
                 "customer_class, kind, campaign, due_date, status, reached_at, satisfaction, "
                 "reasons, words, outcome, linked_case_id, created_at, done_at, done_by_id, "
                 "version, cancel_reason) VALUES (?, ?, ?, ?, 'monthly', 'floor', "
                 "'2026-11-02', 'due', NULL, NULL, '', '', '', NULL, ?, NULL, NULL, 1, '')")


def raw_schedule_floor(db: Path, expected: int) -> tuple[float, int]:
    """The same campaign written by bare sqlite3 on its own connection, with Desk's pragmas:
    one IMMEDIATE transaction that reads October's live cases, merges them per customer
    (no sorting, no revisit look-ups), inserts a revisit per customer and a link per case
    and commits. Its rows are deleted again afterwards (not timed)."""
    import sqlite3

    from desk.store.db import SQLITE_PRAGMAS

    conn = sqlite3.connect(db, isolation_level=None)
    for name, value in SQLITE_PRAGMAS:
        if name != "auto_vacuum":
            conn.execute(f"PRAGMA {name} = {value}")
    start = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    groups: dict[str, list] = {}
    for row in conn.execute(FLOOR_READ, ("2026-10-01 00:00:00", "2026-11-01 00:00:00")):
        digits = row[3] if len(row[3] or "") >= 7 else ""
        if row[5] and not digits:
            continue
        groups.setdefault(digits or f"case:{row[0]}", []).append(row)
    moment = END.isoformat(" ")
    conn.executemany(FLOOR_REVISIT, [(g[-1][0], len(g[0][3] or "") >= 7 and g[0][3] or "",
                                      g[-1][2], g[0][4], moment) for g in groups.values()])
    ids = dict(conn.execute("SELECT complaint_id, id FROM revisit WHERE kind = 'monthly' "
                            "AND campaign = 'floor'"))
    conn.executemany("INSERT INTO revisit_case (revisit_id, complaint_id) VALUES (?, ?)",
                     [(ids[g[-1][0]], r[0]) for g in groups.values() for r in g])
    conn.execute("COMMIT")
    spent = time.perf_counter() - start
    conn.execute("DELETE FROM revisit WHERE kind = 'monthly' AND campaign = 'floor'")
    conn.close()
    if len(groups) != expected:
        print(f"  (the floor made {len(groups):,} revisits, Desk {expected:,})")
    return spent, len(groups)


def main(argv=None) -> int:
    args = parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="desk-bench-revisits-"))
    os.environ.setdefault("DESK_DATA_DIR", str(folder / "data"))
    from desk.services.common.clock import FixedClock
    from desk.services.system.demo import fill_demo
    from desk.services.system.startup import open_store
    from desk.store.models.cases import Complaint

    clock = FixedClock(END)
    db = folder / "desk.sqlite"
    opened = open_store(str(db), backups=False, clock=clock)
    print(f"database      {opened.url}: adding {args.count:,} cases ... "
          f"(load {os.getloadavg()[0]:.1f})", flush=True)
    start = time.perf_counter()
    fill_demo(args.count, seed=args.seed, clock=clock)
    print(f"build         {args.count:,} cases in {time.perf_counter() - start:.1f} s")
    flushed = on_disk(db)
    print(f"flushed       the build's writes to disk in {flushed:.1f} s (a user's database "
          "was not written a second ago: its first checkpoint would pay for the build)")
    total = Complaint.select().count()
    size = Path(db).stat().st_size / 1e6 if Path(db).is_file() else 0
    print(f"database      {total:,} cases, {size:,.0f} MB, clock {END:%Y-%m-%d %H:%M}\n")

    from desk.services.capa.repeats import detect_repeats, first_repeats
    from desk.services.reports import optional as report_optional
    from desk.services.reports.figures import repeat_counts
    from desk.services.reports.periods import month_period
    from desk.services.revisits import calls as revisit_calls
    from desk.services.revisits import campaign as revisit_campaign
    from desk.services.revisits import schedule as revisits
    from desk.store.models.revisits import Revisit, RevisitCase

    print(f"{'':<34}{'first':>13}{'median':>13}")
    ok = True
    first, median, campaign = timed(lambda: revisit_campaign.campaign_rows("2026-11"),
                                    args.repeat)
    ok &= line("campaign list 2026-11", first, median,
               f"{len(campaign.rows):,} customers, {campaign.case_count:,} cases", True)
    Revisit.delete().where((Revisit.kind == "monthly") & (Revisit.campaign == "2026-11")
                           ).execute()
    start = time.perf_counter()
    made = revisit_campaign.schedule_monthly("2026-11", clock)
    spent = time.perf_counter() - start
    links = RevisitCase.select().count()
    ok &= line("campaign scheduled (write, once)", spent, spent,
               f"{made:,} revisits, {links:,} case links; load {os.getloadavg()[0]:.1f}", True)
    if Path(db).is_file():
        floor, floor_made = raw_schedule_floor(db, made)
        line("  floor: raw sqlite3, same rows", floor, floor,
             f"{floor_made:,} revisits; Desk ÷ floor {spent / floor:.2f}×; "
             f"load {os.getloadavg()[0]:.1f}")
    first, median, campaign = timed(lambda: revisit_campaign.campaign_rows("2026-11"),
                                    args.repeat)
    ok &= line("campaign list, once scheduled", first, median,
               f"{sum(r.revisit_id is not None for r in campaign.rows):,} scheduled", True)
    first, median, (shown, total) = timed(lambda: first_repeats(clock, 300), args.repeat)
    ok &= line("repeats tab: first 300", first, median,
               f"{len(shown):,} of {total:,} suggestions", True)
    first, median, found = timed(lambda: detect_repeats(clock), args.repeat)
    kinds = {k: sum(s.kind == k for s in found) for k in ("repeat_customer", "repeat_object",
                                                         "rising_category")}
    ok &= line("repeat detection, all", first, median,
               ", ".join(f"{k} {v:,}" for k, v in kinds.items()), True)
    november, october = month_period(2026, 11), month_period(2026, 10)
    first, median, coverage = timed(
        lambda: report_optional.revisit_figures(november, november.end), args.repeat)
    line("figure: revisit coverage", first, median,
         f"{coverage[2]:,} customers of 2026-10")
    first, median, (cases, repeats) = timed(lambda: repeat_counts(october, 60), args.repeat)
    line("figure: repeat rate 2026-10", first, median,
         f"{repeats / max(cases, 1):.1%} of {cases:,}")
    first, median, calls = timed(lambda: revisit_calls.calls_due(clock=clock), args.repeat)
    line("today's calls (first 500)", first, median, f"{len(calls):,} rows")
    Revisit.delete().where(Revisit.kind == "periodic").execute()
    start = time.perf_counter()
    periodic = revisits.schedule_periodic(clock)
    spent = time.perf_counter() - start
    line("periodic plans (write)", spent, spent, f"{periodic:,} core/key customers")
    print("\nall targets met" if ok else "\nSOME TARGETS MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
