"""The purge deletes exactly what the dry run lists, and nothing held, open or recent."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from desk.services.cases import caselist
from desk.services.cases.attachments import blob_store
from desk.services.cases.drafts import save_draft
from desk.services.common.validation import ValidationError
from desk.services.retention import holds
from desk.services.retention.plan import plan_purge
from desk.services.retention.policy import RetentionPolicy, get_policy, set_policy
from desk.services.retention.purge import purge_log, run_purge
from desk.store.models.cases import Attachment, Complaint, Draft
from tests.services.retention.fixtures import aged  # noqa: F401 (fixture)


def _search(text: str) -> list[str]:
    return [r.case_no for r in caselist.fetch_page(caselist.CaseFilter(text=text), limit=50)]


def test_dry_run_lists_only_what_is_due(aged, clock):  # noqa: F811
    plan = plan_purge(clock)
    assert plan.case_nos == [aged["due"].case_no]
    assert plan.case_cutoff == dt.datetime(2024, 11, 26, 10, 0)
    assert plan.counts["cases"] == 1
    assert plan.counts["compensation"] == 1
    assert plan.counts["attachments"] == 2
    assert plan.counts["files"] == 1            # the shared file stays for the recent case
    assert plan.counts["slips"] == 1 and plan.counts["events"] >= 2
    assert plan.kept_on_hold == 1 and plan.kept_for_capa == 1
    assert [h.case_no for h in plan.holds] == [aged["held"].case_no]
    assert Complaint.select().count() == 5      # the dry run deletes nothing


def test_purge_removes_exactly_what_the_dry_run_listed(aged, clock, org):  # noqa: F811
    plan = plan_purge(clock)
    before = {c.case_no for c in Complaint.select()}
    files = {a.sha256: blob_store().path_for(a.sha256) for a in Attachment.select()
             .where(Attachment.complaint == aged["due"].id)}
    save_draft(f"complaint:{aged['due'].id}:{org['clerk']}", {"complainant_name": "欧阳娜娜"})
    assert _search("欧阳娜娜") == [aged["due"].case_no]
    result = run_purge(org["ops"], clock=clock)
    assert result.counts == plan.counts
    after = {c.case_no for c in Complaint.select()}
    assert before - after == set(plan.case_nos)
    assert _search("欧阳娜娜") == [] and _search("13700001111") == []
    shared = Attachment.get(Attachment.complaint == aged["recent"].id).sha256
    for sha, path in files.items():
        assert path.exists() == (sha == shared)
    assert not Draft.select().exists()
    assert plan_purge(clock).empty
    # the audit trail: the case's entries gave way to a checkpoint; the chain verifies
    from desk.services.audit.verify import verify
    from desk.store.models.audit import AuditEntry

    assert not AuditEntry.select().where(AuditEntry.complaint_id == aged["due"].id).exists()
    assert not AuditEntry.select().where(AuditEntry.case_no == aged["due"].case_no).exists()
    assert AuditEntry.select().where(AuditEntry.action == "checkpoint").exists()
    assert AuditEntry.select().where(AuditEntry.complaint_id == aged["held"].id).exists()
    purge = AuditEntry.get(AuditEntry.action == "purge")
    assert purge.user_name == "赵经理" and "欧阳" not in purge.new
    assert verify().ok


def test_the_purge_leaves_a_record_without_personal_data(aged, clock, org):  # noqa: F811
    run_purge(org["ops"], clock=clock)
    [entry] = purge_log()
    assert entry.by_id == org["ops"] and entry.counts["cases"] == 1
    assert entry.case_cutoff == dt.datetime(2024, 11, 26, 10, 0)
    assert "欧阳" not in json.dumps(entry.counts, ensure_ascii=False)


def test_a_released_hold_lets_the_case_go(aged, clock, org):  # noqa: F811
    holds.release_hold(aged["held"].case_no, org["ops"], clock=clock)
    assert set(plan_purge(clock).case_nos) == {aged["due"].case_no, aged["held"].case_no}
    run_purge(org["ops"], clock=clock)
    assert not Complaint.select().where(Complaint.id == aged["held"].id).exists()


def test_a_longer_policy_makes_nothing_due(aged, clock, org):  # noqa: F811
    set_policy(RetentionPolicy(case_years=5, capa_years=5))
    assert get_policy().case_years == 5
    assert plan_purge(clock).empty


@pytest.mark.parametrize("years", [0, 31, "2"])
def test_bad_policy_is_refused(store, years):
    with pytest.raises(ValidationError):
        set_policy(RetentionPolicy(case_years=years))


def test_hold_needs_a_reason_and_a_case(aged, org, clock):  # noqa: F811
    with pytest.raises(ValidationError):
        holds.place_hold(aged["due"].case_no, "  ", org["ops"], clock=clock)
    with pytest.raises(ValidationError):
        holds.place_hold("20990101-0001", "调解", org["ops"], clock=clock)
    with pytest.raises(ValidationError):
        holds.release_hold(aged["due"].case_no, org["ops"], clock=clock)


def test_small_batches_purge_everything(store, org, closed_case, clock):
    clock.moment = dt.datetime(2022, 5, 5, 9, 0)
    made = [closed_case(complainant_name=f"客{i}", phone=f"1390000{i:04d}") for i in range(7)]
    clock.moment = dt.datetime(2026, 11, 26, 10, 0)
    seen = []
    result = run_purge(None, clock=clock, batch=3, progress=lambda d, t: seen.append((d, t)))
    assert result.counts["cases"] == len(made)
    assert seen == [(3, 7), (6, 7), (7, 7)]
    assert len(result.batch_seconds) == 3       # how long each held the write lock
    assert not Complaint.select().exists()


def test_batches_sized_by_time_purge_everything(store, org, closed_case, clock):
    clock.moment = dt.datetime(2022, 5, 5, 9, 0)
    made = [closed_case(complainant_name=f"客{i}", phone=f"1390000{i:04d}") for i in range(12)]
    clock.moment = dt.datetime(2026, 11, 26, 10, 0)
    seen = []
    result = run_purge(None, clock=clock, pause=0, progress=lambda d, t: seen.append(d))
    assert result.counts["cases"] == len(made) and seen[-1] == len(made)
    assert len(result.batch_seconds) == len(seen) >= 1
    assert not Complaint.select().exists()
    from desk.services.audit.verify import verify

    assert verify().ok


def test_a_held_case_keeps_what_it_links_to(aged, clock, org):  # noqa: F811
    """A corrective action verified long ago is due, unless one of its cases is held: then
    it stays, and so do its other cases; released, all of them go."""
    from desk.services.capa import actions as capa
    from desk.store.models.capa import CapaLink, CorrectiveAction

    capa_id = capa.open_capa(complaint_ids=[aged["held"].id, aged["due"].id],
                             problem="多次投诉同一收银台", by_id=org["clerk"], clock=clock)
    (CorrectiveAction.update(status="closed", verified_at=dt.datetime(2023, 6, 1, 9, 0))
     .where(CorrectiveAction.id == capa_id).execute())
    plan = plan_purge(clock)
    assert capa_id not in plan.capa_ids and plan.case_nos == []     # "due" is kept for it
    run_purge(org["ops"], clock=clock)
    assert CorrectiveAction.select().where(CorrectiveAction.id == capa_id).exists()
    assert CapaLink.select().where(CapaLink.capa == capa_id).count() == 2
    holds.release_hold(aged["held"].case_no, org["ops"], clock=clock)
    plan = plan_purge(clock)
    assert capa_id in plan.capa_ids
    assert set(plan.case_nos) == {aged["held"].case_no, aged["due"].case_no}
    run_purge(org["ops"], clock=clock)
    assert not CorrectiveAction.select().where(CorrectiveAction.id == capa_id).exists()
    from desk.services.audit.verify import verify

    assert verify().ok
