"""Read functions the pages, the API and the exports share: filtered, keyset-paginated calls and their details.

What a view counts (its total, the strip, the facets) and which calls a filter selects are read once per data
version (app.versioned) and kept until the next write; a page is read from where the previous one stopped.
"""

from __future__ import annotations

import json
from array import array
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import BigInteger, Engine, Integer, and_, any_, bindparam, false, func, intersect, or_, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import aliased
from sqlmodel import Session, select

from app.corrections.marks import Mark, attach_marks
from app.models import (
    Call,
    CallDay,
    CallParticipant,
    CallSource,
    CallTopic,
    Evidence,
    Leader,
    LeaderCount,
    Position,
    Report,
    SlugRedirect,
    Source,
    Topic,
    TopicCount,
)
from app.search import MIN_PART, fts_query, matching_call_ids, search_terms  # noqa: F401 - shared from here
from app.versioned import remembered


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


@dataclass(frozen=True)
class Cursor:
    """Where a page of the timeline stopped: the last call's sort day (None in the undated lane) and id."""

    day: date | None
    id: int

    @property
    def token(self) -> str:
        return f"{self.day.isoformat() if self.day else 'undated'}.{self.id}"

    @property
    def ordinal(self) -> int:
        return self.day.toordinal() if self.day else UNDATED

    @classmethod
    def parse(cls, token: str) -> Cursor:
        """Raises ValueError for anything that is not a token this class wrote."""
        day, _, number = token.partition(".")
        return cls(None if day == "undated" else date.fromisoformat(day), int(number))


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
    previous_day: date | None = None  # the last earlier dated call of the same leaders, when asked for
    corrected: list[Mark] = field(default_factory=list)  # curators' corrections of it

    @property
    def names(self) -> str:
        return " – ".join(leader.name for leader in self.participants)

    @property
    def countries(self) -> str:
        return " – ".join(leader.country for leader in self.participants if leader.country)


@dataclass(frozen=True)
class Page:
    """One page of a timeline view and how to ask for the next one."""

    views: list[CallView]
    total: int
    next: Cursor | None
    offset: int = 0  # how many calls of the view come before this page


def call_conditions(flt: CallFilter, dialect: str = "sqlite") -> list:
    """WHERE clauses on Call for a filter. The calls of its topics, leaders and words are intersected in their
    covering indexes first, so only the calls of the result are visited."""
    sets = [select(CallTopic.call_id).where(CallTopic.topic_slug == slug) for slug in flt.topics]
    sets += [select(CallParticipant.call_id).where(CallParticipant.leader_id == person,
                                                   CallParticipant.role == "participant")
             for person in (flt.leader, flt.with_leader) if person]
    if flt.text:
        found = matching_call_ids(dialect, flt.text)
        if found is None:
            return [false()]
        sets.append(found)
    conditions = [Call.id.in_(sets[0] if len(sets) == 1 else intersect(*sets))] if sets else []
    if flt.start:
        conditions.append(Call.sort_date >= flt.start)
    if flt.end:
        conditions.append(Call.sort_date <= flt.end)
    return conditions


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


# ---------------------------------------------------------------------------------------------- the filtered set

UNDATED = 0  # the day ordinal of a call with no sort day; every real day is 1 or more


def sort_key(day: int, call_id: int) -> tuple[int, int, int]:
    """Newest first, undated last: the timeline's order as an ascending key of a day ordinal and an id."""
    return (day == UNDATED, -day, -call_id)


