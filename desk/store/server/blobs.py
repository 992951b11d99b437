"""Attachment bytes on the PostgreSQL server, so every desk sees every attachment without
a network share: content-addressed (one ``blob_file`` row per SHA-256, its bytes in 1 MB
``blob_chunk`` rows, its thumbnail beside it), written and read a chunk at a time (a large
video is never held in memory whole). Each PC keeps the files it has opened in its
attachments folder as a cache, checked against the hash when fetched."""
from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from desk.store.db import database, transaction

CHUNK = 1 << 20

CREATE = (
    "CREATE TABLE IF NOT EXISTS blob_file (sha256 varchar(64) PRIMARY KEY, "
    "size bigint NOT NULL, thumb bytea)",
    "CREATE TABLE IF NOT EXISTS blob_chunk (sha256 varchar(64) NOT NULL REFERENCES "
    "blob_file(sha256) ON DELETE CASCADE, seq integer NOT NULL, data bytea NOT NULL, "
    "PRIMARY KEY (sha256, seq))",
)


def create_tables() -> None:
    for statement in CREATE:
        database.execute_sql(statement)


def has(sha256: str) -> bool:
    return database.execute_sql("SELECT 1 FROM blob_file WHERE sha256 = %s",
                                (sha256,)).fetchone() is not None


def upload(sha256: str, source: Path) -> bool:
    """Store the file ``source`` (whose hash is ``sha256``) unless the server has it;
    ``True`` when it was stored now."""
    size = Path(source).stat().st_size
    with transaction():
        made = database.execute_sql(
            "INSERT INTO blob_file (sha256, size) VALUES (%s, %s) ON CONFLICT DO NOTHING "
            "RETURNING sha256", (sha256, size)).fetchone()
        if made is None:
            return False
        with open(source, "rb") as handle:
            for seq, chunk in enumerate(iter(lambda: handle.read(CHUNK), b"")):
                database.execute_sql(
                    "INSERT INTO blob_chunk (sha256, seq, data) VALUES (%s, %s, %s)",
                    (sha256, seq, chunk))
    return True


def download(sha256: str, target: Path) -> bool:
    """Write the server's bytes of ``sha256`` to ``target`` a chunk at a time, checked
    against the hash; ``False`` when the server has no such file (or a damaged one)."""
    if not has(sha256):
        return False
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=".fetch-")
    digest = hashlib.sha256()
    try:
        with os.fdopen(fd, "wb") as out:
            seq = 0
            while True:
                row = database.execute_sql(
                    "SELECT data FROM blob_chunk WHERE sha256 = %s AND seq = %s",
                    (sha256, seq)).fetchone()
                if row is None:
                    break
                data = bytes(row[0])
                digest.update(data)
                out.write(data)
                seq += 1
        if digest.hexdigest() != sha256:
            return False
        os.replace(tmp_name, target)
        return True
    finally:
        if os.path.exists(tmp_name):
            os.unlink(tmp_name)


def save_thumbnail(sha256: str, png: bytes) -> None:
    database.execute_sql("UPDATE blob_file SET thumb = %s WHERE sha256 = %s", (png, sha256))


def thumbnail(sha256: str) -> bytes | None:
    row = database.execute_sql("SELECT thumb FROM blob_file WHERE sha256 = %s",
                               (sha256,)).fetchone()
    return bytes(row[0]) if row and row[0] is not None else None


def remove(sha256: str) -> bool:
    with transaction():
        gone = database.execute_sql("DELETE FROM blob_file WHERE sha256 = %s RETURNING 1",
                                    (sha256,)).fetchone()
    return gone is not None


def all_hashes() -> list[str]:
    return [row[0] for row in database.execute_sql(
        "SELECT sha256 FROM blob_file ORDER BY sha256").fetchall()]
