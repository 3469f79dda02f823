"""The Alembic revisions build exactly the schema the models describe, and can be undone."""

from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config

from app.db import alembic_config, make_engine, upgrade


def run_on_upgraded_database(path: Path, step: Callable[[Config], None]) -> None:
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    with engine.begin() as connection:
        config = alembic_config(str(engine.url))
        config.attributes["connection"] = connection
        step(config)
    upgrade(engine)


def test_models_and_migrations_agree(tmp_path: Path):
    run_on_upgraded_database(tmp_path / "check.db", command.check)  # raises when a model change has no revision


def test_downgrade_to_nothing_and_up_again(tmp_path: Path):
    run_on_upgraded_database(tmp_path / "cycle.db", lambda config: command.downgrade(config, "base"))
