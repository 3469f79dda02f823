"""What the OpenAPI schema says each kind of route answers besides its page or data: errors, redirects, links."""

from __future__ import annotations

from typing import Any

from app.export import ErrorPublic
from app.web import urls

_JSON_ERROR = {"application/json": {"schema": ErrorPublic.model_json_schema()}}
_HTML = {"text/html": {"schema": {"type": "string"}}}
_NEXT = {"Link": {"description": 'When more calls follow: `<URL>; rel="next"`, the address of the next part.',
                  "schema": {"type": "string"}}}

BAD_REQUEST = "A parameter is malformed or out of range; the message names it and says what it must be."
MISSING = "No such call, source, topic or leader (the message says which)."


def page_responses(*, redirect: int | None = None) -> dict[int | str, dict[str, Any]]:
    """An HTML page: its errors are pages too."""
    responses: dict[int | str, dict[str, Any]] = {400: {"description": BAD_REQUEST, "content": _HTML},
                                                  404: {"description": MISSING, "content": _HTML}}
    if redirect == 301:
        responses[301] = {"description": "An old permalink: the current one is in `Location`."}
    if redirect == 303:
        responses[303] = {"description": "Empty form fields dropped: the tidy address of the same view."}
    return responses


def api_responses(*, redirect: bool = False, paged: bool = False) -> dict[int | str, dict[str, Any]]:
    """JSON data: errors are `{"error": "…"}`."""
    responses: dict[int | str, dict[str, Any]] = {400: {"description": BAD_REQUEST, "content": _JSON_ERROR},
                                                  404: {"description": MISSING, "content": _JSON_ERROR}}
    if redirect:
        responses[301] = {"description": "An old permalink: the call's current address is in `Location`."}
    if paged:
        responses[200] = {"description": "A page of calls.", "headers": _NEXT}
    return responses


def export_responses() -> dict[int | str, dict[str, Any]]:
    """A file export: errors are JSON, so a script downloading it can read them."""
    return {**api_responses(), 200: {"description": "The calls, newest first, up to the export cap.",
                                     "headers": _NEXT}}


def next_link(path: str) -> str:
    """A `Link` header value naming the next part of a paged answer (RFC 8288), absolute with a base URL."""
    return f'<{urls.canonical(path)}>; rel="next"'
