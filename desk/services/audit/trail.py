"""The audit trail: every change is one entry, appended in the transaction of the change.

Entries form a hash chain: each holds the SHA-256 of the previous entry's hash and of its
own content, so an entry changed, inserted or removed behind Desk's back breaks the chain
(:mod:`desk.services.audit.verify`). Personal values (names, phone numbers, free text)
enter the content as salted digests kept beside the values: an erasure blanks the value
and its salt, the digest stays and the chain still verifies, and nothing of the value is
left. A purge replaces the entries of what it deletes by placeholders and one checkpoint
entry carrying their count and the hash of what they replace.
"""
from __future__ import annotations

import datetime as dt
import decimal
import hashlib
import json
import secrets
from dataclasses import dataclass
from typing import Iterable

from desk.i18n import _
from desk.services.common.clock import system_clock
from desk.services.common.rows import with_defaults
from desk.store.bulk import bulk_insert
from desk.store.db import in_transaction, locked, transaction
from desk.store.models.audit import GENESIS, AuditEntry, AuditHead
from desk.store.models.cases import Complaint, Staff

AT_FORMAT = "%Y-%m-%d %H:%M:%S"
#: the action of the rows that stand for purged entries
PURGED = "purged"
CHECKPOINT = "checkpoint"


def digest(salt: str, value: str) -> str:
    return hashlib.sha256(f"{salt}\x1f{value}".encode("utf-8", "surrogatepass")).hexdigest()


def as_text(value) -> str:
    """How a value is kept in an entry."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, dt.datetime):
        return value.strftime(AT_FORMAT)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return format(value, "f")
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return str(value)


def content(seq, at: dt.datetime, user_id, user_name: str, action: str, kind: str,
            record_id, complaint_id, case_no: str, field: str, personal: bool, old: str,
            new: str, old_digest: str, new_digest: str) -> str:
    """What an entry's hash covers (personal values by their digests only)."""
    values = [old_digest, new_digest] if personal else [old, new]
    return json.dumps([int(seq), at.strftime(AT_FORMAT), user_id, user_name, action, kind,
                       record_id, complaint_id, case_no, field, bool(personal), *values],
                      ensure_ascii=True, separators=(",", ":"))


def chain_hash(prev_hash: str, text: str) -> str:
    return hashlib.sha256(f"{prev_hash}\n{text}".encode("ascii")).hexdigest()


def _lock_head() -> AuditHead:
    """The head, read for update (inside the caller's transaction)."""
    head = locked(AuditHead.select().where(AuditHead.id == 1)).first()
    if head is not None:
        return head
    last = AuditEntry.select().order_by(AuditEntry.seq.desc()).first()
    AuditHead.insert(id=1, last_seq=last.seq + last.span - 1 if last else 0,
                     last_hash=last.hash if last else GENESIS).execute()
    return locked(AuditHead.select().where(AuditHead.id == 1)).get()


def _user_name(by_id) -> str:
    if not by_id:
        return ""
    return Staff.select(Staff.name).where(Staff.id == by_id).scalar() or f"#{by_id}"


def record(by_id, action: str, *, complaint_id=None, case_no=None, kind=None, record_id=None,
           field=None, old=None, new=None, personal: bool = False,
           at: dt.datetime | None = None, clock=system_clock,
           user_name: str | None = None) -> int:
    """Append one entry (inside the caller's transaction, so it is saved with the change
    or not at all); returns its position in the chain. ``personal`` values are kept with a
    salted digest, so an erasure can blank them later. ``user_name``: the acting person's
    name when the caller has read it already."""
    moment = (at or clock.now()).replace(microsecond=0)
    if complaint_id and not case_no:
        case_no = Complaint.select(Complaint.case_no).where(
            Complaint.id == complaint_id).scalar()
    if user_name is None or not by_id:
        user_name = _user_name(by_id)
    row = {"at": moment, "user_id": by_id or None, "user_name": user_name,
           "action": action, "kind": kind or ("case" if complaint_id else ""),
           "record_id": record_id, "complaint_id": complaint_id or None,
           "case_no": case_no or "", "field": field or "", "old": as_text(old),
           "new": as_text(new), "personal": bool(personal)}
    if in_transaction():          # the caller's: no savepoint of its own
        return _append(row)
    with transaction():
        return _append(row)


def _append(row: dict) -> int:
    head = _lock_head()
    seq = head.last_seq + 1
    salt = secrets.token_hex(16) if row["personal"] else ""
    row.update(seq=seq, salt=salt,
               old_digest=digest(salt, row["old"]) if salt else "",
               new_digest=digest(salt, row["new"]) if salt else "")
    text = content(seq, row["at"], row["user_id"], row["user_name"], row["action"],
                   row["kind"], row["record_id"], row["complaint_id"], row["case_no"],
                   row["field"], row["personal"], row["old"], row["new"], row["old_digest"],
                   row["new_digest"])
    row.update(prev_hash=head.last_hash, hash=chain_hash(head.last_hash, text))
    AuditEntry.insert(**row).execute()
    AuditHead.update(last_seq=seq, last_hash=row["hash"]).where(AuditHead.id == 1).execute()
    return seq


