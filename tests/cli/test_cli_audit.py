"""``desk audit`` runs as a real process: a row changed, deleted or inserted directly in
the SQLite file is named by ``verify``; an erasure and a purge keep the chain intact."""
from __future__ import annotations

import json
import sqlite3

import openpyxl
import pytest

from desk.services.cases.complaints import create_complaint, input_from_record, update_complaint
from desk.store.db import close_database
from desk.store.models.audit import AuditEntry
from tests.cli.test_cli import assert_one_line_error, run
from tests.services.retention.fixtures import aged  # noqa: F401 (fixture)


@pytest.fixture
def edited(org, make_input, clock):
    """A case edited twice: the chain holds several entries."""
    case = create_complaint(make_input(description="=cmd|' /C calc'!A0"), clock=clock)
    data = input_from_record(case)
    data.address, data.severity = "幸福路8号", "serious"
    update_complaint(case.id, data, org["ops"], clock=clock)
    create_complaint(make_input(complainant_name="李四"), clock=clock)
    seqs = [r[0] for r in AuditEntry.select(AuditEntry.seq).order_by(AuditEntry.seq).tuples()]
    close_database()
    return case, seqs


def _verify(db_path, tmp_path, *extra):
    return run(["--db", str(db_path), "audit", "verify", *extra], tmp_path / "data")


def test_intact_chain_verifies_and_lists(edited, db_path, tmp_path):
    case, seqs = edited
    result = _verify(db_path, tmp_path)
    assert result.returncode == 0, result.stderr
    assert str(len(seqs)) in result.stdout
    listed = run(["--db", str(db_path), "audit", "list", "--case", case.case_no, "--json"],
                 tmp_path / "data")
    assert listed.returncode == 0, listed.stderr
    lines = [json.loads(line) for line in listed.stdout.splitlines()]
    assert {"at", "user", "action", "case_no", "field", "old", "new"} <= set(lines[0])
    assert all(line["case_no"] == case.case_no for line in lines)
    address = next(line for line in lines if line["field"] == "address")
    assert (address["old"], address["new"], address["user"]) == ("", "幸福路8号", "赵经理")
    later = run(["--db", str(db_path), "audit", "list", "--since", "2030-01-01", "--json"],
                tmp_path / "data")
    assert later.returncode == 0 and later.stdout == ""
    bad = run(["--db", str(db_path), "audit", "list", "--since", "yesterday"],
              tmp_path / "data")
    assert "YYYY-MM-DD" in assert_one_line_error(bad)


def _changed_seq(raw, seqs) -> int:
    raw.execute("UPDATE audit_entry SET new = 'minor' WHERE field = 'severity'")
    return raw.execute("SELECT seq FROM audit_entry WHERE field = 'severity'").fetchone()[0]


def _deleted_seq(which: int):
    def delete(raw, seqs) -> int:
        raw.execute("DELETE FROM audit_entry WHERE seq = ?", (seqs[which],))
        return seqs[which]
    return delete


@pytest.mark.sqlite_only(reason="changes the database file behind Desk's back with sqlite3")
@pytest.mark.parametrize(("tamper", "word"), [(_changed_seq, "changed"),
                                              (_deleted_seq(1), "missing"),
                                              (_deleted_seq(-1), "missing")],
                         ids=["changed", "deleted", "deleted-last"])
def test_tampered_row_is_named(edited, db_path, tmp_path, tamper, word):
    _case, seqs = edited
    with sqlite3.connect(db_path) as raw:
        seq = tamper(raw, seqs)
    line = assert_one_line_error(_verify(db_path, tmp_path))
    assert f"Entry {seq} " in line and word in line


@pytest.mark.sqlite_only(reason="changes the database file behind Desk's back with sqlite3")
def test_inserted_row_is_named(edited, db_path, tmp_path):
    _case, seqs = edited
    with sqlite3.connect(db_path) as raw:
        # Make room after the second entry and slip a made-up one in.
        for seq in reversed(seqs[2:]):
            raw.execute("UPDATE audit_entry SET seq = seq + 1 WHERE seq = ?", (seq,))
        row = raw.execute("SELECT hash FROM audit_entry WHERE seq = ?", (seqs[1],)).fetchone()
        raw.execute("INSERT INTO audit_entry (seq, span, at, action, kind, case_no, field, "
                    "old, new, personal, salt, old_digest, new_digest, prev_hash, hash, "
                    "user_name) VALUES (?, 1, '2026-11-26 10:00:00', 'compensation', 'case', "
                    "'', 'amount', '', '5000', 0, '', '', '', ?, ?, '')",
                    (seqs[2], row[0], "f" * 64))
    line = assert_one_line_error(_verify(db_path, tmp_path))
    assert f"Entry {seqs[2]} " in line


@pytest.mark.sqlite_only(reason="changes the database file behind Desk's back with sqlite3")
def test_head_from_paper(edited, db_path, tmp_path):
    with sqlite3.connect(db_path) as raw:
        count, hex_ = raw.execute("SELECT last_seq, last_hash FROM audit_head").fetchone()
    assert _verify(db_path, tmp_path, "--head", f"{count}:{hex_[:12]}").returncode == 0
    assert _verify(db_path, tmp_path, "--head", hex_[:12]).returncode == 0
    line = assert_one_line_error(_verify(db_path, tmp_path, "--head", "0123456789ab"))
    assert "0123456789ab" in line
    assert "hex digits" in assert_one_line_error(_verify(db_path, tmp_path, "--head", "xyz"))


def test_export_workbook(edited, db_path, tmp_path):
    out = tmp_path / "trail.xlsx"
    result = run(["--db", str(db_path), "audit", "export", "--out", str(out)],
                 tmp_path / "data")
    assert result.returncode == 0, result.stderr
    sheet = openpyxl.load_workbook(out).worksheets[0]
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert any("幸福路8号" in row for row in values)
    formulas = [c for row in sheet.iter_rows() for c in row if c.data_type == "f"]
    assert formulas == []
    # The export is itself an entry, and the chain is still whole.
    listed = run(["--db", str(db_path), "audit", "list", "--json"], tmp_path / "data")
    assert json.loads(listed.stdout.splitlines()[-1])["action"] == "audit.export"
    assert _verify(db_path, tmp_path).returncode == 0


def test_erase_and_purge_keep_the_chain(aged, db_path, tmp_path):  # noqa: F811
    data = tmp_path / "data"
    close_database()
    erased = run(["--db", str(db_path), "customer", "erase", "13700005555", "--yes"], data)
    assert erased.returncode == 0, erased.stderr
    assert _verify(db_path, tmp_path).returncode == 0
    purged = run(["--db", str(db_path), "purge", "--yes"], data)
    assert purged.returncode == 0, purged.stderr
    result = _verify(db_path, tmp_path)
    assert result.returncode == 0, result.stderr
    listed = [json.loads(line) for line in run(
        ["--db", str(db_path), "audit", "list", "--json"], data).stdout.splitlines()]
    actions = [line["action"] for line in listed]
    assert {"checkpoint", "purge", "customer.erase"} <= set(actions)
    assert not any(line["case_no"] == aged["due"].case_no for line in listed)
