"""Purge half of a large database in batches while another process keeps using it.

    python benchmarks/bench_purge.py                     # 1,000,000 cases, 4 years
    python benchmarks/bench_purge.py --count 100000      # quicker

Builds (once, then copies for each run) a demo database of ``--count`` cases spread over
four years, so about half are closed more than two years ago. Then, while a second
process keeps doing what a screen does — the first page of the case list every 50 ms and
a new case saved every 500 ms — the purge deletes what is due in batches of ``--batch``
cases and gives the space back. Printed: dry-run time, purge time, cases per second,
reclaim mode and time, and the other process's longest and 99th-percentile wait for a
page and for a save (the GUI's floor is 100 ms)."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing as mp
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _build(path: Path, count: int) -> None:
    from desk.services.system.demo import fill_demo
    from desk.services.system.startup import open_store
    from desk.store.db import database

    open_store(str(path), backups=False)
    fill_demo(count, seed=7, years=4)
    # Planner statistics, as a database in use for a while has them: without them the
    # first page of the case list takes ~0.4 s at 200,000 cases instead of ~3 ms.
    database.execute_sql("ANALYZE")
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")   # all of it in the file


def _screen(path: str, stop, out) -> None:
    """The other process: list pages and saves, each timed."""
    from desk.services.cases import caselist
    from desk.services.cases.complaints import ComplaintInput, create_complaint
    from desk.services.org import organisation
    from desk.services.system.startup import open_store

    open_store(path, backups=False)
    channel = organisation.channels()[0].id
    category = organisation.categories()[0].id
    pages, saves = [], []
    next_save = time.perf_counter()
    while not stop.is_set():
        start = time.perf_counter()
        caselist.fetch_page(caselist.CaseFilter(), limit=100)
        pages.append((time.time(), time.perf_counter() - start))
        if start >= next_save:
            begin = time.perf_counter()
            create_complaint(ComplaintInput(channel_id=channel, category_id=category,
                                            severity="ordinary", complainant_name="测试",
                                            phone="13800000000", description="基准测试",
                                            demands=["apology"]))
            saves.append((time.time(), time.perf_counter() - begin))
            next_save = begin + 0.5
        time.sleep(0.05)
    out.put({"pages": pages, "saves": saves})


def _p(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--batch", type=int, default=200)
    parser.add_argument("--folder", default=os.path.join(tempfile.gettempdir(), "desk-bench"))
    args = parser.parse_args()
    base = Path(args.folder) / f"purge-{args.count}" / "base.sqlite"
    if not base.exists():
        base.parent.mkdir(parents=True, exist_ok=True)
        start = time.perf_counter()
        proc = mp.Process(target=_build, args=(base, args.count))
        proc.start()
        proc.join()
        print(f"build: {args.count} cases in {time.perf_counter() - start:.0f} s")
    work = base.with_name("run.sqlite")
    for suffix in ("", "-wal", "-shm"):
        Path(str(work) + suffix).unlink(missing_ok=True)
    shutil.copyfile(base, work)
    os.environ["DESK_DATA_DIR"] = str(work.parent / "data")

    from desk.services.retention.plan import plan_purge
    from desk.services.retention.purge import run_purge
    from desk.services.system.startup import open_store
    from desk.store import maintenance

    open_store(str(work), backups=False)
    size_before = work.stat().st_size
    start = time.perf_counter()
    plan = plan_purge()
    dry = time.perf_counter() - start
    print(f"dry run: {plan.counts['cases']} cases due of {args.count} "
          f"(cut-off {plan.case_cutoff:%Y-%m-%d}) in {dry:.1f} s")

    stop, out = mp.Event(), mp.Queue()
    screen = mp.Process(target=_screen, args=(str(work), stop, out))
    screen.start()
    time.sleep(5)                   # the other process alone first: its baseline
    reclaim = {}
    original = maintenance.reclaim_space

    def timed_reclaim(full=None, wipe_log=False):
        begin = time.perf_counter()
        reclaim["mode"] = original(full, wipe_log)
        reclaim["seconds"] = time.perf_counter() - begin
        return reclaim["mode"]

    maintenance.reclaim_space = timed_reclaim
    start, began = time.perf_counter(), time.time()
    ticks = [time.perf_counter()]
    result = run_purge(None, plan=plan, batch=args.batch,
                       progress=lambda done, total: ticks.append(time.perf_counter()))
    took, ended = time.perf_counter() - start, time.time()
    gaps = [b - a - maintenance.PAUSE for a, b in zip(ticks, ticks[1:])][:-1] or [0.0]
    time.sleep(1)
    stop.set()
    seen = out.get()
    screen.join()

    def split(rows):
        return ([d for t, d in rows if t < began],
                [d for t, d in rows if began <= t <= ended])
    print(f"purge: {result.counts['cases']} cases in {took:.0f} s "
          f"({result.counts['cases'] / took:.0f} cases/s, batches of {args.batch}); "
          f"reclaim {reclaim.get('mode')} {reclaim.get('seconds', 0):.1f} s; "
          f"file {size_before / 2**20:.0f} -> {work.stat().st_size / 2**20:.0f} MB")
    print(f"one batch (its write lock): median {statistics.median(gaps) * 1000:.0f} ms, longest "
          f"{max(gaps) * 1000:.0f} ms ({len(gaps)} batches)")
    for what, rows in (("list page", seen["pages"]), ("save", seen["saves"])):
        for phase, values in zip(("alone", "during purge"), split(rows)):
            if values:
                print(f"other process, {what}, {phase}: {len(values)} times, median "
                      f"{statistics.median(values) * 1000:.1f} ms, p99 "
                      f"{_p(values, .99) * 1000:.1f} ms, longest {max(values) * 1000:.1f} ms")
    print(json.dumps({"when": dt.datetime.now().isoformat(timespec="seconds"),
                      "count": args.count, "batch": args.batch}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
