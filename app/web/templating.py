"""Jinja environment for the explorer: templates, URL helpers and small formatting filters."""

from bisect import bisect_right

from fastapi import Request
from fastapi.templating import Jinja2Templates

from app import TEMPLATES_DIR
from app.ingest.combine import WEEKDAYS
from app.ingest.sentences import split_sentences
from app.models import Call
from app.web import urls

templates = Jinja2Templates(directory=str(TEMPLATES_DIR))


def describe_call_date(call: Call) -> str:
    if call.date:
        return f"{WEEKDAYS[call.date.weekday()]}, {call.date:%-d %B %Y}"
    if call.date_earliest and call.date_latest:
        return f"between {call.date_earliest:%-d %b %Y} and {call.date_latest:%-d %b %Y}"
    if call.weekday is not None:
        return f"date unknown — a {WEEKDAYS[call.weekday]}"
    return "date unknown"


def sentence_starts(text: str) -> list[int]:
    return [s.start for s in split_sentences(text)]


def sentence_index(starts: list[int], offset: int) -> int:
    return max(bisect_right(starts, offset) - 1, 0)


def is_htmx_fragment(request: Request) -> bool:
    """An htmx swap wants the fragment; a history restore wants the whole page."""
    return request.headers.get("HX-Request") == "true" and request.headers.get("HX-History-Restore-Request") != "true"


templates.env.globals.update(urls=urls, describe_call_date=describe_call_date)
templates.env.filters["call_date"] = describe_call_date
