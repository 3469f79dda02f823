"""Turns for heavy work: exports and API pages are made one batch at a time, and pages people wait for go first.

Python runs one thread's code at a time, so eight exports at once are no faster than one after another, and
each would slow every page down. Instead a batch of heavy work waits until no page is being made (for at most
`patience`, so exports always progress) and then runs alone. A page is "being made" from its request until its
response starts; a client slow to read holds nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from starlette.types import ASGIApp, Message, Receive, Scope, Send


class Turns:
    def __init__(self, *, patience: float = 0.25) -> None:
        self.patience = patience
        self._work = threading.Lock()
        self._pages = 0
        self._idle = threading.Condition()

    @contextmanager
    def heavy(self) -> Iterator[None]:
        """One batch of heavy work: after the pages in progress (waiting at most `patience`), and alone."""
        with self._work:  # the gate is checked by the one batch about to run, right before it runs
            with self._idle:
                self._idle.wait_for(lambda: self._pages == 0, timeout=self.patience)
            yield

    def page_started(self) -> None:
        with self._idle:
            self._pages += 1

    def page_done(self) -> None:
        with self._idle:
            self._pages -= 1
            if not self._pages:
                self._idle.notify_all()


TURNS = Turns()


class PagesFirst:
    """Pure ASGI middleware that tells TURNS when a page (anything not `is_heavy`) is being made."""

    def __init__(self, app: ASGIApp, *, is_heavy: Callable[[str], bool], turns: Turns = TURNS) -> None:
        self.app, self.is_heavy, self.turns = app, is_heavy, turns

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.is_heavy(scope["path"]) or scope["path"].startswith("/static/"):
            await self.app(scope, receive, send)
            return
        self.turns.page_started()
        pending = True

        async def send_and_release(message: Message) -> None:
            nonlocal pending
            if pending and message["type"] == "http.response.start":
                pending = False
                self.turns.page_done()
            await send(message)

        try:
            await self.app(scope, receive, send_and_release)
        finally:
            if pending:
                self.turns.page_done()
