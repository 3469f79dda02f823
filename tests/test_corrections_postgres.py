"""Corrections on PostgreSQL: recorded, applied, kept through a full re-extraction, exported the same way."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from app import SEEDS_DIR
from app.corrections.actions import Action
from app.corrections.record import Ask, record_correction
from app.corrections.yaml_file import export_yaml, import_yaml
from app.db import alembic_config, make_engine, upgrade
from app.ingest.pipeline import ingest_paths
from app.models import Call, CallSource, Correction

URL = os.environ.get("HOTLINE_TEST_POSTGRES_URL")
pytestmark = pytest.mark.skipif(not URL, reason="set HOTLINE_TEST_POSTGRES_URL to a PostgreSQL database (.ci/run does)")

RAFAH, FEBRUARY, AUGUST = ("2024-03-18-benjamin-netanyahu-joe-biden", "2024-02-11-benjamin-netanyahu-joe-biden",
                           "2024-08-21-benjamin-netanyahu-joe-biden")


@pytest.fixture
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


def holding(session: Session, source: str) -> Call:
    return session.exec(select(Call).join(CallSource).where(CallSource.source_id == source)).one()


def test_corrections_apply_and_outlive_a_full_reextraction(pg_engine: Engine,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    with Session(pg_engine) as session:
        for slug, ask in [(RAFAH, Ask(Action.set_date, "2024-03-17", why="the earlier call", author="Ann")),
                          (FEBRUARY, Ask(Action.merge, AUGUST, why="one call", author="Ann")),
                          (RAFAH, Ask(Action.split, "aa04ca0035eb", why="another call", author="Ann"))]:
            assert record_correction(session, slug, ask).status == "applied"
        exported = export_yaml(session)
    monkeypatch.setattr("app.ingest.pipeline.EXTRACTOR_VERSION", "next-version")
    with Session(pg_engine) as session:
        ingest_paths(session, [SEEDS_DIR])
        assert [c.status for c in session.exec(select(Correction).order_by(Correction.id))] == ["applied"] * 3
        assert holding(session, "972ee94c8e6d").date == date(2024, 3, 17)
        assert holding(session, "c09a3cf549ae").id == holding(session, "63d9d5be5007").id
        assert holding(session, "aa04ca0035eb").id != holding(session, "972ee94c8e6d").id
        assert import_yaml(session, exported, name="exported").added == 0
