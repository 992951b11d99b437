#!/usr/bin/env python
"""Benchmark of the weekly and monthly report workbooks (run by hand, not by pytest).

    python benchmarks/bench_reports.py                  # fresh 10k and 100k databases
    python benchmarks/bench_reports.py --million        # and a fresh 1,000,000 (4-12 min)
    python benchmarks/bench_reports.py --db copy.sqlite # an existing file (trying things
                                                        # only: not figures to quote)

Each database is made with ``desk demo`` in this run. For the last complete week and month
it measures, each in a fresh process (peak memory: the child's ``ru_maxrss``, which counts
C allocations too):

- the report: ``export_report`` as the Reports screen and ``desk report`` run it;
- the floors: the same figures and rows read once into lists, then written with the same
  formats (fonts, fills, borders, number formats, quote prefix) by bare openpyxl
  ``write_only`` and by bare XlsxWriter ``constant_memory``, no sizing, charts or print
  set-up. The floor of a writer is reading plus writing; the report's ratio is to the
  fastest writer's floor (goal: 1.3x or better, peak memory under 150 MB at 1M).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WRITERS = ("report", "openpyxl", "xlsxwriter")


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--million", action="store_true", help="also 1,000,000 cases")
    parser.add_argument("--sizes", type=int, nargs="*", help="case counts to build")
    parser.add_argument("--db", type=Path, help="an existing database instead")
    parser.add_argument("--kinds", nargs="*", default=["weekly", "monthly"])
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs per measurement; the fastest is kept (a shared machine)")
    parser.add_argument("--measure", choices=WRITERS, help=argparse.SUPPRESS)
    parser.add_argument("--kind", help=argparse.SUPPRESS)
    parser.add_argument("--now", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def _env(folder: Path) -> dict:
    return {**os.environ, "DESK_DATA_DIR": str(folder / "data"),
            "DESK_EXPORTS_DIR": str(folder / "exports"), "PYTHONPATH": str(ROOT)}


def build(folder: Path, count: int) -> tuple[Path, float]:
    db = folder / "desk.sqlite"
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "desk", "--db", str(db), "demo", "--count",
                    str(count), "--no-gui"], check=True, capture_output=True, cwd=ROOT,
                   env=_env(folder))
    return db, time.perf_counter() - start


# ---------------------------------------------------------------- in the child process

def _open(db: Path, now: dt.datetime):
    from desk.services.common.clock import FixedClock
    from desk.services.system.startup import open_store

    clock = FixedClock(now)
    open_store(str(db), backups=False, clock=clock)
    return clock


def _tables(report):
    """(title, kinds, rows) of every sheet of the report, rows read into lists once."""
    from operator import itemgetter

    read = {}
    out = []
    for table in report.tables:
        source = read[table.rows_of] if table.rows_of else list(table.rows)
        read[table.key] = source
        rows = [itemgetter(*table.pick)(r) for r in source] if table.pick else source
        out.append((table.key, [c.kind for c in table.columns],
                    [[c.label for c in table.columns], *rows]))
    return out


def _bare_openpyxl(tables, out: Path, lang: str) -> None:
    """Bare openpyxl write-only: one styled cell per value, the report's named styles."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side

    from desk.documents.xlsx.safety import needs_quote
    from desk.documents.xlsx.styles import (
        FONTS,
        GRID,
        HEADER_FILL,
        NUMBER_FORMATS,
        STRIPE_FILL,
        WRAPPED,
    )

    wb = Workbook(write_only=True)
    thin = Side(style="thin", color=GRID)
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    font = Font(name=FONTS[lang], size=10)
    names = {}

    def style(kind: str, stripe: bool, quoted: bool = False) -> str:
        key = (kind, stripe, quoted)
        if key not in names:
            named = NamedStyle(f"s{len(names)}", font=font, border=grid,
                               alignment=Alignment(vertical="top", wrap_text=kind in WRAPPED),
                               number_format=NUMBER_FORMATS.get(kind, "General"))
            if stripe:
                named.fill = PatternFill("solid", fgColor=STRIPE_FILL)
            named.protection.locked = True
            wb.add_named_style(named)
            names[key] = named.name
        return names[key]

    header = NamedStyle("header", font=Font(name=FONTS[lang], size=10, bold=True,
                                            color="FFFFFF"),
                        fill=PatternFill("solid", fgColor=HEADER_FILL), border=grid)
    wb.add_named_style(header)
    for title, kinds, rows in tables:
        ws = wb.create_sheet(title)
        cells = []
        for label in rows[0]:
            cell = WriteOnlyCell(ws, label)
            cell.style = "header"
            cells.append(cell)
        ws.append(cells)
        for number, row in enumerate(rows[1:]):
            cells = []
            for kind, value in zip(kinds, row):
                cell = WriteOnlyCell(ws, value)
                quoted = isinstance(value, str) and needs_quote(value)
                if quoted:
                    cell.data_type = "s"
                cell.style = style(kind, bool(number % 2), quoted)
                if quoted:
                    cell.quotePrefix = True
                cells.append(cell)
            ws.append(cells)
    wb.save(out)


