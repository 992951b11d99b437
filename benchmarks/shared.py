"""What the bench scripts beside it share: percentiles, the saves they time and the
bare floor."""
from __future__ import annotations

import sqlite3
import time
from pathlib import Path

SAVE_TEXT = "基准测试第{i}次保存：店员态度恶劣，要求道歉。"


def percentile(values: list[float], pct: float) -> float:
    """The ``pct`` percentile of ``values`` (the nearest of the sorted values)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))]


def bare_sqlite_saves(path: Path, saves: int) -> list[float]:
    """Seconds of each of ``saves`` bare ``sqlite3`` saves: one row inserted and committed
    in its own write transaction, in a one-table WAL file with ``synchronous=FULL`` at
    ``path`` (made fresh, removed after): what the disk and the load cost any save."""
    def remove() -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)

    remove()
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("pragma journal_mode=wal")
    conn.execute("pragma synchronous=full")
    conn.execute("create table t (id integer primary key, case_no text, description text)")
    times = []
    for i in range(saves):
        start = time.perf_counter()
        conn.execute("begin immediate")
        conn.execute("insert into t (case_no, description) values (?, ?)",
                     (f"X-{i:04d}", SAVE_TEXT.format(i=i)))
        conn.execute("commit")
        times.append(time.perf_counter() - start)
    conn.close()
    remove()
    return times


def save_inputs(saves: int, clerk: bool = True) -> list:
    """``saves`` new complaints for ``create_complaint``, each with its own phone number,
    as the first desk clerk of the demo (``clerk=False``: as nobody, the system)."""
    from desk.services.cases.complaints import ComplaintInput
    from desk.services.org import organisation

    channel = organisation.channels()[0].id
    category = organisation.categories()[0].id
    by = organisation.staff()[0].id if clerk else None
    return [ComplaintInput(channel_id=channel, category_id=category,
                           complainant_name="基准测试", phone=f"139 {i:04d} 5678",
                           description=SAVE_TEXT.format(i=i), recorded_by_id=by)
            for i in range(saves)]
