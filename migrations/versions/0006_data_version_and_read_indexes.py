"""a data version every write changes, counts kept by triggers, read indexes, full-text search on PostgreSQL

The `dataversion` table holds one number that triggers set to a new random value whenever a row of the tables
the pages show is written, by any process. The server keeps computed counts and whole answers until it changes,
and derives ETags from it. A random value rather than a counter: two databases (or a database and a restored
backup of it) never share a value, so nothing cached or tagged for one is taken for the other. A table added
later that pages show needs the same triggers.

Three tables of counts are kept by triggers as calls, their topics and their participants are written: calls
per sort day (`callday`), per topic (`topiccount`) and per leader who took part as a side (`leadercount`). The
whole timeline's total, strip, topic facets and leader list are read from them, whatever the number of calls.

Indexes: (sort_date, id) lets PostgreSQL read the timeline newest first without sorting (SQLite's sort_date
index already ends in the row id). The others cover what a filter or a search reads, so the calls of a topic, of a
leader, of an article or of a statement are found in an index without visiting the rows: (topic_slug, call_id),
(leader_id, role, call_id), (source_id, call_id), and (id, call_id) and (topic_slug, call_id) of positions.

PostgreSQL searches articles and statements with tsvector expressions under GIN indexes, in a text search
configuration `hotline_search`: English stemming (as FTS5's porter) and, where the `unaccent` extension can be
created, accents folded (as FTS5's remove_diacritics). SQLite keeps its FTS5 tables of revision 0002.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05
"""
import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# A new random 64-bit value, in each database's words.
NEW_VERSION = {"sqlite": "random()", "postgresql": "floor((random() - 0.5) * 9.2e18)::bigint"}

# Every table a page, an export or the API reads (not pendingmerge, ingest's own bookkeeping).
WATCHED = ("call", "callparticipant", "calltopic", "callsource", "position", "evidence", "source",
           "sourceorigin", "leader", "topic", "report", "slugredirect")

INDEXES = [
    ("ix_call_sort_date_id", "call", ["sort_date", "id"]),
    ("ix_calltopic_topic_slug_call_id", "calltopic", ["topic_slug", "call_id"]),
    ("ix_callparticipant_leader_id_role_call_id", "callparticipant", ["leader_id", "role", "call_id"]),
    ("ix_callsource_source_id_call_id", "callsource", ["source_id", "call_id"]),
    ("ix_position_id_call_id", "position", ["id", "call_id"]),
    ("ix_position_topic_slug_call_id", "position", ["topic_slug", "call_id"]),
]

SEARCH_CONFIG = "hotline_search"
# The text each GIN index covers; app.search builds its conditions from the same expressions.
SEARCH_INDEXES = {
    "ix_source_search": ("source", "coalesce(title, '') || ' ' || text"),
    "ix_position_search": ("position", "text"),
}


# What the count tables hold when this revision is applied; the triggers keep them so.
COUNT_NOW = [
    ('INSERT INTO callday (day, calls) SELECT sort_date, count(*) FROM "call" WHERE sort_date IS NOT NULL '
     "GROUP BY sort_date"),
    "INSERT INTO topiccount (topic_slug, calls) SELECT topic_slug, count(*) FROM calltopic GROUP BY topic_slug",
    ("INSERT INTO leadercount (leader_id, calls) SELECT leader_id, count(*) FROM callparticipant "
     "WHERE role = 'participant' GROUP BY leader_id"),
]


def _add(table: str, key: str, value: str, condition: str = "true") -> str:
    """One more call for `key` = `value` (an upsert; SQLite wants a WHERE in INSERT ... SELECT ... ON CONFLICT)."""
    return (f"INSERT INTO {table} ({key}, calls) SELECT {value}, 1 WHERE {condition} "
            f"ON CONFLICT ({key}) DO UPDATE SET calls = {table}.calls + 1;")


def _remove(table: str, key: str, value: str, condition: str = "true") -> str:
    return f"UPDATE {table} SET calls = calls - 1 WHERE {key} = {value} AND {condition};"