def _bare_xlsxwriter(tables, out: Path, lang: str) -> None:
    """Bare XlsxWriter constant_memory: write_string / write_number / write_datetime with
    one format per column kind and stripe."""
    import datetime as _dt
    from decimal import Decimal

    import xlsxwriter

    from desk.documents.xlsx.safety import needs_quote
    from desk.documents.xlsx.styles import (
        FONTS,
        GRID,
        HEADER_FILL,
        NUMBER_FORMATS,
        STRIPE_FILL,
        WRAPPED,
    )

    book = xlsxwriter.Workbook(str(out), {"constant_memory": True})
    formats = {}

    def fmt(kind: str, stripe: bool, quoted: bool = False):
        key = (kind, stripe, quoted)
        if key not in formats:
            spec = {"font_name": FONTS[lang], "font_size": 10, "border": 1,
                    "border_color": "#" + GRID, "valign": "top",
                    "text_wrap": kind in WRAPPED}
            if kind in NUMBER_FORMATS:
                spec["num_format"] = NUMBER_FORMATS[kind]
            if stripe:
                spec.update(pattern=1, bg_color="#" + STRIPE_FILL)
            if quoted:
                spec["quote_prefix"] = True
            formats[key] = book.add_format(spec)
        return formats[key]

    header = book.add_format({"font_name": FONTS[lang], "font_size": 10, "bold": True,
                              "font_color": "#FFFFFF", "bg_color": "#" + HEADER_FILL,
                              "pattern": 1, "border": 1, "border_color": "#" + GRID})
    for title, kinds, rows in tables:
        ws = book.add_worksheet(title)
        for column, label in enumerate(rows[0]):
            ws.write_string(0, column, label, header)
        plain = [[fmt(k, False) for k in kinds], [fmt(k, True) for k in kinds]]
        quoted = [[fmt(k, False, True) for k in kinds], [fmt(k, True, True) for k in kinds]]
        blank, string, number_, date = (ws.write_blank, ws.write_string, ws.write_number,
                                        ws.write_datetime)
        for number, row in enumerate(rows[1:], 1):
            stripe = number % 2 == 0
            formats_, quoted_ = plain[stripe], quoted[stripe]
            for column, value in enumerate(row):
                kind = type(value)
                if value is None:
                    blank(number, column, None, formats_[column])
                elif kind is str:
                    string(number, column, value, (quoted_ if needs_quote(value)
                                                   else formats_)[column])
                elif kind in (int, float, Decimal):
                    number_(number, column, value, formats_[column])
                elif kind in (_dt.datetime, _dt.date):
                    date(number, column, value, formats_[column])
                else:
                    string(number, column, str(value), formats_[column])
    book.close()


