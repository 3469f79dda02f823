"""Copy a live SQLite database to a file and back, consistently, while the server may be reading it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine


class BackupError(ValueError):
    """A backup or restore that cannot be done, with what to do instead."""


def sqlite_path(engine: Engine) -> Path:
    database = engine.url.database
    if engine.dialect.name != "sqlite":
        raise BackupError(f"the database is {engine.dialect.name}, not SQLite: use its own tools "
                          "(for PostgreSQL, pg_dump to back up and pg_restore or psql to restore)")
    if not database or database == ":memory:":
        raise BackupError("an in-memory database has nothing to back up")
    return Path(database)


def backup(engine: Engine, target: Path) -> None:
    """Write a consistent copy of the database to `target` (SQLite's online backup: readers are not blocked)."""
    source_path = sqlite_path(engine)
    if target.resolve() == source_path.resolve():
        raise BackupError("the backup file is the database itself; choose another path")
    target.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(source_path) as source, sqlite3.connect(target) as copy:
        source.backup(copy)
    copy.close()
    source.close()


def restore(engine: Engine, backup_file: Path) -> None:
    """Replace the database's content with a backup's, after checking the backup is a Hotline database."""
    target_path = sqlite_path(engine)
    try:
        with sqlite3.connect(f"file:{backup_file}?mode=ro", uri=True) as copy:
            tables = {row[0] for row in copy.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not {"call", "source", "alembic_version"} <= tables:
                raise BackupError(f"{backup_file} is not a Hotline backup (it has no calls, sources or schema version)")
            if copy.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise BackupError(f"{backup_file} is damaged (SQLite's integrity check failed); nothing was changed")
            engine.dispose()  # no pooled connection may hold the old file open while it is replaced
            with sqlite3.connect(target_path) as live:
                copy.backup(live)
            live.close()
        copy.close()
    except sqlite3.DatabaseError as error:
        raise BackupError(f"{backup_file} is not a readable SQLite database ({error}); nothing was changed") from error
