"""What a purge would delete now: the cut-off dates, the cases and corrective actions past
them, and the rows, files and revisits that go with them, by kind.

A case is due when it was closed (or voided) before the case cut-off, is not on legal hold
and is not linked to a corrective action that is kept. A corrective action is due when it
was verified and closed before its cut-off and none of its cases is on hold. A revisit goes
when every case it covers goes.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import fn

from desk.i18n import N_, _
from desk.services.common.clock import system_clock
from desk.services.org.organisation import get_setting
from desk.services.retention.holds import HoldInfo, active_holds, held_ids_query
from desk.services.retention.policy import RetentionPolicy, cutoffs, get_policy
from desk.store.models.capa import CapaLink, CorrectiveAction
from desk.store.models.cases import Attachment, Complaint, ComplaintChange
from desk.store.models.revisits import Revisit, RevisitCase
from desk.store.models.slips import CaseEvent, Compensation, CustomerContact, HandlingSlip

#: the kinds of record a purge counts, in the order they are shown
KINDS = {
    "cases": N_("Case records"),
    "slips": N_("Handling slips"),
    "events": N_("Timeline events"),
    "contacts": N_("Contacts with the customer"),
    "changes": N_("Edit history entries"),
    "compensation": N_("Compensation entries"),
    "attachments": N_("Attachments"),
    "files": N_("Attachment files"),
    "revisits": N_("Revisits"),
    "corrective_actions": N_("Corrective actions"),
}


def kind_label(kind: str) -> str:
    return _(KINDS[kind])


@dataclass
class PurgePlan:
    now: dt.datetime
    case_cutoff: dt.datetime
    capa_cutoff: dt.datetime
    counts: dict[str, int]
    case_ids: list[int]
    case_nos: list[str]
    capa_ids: list[int]
    revisit_ids: list[int]
    holds: list[HoldInfo] = field(default_factory=list)
    kept_for_capa: int = 0     # cases past the cut-off kept for a corrective action
    kept_on_hold: int = 0      # cases past the cut-off kept on legal hold

    @property
    def empty(self) -> bool:
        return not (self.case_ids or self.capa_ids or self.revisit_ids)

    def as_json(self) -> dict:
        return {"case_cutoff": self.case_cutoff.isoformat(),
                "capa_cutoff": self.capa_cutoff.isoformat(),
                "counts": dict(self.counts), "case_nos": list(self.case_nos),
                "kept_on_hold": self.kept_on_hold, "kept_for_capa": self.kept_for_capa,
                "holds": [h.as_json() for h in self.holds]}


def _past_cutoff(case_cutoff: dt.datetime):
    closed = (Complaint.status == "closed") & (Complaint.closed_at < case_cutoff)
    void = Complaint.voided & (fn.COALESCE(Complaint.voided_at, Complaint.received_at)
                               < case_cutoff)
    return closed | void


def _due_capa_query(capa_cutoff: dt.datetime):
    held_links = CapaLink.select(CapaLink.capa).where(CapaLink.complaint.in_(held_ids_query()))
    return (CorrectiveAction.select(CorrectiveAction.id)
            .where((CorrectiveAction.status == "closed")
                   & (fn.COALESCE(CorrectiveAction.verified_at, CorrectiveAction.updated_at)
                      < capa_cutoff)
                   & CorrectiveAction.id.not_in(held_links)))


def due_case_query(case_cutoff: dt.datetime, capa_cutoff: dt.datetime):
    """The ids of the cases due, as a query (usable as a subquery)."""
    kept_capa_cases = (CapaLink.select(CapaLink.complaint)
                       .where(CapaLink.capa.not_in(_due_capa_query(capa_cutoff))))
    return (Complaint.select(Complaint.id)
            .where(_past_cutoff(case_cutoff)
                   & Complaint.id.not_in(held_ids_query())
                   & Complaint.id.not_in(kept_capa_cases)))


def due_revisit_ids(due_cases: set[int], case_cutoff: dt.datetime) -> list[int]:
    """Revisits whose cases all go; revisits of no case (periodic plans) once finished
    before the cut-off."""
    covered: dict[int, bool] = {}
    for revisit_id, complaint_id in RevisitCase.select(RevisitCase.revisit,
                                                       RevisitCase.complaint).tuples():
        covered[revisit_id] = covered.get(revisit_id, True) and complaint_id in due_cases
    result = []
    query = Revisit.select(Revisit.id, Revisit.complaint, Revisit.status, Revisit.created_at,
                           Revisit.done_at).tuples()
    for revisit_id, complaint_id, status, created, done in query:
        if revisit_id in covered:
            goes = covered[revisit_id] and (complaint_id is None or complaint_id in due_cases)
        elif complaint_id is not None:
            goes = complaint_id in due_cases
        else:
            goes = status != "due" and (done or created) < case_cutoff
        if goes:
            result.append(revisit_id)
    return result


def _count(model, column, due) -> int:
    return model.select().where(column.in_(due)).count()


def _files(due) -> int:
    kept = Attachment.select(Attachment.sha256).where(Attachment.complaint.not_in(due))
    logo = get_setting("company_logo") or ""
    return (Attachment.select(fn.COUNT(fn.DISTINCT(Attachment.sha256)))
            .where(Attachment.complaint.in_(due) & Attachment.sha256.not_in(kept)
                   & (Attachment.sha256 != logo)).scalar() or 0)


def plan_purge(clock=system_clock, policy: RetentionPolicy | None = None) -> PurgePlan:
    """What ``desk purge --yes`` would delete now (reads only)."""
    now = clock.now()
    case_cutoff, capa_cutoff = cutoffs(now, policy or get_policy())
    due = due_case_query(case_cutoff, capa_cutoff)
    rows = list(Complaint.select(Complaint.id, Complaint.case_no)
                .where(Complaint.id.in_(due)).order_by(Complaint.id).tuples())
    case_ids = [r[0] for r in rows]
    capa_ids = [r[0] for r in _due_capa_query(capa_cutoff).tuples()]
    revisit_ids = due_revisit_ids(set(case_ids), case_cutoff)
    counts = {
        "cases": len(case_ids),
        "slips": _count(HandlingSlip, HandlingSlip.complaint, due),
        "events": _count(CaseEvent, CaseEvent.complaint, due),
        "contacts": _count(CustomerContact, CustomerContact.complaint, due),
        "changes": _count(ComplaintChange, ComplaintChange.complaint, due),
        "compensation": _count(Compensation, Compensation.complaint, due),
        "attachments": _count(Attachment, Attachment.complaint, due),
        "files": _files(due),
        "revisits": len(revisit_ids),
        "corrective_actions": len(capa_ids),
    }
    past = Complaint.select(Complaint.id).where(_past_cutoff(case_cutoff))
    kept_on_hold = past.where(Complaint.id.in_(held_ids_query())).count()
    return PurgePlan(now, case_cutoff, capa_cutoff, counts, case_ids, [r[1] for r in rows],
                     capa_ids, revisit_ids, active_holds(),
                     kept_for_capa=past.count() - kept_on_hold - len(case_ids),
                     kept_on_hold=kept_on_hold)
