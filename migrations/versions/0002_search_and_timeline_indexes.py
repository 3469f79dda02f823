"""full-text search over articles and positions; an index for "previous call of the same leaders"

SQLite gets two FTS5 tables that mirror source.text and position.text (external content, kept in
step by triggers). PostgreSQL keeps searching with ILIKE, so there the search part is a no-op.
The (pair_key, sort_date) index serves both databases.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Porter stemming so "hostages" finds "hostage"; diacritics folded so "Zelenskyy" matches however typed.
TOKENIZE = "porter unicode61 remove_diacritics 2"

SQLITE_UPGRADE = [
    f"""CREATE VIRTUAL TABLE source_fts USING fts5(
            title, text, content='source', content_rowid='rowid', tokenize='{TOKENIZE}')""",
    """CREATE TRIGGER source_fts_insert AFTER INSERT ON source BEGIN
            INSERT INTO source_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
        END""",
    """CREATE TRIGGER source_fts_delete AFTER DELETE ON source BEGIN
            INSERT INTO source_fts(source_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
        END""",
    """CREATE TRIGGER source_fts_update AFTER UPDATE OF title, text ON source BEGIN
            INSERT INTO source_fts(source_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
            INSERT INTO source_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
        END""",
    f"""CREATE VIRTUAL TABLE position_fts USING fts5(
            text, content='position', content_rowid='id', tokenize='{TOKENIZE}')""",
    """CREATE TRIGGER position_fts_insert AFTER INSERT ON position BEGIN
            INSERT INTO position_fts(rowid, text) VALUES (new.id, new.text);
        END""",
    """CREATE TRIGGER position_fts_delete AFTER DELETE ON position BEGIN
            INSERT INTO position_fts(position_fts, rowid, text) VALUES ('delete', old.id, old.text);
        END""",
    """CREATE TRIGGER position_fts_update AFTER UPDATE OF text ON position BEGIN
            INSERT INTO position_fts(position_fts, rowid, text) VALUES ('delete', old.id, old.text);
            INSERT INTO position_fts(rowid, text) VALUES (new.id, new.text);
        END""",
    # Index whatever an earlier version already stored.
    "INSERT INTO source_fts(source_fts) VALUES ('rebuild')",
    "INSERT INTO position_fts(position_fts) VALUES ('rebuild')",
]

SQLITE_DOWNGRADE = [
    "DROP TRIGGER IF EXISTS position_fts_update",
    "DROP TRIGGER IF EXISTS position_fts_delete",
    "DROP TRIGGER IF EXISTS position_fts_insert",
    "DROP TABLE IF EXISTS position_fts",
    "DROP TRIGGER IF EXISTS source_fts_update",
    "DROP TRIGGER IF EXISTS source_fts_delete",
    "DROP TRIGGER IF EXISTS source_fts_insert",
    "DROP TABLE IF EXISTS source_fts",
]


def upgrade() -> None:
    op.create_index("ix_call_pair_key_sort_date", "call", ["pair_key", "sort_date"])
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_UPGRADE:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_DOWNGRADE:
            op.execute(statement)
    op.drop_index("ix_call_pair_key_sort_date", table_name="call")
