"""Database engine, sessions and schema upgrades."""

from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, Engine, event, text
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, create_engine

from app import MIGRATIONS_DIR
from app.settings import get_settings


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        _ensure_sqlite_dir(url)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _ensure_sqlite_dir(url: str) -> None:
    path = url.split("///", 1)[-1]
    if path and path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # noqa: ANN001 - DB-API objects are untyped
    # WAL lets the server read while an ingest writes; foreign keys are off by default in SQLite.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


@lru_cache
def get_engine() -> Engine:
    return make_engine(get_settings().effective_database_url)


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(engine: Engine | None = None, revision: str = "head") -> None:
    """Bring the schema to the latest revision (or to `revision`); safe to call on every start."""
    engine = engine or get_engine()
    config = alembic_config(str(engine.url.render_as_string(hide_password=False)))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


@lru_cache
def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config("sqlite://"))


def schema_problem(connection: Connection | Session) -> str | None:
    """Why this code cannot read the database yet (its schema is missing or older than the code's), or None.

    A database newer than the code (a revision it does not know) is read as it is: what this code reads is there.
    """
    scripts = _scripts()
    try:
        current = set(connection.execute(text("SELECT version_num FROM alembic_version")).scalars())
    except DBAPIError:
        current = set()
    heads = set(scripts.get_heads())
    if current & heads or not all(_known(scripts, revision) for revision in current):
        return None
    found = ", ".join(sorted(current)) or "none"
    return (f"The database's schema (revision {found}) is older than this version of Hotline reads "
            f"(revision {', '.join(sorted(heads))}). Run `hotline db upgrade` with the same DATABASE_URL "
            "(`hotline serve` does it before serving), then reload this page. No data is lost or changed by "
            "waiting.")


def _known(scripts: ScriptDirectory, revision: str) -> bool:
    try:
        return scripts.get_revision(revision) is not None
    except CommandError:
        return False


def get_session() -> Iterator[Session]:
    with Session(get_engine()) as session:
        yield session
