"""Purge half of a large database in batches while the desk's window stays open on it.

    python benchmarks/bench_purge.py                     # 1,000,000 cases, 4 years
    python benchmarks/bench_purge.py --count 200000      # quicker

Builds (once per ``--folder``, then copies for each run) a demo database of ``--count``
cases spread over four years, so about half are closed more than two years ago. Then a
second process opens Desk's main window on the same file (Qt offscreen) and keeps using
it: a 10 ms heartbeat timer on its UI thread notes every gap between two beats, while the
case list is paged down, back up and refreshed every 250 ms and a new case is saved every
500 ms as the complaint form saves it (on a pool thread, one save at a time: the time
from Save to the outcome back on the UI thread); its live updates also refresh the
screens whenever the purge commits. It runs alone for ``--alone`` seconds, then while
the purge deletes what is due in batches sized by time (or ``--batch`` cases each) and
gives the space back. Printed: dry-run time, purge time and rate, each batch's write
lock (median, longest), search-index merge and reclaim times, file sizes, and the window
process's longest UI-thread gap, page load and save, alone and during the purge (the
GUI's floor is 100 ms); the load average before and after."""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import multiprocessing as mp
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
FLOOR_MS = 100


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


def window_probe(db: str, stop_file: str) -> None:
    """(In the child) Desk's main window on ``db``, used until ``stop_file`` exists; one
    JSON line: heartbeat gaps, page loads and saves, each with its wall-clock time."""
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from desk.services.cases.complaints import ComplaintInput
    from desk.services.common.clock import system_clock
    from desk.services.org import organisation
    from desk.services.system.startup import open_store
    from desk.ui.cases.complaint_save import SaveCall, save_record
    from desk.ui.kit.workers import BackgroundSave
    from desk.ui.shell.main_window import MainWindow

    store = open_store(db, backups=False, daily=False)
    holds = _log_write_locks()
    window = MainWindow(store)
    window.resize(1366, 728)
    window.show()
    panel = window.cases
    channel = organisation.channels()[0].id
    category = organisation.categories()[0].id
    elapsed = QElapsedTimer()
    elapsed.start()
    seen = {"gaps": [], "pages": [], "saves": [], "late": []}
    state = {"last": elapsed.elapsed(), "asked": None, "step": 0, "cpu": _ui_thread_cpu()}

    def beat():
        now = elapsed.elapsed()
        gap, cpu = now - state["last"], _ui_thread_cpu()
        seen["gaps"].append((time.time(), gap))
        if gap > FLOOR_MS:          # where the gap went: on a CPU, waiting for one, neither
            ran, queued = (cpu[0] - state["cpu"][0], cpu[1] - state["cpu"][1])
            seen["late"].append((time.time(), gap, ran, queued))
        state["last"], state["cpu"] = now, cpu
        if state["asked"] is not None and not panel.loading:
            seen["pages"].append((time.time(), now - state["asked"]))
            state["asked"] = None
        if os.path.exists(stop_file):
            app.quit()

    def page():
        if state["asked"] is not None:
            return
        bar = panel.view.verticalScrollBar()
        state["asked"] = elapsed.elapsed()
        step = state["step"] % 3
        state["step"] += 1
        if step == 0:
            bar.setValue(bar.maximum())        # the next page
        elif step == 1:
            bar.setValue(0)
        else:
            panel.refresh()

    saver = BackgroundSave(None)        # as the complaint form saves: on a pool thread
    saver.saved.connect(lambda _record: saved())
    saver.failed.connect(lambda exc: saved(repr(exc)))

    def save():
        if saver.running:                   # the form saves one at a time
            return
        state["saving"] = time.perf_counter()
        data = ComplaintInput(channel_id=channel, category_id=category, severity="ordinary",
                              complainant_name="测试", phone="13800000000",
                              description="基准测试", demands=["apology"])
        saver.start(save_record, SaveCall(data, None, None, None, "complaint:new:bench",
                                          system_clock))

    def saved(error: str | None = None):
        seen["saves"].append((time.time(), (time.perf_counter() - state["saving"]) * 1000))
        if error:
            seen.setdefault("save_errors", []).append(error)

    stalls = _watch_ui_thread(state, elapsed)
    timers = []
    for interval, slot in ((10, beat), (250, page), (500, save)):
        timer = QTimer()
        timer.setInterval(interval)
        timer.timeout.connect(slot)
        timer.start()
        timers.append(timer)
    while panel.loading:                       # the first page, before the heartbeat counts
        app.processEvents()
        time.sleep(0.005)
    seen["gaps"].clear()
    state["last"] = elapsed.elapsed()
    print("ready", flush=True)
    app.exec()
    seen["stalls"] = stalls.most_common(20)
    seen["holds"] = holds
    print(json.dumps(seen), flush=True)
    os._exit(0)     # the window's background threads (change watcher) end with the process


