"""Ingest end to end: files, URLs and feeds -> articles -> call drafts -> merged calls in the database."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from sqlmodel import Session, select

from app import SEEDS_DIR
from app.ingest.extract import EXTRACTOR_VERSION, extract_article
from app.ingest.lock import ingest_lock
from app.ingest.reader import Inputs, ReadProblem, read_inputs
from app.ingest.report import IngestReport, Note
from app.ingest.store import (
    IngestSummary,
    ingest_articles,
    needs_extraction,
    origin_elsewhere,
    origin_known,
)
from app.ingest.topics import load_vocabulary
from app.ingest.types import Article
from app.ingest.workers import ExtractionAhead
from app.models import Source
from app.settings import get_settings

RESOURCES_DIR = Path(__file__).parent / "resources"


class VocabularyError(ValueError):
    """The topic vocabulary (bundled or a user's extra file) cannot be used."""


@dataclass(frozen=True)
class IngestOutcome:
    summary: IngestSummary
    problems: list[ReadProblem]  # every note the reader gave, in the order it gave them
    report: IngestReport = field(default_factory=IngestReport)


# Told after each input: the report so far, and the input just done (an article's origin or a noted input).
OnProgress = Callable[[IngestReport, str], None]


def ingest_paths(session: Session, paths: list[Path], *, on_wait: Callable[[], None] = lambda: None) -> IngestOutcome:
    """Read and store everything under the paths; problems are reported, never fatal to good files."""
    return ingest_inputs(session, Inputs(paths=paths), on_wait=on_wait)


def ingest_inputs(session: Session, inputs: Inputs, *, on_wait: Callable[[], None] = lambda: None,
                  on_progress: OnProgress = lambda report, done: None, jobs: int = 1) -> IngestOutcome:
    """Read and store every article the inputs hold; each bad input is named in the report, never fatal to others.

    Another ingest into the same database runs first to its end; `on_wait` is told when that happens. With
    `jobs` above 1, extraction runs in that many worker processes while this one reads and writes.
    """
    with ingest_lock(session.get_bind(), on_wait=on_wait):
        _cache_more_pages(session)
        return _ingest(session, inputs, on_progress, jobs)


INGEST_CACHE_KIB = 64 * 1024


def _cache_more_pages(session: Session) -> None:
    """Give SQLite's page cache 64 MB for this ingest (the default is 2 MB): re-merging writes index pages all over
    a large database, and reading them back from the file each time costs more than the writing. Only the
    ingest's own connection: the server's many connections keep the small default."""
    if session.get_bind().dialect.name == "sqlite":
        session.connection().exec_driver_sql(f"PRAGMA cache_size = -{INGEST_CACHE_KIB}")


def _ingest(session: Session, inputs: Inputs, on_progress: OnProgress, jobs: int) -> IngestOutcome:
    try:
        vocabulary = load_vocabulary(extra=get_settings().topics_file)
    except ValueError as error:  # the message names the file and the entry
        raise VocabularyError(str(error)) from error
    topics = [(t.slug, t.label, t.description) for t in vocabulary.topics]
    fingerprint = _data_fingerprint(get_settings().topics_file)
    report = IngestReport()
    problems: list[ReadProblem] = []

    def articles() -> Iterator[Article]:
        # The reader is a generator: each article is stored before the next input is read.
        for item in read_inputs(inputs, seen=lambda url: origin_known(session, url),
                                elsewhere=lambda origin, location: origin_elsewhere(session, origin, location)):
            if isinstance(item, Article):
                yield item
            else:
                problems.append(item)
                report.note(item)
                on_progress(report, item.path)

    def stored(origin: str, outcome: str, reports: int) -> None:
        report.stored(origin, outcome, reports)
        on_progress(report, origin)

    version = f"{EXTRACTOR_VERSION}+{fingerprint}"
    if jobs > 1:
        ahead = ExtractionAhead(articles(), jobs=jobs, topics_file=get_settings().topics_file,
                                needed=lambda article: needs_extraction(session, article, version))
        summary = ingest_articles(session, ahead, extractor=ahead, version=version, topics=topics, on_article=stored)
    else:
        summary = ingest_articles(session, articles(), extractor=partial(extract_article, vocabulary=vocabulary),
                                  version=version, topics=topics, on_article=stored)
    report.same_text = list(summary.same_text)
    report.failed += [Note(origin, message) for origin, message in summary.failures]
    report.warnings += [Note(origin, message) for origin, message in summary.warnings]
    report.calls_written = summary.calls_touched
    return IngestOutcome(summary, problems, report)


def _data_fingerprint(extra: Path | None) -> str:
    """The word lists shape what is extracted: when they change, unchanged files are read again."""
    digest = hashlib.sha256()
    for path in sorted(RESOURCES_DIR.glob("*.toml")) + ([extra] if extra else []):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def ingest_seeds_if_empty(session: Session) -> IngestOutcome | None:
    """Fill an empty database with the bundled demo articles."""
    if session.exec(select(Source.id).limit(1)).first() is not None:
        return None
    return ingest_paths(session, [SEEDS_DIR])
