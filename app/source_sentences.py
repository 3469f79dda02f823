"""Where the sentences of a stored source start and end: kept at ingest, so pages never split a text again."""

from __future__ import annotations

from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from app.ingest.sentences import flat_spans, split_sentences
from app.ingest.store import store_sentences
from app.ingest.types import Sentence
from app.models import Source, SourceSentences


def source_sentences(session: Session, source: Source) -> list[Sentence]:
    """The source's sentences, from the offsets stored at ingest.

    A source stored before offsets were kept is split once here and its offsets stored, so that only its first
    view pays for the split; if they cannot be stored now (the database is busy or read-only), the page is
    still served.
    """
    row = session.get(SourceSentences, source.id)
    if row is None:
        sentences = split_sentences(source.text)
        try:
            store_sentences(session, source.id, flat_spans(sentences))
            session.commit()
        except SQLAlchemyError:
            session.rollback()
        return sentences
    spans, text = row.spans, source.text
    return [Sentence(index=i, start=spans[2 * i], end=spans[2 * i + 1], text=text[spans[2 * i]:spans[2 * i + 1]])
            for i in range(len(spans) // 2)]
