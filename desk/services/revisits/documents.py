"""Fill the revisit-log and corrective-action documents from the store and render them.

The month's revisit log holds the revisits due in that month or finished in it (cancelled
ones left out). Labels are translated into the document's language; phones are masked.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

from desk.i18n import N_, translate
from desk.services.capa.state import capa_state
from desk.services.casework.base import active_slip
from desk.services.casework.documents import case_summary, company
from desk.services.common import vocab
from desk.services.common.clock import system_clock
from desk.services.revisits.campaign import add_months, parse_month
from desk.services.revisits.vocab import (
    ACTION_KINDS,
    CAPA_STATUSES,
    METHODS,
    OUTCOMES,
    REASONS,
    REVISIT_KINDS,
    REVISIT_STATUSES,
    ROOT_CAUSES,
    SUGGESTION_KINDS,
    mask_phone,
)
from desk.store.models.cases import Category, Complaint, Staff
from desk.store.models.revisits import Revisit, RevisitAttempt, RevisitCase

RESULT_EFFECTIVE = N_("Effective: the same kind of complaint did not come back")
RESULT_NOT_EFFECTIVE = N_("Not effective: the same kind of complaint came back")
RESULT_PENDING = N_("Not verified yet")


def _value_lang(lang: str) -> str:
    return "zh_CN" if lang == "bilingual" else lang


def _label(table: dict, code, lang: str) -> str:
    text = table.get(code)
    return translate(text, _value_lang(lang)) if text else ("" if code is None else str(code))


def _category_names(lang: str) -> dict[int, str]:
    return {c.id: (translate(c.name, _value_lang(lang))
                   if c.code and vocab.DEFAULT_CATEGORIES.get(c.code) == c.name else c.name)
            for c in Category.select()}


def revisit_log_data(month, lang: str):
    from desk.documents.data.revisits import RevisitLogData, RevisitLogRow

    first = parse_month(month)
    following = add_months(first, 1)
    start, end = (dt.datetime.combine(first, dt.time()),
                  dt.datetime.combine(following, dt.time()))
    revisits = list(Revisit.select().where(
        (Revisit.status != "cancelled")
        & (((Revisit.due_date >= first) & (Revisit.due_date < following))
           | ((Revisit.done_at >= start) & (Revisit.done_at < end))))
        .order_by(Revisit.due_date, Revisit.id))
    ids = [r.id for r in revisits]
    categories = _category_names(lang)
    names = {s.id: s.name for s in Staff.select(Staff.id, Staff.name)}
    cases: dict[int, list[tuple[str, int, str]]] = {}
    attempts: dict[int, list[RevisitAttempt]] = {}
    for start_at in range(0, len(ids), 500):
        chunk = ids[start_at:start_at + 500]
        for rid, case_no, cat, phone in (
                RevisitCase.select(RevisitCase.revisit, Complaint.case_no, Complaint.category,
                                   Complaint.phone)
                .join(Complaint, on=(RevisitCase.complaint == Complaint.id))
                .where(RevisitCase.revisit.in_(chunk)).order_by(Complaint.received_at).tuples()):
            cases.setdefault(rid, []).append((case_no, cat, phone))
        for a in (RevisitAttempt.select().where(RevisitAttempt.revisit.in_(chunk))
                  .order_by(RevisitAttempt.at)):
            attempts.setdefault(a.revisit_id, []).append(a)
    sep = ", " if _value_lang(lang) == "en" else "、"
    rows = []
    for no, r in enumerate(revisits, start=1):
        linked = cases.get(r.id, [])
        tries = attempts.get(r.id, [])
        methods = Counter(a.method for a in tries)
        phone = next((p for _n, _c, p in reversed(linked) if p), "") or r.phone_digits
        rows.append(RevisitLogRow(
            no=no, due_date=r.due_date, done_at=r.done_at, customer=r.customer_name,
            phone=mask_phone(phone), case_nos=[c[0] for c in linked],
            categories=sep.join(dict.fromkeys(categories.get(c[1], "") for c in linked)),
            kind=_label(REVISIT_KINDS, r.kind, lang),
            attempts=sep.join(f"{_label(METHODS, m, lang)} ×{n}" for m, n in methods.items()),
            satisfaction=r.satisfaction,
            reasons=sep.join(_label(REASONS, c, lang) for c in r.reasons.split(",") if c),
            words=r.words, outcome=_label(OUTCOMES, r.outcome, lang) if r.outcome else "",
            status=_label(REVISIT_STATUSES, r.status, lang),
            by=names.get(r.done_by_id) or (names.get(tries[-1].by_id, "") if tries else "")))
    scores = [r.satisfaction for r in revisits if r.satisfaction]
    return RevisitLogData(first, rows, len(revisits),
                          sum(r.reached_at is not None for r in revisits),
                          sum(r.status == "unreachable" for r in revisits),
                          round(sum(scores) / len(scores), 2) if scores else None)


def capa_record_data(capa_id: int, lang: str, clock=system_clock):
    from desk.documents.data.revisits import AttachedCase, CapaActionLine, CapaRecordData

    state = capa_state(capa_id, clock)
    if state.effective is None:
        result = RESULT_PENDING
    else:
        result = RESULT_EFFECTIVE if state.effective else RESULT_NOT_EFFECTIVE
    attached = []
    for linked in state.cases:
        record = Complaint.get_or_none(Complaint.id == linked.id)
        if record is None:
            continue
        slip = active_slip(record.id)
        attached.append(AttachedCase(case_summary(record, _value_lang(lang)),
                                     _label(vocab.STATUSES, record.status, lang),
                                     slip.result if slip else ""))
    return CapaRecordData(
        number=state.number, status=_label(CAPA_STATUSES, state.status, lang),
        opened_at=state.opened_at, opened_by=state.opened_by,
        source=_label(SUGGESTION_KINDS, state.source_kind, lang), criteria=state.criteria,
        problem=state.problem,
        root_cause_category=_label(ROOT_CAUSES, state.root_cause_category, lang)
        if state.root_cause_category else "",
        root_cause=state.root_cause,
        actions=[CapaActionLine(_label(ACTION_KINDS, a.kind, lang), a.text, a.owner, a.due,
                                a.done) for a in state.actions],
        ops_signed_by=state.ops_signed_by, ops_signed_at=state.ops_signed_at,
        gm_signed_by=state.gm_signed_by, gm_signed_at=state.gm_signed_at,
        verify_days=state.verify_days, verify_from=state.verify_from,
        verify_until=state.verify_until, baseline_count=state.baseline_count,
        verification_count=state.verification_count,
        result=translate(result, _value_lang(lang)), cases=attached)


def render_revisit_log(month, out: Path, lang: str) -> Path:
    """The month's revisit log as PDF or xlsx, by the suffix of ``out``."""
    out = Path(out)
    data = revisit_log_data(month, lang)
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.suffix.lower() == ".xlsx":
        from desk.documents.xlsx.revisits import write_revisit_xlsx

        write_revisit_xlsx(data, out, lang)
    else:
        from desk.documents.pdf.revisit_log import render_revisit_log as render

        render(data, company(), out, lang)
    return out


def render_capa(capa_id: int, out: Path, lang: str, clock=system_clock) -> Path:
    from desk.documents.pdf.capa_record import render_capa_record

    out = Path(out)
    data = capa_record_data(capa_id, lang, clock)
    out.parent.mkdir(parents=True, exist_ok=True)
    render_capa_record(data, company(), out, lang)
    return out
