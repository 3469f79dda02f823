"""The FastAPI application: pages, fragments, exports, the JSON API and static files."""

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any, TypeVar

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response
from sqlmodel import Session
from starlette.types import ASGIApp, Scope

from app import STATIC_DIR
from app.db import get_session, schema_problem
from app.memory import limit_malloc_arenas, settle_startup_heap
from app.settings import get_settings
from app.versioned import read_version
from app.web import api, corrections_feed, curation, exports, indexes, pages, profiles
from app.web.caching import ViewCache, build_token
from app.web.head import HeadAsGet
from app.web.kept_files import KeptFiles
from app.web.params import NAME_RULE, Problem
from app.web.schema_guard import SchemaGuard
from app.web.security import SecurityHeaders
from app.web.templating import templates
from app.web.turns import PagesFirst

T = TypeVar("T")

MISSING_PAGE = "There is no page at this address. It may have been mistyped or moved; the timeline lists every call."
SERVER_ERROR = ("Something went wrong on our side while answering this request. Try again in a moment; if it "
                "keeps happening, the address of this page tells us where to look.")


class Hotline(FastAPI):
    """FastAPI wrapped, outside even its error handling (so a 500 carries the security headers too), in the
    security headers, HEAD answered as GET, answers kept per data version with their ETags and compressed
    (see app.web.caching), and pages going before exports (see app.web.turns)."""

    build = ""
    kept_files = KeptFiles(max_bytes=0)  # replaced by the middleware stack's own; closed when the server stops

    def build_middleware_stack(self) -> ASGIApp:
        pages_first = PagesFirst(super().build_middleware_stack(), is_heavy=exports.is_heavy)
        settings = get_settings()
        self.kept_files.close()
        self.kept_files = KeptFiles(max_bytes=settings.file_cache_mb << 20)
        kept = ViewCache(pages_first, data_version=self.data_version, build=self.build,
                         max_bytes=settings.page_cache_mb << 20, files=self.kept_files, data_free=self.reads_no_data)
        guarded = SchemaGuard(kept, problem=lambda: self._with_session(schema_problem), answer=_schema_error,
                              data_free=self.reads_no_data)
        return SecurityHeaders(HeadAsGet(guarded))

    def reads_no_data(self, path: str) -> bool:
        """Static files (which have their own ETags) and the API's schema."""
        return path.startswith("/static/") or path == self.openapi_url

    def data_version(self) -> int:
        return self._with_session(read_version)

    def _with_session(self, read: Callable[[Session], T]) -> T:
        """`read` through the session the routes get (a test may give them its own database)."""
        sessions = self.dependency_overrides.get(get_session, get_session)()
        try:
            return read(next(sessions))
        finally:
            sessions.close()

    def openapi(self) -> dict[str, Any]:
        # A malformed parameter is answered 400 with a message, as each route declares, never FastAPI's 422.
        if self.openapi_schema is None:
            schema = super().openapi()
            for operations in schema.get("paths", {}).values():
                for operation in operations.values():
                    operation.get("responses", {}).pop("422", None)
            for name in ("HTTPValidationError", "ValidationError"):
                schema.get("components", {}).get("schemas", {}).pop(name, None)
        return self.openapi_schema


@asynccontextmanager
async def _lifespan(app: Hotline) -> AsyncIterator[None]:
    yield
    app.kept_files.close()  # the answers kept on disk go with the server


def create_app() -> FastAPI:
    limit_malloc_arenas()  # before the request threads start: each would otherwise get an arena of its own
    # No Swagger page: it loads scripts from another host, which the Content-Security-Policy forbids.
    app = Hotline(title="Hotline", summary="Leader-to-leader calls, from articles and readouts.",
                  docs_url=None, redoc_url=None, openapi_url="/api/openapi.json", lifespan=_lifespan)
    app.build = build_token()
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.include_router(api.router)
    app.include_router(exports.router)
    app.include_router(indexes.router)
    app.include_router(pages.router)
    app.include_router(profiles.router)
    app.include_router(curation.router)
    app.include_router(corrections_feed.router)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(Exception, _server_error)
    return app


def serve_app() -> FastAPI:
    """The app as `hotline serve` runs it, in each worker: built, then its long-lived objects settled."""
    app = create_app()
    settle_startup_heap()
    return app


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path.startswith("/calls.")


def _error(request: Request, status: int, message: str, headers: dict[str, str] | None = None,
           ) -> HTMLResponse | JSONResponse:
    if _wants_json(request):
        return JSONResponse({"error": message}, status_code=status, headers=headers)
    return templates.TemplateResponse(request, "error.html", {"status": status, "message": message},
                                      status_code=status, headers=headers)


async def _http_error(request: Request, exc: StarletteHTTPException) -> HTMLResponse | JSONResponse:
    message = MISSING_PAGE if exc.status_code == 404 and exc.detail == "Not Found" else exc.detail
    headers = dict(getattr(exc, "headers", None) or {})
    if exc.status_code == 405:
        allowed = headers.get("Allow", "GET").split(", ")
        if "GET" in allowed and "HEAD" not in allowed:
            allowed.append("HEAD")  # HeadAsGet answers HEAD wherever GET is answered
        headers["Allow"] = ", ".join(allowed)
        message = f"This address answers only {headers['Allow']} requests, not {request.method}."
    return _error(request, exc.status_code, message, headers)


async def _validation_error(request: Request, exc: RequestValidationError) -> HTMLResponse | JSONResponse:
    return _error(request, 400, "; ".join(_problem(error) for error in exc.errors()))


def _problem(error: dict[str, Any]) -> str:
    """One parameter's problem in words: "'to' must be a date written YYYY-MM-DD, …, not '9999-12-31'"."""
    name = str(error["loc"][-1]) if error.get("loc") else "request"
    found = error.get("input")
    shown = f", not {found[:40]!r}" if isinstance(found, str) else ""
    reason = (error.get("ctx") or {}).get("error")
    if isinstance(reason, Problem):
        return f"'{name}' {reason}{shown}"
    if error.get("type") in ("string_pattern_mismatch", "string_too_long"):  # a name in the path
        return f"'{name}' {NAME_RULE}{shown}"
    return f"'{name}': {error.get('msg', 'is not valid')}{shown}"


def _schema_error(scope: Scope, problem: str) -> Response:
    return _error(Request(scope), 503, problem, {"Retry-After": "60"})


async def _server_error(request: Request, exc: Exception) -> HTMLResponse | JSONResponse:
    # The traceback goes to the server's log (Starlette re-raises after answering), never to the user.
    return _error(request, 500, SERVER_ERROR)
