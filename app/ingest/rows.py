"""Plain multi-row inserts, the way ingest writes the rows it has built."""

from __future__ import annotations

from functools import cache

from sqlalchemy import Connection, Insert, insert
from sqlmodel import SQLModel


def insert_rows(connection: Connection, table: type[SQLModel], rows: list[dict[str, object]]) -> None:
    # One executemany of a plain INSERT: the ORM's bulk insert does the same work per row in Python first,
    # which for a long article's thousands of rows costs more than SQLite's writing them.
    if rows:
        connection.execute(insert_statement(table), rows)


@cache
def insert_statement(table: type[SQLModel]) -> Insert:
    return insert(table.__table__)
