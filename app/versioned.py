"""Reads kept until the data changes: the data version every write sets anew, and a cache keyed by it.

Triggers of migration 0006 give `dataversion.version` a new random value whenever a row of a table the pages show
is written, in any process (an ingest, another server worker). A value computed from the database stays right
for as long as the version it was computed under is current, so each request reads the version once (one row)
and takes whatever was computed under it.
"""

from __future__ import annotations

import dataclasses
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar
from weakref import WeakKeyDictionary

from sqlalchemy import Connection, Engine, event, text
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import SessionTransaction
from sqlmodel import Session

from app.settings import get_settings

T = TypeVar("T")

_VERSION = text("SELECT version FROM dataversion WHERE id = 1")
WAIT_FOR_OTHERS = 30.0  # seconds a request waits for another computing the same value before computing it itself


def read_version(connection: Connection | Session) -> int:
    return connection.execute(_VERSION).scalar_one()


@event.listens_for(OrmSession, "after_transaction_end")
def _forget(session: OrmSession, transaction: SessionTransaction) -> None:
    """A session that commits (or rolls back) may see other data next: it reads the version again."""
    if transaction.parent is None:
        session.info.pop("data_version", None)
        session.info.pop("remembered", None)


def version_of(session: Session) -> int:
    """The data version, read once per session transaction: what a request derives is tagged with one version.

    Reading it before the data is what keeps caching safe: data read afterwards is as new as the version or
    newer, so a value may be stored under an older version than its data (and soon replaced), never a newer one.
    """
    if "data_version" not in session.info:
        session.info["data_version"] = read_version(session)
    return session.info["data_version"]


class VersionCache:
    """Values computed under one data version, kept while it is current; beyond `max_weight` (about bytes) or
    `max_entries` the least recently used go first. Requests that want a value another request is computing wait
    for it instead of computing it again, so a burst of requests after a write costs one computation, not one each."""

    def __init__(self, *, max_weight: int = 64 << 20, max_entries: int = 4096) -> None:
        self.max_weight, self.max_entries = max_weight, max_entries
        self._version: int | None = None
        self._entries: OrderedDict[Hashable, tuple[Any, int]] = OrderedDict()
        self._weight = 0
        self._pending: dict[tuple[int, Hashable], threading.Event] = {}
        self._lock = threading.Lock()

    def get(self, version: int, key: Hashable, compute: Callable[[], T], *,
            weigh: Callable[[T], int] = lambda _: 1024) -> T:
        with self._lock:
            if version != self._version:
                self._start(version)
            found = self._entries.get(key)
            if found is not None:
                self._entries.move_to_end(key)
                return found[0]
            pending = self._pending.get((version, key))
            mine = pending is None
            if mine:
                pending = self._pending[(version, key)] = threading.Event()
        if not mine:
            pending.wait(WAIT_FOR_OTHERS)
            with self._lock:
                found = self._entries.get(key) if version == self._version else None
            # Without it, the other computation failed or the data changed meanwhile: this request computes its own.
            return found[0] if found is not None else compute()
        try:
            value = compute()
        finally:
            with self._lock:
                del self._pending[(version, key)]
            pending.set()
        self._store(version, key, value, weigh(value))
        return value

    def peek(self, version: int, key: Hashable) -> Any | None:
        """The value stored under `version` and `key`, or None."""
        with self._lock:
            if version != self._version:
                self._start(version)
            found = self._entries.get(key)
            if found is None:
                return None
            self._entries.move_to_end(key)
            return found[0]

    def put(self, version: int, key: Hashable, value: Any, weight: int) -> None:
        self._store(version, key, value, weight)

    def clear(self) -> None:
        with self._lock:
            self._start(None)

    def _start(self, version: int | None) -> None:
        """A new version: everything computed under another is dropped (its waiting requests compute their own)."""
        self._version = version
        self._entries.clear()
        self._weight = 0

    def _store(self, version: int, key: Hashable, value: Any, weight: int) -> None:
        with self._lock:
            if version != self._version or weight > self.max_weight:
                return
            old = self._entries.pop(key, None)
            self._weight += weight - (old[1] if old else 0)
            self._entries[key] = (value, weight)
            while (self._weight > self.max_weight or len(self._entries) > self.max_entries) and self._entries:
                _, (_, dropped) = self._entries.popitem(last=False)
                self._weight -= dropped


_caches: WeakKeyDictionary[Engine, VersionCache] = WeakKeyDictionary()
_caches_lock = threading.Lock()


def cache_for(engine: Engine) -> VersionCache:
    """The cache of one database (tests and tools open several in one process)."""
    with _caches_lock:
        found = _caches.get(engine)
        if found is None:
            found = _caches[engine] = VersionCache(max_weight=get_settings().data_cache_mb << 20)
        return found


def remembered(session: Session, key: Hashable, compute: Callable[[], T], *,
               weigh: Callable[[T], int] = lambda _: 1024) -> T:
    """`compute()` once per data version and key, for the session's database; within one session (a request)
    once whatever the cache keeps."""
    mine = session.info.setdefault("remembered", {})
    if key not in mine:
        def shared() -> T:
            return _detach(session, compute())
        mine[key] = cache_for(session.get_bind()).get(version_of(session), key, shared, weigh=weigh)
    return mine[key]


MAX_DEPTH = 4  # how deep a kept value's containers are searched for model objects


def _detach(session: Session, value: T) -> T:
    """Model objects in a kept value leave the session that loaded them: other requests read them later, and a
    commit of that session would otherwise expire them, leaving objects no one can read."""
    pending: list[tuple[Any, int]] = [(value, 0)]
    seen: set[int] = set()
    while pending:
        item, depth = pending.pop()
        if id(item) in seen or depth > MAX_DEPTH or isinstance(item, (str, bytes, int, float)):
            continue
        seen.add(id(item))
        if hasattr(item, "_sa_instance_state"):
            if item in session:
                session.expunge(item)
        elif isinstance(item, dict):
            pending += [(inner, depth + 1) for inner in item.values()]
        elif isinstance(item, (list, tuple, set, frozenset)):
            pending += [(inner, depth + 1) for inner in item]
        elif dataclasses.is_dataclass(item) and not isinstance(item, type):
            pending += [(getattr(item, f.name), depth + 1) for f in dataclasses.fields(item)]
    return value
