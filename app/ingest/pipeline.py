"""Ingest end to end: files -> articles -> call drafts -> merged calls in the database."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from sqlmodel import Session, select

from app import SEEDS_DIR
from app.ingest.extract import EXTRACTOR_VERSION, extract_article
from app.ingest.lock import ingest_lock
from app.ingest.reader import ReadProblem, read_paths
from app.ingest.store import IngestSummary, ingest_articles
from app.ingest.topics import load_vocabulary
from app.models import Source
from app.settings import get_settings

RESOURCES_DIR = Path(__file__).parent / "resources"


class VocabularyError(ValueError):
    """The topic vocabulary (bundled or a user's extra file) cannot be used."""


@dataclass(frozen=True)
class IngestOutcome:
    summary: IngestSummary
    problems: list[ReadProblem]


def ingest_paths(session: Session, paths: list[Path], *, on_wait: Callable[[], None] = lambda: None) -> IngestOutcome:
    """Read and store everything under the paths; problems are reported, never fatal to good files.

    Another ingest into the same database runs first to its end; `on_wait` is told when that happens.
    """
    with ingest_lock(session.get_bind(), on_wait=on_wait):
        return _ingest_paths(session, paths)


def _ingest_paths(session: Session, paths: list[Path]) -> IngestOutcome:
    result = read_paths(paths)
    try:
        vocabulary = load_vocabulary(extra=get_settings().topics_file)
    except ValueError as error:  # the message names the file and the entry
        raise VocabularyError(str(error)) from error
    topics = [(t.slug, t.label, t.description) for t in vocabulary.topics]
    fingerprint = _data_fingerprint(get_settings().topics_file)
    summary = ingest_articles(session, result.articles, extractor=partial(extract_article, vocabulary=vocabulary),
                              version=f"{EXTRACTOR_VERSION}+{fingerprint}", topics=topics)
    return IngestOutcome(summary, result.problems)


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
