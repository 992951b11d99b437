#!/usr/bin/env python
"""The desk's day at any size: fresh databases made with ``desk demo`` in this run (never
reused), each figure beside its floor and the ratio, at 10,000 and 100,000 cases (and
1,000,000 with --million). Run by hand, not by pytest.

    python benchmarks/bench_desk_day.py              # 10k and 100k
    python benchmarks/bench_desk_day.py --million    # and 1M (the build takes minutes)

Rows: case list first page (newest first and sorted by a column) and the next page, search
first pages, the count, Today, against a raw sqlite3 read of the same page; the p95 of a
save through the intake service against a bare sqlite3 insert and commit; cold start of
the window (on the demo database and on an empty one) against a bare PySide6
QMainWindow, with Desk's modules compiled to bytecode as an installed Desk has them; the
longest stall of the UI thread (a 10 ms heartbeat timer) while the window is built, a
search is typed and cleared, the list is scrolled by a page and sorted, and every tab is
opened; then the window's resident memory (VmRSS) with every tab open.
See benchmarks/README.md.
"""
from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from shared import bare_sqlite_saves, percentile, save_inputs  # benchmarks/shared.py, beside this script

ROOT = Path(__file__).resolve().parents[1]
BARE = "from PySide6.QtWidgets import QApplication, QMainWindow\n" \
       "app = QApplication([]); w = QMainWindow(); w.show(); app.processEvents()\n"


def median_ms(fn, repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def build(folder: Path, count: int) -> tuple[Path, float]:
    db = folder / "desk.sqlite"
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "desk", "--db", str(db), "demo", "--count",
                    str(count), "--no-gui"], check=True, capture_output=True, cwd=ROOT,
                   env=_env(folder))
    return db, time.perf_counter() - start


def _env(folder: Path) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DESK_DATA_DIR": str(folder / "data"),
           "DESK_EXPORTS_DIR": str(folder / "exports"), "PYTHONPATH": str(ROOT)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)   # an installed Desk has its bytecode
    return env



def save_rows(saves: int = 200) -> list[tuple[str, float, float]]:
    """p95 of ``create_complaint`` on the demo database against a bare sqlite3 insert and
    commit (WAL, synchronous=FULL) in a one-table file beside it."""
    from desk.services.cases.complaints import create_complaint
    from desk.store.db import database_path

    desk_times = []
    for data in save_inputs(saves):
        start = time.perf_counter()
        create_complaint(data)
        desk_times.append(time.perf_counter() - start)
    bare_times = bare_sqlite_saves(database_path().with_name("bare.sqlite"), saves)
    return [("save p95 through the intake service", percentile(desk_times, 95) * 1000,
             percentile(bare_times, 95) * 1000)]


def service_rows(db: Path) -> list[tuple[str, float, float | None]]:
    """(work, Desk ms, floor ms) for the list, search, count and Today calls."""
    from desk.services.cases import caselist
    from desk.services.casework import today
    from desk.services.system.startup import open_store

    open_store(str(db), backups=False, daily=False)
    raw = sqlite3.connect(db)
    floor = median_ms(lambda: raw.execute(
        "SELECT id, case_no, status, severity, received_at, reply_due_at, complainant_name,"
        " phone FROM complaint WHERE NOT voided ORDER BY id DESC LIMIT 100").fetchall())
    F = caselist.CaseFilter
    first = caselist.fetch_page(F(), limit=100)
    (phone,) = raw.execute("SELECT phone_digits FROM complaint WHERE phone_digits != '' "
                           "ORDER BY id DESC LIMIT 1").fetchone()
    (case_no,) = raw.execute("SELECT case_no FROM complaint ORDER BY id LIMIT 1").fetchone()
    (name,) = raw.execute("SELECT complainant_name FROM complaint WHERE "
                          "length(complainant_name) = 2 ORDER BY id LIMIT 1").fetchone()
    work = {
        "case list, first page of 100": lambda: caselist.fetch_page(F(), limit=100),
        "case list, next page": lambda: caselist.fetch_page(F(), after=first[-1], limit=100),
        "sorted by reply due, first page": lambda: caselist.fetch_page(
            F(sort="deadline"), limit=100),
        "sorted by severity, first page": lambda: caselist.fetch_page(
            F(sort="severity", descending=True), limit=100),
        "sorted by phone, page 2": lambda: caselist.fetch_page(
            F(sort="phone"), after=caselist.fetch_page(F(sort="phone"), limit=100)[-1],
            limit=100),
        "search: common word 停车场": lambda: caselist.fetch_page(F(text="停车场"), limit=100),
        "search: rare phrase": lambda: caselist.fetch_page(F(text="顾客要求店长当面道歉"),
                                                           limit=100),
        f"search: 2-char name {name}": lambda: caselist.fetch_page(F(text=name), limit=100),
        "search: phone digits": lambda: caselist.fetch_page(F(text=phone), limit=100),
        "search: case number": lambda: caselist.fetch_page(F(text=case_no), limit=100),
        "count (capped at 10,000)": lambda: caselist.count(F(), cap=10000),
        "Today view": lambda: today.today_view(),
    }
    rows = []
    for label, fn in work.items():
        fn()                                        # warm the page cache, as a desk has
        rows.append((label, median_ms(fn), floor if "list" in label or "sorted" in label
                     or "search" in label else None))
    raw.close()
    return rows + save_rows()


