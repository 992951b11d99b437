"""Checking the audit trail: every entry follows the one before it, its content matches
its hash, its personal values match their digests (unless erased), the head matches the
newest entry, each purge's placeholders match their checkpoint — and, given the head
printed on a paper report, that entry is still in the chain."""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass

from desk.i18n import _
from desk.services.audit.trail import (
    AT_FORMAT,
    CHECKPOINT,
    PURGED,
    chain_hash,
    content,
    digest,
    stand_in_digest,
)
from desk.store.models.audit import GENESIS, AuditEntry, AuditHead


@dataclass(frozen=True)
class Failure:
    seq: int
    reason: str
    at: dt.datetime | None = None
    action: str = ""
    case_no: str = ""

    def text(self) -> str:
        where = ", ".join(x for x in (self.at.strftime(AT_FORMAT) if self.at else "",
                                      self.action, self.case_no) if x)
        name = _("Entry {seq}").format(seq=self.seq) + (f" ({where})" if where else "")
        return _("{entry} fails: {reason}").format(entry=name, reason=self.reason)


@dataclass(frozen=True)
class Verification:
    rows: int                       # rows read (a placeholder counts once)
    count: int                      # entries in the chain, purged ones included
    hex: str
    failure: Failure | None = None
    anchor_note: str = ""

    @property
    def ok(self) -> bool:
        return self.failure is None


_COLUMNS = (AuditEntry.seq, AuditEntry.span, AuditEntry.at, AuditEntry.user_id,
            AuditEntry.user_name, AuditEntry.action, AuditEntry.kind, AuditEntry.record_id,
            AuditEntry.complaint_id, AuditEntry.case_no, AuditEntry.field, AuditEntry.old,
            AuditEntry.new, AuditEntry.personal, AuditEntry.salt, AuditEntry.old_digest,
            AuditEntry.new_digest, AuditEntry.prev_hash, AuditEntry.hash)


def parse_anchor(text: str) -> tuple[int | None, str]:
    """``HEX`` or ``COUNT:HEX`` (as printed: "1234 entries, head 3f2a..." also works)."""
    words = [w for w in re.split(r"[^0-9A-Za-z]+", text or "") if w]
    if not words or not re.fullmatch(r"[0-9a-fA-F]{6,64}", words[-1]):
        raise ValueError(_("Give the head as printed on the report: its hex digits, "
                           "optionally after the entry count (1234:3f2a9b0c1d2e)."))
    count = next((int(w) for w in words[:-1] if w.isdigit()), None)
    return count, words[-1].lower()


def verify(anchor: str | None = None) -> Verification:
    """Walk the whole chain; the first entry that fails, if any."""
    want_seq, want_hex = parse_anchor(anchor) if anchor else (None, "")
    anchor_found = not anchor
    note = ""
    prev, expected, rows = GENESIS, 1, 0
    stand_ins: dict[int, list[dict]] = {}
    summaries: dict[int, tuple[dict, Failure]] = {}
    query = AuditEntry.select(*_COLUMNS).order_by(AuditEntry.seq).tuples()
    for (seq, span, at, user_id, user_name, action, kind, record_id, complaint_id, case_no,
         field, old, new, personal, salt, old_digest, new_digest, prev_hash,
         hash_) in query.iterator():
        rows += 1
        here = dict(at=at, action=action, case_no=case_no)
        if seq != expected:
            if seq > expected:
                return _failed(rows, expected - 1, prev, Failure(expected, _(
                    "it is missing (the chain goes on at entry {seq}).").format(seq=seq)))
            return _failed(rows, expected - 1, prev, Failure(seq, _(
                "it overlaps the entries before it."), **here))
        if prev_hash != prev:
            return _failed(rows, seq, prev, Failure(seq, _(
                "it does not follow the entry before it: an entry was inserted, removed or "
                "changed there."), **here))
        if action == PURGED:
            stand_ins.setdefault(record_id, []).append(
                {"seq": seq, "span": span, "prev_hash": prev_hash, "hash": hash_})
            if want_seq is not None and seq <= want_seq < seq + span - 1:
                anchor_found = True
                note = _("The entry the paper names was purged since; the entries around "
                         "it still link up.")
        else:
            text = content(seq, at, user_id, user_name, action, kind, record_id, complaint_id,
                           case_no, field, personal, old, new, old_digest, new_digest)
            if chain_hash(prev_hash, text) != hash_ or span != 1:
                return _failed(rows, seq, prev, Failure(seq, _(
                    "its content does not match its hash: it was changed."), **here))
            if personal and salt and (digest(salt, old) != old_digest
                                      or digest(salt, new) != new_digest):
                return _failed(rows, seq, prev, Failure(seq, _(
                    "its values do not match their digests: they were changed."), **here))
            if personal and not salt and (old or new):
                return _failed(rows, seq, prev, Failure(seq, _(
                    "its values do not match their digests: they were changed."), **here))
            if action == CHECKPOINT:
                summaries[seq] = (_summary(new), Failure(seq, _(
                    "the purge checkpoint does not match the entries it replaced."), **here))
        if want_hex and hash_.startswith(want_hex) and want_seq in (None, seq + span - 1):
            anchor_found = True
        prev, expected = hash_, seq + span
    last = expected - 1
    head = AuditHead.get_or_none(AuditHead.id == 1)
    if head is None or (head.last_seq, head.last_hash) != (last, prev):
        if head is not None and head.last_seq > last:
            return _failed(rows, last, prev, Failure(last + 1, _(
                "it is missing: the chain's head says it has {count} entries.").format(
                count=head.last_seq)))
        return _failed(rows, last, prev, Failure(last, _(
            "the chain's head does not match it: entries were added or removed outside "
            "Desk.")))
    for seq, (summary, failure) in sorted(summaries.items()):
        mine = stand_ins.pop(seq, [])
        if summary.get("digest") != stand_in_digest(mine) \
                or summary.get("entries") != sum(s["span"] for s in mine):
            return _failed(rows, last, prev, failure)
    if stand_ins:
        first = min(s["seq"] for group in stand_ins.values() for s in group)
        return _failed(rows, last, prev, Failure(first, _(
            "it claims to stand for purged entries, but no purge checkpoint lists it.")))
    if not anchor_found:
        return _failed(rows, last, prev, Failure(want_seq or last, _(
            "no entry has the head {hex} printed on paper: the chain was rewritten since."
        ).format(hex=want_hex)))
    return Verification(rows, last, prev[:12], None, note)


def _summary(text: str) -> dict:
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _failed(rows: int, count: int, prev: str, failure: Failure) -> Verification:
    return Verification(rows, count, prev[:12], failure)