def record_many(entries: Iterable[dict]) -> int:
    """Append many entries at once (an import, the demo), inside the caller's transaction:
    each dict holds ``record``'s arguments (``by_id``, ``action``, ``at`` and the
    keywords). Returns the number appended."""
    names: dict = {}
    rows = []
    with transaction():
        head = _lock_head()
        seq, prev = head.last_seq, head.last_hash
        for entry in entries:
            by_id = entry.get("by_id") or None
            if by_id not in names:
                names[by_id] = _user_name(by_id)
            seq += 1
            row = {"seq": seq, "span": 1, "at": entry["at"].replace(microsecond=0),
                   "user_id": by_id, "user_name": names[by_id], "action": entry["action"],
                   "kind": entry.get("kind") or ("case" if entry.get("complaint_id") else ""),
                   "record_id": entry.get("record_id"),
                   "complaint_id": entry.get("complaint_id"),
                   "case_no": entry.get("case_no") or "", "field": entry.get("field") or "",
                   "old": as_text(entry.get("old")), "new": as_text(entry.get("new")),
                   "personal": bool(entry.get("personal"))}
            salt = secrets.token_hex(16) if row["personal"] else ""
            row.update(salt=salt, old_digest=digest(salt, row["old"]) if salt else "",
                       new_digest=digest(salt, row["new"]) if salt else "")
            text = content(seq, row["at"], by_id, row["user_name"], row["action"],
                           row["kind"], row["record_id"], row["complaint_id"],
                           row["case_no"], row["field"], row["personal"], row["old"],
                           row["new"], row["old_digest"], row["new_digest"])
            row.update(prev_hash=prev, hash=chain_hash(prev, text))
            prev = row["hash"]
            rows.append(row)
        for start in range(0, len(rows), 5000):
            bulk_insert(AuditEntry, rows[start:start + 5000])
        if rows:
            AuditHead.update(last_seq=seq, last_hash=prev).where(AuditHead.id == 1).execute()
    return len(rows)


@dataclass(frozen=True)
class Head:
    count: int          # entries appended so far (purged ones included)
    hex: str            # the first 12 hex digits of the newest entry's hash

    def text(self) -> str:
        return _("Audit trail: {count} entries, head {hex}").format(count=self.count,
                                                                     hex=self.hex)


def head() -> Head:
    row = AuditHead.get_or_none(AuditHead.id == 1)
    if row is None:
        return Head(0, GENESIS[:12])
    return Head(row.last_seq, row.last_hash[:12])


def _selection(complaint_ids: Iterable[int], records: Iterable[tuple[str, int]]):
    ids = list(complaint_ids)
    cond = AuditEntry.complaint_id.in_(ids) if ids else None
    by_kind: dict[str, list[int]] = {}
    for kind, record_id in records:
        by_kind.setdefault(kind, []).append(record_id)
    for kind, record_ids in by_kind.items():
        part = (AuditEntry.kind == kind) & AuditEntry.record_id.in_(record_ids)
        cond = part if cond is None else cond | part
    return cond


def erase_values(complaint_ids: Iterable[int] = (),
                 records: Iterable[tuple[str, int]] = ()) -> int:
    """Blank the personal values (and their salts) of the entries about these cases and
    records (``(kind, id)``), inside the caller's transaction; the digests stay, so the
    chain still verifies. Returns the number of entries blanked."""
    cond = _selection(complaint_ids, records)
    if cond is None:
        return 0
    return (AuditEntry.update(old="", new="", salt="")
            .where(cond & AuditEntry.personal & (AuditEntry.salt != "")).execute())


def checkpoint(by_id, complaint_ids: Iterable[int] = (),
               records: Iterable[tuple[str, int]] = (), *, at: dt.datetime | None = None,
               clock=system_clock) -> int:
    """Replace the entries about these cases and records (they are being purged) by
    placeholders keeping the chain's links, and append one checkpoint entry carrying
    their count and a digest of the placeholders. Inside the caller's transaction;
    returns the number of entries replaced."""
    cond = _selection(complaint_ids, records)
    if cond is None:
        return 0
    moment = (at or clock.now()).replace(microsecond=0)
    with transaction():
        head = _lock_head()
        summary_seq = head.last_seq + 1
        rows = list(AuditEntry.select(AuditEntry.seq, AuditEntry.span, AuditEntry.prev_hash,
                                      AuditEntry.hash)
                    .where(cond & (AuditEntry.action != PURGED))
                    .order_by(AuditEntry.seq).tuples())
        if not rows:
            return 0
        runs: list[list[tuple]] = []
        for row in rows:
            if runs and runs[-1][-1][0] + runs[-1][-1][1] == row[0]:
                runs[-1].append(row)
            else:
                runs.append([row])
        stand_ins = [{"seq": run[0][0], "span": sum(r[1] for r in run),
                      "prev_hash": run[0][2], "hash": run[-1][3]} for run in runs]
        seqs = [r[0] for r in rows]
        for start in range(0, len(seqs), 500):
            AuditEntry.delete().where(AuditEntry.seq.in_(seqs[start:start + 500])).execute()
        bulk_insert(AuditEntry, with_defaults(AuditEntry, [
            dict(s, at=moment, action=PURGED, kind="audit", record_id=summary_seq)
            for s in stand_ins]))
        replaced = sum(s["span"] for s in stand_ins)
        _append({"at": moment, "user_id": by_id or None, "user_name": _user_name(by_id),
                 "action": CHECKPOINT, "kind": "audit", "record_id": None,
                 "complaint_id": None, "case_no": "", "field": "", "old": "",
                 "new": as_text({"entries": replaced, "rows": len(stand_ins),
                                 "digest": stand_in_digest(stand_ins)}),
                 "personal": False})
    return replaced


def stand_in_digest(stand_ins: list[dict]) -> str:
    lines = "\n".join(f"{s['seq']}:{s['span']}:{s['prev_hash']}:{s['hash']}"
                      for s in sorted(stand_ins, key=lambda s: s["seq"]))
    return hashlib.sha256(lines.encode("ascii")).hexdigest()
