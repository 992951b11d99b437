"""The audit trail's chain: appended with each change, broken by any change behind Desk's
back, kept whole by an erasure and by a purge's checkpoint."""
from __future__ import annotations

import sqlite3

from desk.services.audit import trail
from desk.services.audit.verify import verify
from desk.services.cases.complaints import create_complaint, input_from_record, update_complaint
from desk.store.db import transaction
from desk.store.models.audit import AuditEntry


def _edit(case, clock, by, **changes):
    data = input_from_record(case)
    for key, value in changes.items():
        setattr(data, key, value)
    return update_complaint(case.id, data, by, clock=clock)


def test_changes_are_entries_of_an_intact_chain(org, make_input, clock):
    case = create_complaint(make_input(), clock=clock)
    _edit(case, clock, org["ops"], phone="139 8765 4321", severity="serious")
    rows = list(AuditEntry.select().order_by(AuditEntry.seq))
    assert rows[0].action == "intake" and rows[0].case_no == case.case_no
    assert {r.field for r in rows if r.action == "edit"} >= {"phone", "severity",
                                                             "reply_due_at"}
    phone = next(r for r in rows if r.field == "phone")
    assert (phone.old, phone.new, phone.personal) == ("138 1234 5678", "139 8765 4321", True)
    assert phone.user_name == "赵经理" and phone.case_no == case.case_no
    assert phone.old_digest == trail.digest(phone.salt, phone.old)
    severity = next(r for r in rows if r.field == "severity")
    assert not severity.personal and severity.salt == ""
    result = verify()
    assert result.ok, result.failure
    assert trail.head().count == len(rows) == result.count
    assert trail.head().hex == rows[-1].hash[:12]


def test_an_entry_changed_in_the_file_is_named(org, make_input, clock, db_path):
    case = create_complaint(make_input(), clock=clock)
    _edit(case, clock, org["clerk"], address="和平路1号")
    target = AuditEntry.get(AuditEntry.field == "address")
    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE audit_entry SET new = '和平路2号' WHERE seq = ?", (target.seq,))
    failure = verify().failure
    assert failure is not None and failure.seq == target.seq
    assert f"Entry {target.seq}" in failure.text()


def test_erasing_values_keeps_the_chain(org, make_input, clock):
    case = create_complaint(make_input(), clock=clock)
    _edit(case, clock, org["clerk"], complainant_name="李四", severity="serious")
    with transaction():
        assert trail.erase_values([case.id]) == 1
    row = AuditEntry.get(AuditEntry.field == "complainant_name")
    assert (row.old, row.new, row.salt) == ("", "", "") and row.new_digest
    assert AuditEntry.get(AuditEntry.field == "severity").new == "serious"
    assert verify().ok


def test_checkpoint_stands_for_purged_entries(org, make_input, clock):
    first = create_complaint(make_input(), clock=clock)
    kept = create_complaint(make_input(), clock=clock)
    _edit(first, clock, org["clerk"], address="幸福路8号")
    _edit(kept, clock, org["clerk"], address="幸福路9号")
    _edit(first, clock, org["clerk"], room_no="1208")
    before = trail.head().count
    theirs = AuditEntry.select().where(AuditEntry.complaint_id == first.id).count()
    assert theirs >= 3
    with transaction():
        assert trail.checkpoint(org["ops"], [first.id]) == theirs
    assert not AuditEntry.select().where(AuditEntry.complaint_id == first.id).exists()
    stand_ins = list(AuditEntry.select().where(AuditEntry.action == trail.PURGED))
    assert sum(s.span for s in stand_ins) == theirs and len(stand_ins) == 3
    assert trail.head().count == before + 1
    summary = AuditEntry.get(AuditEntry.action == trail.CHECKPOINT)
    assert f'"entries":{theirs}' in summary.new.replace(" ", "")
    result = verify()
    assert result.ok, result.failure
    assert result.count == before + 1


def test_a_forged_checkpoint_is_named(org, make_input, clock, db_path):
    case = create_complaint(make_input(), clock=clock)
    _edit(case, clock, org["clerk"], address="幸福路8号")
    _edit(case, clock, org["clerk"], address="幸福路10号")
    entries = list(AuditEntry.select().order_by(AuditEntry.seq))
    # Someone replaces the two edits by one stand-in claiming a purge that never was.
    with sqlite3.connect(db_path) as raw:
        raw.execute("DELETE FROM audit_entry WHERE seq IN (?, ?)",
                    (entries[1].seq, entries[2].seq))
        raw.execute("INSERT INTO audit_entry (seq, span, at, action, kind, record_id, "
                    "case_no, field, old, new, personal, salt, old_digest, new_digest, "
                    "prev_hash, hash, user_name) VALUES (?, 2, '2026-11-26 10:00:00', "
                    "'purged', 'audit', 99, '', '', '', '', 0, '', '', '', ?, ?, '')",
                    (entries[1].seq, entries[1].prev_hash, entries[2].hash))
    failure = verify().failure
    assert failure is not None and failure.seq == entries[1].seq


def test_anchor_from_paper(org, make_input, clock):
    create_complaint(make_input(), clock=clock)
    printed = trail.head()
    create_complaint(make_input(), clock=clock)
    assert verify(printed.hex).ok
    assert verify(f"{printed.count}:{printed.hex}").ok
    assert verify(printed.text()).ok
    wrong = "0123456789ab"
    assert verify(wrong).failure is not None
