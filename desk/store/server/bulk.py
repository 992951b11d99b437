"""Loading a whole database into a server quickly (``desk copy --to postgresql://``).

Row by row, a million cases take half an hour: every row is a statement, checks its
foreign keys and updates every index. Here the rows go in with ``COPY ... FROM STDIN``
(psycopg's ``cursor.copy()``), one transaction per chunk; the secondary indexes and the
foreign keys are dropped before and made again after the load, each in one pass, and the
tables are analysed so that the planner knows them from the first query."""
from __future__ import annotations

from typing import Callable, Iterable, Iterator

#: rows per COPY (and per transaction)
CHUNK = 50_000
#: memory for building the indexes again (a session setting; the server's default of
#: 64 MB makes the text indexes of a million cases spill to disk)
INDEX_MEMORY = "256MB"


def prepare_session(db) -> None:
    """Settings of this connection for the load: more memory for index builds, and no
    wait for the disk at each chunk's commit (an interrupted copy is begun again into a
    new, empty database; the finished one is checked row counts and samples)."""
    db.execute_sql(f"SET maintenance_work_mem = '{INDEX_MEMORY}'")
    db.execute_sql("SET synchronous_commit = off")


def loosen(db, tables: Iterable[str]) -> list[str]:
    """Drop the foreign keys of this schema and the secondary indexes of ``tables`` (not
    those behind a primary key or unique constraint); the statements that make them
    again, to run after the load (``tighten``)."""
    wanted = set(tables)
    indexes = db.execute_sql(
        "SELECT t.relname, ic.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i "
        "JOIN pg_class t ON t.oid = i.indrelid JOIN pg_class ic ON ic.oid = i.indexrelid "
        "WHERE t.relnamespace = current_schema()::regnamespace AND NOT i.indisprimary "
        "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid) "
        "ORDER BY 2").fetchall()
    keys = db.execute_sql(
        "SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid) "
        "FROM pg_constraint c WHERE c.contype = 'f' "
        "AND c.connamespace = current_schema()::regnamespace ORDER BY 2").fetchall()
    again: list[str] = []
    for table, name, _definition in keys:
        db.execute_sql(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
    for table, name, definition in indexes:
        if table not in wanted:
            continue
        db.execute_sql(f'DROP INDEX "{name}"')
        again.append(definition.replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ", 1)
                     .replace("CREATE UNIQUE INDEX ", "CREATE UNIQUE INDEX IF NOT EXISTS ", 1))
    again += [f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}'
              for table, name, definition in keys]
    return again


def tighten(db, statements: list[str]) -> None:
    """Make the indexes and foreign keys ``loosen`` dropped (each checks every row once)."""
    for statement in statements:
        db.execute_sql(statement)


def copy_rows(db, table: str, columns: list[str], rows: Iterator[tuple],
              progress: Callable[[int], None] | None = None, chunk: int = CHUNK) -> int:
    """``rows`` (values in ``columns``' order, as Python values or their text) into
    ``table`` with ``COPY``, one transaction per ``chunk`` rows; how many went in."""
    import itertools

    names = ", ".join(f'"{c}"' for c in columns)
    statement = f'COPY "{table}" ({names}) FROM STDIN'
    rows = iter(rows)
    done = 0
    while (first := next(rows, None)) is not None:
        with db.atomic():
            with db.connection().cursor() as cursor:
                with cursor.copy(statement) as copy:
                    for row in itertools.chain((first,), itertools.islice(rows, chunk - 1)):
                        copy.write_row(row)
                        done += 1
        if progress:
            progress(done)
    return done


def analyze(db, tables: Iterable[str]) -> None:
    for table in tables:
        db.execute_sql(f'ANALYZE "{table}"')
