"""Where purges, erasures and customer-data exports meet the audit trail.

The trail's checkpoint keeps the chain verifiable after a purge: the purged entries are
replaced by one entry carrying their count and the hash of what it replaces. Nothing
here carries a name, phone number or other erased value.
"""
from __future__ import annotations


def purged(by_id, counts: dict[str, int], plan, clock) -> None:
    """A purge ran (counts and cut-offs only)."""


def erased(by_id, cases: int, clock) -> None:
    """A customer's data was erased from ``cases`` cases (no erased value)."""


def exported(by_id, cases: int, clock) -> None:
    """A customer's data was exported."""


def revealed_phone(by_id, complaint_id: int, clock) -> None:
    """Someone whose role sees masked numbers revealed one."""
