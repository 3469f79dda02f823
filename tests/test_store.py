"""The store's promises: re-ingest changes nothing, permalinks survive, a changed file replaces only itself."""

from datetime import date
from pathlib import Path

from sqlmodel import Session, select

from app.ingest.store import ingest_articles
from app.ingest.types import Article, CallDraft, DatePrecision, DateResolution, LeaderRef, PositionDraft, Sentence
from app.models import Call, CallSource, Position, SlugRedirect, Source
from app.queries import get_call, redirect_for
from tests.conftest import fresh_engine

BIDEN = LeaderRef("joe-biden", "Joe Biden", "President", "US")
XI = LeaderRef("xi-jinping", "Xi Jinping", "President", "CN")
TOPICS = [("taiwan", "Taiwan", ""), ("trade", "Trade", "")]


def fake_extractor(article: Article) -> list[CallDraft]:
    """Reads a tiny test syntax: the first line is the call day ("undated" for none)."""
    first = article.text.split("\n", 1)[0]
    sentence = Sentence(0, 0, len(first), first)
    resolution = DateResolution.unknown("none", weekday=1) if first == "undated" else DateResolution(
        DatePrecision.DAY, day=date.fromisoformat(first), basis=f"explicit date {first}")
    return [CallDraft(origin=article.origin, kind="call", leaders=[BIDEN, XI], date=resolution,
                      topics={"taiwan": [sentence]}, sentences=[sentence],
                      positions=[PositionDraft("joe-biden", "states", "taiwan", sentence, article.origin)])]


def ingest(session: Session, *articles: Article) -> None:
    ingest_articles(session, articles, extractor=fake_extractor, version="test", topics=TOPICS)


def snapshot(session: Session) -> list[tuple]:
    calls = session.exec(select(Call.id, Call.slug, Call.date, Call.date_basis).order_by(Call.id)).all()
    positions = session.exec(select(Position.id, Position.call_id, Position.text).order_by(Position.id)).all()
    links = session.exec(select(CallSource.call_id, CallSource.source_id).order_by(CallSource.source_id)).all()
    return [*calls, *positions, *links]


def test_reingesting_the_same_files_changes_nothing(tmp_path: Path):
    with Session(fresh_engine(tmp_path / "db.sqlite")) as session:
        a = Article("a.txt", "2024-04-02\nBody")
        b = Article("b.txt", "2024-04-02\nOther body")
        ingest(session, a, b)
        before = snapshot(session)
        ingest(session, a, b)
        assert snapshot(session) == before
        assert len(session.exec(select(Call)).all()) == 1  # two reports of one day are one call


def test_a_call_keeps_its_permalink_when_a_later_report_dates_it(tmp_path: Path):
    with Session(fresh_engine(tmp_path / "db.sqlite")) as session:
        ingest(session, Article("a.txt", "undated\nBody"))
        [call] = session.exec(select(Call)).all()
        old_slug = call.slug
        assert old_slug == "undated-joe-biden-xi-jinping"
        ingest(session, Article("a.txt", "2024-04-02\nBody, now dated"))
        [call] = session.exec(select(Call)).all()
        assert call.slug == "2024-04-02-joe-biden-xi-jinping"
        assert redirect_for(session, old_slug) == call.slug


def test_a_changed_file_replaces_only_its_own_contribution(tmp_path: Path):
    with Session(fresh_engine(tmp_path / "db.sqlite")) as session:
        ingest(session, Article("a.txt", "2024-04-02\nBody"), Article("b.txt", "2024-04-02\nBody"))
        ingest(session, Article("b.txt", "2024-05-01\nA different call"))
        calls = {c.slug: c for c in session.exec(select(Call)).all()}
        assert set(calls) == {"2024-04-02-joe-biden-xi-jinping", "2024-05-01-joe-biden-xi-jinping"}
        first = get_call(session, "2024-04-02-joe-biden-xi-jinping")
        assert [s.origin for s, _ in first.sources] == ["a.txt"]
        assert [p.source_id for p in first.positions] == [session.exec(
            select(Source.id).where(Source.origin == "a.txt")).one()]


def test_when_a_call_loses_all_its_reports_its_permalink_follows_them(tmp_path: Path):
    with Session(fresh_engine(tmp_path / "db.sqlite")) as session:
        ingest(session, Article("a.txt", "undated\nBody"), Article("b.txt", "2024-04-02\nBody"))
        assert {c.slug for c in session.exec(select(Call)).all()} == {"undated-joe-biden-xi-jinping", "2024-04-02-joe-biden-xi-jinping"}
        ingest(session, Article("a.txt", "2024-04-02\nNow the same call"))
        [call] = session.exec(select(Call)).all()
        assert redirect_for(session, "undated-joe-biden-xi-jinping") == call.slug
        assert session.exec(select(SlugRedirect)).all()