@dataclass(frozen=True)
class Matches:
    """The calls a filter selects in timeline order, as compact arrays: what every count, the strip and each
    page of a filtered view are taken from, so the filter is evaluated once per data version."""

    ids: array
    days: array  # day ordinals, UNDATED for undated calls

    def __len__(self) -> int:
        return len(self.ids)

    def key(self, i: int) -> tuple[int, int, int]:
        return sort_key(self.days[i], self.ids[i])

    def index_after(self, cursor: Cursor | None) -> int:
        """Where the calls after a page marker begin."""
        if cursor is None:
            return 0
        return bisect_right(range(len(self)), sort_key(cursor.ordinal, cursor.id), key=self.key)

    def keys(self, start: int, stop: int) -> list[tuple[date | None, int]]:
        """(sort day, id) of the calls from index `start` to `stop`."""
        return [(date.fromordinal(day) if day != UNDATED else None, call_id)
                for day, call_id in zip(self.days[start:stop], self.ids[start:stop])]

    def day_counts(self) -> tuple[list[tuple[date, int]], int]:
        counts = Counter(self.days)
        undated = counts.pop(UNDATED, 0)
        return [(date.fromordinal(day), n) for day, n in sorted(counts.items())], undated

    @property
    def weight(self) -> int:
        return 200 + self.ids.itemsize * len(self.ids) + self.days.itemsize * len(self.days)


def matching(session: Session, flt: CallFilter) -> Matches:
    """The calls of a filter, in one query, computed once per data version."""
    def compute() -> Matches:
        rows = session.exec(select(Call.id, Call.sort_date).where(*call_conditions(flt, _dialect(session)))
                            .order_by(Call.sort_date.is_(None), Call.sort_date.desc(), Call.id.desc())).all()
        return Matches(array("q", [row[0] for row in rows]),
                       array("l", [row[1].toordinal() if row[1] else UNDATED for row in rows]))
    return remembered(session, ("matches", flt), compute, weigh=lambda m: m.weight)


@dataclass(frozen=True)
class Summary:
    """What a view counts: its calls, and how many per sort day for the strip."""

    total: int
    days: list[tuple[date, int]]  # oldest first
    undated: int


def summary(session: Session, flt: CallFilter = CallFilter()) -> Summary:
    """A view's counts, computed once per data version: the whole timeline's from the count tables triggers keep
    (migration 0006), whatever the number of calls; a filtered view's from its matching calls."""
    def compute() -> Summary:
        if flt.is_empty:
            days = [(day, n) for day, n in session.exec(select(CallDay.day, CallDay.calls).where(CallDay.calls > 0)
                                                        .order_by(CallDay.day)).all()]
            undated = session.exec(select(func.count()).select_from(Call).where(Call.sort_date.is_(None))).one()
            return Summary(sum(n for _, n in days) + undated, days, undated)
        found = matching(session, flt)
        days, undated = found.day_counts()
        return Summary(len(found), days, undated)
    return remembered(session, ("summary", flt), compute, weigh=lambda found: 500 + 130 * len(found.days))


def topic_counts(session: Session, flt: CallFilter) -> dict[str, int]:
    """For each topic, how many calls the current view would show with that topic added (kept per data version):
    the whole timeline's from the count table triggers keep, a filtered view's among its matching calls."""
    def compute() -> dict[str, int]:
        if flt.is_empty:
            return dict(session.exec(select(TopicCount.topic_slug, TopicCount.calls).where(TopicCount.calls > 0)).all())
        return _topic_counts(session, matching(session, flt).ids)
    return remembered(session, ("topic counts", flt), compute, weigh=lambda counts: 500 + 150 * len(counts))


def _topic_counts(session: Session, ids: array) -> dict[str, int]:
    """Calls per topic among the given calls, the ids passed as data rather than the filter evaluated again."""
    counts: Counter[str] = Counter()
    for start in range(0, len(ids), ID_LIST_SIZE):
        among = _among(session, CallTopic.call_id, list(ids[start:start + ID_LIST_SIZE]))
        counts.update(dict(session.exec(select(CallTopic.topic_slug, func.count()).where(among)
                                        .group_by(CallTopic.topic_slug)).all()))
    return dict(counts)


ID_LIST_SIZE = 50_000


def _among(session: Session, column, ids: list[int]):  # noqa: ANN001, ANN202 - a column and a condition on it
    """`column IN ids` as one parameter: an array on PostgreSQL, a JSON array SQLite reads with json_each."""
    if _dialect(session) == "postgresql":
        return column == any_(bindparam("ids", ids, type_=ARRAY(BigInteger)))
    return column.in_(text("SELECT value FROM json_each(:ids)").bindparams(ids=json.dumps(ids)).columns(value=Integer))


