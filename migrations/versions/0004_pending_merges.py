"""leader sets waiting to be re-merged, so every article can commit on its own

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""
import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("pendingmerge",
                    sa.Column("pair_key", sqlmodel.sql.sqltypes.AutoString(length=400), nullable=False),
                    sa.PrimaryKeyConstraint("pair_key"))


def downgrade() -> None:
    op.drop_table("pendingmerge")