def _ui_thread_cpu() -> tuple[float, float]:
    """(ms on a CPU, ms waiting in the run queue for one) of the calling thread so far,
    from Linux's schedstat; (0, 0) elsewhere. What a late beat's gap was neither is time
    the UI thread was blocked: waiting for Python's lock (the GIL) or for the OS."""
    try:
        with open(f"/proc/self/task/{threading.get_native_id()}/schedstat") as handle:
            ran, queued, _slices = handle.read().split()
    except OSError:
        return 0.0, 0.0
    return int(ran) / 1e6, int(queued) / 1e6


def _log_write_locks() -> list:
    """The window process's own write transactions that held the lock over 50 ms: when
    (wall clock), how long, on which thread, begun where (the innermost Desk frame)."""
    import traceback

    from desk.store import db as store_db

    cls, held, begun = store_db._SqliteDatabase, [], {}
    original_begin, original_commit = cls.begin, cls.commit

    def begin(self, *a, **k):
        result = original_begin(self, *a, **k)
        where = [f"{f.filename.rsplit('/desk/', 1)[-1]}:{f.lineno} {f.name}"
                 for f in traceback.extract_stack()[:-1]
                 if "/desk/" in f.filename and "/store/db.py" not in f.filename]
        begun[threading.get_ident()] = (time.time(), time.perf_counter(), where[-3:])
        return result

    def commit(self, *a, **k):
        try:
            return original_commit(self, *a, **k)
        finally:
            start = begun.pop(threading.get_ident(), None)
            if start is not None and time.perf_counter() - start[1] > 0.05:
                held.append((start[0], (time.perf_counter() - start[1]) * 1000,
                             threading.current_thread().name, " < ".join(reversed(start[2]))))

    cls.begin, cls.commit = begin, commit
    return held


def _watch_ui_thread(state: dict, elapsed) -> collections.Counter:
    """What the UI thread is doing while a beat is late (over 50 ms): a background thread
    looks at its stack every 10 ms and counts the innermost Desk frames, so a missed floor
    comes with its cause; and, when the UI thread is outside Python, what the window's
    other threads are doing (one in Python holds the lock the UI thread may wait for)."""
    main, me = threading.main_thread().ident, None
    seen: collections.Counter = collections.Counter()

    def look():
        while True:
            time.sleep(0.01)
            if elapsed.elapsed() - state["last"] <= 50:
                continue
            frames = sys._current_frames()
            seen[_desk_frames(frames.get(main)) or "(outside Python: Qt or the OS)"] += 1
            for ident, frame in frames.items():   # the others, one of which may hold the GIL
                where = _desk_frames(frame) if ident not in (main, me) else ""
                if where and "store/watch.py" not in where:   # not the change watcher's wait
                    seen["  other thread meanwhile: " + where] += 1

    watcher = threading.Thread(target=look, daemon=True)
    watcher.start()
    me = watcher.ident
    return seen


def _desk_frames(frame) -> str:
    """The innermost three Desk (or benchmark) frames of a stack, innermost first."""
    where = []
    while frame is not None:
        name = frame.f_code.co_filename
        if "/desk/" in name or "bench_purge" in name:
            where.append(f"{name.rsplit('/desk/', 1)[-1]}:{frame.f_lineno} "
                         f"{frame.f_code.co_name}")
        frame = frame.f_back
    return " < ".join(where[:3])


