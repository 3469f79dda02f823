"""Alembic environment: migrates the database Hotline is configured for."""

from alembic import context
from sqlmodel import SQLModel

import app.models  # noqa: F401 - registers the tables on SQLModel.metadata

config = context.config
target_metadata = SQLModel.metadata


def database_url() -> str:
    # Hotline sets the URL itself; the alembic command line falls back to Hotline's settings.
    from app.settings import get_settings

    return config.get_main_option("sqlalchemy.url") or get_settings().effective_database_url


def include_object(obj, name, type_, reflected, compare_to) -> bool:  # noqa: ANN001 - Alembic's hook signature
    # The full-text tables are maintained by hand-written SQL in a revision, not by the models.
    return not (type_ == "table" and name and name.startswith(("source_fts", "position_fts")))


def run_migrations_offline() -> None:
    context.configure(url=database_url(), target_metadata=target_metadata,
                      literal_binds=True, render_as_batch=True, include_object=include_object)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        from app.db import make_engine

        engine = make_engine(database_url())
        with engine.begin() as connection:
            _run(connection)
    else:
        _run(connection)


def _run(connection) -> None:  # noqa: ANN001 - an SQLAlchemy Connection
    # Batch mode lets SQLite, which cannot ALTER most columns, follow the same revisions.
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True,
                      include_object=include_object)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