def cold_start(db: Path, folder: Path, runs: int = 3) -> tuple[float, float]:
    """(Desk window shown, bare QMainWindow shown) in ms, best of ``runs`` (one untimed
    start first: it makes an empty database and compiles what is not compiled yet)."""
    env = _env(folder)
    subprocess.run([sys.executable, "-m", "desk", "--db", str(db), "gui", "--quit-after-show"],
                   check=True, capture_output=True, env=env, cwd=ROOT, timeout=300)

    def best(cmd):
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(cmd, check=True, capture_output=True, env=env, cwd=ROOT, timeout=300)
            times.append(time.perf_counter() - start)
        return min(times) * 1000

    desk = best([sys.executable, "-m", "desk", "--db", str(db), "gui", "--quit-after-show"])
    bare = best([sys.executable, "-c", BARE])
    return desk, bare


def heartbeat(db: Path, folder: Path) -> dict:
    """The longest UI-thread stall per action, measured in a process of its own."""
    done = subprocess.run([sys.executable, __file__, "--probe", str(db)], check=True,
                          capture_output=True, text=True, env=_env(folder), cwd=ROOT,
                          timeout=600)
    return json.loads(done.stdout.strip().splitlines()[-1])


def probe(db: Path) -> None:
    """(In the child) build the window and run the actions under a 10 ms heartbeat."""
    from PySide6.QtCore import QElapsedTimer, QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    clock = QElapsedTimer()
    clock.start()
    state = {"last": 0, "worst": 0}

    def beat():
        now = clock.elapsed()
        state["worst"] = max(state["worst"], now - state["last"])
        state["last"] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(beat)
    timer.start()

    def measure(action, settle=None) -> int:
        state["last"] = clock.elapsed()
        state["worst"] = 0
        action()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.002)
            if (settle is None or settle()) and QThreadPool.globalInstance().activeThreadCount() == 0:
                break
        app.processEvents()
        return state["worst"]

    from desk.services.system.startup import open_store
    from desk.ui.shell.main_window import MainWindow

    store = open_store(str(db), backups=False, daily=False)
    holder = {}
    results = {}

    def build_window():
        holder["w"] = MainWindow(store)
        holder["w"].resize(1366, 728)
        holder["w"].show()

    results["window build"] = measure(build_window)
    panel = holder["w"].cases
    idle = lambda: not panel.loading  # noqa: E731

    def type_text():
        for ch in "停车场":
            panel.search_box.setText(panel.search_box.text() + ch)
            panel.search_box.textEdited.emit(panel.search_box.text())
            for _ in range(5):
                app.processEvents()
                time.sleep(0.02)

    results["typing 停车场"] = measure(type_text, idle)
    results["clearing the search"] = measure(lambda: (panel.search_box.clear(),
                                                      panel.apply_filters()), idle)
    bar = panel.view.verticalScrollBar()
    results["one page of scrolling"] = measure(lambda: bar.setValue(bar.maximum()), idle)
    header = panel.view.horizontalHeader()
    results["sorting by reply due"] = measure(
        lambda: header.setSortIndicator(9, header.sortIndicatorOrder()), idle)
    tabs = holder["w"].workspace

    def every_tab():
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            for _ in range(10):
                app.processEvents()
                time.sleep(0.02)

    results["opening every tab"] = measure(every_tab)
    tabs.setCurrentIndex(0)
    measure(lambda: None)
    results["memory"] = resident_mb()
    print(json.dumps(results, ensure_ascii=False), flush=True)
    os._exit(0)     # the window's background threads (change watcher) end with the process


def resident_mb() -> float:
    """This process's resident memory (VmRSS), MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--million", action="store_true", help="also 1,000,000 cases")
    parser.add_argument("--sizes", type=int, nargs="*", help="case counts instead")
    parser.add_argument("--probe", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--rows", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.rows:
        print(json.dumps(service_rows(args.rows), ensure_ascii=False))
        return 0
    if args.probe:
        probe(args.probe)
        return 0
    sizes = args.sizes or [10_000, 100_000] + ([1_000_000] if args.million else [])
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "desk")],
                   check=True, capture_output=True, env=_env(ROOT))
    table: dict[str, dict[int, tuple]] = {}
    for count in sizes:
        folder = Path(tempfile.mkdtemp(prefix=f"desk-day-{count}-"))
        db, seconds = build(folder, count)
        print(f"built {count:,} cases with desk demo in {seconds:.0f} s ({db}); "
              f"load {os.getloadavg()[0]:.1f}", flush=True)
        for label, value, floor in service_rows_in_child(db, folder):
            table.setdefault(label, {})[count] = (value, floor)
        desk, bare = cold_start(db, folder)
        table.setdefault("cold start to window shown", {})[count] = (desk, bare)
        desk, bare = cold_start(folder / "empty.sqlite", folder)
        table.setdefault("cold start, empty database", {})[count] = (desk, bare)
        probed = heartbeat(db, folder)
        memory = probed.pop("memory")
        for label, worst in probed.items():
            table.setdefault(f"longest UI stall: {label}", {})[count] = (float(worst), None)
        table.setdefault("GUI memory after opening every tab (MB)", {})[count] = (memory, None)
        print(f"measured {count:,} cases; load {os.getloadavg()[0]:.1f}", flush=True)
    print()
    print("| work | " + " | ".join(f"{c:,} cases: ms (floor, ratio)" for c in sizes) + " |")
    print("|---|" + "---|" * len(sizes))
    for label, by_size in table.items():
        cells = []
        for count in sizes:
            value, floor = by_size.get(count, (None, None))
            if value is None:
                cells.append("–")
            elif floor:
                cells.append(f"{value:.1f} ({floor:.1f}, {value / floor:.1f}×)")
            else:
                cells.append(f"{value:.1f}")
        print(f"| {label} | " + " | ".join(cells) + " |")
    return 0


def service_rows_in_child(db: Path, folder: Path) -> list:
    done = subprocess.run([sys.executable, __file__, "--rows", str(db)], check=True,
                          capture_output=True, text=True, env=_env(folder), cwd=ROOT,
                          timeout=1200)
    return json.loads(done.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    sys.exit(main())
