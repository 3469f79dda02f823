"""Write articles and their call drafts to the database, then re-merge the leader sets they touched."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, bindparam, update
from sqlmodel import Session, delete, select

from app.ingest.remerge import merge_pending
from app.ingest.rows import insert_rows
from app.ingest.sentences import flat_spans, split_sentences
from app.ingest.serialize import draft_to_payload
from app.ingest.types import Article, CallDraft, Extraction, LeaderRef
from app.models import (
    PendingMerge,
    Report,
    Source,
    SourceOrigin,
    SourceSentences,
    Topic,
    utcnow,
)

Extractor = Callable[[Article], list[CallDraft] | Extraction]
# Told of each article as it is done: its origin, what happened ("added", "updated", "unchanged", "same text" or
# "failed") and how many call reports it gave.
OnArticle = Callable[[str, str, int], None]


@dataclass
class IngestSummary:
    """What one ingest run changed."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    reports: int = 0
    calls_touched: int = 0
    origins: list[str] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (origin, what went wrong)
    same_text: list[tuple[str, str]] = field(default_factory=list)  # (origin, the first origin of its source)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (origin, what was read with caution)


def source_id_for(origin: str) -> str:
    """A short id derived from the first origin, so a source keeps its URL across rebuilt databases."""
    return hashlib.sha256(origin.encode("utf-8")).hexdigest()[:12]


