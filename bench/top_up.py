"""Top a built benchmark database up to N calls by copying the calls ingest found, when ingest cannot reach N in time.

    python bench/top_up.py DATABASE --calls 100000        # an SQLite file or a DATABASE_URL

Each round copies calls already in the database (oldest ids first, at most what is still missing) with their
participants, topics, article links, statements and evidence: the same days, leaders and words under a new id
and a slug ending in `-copy-K`. The copies cite the articles of their originals; their ingest reports are not
copied. Pages, counts and searches then work on as many rows as a database of N ingested calls, with the same
mix of leaders, topics and days, only more calls a day. Whatever the schema revision, its triggers (full-text
tables, kept counts) see the copies as ordinary writes. Every figure measured on such a database says so.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from sqlalchemy import Connection, create_engine, text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from page_latency import as_url  # noqa: E402 - after the path is set

MAX_ROUNDS = 100

CALL_COLUMNS = ("kind, pair_key, date, date_precision, date_earliest, date_latest, date_basis, weekday, sort_date, "
                "summary, passing, updated_at")


def copy_round(connection: Connection, round_number: int, limit: int) -> int:
    """Copy up to `limit` original calls once more; returns how many calls were added."""
    offset = connection.execute(text('SELECT max(id) FROM "call"')).scalar_one()
    suffix = f"-copy-{round_number}"
    chosen = (f"SELECT id FROM \"call\" WHERE slug NOT LIKE '%-copy-%' ORDER BY id LIMIT {int(limit)}")
    added = connection.execute(text(
        f'INSERT INTO "call" (id, slug, {CALL_COLUMNS}) SELECT id + {offset}, slug || :suffix, {CALL_COLUMNS} '
        f'FROM "call" WHERE id IN ({chosen})'), {"suffix": suffix}).rowcount
    copies = f"call_id IN ({chosen})"
    connection.execute(text(f"INSERT INTO callparticipant (call_id, leader_id, role) "
                            f"SELECT call_id + {offset}, leader_id, role FROM callparticipant WHERE {copies}"))
    connection.execute(text(f"INSERT INTO calltopic (call_id, topic_slug) "
                            f"SELECT call_id + {offset}, topic_slug FROM calltopic WHERE {copies}"))
    connection.execute(text(f"INSERT INTO callsource (call_id, source_id, date_basis, duration_minutes, "
                            f"duration_text, passing, merge_reason) SELECT call_id + {offset}, source_id, "
                            f"date_basis, duration_minutes, duration_text, passing, merge_reason FROM callsource "
                            f"WHERE {copies}"))
    position_offset = connection.execute(text("SELECT coalesce(max(id), 0) FROM position")).scalar_one()
    connection.execute(text(f'INSERT INTO position (id, call_id, leader_id, topic_slug, stance, text, source_id, '
                            f'start, "end") SELECT id + {position_offset}, call_id + {offset}, leader_id, '
                            f'topic_slug, stance, text, source_id, start, "end" FROM position WHERE {copies}'))
    evidence_offset = connection.execute(text("SELECT coalesce(max(id), 0) FROM evidence")).scalar_one()
    connection.execute(text(f'INSERT INTO evidence (id, call_id, topic_slug, source_id, start, "end") '
                            f'SELECT id + {evidence_offset}, call_id + {offset}, topic_slug, source_id, start, '
                            f'"end" FROM evidence WHERE {copies}'))
    return added


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("database", help="an SQLite file or a DATABASE_URL")
    parser.add_argument("--calls", type=int, required=True, help="top up to this many calls")
    args = parser.parse_args()
    engine = create_engine(as_url(args.database))
    started = time.monotonic()
    with engine.connect() as connection:
        ingested = connection.execute(text("SELECT count(*) FROM \"call\" WHERE slug NOT LIKE '%-copy-%'")).scalar_one()
        total = connection.execute(text('SELECT count(*) FROM "call"')).scalar_one()
    print(f"{total} calls, {ingested} of them ingested; target {args.calls}")
    for round_number in range(1, MAX_ROUNDS + 1):
        if total >= args.calls or not ingested:
            break
        with engine.begin() as connection:
            if connection.execute(text('SELECT count(*) FROM "call" WHERE slug LIKE :s'),
                                  {"s": f"%-copy-{round_number}"}).scalar_one():
                continue  # a round of an earlier run
            total += copy_round(connection, round_number, min(ingested, args.calls - total))
        print(f"round {round_number}: {total} calls ({time.monotonic() - started:.0f} s)")
    engine.dispose()
    print(f"{total} calls, of which {ingested} ingested and {total - ingested} copies")


if __name__ == "__main__":
    main()
