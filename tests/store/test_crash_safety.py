"""A power cut or a killed process never loses an acknowledged save or damages the file.

A child process saves complaints in a loop and prints each case number only after its
transaction has committed; the test kills it with SIGKILL at random moments, again and
again, then checks that every acknowledged case is there, case numbers are unique and the
database passes ``integrity_check``.

On a slow or loaded machine the writer may not have saved anything by the random moment,
and a round killed before its first save would check nothing: each round therefore waits
for ``FIRST_ACKS`` acknowledged saves before it starts the random delay, and the test fails
when fewer than ``MIN_CHECKED`` acknowledged saves were checked in all.
"""
from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)"),
]

ROUNDS = 15
FIRST_ACKS = 3                          # saves acknowledged before the random kill moment
MIN_CHECKED = ROUNDS * FIRST_ACKS       # acknowledged saves the test must have checked
ACK_WAIT_S = 60                         # a writer that saves nothing in this time fails

CHILD = textwrap.dedent("""
    import sys
    from desk.services.org import organisation
    from desk.services.cases.complaints import ComplaintInput, create_complaint
    from desk.services.system.startup import open_store

    open_store(sys.argv[1], backups=False)
    channel = organisation.channels()[0].id
    category = organisation.categories()[0].id
    n = 0
    print("ready", flush=True)
    while True:
        n += 1
        record = create_complaint(ComplaintInput(
            channel_id=channel, category_id=category, complainant_name="断电测试",
            phone="138 0000 %04d" % (n % 10000),
            description="第%d次保存：顾客投诉空调不制冷。" % n + "内容" * (n % 50)))
        print(record.case_no, flush=True)   # only after the commit returned
""")


def _is_case_no(line: str) -> bool:
    return len(line) >= 13 and line[8] == "-"


def _run_round(script, db, rng) -> tuple[list[str], str]:
    """One writer killed at a random moment after its first ``FIRST_ACKS`` saves: the case
    numbers it acknowledged, and what it wrote on stderr."""
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    child = subprocess.Popen([sys.executable, str(script), str(db)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=env)
    early: list[str] = []
    try:
        first = child.stdout.readline()  # wait until the store is open
        assert first.strip() == b"ready", child.stderr.read().decode(errors="replace")
        deadline = time.monotonic() + ACK_WAIT_S
        while len(early) < FIRST_ACKS:
            line = child.stdout.readline().decode("utf-8", "replace").strip()
            assert line and time.monotonic() < deadline, (
                f"the writer acknowledged only {len(early)} saves before it stopped or "
                f"{ACK_WAIT_S} s passed: nothing would be checked")
            assert _is_case_no(line), line
            early.append(line)
        time.sleep(rng.uniform(0.0, 0.4))
        child.send_signal(signal.SIGKILL)
        out, err = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL
    lines = out.decode("utf-8", "replace").splitlines()
    # the last line may have been cut by the kill; a complete case number is acknowledged
    return early + [line for line in lines if _is_case_no(line)], err.decode("utf-8", "replace")


def test_killed_writer_loses_nothing_acknowledged(tmp_path):
    db = tmp_path / "crash.sqlite"
    script = tmp_path / "writer.py"
    script.write_text(CHILD, encoding="utf-8")
    rng = random.Random(20261126)
    acknowledged: list[str] = []
    for _ in range(ROUNDS):
        acked, err = _run_round(script, db, rng)
        assert "Traceback" not in err, err
        acknowledged += acked
        # between rounds, the file opens and is sound (the WAL is replayed on open)
        conn = sqlite3.connect(str(db))
        try:
            assert conn.execute("pragma quick_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    assert len(acknowledged) >= MIN_CHECKED, (
        f"only {len(acknowledged)} acknowledged saves were checked (at least {MIN_CHECKED})")

    conn = sqlite3.connect(str(db))
    try:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        stored = [row[0] for row in conn.execute("select case_no from complaint")]
        fts = conn.execute("select count(*) from complaint_fts").fetchone()[0]
        counters = dict(conn.execute("select day, last from case_counter"))
    finally:
        conn.close()
    assert len(stored) == len(set(stored)), "case numbers must be unique"
    missing = set(acknowledged) - set(stored)
    assert not missing, f"acknowledged but lost: {sorted(missing)[:5]}"
    assert len(acknowledged) == len(set(acknowledged))
    assert fts == len(stored), "the search index must hold every saved case"
    # the day's counter never falls behind the numbers handed out
    for case_no in stored:
        day, number = case_no.split("-")
        assert counters[day] >= int(number)


def test_store_opens_normally_after_the_kills(tmp_path):
    """After a killed writer the next start migrates nothing and searches work."""
    db = tmp_path / "crash.sqlite"
    script = tmp_path / "writer.py"
    script.write_text(CHILD, encoding="utf-8")
    acked, _err = _run_round(script, db, random.Random(7))
    from desk.services.cases import caselist
    from desk.services.system.startup import open_store
    from desk.store.db import close_database, integrity_check

    opened = open_store(str(db), backups=True)
    try:
        assert integrity_check() == "ok"
        assert opened.daily_backup is not None  # the start-of-day copy verified fine
        if acked:
            rows = caselist.fetch_page(caselist.CaseFilter(text=acked[-1]))
            assert [r.case_no for r in rows] == [acked[-1]]
    finally:
        close_database()
