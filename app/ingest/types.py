"""Typed values that flow between the pure ingest steps."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class DatePrecision(StrEnum):
    """How narrowly a call's date is known."""

    DAY = "day"
    RANGE = "range"  # between earliest and latest, inclusive
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Anchor:
    """The day an article speaks from, and how we know it."""

    day: date
    basis: str  # e.g. "publication date 2024-03-19 (manifest)"


@dataclass(frozen=True)
class DateResolution:
    """When a call happened: a day, an honest range, or unknown, always with its basis."""

    precision: DatePrecision
    day: date | None = None
    earliest: date | None = None
    latest: date | None = None
    basis: str = ""
    weekday: int | None = None  # 0 = Monday; kept even when the day itself is unknown
    # "morning", "evening"... as the text gave it: a call on a Washington evening is the next morning in Beijing
    part_of_day: str | None = None
    # (month, day) of "May 23" told with no year and nothing to give one: kept so the report joins only that day's call
    month_day: tuple[int, int] | None = None

    @classmethod
    def unknown(cls, basis: str, weekday: int | None = None,
                month_day: tuple[int, int] | None = None) -> DateResolution:
        return cls(DatePrecision.UNKNOWN, basis=basis, weekday=weekday, month_day=month_day)

    @classmethod
    def on_day(cls, day: date, basis: str) -> DateResolution:
        return cls(DatePrecision.DAY, day=day, earliest=day, latest=day, basis=basis, weekday=day.weekday())


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article with its character offsets in the article text."""

    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Article:
    """One ingested document: its text and the publication facts known for it."""

    origin: str  # its path in the folder ingested (or the file's name, or the URL) it came from
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: date | None = None
    published_basis: str | None = None  # "manifest", "record", "feed", "page metadata", "date line", "dateline in text"
    # The file it was read from on this machine: two folders may each hold an "a.txt" that is not the same article.
    location: str | None = None


@dataclass(frozen=True)
class LeaderRef:
    """A person resolved from a mention: a known leader, or one recognised by title."""

    slug: str
    name: str
    office: str | None = None
    country: str | None = None
    is_leader: bool = True  # head of state or government on the day in question


@dataclass(frozen=True)
class PositionDraft:
    """What one leader (or their office) said, tied to the sentence it came from."""

    leader_slug: str
    stance: str  # urges, opposes, supports, commits, concerned, states
    topic: str | None
    sentence: Sentence
    origin: str


@dataclass
class CallDraft:
    """One call as one article reports it, before merging with other reports."""

    origin: str
    kind: str  # "call" or "video-call"
    leaders: list[LeaderRef]
    also_present: list[LeaderRef] = field(default_factory=list)
    date: DateResolution = field(default_factory=lambda: DateResolution.unknown("no date found"))
    topics: dict[str, list[Sentence]] = field(default_factory=dict)  # topic -> evidence sentences
    positions: list[PositionDraft] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)  # the sentences that describe this call
    duration_minutes: int | None = None
    duration_text: str | None = None
    passing: bool = False  # an earlier call mentioned only in passing
    first_told: int | None = None  # the index of the sentence that first reports the call


@dataclass(frozen=True)
class Extraction:
    """What one article yields: its call drafts, and what a reader of the ingest report should know."""

    drafts: list[CallDraft]
    warnings: list[str] = field(default_factory=list)
    sentence_spans: list[int] | None = None  # start, end, start, end, ... of every sentence, as found
