"""SQLModel tables: sources, leaders, calls and the evidence that ties them together."""

import datetime as dt

from sqlalchemy import JSON, Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class Source(SQLModel, table=True):
    """An ingested article or readout; its id is derived from its first origin so it survives rebuilds."""

    id: str = Field(primary_key=True, max_length=32)
    origin: str = Field(index=True, unique=True)  # where it was first read: a path in the folder ingested, or a URL
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = Field(default=None, index=True)
    published_basis: str | None = None
    text: str = Field(sa_column=Column(Text, nullable=False))
    content_hash: str = Field(max_length=64)
    text_hash: str = Field(default="", max_length=64, index=True)  # of the words alone: the same text is one source
    ingested_at: dt.datetime = Field(default_factory=utcnow)


class SourceSentences(SQLModel, table=True):
    """Where each sentence of a source starts and ends, found once at ingest so that no page splits the text again."""

    source_id: str = Field(foreign_key="source.id", primary_key=True, max_length=32, ondelete="CASCADE")
    spans: list[int] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))  # start, end, start, ...


class SourceOrigin(SQLModel, table=True):
    """A place a source was read from: its first origin, and any other file or URL that held the same text."""

    origin: str = Field(primary_key=True)
    source_id: str = Field(foreign_key="source.id", index=True, ondelete="CASCADE")
    location: str | None = None  # the file's full path when it was read, so another folder's "a.txt" is not it
    added_at: dt.datetime = Field(default_factory=utcnow)


class Leader(SQLModel, table=True):
    """A person who takes part in calls: a head of state or government, or someone who joined."""

    id: str = Field(primary_key=True, max_length=80)  # slug, e.g. "joe-biden"
    name: str
    office: str | None = None  # the office of their latest call
    country: str | None = None
    is_head: bool = True
    office_as_of: dt.date | None = None  # the day of the call that office comes from


class Call(SQLModel, table=True):
    """One phone or video call between leaders, however many sources report it."""

    __table_args__ = (Index("ix_call_pair_key_sort_date", "pair_key", "sort_date"),)  # previous/next, gaps

    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(index=True, unique=True, max_length=160)
    kind: str = Field(default="call", max_length=20)  # "call" or "video-call"
    pair_key: str = Field(index=True, max_length=400)  # sorted participant slugs, joined by "+"
    date: dt.date | None = Field(default=None, index=True)
    date_precision: str = Field(default="unknown", max_length=10)  # day, range, unknown
    date_earliest: dt.date | None = None
    date_latest: dt.date | None = None
    date_basis: str = ""
    weekday: int | None = None  # known even when the day is not
    sort_date: dt.date | None = Field(default=None, index=True)  # day, else latest bound; None sorts last
    summary: str = ""
    passing: bool = False  # known only from a passing mention in a report about another call
    updated_at: dt.datetime = Field(default_factory=utcnow)
    content_digest: str | None = Field(default=None, max_length=64)  # of all it holds, so an unchanged call is kept


class CallParticipant(SQLModel, table=True):
    """A leader on a call, or someone who joined it (role also-present)."""

    call_id: int = Field(foreign_key="call.id", primary_key=True, ondelete="CASCADE")
    leader_id: str = Field(foreign_key="leader.id", primary_key=True, index=True)
    role: str = Field(default="participant", max_length=20)
    office: str | None = None  # the office held in this call: a vice president then may be the president now


class Topic(SQLModel, table=True):
    """A subject calls are filtered by, from the topic vocabulary."""

    slug: str = Field(primary_key=True, max_length=60)
    label: str
    description: str = ""


class CallTopic(SQLModel, table=True):
    """A topic discussed in a call."""

    call_id: int = Field(foreign_key="call.id", primary_key=True, ondelete="CASCADE")
    topic_slug: str = Field(foreign_key="topic.slug", primary_key=True, index=True)


class CallSource(SQLModel, table=True):
    """A source's account of a call: what it reports beyond the shared facts."""

    call_id: int = Field(foreign_key="call.id", primary_key=True, ondelete="CASCADE")
    source_id: str = Field(foreign_key="source.id", primary_key=True, index=True)
    date_basis: str = ""
    duration_minutes: int | None = None
    duration_text: str | None = None
    passing: bool = False
    merge_reason: str = ""  # why this source was merged into the call, when the call has several


class Evidence(SQLModel, table=True):
    """A sentence of a source that supports a topic of a call (positions are kept separately)."""

    id: int | None = Field(default=None, primary_key=True)
    call_id: int = Field(foreign_key="call.id", index=True, ondelete="CASCADE")
    topic_slug: str = Field(foreign_key="topic.slug", index=True)
    source_id: str = Field(foreign_key="source.id", index=True)
    start: int
    end: int


