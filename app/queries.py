"""Read functions the pages, the API and the exports share."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, or_
from sqlmodel import Session, select

from app.models import Call, CallParticipant, CallSource, CallTopic, Evidence, Leader, Position, SlugRedirect, Source, Topic


@dataclass(frozen=True)
class CallFilter:
    """Everything a timeline view can be narrowed by; the query string of a shareable URL."""

    topics: tuple[str, ...] = ()
    leader: str | None = None
    with_leader: str | None = None  # with `leader`, only calls between the two
    start: date | None = None
    end: date | None = None
    text: str | None = None

    @property
    def is_empty(self) -> bool:
        return not (self.topics or self.leader or self.with_leader or self.start or self.end or self.text)


@dataclass
class CallView:
    """A call with everything a page or an export shows of it."""

    call: Call
    participants: list[Leader] = field(default_factory=list)
    also_present: list[Leader] = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    sources: list[tuple[Source, CallSource]] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


def filtered_call_ids(session: Session, flt: CallFilter):  # noqa: ANN201 - an SQLAlchemy select
    query = select(Call.id)
    for slug in flt.topics:
        query = query.where(Call.id.in_(select(CallTopic.call_id).where(CallTopic.topic_slug == slug)))
    for person in (flt.leader, flt.with_leader):
        if person:
            query = query.where(Call.id.in_(select(CallParticipant.call_id).where(
                CallParticipant.leader_id == person, CallParticipant.role == "participant")))
    if flt.start:
        query = query.where(Call.sort_date >= flt.start)
    if flt.end:
        query = query.where(Call.sort_date <= flt.end)
    if flt.text:
        needle = f"%{flt.text.strip()}%"
        query = query.where(or_(
            Call.summary.ilike(needle),
            Call.id.in_(select(Position.call_id).where(Position.text.ilike(needle))),
            Call.id.in_(select(CallSource.call_id).join(Source, Source.id == CallSource.source_id)
                        .where(Source.text.ilike(needle))),
        ))
    return query


def list_calls(session: Session, flt: CallFilter = CallFilter(), *, limit: int | None = None) -> list[CallView]:
    """Calls matching the filter, newest first; undated calls last."""
    query = (select(Call).where(Call.id.in_(filtered_call_ids(session, flt)))
             .order_by(Call.sort_date.is_(None), Call.sort_date.desc(), Call.id.desc()))
    if limit:
        query = query.limit(limit)
    return load_views(session, list(session.exec(query).all()))


def load_views(session: Session, calls: list[Call]) -> list[CallView]:
    views = {call.id: CallView(call) for call in calls}
    if not views:
        return []
    ids = list(views)
    for part, leader in session.exec(select(CallParticipant, Leader).join(Leader)
                                     .where(CallParticipant.call_id.in_(ids)).order_by(CallParticipant.leader_id)):
        target = views[part.call_id].participants if part.role == "participant" else views[part.call_id].also_present
        target.append(leader)
    for link, topic in session.exec(select(CallTopic, Topic).join(Topic).where(CallTopic.call_id.in_(ids))
                                    .order_by(Topic.slug)):
        views[link.call_id].topics.append(topic)
    for position in session.exec(select(Position).where(Position.call_id.in_(ids)).order_by(Position.id)):
        views[position.call_id].positions.append(position)
    for account, source in session.exec(select(CallSource, Source).join(Source).where(CallSource.call_id.in_(ids))
                                        .order_by(Source.published.is_(None), Source.published, Source.origin)):
        views[account.call_id].sources.append((source, account))
    for item in session.exec(select(Evidence).where(Evidence.call_id.in_(ids)).order_by(Evidence.id)):
        views[item.call_id].evidence.append(item)
    for view in views.values():
        view.participants.sort(key=lambda leader: _participant_order(view, leader))
    return [views[call.id] for call in calls]


def _participant_order(view: CallView, leader: Leader) -> int:
    # Keep the order the slug uses, so "Biden–Netanyahu" reads the same on every page.
    names = view.call.slug.split("-")
    tail = leader.id.rsplit("-", 1)[-1]
    return names.index(tail) if tail in names else len(names)


def get_call(session: Session, slug: str) -> CallView | None:
    call = session.exec(select(Call).where(Call.slug == slug)).first()
    return load_views(session, [call])[0] if call else None


def redirect_for(session: Session, slug: str) -> str | None:
    """The current slug of a call that once had this one."""
    row = session.get(SlugRedirect, slug)
    if row is None:
        return None
    call = session.get(Call, row.call_id)
    return call.slug if call else None


def get_source(session: Session, source_id: str) -> Source | None:
    return session.get(Source, source_id)


def calls_citing_source(session: Session, source_id: str) -> list[CallView]:
    calls = session.exec(select(Call).join(CallSource).where(CallSource.source_id == source_id)
                         .order_by(Call.sort_date)).all()
    return load_views(session, list(calls))


def all_topics(session: Session) -> list[Topic]:
    return list(session.exec(select(Topic).order_by(Topic.label)).all())


def topic_counts(session: Session, flt: CallFilter) -> dict[str, int]:
    """For each topic, how many calls the current view would show with that topic added."""
    ids = filtered_call_ids(session, flt)
    rows = session.exec(select(CallTopic.topic_slug, func.count()).where(CallTopic.call_id.in_(ids))
                        .group_by(CallTopic.topic_slug)).all()
    return {slug: count for slug, count in rows}


def all_leaders(session: Session) -> list[Leader]:
    return list(session.exec(select(Leader).where(Leader.id.in_(
        select(CallParticipant.leader_id).where(CallParticipant.role == "participant"))).order_by(Leader.name)).all())


def group_by_month(views: list[CallView]) -> list[tuple[str, list[CallView]]]:
    groups: dict[str, list[CallView]] = defaultdict(list)
    for view in views:
        day = view.call.date
        groups[f"{day:%B %Y}" if day else "Date unknown"].append(view)
    return list(groups.items())
