"""the office each leader held in each call, and a leader's office as of their latest call

A leader's row kept the office of whichever report first named them, so a president who had been vice president
could be shown as vice president on every call. Each participant row now holds the office its reports give for
that call; existing rows take it from their call's reports, or failing that from the leader's row. A leader's
own office becomes the one of their latest call, and the day of that call is kept, so that a later ingest can
tell in one step whether a call is newer.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03
"""
import json

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

BATCH = 5000


def upgrade() -> None:
    op.add_column("callparticipant", sa.Column("office", sa.String(), nullable=True))
    op.add_column("leader", sa.Column("office_as_of", sa.Date(), nullable=True))
    connection = op.get_bind()
    offices: dict[tuple[int, str], str] = {}
    reports = connection.execute(sa.text("SELECT call_id, payload FROM report WHERE call_id IS NOT NULL "
                                         "ORDER BY source_id, ordinal"))
    for call_id, payload in reports:
        data = payload if isinstance(payload, dict) else json.loads(payload)
        for person in data.get("leaders", []) + data.get("also_present", []):
            if person.get("office"):
                offices.setdefault((call_id, person["slug"]), person["office"])
    rows = [{"call": call_id, "leader": slug, "office": office} for (call_id, slug), office in offices.items()]
    update = sa.text("UPDATE callparticipant SET office = :office WHERE call_id = :call AND leader_id = :leader")
    for start in range(0, len(rows), BATCH):
        connection.execute(update, rows[start:start + BATCH])
    connection.execute(sa.text("UPDATE callparticipant SET office = (SELECT office FROM leader "
                               "WHERE leader.id = callparticipant.leader_id) WHERE office IS NULL"))
    latest = ('FROM callparticipant JOIN "call" ON "call".id = callparticipant.call_id '
              'WHERE callparticipant.leader_id = leader.id AND "call".sort_date IS NOT NULL '
              'AND callparticipant.office IS NOT NULL ORDER BY "call".sort_date DESC, "call".id DESC LIMIT 1')
    connection.execute(sa.text(f"UPDATE leader SET office = coalesce((SELECT callparticipant.office {latest}), "
                               f'office), office_as_of = (SELECT "call".sort_date {latest})'))


def downgrade() -> None:
    op.drop_column("leader", "office_as_of")  # not in batch mode: rebuilding a table cascades to its references
    op.drop_column("callparticipant", "office")
