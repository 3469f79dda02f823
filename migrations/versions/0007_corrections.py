"""corrections: curators' fixes to calls, kept apart from what extraction stores

Extraction rewrites a call's rows whenever its reports change, so a fix cannot live in those rows: each
correction is a row of its own, naming its call by permalink and source ids, and is applied again after every
ingest and re-merge.

Corrections show on call pages, in exports and in their feed, so a write to the table sets the data version
anew, as revision 0006 does for the tables it watches.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""
import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0007"
down_revision = "0006"
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
    if op.get_bind().dialect.name == "postgresql":
        op.execute('CREATE TRIGGER dataversion_bump AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "correction" '
                   "FOR EACH STATEMENT EXECUTE FUNCTION hotline_bump_data_version()")
    else:
        for event in ("insert", "update", "delete"):
            op.execute(f'CREATE TRIGGER dataversion_correction_{event} AFTER {event.upper()} ON "correction" '
                       "BEGIN UPDATE dataversion SET version = random() WHERE id = 1; END")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute('DROP TRIGGER IF EXISTS dataversion_bump ON "correction"')
    else:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS dataversion_correction_{event}")
    op.drop_index("ix_correction_call_id", table_name="correction")
    op.drop_index("ix_correction_status", table_name="correction")
    op.drop_index("ix_correction_call_slug", table_name="correction")
    op.drop_table("correction")
