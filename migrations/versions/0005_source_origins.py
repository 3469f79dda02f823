"""one source per text, with every place it was read from

A source is now known by its words: the same text read from a second file or URL is recorded as another origin
of the same source instead of becoming a second source (which counted one report as two that agree). Sources
keep their ids and their first origin; each existing source gets its text hash and its origin recorded here.
An origin also keeps the full path of the file it was read from, so that another folder's file at the same
relative path is told apart from it (existing origins have none, and keep their meaning).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04
"""
import hashlib

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _text_hash(text: str) -> str:
    # As app.ingest.store.text_hash computes it at this revision: the words, whatever the spacing between them.
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def upgrade() -> None:
    # Not in batch mode: rebuilding the source table would drop its search triggers and cascade to its reports.
    op.add_column("source", sa.Column("text_hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False,
                                      server_default=""))
    op.create_index("ix_source_text_hash", "source", ["text_hash"], unique=False)
    op.create_table(
        "sourceorigin",
        sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("source_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("location", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["source_id"], ["source.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("origin"))
    op.create_index("ix_sourceorigin_source_id", "sourceorigin", ["source_id"], unique=False)

    connection = op.get_bind()
    source = sa.table("source", sa.column("id"), sa.column("text"), sa.column("text_hash"))
    for row in connection.execute(sa.select(source.c.id, source.c.text)).all():
        connection.execute(source.update().where(source.c.id == row.id).values(text_hash=_text_hash(row.text)))
    op.execute("INSERT INTO sourceorigin (origin, source_id, added_at) SELECT origin, id, ingested_at FROM source")


def downgrade() -> None:
    op.drop_index("ix_sourceorigin_source_id", table_name="sourceorigin")
    op.drop_table("sourceorigin")
    # Not in batch mode: rebuilding the source table would drop its search triggers and cascade to its reports.
    op.drop_index("ix_source_text_hash", table_name="source")
    op.drop_column("source", "text_hash")
