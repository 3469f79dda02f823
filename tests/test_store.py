"""The store's promises: re-ingest changes nothing, permalinks survive, a changed file replaces only itself."""

from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlmodel import Session, select

from app.ingest.store import ingest_articles, source_id_for
from app.ingest.types import Article, CallDraft, DatePrecision, DateResolution, LeaderRef, PositionDraft, Sentence
from app.models import Call, CallSource, Leader, Position, SlugRedirect, Source, SourceOrigin
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


def test_an_edited_article_keeps_its_calls_permalink_and_identity(tmp_path: Path):
    with Session(fresh_engine(tmp_path / "db.sqlite")) as session:
        ingest(session, Article("a.txt", "2024-04-02\nBody"), Article("c.txt", "2024-06-01\nAnother call"))
        before = {c.slug: c.id for c in session.exec(select(Call)).all()}
        ingest(session, Article("a.txt", "2024-04-02\nBody, with a sentence added"))
        assert {c.slug: c.id for c in session.exec(select(Call)).all()} == before
        assert session.exec(select(SlugRedirect)).all() == []
        # An edit that moves the call to another day is a new permalink, and the old one leads to it.
        ingest(session, Article("a.txt", "2024-04-03\nBody, redated"))
        assert get_call(session, "2024-04-03-joe-biden-xi-jinping") is not None
        assert redirect_for(session, "2024-04-02-joe-biden-xi-jinping") == "2024-04-03-joe-biden-xi-jinping"


def test_extracting_everything_again_keeps_every_permalink(tmp_path: Path):
    with Session(fresh_engine(tmp_path / "db.sqlite")) as session:
        articles = [Article("a.txt", "2024-04-02\nBody"), Article("b.txt", "2024-04-02\nMore"),
                    Article("c.txt", "undated\nBody")]
        ingest(session, *articles)
        before = {c.slug: c.id for c in session.exec(select(Call)).all()}
        ingest_articles(session, articles, extractor=fake_extractor, version="a newer extractor", topics=TOPICS)
        assert {c.slug: c.id for c in session.exec(select(Call)).all()} == before


def test_when_a_call_loses_all_its_reports_its_permalink_follows_them(tmp_path: Path):
    with Session(fresh_engine(tmp_path / "db.sqlite")) as session:
        ingest(session, Article("a.txt", "undated\nBody"), Article("b.txt", "2024-04-02\nBody"))
        assert {c.slug for c in session.exec(select(Call)).all()} == {"undated-joe-biden-xi-jinping", "2024-04-02-joe-biden-xi-jinping"}
        ingest(session, Article("a.txt", "2024-04-02\nNow the same call"))
        [call] = session.exec(select(Call)).all()
        assert redirect_for(session, "undated-joe-biden-xi-jinping") == call.slug
        assert session.exec(select(SlugRedirect)).all()


def origins_of(session: Session) -> dict[str, list[str]]:
    rows = session.exec(select(SourceOrigin.source_id, SourceOrigin.origin).order_by(SourceOrigin.added_at)).all()
    found: dict[str, list[str]] = {}
    for source_id, origin in rows:
        found.setdefault(source_id, []).append(origin)
    return found


def test_the_same_text_under_another_name_or_url_is_one_source_with_two_origins(tmp_path: Path):
    with Session(fresh_engine(tmp_path / "db.sqlite")) as session:
        text = "2024-04-02\nBiden and Xi spoke."
        summary = ingest_articles(session, [Article("a.txt", text), Article("copy.txt", text + "\n  "),
                                            Article("https://example.org/a", text.replace("\n", "\n\n"))],
                                  extractor=fake_extractor, version="test", topics=TOPICS)
        assert (summary.added, summary.same_text) == (1, [("copy.txt", "a.txt"), ("https://example.org/a", "a.txt")])
        [source] = session.exec(select(Source)).all()
        assert (source.id, source.origin) == (source_id_for("a.txt"), "a.txt")  # the first origin, as before
        assert origins_of(session) == {source.id: ["a.txt", "copy.txt", "https://example.org/a"]}
        [call] = session.exec(select(Call)).all()
        assert len(session.exec(select(CallSource).where(CallSource.call_id == call.id)).all()) == 1

        summary = ingest_articles(session, [Article("copy.txt", text)], extractor=fake_extractor, version="test",
                                  topics=TOPICS)
        assert (summary.added, summary.unchanged, summary.same_text) == (0, 1, [])


