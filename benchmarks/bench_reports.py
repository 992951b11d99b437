#!/usr/bin/env python
"""Benchmark of the weekly and monthly reports (run by hand, not by pytest).

    python benchmarks/bench_reports.py                   # 1,000,000 cases
    python benchmarks/bench_reports.py --count 200000    # quicker
    python benchmarks/bench_reports.py --db /path/big.sqlite   # reuse a database

The database is filled with ``desk.services.system.demo.fill_demo`` (two years of cases); the
report week (2026-W47) is topped up to --week-cases and the report month (2026-10) to
--month-cases with cases concentrated in them, and every case of both periods gets a
handling slip, timeline events and (for the closed ones) the customer's opinion, so that
every column of the workbook is filled. Each report is written in a fresh process (its
peak RSS is the process's), then the same rows are written with bare openpyxl write-only
for the ratio.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

NOW = dt.datetime(2026, 11, 26, 10, 0)
WEEK, MONTH = "2026-W47", "2026-10"


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1_000_000, help="cases in the database")
    parser.add_argument("--week-cases", type=int, default=10_000)
    parser.add_argument("--month-cases", type=int, default=40_000)
    parser.add_argument("--db", type=Path, help="database file (made when missing)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs per measurement; the best is kept (the machine is shared)")
    parser.add_argument("--measure", choices=("weekly", "monthly", "bare-weekly",
                                              "bare-monthly"), help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _open(db: Path):
    from desk.services.common.clock import FixedClock
    from desk.services.system.startup import open_store

    clock = FixedClock(NOW)
    open_store(str(db), backups=False, clock=clock)
    return clock


def _period(kind: str):
    from desk.services import reports

    return reports.parse_week(WEEK) if kind == "weekly" else reports.parse_month(MONTH)


def build(args) -> None:
    from desk.services.system.demo import fill_demo
    from desk.store.models.cases import Complaint

    clock = _open(args.db)
    have = Complaint.select().count()
    if have < args.count:
        start = time.perf_counter()
        fill_demo(args.count - have, seed=args.seed, clock=clock)
        print(f"demo cases added:     {args.count - have:>10,}  "
              f"({time.perf_counter() - start:.1f} s)")
    for kind, target in (("weekly", args.week_cases), ("monthly", args.month_cases)):
        start = time.perf_counter()
        added = top_up(_period(kind), target, random.Random(args.seed + target))
        if added:
            print(f"{kind} top-up:       {added:>10,}  ({time.perf_counter() - start:.1f} s)")


def full(model, values: dict) -> dict:
    """``values`` plus every other column's default (bulk inserts skip peewee defaults)."""
    row = {}
    for field in model._meta.sorted_fields:
        if field.name == "id":
            continue
        if field.name in values:
            row[field.name] = values[field.name]
        else:
            default = field.default
            row[field.name] = default() if callable(default) else default
    return row


def top_up(period, target: int, rng: random.Random) -> int:
    """Add cases in ``period`` until it has ``target``; give every case of the period a
    slip, events and an opinion (once: marked by the slip)."""
    from desk.services.common import vocab
    from desk.services.common.validation import phone_digits
    from desk.store.db import bulk_insert, database
    from desk.store.models.cases import Category, Channel, Complaint, Department, Tenant
    from desk.store.models.slips import CaseEvent, HandlingSlip

    inside = ((Complaint.received_at >= period.start) & (Complaint.received_at < period.end))
    have = Complaint.select().where(inside).count()
    cats = [c.id for c in Category.select()]
    chans = [c.id for c in Channel.select()]
    tenants = [t.id for t in Tenant.select()]
    depts = [d.id for d in Department.select()]
    phones = [f"13{rng.randint(0, 9)}{rng.randint(10000000, 99999999)}" for _ in range(8000)]
    span = (period.end - period.start).total_seconds()
    rows = []
    for n in range(max(target - have, 0)):
        at = period.start + dt.timedelta(seconds=rng.uniform(0, span))
        at = at.replace(microsecond=0)
        severity = rng.choices(list(vocab.SEVERITIES), [80, 17, 3])[0]
        due = at + dt.timedelta(hours=vocab.DEFAULT_REPLY_HOURS[severity])
        closed = at + dt.timedelta(hours=rng.uniform(1, 120))
        closed = closed if closed < NOW and rng.random() < 0.8 else None
        phone = rng.choice(phones)
        tenant = rng.choice(tenants) if rng.random() < 0.5 else None
        dept = rng.choice(depts) if tenant is None and rng.random() < 0.6 else None
        rows.append(full(Complaint, {
            "case_no": f"B{period.key}-{n:06d}", "status": "closed" if closed else "in_progress",
            "received_at": at, "channel": rng.choice(chans), "category": rng.choice(cats),
            "severity": severity, "complainant_name": "测试顾客", "phone": phone,
            "phone_digits": phone_digits(phone), "object_type": "tenant" if tenant else (
                "department" if dept else "service"), "tenant": tenant, "department": dept,
            "description": "顾客反映店员态度恶劣，不理睬顾客询问，要求道歉并给予说法。" * 2,
            "reply_due_at": due, "closed_at": closed, "voided": False, "created_at": at,
            "updated_at": at, "demands": "apology"}))
    with database.atomic():
        for i in range(0, len(rows), 5000):
            bulk_insert(Complaint, rows[i:i + 5000])
    # timeline and slips for every case of the period that has none yet
    todo = (Complaint.select(Complaint.id, Complaint.received_at, Complaint.closed_at)
            .where(inside & ~Complaint.id.in_(HandlingSlip.select(HandlingSlip.complaint)))
            .tuples())
    slips, events = [], []
    for cid, received, closed in todo:
        first = received + dt.timedelta(minutes=rng.randint(5, 600))
        result = (closed - dt.timedelta(minutes=30)) if closed else None
        events.append(full(CaseEvent, {"complaint": cid, "at": first,
                                       "kind": "customer_contact"}))
        if result and result > first:
            events.append(full(CaseEvent, {"complaint": cid, "at": result, "kind": "result"}))
        slips.append(full(HandlingSlip, {"complaint": cid, "route": "desk", "issued_at": first,
                      "result": "已处理" if closed else "", "result_at": result,
                      "opinion": rng.choice(["satisfied", "satisfied", "accepts",
                                             "not_satisfied"]) if closed else "",
                      "active": True}))
    with database.atomic():
        for i in range(0, len(slips), 5000):
            bulk_insert(HandlingSlip, slips[i:i + 5000])
        for i in range(0, len(events), 5000):
            bulk_insert(CaseEvent, events[i:i + 5000])
    return len(rows)


