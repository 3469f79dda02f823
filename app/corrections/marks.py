"""What the pages and exports show of corrections: a mark per corrected field, with the value extraction gave."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import bindparam
from sqlmodel import Session, select

from app.corrections.actions import FIELDS, PAST_TENSE, Action, describe_value
from app.corrections.rows import stamp
from app.models import Call, Correction


@dataclass(frozen=True)
class Mark:
    """One correction as a reader sees it: "date corrected on 2 Dec 2026: why", the extracted value kept."""

    id: int
    field: str  # date, people, topics, positions or call
    action: str
    label: str  # "date corrected"
    value: str
    extracted: str
    why: str
    by: str
    at: datetime

    def public(self) -> dict[str, Any]:
        return {"field": self.field, "action": self.action, "value": self.value, "extracted": self.extracted,
                "why": self.why, "by": self.by, "at": stamp(self.at)}


class _HasCall(Protocol):
    call: Call
    corrected: list[Mark]


def mark_of(correction: Correction, *, split_off: bool = False) -> Mark:
    action = Action(correction.action)
    label = "split off from another call" if split_off else PAST_TENSE[action]
    value = correction.call_slug if split_off else describe_value(action, correction.value)
    return Mark(correction.id, FIELDS[action], action.value, label, value, correction.extracted, correction.why,
                correction.author, correction.created_at)


# Built once: building a statement costs more than running it on a page's calls.
APPLIED = (select(Correction).where(Correction.call_id.in_(bindparam("ids", expanding=True)),
                                    Correction.status == "applied").order_by(Correction.created_at, Correction.id))
SPLITS = select(Correction).where(Correction.action == Action.split, Correction.status == "applied")


def marks_by_call(session: Session, calls: Iterable[Call]) -> dict[int, list[Mark]]:
    """The applied corrections of each call, oldest first; a call split off another carries that split."""
    calls = list(calls)
    ids = [call.id for call in calls]
    found: dict[int, list[Mark]] = {}
    if not ids:
        return found
    for correction in session.exec(APPLIED, params={"ids": ids}):
        found.setdefault(correction.call_id, []).append(mark_of(correction))
    by_slug = {call.slug: call.id for call in calls}
    for correction in session.exec(SPLITS):
        apart = by_slug.get(correction.value.get("slug", ""))
        if apart is not None:
            found.setdefault(apart, []).append(mark_of(correction, split_off=True))
    return found


def attach_marks(session: Session, views: Iterable[_HasCall]) -> None:
    views = list(views)
    found = marks_by_call(session, [view.call for view in views])
    for view in views:
        view.corrected = found.get(view.call.id, [])
