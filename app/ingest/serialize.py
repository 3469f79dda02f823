"""Turn call drafts into JSON-safe payloads and back, for the report table."""

from dataclasses import asdict
from datetime import date
from typing import Any

from app.ingest.types import CallDraft, DatePrecision, DateResolution, LeaderRef, PositionDraft, Sentence


def draft_to_payload(draft: CallDraft) -> dict[str, Any]:
    data = asdict(draft)
    data["date"] = {key: (value.isoformat() if isinstance(value, date) else value)
                    for key, value in asdict(draft.date).items()}
    data["date"]["precision"] = draft.date.precision.value
    return data


def payload_to_draft(data: dict[str, Any]) -> CallDraft:
    raw_date = data["date"]
    resolution = DateResolution(
        precision=DatePrecision(raw_date["precision"]),
        day=_day(raw_date.get("day")),
        earliest=_day(raw_date.get("earliest")),
        latest=_day(raw_date.get("latest")),
        basis=raw_date.get("basis", ""),
        weekday=raw_date.get("weekday"),
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
    )


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None