# ---------------------------------------------------------------------------------------------- pages


def _newest(session: Session, flt: CallFilter, *, after: Cursor | None, limit: int) -> list[tuple[date | None, int]]:
    """(sort day, id) of the next `limit` calls of a view after a marker, newest first, undated last.

    The whole timeline is read off the sort_date index, dated calls then the undated lane, each from the marker
    on; a filtered view is a slice of its matching calls.
    """
    if not flt.is_empty:
        found = matching(session, flt)
        start = found.index_after(after)
        return found.keys(start, start + limit)
    rows: list = []
    if after is None or after.day is not None:
        dated = select(Call.sort_date, Call.id).where(Call.sort_date.is_not(None))
        if after is not None:
            dated = dated.where(Call.sort_date <= after.day, or_(Call.sort_date < after.day, Call.id < after.id))
        rows = list(session.exec(dated.order_by(Call.sort_date.desc(), Call.id.desc()).limit(limit)).all())
    if len(rows) < limit:
        undated = select(Call.sort_date, Call.id).where(Call.sort_date.is_(None))
        if after is not None and after.day is None:
            undated = undated.where(Call.id < after.id)
        rows += session.exec(undated.order_by(Call.id.desc()).limit(limit - len(rows))).all()
    return [(row[0], row[1]) for row in rows]


def _seen_before(session: Session, flt: CallFilter, after: Cursor | None) -> int:
    """How many calls of the view come before a page marker, without counting them: a filtered view finds the
    marker among its matching calls; the whole timeline adds up the kept calls per day after the marker's day,
    and counts only the calls of that one day (or of the undated lane) from the marker on."""
    if after is None:
        return 0
    if not flt.is_empty:
        return matching(session, flt).index_after(after)
    kept = summary(session)
    if after.day is None:
        later, same_day = kept.total - kept.undated, Call.sort_date.is_(None)
    else:
        later, same_day = sum(n for day, n in kept.days if day > after.day), Call.sort_date == after.day
    return later + session.exec(select(func.count()).select_from(Call).where(same_day, Call.id >= after.id)).one()


# The statements a page runs for its calls, built once: building a statement costs more than SQLite takes to run
# it. `ids` expands to the ids of one page or batch.
IDS = bindparam("ids", expanding=True)
CALLS_BY_ID = select(Call).where(Call.id.in_(IDS))
CALL_ROWS_BY_ID = select(*tuple(Call.__table__.c)).where(Call.id.in_(IDS))


def _calls(session: Session, ids: list[int], *, rows: bool = False) -> list:
    """The calls of the ids, in their order: model objects, or plain rows of every field."""
    if not ids:
        return []
    return _in_order(list(session.exec(CALL_ROWS_BY_ID if rows else CALLS_BY_ID, params={"ids": ids}).all()), ids)


def _in_order(rows: list, ids: list[int]) -> list:
    by_id = {row.id: row for row in rows}
    return [by_id[i] for i in ids if i in by_id]


def page_calls(session: Session, flt: CallFilter, *, after: Cursor | None = None, limit: int = 50,
               cards: bool = False) -> Page:
    """One page of calls matching the filter, newest first, with the total and the marker of the next page.

    The total is the view's count, kept per data version; the page is read from the marker on, and where it
    stands in the view ("call 51 of 900") is found without counting what came before it.
    With `cards`, each call carries what a list of calls shows (card_views), else everything (load_views).
    """
    offset = _seen_before(session, flt, after)
    keys = _newest(session, flt, after=after, limit=limit + 1)
    ids = [call_id for _, call_id in keys[:limit]]
    calls = _calls(session, ids)
    views = card_views(session, calls, sources=bool(flt.text)) if cards else load_views(session, calls)
    following = Cursor(*keys[limit - 1]) if len(keys) > limit else None
    return Page(attach_previous(session, views), summary(session, flt).total, following, offset)


