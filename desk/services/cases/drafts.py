"""Autosaved drafts of unfinished forms, offered back after a crash or power cut."""
from __future__ import annotations

import json

from desk.services.common.clock import system_clock
from desk.store.models.cases import Draft


def save_draft(key: str, payload: dict, clock=system_clock) -> None:
    text = json.dumps(payload, ensure_ascii=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates typed or pasted: keep them as \u escapes
        text = json.dumps(payload)
    (Draft.insert(key=key, payload=text, updated_at=clock.now())
     .on_conflict(conflict_target=[Draft.key],
                  update={Draft.payload: text, Draft.updated_at: clock.now()})
     .execute())


def load_draft(key: str) -> dict | None:
    row = Draft.get_or_none(Draft.key == key)
    if row is None:
        return None
    try:
        data = json.loads(row.payload)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def discard_draft(key: str) -> None:
    Draft.delete().where(Draft.key == key).execute()


def pending_drafts(prefix: str = "") -> list[str]:
    query = Draft.select(Draft.key).order_by(Draft.updated_at.desc())
    if prefix:
        query = query.where(Draft.key.startswith(prefix))
    return [d.key for d in query]