NEW_SIDE, OLD_SIDE = "new.role = 'participant'", "old.role = 'participant'"
SQLITE_COUNTERS = {
    "callday_insert": 'AFTER INSERT ON "call" BEGIN '
                      f'{_add("callday", "day", "new.sort_date", "new.sort_date IS NOT NULL")} END',
    "callday_delete": f'AFTER DELETE ON "call" BEGIN {_remove("callday", "day", "old.sort_date")} END',
    "callday_update": 'AFTER UPDATE OF sort_date ON "call" WHEN old.sort_date IS NOT new.sort_date BEGIN '
                      f'{_remove("callday", "day", "old.sort_date")} '
                      f'{_add("callday", "day", "new.sort_date", "new.sort_date IS NOT NULL")} END',
    "topiccount_insert": f'AFTER INSERT ON calltopic BEGIN {_add("topiccount", "topic_slug", "new.topic_slug")} END',
    "topiccount_delete": f'AFTER DELETE ON calltopic BEGIN {_remove("topiccount", "topic_slug", "old.topic_slug")} END',
    "topiccount_update": "AFTER UPDATE OF topic_slug ON calltopic BEGIN "
                         f'{_remove("topiccount", "topic_slug", "old.topic_slug")} '
                         f'{_add("topiccount", "topic_slug", "new.topic_slug")} END',
    "leadercount_insert": "AFTER INSERT ON callparticipant BEGIN "
                          f'{_add("leadercount", "leader_id", "new.leader_id", NEW_SIDE)} END',
    "leadercount_delete": "AFTER DELETE ON callparticipant BEGIN "
                          f'{_remove("leadercount", "leader_id", "old.leader_id", OLD_SIDE)} END',
    "leadercount_update": "AFTER UPDATE OF leader_id, role ON callparticipant BEGIN "
                          f'{_remove("leadercount", "leader_id", "old.leader_id", OLD_SIDE)} '
                          f'{_add("leadercount", "leader_id", "new.leader_id", NEW_SIDE)} END',
}

# PostgreSQL: one function per count table, run for each row written; TRUNCATE empties the counts too.
POSTGRESQL_COUNTERS = {
    "call": ("callday", "day", "sort_date", "NEW.sort_date IS NOT NULL", "OLD.sort_date IS NOT NULL"),
    "calltopic": ("topiccount", "topic_slug", "topic_slug", "true", "true"),
    "callparticipant": ("leadercount", "leader_id", "leader_id", "NEW.role = 'participant'",
                        "OLD.role = 'participant'"),
}


