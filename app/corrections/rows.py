"""Small row operations the corrections share: a call's date, people and slug, written as the store writes them."""

from __future__ import annotations

from datetime import date, datetime, timezone

from sqlmodel import Session, delete, select

from app.models import Call, CallParticipant, Leader, SlugRedirect


def stamp(moment: datetime | None) -> str:
    """A moment as UTC text to the second; SQLite hands datetimes back without their zone, written in UTC."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def moment_key(moment: datetime | None) -> str:
    """A call's updated_at to the microsecond: whether extraction rewrote the call since a correction saw it."""
    if moment is None:
        return ""
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
    return moment.isoformat(timespec="microseconds")


def date_value(call: Call) -> dict[str, str]:
    """A call's date in the form a date correction carries."""
    if call.date:
        return {"precision": "day", "day": call.date.isoformat()}
    if call.date_earliest and call.date_latest:
        return {"precision": "range", "earliest": call.date_earliest.isoformat(),
                "latest": call.date_latest.isoformat()}
    return {"precision": "unknown"}


def set_date(call: Call, value: dict[str, str], basis: str) -> None:
    day = date.fromisoformat(value["day"]) if value.get("precision") == "day" else None
    earliest = date.fromisoformat(value["earliest"]) if value.get("precision") == "range" else day
    latest = date.fromisoformat(value["latest"]) if value.get("precision") == "range" else day
    call.date, call.date_precision = day, value.get("precision", "unknown")
    call.date_earliest, call.date_latest = (earliest, latest) if day is None else (None, None)
    call.weekday = day.weekday() if day else None
    call.sort_date = day or latest
    call.date_basis = basis


def ensure_leader(session: Session, value: dict) -> None:
    """The leader a correction names, added to the leaders when a rebuilt database has not met them yet."""
    if session.get(Leader, value["leader"]) is None:
        session.add(Leader(id=value["leader"], name=value.get("name") or value["leader"], office=value.get("office"),
                           country=value.get("country"), is_head=value.get("is_head", True)))
        session.flush()


def leader_value(leader: Leader) -> dict:
    return {"leader": leader.id, "name": leader.name, "office": leader.office, "country": leader.country,
            "is_head": leader.is_head}


def role_of(session: Session, call_id: int, leader_id: str) -> str | None:
    row = session.get(CallParticipant, {"call_id": call_id, "leader_id": leader_id})
    return row.role if row is not None else None


def free_slug(session: Session, base: str) -> str:
    """`base`, or `base-2`, `base-3`…: the first no call holds; an old permalink of it is given up."""
    candidate, n = base, 1
    while session.exec(select(Call.id).where(Call.slug == candidate)).first() is not None:
        n += 1
        candidate = f"{base}-{n}"
    session.exec(delete(SlugRedirect).where(SlugRedirect.old_slug == candidate))
    return candidate
