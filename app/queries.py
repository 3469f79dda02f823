"""Read functions the pages, the API and the exports share: filtered, keyset-paginated calls and their details."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from sqlalchemy import Engine, and_, func, inspect, literal_column, not_, or_, text
from sqlalchemy.orm import aliased
from sqlmodel import Session, select

from app.corrections.marks import Mark, attach_marks
from app.models import (
    Call,
    CallParticipant,
    CallSource,
    CallTopic,
    Evidence,
    Leader,
    Position,
    Report,
    SlugRedirect,
    Source,
    Topic,
)


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


@dataclass(frozen=True)
class Page:
    """One page of a timeline view and how to ask for the next one."""

    views: list[CallView]
    total: int
    next: Cursor | None
    offset: int = 0  # how many calls of the view come before this page


NEWEST_FIRST = (Call.sort_date.is_(None), Call.sort_date.desc(), Call.id.desc())


def call_conditions(session: Session, flt: CallFilter) -> list:
    """WHERE clauses on Call for a filter; every one is served by an index or the search tables."""
    conditions = []
    for slug in flt.topics:
        conditions.append(Call.id.in_(select(CallTopic.call_id).where(CallTopic.topic_slug == slug)))
    for person in (flt.leader, flt.with_leader):
        if person:
            conditions.append(Call.id.in_(select(CallParticipant.call_id).where(
                CallParticipant.leader_id == person, CallParticipant.role == "participant")))
    if flt.start:
        conditions.append(Call.sort_date >= flt.start)
    if flt.end:
        conditions.append(Call.sort_date <= flt.end)
    if flt.text:
        conditions.append(_text_condition(session, flt.text))
    return conditions


def filtered_call_ids(session: Session, flt: CallFilter):  # noqa: ANN201 - an SQLAlchemy select
    return select(Call.id).where(*call_conditions(session, flt))


_TERM = re.compile(r"\w+(?:[-‐‑/'’]\w+)*")  # a word, or words joined by hyphens: "cease-fire", "Rafah's"
_WORD = re.compile(r"[^\W_]+")
MAX_TERMS = 12
MIN_PART = 3  # a single word is also tried split in two, each part at least this long: "ceasefire" ~ "cease fire"


def search_terms(text_: str) -> list[tuple[str, ...]]:
    """The user's search terms, each as its word parts: "Cease-fire talks" -> [("cease", "fire"), ("talks",)]."""
    terms = [tuple(_WORD.findall(match.group())) for match in _TERM.finditer(text_.lower())]
    return [term for term in terms if term][:MAX_TERMS]


def _spellings(term: tuple[str, ...]) -> list[str]:
    """FTS5 phrases for the spellings of one term: joined, hyphenated or spaced ("-" and " " tokenize alike)."""
    options = [f'"{"".join(term)}"*']
    if len(term) > 1:
        options.append(f'"{" ".join(term)}"*')
    else:
        word = term[0]
        options += [f'"{word[:i]} {word[i:]}"*' for i in range(MIN_PART, len(word) - MIN_PART + 1)]
    return options


def fts_query(text_: str) -> str | None:
    """User words as an FTS5 query: every term must appear, each as a prefix, in any of its spellings.

    "cease-fire", "cease fire" and "ceasefire" find the same calls: a hyphenated term is also tried joined,
    a long word also split in two, and two words typed apart also joined. None when no word is left.
    """
    terms = search_terms(text_)
    if not terms:
        return None
    readings = [terms]
    if len(terms) <= 6:
        readings += [terms[:i] + [terms[i] + terms[i + 1]] + terms[i + 2:] for i in range(len(terms) - 1)
                     if len(terms[i]) == len(terms[i + 1]) == 1]

    def either(options: list[str]) -> str:
        return options[0] if len(options) == 1 else "(" + " OR ".join(options) + ")"

    conjunctions = [" AND ".join(either(_spellings(term)) for term in reading) for reading in readings]
    return either([f"({c})" if " AND " in c and len(conjunctions) > 1 else c for c in conjunctions])


def spelling_variants(needle: str) -> list[str]:
    """Substrings that count as the same search where there is no FTS tokenizer (PostgreSQL's ILIKE)."""
    needle = needle.strip()
    parts = [part for part in re.split(r"[\s\-‐‑]+", needle) if part]
    if len(parts) > 1:
        return list(dict.fromkeys([needle, *(sep.join(parts) for sep in (" ", "-", ""))]))
    if len(needle) >= 2 * MIN_PART:
        return [needle, *(needle[:i] + sep + needle[i:] for i in range(MIN_PART, len(needle) - MIN_PART + 1)
                          for sep in (" ", "-"))]
    return [needle]