def measure(args) -> dict:
    """One measurement in this (fresh) process."""
    from desk.services import reports

    now = dt.datetime.fromisoformat(args.now)
    clock = _open(args.db, now)
    period = reports.period_for(args.kind, last=True, clock=clock)
    out = Path(tempfile.mkdtemp()) / f"{args.measure}.xlsx"
    lang = "zh_CN"
    read = 0.0
    start = time.perf_counter()
    if args.measure == "report":
        written = [0]

        def progress(done: int, _total: int) -> None:
            written[0] = done

        reports.export_report(period, out, lang, clock=clock, progress=progress)
        rows = written[0]
    else:
        tables = _tables(reports.build_report(period, lang, clock))
        read = time.perf_counter() - start
        rows = sum(len(t[2]) - 1 for t in tables)
        (_bare_openpyxl if args.measure == "openpyxl" else _bare_xlsxwriter)(tables, out, lang)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "read": read, "rows": rows, "period": period.key,
            "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "size_mb": out.stat().st_size / 2 ** 20}


# ---------------------------------------------------------------- the parent

def run_measure(db: Path, what: str, kind: str, now: dt.datetime, repeat: int) -> dict:
    """The fastest of ``repeat`` fresh processes (peak memory: the largest seen)."""
    runs = []
    for _run in range(max(repeat, 1)):
        done = subprocess.run([sys.executable, __file__, "--db", str(db), "--measure", what,
                               "--kind", kind, "--now", now.isoformat()],
                              capture_output=True, text=True, cwd=ROOT, env=_env(db.parent))
        if done.returncode:
            sys.exit(f"{what} {kind} failed:\n{done.stderr}")
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    best = min(runs, key=lambda r: r["seconds"])
    return dict(best, rss_mb=max(r["rss_mb"] for r in runs))


def report_on(db: Path, cases: int, args) -> None:
    now = dt.datetime.now().replace(microsecond=0)
    for kind in args.kinds:
        got = {w: run_measure(db, w, kind, now, args.repeat) for w in WRITERS}
        report = got["report"]
        fastest = min(("openpyxl", "xlsxwriter"), key=lambda w: got[w]["seconds"])
        floor = got[fastest]["seconds"]
        size = f"{cases:>9,} cases" if cases else str(db)
        print(f"{size}  {kind:7} {report['period']}: {got['xlsxwriter']['rows']:,} rows in "
              f"the sheets, reading them (figures included) {got[fastest]['read']:.2f} s")
        for writer in WRITERS:
            r = got[writer]
            name = {"report": "Desk report", "openpyxl": "bare openpyxl write_only",
                    "xlsxwriter": "bare XlsxWriter constant_memory"}[writer]
            print(f"    {name:32} {r['seconds']:7.2f} s  {r['seconds'] / floor:5.2f}x  "
                  f"peak {r['rss_mb']:6.1f} MB  file {r['size_mb']:5.1f} MB")
        ok = "met" if report["seconds"] <= 1.3 * floor else "NOT met"
        print(f"    ratio to the fastest floor ({fastest}): "
              f"{report['seconds'] / floor:.2f}x (goal <= 1.3x: {ok}); peak memory "
              f"{report['rss_mb']:.0f} MB (goal < 150 MB at 1M)", flush=True)


def main(argv=None) -> int:
    args = parse_args(argv)
    if args.measure:
        print(json.dumps(measure(args)))
        return 0
    print(f"load average at the start: {os.getloadavg()}")
    if args.db is not None:
        report_on(args.db.resolve(), 0, args)
        return 0
    sizes = args.sizes or ([10_000, 100_000] + ([1_000_000] if args.million else []))
    for count in sizes:
        with tempfile.TemporaryDirectory(prefix=f"desk-bench-reports-{count}-") as folder:
            db, seconds = build(Path(folder), count)
            print(f"built {count:,} cases with desk demo in {seconds:.0f} s", flush=True)
            report_on(db, count, args)
    print(f"load average at the end: {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
