"""Copy a benchmark database's rows into another database, e.g. the SQLite build into PostgreSQL, so both engines
are measured on the same calls.

    python bench/copy_db.py SOURCE TARGET_URL [--batch 5000]   # SOURCE: an SQLite file or a DATABASE_URL

The target is brought to the source's schema revision by the code of this checkout and must hold no calls.
Every table of the models that both databases have is copied in the order foreign keys need, a batch of rows at
a time (into PostgreSQL from SQLite, through COPY); what triggers keep (full-text tables, counts, the data
version) is left to the target's own triggers and migrations, except PostgreSQL's counts, computed once after
the copy, and its planner statistics, gathered at the end. Id sequences on PostgreSQL are moved past the copied ids, so an ingest can follow.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path

from sqlalchemy import Connection, Integer, Table, create_engine, inspect, select, text

ROOT = Path(__file__).resolve().parent.parent
MIGRATIONS = ROOT / "migrations" / "versions"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from page_latency import as_url  # noqa: E402 - after the path is set

from app.db import upgrade  # noqa: E402
from app.models import SQLModel  # noqa: E402

KEPT_BY_TRIGGERS = {"dataversion", "callday", "topiccount", "leadercount"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source")
    parser.add_argument("target")
    parser.add_argument("--batch", type=int, default=5000)
    args = parser.parse_args()
    source, target = create_engine(as_url(args.source)), create_engine(as_url(args.target))
    with source.connect() as connection:
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    upgrade(target, revision)
    present = set(inspect(source).get_table_names()) & set(inspect(target).get_table_names())
    started = time.monotonic()
    with source.connect() as reading, target.begin() as writing:
        if writing.execute(text('SELECT count(*) FROM "call"')).scalar_one():
            sys.exit(f"{args.target} already holds calls; copy into an empty database")
        counted = _pause_counting(writing) if target.dialect.name == "postgresql" else []
        for table in SQLModel.metadata.sorted_tables:
            if table.name not in present or table.name in KEPT_BY_TRIGGERS:
                continue
            if table.name in ("leader", "topic"):  # ingest's start may have written the directories
                writing.execute(table.delete())
            if target.dialect.name == "postgresql" and source.dialect.name == "sqlite":
                copied = _copy_into_postgresql(reading, writing, table)
            else:
                copied = 0
                rows = reading.execute(select(table)).mappings()
                while batch := rows.fetchmany(args.batch):
                    writing.execute(table.insert(), [dict(row) for row in batch])
                    copied += len(batch)
            print(f"{table.name}: {copied} rows ({time.monotonic() - started:.0f} s)", flush=True)
        if counted:
            _count_again(writing, counted)
        if target.dialect.name == "postgresql":
            for table in SQLModel.metadata.sorted_tables:
                if table.name in present and "id" in table.c and isinstance(table.c.id.type, Integer):
                    writing.execute(text(f"SELECT setval(pg_get_serial_sequence('\"{table.name}\"', 'id'), "
                                         f"coalesce((SELECT max(id) FROM \"{table.name}\"), 0) + 1, false) "
                                         f"WHERE pg_get_serial_sequence('\"{table.name}\"', 'id') IS NOT NULL"))
    if target.dialect.name == "postgresql":
        with target.begin() as writing:
            writing.execute(text("ANALYZE"))  # the planner's statistics, as after any bulk load
    print(f"copied at revision {revision} in {time.monotonic() - started:.0f} s")


# The row triggers that keep the count tables on PostgreSQL (migration 0006). In one long transaction each
# count row is updated once per copied row, and every update leaves a row version the next must step over:
# copying 300,000 call topics into 29 counts would take hours. They pause for the copy; the counts are then
# computed once, as the migration that created them did.
COUNTERS = {"call": "callday_rows", "calltopic": "topiccount_rows", "callparticipant": "leadercount_rows"}


def _pause_counting(writing: Connection) -> list[str]:
    present = set(writing.execute(text("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")).scalars())
    paused = [table for table, trigger in COUNTERS.items() if trigger in present]
    for table in paused:
        writing.execute(text(f'ALTER TABLE "{table}" DISABLE TRIGGER {COUNTERS[table]}'))
    return paused


def _count_again(writing: Connection, paused: list[str]) -> None:
    spec = importlib.util.spec_from_file_location("counting", next(MIGRATIONS.glob("0006_*.py")))
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    for counts in ("callday", "topiccount", "leadercount"):
        writing.execute(text(f"DELETE FROM {counts}"))
    for statement in migration.COUNT_NOW:
        writing.execute(text(statement))
    for table in paused:
        writing.execute(text(f'ALTER TABLE "{table}" ENABLE TRIGGER {COUNTERS[table]}'))


def _copy_into_postgresql(reading: Connection, writing: Connection, table: Table) -> int:
    """Rows as SQLite stores them, streamed through PostgreSQL's COPY: its text format reads SQLite's dates,
    times, 0/1 booleans and JSON text as they are, and a row costs no statement of its own."""
    stored = {column["name"] for column in inspect(reading).get_columns(table.name)}
    columns = [column.name for column in table.c if column.name in stored]  # the source's revision may lack some
    quoted = ", ".join(f'"{name}"' for name in columns)
    rows = reading.exec_driver_sql(f'SELECT {quoted} FROM "{table.name}"')
    copied = 0
    with writing.connection.dbapi_connection.cursor() as cursor:
        with cursor.copy(f'COPY "{table.name}" ({quoted}) FROM STDIN') as copy:
            for row in rows:
                copy.write_row(row)
                copied += 1
    return copied


if __name__ == "__main__":
    main()