def test_a_second_origin_whose_text_changes_becomes_a_source_of_its_own(tmp_path: Path):
    with Session(fresh_engine(tmp_path / "db.sqlite")) as session:
        ingest(session, Article("a.txt", "2024-04-02\nBody"), Article("b.txt", "2024-04-02\nBody"))
        ingest(session, Article("b.txt", "2024-05-01\nA later call"))
        sources = {s.origin: s for s in session.exec(select(Source)).all()}
        assert set(sources) == {"a.txt", "b.txt"}
        assert origins_of(session) == {sources["a.txt"].id: ["a.txt"], sources["b.txt"].id: ["b.txt"]}
        assert {c.slug for c in session.exec(select(Call)).all()} == {"2024-04-02-joe-biden-xi-jinping",
                                                                       "2024-05-01-joe-biden-xi-jinping"}


def test_files_of_one_name_in_two_folders_are_two_sources_and_ids_stay_stable(tmp_path: Path):
    from app.ingest.pipeline import ingest_paths

    for folder, day in (("monday", "2024-02-11"), ("tuesday", "2024-02-12")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_text(f" date {day}\nBiden and Netanyahu speak by phone\n\n"
                                                 f"President Joe Biden spoke by phone with Israeli Prime Minister "
                                                 f"Benjamin Netanyahu on {day}.", encoding="utf-8")
    engine = fresh_engine(tmp_path / "db.sqlite")
    with Session(engine) as session:
        ingest_paths(session, [tmp_path / "monday"])
        first = session.exec(select(Source)).one()
        assert (first.id, first.origin) == (source_id_for("a.txt"), "a.txt")  # as a file of the folder always was
        outcome = ingest_paths(session, [tmp_path / "tuesday"])
        assert (outcome.summary.added, outcome.summary.updated) == (1, 0)
        assert sorted(s.origin for s in session.exec(select(Source)).all()) == ["a.txt", "tuesday/a.txt"]
        again = ingest_paths(session, [tmp_path / "monday", tmp_path / "tuesday"])
        assert (again.summary.added, again.summary.updated, again.summary.unchanged) == (0, 0, 2)


def test_a_new_report_rewrites_only_the_call_it_joins(tmp_path: Path):
    with Session(fresh_engine(tmp_path / "db.sqlite")) as session:
        ingest(session, Article("a.txt", "2024-04-02\nBody"), Article("b.txt", "2024-05-01\nAnother call"))
        before = {c.slug: (c.id, c.updated_at, c.content_digest) for c in session.exec(select(Call)).all()}
        kept_positions = session.exec(select(Position.id).join(Call).where(Call.slug.startswith("2024-04"))).all()
        ingest(session, Article("c.txt", "2024-05-01\nA second report of the May call"))
        after = {c.slug: (c.id, c.updated_at, c.content_digest) for c in session.exec(select(Call)).all()}
        april, may = "2024-04-02-joe-biden-xi-jinping", "2024-05-01-joe-biden-xi-jinping"
        assert after[april] == before[april]  # untouched: same row, same time, same content
        assert session.exec(select(Position.id).join(Call).where(Call.slug == april)).all() == kept_positions
        assert after[may][0] == before[may][0] and after[may][2] != before[may][2]
        assert len(get_call(session, may).sources) == 2


def test_skipping_unchanged_calls_stores_what_a_full_rewrite_stores(tmp_path: Path):
    articles = [Article("a.txt", "2024-04-02\nBody"), Article("b.txt", "undated\nBody"),
                Article("c.txt", "2024-05-01\nAnother call"), Article("d.txt", "2024-04-02\nSame day")]
    with Session(fresh_engine(tmp_path / "one-by-one.sqlite")) as session:
        for article in articles:
            ingest(session, article)
        one_by_one = _content(session)
    with Session(fresh_engine(tmp_path / "at-once.sqlite")) as session:
        ingest(session, *articles)
        assert _content(session) == one_by_one


def _content(session: Session) -> list[tuple]:
    calls = session.exec(select(Call.slug, Call.date, Call.date_basis, Call.summary, Call.content_digest)).all()
    accounts = session.exec(select(Call.slug, CallSource.source_id, CallSource.merge_reason).join(Call)).all()
    positions = session.exec(select(Call.slug, Position.text, Position.source_id, Position.start).join(Call)).all()
    return sorted(calls) + sorted(accounts) + sorted(positions)


def test_calls_told_apart_under_one_name_get_numbered_permalinks_past_ten(tmp_path: Path):
    words = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima".split()

    def twelve_undated_calls(article: Article) -> list[CallDraft]:  # nothing shared: twelve calls, one name
        return [replace(draft, sentences=[Sentence(n, 0, len(word), word)])
                for n, word in enumerate(words) for draft in fake_extractor(article)]

    with Session(fresh_engine(tmp_path / "db.sqlite")) as session:
        for version in ("test", "test again"):  # merged a second time, every call keeps its permalink
            ingest_articles(session, [Article("a.txt", "undated\nTwelve calls")], extractor=twelve_undated_calls,
                            version=version, topics=TOPICS)
            base = "undated-joe-biden-xi-jinping"
            assert set(session.exec(select(Call.slug)).all()) == {base} | {f"{base}-{n}" for n in range(2, 13)}


def test_a_new_report_re_merges_only_the_calls_it_could_join(tmp_path: Path, monkeypatch):
    import app.ingest.remerge as remerge

    read: list[str] = []
    real = remerge.payload_to_draft
    monkeypatch.setattr(remerge, "payload_to_draft", lambda payload: read.append(payload["origin"]) or real(payload))
    with Session(fresh_engine(tmp_path / "db.sqlite")) as session:
        ingest(session, *[Article(f"{year}.txt", f"{year}-04-02\nBody") for year in range(2010, 2020)])
        read.clear()
        ingest(session, Article("near.txt", "2019-04-20\nBody"), Article("far.txt", "2024-04-02\nBody"))
        assert set(read) == {"near.txt", "far.txt", "2019.txt"}  # not the nine calls years away
        assert len(session.exec(select(Call)).all()) == 12


def test_a_report_moved_years_away_leaves_the_call_it_was_in(tmp_path: Path):
    with Session(fresh_engine(tmp_path / "db.sqlite")) as session:
        ingest(session, Article("a.txt", "2020-01-06\nBody"), Article("b.txt", "2020-01-06\nAnother body"))
        ingest(session, Article("a.txt", "2024-05-06\nBody, corrected"))
        cited = {slug: sorted(s.origin for s, _ in get_call(session, slug).sources)
                 for slug in session.exec(select(Call.slug)).all()}
        assert cited == {"2020-01-06-joe-biden-xi-jinping": ["b.txt"], "2024-05-06-joe-biden-xi-jinping": ["a.txt"]}


def test_a_report_withdrawn_leaves_the_call_it_was_in(tmp_path: Path):
    def calls_unless_withdrawn(article: Article) -> list[CallDraft]:
        return [] if article.text.startswith("withdrawn") else fake_extractor(article)

    with Session(fresh_engine(tmp_path / "db.sqlite")) as session:
        for a_text in ("2020-01-06\nBody", "withdrawn\nNo call after all"):
            ingest_articles(session, [Article("a.txt", a_text), Article("b.txt", "2020-01-06\nAnother body")],
                            extractor=calls_unless_withdrawn, version="test", topics=TOPICS)
        [call] = session.exec(select(Call)).all()
        assert [s.origin for s, _ in get_call(session, call.slug).sources] == ["b.txt"]


def test_each_call_shows_the_office_held_then_and_the_leader_their_latest(tmp_path: Path):
    def offices_of_the_day(article: Article) -> list[CallDraft]:
        office = "Vice President" if article.text < "2017" else "President"
        return [replace(draft, leaders=[replace(BIDEN, office=office), XI]) for draft in fake_extractor(article)]

    for order in (["2022-03-18", "2014-07-01"], ["2014-07-01", "2022-03-18"]):  # whichever is read first
        with Session(fresh_engine(tmp_path / f"{order[0]}.sqlite")) as session:
            for day in order:
                ingest_articles(session, [Article(f"{day}.txt", f"{day}\nBody")], extractor=offices_of_the_day,
                                version="test", topics=TOPICS)
            offices = {view.call.date.year: next(p.office for p in view.participants if p.id == "joe-biden")
                       for view in (get_call(session, slug) for slug in session.exec(select(Call.slug)).all())}
            assert offices == {2014: "Vice President", 2022: "President"}
            assert session.get(Leader, "joe-biden").office == "President"


def test_leaders_whose_office_is_not_known_are_stored_all_the_same(tmp_path: Path):
    def no_offices(article: Article) -> list[CallDraft]:
        return [replace(draft, leaders=[replace(ref, office=None) for ref in draft.leaders])
                for draft in fake_extractor(article)]

    with Session(fresh_engine(tmp_path / "db.sqlite")) as session:
        summary = ingest_articles(session, [Article("a.txt", "2024-04-02\nBody")], extractor=no_offices,
                                  version="test", topics=TOPICS)
        assert summary.failures == []
        [view] = [get_call(session, slug) for slug in session.exec(select(Call.slug)).all()]
        assert [(p.id, p.office) for p in view.participants] == [("joe-biden", None), ("xi-jinping", None)]
