"""Reading the audit trail: entries as plain rows (``desk audit list``) and as a workbook
(``desk audit export``)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Iterator

from desk.documents.data.customer import CustomerData, DataSheet
from desk.i18n import N_, current_language, translate
from desk.services.audit.trail import head, record
from desk.services.common.clock import system_clock
from desk.store.models.audit import AuditEntry
from desk.text import when_text

TITLE = N_("Audit trail")
HEADERS = [N_("Entry"), N_("When"), N_("Who"), N_("Action"), N_("Record"), N_("Case number"),
           N_("Field"), N_("Old value"), N_("New value"), N_("Hash")]
ERASED = N_("(erased)")


def entries(case_no: str | None = None, since: dt.date | None = None) -> Iterator[dict]:
    """The entries, oldest first, as plain values (a placeholder of purged entries as one
    row with ``span``)."""
    query = AuditEntry.select().order_by(AuditEntry.seq)
    if case_no:
        query = query.where(AuditEntry.case_no == case_no.strip())
    if since:
        query = query.where(AuditEntry.at >= dt.datetime.combine(since, dt.time()))
    for row in query.iterator():
        yield {"seq": row.seq, "span": row.span, "at": row.at.isoformat(sep=" "),
               "user": row.user_name or None, "user_id": row.user_id, "action": row.action,
               "kind": row.kind, "record_id": row.record_id, "case_no": row.case_no or None,
               "field": row.field or None, "old": row.old, "new": row.new,
               "personal": row.personal,
               "erased": bool(row.personal and not row.salt), "hash": row.hash}


def audit_book(lang: str | None = None, clock=system_clock) -> CustomerData:
    lang = lang or current_language()
    erased = translate(ERASED, lang)
    rows = []
    for entry in entries():
        old, new = entry["old"], entry["new"]
        if entry["erased"]:
            old, new = (erased if old == "" and entry["personal"] else old), erased
        record = " ".join(str(x) for x in (entry["kind"], entry["record_id"] or "") if x)
        rows.append([entry["seq"], dt.datetime.fromisoformat(entry["at"]),
                     entry["user"] or "", entry["action"], record, entry["case_no"] or "",
                     entry["field"] or "", old, new, entry["hash"][:12]])
    now = clock.now()
    return CustomerData(translate(TITLE, lang), f"{head().text()} · {when_text(now)}", now,
                        [DataSheet(translate(TITLE, lang),
                                   [translate(h, lang) for h in HEADERS], rows)])


def export_trail(out: Path | str, by_id: int | None, lang: str | None = None,
                 clock=system_clock) -> Path:
    """The whole trail as a workbook (text is never a formula); it holds personal values,
    so the export is an entry of its own."""
    from desk.documents.xlsx.customer_data import write_customer_data
    from desk.store.db import transaction

    lang = lang or current_language()
    book = audit_book(lang, clock)
    path = write_customer_data(book, out, lang)
    with transaction():
        record(by_id, "audit.export", kind="audit", new=len(book.sheets[0].rows),
               clock=clock)
    return path
