"""Answers kept per data version: ETags and 304 for unchanged views, pages served from memory, gzip.

A GET answer depends only on its URL, three htmx headers, the code and the data, and the data version
(app.versioned) changes with every write. So the ETag names the code, the version and the htmx headers: a
browser revalidating a view that has not changed gets 304 Not Modified for the price of reading the version.
Answers of up to MAX_ENTRY bytes (every page, the API's pages, the Atom feed) are kept in memory as they were
sent, compressed, until the version changes; larger ones (the file exports) stream through, compressed as they
go, and are kept on disk as they pass (app.web.kept_files), so the next request for them is sent from a file.
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version

import anyio
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers, MutableHeaders
from starlette.middleware.gzip import GZipMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app import PROJECT_ROOT
from app.settings import get_settings
from app.versioned import VersionCache
from app.web.kept_files import KeptFile, KeptFiles, Spill
from app.web.curator_session import SESSION_COOKIE

VARIANT_HEADERS = ("hx-request", "hx-target", "hx-history-restore-request")  # what pages read of a request
VARY = "Accept-Encoding, HX-Request, HX-Target, HX-History-Restore-Request"
CACHE_CONTROL = "no-cache"  # keep it, but ask whether it changed before showing it again
PRIVATE = "private, no-store"  # a curator's page, or an answer that sets a cookie
MAX_ENTRY = 2 << 20  # bytes of one kept answer, as sent
COMPRESS_LEVEL = 6  # zlib's default: most of level 9's saving at a fraction of its time, for streamed exports
KEPT_TYPES = ("text/html", "application/json", "application/atom+xml", "text/csv", "text/calendar")
FILE_CHUNK = 1 << 20  # bytes read from a kept file and sent at a time


def build_token() -> str:
    """What the code contributes to an ETag: the version of Hotline, the settings pages are built with, and the
    modification times of its code, templates and static files (so an upgrade never answers 304 to old pages)."""
    try:
        release = version("hotline")
    except PackageNotFoundError:
        release = "unknown"
    settings = get_settings()
    parts = [release, settings.base_url or "", str(settings.page_size), str(settings.export_max_calls)]
    for folder in ("app", "templates", "static"):
        for path in sorted((PROJECT_ROOT / folder).rglob("*")):
            if path.is_file() and path.suffix in (".py", ".html", ".css", ".js", ".toml", ".txt", ".json"):
                parts.append(f"{path.relative_to(PROJECT_ROOT)}:{path.stat().st_mtime_ns}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:12]


@dataclass(frozen=True)
class Kept:
    """An answer as it was sent: status line headers and the whole body."""

    headers: list[tuple[bytes, bytes]]
    body: bytes


class ViewCache:
    """Pure ASGI middleware around the app (and the GZip middleware inside it): ETags and 304 on every GET
    answer but static files (which have their own), and answers kept per data version."""

    def __init__(self, app: ASGIApp, *, data_version: Callable[[], int], build: str, max_bytes: int,
                 files: KeptFiles | None = None, max_entry: int = MAX_ENTRY,
                 data_free: Callable[[str], bool] = lambda path: path.startswith("/static/")) -> None:
        self.app = GZipMiddleware(app, minimum_size=500, compresslevel=COMPRESS_LEVEL)
        self.data_version = data_version
        self.build = build
        self.kept = VersionCache(max_weight=max_bytes) if max_bytes > 0 else None
        self.files = files
        self.max_entry = max_entry
        self.data_free = data_free  # answers that read no data (static files have their own ETags)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or self.data_free(scope["path"]):
            await self.app(scope, receive, send)
            return
        try:
            current = await run_in_threadpool(self.data_version)
        except Exception:  # noqa: BLE001 - the route meets the same problem and answers it as it answers errors
            await self.app(scope, receive, send)
            return
        request = Headers(scope=scope)
        if SESSION_COOKIE in request.get("cookie", ""):
            # A curator's pages carry forms and a CSRF token of their own: never kept, never tagged, never shared.
            await self.app(scope, receive, _private(send))
            return
        variant = tuple(request.get(name, "") for name in VARIANT_HEADERS)
        tag = self._etag(current, variant)
        if _matches(request.get("if-none-match"), tag):
            await _not_modified(send, tag)
            return
        key = (scope["path"], scope["query_string"], variant, "gzip" in request.get("accept-encoding", ""))
        kept = self.kept.peek(current, key) if self.kept else None
        if kept is not None:
            await send({"type": "http.response.start", "status": 200, "headers": kept.headers})
            await send({"type": "http.response.body", "body": kept.body})
            return
        on_disk = self.files.peek(current, key) if self.files else None
        if on_disk is not None:
            await _send_file(send, on_disk)
            return
        state: dict = {"keep": False, "headers": [], "chunks": [], "size": 0, "spill": None}
        try:
            await self.app(scope, receive, self._sender(send, current, key, tag, state))
        finally:
            spill: Spill | None = state["spill"]
            if spill is not None and not spill.file.closed:
                spill.abandon()

    def _etag(self, current: int, variant: tuple[str, ...]) -> str:
        varies = zlib.crc32("\0".join(variant).encode()) if any(variant) else 0
        return f'W/"{self.build}-{current & 0xFFFFFFFFFFFFFFFF:x}-{varies:x}"'

    def _sender(self, send: Send, current: int, key: tuple, tag: str, state: dict) -> Send:
        """Sends the answer on as it comes, tagging a 200 with its ETag and keeping a copy: a small one in
        memory, a larger one in a file."""

        async def tag_and_keep(message: Message) -> None:
            if message["type"] == "http.response.start":
                if "set-cookie" in MutableHeaders(scope=message):
                    MutableHeaders(scope=message)["Cache-Control"] = PRIVATE  # one visitor's cookie: not shared
                elif message["status"] == 200:
                    headers = MutableHeaders(scope=message)
                    headers["ETag"] = tag
                    headers["Cache-Control"] = CACHE_CONTROL
                    headers["Vary"] = VARY
                    content_type = headers.get("content-type", "")
                    keeping = self.kept is not None or self.files is not None
                    state["keep"] = keeping and content_type.startswith(KEPT_TYPES)
                    state["headers"] = message["headers"]
            elif message["type"] == "http.response.body" and state["keep"]:
                self._keep_part(message, current, key, state)
            await send(message)

        return tag_and_keep

    def _keep_part(self, message: Message, current: int, key: tuple, state: dict) -> None:
        body, last = message.get("body", b""), not message.get("more_body", False)
        state["size"] += len(body)
        spill: Spill | None = state["spill"]
        if spill is None and state["size"] > self.max_entry:
            spill = state["spill"] = self.files.spill(current, key, state["headers"]) if self.files else None
            if spill is None:
                state["keep"], state["chunks"] = False, []
                return
            body = b"".join([*state["chunks"], body])
            state["chunks"] = []
        if spill is not None:
            try:
                spill.write(body)
                if last:
                    spill.finish()
            except OSError:  # a full disk costs the copy, never the answer being sent
                spill.abandon()
                state["keep"] = False
            return
        state["chunks"].append(body)
        if last and self.kept is not None:  # kept with the headers sent: a stream stays one
            kept = Kept(state["headers"], b"".join(state["chunks"]))
            self.kept.put(current, key, kept, len(kept.body) + 512)


async def _send_file(send: Send, kept: KeptFile) -> None:
    """A kept body from its file, a chunk at a time, its length now known."""
    headers = [(name, value) for name, value in kept.headers if name.lower() != b"content-length"]
    headers.append((b"content-length", str(kept.size).encode()))
    with open(kept.path, "rb") as body:  # opened before anything is awaited: a later drop cannot unlink it first
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        remaining = kept.size
        for _ in range(kept.size // FILE_CHUNK + 2):
            chunk = await anyio.to_thread.run_sync(body.read, min(FILE_CHUNK, remaining))
            remaining -= len(chunk)
            last = remaining <= 0 or not chunk
            await send({"type": "http.response.body", "body": chunk, "more_body": not last})
            if last:
                return


def _private(send: Send) -> Send:
    async def mark(message: Message) -> None:
        if message["type"] == "http.response.start":
            MutableHeaders(scope=message)["Cache-Control"] = PRIVATE
        await send(message)

    return mark


def _matches(if_none_match: str | None, tag: str) -> bool:
    """Weak comparison (RFC 9110, 13.1.2): W/"x" and "x" match, and "*" matches any."""
    if not if_none_match:
        return False
    wanted = tag.removeprefix("W/")
    return any(candidate.strip() == "*" or candidate.strip().removeprefix("W/") == wanted
               for candidate in if_none_match.split(","))


async def _not_modified(send: Send, tag: str) -> None:
    headers = [(b"etag", tag.encode()), (b"cache-control", CACHE_CONTROL.encode()), (b"vary", VARY.encode())]
    await send({"type": "http.response.start", "status": 304, "headers": headers})
    await send({"type": "http.response.body", "body": b""})

