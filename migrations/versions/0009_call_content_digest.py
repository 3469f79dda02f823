"""a digest of each call's content, so a re-merge leaves unchanged calls alone

When a new report arrives, every call of its leaders is recomputed. Most come out exactly as they were; the
digest of what a call holds (its fields, participants, topics, evidence, accounts and positions) lets ingest
see that and skip rewriting them. Existing calls have none yet and are written, and given one, when next touched.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""
import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Not in batch mode: rebuilding the call table would cascade to every row that refers to a call.
    op.add_column("call", sa.Column("content_digest", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True))


def downgrade() -> None:
    op.drop_column("call", "content_digest")