MAX_BATCHES = 10_000_000  # a bound on every batch loop; far beyond any database


def iter_calls(session: Session, flt: CallFilter = CallFilter(), *, batch: int = 500) -> Iterator[CallView]:
    """Every matching call, newest first, read a batch at a time so memory stays flat."""
    cursor: Cursor | None = None
    for _ in range(MAX_BATCHES):
        keys = _newest(session, flt, after=cursor, limit=batch)
        ids = [call_id for _, call_id in keys]
        calls = _calls(session, ids)
        yield from load_views(session, calls)
        if len(keys) < batch:
            return
        cursor = Cursor(*keys[-1])


def cut_after(session: Session, flt: CallFilter, *, after: Cursor | None = None, limit: int,
              dated_only: bool = False) -> Cursor | None:
    """Where a capped export stops: the marker of its `limit`-th call, or None when no call follows that one."""
    keys = _newest(session, flt, after=after, limit=limit + 1)
    if dated_only:
        keys = [key for key in keys if key[0] is not None]
    return Cursor(*keys[limit - 1]) if len(keys) > limit else None


def call_batches(engine: Engine, flt: CallFilter, *, after: Cursor | None = None, until: Cursor | None = None,
                 dated_only: bool = False, batch: int = 100) -> Iterator[list[CallView]]:
    """The calls from one marker to another, a batch at a time, each read in its own short session.

    Nothing is held between batches, not even a read transaction, so a client that reads an export slowly
    neither holds memory nor keeps the database from checkpointing. A filtered view's calls are found once, as
    they were when the export began.
    """
    found: Matches | None = None
    if not flt.is_empty:
        with Session(engine) as session:
            found = matching(session, flt)
    last = sort_key(until.ordinal, until.id) if until is not None else None
    for _ in range(MAX_BATCHES):
        with Session(engine) as session:
            if found is not None:
                start = found.index_after(after)
                keys = found.keys(start, start + batch)
            else:
                keys = _newest(session, flt, after=after, limit=batch)
            done = len(keys) < batch
            kept = [key for key in keys
                    if (last is None or _sort_key_of(key) <= last) and not (dated_only and key[0] is None)]
            done = done or len(kept) < len(keys)
            ids = [call_id for _, call_id in kept]
            calls = _calls(session, ids, rows=True)
            views = export_views(session, calls)
        if views:
            yield views
        if done:
            return
        after = Cursor(*keys[-1])


def _sort_key_of(key: tuple[date | None, int]) -> tuple[int, int, int]:
    return sort_key(key[0].toordinal() if key[0] else UNDATED, key[1])


def list_calls(session: Session, flt: CallFilter = CallFilter(), *, limit: int | None = None) -> list[CallView]:
    """Calls matching the filter, newest first, undated last; all of them unless a limit is given."""
    if limit:
        return page_calls(session, flt, limit=limit).views
    return list(iter_calls(session, flt))


SOURCE_ORDER = (Source.published.is_(None), Source.published, Source.origin)
POSITIONS = select(Position).where(Position.call_id.in_(IDS)).order_by(Position.id)
SOURCES = select(CallSource, Source).join(Source).where(CallSource.call_id.in_(IDS)).order_by(*SOURCE_ORDER)
EVIDENCE = select(Evidence).where(Evidence.call_id.in_(IDS)).order_by(Evidence.id)
PEOPLE = (select(CallParticipant.call_id, CallParticipant.role, CallParticipant.leader_id, CallParticipant.office)
          .where(CallParticipant.call_id.in_(IDS)).order_by(CallParticipant.leader_id))
TOPICS = (select(CallTopic.call_id, CallTopic.topic_slug).where(CallTopic.call_id.in_(IDS))
          .order_by(CallTopic.topic_slug))
