"""The same code on PostgreSQL: migrations, ingest, merging, search and pages (CI provides the server)."""

import os
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, text
from sqlmodel import Session, select

from app import SEEDS_DIR
from app.db import alembic_config, make_engine, upgrade
from app.export import calls_json
from app.ingest.pipeline import ingest_paths
from app.models import Call
from app.queries import CallFilter, list_calls, page_calls, summary, topic_counts
from app.versioned import read_version
from tests.web_fixtures import client_for

URL = os.environ.get("HOTLINE_TEST_POSTGRES_URL")
pytestmark = pytest.mark.skipif(not URL, reason="set HOTLINE_TEST_POSTGRES_URL to a PostgreSQL database (.ci/run does)")


@pytest.fixture(scope="module")
def pg_engine() -> Iterator[Engine]:
    from alembic import command

    engine = make_engine(URL)
    upgrade(engine)
    with engine.begin() as connection:  # start from an empty schema whatever an earlier run left
        config = alembic_config(URL)
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    upgrade(engine)
    with Session(engine) as session:
        ingest_paths(session, [SEEDS_DIR])
    yield engine
    engine.dispose()


def test_seeds_give_the_same_calls_as_on_sqlite(pg_engine: Engine, session: Session):
    with Session(pg_engine) as pg:
        on_postgres = calls_json(list_calls(pg))["calls"]
    on_sqlite = calls_json(list_calls(session))["calls"]
    assert [(c["id"], c["date"], c["topics"], len(c["positions"])) for c in on_postgres] == \
        [(c["id"], c["date"], c["topics"], len(c["positions"])) for c in on_sqlite]


def test_reingest_changes_nothing(pg_engine: Engine):
    with Session(pg_engine) as pg:
        outcome = ingest_paths(pg, [SEEDS_DIR])
    assert (outcome.summary.added, outcome.summary.updated, outcome.summary.unchanged) == (0, 0, 5)


def test_text_search_and_pages(pg_engine: Engine):
    with Session(pg_engine) as pg:
        found = list_calls(pg, CallFilter(text="Philadelphi"))
        # Without FTS, spelling variants still fold: the seeds write both "cease-fire" and "ceasefire".
        spellings = [{view.call.slug for view in list_calls(pg, CallFilter(text=word))}
                     for word in ("ceasefire", "cease-fire", "cease fire")]
    assert [view.call.date.isoformat() for view in found] == ["2024-08-21"]
    assert spellings[0] == spellings[1] == spellings[2] and len(spellings[0]) >= 3
    _, client = client_for(pg_engine)
    with client:
        assert "Philadelphi" in client.get("/?q=Philadelphi").text
        page = client.get("/calls/2024-03-18-benjamin-netanyahu-joe-biden")
        assert page.status_code == 200 and "Rafah" in page.text


# The read side on PostgreSQL: search that finds what FTS5 finds, counts kept by triggers, the data version, plans.

SEARCHES = ["Rafah", "hostages", "hostage", "ceasefire", "cease-fire", "cease fire", "Philadelphi", "Nétanyahu",
            "humanitarian aid", "Israel's", "ground operation", "hamas hostages", "zzzz-nothing", "?!"]


@pytest.mark.parametrize("words", SEARCHES)
def test_search_finds_on_postgresql_what_it_finds_on_sqlite(pg_engine: Engine, session: Session, words: str):
    """tsvector search under GIN indexes folds the spellings, stems and accents FTS5 does."""
    with Session(pg_engine) as pg:
        on_postgres = [view.call.slug for view in list_calls(pg, CallFilter(text=words))]
    on_sqlite = [view.call.slug for view in list_calls(session, CallFilter(text=words))]
    assert on_postgres == on_sqlite
    assert on_sqlite or words in ("zzzz-nothing", "?!")


@pytest.mark.parametrize("flt", [CallFilter(), CallFilter(topics=("rafah",)), CallFilter(text="hostages"),
                                 CallFilter(topics=("hostages",), leader="joe-biden")])
def test_counts_and_pages_agree_with_sqlite(pg_engine: Engine, session: Session, flt: CallFilter):
    with Session(pg_engine) as pg:
        on_postgres, first = (summary(pg, flt), topic_counts(pg, flt)), page_calls(pg, flt, limit=2)
        rest = page_calls(pg, flt, after=first.next, limit=100) if first.next else None
    on_sqlite = summary(session, flt), topic_counts(session, flt)
    assert on_postgres == on_sqlite
    shown = [view.call.slug for view in first.views + (rest.views if rest else [])]
    assert shown == [view.call.slug for view in list_calls(session, flt)]


@pytest.mark.parametrize("write", [
    "UPDATE call SET sort_date = '2020-02-02' WHERE id = (SELECT min(id) FROM call)",
    "UPDATE call SET sort_date = NULL WHERE id = (SELECT max(id) FROM call)",
    "DELETE FROM call WHERE id = (SELECT min(id) FROM call)",  # its topics and people cascade
    "DELETE FROM calltopic WHERE topic_slug = 'hostages'",
    "UPDATE callparticipant SET role = 'also-present' WHERE leader_id = 'joe-biden'",
    "TRUNCATE call CASCADE",
])
def test_counts_kept_by_triggers_follow_every_write_on_postgresql(pg_engine: Engine, write: str):
    from tests.test_web_freshness import kept_counts_agree

    with Session(pg_engine) as pg:
        try:
            before = read_version(pg)
            pg.execute(text(write))
            assert kept_counts_agree(pg) and read_version(pg) != before
        finally:
            pg.rollback()
        assert kept_counts_agree(pg) and read_version(pg) == before


def test_search_and_the_timeline_use_their_indexes(pg_engine: Engine):
    """The seeds are too few for the planner to want an index, so the plans are asked for without the others."""
    from app.search import matching_call_ids

    def plan(statement, *off: str) -> str:  # noqa: ANN001 - a statement
        compiled = statement.compile(pg_engine, compile_kwargs={"literal_binds": True})
        with pg_engine.connect() as connection:
            for setting in off:
                connection.execute(text(f"SET LOCAL {setting} = off"))
            return "\n".join(row[0] for row in connection.execute(text(f"EXPLAIN {compiled}")))

    search = plan(matching_call_ids("postgresql", "cease fire"), "enable_seqscan", "enable_indexscan")
    assert "Bitmap Index Scan on ix_source_search" in search and "Bitmap Index Scan on ix_position_search" in search
    newest = plan(select(Call.sort_date, Call.id).where(Call.sort_date.is_not(None))
                  .order_by(Call.sort_date.desc(), Call.id.desc()).limit(51), "enable_seqscan", "enable_bitmapscan")
    assert "Scan Backward using ix_call_sort_date_id" in newest and "Sort" not in newest


def test_an_unchanged_view_answers_304_on_postgresql(pg_engine: Engine):
    _, client = client_for(pg_engine)
    with client:
        first = client.get("/?q=hostages", headers={"Accept-Encoding": "gzip"})
        again = client.get("/?q=hostages", headers={"If-None-Match": first.headers["etag"]})
    assert first.status_code == 200 and first.headers["content-encoding"] == "gzip"
    assert again.status_code == 304
