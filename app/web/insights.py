"""Read functions for the topic, leader and index pages: stances over time, counterparts, counts."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import func
from sqlmodel import Session, select

from app.models import Call, CallParticipant, CallSource, CallTopic, Leader, Position, Source, Topic
from app.queries import CallFilter, all_topics, leader_counts, leader_directory, topic_counts
from app.versioned import remembered

MAX_POSITIONS = 600  # per topic page; the newest are kept


PAST_TENSE = {"urges": "urged", "opposes": "opposed", "supports": "supported", "commits": "committed",
              "concerned": "voiced concern"}


@dataclass(frozen=True)
class Mark:
    """A leader's stance on the topic in one call: one stance, "mixed" or None (spoke without a clear stance)."""

    call: Call  # or a row of its MARK_CALL fields
    stance: str | None
    position: Position  # the first of the leader's positions on the topic in that call (or a row of it)
    source: Source | None  # its article, read for the changes of stance only

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
    """Each leader's stance per call on a topic, oldest first; the leaders in most calls come first.

    Kept per data version. Calls and positions are read as plain rows; the articles are read only for the
    changes of stance, the marks a page quotes.
    """
    return remembered(session, ("tracks", slug), lambda: _tracks(session, slug), weigh=_weigh_tracks)


def _weigh_tracks(tracks: list[Track]) -> int:
    marks = [mark for track in tracks for mark in track.marks]
    return 2000 * len(marks) + sum(len(mark.source.text) for mark in marks if mark.source)


MARK_CALL = (Call.id, Call.slug, Call.date, Call.date_earliest, Call.date_latest, Call.weekday, Call.sort_date)
MARK_POSITION = (Position.id, Position.call_id, Position.leader_id, Position.topic_slug, Position.stance,
                 Position.text, Position.source_id, Position.start, Position.end)


def _tracks(session: Session, slug: str) -> list[Track]:
    newest = session.exec(
        select(Position.id).join(Call, Call.id == Position.call_id).where(Position.topic_slug == slug)
        .order_by(Call.sort_date.is_(None), Call.sort_date.desc(), Position.id.desc()).limit(MAX_POSITIONS)).all()
    positions = {row.id: row for row in session.exec(select(*MARK_POSITION).where(Position.id.in_(newest)))}
    calls = {row.id: row for row in session.exec(select(*MARK_CALL).where(
        Call.id.in_({position.call_id for position in positions.values()})))}
    leaders = {leader.id: leader for leader in session.exec(select(Leader).where(
        Leader.id.in_({position.leader_id for position in positions.values()})))}
    said: dict[str, dict[int, list]] = {}
    for position_id in reversed(newest):
        position = positions[position_id]
        said.setdefault(position.leader_id, {}).setdefault(position.call_id, []).append(position)
    tracks = []
    for leader_id, by_call in said.items():
        track = Track(leaders[leader_id])
        for call_id, items in by_call.items():
            clear = list(dict.fromkeys(p.stance for p in items if p.stance in PAST_TENSE))
            stance = clear[0] if len(clear) == 1 else ("mixed" if clear else None)
            position = next((p for p in items if p.stance == stance), items[0])
            track.marks.append(Mark(calls[call_id], stance, position, None))
        tracks.append(track)
    quoted = {change.mark.position.source_id for track in tracks for change in track.changes}
    sources = {source.id: source for source in session.exec(select(Source).where(Source.id.in_(quoted)))}
    for track in tracks:
        track.marks = [replace(mark, source=sources.get(mark.position.source_id)) for mark in track.marks]
    return sorted(tracks, key=lambda t: (-len(t.marks), t.leader.name))


def counterparts(session: Session, leader_id: str) -> list[tuple[Leader, int]]:
    """The leaders this one has spoken with, most calls first (kept per data version)."""
    return remembered(session, ("counterparts", leader_id), lambda: _counterparts(session, leader_id),
                      weigh=lambda rows: 1000 + 200 * len(rows))


def _counterparts(session: Session, leader_id: str) -> list[tuple[Leader, int]]:
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
    return remembered(session, ("joined", leader_id), lambda: session.exec(
        select(func.count()).select_from(CallParticipant).where(
            CallParticipant.leader_id == leader_id, CallParticipant.role == "also-present")).one())


def topic_overview(session: Session) -> list[tuple[Topic, int]]:
    """Every topic some call has, with its number of calls, most discussed first (from the kept counts)."""
    counts = topic_counts(session, CallFilter())
    return sorted(((topic, counts[topic.slug]) for topic in all_topics(session) if counts.get(topic.slug)),
                  key=lambda item: (-item[1], item[0].label))


def topic_days(session: Session) -> dict[str, list[tuple[date, int]]]:
    """Calls per day for each topic, for the small strips of the topic index (one aggregate query, kept per data
    version)."""
    return remembered(session, "topic days", lambda: _topic_days(session),
                      weigh=lambda days: 130 * sum(len(counts) for counts in days.values()))


def _topic_days(session: Session) -> dict[str, list[tuple[date, int]]]:
    rows = session.exec(select(CallTopic.topic_slug, Call.sort_date, func.count())
                        .join(Call, Call.id == CallTopic.call_id).where(Call.sort_date.is_not(None))
                        .group_by(CallTopic.topic_slug, Call.sort_date).order_by(Call.sort_date)).all()
    days: dict[str, list[tuple[date, int]]] = {}
    for slug, day, calls in rows:
        days.setdefault(slug, []).append((day, calls))
    return days


def leaders_by_country(session: Session) -> list[tuple[str, list[tuple[Leader, int]]]]:
    """Everyone who took part in a call as one of its sides, grouped by country, with their number of calls
    (from the counts triggers keep)."""
    return remembered(session, "leaders by country", lambda: _leaders_by_country(session),
                      weigh=lambda countries: 200 * sum(len(people) + 1 for _, people in countries))


def _leaders_by_country(session: Session) -> list[tuple[str, list[tuple[Leader, int]]]]:
    leaders = leader_directory(session)
    rows = sorted(((leaders.get(leader_id) or session.get(Leader, leader_id), calls)
                   for leader_id, calls in leader_counts(session).items()),
                  key=lambda row: (row[0].country or "", -row[1], row[0].name))
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
    """A page of sources, newest first, with how many calls each reports (its text is never loaded; kept per data
    version)."""
    return remembered(session, ("sources", offset, limit), lambda: _source_overview(session, offset, limit),
                      weigh=lambda found: 1000 + 600 * len(found[0]))


def _source_overview(session: Session, offset: int, limit: int) -> tuple[list[SourceRow], int]:
    total = session.exec(select(func.count()).select_from(Source)).one()
    calls = func.count(CallSource.call_id)
    rows = session.exec(select(Source.id, Source.title, Source.outlet, Source.published, calls)
                        .join(CallSource, CallSource.source_id == Source.id, isouter=True).group_by(Source.id)
                        .order_by(Source.published.is_(None), Source.published.desc(), Source.id)
                        .offset(offset).limit(limit)).all()
    return [SourceRow(*row) for row in rows], total
