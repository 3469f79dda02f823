"""Write articles and their call drafts to the database, re-merging only the leader pairs they touch."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import insert
from sqlmodel import Session, SQLModel, delete, select

from app.corrections.apply import apply_corrections
from app.ingest.combine import CombinedCall, combine, sort_day
from app.ingest.merge import MergeItem, cluster_explained
from app.ingest.sentences import flat_spans, split_sentences
from app.ingest.serialize import draft_to_payload, payload_to_draft
from app.ingest.types import Article, CallDraft, Extraction, LeaderRef
from app.models import (
    Call,
    CallParticipant,
    CallSource,
    CallTopic,
    Evidence,
    Leader,
    PendingMerge,
    Position,
    Report,
    SlugRedirect,
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
    words = text_hash(article.text)
    existing = source_for_origin(session, article.origin, location=article.location)
    if existing is not None and existing.origin != article.origin and existing.text_hash != words:
        # A second origin whose text changed no longer holds that source's text: it is an article of its own now.
        session.exec(delete(SourceOrigin).where(SourceOrigin.origin == article.origin))
        existing = None
    if existing is None:
        twin = session.exec(select(Source).where(Source.text_hash == words).order_by(Source.ingested_at, Source.id)
                            ).first()
        if twin is not None:  # the same text under another name or URL: one source, one more origin
            session.add(SourceOrigin(origin=article.origin, source_id=twin.id, location=article.location))
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
    for report in session.exec(select(Report).where(Report.source_id == source_id)).all():
        touched.add(report.pair_key)
        session.delete(report)
    session.flush()
    source = existing or Source(id=source_id, origin=article.origin, text="", content_hash="")
    source.title, source.outlet, source.url = article.title, article.outlet, article.url
    source.published, source.published_basis = article.published, article.published_basis
    source.text, source.content_hash, source.ingested_at = article.text, digest, utcnow()
    source.text_hash = words
    session.add(source)
    session.flush()  # the reports below refer to this row
    if existing is None:
        session.add(SourceOrigin(origin=article.origin, source_id=source_id, location=article.location))
    store_sentences(session, source_id, spans if spans is not None else flat_spans(split_sentences(article.text)))
    for ordinal, draft in enumerate(drafts):
        key = pair_key(draft.leaders)
        touched.add(key)
        session.add(Report(source_id=source_id, ordinal=ordinal, pair_key=key, payload=draft_to_payload(draft)))
    for key in touched:
        session.merge(PendingMerge(pair_key=key))
    summary.added += existing is None
    summary.updated += existing is not None
    summary.reports += len(drafts)
    summary.origins.append(article.origin)
    return "added" if existing is None else "updated"


def store_sentences(session: Session, source_id: str, spans: list[int]) -> None:
    """Record (or replace) where a source's sentences start and end, in the caller's transaction."""
    row = session.get(SourceSentences, source_id)
    if row is None:
        session.add(SourceSentences(source_id=source_id, spans=spans))
    else:
        row.spans = spans
        session.add(row)


def needs_extraction(session: Session, article: Article, version: str) -> bool:
    """Whether storing `article` will extract it: not when the same origin holds the same text and version."""
    row = session.get(SourceOrigin, article.origin)
    source = session.get(Source, row.source_id if row is not None else source_id_for(article.origin))
    if source is None:
        return session.exec(select(Source.id).where(Source.text_hash == text_hash(article.text)).limit(1)
                            ).first() is None
    return source.origin == article.origin and source.content_hash != _content_hash(article, version)


def source_for_origin(session: Session, origin: str, *, location: str | None = None) -> Source | None:
    """The source read from `origin`, first or since; the file's place is noted where it was not yet known."""
    row = session.get(SourceOrigin, origin)
    if row is not None:
        if location and row.location != location:
            row.location = location  # known from before places were kept, or the folder has moved
            session.add(row)
        return session.get(Source, row.source_id)
    source = session.get(Source, source_id_for(origin))
    if source is not None and source.origin == origin:  # a source stored without its origin row
        session.add(SourceOrigin(origin=origin, source_id=source.id, location=location))
        return source
    return None


def origin_elsewhere(session: Session, origin: str, location: str) -> bool:
    """Whether `origin` belongs to another file, one that is still on this machine at another place."""
    stored = session.exec(select(SourceOrigin.location).where(SourceOrigin.origin == origin)).first()
    return bool(stored) and stored != location and Path(stored).exists()


def origin_known(session: Session, url: str) -> bool:
    """Whether an article was already read from `url`, as an origin or as a source's own address."""
    return (session.exec(select(SourceOrigin.origin).where(SourceOrigin.origin == url)).first() is not None
            or session.exec(select(Source.id).where(Source.url == url).limit(1)).first() is not None)


