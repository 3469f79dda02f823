"""No page from a database whose schema is older than the code: a clear 503 saying what to run, never a 500.

A server started by `hotline serve` upgrades the database first; one started otherwise (`uvicorn --factory
app.main:create_app`, a worker of an older release's database) may meet tables this code reads before they exist.
Once the schema is found right the check is not made again in this process: schemas only move forward.
"""

from collections.abc import Callable

from starlette.concurrency import run_in_threadpool
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send


class SchemaGuard:
    """Pure ASGI middleware: while `problem()` names one, every request for data gets `answer(scope, problem)` (a
    503); a database that cannot be reached at all is left to the routes, which say so."""

    def __init__(self, app: ASGIApp, *, problem: Callable[[], str | None], answer: Callable[[Scope, str], Response],
                 data_free: Callable[[str], bool] = lambda path: path.startswith("/static/")) -> None:
        self.app, self.problem, self.answer, self.data_free = app, problem, answer, data_free
        self.ready = False

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not self.ready and scope["type"] == "http" and not self.data_free(scope["path"]):
            try:
                found = await run_in_threadpool(self.problem)
            except Exception:  # noqa: BLE001 - unreachable: the route meets the same error and answers it
                found = ""
            if found:
                await self.answer(scope, found)(scope, receive, send)
                return
            self.ready = found is None
        await self.app(scope, receive, send)
