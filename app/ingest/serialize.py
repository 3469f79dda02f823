"""Turn call drafts into JSON-safe payloads and back, for the report table."""

from dataclasses import asdict
from datetime import date
from typing import Any

from app.ingest.types import CallDraft, DatePrecision, DateResolution, LeaderRef, PositionDraft, Sentence


def draft_to_payload(draft: CallDraft) -> dict[str, Any]:
    # What dataclasses.asdict would give, built directly: asdict copies every value through a generic
    # recursion, and a long article's draft holds tens of thousands of sentences.
    return {
        "origin": draft.origin,
        "kind": draft.kind,
        "leaders": [_leader(ref) for ref in draft.leaders],
        "also_present": [_leader(ref) for ref in draft.also_present],
        "date": _date(draft.date),
        "topics": {slug: [_sentence(s) for s in sentences] for slug, sentences in draft.topics.items()},
        "positions": [_position(p) for p in draft.positions],
        "sentences": [_sentence(s) for s in draft.sentences],
        "duration_minutes": draft.duration_minutes,
        "duration_text": draft.duration_text,
        "passing": draft.passing,
        "first_told": draft.first_told,
    }


def _leader(ref: LeaderRef) -> dict[str, Any]:
    return {"slug": ref.slug, "name": ref.name, "office": ref.office, "country": ref.country,
            "is_leader": ref.is_leader}


def _date(resolution: DateResolution) -> dict[str, Any]:
    return {key: (value.isoformat() if isinstance(value, date) else value)
            for key, value in asdict(resolution).items()} | {"precision": resolution.precision.value}


def _sentence(sentence: Sentence) -> dict[str, Any]:
    return {"index": sentence.index, "start": sentence.start, "end": sentence.end, "text": sentence.text}


def _position(position: PositionDraft) -> dict[str, Any]:
    return {"leader_slug": position.leader_slug, "stance": position.stance, "topic": position.topic,
            "sentence": _sentence(position.sentence), "origin": position.origin}


def payload_to_draft(data: dict[str, Any]) -> CallDraft:
    raw_date = data["date"]
    resolution = DateResolution(
        precision=DatePrecision(raw_date["precision"]),
        day=_day(raw_date.get("day")),
        earliest=_day(raw_date.get("earliest")),
        latest=_day(raw_date.get("latest")),
        basis=raw_date.get("basis", ""),
        weekday=raw_date.get("weekday"),
        part_of_day=raw_date.get("part_of_day"),
        month_day=tuple(raw_date["month_day"]) if raw_date.get("month_day") else None,
    )
    return CallDraft(
        origin=data["origin"],
        kind=data["kind"],
        leaders=[LeaderRef(**ref) for ref in data["leaders"]],
        also_present=[LeaderRef(**ref) for ref in data.get("also_present", [])],
        date=resolution,
        topics={slug: [Sentence(**s) for s in sentences] for slug, sentences in data.get("topics", {}).items()},
        positions=[PositionDraft(**{**p, "sentence": Sentence(**p["sentence"])}) for p in data.get("positions", [])],
        sentences=[Sentence(**s) for s in data.get("sentences", [])],
        duration_minutes=data.get("duration_minutes"),
        duration_text=data.get("duration_text"),
        passing=data.get("passing", False),
        first_told=data.get("first_told"),
    )


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None
