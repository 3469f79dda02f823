"""Retiring a call no report supports any more, keeping its permalink."""

from __future__ import annotations

from sqlalchemy import Connection, Row, delete

from app.ingest.rows import insert_rows
from app.models import Call, SlugRedirect


def retire_call(connection: Connection, call: Row, successor: int | None) -> None:
    """Remove a call no report supports any more; its permalink follows its reports if they moved."""
    connection.execute(delete(SlugRedirect).where(
        (SlugRedirect.call_id == call.id) | (SlugRedirect.old_slug == call.slug)))
    if successor is not None:
        insert_rows(connection, SlugRedirect, [dict(old_slug=call.slug, call_id=successor)])
    connection.execute(delete(Call).where(Call.id == call.id))  # its rows go with it (ON DELETE CASCADE)
