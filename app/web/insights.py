"""Read functions for the topic, leader and index pages: stances over time, counterparts, counts."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func
from sqlmodel import Session, select

from app.models import Call, CallParticipant, CallSource, CallTopic, Leader, Position, Source, Topic

MAX_POSITIONS = 600  # per topic page; the newest are kept


PAST_TENSE = {"urges": "urged", "opposes": "opposed", "supports": "supported", "commits": "committed",
              "concerned": "voiced concern"}


@dataclass(frozen=True)
class Mark:
    """A leader's stance on the topic in one call: one stance, "mixed" or None (spoke without a clear stance)."""

    call: Call
    stance: str | None
    position: Position  # the first of the leader's positions on the topic in that call
    source: Source

    @property
    def word(self) -> str:
        return self.stance or "no clear stance"


@dataclass(frozen=True)
class Change:
    """From this call on, the leader's clear stance was a new one."""

    mark: Mark

    @property
    def phrase(self) -> str:
        call = self.mark.call
        since = f"from {call.sort_date:%B %Y}" if call.sort_date else "in an undated call"
        return f"{PAST_TENSE.get(self.mark.stance or '', self.mark.stance)} {since}"


@dataclass
class Track:
    """One leader on one topic: a mark per call, oldest first, and only the changes of stance."""

    leader: Leader
    marks: list[Mark] = field(default_factory=list)

    @property
    def changes(self) -> list[Change]:
        changes: list[Change] = []
        for mark in self.marks:
            if mark.stance in PAST_TENSE and (not changes or changes[-1].mark.stance != mark.stance):
                changes.append(Change(mark))
        return changes

    @property
    def line(self) -> str:
        """"Urged from February 2024; opposed from March 2024"."""
        text = "; ".join(change.phrase for change in self.changes)
        return text[:1].upper() + text[1:]


def tracks_on_topic(session: Session, slug: str) -> list[Track]:
    """Each leader's stance per call on a topic, oldest first; the leaders in most calls come first."""
    rows = session.exec(
        select(Position, Call, Leader, Source).join(Call, Call.id == Position.call_id)
        .join(Leader, Leader.id == Position.leader_id).join(Source, Source.id == Position.source_id)
        .where(Position.topic_slug == slug)
        .order_by(Call.sort_date.is_(None), Call.sort_date.desc(), Position.id.desc()).limit(MAX_POSITIONS)).all()
    said: dict[str, dict[int, list]] = {}
    leaders: dict[str, Leader] = {}
    for position, call, leader, source in reversed(rows):
        leaders[leader.id] = leader
        said.setdefault(leader.id, {}).setdefault(call.id, []).append((position, call, source))
    tracks = []
    for leader_id, calls in said.items():
        track = Track(leaders[leader_id])
        for items in calls.values():
            clear = list(dict.fromkeys(p.stance for p, _, _ in items if p.stance in PAST_TENSE))
            stance = clear[0] if len(clear) == 1 else ("mixed" if clear else None)
            position, call, source = next(((p, c, s) for p, c, s in items if p.stance == stance), items[0])
            track.marks.append(Mark(call, stance, position, source))
        tracks.append(track)
    return sorted(tracks, key=lambda t: (-len(t.marks), t.leader.name))


def counterparts(session: Session, leader_id: str) -> list[tuple[Leader, int]]:
    """The leaders this one has spoken with, most calls first."""
    mine = select(CallParticipant.call_id).where(CallParticipant.leader_id == leader_id,
                                                 CallParticipant.role == "participant")
    count = func.count().label("calls")
    rows = session.exec(select(Leader, count).join(CallParticipant, CallParticipant.leader_id == Leader.id)
                        .where(CallParticipant.call_id.in_(mine), CallParticipant.leader_id != leader_id,
                               CallParticipant.role == "participant")
                        .group_by(Leader.id).order_by(count.desc(), Leader.name)).all()
    return [(leader, calls) for leader, calls in rows]


def joined_calls(session: Session, leader_id: str) -> int:
    """Calls this person joined without being one of the two sides (a vice-president listening in)."""
    return session.exec(select(func.count()).select_from(CallParticipant).where(
        CallParticipant.leader_id == leader_id, CallParticipant.role == "also-present")).one()


def topic_overview(session: Session) -> list[tuple[Topic, int]]:
    """Every topic some call has, with its number of calls, most discussed first."""
    count = func.count().label("calls")
    rows = session.exec(select(Topic, count).join(CallTopic, CallTopic.topic_slug == Topic.slug)
                        .group_by(Topic.slug).order_by(count.desc(), Topic.label)).all()
    return [(topic, calls) for topic, calls in rows]


def topic_days(session: Session) -> dict[str, list[tuple[date, int]]]:
    """Calls per day for each topic, for the small strips of the topic index (one aggregate query)."""
    rows = session.exec(select(CallTopic.topic_slug, Call.sort_date, func.count())
                        .join(Call, Call.id == CallTopic.call_id).where(Call.sort_date.is_not(None))
                        .group_by(CallTopic.topic_slug, Call.sort_date).order_by(Call.sort_date)).all()
    days: dict[str, list[tuple[date, int]]] = {}
    for slug, day, calls in rows:
        days.setdefault(slug, []).append((day, calls))
    return days


def leaders_by_country(session: Session) -> list[tuple[str, list[tuple[Leader, int]]]]:
    """Everyone who took part in a call as one of its sides, grouped by country, with their number of calls."""
    count = func.count().label("calls")
    rows = session.exec(select(Leader, count).join(CallParticipant, CallParticipant.leader_id == Leader.id)
                        .where(CallParticipant.role == "participant")
                        .group_by(Leader.id).order_by(Leader.country, count.desc(), Leader.name)).all()
    countries: dict[str, list[tuple[Leader, int]]] = {}
    for leader, calls in rows:
        countries.setdefault(leader.country or "", []).append((leader, calls))
    return sorted(countries.items(), key=lambda item: (not item[0], item[0]))


@dataclass(frozen=True)
class SourceRow:
    id: str
    title: str | None
    outlet: str | None
    published: date | None
    calls: int


def source_overview(session: Session, *, offset: int = 0, limit: int = 100) -> tuple[list[SourceRow], int]:
    """A page of sources, newest first, with how many calls each reports (its text is never loaded)."""
    total = session.exec(select(func.count()).select_from(Source)).one()
    calls = func.count(CallSource.call_id)
    rows = session.exec(select(Source.id, Source.title, Source.outlet, Source.published, calls)
                        .join(CallSource, CallSource.source_id == Source.id, isouter=True).group_by(Source.id)
                        .order_by(Source.published.is_(None), Source.published.desc(), Source.id)
                        .offset(offset).limit(limit)).all()
    return [SourceRow(*row) for row in rows], total