def text_hash(text: str) -> str:
    """What decides that two articles are one: their words, whatever the spacing (migration 0005 computes it too)."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def pair_key(leaders: Iterable[LeaderRef]) -> str:
    return "+".join(sorted({ref.slug for ref in leaders}))


def ingest_articles(session: Session, articles: Iterable[Article], *, extractor: Extractor, version: str,
                    topics: Iterable[tuple[str, str, str]] = (), on_article: OnArticle | None = None) -> IngestSummary:
    """Store each article and its reports in a transaction of its own, then re-merge the leader sets they touched.

    A bad or slow article never costs the others, and a run stopped at any point is finished by the next one:
    an unchanged article is skipped, and the sets still waiting to be merged are recorded in the database.
    """
    summary = IngestSummary()
    _ensure_topics(session, topics)
    session.commit()
    for article in articles:
        reports = summary.reports
        try:
            outcome = _store_article(session, article, extractor=extractor, version=version, summary=summary)
            session.commit()
        except Exception as error:  # noqa: BLE001 - one bad article must not stop the batch
            session.rollback()
            summary.failures.append((article.origin, f"not stored ({type(error).__name__}: {error}); "
                                                     "the stored version, if any, is kept"))
            summary.reports, outcome = reports, "failed"
        if on_article is not None:
            on_article(article.origin, outcome, summary.reports - reports)
    summary.calls_touched += merge_pending(session)
    return summary


def _store_article(session: Session, article: Article, *, extractor: Extractor, version: str,
                   summary: IngestSummary) -> str:
    # Plain statements on the session's connection: one article is a handful of rows, and the ORM's unit of work
    # (flushes, identity map, a SELECT before each merge) cost several times the writing itself.
    connection = session.connection()
    words = text_hash(article.text)
    existing = source_for_origin(session, article.origin, location=article.location)
    if existing is not None and existing.origin != article.origin and existing.text_hash != words:
        # A second origin whose text changed no longer holds that source's text: it is an article of its own now.
        connection.execute(_FORGET_ORIGIN, {"origin": article.origin})
        existing = None
    if existing is None:
        twin = _first_with_text(connection, words)
        if twin is not None:  # the same text under another name or URL: one source, one more origin
            insert_rows(connection, SourceOrigin, [dict(origin=article.origin, source_id=twin.id,
                                                        location=article.location, added_at=utcnow())])
            summary.same_text.append((article.origin, twin.origin))
            return "same text"
    elif existing.origin != article.origin:
        summary.unchanged += 1  # a further origin of a source, read again: its text is the source's own
        return "unchanged"
    source_id = existing.id if existing is not None else source_id_for(article.origin)
    digest = _content_hash(article, version)
    if existing is not None and existing.content_hash == digest:
        summary.unchanged += 1
        return "unchanged"
    drafts = extractor(article)
    spans = None
    if isinstance(drafts, Extraction):
        summary.warnings.extend((article.origin, warning) for warning in drafts.warnings)
        drafts, spans = drafts.drafts, drafts.sentence_spans
    touched: set[str] = set()
    facts = dict(title=article.title, outlet=article.outlet, url=article.url, published=article.published,
                 published_basis=article.published_basis, text=article.text, content_hash=digest,
                 ingested_at=utcnow(), text_hash=words)
    if existing is None:
        insert_rows(connection, Source, [dict(id=source_id, origin=article.origin, **facts)])
        insert_rows(connection, SourceOrigin, [dict(origin=article.origin, source_id=source_id,
                                                    location=article.location, added_at=utcnow())])
    else:
        touched.update(connection.execute(_PAIRS_OF_SOURCE, {"source": source_id}).scalars())
        connection.execute(_FORGET_REPORTS, {"source": source_id})
        connection.execute(update(Source).where(Source.id == source_id).values(**facts))
    store_sentences(session, source_id, spans if spans is not None else flat_spans(split_sentences(article.text)),
                    new=existing is None)
    reports = []
    for ordinal, draft in enumerate(drafts):
        key = pair_key(draft.leaders)
        touched.add(key)
        reports.append(dict(source_id=source_id, ordinal=ordinal, pair_key=key, call_id=None,
                            payload=draft_to_payload(draft)))
    insert_rows(connection, Report, reports)
    _mark_pending(connection, touched)
    summary.added += existing is None
    summary.updated += existing is not None
    summary.reports += len(drafts)
    summary.origins.append(article.origin)
    return "added" if existing is None else "updated"


def store_sentences(session: Session, source_id: str, spans: list[int], *, new: bool = False) -> None:
    """Record (or replace) where a source's sentences start and end, in the caller's transaction."""
    connection = session.connection()
    if new or connection.execute(_REPLACE_SPANS, {"source": source_id, "spans": spans}).rowcount == 0:
        insert_rows(connection, SourceSentences, [dict(source_id=source_id, spans=spans)])


@dataclass(frozen=True)
class StoredSource:
    """What storing an article needs to know of the source already stored for it."""

    id: str
    origin: str
    text_hash: str
    content_hash: str


# Built once: building an SQL expression and finding it in the statement cache costs several times what SQLite
# takes to run these lookups, and they run for every article read.
_STORED_COLUMNS = (Source.id, Source.origin, Source.text_hash, Source.content_hash)
_BY_ORIGIN = (select(*_STORED_COLUMNS, SourceOrigin.location).join(SourceOrigin, SourceOrigin.source_id == Source.id)
              .where(SourceOrigin.origin == bindparam("origin")))
_BY_ID = select(*_STORED_COLUMNS).where(Source.id == bindparam("source"))
_FIRST_WITH_TEXT = (select(*_STORED_COLUMNS).where(Source.text_hash == bindparam("words"))
                    .order_by(Source.ingested_at, Source.id).limit(1))
_ORIGIN_PLACE = select(SourceOrigin.location).where(SourceOrigin.origin == bindparam("origin"))
_MOVE_ORIGIN = (update(SourceOrigin).where(SourceOrigin.origin == bindparam("origin"))
                .values(location=bindparam("place")))
_FORGET_ORIGIN = delete(SourceOrigin).where(SourceOrigin.origin == bindparam("origin"))
_SOURCE_AT_URL = select(Source.id).where(Source.url == bindparam("url")).limit(1)
_PAIRS_OF_SOURCE = select(Report.pair_key).where(Report.source_id == bindparam("source"))
_FORGET_REPORTS = delete(Report).where(Report.source_id == bindparam("source"))
_REPLACE_SPANS = (update(SourceSentences).where(SourceSentences.source_id == bindparam("source"))
                  .values(spans=bindparam("spans", type_=SourceSentences.__table__.c.spans.type)))
_WAITING = select(PendingMerge.pair_key).where(PendingMerge.pair_key.in_(bindparam("keys", expanding=True)))


def _stored_by_origin(connection: Connection, origin: str) -> tuple[StoredSource | None, bool, str | None]:
    """(the source read from `origin`, whether an origin row says so, the place that row gives)."""
    row = connection.execute(_BY_ORIGIN, {"origin": origin}).first()
    if row is not None:
        return StoredSource(*row[:4]), True, row[4]
    row = connection.execute(_BY_ID, {"source": source_id_for(origin)}).first()
    return (StoredSource(*row) if row is not None else None), False, None


def _first_with_text(connection: Connection, words: str) -> StoredSource | None:
    row = connection.execute(_FIRST_WITH_TEXT, {"words": words}).first()
    return StoredSource(*row) if row is not None else None


def needs_extraction(session: Session, article: Article, version: str) -> bool:
    """Whether storing `article` will extract it: not when the same origin holds the same text and version."""
    connection = session.connection()
    source, _, _ = _stored_by_origin(connection, article.origin)
    if source is None:
        return _first_with_text(connection, text_hash(article.text)) is None
    return source.origin == article.origin and source.content_hash != _content_hash(article, version)


def source_for_origin(session: Session, origin: str, *, location: str | None = None) -> StoredSource | None:
    """The source read from `origin`, first or since; the file's place is noted where it was not yet known."""
    connection = session.connection()
    source, has_row, stored_location = _stored_by_origin(connection, origin)
    if has_row:
        if location and stored_location != location:
            # known from before places were kept, or the folder has moved
            connection.execute(_MOVE_ORIGIN, {"origin": origin, "place": location})
        return source
    if source is not None and source.origin == origin:  # a source stored without its origin row
        insert_rows(connection, SourceOrigin, [dict(origin=origin, source_id=source.id, location=location,
                                                    added_at=utcnow())])
        return source
    return None


