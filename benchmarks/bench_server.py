#!/usr/bin/env python
"""Benchmark of Desk on PostgreSQL (run by hand, not by pytest).

    python benchmarks/bench_server.py --server 'postgresql://postgres@/postgres?host=/tmp/pg'
    python benchmarks/bench_server.py --server URL --count 1000000

``--server`` names a database on the server whose role may create databases. The run makes
a fresh SQLite demo database of ``--count`` cases with ``desk demo`` (in this run, every
time), copies it with ``desk copy --to`` into a fresh ``desk_bench_<count>`` on the server
(timed: the way a desk moves up), then times there the case list's first page (and how
many queries it takes), searches of three or more and of one or two characters (the first
page, 50 rows), and saves (``create_complaint`` as the demo clerk). Each figure is printed
with its floor and the ratio to it. ``--source FILE`` copies an existing SQLite demo
database instead of building one (for trying things; figures for the record build).
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

FLOORS = {"page": 0.020, "long": 0.020, "short": 0.050, "save_p95": 0.010}


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--server", required=True, help="postgresql:// URL of a database")
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--saves", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--source", type=Path, help="copy this SQLite file (not for figures)")
    return parser.parse_args(argv)


def with_database(url: str, name: str) -> str:
    return urllib.parse.urlunsplit(urllib.parse.urlsplit(url)._replace(path="/" + name))


def admin(url: str):
    import psycopg

    parts = urllib.parse.urlsplit(url)
    args = dict(urllib.parse.parse_qsl(parts.query))
    for key, value in (("host", parts.hostname), ("port", parts.port),
                       ("user", parts.username), ("password", parts.password)):
        if value:
            args[key] = value
    return psycopg.connect(dbname=parts.path.lstrip("/") or "postgres", autocommit=True, **args)


def fresh(conn, url: str, name: str) -> str:
    conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    conn.execute(f'CREATE DATABASE "{name}"')
    return with_database(url, name)


def desk(*args: str, data: Path) -> float:
    env = dict(os.environ, DESK_DATA_DIR=str(data), DESK_LANG="en")
    env.pop("DESK_DB", None)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "desk", *args], env=env, capture_output=True,
                          text=True)
    took = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"desk {' '.join(args)} failed: {done.stderr.strip()}")
    return took


def timed(fn, repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times[0], statistics.median(times)


def line(what: str, first: float, median: float, floor: float) -> None:
    print(f"  {what:<34} first {first * 1000:7.2f} ms  median {median * 1000:7.2f} ms  "
          f"floor {floor * 1000:4.0f} ms  ratio {median / floor:5.2f}")


def queries_of(fn) -> int:
    """How many statements ``fn`` sends to the database."""
    from desk.store.db import database

    db = database.obj
    plain, sent = db.execute_sql, []

    def counting(sql, params=None, *args, **kwargs):
        sent.append(sql)
        return plain(sql, params, *args, **kwargs)

    db.execute_sql = counting
    try:
        fn()
    finally:
        db.execute_sql = plain
    return len(sent)


def percentiles(times: list[float]) -> tuple[float, float]:
    times = sorted(times)
    return times[len(times) // 2], times[int(len(times) * 0.95)]


def bare_commits(url: str, count: int) -> tuple[float, float]:
    """p50/p95 of one small INSERT and its COMMIT by psycopg alone, into a one-table
    scratch table on the same database: what a save cannot go below on this server."""
    conn = admin(url)
    conn.autocommit = False
    conn.execute("CREATE TABLE IF NOT EXISTS bench_bare (id serial PRIMARY KEY, t text)")
    conn.commit()
    times = []
    for i in range(count):
        start = time.perf_counter()
        conn.execute("INSERT INTO bench_bare (t) VALUES (%s)", (f"bare save {i}",))
        conn.commit()
        times.append(time.perf_counter() - start)
    conn.execute("DROP TABLE bench_bare")
    conn.commit()
    conn.close()
    return percentiles(times)


def main(argv=None) -> int:
    args = parse_args(argv)
    conn = admin(args.server)
    work = Path(tempfile.mkdtemp(prefix="desk-bench-server-"))
    print(f"server {conn.info.parameter_status('server_version')}, {args.count:,} cases, "
          f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    if args.source:
        source = work / "copy-source.sqlite"
        subprocess.run(["cp", str(args.source), str(source)], check=True)
        print(f"source (not built here)    {args.source}")
    else:
        source = work / "desk.sqlite"
        took = desk("--db", str(source), "demo", "--count", str(args.count), "--no-gui",
                    data=work / "data")
        print(f"build (desk demo, SQLite)  {took:8.1f} s ({args.count / took:,.0f} cases/s)")
    url = fresh(conn, args.server, f"desk_bench_{args.count}")
    took = desk("--db", str(source), "copy", "--to", url, data=work / "data")
    print(f"desk copy SQLite -> PG     {took:8.1f} s ({args.count / took:,.0f} cases/s)")
    print(f"load average now {' '.join(f'{x:.2f}' for x in os.getloadavg())}")

    from desk.services.cases.caselist import CaseFilter, fetch_page
    from desk.services.cases.complaints import ComplaintInput, create_complaint
    from desk.services.org import organisation
    from desk.services.system.startup import open_store
    from desk.store.models.cases import Complaint, Staff

    os.environ["DESK_DATA_DIR"] = str(work / "data")
    open_store(url, backups=False)
    newest = Complaint.select(Complaint.id).order_by(Complaint.id.desc()).first().id
    middle = Complaint.select().where(Complaint.id <= newest // 2).order_by(
        Complaint.id.desc()).first()

    print("\ncase list")
    line("first page (50)", *timed(lambda: fetch_page(CaseFilter(), limit=50), args.repeat),
         FLOORS["page"])
    print(f"  queries for a first page: {queries_of(lambda: fetch_page(CaseFilter(), limit=50))}")
    last = fetch_page(CaseFilter(), limit=50)[-1].id
    line("next page", *timed(lambda: fetch_page(CaseFilter(), before_id=last, limit=50),
                             args.repeat), FLOORS["page"])
    line("filtered: status new", *timed(lambda: fetch_page(CaseFilter(statuses=["new"]),
                                                           limit=50), args.repeat),
         FLOORS["page"])

    print("\nsearch, first page of 50")
    for what, text in (("common phrase 态度恶劣", "态度恶劣"), ("place 停车场", "停车场"),
                       ("rare phrase (14 chars)", middle.description[:14]),
                       ("no match (9 chars)", "没有这样的投诉内容"),
                       ("phone digits (11)", middle.phone_digits or "13800138000"),
                       ("case number", middle.case_no)):
        line(what, *timed(lambda: fetch_page(CaseFilter(text=text), limit=50), args.repeat),
             FLOORS["long"])
    for what, text in (("common word 退货", "退货"), ("common character 月", "月"),
                       ("rare name (2 chars)", middle.complainant_name[:2] or "乐晨"),
                       ("no match (2 chars)", "龘龘"), ("no match (1 char)", "龘")):
        line(what, *timed(lambda: fetch_page(CaseFilter(text=text), limit=50), args.repeat),
             FLOORS["short"])

    channel = organisation.channels()[0].id
    category = organisation.categories()[0].id
    clerk = Staff.get(Staff.user_name == "clerk").id
    times = []
    for i in range(args.saves):
        data = ComplaintInput(channel_id=channel, category_id=category, recorded_by_id=clerk,
                              complainant_name="基准测试", phone=f"139 {i:04d} 5678",
                              description=f"基准测试第{i}次保存：店员态度恶劣，要求道歉。")
        start = time.perf_counter()
        create_complaint(data)
        times.append(time.perf_counter() - start)
    p50, p95 = percentiles(times)
    print(f"\nsave ({args.saves} saves)  p50 {p50 * 1000:.2f} ms  p95 {p95 * 1000:.2f} ms  "
          f"floor {FLOORS['save_p95'] * 1000:.0f} ms  ratio {p95 / FLOORS['save_p95']:.2f}")
    print(f"  statements for a save: {queries_of(lambda: create_complaint(data))}")
    bare50, bare95 = bare_commits(url, args.saves)
    print(f"  bare INSERT + COMMIT on this server: p50 {bare50 * 1000:.2f} ms  "
          f"p95 {bare95 * 1000:.2f} ms  (Desk's p95 is {p95 / bare95:.1f}x)")
    print(f"load average now {' '.join(f'{x:.2f}' for x in os.getloadavg())}")

    return 0


if __name__ == "__main__":
    raise SystemExit(main())
