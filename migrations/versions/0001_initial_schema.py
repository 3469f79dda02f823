"""initial schema: sources, leaders, calls and their evidence

Revision ID: 0001
Revises: 
Create Date: 2026-11-23
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('call',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sqlmodel.sql.sqltypes.AutoString(length=160), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('pair_key', sqlmodel.sql.sqltypes.AutoString(length=400), nullable=False),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('date_precision', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('date_earliest', sa.Date(), nullable=True),
    sa.Column('date_latest', sa.Date(), nullable=True),
    sa.Column('date_basis', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('weekday', sa.Integer(), nullable=True),
    sa.Column('sort_date', sa.Date(), nullable=True),
    sa.Column('summary', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('passing', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('call', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_call_date'), ['date'], unique=False)
        batch_op.create_index(batch_op.f('ix_call_pair_key'), ['pair_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_call_slug'), ['slug'], unique=True)
        batch_op.create_index(batch_op.f('ix_call_sort_date'), ['sort_date'], unique=False)

    op.create_table('leader',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('office', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('country', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('is_head', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('source',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('origin', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('outlet', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('url', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('published', sa.Date(), nullable=True),
    sa.Column('published_basis', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('content_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('ingested_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('source', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_source_origin'), ['origin'], unique=True)
        batch_op.create_index(batch_op.f('ix_source_published'), ['published'], unique=False)

    op.create_table('topic',
    sa.Column('slug', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('label', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('slug')
    )
    op.create_table('callparticipant',
    sa.Column('call_id', sa.Integer(), nullable=False),
    sa.Column('leader_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.ForeignKeyConstraint(['call_id'], ['call.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['leader_id'], ['leader.id'], ),
    sa.PrimaryKeyConstraint('call_id', 'leader_id')
    )
    with op.batch_alter_table('callparticipant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_callparticipant_leader_id'), ['leader_id'], unique=False)

    op.create_table('callsource',
    sa.Column('call_id', sa.Integer(), nullable=False),
    sa.Column('source_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('date_basis', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=True),
    sa.Column('duration_text', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('passing', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['call_id'], ['call.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], ),
    sa.PrimaryKeyConstraint('call_id', 'source_id')
    )
    with op.batch_alter_table('callsource', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_callsource_source_id'), ['source_id'], unique=False)

    op.create_table('calltopic',
    sa.Column('call_id', sa.Integer(), nullable=False),
    sa.Column('topic_slug', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['call_id'], ['call.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['topic_slug'], ['topic.slug'], ),
    sa.PrimaryKeyConstraint('call_id', 'topic_slug')
    )
    with op.batch_alter_table('calltopic', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_calltopic_topic_slug'), ['topic_slug'], unique=False)

    op.create_table('evidence',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('call_id', sa.Integer(), nullable=False),
    sa.Column('topic_slug', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('source_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['call_id'], ['call.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], ),
    sa.ForeignKeyConstraint(['topic_slug'], ['topic.slug'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evidence_call_id'), ['call_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_evidence_source_id'), ['source_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_evidence_topic_slug'), ['topic_slug'], unique=False)

    op.create_table('position',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('call_id', sa.Integer(), nullable=False),
    sa.Column('leader_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('topic_slug', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('stance', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('source_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['call_id'], ['call.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['leader_id'], ['leader.id'], ),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], ),
    sa.ForeignKeyConstraint(['topic_slug'], ['topic.slug'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('position', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_position_call_id'), ['call_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_position_leader_id'), ['leader_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_position_source_id'), ['source_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_position_topic_slug'), ['topic_slug'], unique=False)

    op.create_table('report',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=False),
    sa.Column('pair_key', sqlmodel.sql.sqltypes.AutoString(length=400), nullable=False),
    sa.Column('call_id', sa.Integer(), nullable=True),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['call_id'], ['call.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('source_id', 'ordinal')
    )
    with op.batch_alter_table('report', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_report_call_id'), ['call_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_report_pair_key'), ['pair_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_report_source_id'), ['source_id'], unique=False)

    op.create_table('slugredirect',
    sa.Column('old_slug', sqlmodel.sql.sqltypes.AutoString(length=160), nullable=False),
    sa.Column('call_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['call_id'], ['call.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('old_slug')
    )
    with op.batch_alter_table('slugredirect', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_slugredirect_call_id'), ['call_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('slugredirect', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_slugredirect_call_id'))

    op.drop_table('slugredirect')
    with op.batch_alter_table('report', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_report_source_id'))
        batch_op.drop_index(batch_op.f('ix_report_pair_key'))
        batch_op.drop_index(batch_op.f('ix_report_call_id'))

    op.drop_table('report')
    with op.batch_alter_table('position', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_position_topic_slug'))
        batch_op.drop_index(batch_op.f('ix_position_source_id'))
        batch_op.drop_index(batch_op.f('ix_position_leader_id'))
        batch_op.drop_index(batch_op.f('ix_position_call_id'))

    op.drop_table('position')
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evidence_topic_slug'))
        batch_op.drop_index(batch_op.f('ix_evidence_source_id'))
        batch_op.drop_index(batch_op.f('ix_evidence_call_id'))

    op.drop_table('evidence')
    with op.batch_alter_table('calltopic', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_calltopic_topic_slug'))

    op.drop_table('calltopic')
    with op.batch_alter_table('callsource', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_callsource_source_id'))

    op.drop_table('callsource')
    with op.batch_alter_table('callparticipant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_callparticipant_leader_id'))

    op.drop_table('callparticipant')
    op.drop_table('topic')
    with op.batch_alter_table('source', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_source_published'))
        batch_op.drop_index(batch_op.f('ix_source_origin'))

    op.drop_table('source')
    op.drop_table('leader')
    with op.batch_alter_table('call', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_call_sort_date'))
        batch_op.drop_index(batch_op.f('ix_call_slug'))
        batch_op.drop_index(batch_op.f('ix_call_pair_key'))
        batch_op.drop_index(batch_op.f('ix_call_date'))

    op.drop_table('call')
