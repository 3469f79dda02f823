"""Each article commits on its own; an interrupted ingest is finished by the next; one ingest at a time."""

import threading
from pathlib import Path

import pytest
from sqlmodel import Session, select

from app.ingest import store
from app.ingest.lock import ingest_lock
from app.ingest.store import ingest_articles
from app.ingest.types import Article, CallDraft
from app.models import Call, CallSource, PendingMerge, Source
from tests.conftest import fresh_engine
from tests.test_store import TOPICS, fake_extractor


def articles(*days: str) -> list[Article]:
    return [Article(origin=f"{n}.txt", text=f"{day}\nBiden and Xi spoke.") for n, day in enumerate(days)]


def calls_of(session: Session) -> list[tuple]:
    rows = session.exec(select(Call.slug, Call.date, CallSource.source_id).join(CallSource)).all()
    return sorted(rows)


def test_a_failing_article_costs_only_itself(tmp_path: Path):
    def brittle(article: Article) -> list[CallDraft]:
        if article.origin == "1.txt":
            raise ValueError("cannot read this one")
        return fake_extractor(article)

    engine = fresh_engine(tmp_path / "h.db")
    with Session(engine) as session:
        summary = ingest_articles(session, articles("2024-03-18", "2024-03-19", "2024-03-20"), extractor=brittle,
                                  version="t", topics=TOPICS)
        assert summary.added == 2
        assert [origin for origin, _ in summary.failures] == ["1.txt"]
        assert "cannot read this one" in summary.failures[0][1]
        assert {s.origin for s in session.exec(select(Source)).all()} == {"0.txt", "2.txt"}
        assert len(calls_of(session)) == 2


def test_an_ingest_stopped_before_merging_is_finished_by_the_next_run(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch):
    batch = articles("2024-03-18", "2024-03-18", "2024-04-02")
    clean = fresh_engine(tmp_path / "clean.db")
    with Session(clean) as session:
        ingest_articles(session, batch, extractor=fake_extractor, version="t", topics=TOPICS)
        expected = calls_of(session)

    engine = fresh_engine(tmp_path / "stopped.db")

    def killed(session: Session) -> int:
        raise KeyboardInterrupt  # as if the process died after the last article committed

    monkeypatch.setattr(store, "merge_pending", killed)
    with Session(engine) as session, pytest.raises(KeyboardInterrupt):
        ingest_articles(session, batch, extractor=fake_extractor, version="t", topics=TOPICS)
    monkeypatch.undo()
    with Session(engine) as session:
        assert calls_of(session) == [] and len(session.exec(select(PendingMerge)).all()) == 1
        summary = ingest_articles(session, batch, extractor=fake_extractor, version="t", topics=TOPICS)
        assert summary.unchanged == 3
        assert calls_of(session) == expected
        assert session.exec(select(PendingMerge)).all() == []


def test_a_second_ingest_waits_for_the_first(tmp_path: Path):
    engine = fresh_engine(tmp_path / "h.db")
    waited = threading.Event()
    finished = threading.Event()

    def second() -> None:
        with ingest_lock(engine, on_wait=waited.set):
            finished.set()

    with ingest_lock(engine):
        thread = threading.Thread(target=second)
        thread.start()
        assert waited.wait(5)
        assert not finished.is_set()
    thread.join(5)
    assert finished.is_set()


def test_extraction_in_worker_processes_stores_what_one_process_stores(tmp_path: Path):
    from app import SEEDS_DIR
    from app.export import calls_json
    from app.ingest.pipeline import ingest_inputs
    from app.ingest.reader import Inputs
    from app.queries import list_calls

    exports = []
    for jobs in (1, 2):
        engine = fresh_engine(tmp_path / f"jobs{jobs}.db")
        with Session(engine) as session:
            outcome = ingest_inputs(session, Inputs(paths=[SEEDS_DIR]), jobs=jobs)
            assert outcome.summary.added == 5
            again = ingest_inputs(session, Inputs(paths=[SEEDS_DIR]), jobs=jobs)
            assert again.summary.unchanged == 5 and again.summary.reports == 0
            exports.append(calls_json(list_calls(session)))
        engine.dispose()
    assert exports[0] == exports[1] and len(exports[0]["calls"]) == 4