def upgrade() -> None:
    op.create_table("dataversion",
                    sa.Column("id", sa.Integer(), nullable=False),
                    sa.Column("version", sa.BigInteger(), nullable=False),
                    sa.PrimaryKeyConstraint("id"))
    op.execute("INSERT INTO dataversion (id, version) VALUES (1, 0)")
    op.execute(f"UPDATE dataversion SET version = {NEW_VERSION[op.get_bind().dialect.name]}")
    op.create_table("callday",
                    sa.Column("day", sa.Date(), nullable=False),
                    sa.Column("calls", sa.Integer(), nullable=False),
                    sa.PrimaryKeyConstraint("day"))
    op.create_table("topiccount",
                    sa.Column("topic_slug", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
                    sa.Column("calls", sa.Integer(), nullable=False),
                    sa.PrimaryKeyConstraint("topic_slug"))
    op.create_table("leadercount",
                    sa.Column("leader_id", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
                    sa.Column("calls", sa.Integer(), nullable=False),
                    sa.PrimaryKeyConstraint("leader_id"))
    for statement in COUNT_NOW:
        op.execute(statement)
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)
    if op.get_bind().dialect.name == "postgresql":
        _postgresql_upgrade()
    else:
        _sqlite_upgrade()


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _postgresql_downgrade()
    else:
        for table in WATCHED:
            for event in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS dataversion_{table}_{event}")
        for name in SQLITE_COUNTERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for name, _, _ in reversed(INDEXES):
        op.execute(f"DROP INDEX IF EXISTS {name}")
    for table in ("leadercount", "topiccount", "callday", "dataversion"):
        op.execute(f"DROP TABLE IF EXISTS {table}")


def _sqlite_upgrade() -> None:
    # SQLite has only row triggers; a write of many rows sets the value many times, in one transaction.
    for table in WATCHED:
        for event in ("insert", "update", "delete"):
            op.execute(f'CREATE TRIGGER dataversion_{table}_{event} AFTER {event.upper()} ON "{table}" '
                       f"BEGIN UPDATE dataversion SET version = {NEW_VERSION['sqlite']} WHERE id = 1; END")
    for name, statement in SQLITE_COUNTERS.items():
        op.execute(f"CREATE TRIGGER {name} {statement}")


def _postgresql_counters() -> None:
    for table, (counts, key, column, counted_new, counted_old) in POSTGRESQL_COUNTERS.items():
        op.execute(f"""CREATE FUNCTION hotline_count_{counts}() RETURNS trigger LANGUAGE plpgsql AS $$
                       BEGIN
                           IF TG_OP = 'TRUNCATE' THEN
                               DELETE FROM {counts};
                               RETURN NULL;
                           END IF;
                           IF TG_OP IN ('UPDATE', 'DELETE') AND {counted_old} THEN
                               UPDATE {counts} SET calls = calls - 1 WHERE {key} = OLD.{column};
                           END IF;
                           IF TG_OP IN ('INSERT', 'UPDATE') AND {counted_new} THEN
                               INSERT INTO {counts} ({key}, calls) VALUES (NEW.{column}, 1)
                               ON CONFLICT ({key}) DO UPDATE SET calls = {counts}.calls + 1;
                           END IF;
                           RETURN NULL;
                       END $$""")
        columns = "sort_date" if table == "call" else ("topic_slug" if table == "calltopic" else "leader_id, role")
        op.execute(f'CREATE TRIGGER {counts}_rows AFTER INSERT OR DELETE OR UPDATE OF {columns} ON "{table}" '
                   f"FOR EACH ROW EXECUTE FUNCTION hotline_count_{counts}()")
        op.execute(f'CREATE TRIGGER {counts}_truncate AFTER TRUNCATE ON "{table}" '
                   f"FOR EACH STATEMENT EXECUTE FUNCTION hotline_count_{counts}()")


def _postgresql_upgrade() -> None:
    op.execute(f"""CREATE FUNCTION hotline_bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
                  BEGIN
                      UPDATE dataversion SET version = {NEW_VERSION["postgresql"]} WHERE id = 1;
                      RETURN NULL;
                  END $$""")
    for table in WATCHED:
        op.execute(f'CREATE TRIGGER dataversion_bump AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "{table}" '
                   "FOR EACH STATEMENT EXECUTE FUNCTION hotline_bump_data_version()")
    _postgresql_counters()
    op.execute(f"CREATE TEXT SEARCH CONFIGURATION {SEARCH_CONFIG} (COPY = pg_catalog.english)")
    if _unaccent_available():
        op.execute(f"ALTER TEXT SEARCH CONFIGURATION {SEARCH_CONFIG} "
                   "ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem")
    for name, (table, expression) in SEARCH_INDEXES.items():
        op.execute(f'CREATE INDEX {name} ON "{table}" USING gin (to_tsvector(\'{SEARCH_CONFIG}\', {expression}))')


def _unaccent_available() -> bool:
    """Whether the unaccent dictionary exists or can be created here (a trusted extension since PostgreSQL 13)."""
    bind = op.get_bind()
    if bind.execute(sa.text("SELECT 1 FROM pg_extension WHERE extname = 'unaccent'")).first():
        return True
    if not bind.execute(sa.text("SELECT 1 FROM pg_available_extensions WHERE name = 'unaccent'")).first():
        return False
    try:
        with bind.begin_nested():  # a refusal (no privilege) must not abort the migration's transaction
            bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS unaccent"))
    except sa.exc.DBAPIError:
        return False
    return True


def _postgresql_downgrade() -> None:
    # The unaccent extension stays: it is the database's, and other schemas may use it.
    for name in SEARCH_INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    op.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {SEARCH_CONFIG}")
    for table in WATCHED:
        op.execute(f'DROP TRIGGER IF EXISTS dataversion_bump ON "{table}"')
    op.execute("DROP FUNCTION IF EXISTS hotline_bump_data_version()")
    for table, (counts, *_) in POSTGRESQL_COUNTERS.items():
        op.execute(f'DROP TRIGGER IF EXISTS {counts}_rows ON "{table}"')
        op.execute(f'DROP TRIGGER IF EXISTS {counts}_truncate ON "{table}"')
        op.execute(f"DROP FUNCTION IF EXISTS hotline_count_{counts}()")
