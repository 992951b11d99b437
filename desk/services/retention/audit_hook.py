"""Where purges, erasures, customer-data exports and revealed phone numbers meet the audit
trail.

A purge replaces the entries about what it deletes by a checkpoint (batch by batch, in
the batch's transaction) that carries their count and the hash of what it replaces, so
the chain stays verifiable. Nothing written here carries a name, phone number or other
erased value.
"""
from __future__ import annotations

from desk.services.audit import trail

#: cases or records per checkpoint
CHUNK = 500


def purging(by_id, case_ids=(), revisit_ids=(), capa_ids=(), clock=None) -> int:
    """Entries about the cases, revisits and corrective actions being deleted give way to
    a checkpoint (inside the deleting transaction); the number replaced."""
    records = [("revisit", i) for i in revisit_ids] + [("capa", i) for i in capa_ids]
    kwargs = {"clock": clock} if clock is not None else {}
    cases = list(case_ids)
    replaced = 0
    for start in range(0, max(len(cases), len(records)), CHUNK):   # bounded IN (...) lists
        replaced += trail.checkpoint(by_id, cases[start:start + CHUNK],
                                     records[start:start + CHUNK], **kwargs)
    return replaced


def purged(by_id, counts: dict[str, int], plan, clock) -> None:
    """A purge ran (counts and cut-offs only)."""
    trail.record(by_id, "purge", kind="retention", new={
        "counts": counts, "case_cutoff": plan.case_cutoff, "capa_cutoff": plan.capa_cutoff},
        clock=clock)


def erased(by_id, case_ids, revisit_ids, capa_ids, clock) -> None:
    """A customer's data was erased from these cases: their personal values leave the
    trail too (the digests stay), and the erasure is an entry without any erased value.
    Inside the erasing transaction."""
    records = [("revisit", i) for i in revisit_ids] + [("capa", i) for i in capa_ids]
    blanked = trail.erase_values(case_ids, records)
    trail.record(by_id, "customer.erase", kind="customer", new={
        "cases": len(case_ids), "revisits": len(revisit_ids),
        "corrective_actions": len(capa_ids), "entries_blanked": blanked}, clock=clock)


def exported(by_id, case_nos: list[str], clock) -> None:
    """A customer's data was exported (which cases; not the number asked for)."""
    trail.record(by_id, "customer.export", kind="customer", new=" ".join(case_nos),
                 clock=clock)


def revealed_phone(by_id, complaint_id: int, clock) -> None:
    """Someone whose role sees masked numbers revealed one."""
    trail.record(by_id, "phone.reveal", complaint_id=complaint_id, field="phone",
                 clock=clock)
