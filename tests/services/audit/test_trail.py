"""The audit trail's chain: appended with each change, broken by any change behind Desk's
back, kept whole by an erasure and by a purge's checkpoint."""
from __future__ import annotations

import sqlite3

import pytest

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
    everything = list(AuditEntry.select().order_by(AuditEntry.seq))
    rows = [r for r in everything if r.complaint_id == case.id]
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
    assert trail.head().count == len(everything) == result.count
    assert trail.head().hex == everything[-1].hash[:12]


@pytest.mark.sqlite_only(reason="changes the database file behind Desk's back with sqlite3")
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


@pytest.mark.sqlite_only(reason="changes the database file behind Desk's back with sqlite3")
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


def test_setup_changes_are_entries(org):
    from desk.services.org import organisation

    organisation.save_tenant("星巴克臻选", "1F-101", "李经理", "13800138000",
                             site_id=org["site"], tenant_id=org["tenant"])
    organisation.set_setting("company_name", "星河广场")
    rows = list(AuditEntry.select().where(AuditEntry.action == "setup")
                .order_by(AuditEntry.seq.desc()).limit(2))
    assert (rows[0].kind, rows[0].field, rows[0].new) == ("setting", "company_name",
                                                          '"星河广场"')
    assert (rows[1].kind, rows[1].record_id, rows[1].field) == ("tenant", org["tenant"],
                                                                "name")
    assert (rows[1].old, rows[1].new) == ("星巴克", "星巴克臻选")
    before = trail.head().count
    organisation.set_setting("company_name", "星河广场")         # unchanged: no entry
    assert trail.head().count == before
    assert verify().ok


def test_every_kind_of_change_is_an_entry(org, slip_case, clock):
    """Slip transitions, compensation, corrective actions, legal holds and voiding each
    leave entries naming who acted; the chain verifies afterwards."""
    from desk.services.capa import actions as capa
    from desk.services.cases.complaints import void_complaint
    from desk.services.casework import compensation
    from desk.services.retention.holds import place_hold, release_hold

    case = slip_case(approve=True)
    compensation.propose(case.id, "voucher", "50", note="代金券", by_id=org["clerk"],
                         clock=clock)
    capa_id = capa.open_capa(complaint_ids=[case.id], problem="收银找零出错",
                             by_id=org["clerk"], clock=clock)
    capa.add_action(capa_id, "corrective", "收银员培训", owner_name="李经理",
                    due=clock.now().date(), clock=clock, by_id=org["clerk"])
    place_hold(case.case_no, "消费者协会调解中", org["ops"], clock=clock)
    release_hold(case.case_no, org["ops"], clock=clock)
    void_complaint(case.id, "重复登记", org["ops"], clock=clock)
    mine = {(r.action, r.field, r.user_name) for r in AuditEntry.select()
            .where(AuditEntry.complaint_id == case.id)}
    assert {("slip_issued", "status", "王小明"), ("slip_approved", "status", "赵经理"),
            ("compensation", "status", "王小明"), ("compensation", "note", "王小明"),
            ("hold.placed", "reason", "赵经理"), ("hold.released", "", "赵经理"),
            ("void", "voided", "赵经理")} <= mine
    status = AuditEntry.get((AuditEntry.action == "slip_approved")
                            & (AuditEntry.complaint_id == case.id))
    assert (status.old, status.new) == ("awaiting_approval", "in_progress")
    on_capa = [(r.action, r.new) for r in AuditEntry.select()
               .where((AuditEntry.kind == "capa") & (AuditEntry.record_id == capa_id))
               .order_by(AuditEntry.seq)]
    assert on_capa == [("capa.open", "收银找零出错"), ("capa.corrective_added", "收银员培训")]
    assert verify().ok


def test_a_purge_of_many_records_checkpoints_in_chunks(org, clock):
    """Thousands of revisits' entries go in bounded steps; the chain still verifies."""
    from desk.services.retention import audit_hook

    trail.record_many({"by_id": None, "action": "revisit.cancelled", "at": clock.now(),
                       "kind": "revisit", "record_id": i, "field": "cancel_reason",
                       "new": f"理由{i}", "personal": True} for i in range(1, 1201))
    with transaction():
        assert audit_hook.purging(org["ops"], revisit_ids=range(1, 1201), clock=clock) == 1200
    assert AuditEntry.select().where(AuditEntry.action == trail.CHECKPOINT).count() == 3
    assert verify().ok
