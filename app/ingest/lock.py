"""One ingest at a time per database: a second one waits for the first instead of failing half-way."""

from __future__ import annotations

import fcntl
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, text

_ADVISORY_KEY = 0x686F746C  # "hotl": the PostgreSQL advisory lock every Hotline ingest takes


@contextmanager
def ingest_lock(engine: Engine, *, on_wait: Callable[[], None] = lambda: None) -> Iterator[None]:
    """Hold the database's ingest lock; `on_wait` is called once if another ingest holds it first.

    Both kinds of lock die with the process that holds them, so a killed ingest never leaves one behind.
    """
    if engine.dialect.name == "postgresql":
        with engine.connect() as connection:
            if not connection.execute(text("SELECT pg_try_advisory_lock(:key)"), {"key": _ADVISORY_KEY}).scalar():
                on_wait()
                connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": _ADVISORY_KEY})
            try:
                yield
            finally:
                connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _ADVISORY_KEY})
                connection.commit()
        return
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        yield  # nothing else can reach an in-memory database
        return
    with open(Path(database).with_name(Path(database).name + ".ingest-lock"), "a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            on_wait()
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
