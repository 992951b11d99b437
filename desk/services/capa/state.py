"""What the corrective-action form and its printout show: plain data read from the store."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desk.i18n import _
from desk.services.capa.actions import get_capa, record_no
from desk.services.capa.repeats import OBJECT_MODELS, object_names
from desk.services.common.clock import system_clock
from desk.services.org import organisation
from desk.store.models.capa import CapaAction, CapaLink, CorrectiveAction
from desk.store.models.cases import Complaint, Staff
from desk.text import mask_phone


@dataclass
class ActionRow:
    id: int
    kind: str
    text: str
    owner_id: int | None
    owner: str
    due: dt.date | None
    done: dt.date | None
    overdue: bool


@dataclass
class LinkedCase:
    id: int
    case_no: str
    received_at: dt.datetime
    category: str
    complainant: str
    status: str
    voided: bool


@dataclass
class CapaState:
    id: int
    number: str
    source_kind: str
    problem: str
    root_cause_category: str
    root_cause: str
    criteria: str                 # which complaints count as the same kind, as shown
    status: str
    opened_at: dt.datetime
    opened_by: str
    ops_signed_at: dt.datetime | None
    ops_signed_by: str
    gm_signed_at: dt.datetime | None
    gm_signed_by: str
    verify_days: int
    verify_from: dt.date | None
    verify_until: dt.date | None
    baseline_count: int | None
    verification_count: int | None
    effective: bool | None
    verified_at: dt.datetime | None
    actions: list[ActionRow] = field(default_factory=list)
    cases: list[LinkedCase] = field(default_factory=list)
    today: dt.date | None = None
    version: int = 1            # what a save of the problem and root cause started from

    @property
    def signed(self) -> bool:
        return bool(self.ops_signed_at or self.gm_signed_at)

    @property
    def can_verify(self) -> bool:
        return (self.status == "verifying" and self.verify_until is not None
                and self.today is not None and self.today > self.verify_until)


def _staff_names() -> dict[int, str]:
    return {s.id: s.name for s in Staff.select(Staff.id, Staff.name)}


def criteria_text(capa: CorrectiveAction) -> str:
    categories = {c.id: c.label for c in organisation.categories(include_inactive=True)}
    parts = []
    if capa.category_id:
        parts.append(categories.get(capa.category_id, ""))
    for name in ("tenant", "department", "staff"):
        oid = getattr(capa, f"{name}_id")
        if oid:
            parts.append(object_names(OBJECT_MODELS[name]).get(oid, str(oid)))
    if capa.phone_digits:
        parts.append(mask_phone(capa.phone_digits))
    return " / ".join(p for p in parts if p) or _("(not set)")


def capa_state(capa_id: int, clock=system_clock) -> CapaState:
    capa = get_capa(capa_id)
    names = _staff_names()
    today = clock.now().date()
    categories = {c.id: c.label for c in organisation.categories(include_inactive=True)}
    state = CapaState(
        capa.id, record_no(capa), capa.source_kind, capa.problem, capa.root_cause_category,
        capa.root_cause, criteria_text(capa), capa.status, capa.opened_at,
        names.get(capa.opened_by_id, ""), capa.ops_signed_at, names.get(capa.ops_signed_by_id, ""),
        capa.gm_signed_at, names.get(capa.gm_signed_by_id, ""), capa.verify_days,
        capa.verify_from, capa.verify_until, capa.baseline_count, capa.verification_count,
        capa.effective, capa.verified_at, today=today, version=capa.version)
    for a in CapaAction.select().where(CapaAction.capa == capa_id).order_by(
            CapaAction.kind, CapaAction.id):
        state.actions.append(ActionRow(a.id, a.kind, a.text, a.owner_id,
                                       names.get(a.owner_id, a.owner_name) or a.owner_name,
                                       a.due, a.done, a.done is None and a.due is not None
                                       and a.due < today))
    for c in (Complaint.select().join(CapaLink, on=(CapaLink.complaint == Complaint.id))
              .where(CapaLink.capa == capa_id).order_by(Complaint.received_at)):
        state.cases.append(LinkedCase(c.id, c.case_no, c.received_at,
                                      categories.get(c.category_id, ""), c.complainant_name,
                                      c.status, c.voided))
    return state


@dataclass
class CapaRow:
    id: int
    number: str
    status: str
    problem: str
    opened_at: dt.datetime
    open_actions: int
    overdue_actions: int


def capa_list(include_closed: bool = False, clock=system_clock) -> list[CapaRow]:
    today = clock.now().date()
    query = CorrectiveAction.select().order_by(CorrectiveAction.id.desc())
    if not include_closed:
        query = query.where(CorrectiveAction.status != "closed")
    rows = []
    for capa in query:
        actions = list(CapaAction.select(CapaAction.due, CapaAction.done)
                       .where(CapaAction.capa == capa.id))
        rows.append(CapaRow(capa.id, record_no(capa), capa.status,
                            " ".join(capa.problem.split())[:200], capa.opened_at,
                            sum(a.done is None for a in actions),
                            sum(a.done is None and a.due is not None and a.due < today
                                for a in actions)))
    return rows
