"""Autosaved drafts of unfinished forms, offered back after a crash or power cut.

A draft lives in the database, so that it follows the person to another PC. When the
database cannot be written (a server gone, a file locked for too long) the draft is kept
in a file on this PC instead, and moves back into the database with the next autosave
that succeeds: what was typed during an outage is never lost.
"""
from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

import peewee

from desk.paths import data_dir
from desk.services.common.clock import system_clock
from desk.store.errors import StoreError
from desk.store.models.cases import Draft

log = logging.getLogger("desk.services")
#: What an unreachable or unwritable database raises.
UNAVAILABLE = (StoreError, peewee.DatabaseError, peewee.InterfaceError, OSError)


def _local_dir() -> Path:
    return data_dir() / "drafts"


def _local_file(key: str) -> Path:
    return _local_dir() / (hashlib.sha256(key.encode("utf-8")).hexdigest()[:32] + ".json")


def _text(payload: dict) -> str:
    text = json.dumps(payload, ensure_ascii=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates typed or pasted: keep them as \u escapes
        text = json.dumps(payload)
    return text


def save_draft(key: str, payload: dict, clock=system_clock) -> bool:
    """Keep ``payload``; True when it is in the database, False when only on this PC."""
    text = _text(payload)
    try:
        (Draft.insert(key=key, payload=text, updated_at=clock.now())
         .on_conflict(conflict_target=[Draft.key],
                      update={Draft.payload: text, Draft.updated_at: clock.now()})
         .execute())
    except UNAVAILABLE as exc:
        log.warning("draft %s kept on this PC: the database is not available (%r)", key, exc)
        _save_local(key, text)
        return False
    _local_file(key).unlink(missing_ok=True)
    return True


def _save_local(key: str, text: str) -> None:
    folder = _local_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = _local_file(key)
    partial = target.with_suffix(".partial")
    partial.write_text(json.dumps({"key": key, "payload": text}), encoding="utf-8")
    partial.replace(target)


def _local_entries() -> dict[str, str]:
    entries: dict[str, str] = {}
    folder = _local_dir()
    if not folder.is_dir():
        return entries
    for path in sorted(folder.glob("*.json"), key=lambda p: -p.stat().st_mtime):
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
            entries.setdefault(str(entry["key"]), str(entry["payload"]))
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return entries


def _parse(text: str) -> dict | None:
    try:
        data = json.loads(text)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def load_draft(key: str) -> dict | None:
    """The draft kept under ``key``: the one on this PC first (newer: it was written while
    the database was away), else the database's."""
    try:
        entry = json.loads(_local_file(key).read_text(encoding="utf-8"))
        if entry.get("key") == key:
            return _parse(str(entry["payload"]))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass
    row = Draft.get_or_none(Draft.key == key)
    return _parse(row.payload) if row is not None else None


def discard_draft(key: str) -> None:
    _local_file(key).unlink(missing_ok=True)
    Draft.delete().where(Draft.key == key).execute()


def pending_drafts(prefix: str = "") -> list[str]:
    query = Draft.select(Draft.key).order_by(Draft.updated_at.desc())
    if prefix:
        query = query.where(Draft.key.startswith(prefix))
    keys = [key for key in _local_entries() if key.startswith(prefix)]
    return keys + [d.key for d in query if d.key not in keys]