POSITION_ROWS = select(*Position.__table__.c).where(Position.call_id.in_(IDS)).order_by(Position.id)
SOURCE_ROWS = (select(*CallSource.__table__.c, *[column for column in Source.__table__.c if column.name != "text"])
               .join(Source, Source.id == CallSource.source_id).where(CallSource.call_id.in_(IDS))
               .order_by(*SOURCE_ORDER))


def load_views(session: Session, calls: list[Call]) -> list[CallView]:
    """Each call with its people, topics, positions, sources and evidence, in five queries whatever their number."""
    views = {call.id: CallView(call) for call in calls}
    if not views:
        return []
    ids = list(views)
    _add_people_and_topics(session, views)
    for position in session.exec(POSITIONS, params={"ids": ids}):
        views[position.call_id].positions.append(position)
    for account, source in session.exec(SOURCES, params={"ids": ids}):
        views[account.call_id].sources.append((source, account))
    for item in session.exec(EVIDENCE, params={"ids": ids}):
        views[item.call_id].evidence.append(item)
    return [views[call.id] for call in calls]


def _add_people_and_topics(session: Session, views: dict[int, CallView]) -> None:
    """Each call's people and topics, taken from the directories of leaders and topics kept per data version."""
    ids = list(views)
    leaders, topics = leader_directory(session), topic_directory(session)
    for call_id, role, leader_id, office in session.exec(PEOPLE, params={"ids": ids}):
        leader = leaders.get(leader_id) or session.get(Leader, leader_id)  # one written since the directory was read
        if office and office != leader.office:
            leader = _as_office(leader, office)
        (views[call_id].participants if role == "participant" else views[call_id].also_present).append(leader)
    for call_id, slug in session.exec(TOPICS, params={"ids": ids}):
        views[call_id].topics.append(topics.get(slug) or session.get(Topic, slug))
    for view in views.values():
        view.participants.sort(key=lambda leader: leader.id)  # the order the slug uses
    attach_marks(session, views.values())


def _as_office(leader: Leader, office: str) -> Leader:
    """The leader as they were in a call: the office they held then (not stored; the directory's row is shared)."""
    return Leader(id=leader.id, name=leader.name, office=office, country=leader.country, is_head=leader.is_head)


def card_views(session: Session, calls: list[Call], *, sources: bool = False) -> list[CallView]:
    """Views for lists of calls (the timeline, a topic's or a leader's latest calls, the Atom feed): their people
    and topics; with `sources`, also their articles, for the sentence a search matched."""
    views = {call.id: CallView(call) for call in calls}
    if not views:
        return []
    _add_people_and_topics(session, views)
    if sources:
        for account, source in session.exec(SOURCES, params={"ids": list(views)}):
            views[account.call_id].sources.append((source, account))
    return [views[call.id] for call in calls]


def leader_directory(session: Session) -> dict[str, Leader]:
    """Every leader by id, read once per data version."""
    return remembered(session, "leader directory",
                      lambda: {leader.id: leader for leader in session.exec(select(Leader))},
                      weigh=lambda leaders: 800 * len(leaders))


def topic_directory(session: Session) -> dict[str, Topic]:
    return {topic.slug: topic for topic in all_topics(session)}


def export_views(session: Session, calls: list) -> list[CallView]:
    """Views for the exports, read as plain rows that carry the models' field names: in about half the time of
    full model objects, and without what the exports never show (evidence offsets, the articles' texts).

    `calls` are plain rows of every field of a call (CALL_ROWS_BY_ID). A source and its account come as one row
    holding the fields of both.
    """
    views = {call.id: CallView(call) for call in calls}
    if not views:
        return []
    ids = list(views)
    _add_people_and_topics(session, views)
    for position in session.exec(POSITION_ROWS, params={"ids": ids}):
        views[position.call_id].positions.append(position)
    for row in session.exec(SOURCE_ROWS, params={"ids": ids}):
        views[row.call_id].sources.append((row, row))
    return [views[call.id] for call in calls]


