"""Shared fixtures: a database loaded with the bundled seeds once per session, and a client for it."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from sqlmodel import Session

from app import SEEDS_DIR
from app.db import get_engine, make_engine, upgrade
from app.ingest.pipeline import ingest_paths
from app.settings import get_settings


def fresh_engine(path: Path) -> Engine:
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    return engine


@pytest.fixture(scope="session")
def seeded_engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    engine = fresh_engine(tmp_path_factory.mktemp("seeded") / "hotline.db")
    with Session(engine) as session:
        ingest_paths(session, [SEEDS_DIR])
    return engine


@pytest.fixture
def session(seeded_engine: Engine) -> Iterator[Session]:
    with Session(seeded_engine) as session:
        yield session


@pytest.fixture
def client(seeded_engine: Engine) -> Iterator[TestClient]:
    from tests.web_fixtures import client_for

    _, client = client_for(seeded_engine)
    with client:
        yield client


@pytest.fixture
def database_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Point every command at a fresh SQLite file through DATABASE_URL, as a user would."""
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    get_settings.cache_clear()
    get_engine.cache_clear()
    yield url
    get_engine().dispose()
    get_settings.cache_clear()
    get_engine.cache_clear()
