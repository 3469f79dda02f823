"""Sentence offsets are stored at ingest, each slices to its sentence, and the source page reads them."""

import time
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, delete, select

from app import source_sentences as source_sentences_module
from app.ingest import sentences as sentences_module
from app.ingest.pipeline import ingest_paths
from app.ingest.sentences import split_sentences
from app.models import Source, SourceSentences
from tests.conftest import fresh_engine
from tests.web_fixtures import client_for

# A single line of prose, as some scrapers deliver an article: the shape that made every view split seconds long.
LINE = ("President Joe Biden spoke by phone with Prime Minister Benjamin Netanyahu of Israel on Monday. "
        "The two leaders discussed the U.S. proposal for a pause in the fighting, a White House official said. "
        "Mr. Netanyahu said Israel would consider it. ")


def _refuse_to_split(text: str) -> None:
    raise AssertionError("the source page split the text instead of reading the stored offsets")


@pytest.fixture
def long_line_engine(tmp_path: Path) -> Engine:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "long-line.txt").write_text(LINE * (60_000 // len(LINE)), encoding="utf-8")
    engine = fresh_engine(tmp_path / "hotline.db")
    with Session(engine) as session:
        ingest_paths(session, [folder])
    return engine


def test_every_stored_offset_slices_to_its_sentence(session: Session):
    sources = session.exec(select(Source)).all()
    assert sources
    for source in sources:
        row = session.get(SourceSentences, source.id)
        assert row is not None, source.origin
        split = split_sentences(source.text)
        pairs = list(zip(row.spans[::2], row.spans[1::2]))
        assert [source.text[start:end] for start, end in pairs] == [s.text for s in split]
        assert all(source.text[start:end].strip() == source.text[start:end] != "" for start, end in pairs)


def test_the_source_page_of_a_long_single_line_reads_stored_offsets(long_line_engine: Engine,
                                                                     monkeypatch: pytest.MonkeyPatch):
    with Session(long_line_engine) as session:
        source_id, text = session.exec(select(Source.id, Source.text)).one()
        split = split_sentences(text)
    monkeypatch.setattr(sentences_module, "split_sentences", _refuse_to_split)
    monkeypatch.setattr(source_sentences_module, "split_sentences", _refuse_to_split)
    monkeypatch.setattr("app.web.pages.split_sentences", _refuse_to_split, raising=False)
    _, client = client_for(long_line_engine)
    with client:
        # CPU time of this process (the app runs in one of its threads): other work on a busy machine cannot
        # inflate it, as it does wall time
        started = time.process_time()
        response = client.get(f"/sources/{source_id}")
        took = time.process_time() - started
    assert response.status_code == 200, response.text
    assert split[0].text in response.text
    assert response.text.count('id="c-') == len(split) > 500
    assert took < 2.0, f"the page took {took:.2f} s of CPU"


def test_a_source_stored_before_offsets_were_kept_is_split_once_at_its_first_view(long_line_engine: Engine,
                                                                                monkeypatch: pytest.MonkeyPatch):
    with Session(long_line_engine) as session:
        source_id = session.exec(select(Source.id)).one()
        expected = session.get(SourceSentences, source_id).spans
        session.exec(delete(SourceSentences))
        session.commit()
    _, client = client_for(long_line_engine)
    with client:
        first = client.get(f"/sources/{source_id}")
        with Session(long_line_engine) as session:
            assert session.get(SourceSentences, source_id).spans == expected
        monkeypatch.setattr(source_sentences_module, "split_sentences", _refuse_to_split)
        second = client.get(f"/sources/{source_id}")
    assert first.status_code == second.status_code == 200
    assert first.text == second.text