_EARLIER = aliased(Call)
PREVIOUS_DAYS = select(Call.id, select(func.max(_EARLIER.sort_date))
                       .where(_EARLIER.pair_key == Call.pair_key, _EARLIER.date.is_not(None),
                              or_(_EARLIER.sort_date < Call.sort_date,
                                  and_(_EARLIER.sort_date == Call.sort_date, _EARLIER.id < Call.id)))
                       .scalar_subquery()).where(Call.id.in_(IDS))


def attach_previous(session: Session, views: list[CallView]) -> list[CallView]:
    """Fill in, for each dated call, the day of the same leaders' previous dated call (indexed lookup)."""
    dated = [view.call.id for view in views if view.call.date]
    if not dated:
        return views
    found = dict(session.exec(PREVIOUS_DAYS, params={"ids": dated}).all())
    for view in views:
        view.previous_day = found.get(view.call.id)
    return views


def neighbours(session: Session, call: Call) -> tuple[Call | None, Call | None]:
    """The previous and next dated call between the same leaders; an undated call has neither."""
    if call.sort_date is None:
        return None, None
    same = (Call.pair_key == call.pair_key, Call.sort_date.is_not(None), Call.id != call.id)
    before = or_(Call.sort_date < call.sort_date, and_(Call.sort_date == call.sort_date, Call.id < call.id))
    previous = session.exec(select(Call).where(*same, before)
                            .order_by(Call.sort_date.desc(), Call.id.desc()).limit(1)).first()
    following = session.exec(select(Call).where(*same, ~before)
                             .order_by(Call.sort_date, Call.id).limit(1)).first()
    return previous, following


def day_counts(session: Session, flt: CallFilter) -> tuple[list[tuple[date, int]], int]:
    """Calls per day for the density strip, and how many are undated (kept per data version)."""
    found = summary(session, flt)
    return found.days, found.undated


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


@dataclass(frozen=True)
class ReportedDate:
    """When one source says a call took place, from its own report before merging."""

    day: date | None
    earliest: date | None
    latest: date | None
    weekday: int | None


def reported_dates(session: Session, call_id: int) -> dict[str, ReportedDate]:
    """Each source's own date for a call (a source with several reports of it: the most precise one)."""
    found: dict[str, ReportedDate] = {}
    for report in session.exec(select(Report).where(Report.call_id == call_id).order_by(Report.ordinal)):
        raw = report.payload.get("date") or {}
        parsed = ReportedDate(*(date.fromisoformat(raw[key]) if raw.get(key) else None
                                for key in ("day", "earliest", "latest")), raw.get("weekday"))
        known = found.get(report.source_id)
        if known is None or (parsed.day and not known.day):
            found[report.source_id] = parsed
    return found


def get_source(session: Session, source_id: str) -> Source | None:
    return session.get(Source, source_id)


def calls_citing_source(session: Session, source_id: str) -> list[CallView]:
    calls = session.exec(select(Call).join(CallSource).where(CallSource.source_id == source_id)
                         .order_by(Call.sort_date)).all()
    return load_views(session, list(calls))


def all_topics(session: Session) -> list[Topic]:
    return remembered(session, "topics", lambda: list(session.exec(select(Topic).order_by(Topic.label)).all()),
                      weigh=lambda topics: 800 * len(topics))


def all_leaders(session: Session) -> list[Leader]:
    """Everyone who took part in a call as one of its sides, by name (from the counts triggers keep)."""
    return remembered(session, "leaders", lambda: list(session.exec(select(Leader).where(Leader.id.in_(
        select(LeaderCount.leader_id).where(LeaderCount.calls > 0))).order_by(Leader.name)).all()),
        weigh=lambda leaders: 800 * len(leaders))


def leader_counts(session: Session) -> dict[str, int]:
    """For each leader who took part in calls as one of the sides, how many."""
    return remembered(session, "leader counts", lambda: dict(session.exec(
        select(LeaderCount.leader_id, LeaderCount.calls).where(LeaderCount.calls > 0)).all()),
        weigh=lambda counts: 150 * len(counts))


def month_label(view: CallView) -> str:
    day = view.call.sort_date
    return f"{day:%B %Y}" if day else "Date unknown"
