"""Read functions for the topic and leader pages: positions over time and counterparts, as aggregates."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func
from sqlmodel import Session, select

from app.models import Call, CallParticipant, Leader, Position, Source

MAX_POSITIONS = 600  # per topic page; the newest are kept


@dataclass(frozen=True)
class Stated:
    """One position a leader took, with the call and the source sentence it came from."""

    position: Position
    call: Call
    source: Source


@dataclass
class LeaderPositions:
    leader: Leader
    items: list[Stated] = field(default_factory=list)

    @property
    def stances(self) -> list[str]:
        """The stances in order, repeated ones folded: how the position moved."""
        moves: list[str] = []
        for item in self.items:
            if not moves or moves[-1] != item.position.stance:
                moves.append(item.position.stance)
        return moves


def positions_on_topic(session: Session, slug: str) -> list[LeaderPositions]:
    """Each leader's positions on a topic, oldest first; the leaders who said most come first."""
    rows = session.exec(
        select(Position, Call, Leader, Source).join(Call, Call.id == Position.call_id)
        .join(Leader, Leader.id == Position.leader_id).join(Source, Source.id == Position.source_id)
        .where(Position.topic_slug == slug)
        .order_by(Call.sort_date.is_(None), Call.sort_date.desc(), Position.id.desc()).limit(MAX_POSITIONS)).all()
    by_leader: dict[str, LeaderPositions] = {}
    for position, call, leader, source in reversed(rows):
        by_leader.setdefault(leader.id, LeaderPositions(leader)).items.append(Stated(position, call, source))
    return sorted(by_leader.values(), key=lambda group: (-len(group.items), group.leader.name))


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