def _p(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _load() -> str:
    return "load average " + ", ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--batch", type=int, default=None,
                        help="cases per batch (default: sized by time)")
    parser.add_argument("--alone", type=float, default=10.0,
                        help="seconds the window is used before the purge starts")
    parser.add_argument("--folder", default=os.path.join(tempfile.gettempdir(), "desk-bench"))
    parser.add_argument("--probe", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.probe:
        window_probe(*args.probe)
        return 0
    print(f"start: {_load()}", flush=True)
    base = Path(args.folder) / f"purge-{args.count}" / "base.sqlite"
    if not base.exists():
        base.parent.mkdir(parents=True, exist_ok=True)
        start = time.perf_counter()
        proc = mp.Process(target=_build, args=(base, args.count))
        proc.start()
        proc.join()
        print(f"build: {args.count} cases in {time.perf_counter() - start:.0f} s "
              f"({_load()})", flush=True)
    work = base.with_name("run.sqlite")
    for suffix in ("", "-wal", "-shm"):
        Path(str(work) + suffix).unlink(missing_ok=True)
    shutil.copyfile(base, work)
    data = work.parent / "data"
    os.environ["DESK_DATA_DIR"] = str(data)

    from desk.services.retention.plan import plan_purge
    from desk.services.retention.purge import run_purge
    from desk.services.system.startup import open_store
    from desk.store import maintenance

    open_store(str(work), backups=False, daily=False)
    size_before = work.stat().st_size
    start = time.perf_counter()
    plan = plan_purge()
    dry = time.perf_counter() - start
    print(f"dry run: {plan.counts['cases']} cases due of {args.count} "
          f"(cut-off {plan.case_cutoff:%Y-%m-%d}) in {dry:.1f} s ({_load()})", flush=True)

    stop_file = work.with_name("stop")
    stop_file.unlink(missing_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    window = subprocess.Popen([sys.executable, __file__, "--probe", str(work), str(stop_file)],
                              stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    assert window.stdout.readline().strip() == "ready"
    time.sleep(args.alone)                   # the window alone first: its baseline
    timed, spans = {}, {}
    for name in ("scrub_search_index", "reclaim_space"):
        original = getattr(maintenance, name)

        def wrapper(*a, _original=original, _name=name, **k):
            begin, wall = time.perf_counter(), time.time()
            try:
                return _original(*a, **k)
            finally:
                timed[_name] = time.perf_counter() - begin
                spans[_name] = (wall, time.time())
        setattr(maintenance, name, wrapper)
    start, began = time.perf_counter(), time.time()
    result = run_purge(None, plan=plan, batch=args.batch)
    took, ended = time.perf_counter() - start, time.time()
    load_during = _load()
    time.sleep(2)
    stop_file.touch()
    out, _err = window.communicate(timeout=120)
    seen = json.loads(out.strip().splitlines()[-1])
    size_after = work.stat().st_size
    locks = [s * 1000 for s in result.batch_seconds] or [0.0]
    deleting = took - sum(timed.values())
    print(f"purge: {result.counts['cases']} cases in {took:.0f} s "
          f"({result.counts['cases'] / took:.0f} cases/s overall; deleting {deleting:.0f} s, "
          f"{result.counts['cases'] / max(deleting, 1e-9):.0f} cases/s) ({load_during})")
    print(f"batches: {len(result.batch_seconds)} "
          f"({'of ' + str(args.batch) if args.batch else 'sized by time'}, "
          f"{result.counts['cases'] / max(len(result.batch_seconds), 1):.0f} cases on average); "
          f"write lock median {statistics.median(locks):.0f} ms, p99 {_p(locks, .99):.0f} ms, "
          f"longest {max(locks):.0f} ms")
    print(f"search index merge {timed.get('scrub_search_index', 0):.1f} s; reclaim "
          f"{timed.get('reclaim_space', 0):.1f} s; file {size_before / 2**20:.0f} -> "
          f"{size_after / 2**20:.0f} MB")
    for what, key in (("UI-thread gap between 10 ms beats", "gaps"), ("list page", "pages"),
                      ("save, Save to outcome", "saves")):
        rows = seen[key]
        merge_from = spans.get("scrub_search_index", (ended, ended))[0]
        phases = (("alone", 0, began), ("during purge", began, ended),
                  ("  of which deleting", began, merge_from),
                  ("  of which index merge", *spans.get("scrub_search_index", (0, 0))),
                  ("  of which reclaim", *spans.get("reclaim_space", (0, 0))))
        for phase, values in ((name, [d for t, d in rows if low <= t < high])
                              for name, low, high in phases):
            if values:
                over = sum(1 for v in values if v > FLOOR_MS)
                print(f"window, {what}, {phase}: {len(values)} times, median "
                      f"{statistics.median(values):.0f} ms, p99 {_p(values, .99):.0f} ms, "
                      f"longest {max(values):.0f} ms, over {FLOOR_MS} ms: {over} "
                      f"({100 * over / len(values):.1f}%)")
    late = [row for row in seen.get("late", []) if began <= row[0] < ended]
    if late:
        gap, ran, queued = (sum(row[i] for row in late) for i in (1, 2, 3))
        print(f"window, the {len(late)} beats over {FLOOR_MS} ms during the purge, "
              f"{gap:.0f} ms in all: UI thread on a CPU {ran:.0f} ms, waiting for a CPU "
              f"{queued:.0f} ms, blocked (Python's lock, the OS) {gap - ran - queued:.0f} ms")
        for _at, gap, ran, queued in sorted(late, key=lambda row: -row[1])[:5]:
            print(f"  {gap:.0f} ms: on a CPU {ran:.0f}, waiting for a CPU {queued:.0f}, "
                  f"blocked {gap - ran - queued:.0f}")
    if seen.get("save_errors"):
        print(f"window saves refused: {len(seen['save_errors'])}, e.g. "
              f"{seen['save_errors'][0]}")
    for at, ms, thread, where in sorted(seen.get("holds", []), key=lambda h: -h[1])[:8]:
        phase = "alone" if at < began else "during purge" if at <= ended else "after"
        print(f"window's own write lock held {ms:.0f} ms ({phase}, {thread}): {where}")
    for where, times in seen.get("stalls", []):
        print(f"window, UI thread while a beat was over 50 ms late ({times} looks): {where}")
    print(json.dumps({"when": dt.datetime.now().isoformat(timespec="seconds"),
                      "count": args.count, "batch": args.batch, "end": _load()}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
