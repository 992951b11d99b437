#!/usr/bin/env python
"""Benchmark of `desk import` (run by hand, not by pytest).

    python benchmarks/bench_import.py [--rows 10000]

Writes a workbook of --rows old complaints (Chinese headers, values as display names,
1% bad rows), imports it into a fresh database and prints the time of the import and of a
second import of the same file (which finds every row already there). Floor: 10,000 rows
in under 10 s.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

FLOOR_S = 10.0


def write_register(path: Path, rows: int) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(["受理时间", "投诉人", "电话", "渠道", "类别", "严重程度", "投诉内容", "状态"])
    start = dt.datetime(2024, 1, 1, 9)
    channels = ["电话", "当面", "Phone", "hotline", "電話"]
    categories = ["服务态度", "价格纠纷", "Environment / facilities", "product_quality"]
    for i in range(rows):
        sheet.append([start + dt.timedelta(minutes=97 * i), f"顾客{i}",
                      "12345" if i % 100 == 7 else f"139{i:08d}", channels[i % 5],
                      categories[i % 4], ("一般", "严重", "Serious")[i % 3],
                      f"第{i}号投诉：扶梯停了，停车场收费不对，洗手间没有纸。" * 3,
                      "已结案" if i % 5 else "new"])
    book.save(path)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=10_000)
    args = parser.parse_args(argv)
    from desk.services.cases import importing
    from desk.services.system.startup import open_store

    with tempfile.TemporaryDirectory() as folder:
        book = Path(folder) / "register.xlsx"
        write_register(book, args.rows)
        open_store(str(Path(folder) / "desk.sqlite"), backups=False)
        start = time.perf_counter()
        report = importing.import_file(book, by_id=None)
        first = time.perf_counter() - start
        start = time.perf_counter()
        again = importing.import_file(book, by_id=None)
        second = time.perf_counter() - start
    print(f"import of {args.rows} rows: {first:.2f} s ({report.summary()}); "
          f"floor {FLOOR_S:.0f} s for 10,000 rows")
    print(f"second import of the same file: {second:.2f} s ({again.summary()})")
    return 0 if first < FLOOR_S * args.rows / 10_000 else 1


if __name__ == "__main__":
    sys.exit(main())
