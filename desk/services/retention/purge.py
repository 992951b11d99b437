"""Running a purge: what ``plan_purge`` lists is deleted in short transactions (a batch
of cases each), then files no longer used, then the search index and the file's free
pages are cleaned up; a record of the counts is kept (no personal data)."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Callable

from desk.services.common.clock import system_clock
from desk.services.org.organisation import get_setting
from desk.services.org.permissions import require
from desk.services.retention import audit_hook
from desk.services.retention.plan import KINDS, PurgePlan, plan_purge
from desk.store import maintenance
from desk.store.db import transaction
from desk.store.maintenance import delete_where
from desk.store.models.capa import CapaAction, CapaLink, CorrectiveAction
from desk.store.models.cases import Attachment, Complaint, ComplaintChange, Draft
from desk.store.models.retention import LegalHold, PurgeRecord
from desk.store.models.review import SlipReview
from desk.store.models.revisits import Revisit, RevisitAttempt, RevisitCase
from desk.store.models.slips import (
    CaseEvent,
    Compensation,
    CustomerContact,
    HandlingSlip,
    ReplyDateChange,
    WrittenReply,
)

DRAFT_PREFIX = "complaint:"


@dataclass
class PurgeResult:
    record_id: int
    counts: dict[str, int]
    plan: PurgePlan
    #: how long each batch of cases held the write lock, in seconds
    batch_seconds: list[float] = field(default_factory=list)


@dataclass
class RevisitLinks:
    """Which of the cases being purged revisits point at, read once before the batches:
    ``IN (...)`` over these mostly empty columns is planned as a scan of all revisits
    (their statistics count the empty ones), some 10 ms a batch at a million cases."""
    case_of: dict[int, list[int]] = field(default_factory=dict)   # case -> its revisits
    led_to: dict[int, list[int]] = field(default_factory=dict)    # case -> revisits it came from
    listed: set[int] = field(default_factory=set)                 # cases in a revisit's list

    @classmethod
    def of(cls, case_ids: list[int]) -> RevisitLinks:
        due, links = set(case_ids), cls()
        for revisit, case, linked in Revisit.select(Revisit.id, Revisit.complaint,
                                                    Revisit.linked_case).tuples():
            if case in due:
                links.case_of.setdefault(case, []).append(revisit)
            if linked in due:
                links.led_to.setdefault(linked, []).append(revisit)
        links.listed = {case for (case,) in RevisitCase.select(RevisitCase.complaint).tuples()
                        if case in due}
        return links

    def revisits(self, table: dict[int, list[int]], ids: list[int]) -> list[int]:
        return [revisit for case in ids for revisit in table.get(case, ())]


def _delete_cases(ids: list[int], links: RevisitLinks | None = None
                  ) -> tuple[dict[str, int], set[str]]:
    """Delete one batch of cases and what hangs off them (inside a transaction). A
    revisit made for one of them after ``links`` was read is let go by the database's
    own rules (its case set to nothing, its list entry deleted)."""
    links = links or RevisitLinks.of(ids)
    shas = {r[0] for r in Attachment.select(Attachment.sha256)
            .where(Attachment.complaint.in_(ids)).tuples()}
    slip_ids = [r[0] for r in HandlingSlip.select(HandlingSlip.id)
                .where(HandlingSlip.complaint.in_(ids)).tuples()]
    delete_where(SlipReview, SlipReview.slip, slip_ids)
    delete_where(ReplyDateChange, ReplyDateChange.slip, slip_ids)
    counts = {"slips": delete_where(HandlingSlip, HandlingSlip.id, slip_ids),
              "events": delete_where(CaseEvent, CaseEvent.complaint, ids),
              "contacts": delete_where(CustomerContact, CustomerContact.complaint, ids),
              "changes": delete_where(ComplaintChange, ComplaintChange.complaint, ids),
              "compensation": delete_where(Compensation, Compensation.complaint, ids),
              "attachments": delete_where(Attachment, Attachment.complaint, ids)}
    delete_where(WrittenReply, WrittenReply.complaint, ids)
    delete_where(RevisitCase, RevisitCase.complaint, [i for i in ids if i in links.listed])
    delete_where(CapaLink, CapaLink.complaint, ids)
    delete_where(LegalHold, LegalHold.complaint, ids)          # released holds only
    for column, table in ((Revisit.complaint, links.case_of),
                          (Revisit.linked_case, links.led_to)):
        revisits = links.revisits(table, ids)
        if revisits:
            Revisit.update({column: None}).where(Revisit.id.in_(revisits)).execute()
    counts["cases"] = delete_where(Complaint, Complaint.id, ids)
    return counts, shas


def _delete_revisits(ids: list[int]) -> int:
    delete_where(RevisitAttempt, RevisitAttempt.revisit, ids)
    delete_where(RevisitCase, RevisitCase.revisit, ids)
    return delete_where(Revisit, Revisit.id, ids)


def _delete_capas(ids: list[int]) -> int:
    delete_where(CapaAction, CapaAction.capa, ids)
    delete_where(CapaLink, CapaLink.capa, ids)
    return delete_where(CorrectiveAction, CorrectiveAction.id, ids)


def remove_unused_files(shas: set[str]) -> int:
    """Delete the attachment files of ``shas`` that no row uses any more."""
    from desk.services.cases.attachments import blob_store

    if not shas:
        return 0
    used = set()
    listed = sorted(shas)
    for start in range(0, len(listed), 500):
        used.update(r[0] for r in Attachment.select(Attachment.sha256)
                    .where(Attachment.sha256.in_(listed[start:start + 500])).tuples())
    used.add(get_setting("company_logo") or "")
    store = blob_store()
    return sum(1 for sha in shas - used if store.remove(sha))


def delete_drafts(case_ids: set[int]) -> int:
    """Autosaved edit drafts of the given cases (keys ``complaint:<id>:<operator>``)."""
    gone = []
    for (key,) in Draft.select(Draft.key).where(Draft.key.startswith(DRAFT_PREFIX)).tuples():
        part = key[len(DRAFT_PREFIX):].split(":", 1)[0]
        if part.isdigit() and int(part) in case_ids:
            gone.append(key)
    if gone:
        Draft.delete().where(Draft.key.in_(gone)).execute()
    return len(gone)


def run_purge(by_id: int | None, clock=system_clock, batch: int | None = None,
              progress: Callable[[int, int], None] | None = None,
              plan: PurgePlan | None = None, pause: float | None = None) -> PurgeResult:
    """Delete what is due now (``plan``, when given, must come from ``plan_purge`` with
    the same clock: the preview the user confirmed). Cases, revisits and corrective
    actions go in batches sized by time (each holds the write lock about
    ``maintenance.BATCH_SECONDS``; ``batch`` fixes the number of cases per batch instead),
    and between two batches the lock is left free for ``pause`` seconds (by default as
    long as the last batch held it, 50 to 100 ms), so other desks' saves go in
    meanwhile."""
    require(by_id, "retention")
    plan = plan or plan_purge(clock)
    counts = dict.fromkeys(KINDS, 0)
    shas: set[str] = set()
    sizer = maintenance.BatchSizer(fixed=batch)

    def revisits(part: list[int]) -> None:
        counts["revisits"] += _delete_revisits(part)
        audit_hook.purging(by_id, revisit_ids=part, clock=clock)

    def cases(part: list[int]) -> None:
        done, found = _delete_cases(part, links)
        audit_hook.purging(by_id, part, clock=clock)
        shas.update(found)
        for kind, number in done.items():
            counts[kind] += number

    def capas(part: list[int]) -> None:
        counts["corrective_actions"] += _delete_capas(part)
        audit_hook.purging(by_id, capa_ids=part, clock=clock)

    with maintenance.checkpoints_apart():
        maintenance.BatchSizer(fixed=batch).run(plan.revisit_ids, revisits, pause)
        links = RevisitLinks.of(plan.case_ids)
        sizer.run(plan.case_ids, cases, pause, progress)
        maintenance.BatchSizer(fixed=batch).run(plan.capa_ids, capas, pause)
        with transaction():
            delete_drafts(set(plan.case_ids))
    counts["files"] = remove_unused_files(shas)
    with transaction():
        record = PurgeRecord.create(kind="purge", at=clock.now(), by=by_id,
                                    case_cutoff=plan.case_cutoff,
                                    capa_cutoff=plan.capa_cutoff,
                                    counts=json.dumps(counts))
        audit_hook.purged(by_id, counts, plan, clock)
    if not plan.empty:
        maintenance.scrub_search_index()
        maintenance.reclaim_space()
    return PurgeResult(record.id, counts, plan, sizer.durations)


@dataclass
class PurgeLogEntry:
    kind: str
    at: object
    by_id: int | None
    case_cutoff: object
    counts: dict[str, int]


def purge_log(limit: int = 50) -> list[PurgeLogEntry]:
    query = PurgeRecord.select().order_by(PurgeRecord.id.desc()).limit(limit)
    return [PurgeLogEntry(r.kind, r.at, r.by_id, r.case_cutoff, json.loads(r.counts or "{}"))
            for r in query]
