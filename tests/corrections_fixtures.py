"""A database of the bundled seed articles, ingested once and copied for each test that corrects it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from app import SEEDS_DIR
from app.db import get_engine, make_engine, upgrade
from app.ingest.pipeline import ingest_paths
from app.models import Call, CallParticipant, CallSource, CallTopic, Correction, Position, SourceOrigin
from app.settings import get_settings

RAFAH = "2024-03-18-benjamin-netanyahu-joe-biden"  # two sources
FEBRUARY = "2024-02-11-benjamin-netanyahu-joe-biden"
AUGUST = "2024-08-21-benjamin-netanyahu-joe-biden"  # Kamala Harris joined
UNDATED = "undated-benjamin-netanyahu-joe-biden"


@dataclass
class Corpus:
    """A copy of the seeds folder and a database ingested from it, pointed to by DATABASE_URL."""

    folder: Path
    engine: Engine

    def session(self) -> Session:
        return Session(self.engine)

    def ingest(self) -> None:
        with self.session() as session:
            ingest_paths(session, [self.folder])


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("corrections-template")
    shutil.copytree(SEEDS_DIR, root / "seeds")
    engine = make_engine(f"sqlite:///{root / 'hotline.db'}")
    upgrade(engine)
    with Session(engine) as session:
        ingest_paths(session, [root / "seeds"])
    engine.dispose()  # the last connection closing folds the write-ahead log into the file
    return root


@pytest.fixture
def corpus(seeded_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Corpus]:
    shutil.copytree(seeded_template / "seeds", tmp_path / "seeds")
    shutil.copy(seeded_template / "hotline.db", tmp_path / "hotline.db")
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'hotline.db'}")
    get_settings.cache_clear()
    get_engine.cache_clear()
    engine = make_engine(f"sqlite:///{tmp_path / 'hotline.db'}")
    with Session(engine) as session:  # the copied files are these articles now, not the template's
        for origin in session.exec(select(SourceOrigin)).all():
            origin.location = str(tmp_path / "seeds" / Path(origin.location).name)
            session.add(origin)
        session.commit()
    yield Corpus(tmp_path / "seeds", engine)
    engine.dispose()
    get_engine().dispose()
    get_settings.cache_clear()
    get_engine.cache_clear()


# A source of each call: a full re-extraction may renumber calls and move their permalinks, never their sources.
SOURCE_OF = {RAFAH: "972ee94c8e6d", FEBRUARY: "c09a3cf549ae", AUGUST: "63d9d5be5007", UNDATED: "ad52e6c2ec5a"}


def call_at(session: Session, slug: str) -> Call | None:
    """The call first stored at `slug`: the one holding its source now."""
    return session.exec(select(Call).join(CallSource).where(CallSource.source_id == SOURCE_OF[slug])).first()


def people(session: Session, slug: str) -> dict[str, str]:
    call = call_at(session, slug)
    return dict(session.exec(select(CallParticipant.leader_id, CallParticipant.role)
                             .where(CallParticipant.call_id == call.id)).all())


def topics(session: Session, slug: str) -> set[str]:
    call = call_at(session, slug)
    return set(session.exec(select(CallTopic.topic_slug).where(CallTopic.call_id == call.id)).all())


def sources(session: Session, slug: str) -> set[str]:
    call = call_at(session, slug)
    return set(session.exec(select(CallSource.source_id).where(CallSource.call_id == call.id)).all())


def statements(session: Session, slug: str) -> list[Position]:
    call = call_at(session, slug)
    return list(session.exec(select(Position).where(Position.call_id == call.id).order_by(Position.id)).all())


def corrections(session: Session) -> list[Correction]:
    return list(session.exec(select(Correction).order_by(Correction.id)).all())
