"""``desk purge`` and ``desk hold`` run as real processes."""
from __future__ import annotations

import json

from desk.store.models.cases import Complaint
from tests.cli.test_cli import assert_one_line_error, run
from tests.services.retention.fixtures import aged  # noqa: F401 (fixture)


def test_dry_run_then_purge(aged, db_path, tmp_path):  # noqa: F811
    data = tmp_path / "data"
    dry = run(["--db", str(db_path), "purge", "--dry-run", "--json"], data)
    assert dry.returncode == 0, dry.stderr
    listed = json.loads(dry.stdout)
    assert listed["case_nos"] == [aged["due"].case_no]
    assert [h["case_no"] for h in listed["holds"]] == [aged["held"].case_no]
    text = run(["--db", str(db_path), "purge", "--dry-run"], data, lang="zh_CN")
    assert text.returncode == 0 and "消费者协会调解中" in text.stdout
    done = run(["--db", str(db_path), "purge", "--yes", "--json"], data)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["counts"] == listed["counts"]
    left = {c.case_no for c in Complaint.select()}
    assert aged["due"].case_no not in left and aged["held"].case_no in left
    verified = run(["--db", str(db_path), "audit", "verify"], data)
    assert verified.returncode == 0, verified.stdout + verified.stderr


def test_hold_and_release(aged, db_path, tmp_path):  # noqa: F811
    data = tmp_path / "data"
    case_no = aged["due"].case_no
    held = run(["--db", str(db_path), "hold", case_no, "--reason", "市场监管局投诉"], data)
    assert held.returncode == 0, held.stderr
    listing = run(["--db", str(db_path), "hold"], data)
    assert case_no in listing.stdout and "市场监管局投诉" in listing.stdout
    dry = run(["--db", str(db_path), "purge", "--dry-run", "--json"], data)
    assert json.loads(dry.stdout)["case_nos"] == []
    assert run(["--db", str(db_path), "hold", "--release", case_no], data).returncode == 0
    dry = run(["--db", str(db_path), "purge", "--dry-run", "--json"], data)
    assert case_no in json.loads(dry.stdout)["case_nos"]


def test_mistakes_are_one_line(aged, db_path, tmp_path):  # noqa: F811
    data = tmp_path / "data"
    assert "reason" in assert_one_line_error(
        run(["--db", str(db_path), "hold", aged["due"].case_no], data)).lower()
    assert_one_line_error(run(["--db", str(db_path), "hold", "--release", "19990101-0001"],
                              data))
    assert_one_line_error(run(["--db", str(db_path), "hold", "--release",
                               aged["due"].case_no], data))


def test_customer_export_and_erase(aged, db_path, tmp_path, on_postgresql):  # noqa: F811
    data = tmp_path / "data"
    out = tmp_path / "her.xlsx"
    done = run(["--db", str(db_path), "customer", "export", "137 0000 1111", "--out",
                str(out)], data)
    assert done.returncode == 0, done.stderr
    assert out.exists() and str(out) in done.stdout
    assert_one_line_error(run(["--db", str(db_path), "customer", "erase", "13700001111"],
                              data))
    erased = run(["--db", str(db_path), "customer", "erase", "13700001111", "--yes"], data)
    assert erased.returncode == 0, erased.stderr
    if on_postgresql:   # the server's pages are not ours to read: the rows say it
        assert not Complaint.select().where(Complaint.complainant_name == "欧阳娜娜").count()
    else:
        assert "欧阳娜娜".encode() not in db_path.read_bytes()
    assert_one_line_error(run(["--db", str(db_path), "customer", "export", "13700001111",
                               "--out", str(out)], data))
    verified = run(["--db", str(db_path), "audit", "verify"], data)
    assert verified.returncode == 0, verified.stdout + verified.stderr