def _text_condition(session: Session, needle: str):  # noqa: ANN202 - an SQLAlchemy clause
    if _has_fts(session.get_bind()):
        match = fts_query(needle)
        if match is None:
            return literal_column("0") == 1
        in_sources = text("SELECT source.id FROM source_fts JOIN source ON source.rowid = source_fts.rowid "
                          "WHERE source_fts MATCH :fts_source").bindparams(fts_source=match).columns(Source.id)
        in_positions = text("SELECT rowid FROM position_fts WHERE position_fts MATCH :fts_position") \
            .bindparams(fts_position=match).columns(Position.id)
        return or_(Call.id.in_(select(CallSource.call_id).where(CallSource.source_id.in_(in_sources))),
                   Call.id.in_(select(Position.call_id).where(Position.id.in_(in_positions))))
    # PostgreSQL and other databases: a plain substring search, in each spelling of the words.
    patterns = [f"%{variant}%" for variant in spelling_variants(needle)]
    return or_(*(Call.summary.ilike(p) for p in patterns),
               Call.id.in_(select(Position.call_id).where(or_(*(Position.text.ilike(p) for p in patterns)))),
               Call.id.in_(select(CallSource.call_id).join(Source, Source.id == CallSource.source_id)
                           .where(or_(*(Source.text.ilike(p) for p in patterns)))))


