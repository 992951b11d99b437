"""Fill the revisit log from the store and render it.

The month's revisit log holds the revisits due in that month or finished in it (cancelled
ones left out). Labels are translated into the document's language. The clerk calls from
it: a revisit still to make shows the whole number, the others a masked one.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

from desk.services.casework.documents import company
from desk.services.common import vocab
from desk.services.common.dates import add_months, parse_month
from desk.services.common.labels import label_in, named_in, value_lang
from desk.services.revisits.vocab import (
    METHODS,
    OUTCOMES,
    REASONS,
    REVISIT_KINDS,
    REVISIT_STATUSES,
)
from desk.store.models.cases import Category, Complaint, Staff
from desk.store.models.revisits import Revisit, RevisitAttempt, RevisitCase
from desk.text import mask_phone


def _category_names(lang: str) -> dict[int, str]:
    return {c.id: named_in(vocab.DEFAULT_CATEGORIES, c, lang) for c in Category.select()}


def _number(revisit: Revisit, phone: str) -> str:
    """The number as the caller must dial it while the revisit is still to make."""
    return (phone or "") if revisit.status == "due" else mask_phone(phone)


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
    sep = ", " if value_lang(lang) == "en" else "、"
    rows = []
    for no, r in enumerate(revisits, start=1):
        linked = cases.get(r.id, [])
        tries = attempts.get(r.id, [])
        methods = Counter(a.method for a in tries)
        phone = next((p for _n, _c, p in reversed(linked) if p), "") or r.phone_digits
        rows.append(RevisitLogRow(
            no=no, due_date=r.due_date, done_at=r.done_at, customer=r.customer_name,
            phone=_number(r, phone), case_nos=[c[0] for c in linked],
            categories=sep.join(dict.fromkeys(categories.get(c[1], "") for c in linked)),
            kind=label_in(REVISIT_KINDS, r.kind, lang),
            attempts=sep.join(f"{label_in(METHODS, m, lang)} ×{n}" for m, n in methods.items()),
            satisfaction=r.satisfaction,
            reasons=sep.join(label_in(REASONS, c, lang) for c in r.reasons.split(",") if c),
            words=r.words, outcome=label_in(OUTCOMES, r.outcome, lang) if r.outcome else "",
            status=label_in(REVISIT_STATUSES, r.status, lang),
            by=names.get(r.done_by_id) or (names.get(tries[-1].by_id, "") if tries else "")))
    scores = [r.satisfaction for r in revisits if r.satisfaction]
    return RevisitLogData(first, rows, len(revisits),
                          sum(r.reached_at is not None for r in revisits),
                          sum(r.status == "unreachable" for r in revisits),
                          round(sum(scores) / len(scores), 2) if scores else None)


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