def measure(args) -> dict:
    """One measurement in this (fresh) process: a report, or bare openpyxl."""
    clock = _open(args.db)
    kind = args.measure.split("-")[-1]
    out = Path(tempfile.mkdtemp()) / f"{args.measure}.xlsx"
    from desk.services import reports

    if args.measure.startswith("bare"):
        from openpyxl import Workbook

        report = reports.build_report(_period(kind), "zh_CN", clock)
        tables = [(t.key, list(t.rows)) for t in report.tables]   # rows fetched first
        rows = sum(len(r) for key, r in tables if key in ("overdue", "cases", "compensation"))
        start = time.perf_counter()
        wb = Workbook(write_only=True)
        for title, table_rows in tables:
            ws = wb.create_sheet(title)
            for row in table_rows:
                ws.append(row)
        wb.save(out)
        seconds = time.perf_counter() - start
    else:
        written = [0]

        def progress(done: int, _total: int) -> None:
            written[0] = done

        start = time.perf_counter()
        reports.export_report(_period(kind), out, "zh_CN", clock=clock, progress=progress)
        seconds = time.perf_counter() - start
        rows = written[0]
    return {"seconds": seconds, "rss_mb": peak_rss_mb(), "rows": rows,
            "size_kb": out.stat().st_size / 1024}


def run_measure(args, what: str) -> dict:
    """The best of ``--repeat`` fresh processes (peak RSS: the largest seen)."""
    runs = []
    for _run in range(max(args.repeat, 1)):
        done = subprocess.run([sys.executable, __file__, "--db", str(args.db), "--measure",
                               what], capture_output=True, text=True, check=True)
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    best = min(runs, key=lambda r: r["seconds"])
    return dict(best, rss_mb=max(r["rss_mb"] for r in runs))


def main(argv=None) -> int:
    args = parse_args(argv)
    if args.measure:
        print(json.dumps(measure(args)))
        return 0
    if args.db is None:
        args.db = Path(tempfile.gettempdir()) / f"desk-bench-reports-{args.count}.sqlite"
    os.environ.setdefault("DESK_DATA_DIR", str(args.db.parent / "desk-bench-data"))
    build(args)
    from desk.store.models.cases import Complaint

    print(f"database: {args.db}  ({Complaint.select().count():,} cases)")
    for kind, limit in (("weekly", 2.0), ("monthly", 6.0)):
        report = run_measure(args, kind)
        bare = run_measure(args, f"bare-{kind}")
        period = WEEK if kind == "weekly" else MONTH
        print(f"{kind:8} {period}: {report['seconds']:6.2f} s (target < {limit:.0f} s), "
              f"peak RSS {report['rss_mb']:6.1f} MB (target < 400), "
              f"{report['rows']:,} rows, {report['size_kb'] / 1024:.1f} MB file; "
              f"bare openpyxl write-only of the same rows {bare['seconds']:.2f} s "
              f"(RSS {bare['rss_mb']:.0f} MB): ratio {report['seconds'] / bare['seconds']:.2f}x "
              f"(target < 2x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