def merge_pending(session: Session) -> int:
    """Re-merge every leader set waiting for it, each in its own transaction; returns how many calls it wrote."""
    written = 0
    for key in session.exec(select(PendingMerge.pair_key).order_by(PendingMerge.pair_key)).all():
        written += remerge_pair(session, key)
        session.exec(delete(PendingMerge).where(PendingMerge.pair_key == key))
        session.commit()
    apply_corrections(session)  # after extraction, every time: a curator's correction outlives any re-merge
    return written


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


def remerge_pair(session: Session, key: str) -> int:
    """Recompute the calls of one set of leaders from all their reports; returns how many calls it wrote.

    A call whose content comes out exactly as stored (same digest, same permalink) is left as it is: most calls
    of a pair are untouched by a new report, and rewriting them would cost a delete and an insert per row.
    """
    reports = session.exec(select(Report).where(Report.pair_key == key).order_by(Report.source_id, Report.ordinal)).all()
    published = {s.id: s.published for s in session.exec(
        select(Source).where(Source.id.in_({r.source_id for r in reports}))).all()}
    items = [MergeItem(f"{r.source_id}#{r.ordinal:04d}", payload_to_draft(r.payload), published.get(r.source_id))
             for r in reports]
    old_calls = {c.id: c for c in session.exec(select(Call).where(Call.pair_key == key)).all()}
    groups = sorted(cluster_explained(items), key=lambda entry: len(entry[0]), reverse=True)
    known_topics = set(session.exec(select(Topic.slug)).all())
    taken: set[int] = set()
    claims: list[int | None] = []
    for group, _ in groups:
        previous = Counter(reports[i].call_id for i in group if reports[i].call_id in old_calls)
        claims.append(next((cid for cid, _ in previous.most_common() if cid not in taken), None))
        if claims[-1] is not None:
            taken.add(claims[-1])
    written = 0
    for (group, reasons), call_id in zip(groups, claims):
        combined = combine([items[i].draft for i in group],
                           merge_reasons={items[i].draft.origin: reasons[i] for i in group} if len(group) > 1 else {})
        rows = _call_rows(combined, {items[i].draft.origin: reports[i].source_id for i in group}, known_topics)
        if call_id is None:
            # A call whose every report was replaced (its article edited) is still the call readers linked to.
            call_id = min((cid for cid, old in old_calls.items() if cid not in taken
                           and _slug_is_from(old.slug, rows.slug_base)),
                          key=lambda cid: (old_calls[cid].slug != rows.slug_base, cid), default=None)
        call = old_calls[call_id] if call_id is not None else Call(slug="", pair_key=key)
        digest = rows.digest()
        if call.id is None or call.content_digest != digest or _unique_slug(session, rows.slug_base,
                                                                           call.id) != call.slug:
            _write_call(session, call, rows, digest)
            written += 1
        taken.add(call.id)
        for i in group:
            if reports[i].call_id != call.id:
                reports[i].call_id = call.id
                session.add(reports[i])
    for call_id, call in old_calls.items():
        if call_id not in taken:
            _retire(session, call, reports)
    session.flush()
    return written


def _retire(session: Session, call: Call, reports: list[Report]) -> None:
    """Remove a call no report supports any more; its permalink follows its reports if they moved."""
    successor = Counter(r.call_id for r in reports if r.call_id not in (None, call.id)).most_common(1)
    session.exec(delete(SlugRedirect).where(SlugRedirect.call_id == call.id))
    if successor:
        session.merge(SlugRedirect(old_slug=call.slug, call_id=successor[0][0]))
    session.delete(call)


@dataclass(frozen=True)
class CallRows:
    """Everything a call's row and its child rows hold, as its reports combine: what a re-merge writes."""

    fields: tuple[object, ...]  # kind, day, precision, earliest, latest, basis, weekday, sort day, summary, passing
    slug_base: str
    participants: tuple[tuple[str, LeaderRef], ...]  # (role, leader)
    evidence: tuple[tuple[str, tuple[tuple[str, int, int], ...]], ...]  # (topic, ((source, start, end), ...))
    accounts: tuple[tuple[object, ...], ...]  # source, date basis, minutes, duration text, passing, merge reason
    positions: tuple[tuple[object, ...], ...]  # leader, stance, topic, text, source, start, end

    def digest(self) -> str:
        return hashlib.sha256(repr(self).encode("utf-8")).hexdigest()


