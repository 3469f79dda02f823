"""The stable public shape of calls, shared by `hotline export` and the JSON API, and its JSON and CSV writing."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel

from app.models import Leader, Source
from app.queries import CallView
from app.web.urls import call_url


# The public shapes below document the API; `call_public` builds the same fields as plain dicts, so the
# exports can write them without a second pass through validation.
class PersonPublic(BaseModel):
    """A leader on a call, or someone who joined it."""

    id: str
    name: str
    office: str | None
    country: str | None


class PositionPublic(BaseModel):
    """What a leader said, with the source and character offsets of the sentence."""

    leader: str
    leader_id: str
    topic: str | None
    stance: str
    text: str
    source: str
    source_id: str
    start: int
    end: int


class SourcePublic(BaseModel):
    """A source's account of the call. `url` is as the source gave it: check its scheme before following it."""

    id: str
    origin: str
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    date_basis: str
    duration_minutes: int | None
    duration_text: str | None
    merge_reason: str


class CorrectionPublic(BaseModel):
    """A curator's correction of the call: what it changed (`field`, `action`, `value`), the value extraction had
    given (`extracted`), and who made it, when and why."""

    field: str
    action: str
    value: str
    extracted: str
    why: str
    by: str
    at: str


class CallPublic(BaseModel):
    """One call; dates are YYYY-MM-DD, `weekday` counts from 0 for Monday."""

    id: str
    url: str
    kind: str
    date: str | None
    date_precision: str
    date_earliest: str | None
    date_latest: str | None
    date_basis: str
    weekday: int | None
    passing_mention: bool
    summary: str
    participants: list[PersonPublic]
    also_present: list[PersonPublic]
    topics: list[str]
    positions: list[PositionPublic]
    sources: list[SourcePublic]
    corrected: list[CorrectionPublic]


class CallsPage(BaseModel):
    """Calls, newest first; `next` is the marker to pass as `after` for the following page, null on the last."""

    calls: list[CallPublic]
    next: str | None = None


class ErrorPublic(BaseModel):
    """What was wrong with a request, in words a person can act on."""

    error: str


def person(leader: Leader) -> dict[str, Any]:
    return {"id": leader.id, "name": leader.name, "office": leader.office, "country": leader.country}


def source_public(source: Source) -> dict[str, Any]:
    return {"id": source.id, "origin": source.origin, "title": source.title, "outlet": source.outlet,
            "published": source.published.isoformat() if source.published else None, "url": source.url}


def call_public(view: CallView, *, base_url: str = "") -> dict[str, Any]:
    call = view.call
    sources = {source.id: source for source, _ in view.sources}
    return {
        "id": call.slug,
        "url": base_url.rstrip("/") + call_url(call.slug),
        "kind": call.kind,
        "date": call.date.isoformat() if call.date else None,
        "date_precision": call.date_precision,
        "date_earliest": call.date_earliest.isoformat() if call.date_earliest else None,
        "date_latest": call.date_latest.isoformat() if call.date_latest else None,
        "date_basis": call.date_basis,
        "weekday": call.weekday,
        "passing_mention": call.passing,
        "summary": call.summary,
        "participants": [person(leader) for leader in view.participants],
        "also_present": [person(leader) for leader in view.also_present],
        "topics": [topic.slug for topic in view.topics],
        "positions": [
            {"leader": next((l.name for l in view.participants + view.also_present if l.id == p.leader_id), p.leader_id),
             "leader_id": p.leader_id, "topic": p.topic_slug, "stance": p.stance, "text": p.text,
             "source": sources[p.source_id].origin if p.source_id in sources else p.source_id,
             "source_id": p.source_id, "start": p.start, "end": p.end}
            for p in view.positions
        ],
        "sources": [
            {**source_public(source), "date_basis": account.date_basis, "duration_minutes": account.duration_minutes,
             "duration_text": account.duration_text, "merge_reason": account.merge_reason}
            for source, account in view.sources
        ],
        "corrected": [mark.public() for mark in view.corrected],
    }


def calls_json(views: list[CallView], *, base_url: str = "") -> dict[str, Any]:
    return {"calls": [call_public(view, base_url=base_url) for view in views]}


def json_chunks(batches: Iterable[list[CallView]], *, base_url: str = "", next_token: str | None = None,
                ) -> Iterable[str]:
    """`{"calls": [...], "next": ...}` written a batch at a time, never the whole list in memory."""
    yield '{"calls": ['
    first = True
    for views in batches:
        parts = [json.dumps(call_public(view, base_url=base_url), ensure_ascii=False) for view in views]
        yield ("" if first else ", ") + ", ".join(parts)
        first = False
    yield f'], "next": {json.dumps(next_token)}}}\n'


CSV_COLUMNS = ["id", "url", "kind", "date", "date_precision", "date_earliest", "date_latest", "date_basis",
               "participants", "also_present", "topics", "sources", "summary", "corrected"]

# A spreadsheet runs a cell that begins with one of these as a formula (OWASP, "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def inert(value: object) -> object:
    """A cell a spreadsheet shows as text: one that would start a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_row(view: CallView, *, base_url: str = "") -> dict[str, object]:
    row = call_public(view, base_url=base_url)
    cells = {
        **{key: row[key] for key in CSV_COLUMNS if not isinstance(row.get(key), list)},
        "participants": "; ".join(p["name"] for p in row["participants"]),
        "also_present": "; ".join(p["name"] for p in row["also_present"]),
        "topics": "; ".join(row["topics"]),
        "sources": "; ".join(s["origin"] for s in row["sources"]),
        "corrected": "; ".join(f"{c['field']} ({c['action']} {c['value']}): {c['why']}".replace(" )", ")")
                               for c in row["corrected"]),
    }
    return {key: inert(value) for key, value in cells.items()}


def csv_chunks(batches: Iterable[list[CallView]], *, base_url: str = "") -> Iterable[str]:
    """The header, then the rows of each batch as one piece of text."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    yield buffer.getvalue()
    for views in batches:
        buffer.seek(0)
        buffer.truncate()
        writer.writerows(csv_row(view, base_url=base_url) for view in views)
        yield buffer.getvalue()


def calls_csv(views: list[CallView], *, base_url: str = "") -> str:
    return "".join(csv_chunks([views], base_url=base_url))
