"""The same code on PostgreSQL: migrations, ingest, merging, search and pages (CI provides the server)."""

import os
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from app import SEEDS_DIR
from app.db import alembic_config, make_engine, upgrade
from app.export import calls_json
from app.ingest.pipeline import ingest_paths
from app.queries import CallFilter, list_calls
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