def _call_rows(combined: CombinedCall, source_ids: dict[str, str], known_topics: set[str]) -> CallRows:
    resolution = combined.date
    return CallRows(
        fields=(combined.kind, resolution.day, resolution.precision.value, resolution.earliest, resolution.latest,
                resolution.basis, resolution.weekday, sort_day(resolution), combined.summary, combined.passing),
        slug_base=_slug_base(combined),
        participants=tuple((role, ref) for role, people in (("participant", combined.leaders),
                                                             ("also-present", combined.also_present)) for ref in people),
        evidence=tuple((slug, tuple((source_ids[origin], sentence.start, sentence.end) for origin, sentence
                                    in {(o, s.start): (o, s) for o, s in evidence}.values()))
                       for slug, evidence in combined.topics.items() if slug in known_topics),
        accounts=tuple((source_ids[a.origin], a.date_basis, a.duration_minutes, a.duration_text, a.passing,
                        a.merge_reason) for a in {a.origin: a for a in combined.accounts}.values()),
        positions=tuple((p.leader_slug, p.stance, p.topic if p.topic in known_topics else None, p.sentence.text,
                         source_ids[p.origin], p.sentence.start, p.sentence.end) for p in combined.positions),
    )


def _write_call(session: Session, call: Call, rows: CallRows, digest: str) -> None:
    (call.kind, call.date, call.date_precision, call.date_earliest, call.date_latest, call.date_basis, call.weekday,
     call.sort_date, call.summary, call.passing) = rows.fields
    call.updated_at, call.content_digest = utcnow(), digest
    old_slug = call.slug
    call.slug = _unique_slug(session, rows.slug_base, call.id)
    session.add(call)
    session.flush()
    if old_slug and old_slug != call.slug:
        session.merge(SlugRedirect(old_slug=old_slug, call_id=call.id))
    session.exec(delete(SlugRedirect).where(SlugRedirect.old_slug == call.slug))
    for table in (CallParticipant, CallTopic, CallSource, Evidence, Position):
        session.exec(delete(table).where(table.call_id == call.id))
    for _, ref in rows.participants:
        _upsert_leader(session, ref)
    # Plain multi-row inserts: the rows are read back only through queries, and building an ORM object for each
    # of the thousands a long article can give costs more than writing it.
    _insert(session, CallParticipant, [dict(call_id=call.id, leader_id=ref.slug, role=role)
                                       for role, ref in rows.participants])
    _insert(session, CallTopic, [dict(call_id=call.id, topic_slug=slug) for slug, _ in rows.evidence])
    _insert(session, Evidence, [dict(call_id=call.id, topic_slug=slug, source_id=source_id, start=start, end=end)
                                for slug, evidence in rows.evidence for source_id, start, end in evidence])
    _insert(session, CallSource, [dict(call_id=call.id, source_id=source_id, date_basis=basis, duration_minutes=minutes,
                                       duration_text=text, passing=passing, merge_reason=reason)
                                  for source_id, basis, minutes, text, passing, reason in rows.accounts])
    _insert(session, Position, [dict(call_id=call.id, leader_id=leader, stance=stance, topic_slug=topic, text=text,
                                     source_id=source_id, start=start, end=end)
                                for leader, stance, topic, text, source_id, start, end in rows.positions])


def _insert(session: Session, table: type[SQLModel], rows: list[dict[str, object]]) -> None:
    # On the session's own connection, as one executemany: the ORM's bulk insert does the same work per row
    # in Python first, which for a long article's thousands of rows costs more than SQLite's writing them.
    if rows:
        session.connection().execute(insert(table.__table__), rows)


def _upsert_leader(session: Session, ref: LeaderRef) -> None:
    row = session.get(Leader, ref.slug)
    if row is None:
        session.add(Leader(id=ref.slug, name=ref.name, office=ref.office, country=ref.country, is_head=ref.is_leader))
        session.flush()


def _slug_base(combined: CombinedCall) -> str:
    # Full names in a fixed order: "xi-jinping" is not "jinping", and a new source never reorders a permalink.
    names = "-".join(sorted(ref.slug for ref in combined.leaders))
    day = combined.date.day
    return f"{day.isoformat()}-{names}" if day else f"undated-{names}"


def _slug_is_from(slug: str, base: str) -> bool:
    return slug == base or (slug.startswith(f"{base}-") and slug[len(base) + 1:].isdigit())


def _unique_slug(session: Session, base: str, call_id: int | None) -> str:
    """The base, or the first of base-2, base-3, ... that no other call holds: one query, however many are taken."""
    holders = dict(session.exec(select(Call.slug, Call.id).where(
        (Call.slug == base) | Call.slug.startswith(f"{base}-", autoescape=True))).all())
    candidate, n = base, 1
    while candidate in holders and holders[candidate] != call_id:
        n += 1
        candidate = f"{base}-{n}"
    return candidate