class Position(SQLModel, table=True):
    """What a leader or their office said in or about a call, tied to its sentence."""

    id: int | None = Field(default=None, primary_key=True)
    call_id: int = Field(foreign_key="call.id", index=True, ondelete="CASCADE")
    leader_id: str = Field(foreign_key="leader.id", index=True)
    topic_slug: str | None = Field(default=None, foreign_key="topic.slug", index=True)
    stance: str = Field(max_length=20)
    text: str = Field(sa_column=Column(Text, nullable=False))
    source_id: str = Field(foreign_key="source.id", index=True)
    start: int
    end: int


class Report(SQLModel, table=True):
    """One source's draft of one call, kept so calls can be re-merged when sources change."""

    __table_args__ = (UniqueConstraint("source_id", "ordinal"),)

    id: int | None = Field(default=None, primary_key=True)
    source_id: str = Field(foreign_key="source.id", index=True, ondelete="CASCADE")
    ordinal: int
    pair_key: str = Field(index=True, max_length=400)
    call_id: int | None = Field(default=None, foreign_key="call.id", index=True, ondelete="SET NULL")
    payload: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class SlugRedirect(SQLModel, table=True):
    """An old permalink of a call, answered with a permanent redirect to its current one."""

    old_slug: str = Field(primary_key=True, max_length=160)
    call_id: int = Field(foreign_key="call.id", index=True, ondelete="CASCADE")


class PendingMerge(SQLModel, table=True):
    """A set of leaders whose reports changed and whose calls are still to be re-merged.

    Each article commits with the sets it touched; the merge step clears them one by one, so an ingest
    stopped at any point finishes its merging on the next run.
    """

    pair_key: str = Field(primary_key=True, max_length=400)


# Read side: a data version for cached reads and ETags, and indexes the timeline and its facets read by.
from sqlalchemy import BigInteger  # noqa: E402 - kept with the table that needs it


class DataVersion(SQLModel, table=True):
    """One row whose version every write to the tables pages show sets anew (triggers of migration 0006)."""

    id: int = Field(default=1, primary_key=True)
    version: int = Field(sa_type=BigInteger)


class CallDay(SQLModel, table=True):
    """Dated calls per sort day, kept by triggers: the whole timeline's strip and total at any size."""

    day: dt.date = Field(primary_key=True)
    calls: int


class TopicCount(SQLModel, table=True):
    """Calls per topic, kept by triggers: the whole timeline's facets and the topic index."""

    topic_slug: str = Field(primary_key=True, max_length=60)
    calls: int


class LeaderCount(SQLModel, table=True):
    """Calls each leader took part in as one of the sides, kept by triggers: the leader list and index."""

    leader_id: str = Field(primary_key=True, max_length=80)
    calls: int


Index("ix_call_sort_date_id", Call.sort_date, Call.id)  # newest first without sorting, on PostgreSQL too
# Covering indexes: the calls of a topic, a leader, an article or a statement without visiting the rows.
Index("ix_calltopic_topic_slug_call_id", CallTopic.topic_slug, CallTopic.call_id)
Index("ix_callparticipant_leader_id_role_call_id", CallParticipant.leader_id, CallParticipant.role,
      CallParticipant.call_id)
Index("ix_callsource_source_id_call_id", CallSource.source_id, CallSource.call_id)
Index("ix_position_id_call_id", Position.id, Position.call_id)
Index("ix_position_topic_slug_call_id", Position.topic_slug, Position.call_id)  # what leaders said on a topic


class Correction(SQLModel, table=True):
    """A curator's correction of a call, applied after extraction on every ingest and re-merge.

    The call is named by its permalink when the correction was made and by the ids of its sources, both of which
    outlive a rebuilt database: the permalink is followed through redirects, the sources find the call when it
    has moved. `status` says whether it took effect on the last ingest ("applied"), found nothing to act on
    ("stale", with `note` saying why) or was replaced by a later correction of the same thing ("superseded").
    """

    id: int | None = Field(default=None, primary_key=True)
    call_slug: str = Field(index=True, max_length=160)
    call_sources: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    action: str = Field(max_length=30)
    value: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    why: str = Field(sa_column=Column(Text, nullable=False))
    author: str = Field(max_length=120)
    created_at: dt.datetime = Field(default_factory=utcnow)
    status: str = Field(default="pending", max_length=12, index=True)
    note: str = ""
    call_id: int | None = Field(default=None, foreign_key="call.id", index=True, ondelete="SET NULL")
    extracted: str = ""  # what extraction gave before the correction took effect, for the call page
    seen: str = ""  # the call's updated_at when `extracted` was read: a newer one means extraction rewrote it
