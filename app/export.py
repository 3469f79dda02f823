"""The stable public shape of calls, shared by `hotline export` and the JSON API."""

import csv
import io
from typing import Any

from app.models import Leader, Source
from app.queries import CallView
from app.web.urls import call_url


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
    }


def calls_json(views: list[CallView], *, base_url: str = "") -> dict[str, Any]:
    return {"calls": [call_public(view, base_url=base_url) for view in views]}


CSV_COLUMNS = ["id", "url", "kind", "date", "date_precision", "date_earliest", "date_latest", "date_basis",
               "participants", "also_present", "topics", "sources", "summary"]


def calls_csv(views: list[CallView], *, base_url: str = "") -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for view in views:
        row = call_public(view, base_url=base_url)
        writer.writerow({
            **{key: row[key] for key in CSV_COLUMNS if not isinstance(row.get(key), list)},
            "participants": "; ".join(p["name"] for p in row["participants"]),
            "also_present": "; ".join(p["name"] for p in row["also_present"]),
            "topics": "; ".join(row["topics"]),
            "sources": "; ".join(s["origin"] for s in row["sources"]),
        })
    return buffer.getvalue()
