"""why each source was merged into its call

A call told by several sources now keeps, per source, the reason the merge gave: the same day, or for a
report with no day of its own, how its date fits and how much distinctive content it shares.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("callsource") as batch:
        batch.add_column(sa.Column("merge_reason", sa.String(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("callsource") as batch:
        batch.drop_column("merge_reason")
