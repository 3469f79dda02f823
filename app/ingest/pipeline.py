"""Ingest end to end: files -> articles -> call drafts -> merged calls in the database."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session, select

from app import SEEDS_DIR
from app.ingest.extract import EXTRACTOR_VERSION, extract_calls
from app.ingest.reader import ReadProblem, read_paths
from app.ingest.store import IngestSummary, ingest_articles
from app.ingest.topics import load_vocabulary
from app.models import Source


@dataclass(frozen=True)
class IngestOutcome:
    summary: IngestSummary
    problems: list[ReadProblem]


def ingest_paths(session: Session, paths: list[Path]) -> IngestOutcome:
    """Read and store everything under the paths; problems are reported, never fatal to good files."""
    result = read_paths(paths)
    vocabulary = load_vocabulary()
    topics = [(t.slug, t.label, t.description) for t in vocabulary.topics]
    summary = ingest_articles(session, result.articles, extractor=extract_calls, version=EXTRACTOR_VERSION,
                              topics=topics)
    return IngestOutcome(summary, result.problems)


def ingest_seeds_if_empty(session: Session) -> IngestOutcome | None:
    """Fill an empty database with the bundled demo articles."""
    if session.exec(select(Source.id).limit(1)).first() is not None:
        return None
    return ingest_paths(session, [SEEDS_DIR])
