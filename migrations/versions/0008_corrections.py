"""corrections: curators' fixes to calls, kept apart from what extraction stores

Extraction rewrites a call's rows whenever its reports change, so a fix cannot live in those rows: each
correction is a row of its own, naming its call by permalink and source ids, and is applied again after every
ingest and re-merge.

Numbered 0008 and chained onto 0005 for now: revisions 0006 and 0007 are being written alongside it, and
`down_revision` moves onto the last of them when they are joined.

Revision ID: 0008
Revises: 0005
Create Date: 2026-12-02
"""
import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0008"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "correction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("call_slug", sqlmodel.sql.sqltypes.AutoString(length=160), nullable=False),
        sa.Column("call_sources", sa.JSON(), nullable=False),
        sa.Column("action", sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("why", sa.Text(), nullable=False),
        sa.Column("author", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
        sa.Column("note", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("call_id", sa.Integer(), nullable=True),
        sa.Column("extracted", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("seen", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(["call_id"], ["call.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"))
    op.create_index("ix_correction_call_slug", "correction", ["call_slug"], unique=False)
    op.create_index("ix_correction_status", "correction", ["status"], unique=False)
    op.create_index("ix_correction_call_id", "correction", ["call_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_correction_call_id", table_name="correction")
    op.drop_index("ix_correction_status", table_name="correction")
    op.drop_index("ix_correction_call_slug", table_name="correction")
    op.drop_table("correction")