def origin_elsewhere(session: Session, origin: str, location: str) -> bool:
    """Whether `origin` belongs to another file, one that is still on this machine at another place."""
    stored = session.connection().execute(_ORIGIN_PLACE, {"origin": origin}).scalar()
    return bool(stored) and stored != location and Path(stored).exists()


def origin_known(session: Session, url: str) -> bool:
    """Whether an article was already read from `url`, as an origin or as a source's own address."""
    connection = session.connection()
    return (connection.execute(_BY_ORIGIN, {"origin": url}).first() is not None
            or connection.execute(_SOURCE_AT_URL, {"url": url}).first() is not None)


def _mark_pending(connection: Connection, keys: set[str]) -> None:
    """Record that these leader sets are to be re-merged (a set already waiting stays as it is)."""
    if keys:
        waiting = set(connection.execute(_WAITING, {"keys": sorted(keys)}).scalars())
        if keys - waiting:
            insert_rows(connection, PendingMerge, [dict(pair_key=key) for key in sorted(keys - waiting)])


def _content_hash(article: Article, version: str) -> str:
    facts = [article.text, article.title, article.outlet, article.url, str(article.published), version]
    return hashlib.sha256(json.dumps(facts).encode("utf-8")).hexdigest()


def _ensure_topics(session: Session, topics: Iterable[tuple[str, str, str]]) -> None:
    for slug, label, description in topics:
        row = session.get(Topic, slug)
        if row is None:
            session.add(Topic(slug=slug, label=label, description=description))
        elif (row.label, row.description) != (label, description):
            row.label, row.description = label, description
            session.add(row)
    session.flush()
