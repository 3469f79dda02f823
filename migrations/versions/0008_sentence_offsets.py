"""sentence offsets stored with each source

The source page showed an article sentence by sentence by splitting its text on every view, which for a long
single-line article took seconds. Ingest now stores where each sentence starts and ends, one row per source
(a flat list: start, end, start, end, ...). Sources stored before this revision have no row yet; the first view
of such a source splits it once and stores the result, so no re-ingest is needed.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""
import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sourcesentences",
        sa.Column("source_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("spans", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["source_id"], ["source.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("source_id"),
    )


def downgrade() -> None:
    op.drop_table("sourcesentences")