@lru_cache(maxsize=16)
def _has_fts(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite" and inspect(engine).has_table("source_fts")


def _after(cursor: Cursor):  # noqa: ANN202 - an SQLAlchemy clause
    """Calls that come after the cursor in newest-first order, undated ones last."""
    if cursor.day is None:
        return and_(Call.sort_date.is_(None), Call.id < cursor.id)
    return or_(Call.sort_date < cursor.day, and_(Call.sort_date == cursor.day, Call.id < cursor.id),
               Call.sort_date.is_(None))


def page_calls(session: Session, flt: CallFilter, *, after: Cursor | None = None, limit: int = 50) -> Page:
    """One page of calls matching the filter, newest first, with the total and the cursor of the next page."""
    conditions = call_conditions(session, flt)
    total = session.exec(select(func.count()).select_from(Call).where(*conditions)).one()
    query, offset = select(Call).where(*conditions), 0
    if after is not None:
        query = query.where(_after(after))
        offset = total - session.exec(select(func.count()).select_from(Call).where(*conditions, _after(after))).one()
    calls = list(session.exec(query.order_by(*NEWEST_FIRST).limit(limit + 1)).all())
    more = len(calls) > limit
    calls = calls[:limit]
    views = attach_previous(session, load_views(session, calls))
    last = calls[-1] if calls else None
    return Page(views, total, Cursor(last.sort_date, last.id) if more and last else None, offset)


def iter_calls(session: Session, flt: CallFilter = CallFilter(), *, batch: int = 500) -> Iterator[CallView]:
    """Every matching call, newest first, read a batch at a time so memory stays flat."""
    conditions = call_conditions(session, flt)
    cursor: Cursor | None = None
    while True:
        query = select(Call).where(*conditions)
        if cursor is not None:
            query = query.where(_after(cursor))
        calls = list(session.exec(query.order_by(*NEWEST_FIRST).limit(batch)).all())
        yield from load_views(session, calls)
        if len(calls) < batch:
            return
        cursor = Cursor(calls[-1].sort_date, calls[-1].id)


def _page_query(session: Session, flt: CallFilter, *, after: Cursor | None, until: Cursor | None = None,
                dated_only: bool = False, columns: tuple = (Call,)):  # noqa: ANN202 - an SQLAlchemy select
    """Calls of the filter after one marker and up to (and including) another, newest first."""
    query = select(*columns).where(*call_conditions(session, flt))
    if after is not None:
        query = query.where(_after(after))
    if until is not None:
        query = query.where(not_(_after(until)))
    if dated_only:
        query = query.where(Call.date.is_not(None))
    return query.order_by(*NEWEST_FIRST)


def cut_after(session: Session, flt: CallFilter, *, after: Cursor | None = None, limit: int,
              dated_only: bool = False) -> Cursor | None:
    """Where a capped export stops: the marker of its `limit`-th call, or None when no call follows that one."""
    rows = session.exec(_page_query(session, flt, after=after, dated_only=dated_only, columns=(Call.sort_date, Call.id))
                        .offset(limit - 1).limit(2)).all()
    return Cursor(*rows[0]) if len(rows) == 2 else None


def call_batches(engine: Engine, flt: CallFilter, *, after: Cursor | None = None, until: Cursor | None = None,
                 dated_only: bool = False, batch: int = 100) -> Iterator[list[CallView]]:
    """The calls from one marker to another, a batch at a time, each read in its own short session.

    Nothing is held between batches, not even a read transaction, so a client that reads an export slowly
    neither holds memory nor keeps the database from checkpointing.
    """
    while True:
        with Session(engine) as session:
            calls = list(session.exec(_page_query(session, flt, after=after, until=until, dated_only=dated_only,
                                                  columns=CALL_FIELDS).limit(batch)).all())
            views = export_views(session, calls)
        if views:
            yield views
        if len(calls) < batch:
            return
        after = Cursor(calls[-1].sort_date, calls[-1].id)


def list_calls(session: Session, flt: CallFilter = CallFilter(), *, limit: int | None = None) -> list[CallView]:
    """Calls matching the filter, newest first, undated last; all of them unless a limit is given."""
    if limit:
        return page_calls(session, flt, limit=limit).views
    return list(iter_calls(session, flt))


SOURCE_ORDER = (Source.published.is_(None), Source.published, Source.origin)
CALL_FIELDS = tuple(Call.__table__.c)  # a call as a plain row, for the exports


def load_views(session: Session, calls: list[Call]) -> list[CallView]:
    """Each call with its people, topics, positions, sources and evidence, in five queries whatever their number."""
    views = {call.id: CallView(call) for call in calls}
    if not views:
        return []
    ids = list(views)
    _add_people_and_topics(session, views)
    for position in session.exec(select(Position).where(Position.call_id.in_(ids)).order_by(Position.id)):
        views[position.call_id].positions.append(position)
    for account, source in session.exec(select(CallSource, Source).join(Source).where(CallSource.call_id.in_(ids))
                                        .order_by(*SOURCE_ORDER)):
        views[account.call_id].sources.append((source, account))
    for item in session.exec(select(Evidence).where(Evidence.call_id.in_(ids)).order_by(Evidence.id)):
        views[item.call_id].evidence.append(item)
    return [views[call.id] for call in calls]


def _add_people_and_topics(session: Session, views: dict[int, CallView]) -> None:
    ids = list(views)
    for call_id, role, leader in session.exec(select(CallParticipant.call_id, CallParticipant.role, Leader)
                                              .join(Leader).where(CallParticipant.call_id.in_(ids))
                                              .order_by(CallParticipant.leader_id)):
        (views[call_id].participants if role == "participant" else views[call_id].also_present).append(leader)
    for call_id, topic in session.exec(select(CallTopic.call_id, Topic).join(Topic).where(CallTopic.call_id.in_(ids))
                                       .order_by(Topic.slug)):
        views[call_id].topics.append(topic)
    for view in views.values():
        view.participants.sort(key=lambda leader: leader.id)  # the order the slug uses
    attach_marks(session, views.values())


def export_views(session: Session, calls: list) -> list[CallView]:
    """Views for the exports, read as plain rows that carry the models' field names: in about half the time of
    full model objects, and without what the exports never show (evidence offsets, the articles' texts).

    `calls` are rows of CALL_FIELDS. A source and its account come as one row holding the fields of both.
    """
    views = {call.id: CallView(call) for call in calls}
    if not views:
        return []
    ids = list(views)
    _add_people_and_topics(session, views)
    for position in session.exec(select(*Position.__table__.c).where(Position.call_id.in_(ids)).order_by(Position.id)):
        views[position.call_id].positions.append(position)
    source_fields = [column for column in Source.__table__.c if column.name != "text"]
    for row in session.exec(select(*CallSource.__table__.c, *source_fields).join(Source, Source.id == CallSource.source_id)
                            .where(CallSource.call_id.in_(ids)).order_by(*SOURCE_ORDER)):
        views[row.call_id].sources.append((row, row))
    return [views[call.id] for call in calls]


def attach_previous(session: Session, views: list[CallView]) -> list[CallView]:
    """Fill in, for each dated call, the day of the same leaders' previous dated call (indexed lookup)."""
    dated = [view.call.id for view in views if view.call.date]
    if not dated:
        return views
    earlier = aliased(Call)
    previous = (select(func.max(earlier.sort_date))
                .where(earlier.pair_key == Call.pair_key, earlier.date.is_not(None),
                       or_(earlier.sort_date < Call.sort_date,
                           and_(earlier.sort_date == Call.sort_date, earlier.id < Call.id)))
                .scalar_subquery())
    found = dict(session.exec(select(Call.id, previous).where(Call.id.in_(dated))).all())
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
    """Calls per day for the density strip (an aggregate, never the rows), and how many are undated."""
    conditions = call_conditions(session, flt)
    rows = session.exec(select(Call.sort_date, func.count()).where(*conditions, Call.sort_date.is_not(None))
                        .group_by(Call.sort_date).order_by(Call.sort_date)).all()
    undated = session.exec(select(func.count()).select_from(Call)
                           .where(*conditions, Call.sort_date.is_(None))).one()
    return [(day, count) for day, count in rows], undated


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


def month_label(view: CallView) -> str:
    day = view.call.sort_date
    return f"{day:%B %Y}" if day else "Date unknown"
