"""Exports of the current timeline view: JSON, CSV, an Atom feed and an iCalendar file, streamed and capped.

A file export is written a batch of calls at a time while it is sent, so the server's memory does not grow with
the size of the view or the number of clients. One export carries at most HOTLINE_EXPORT_MAX_CALLS calls (the
Atom feed the newest FEED_SIZE); when more follow, a `Link: <…>; rel="next"` header names the export of the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from fastapi import APIRouter
from fastapi.responses import Response, StreamingResponse
from sqlmodel import Session

from app.web.session import SessionDep
from app.export import CallsPage, csv_chunks, json_chunks
from app.queries import CallFilter, CallView, Cursor, call_batches, cut_after, page_calls
from app.settings import get_settings
from app.web import urls
from app.web.feeds import atom_feed, icalendar_chunks
from app.web.filters import CursorDep, FilterDep
from app.web.responses import export_responses, next_link
from app.web.turns import TURNS

router = APIRouter(tags=["exports"])

FEED_SIZE = 50


def is_heavy(path: str) -> bool:
    """Exports and API pages: the answers that take their turn (see app.web.turns) rather than go first."""
    return path.startswith("/calls.") or path == "/api/calls"


class JsonStream(StreamingResponse):
    media_type = "application/json"


class CsvStream(StreamingResponse):
    media_type = "text/csv"


class CalendarStream(StreamingResponse):
    media_type = "text/calendar"


class AtomResponse(Response):
    media_type = "application/atom+xml"


Writer = Callable[[Iterable[list[CallView]], Cursor | None], Iterable[str]]


def stream_calls(session: Session, flt: CallFilter, after: Cursor | None, *, cap: int, write: Writer,
                 response: type[StreamingResponse], next_url: Callable[[Cursor], str], dated_only: bool = False,
                 filename: str | None = None) -> StreamingResponse:
    """At most `cap` calls of a view from `after` on, streamed in the writer's format; a `Link` names the rest."""
    until = cut_after(session, flt, after=after, limit=cap, dated_only=dated_only)
    headers = {"Content-Disposition": f'attachment; filename="{filename}"'} if filename else {}
    if until:
        headers["Link"] = next_link(next_url(until))
    batches = call_batches(session.get_bind(), flt, after=after, until=until, dated_only=dated_only)
    return response(_one_at_a_time(iter(write(batches, until))), headers=headers)


def _export(session: Session, flt: CallFilter, after: Cursor | None, fmt: str, write: Writer,
            response: type[StreamingResponse], *, dated_only: bool = False, filename: str | None = None,
            ) -> StreamingResponse:
    return stream_calls(session, flt, after, cap=get_settings().export_max_calls, write=write, response=response,
                        next_url=lambda until: urls.export_url(flt, fmt, after=until), dated_only=dated_only,
                        filename=filename)


def json_writer(base: str) -> Writer:
    return lambda batches, until: json_chunks(batches, base_url=base, next_token=until and until.token)


def _one_at_a_time(chunks: Iterator[str]) -> Iterator[str]:
    """Each chunk is read from the database and written in its turn, then sent outside it."""
    while True:
        with TURNS.heavy():
            chunk = next(chunks, None)
        if chunk is None:
            return
        yield chunk


@router.get("/calls.json", response_model=CallsPage, responses=export_responses())
def export_json(session: SessionDep, flt: FilterDep, after: CursorDep) -> StreamingResponse:
    """Every call of the view (up to the export cap), in the shape of `hotline export --format json`."""
    return _export(session, flt, after, "json", json_writer(urls.base_url()), JsonStream)


@router.get("/calls.csv", response_class=CsvStream, responses=export_responses())
def export_csv(session: SessionDep, flt: FilterDep, after: CursorDep) -> StreamingResponse:
    """One row per call; a cell that a spreadsheet would run as a formula starts with an apostrophe."""
    base = urls.base_url()
    return _export(session, flt, after, "csv", lambda batches, _: csv_chunks(batches, base_url=base), CsvStream,
                   filename="hotline-calls.csv")


@router.get("/calls.ics", response_class=CalendarStream, responses=export_responses())
def export_ics(session: SessionDep, flt: FilterDep, after: CursorDep) -> StreamingResponse:
    """An all-day event per dated call; undated calls are left out."""
    base = urls.base_url()
    return _export(session, flt, after, "ics", lambda batches, _: icalendar_chunks(batches, base_url=base),
                   CalendarStream, dated_only=True, filename="hotline-calls.ics")


@router.get("/calls.atom", response_class=AtomResponse, responses=export_responses())
def export_atom(session: SessionDep, flt: FilterDep, after: CursorDep) -> Response:
    """The newest calls of the view, so a feed reader can follow a filter; `next` links page to older ones."""
    page = page_calls(session, flt, after=after, limit=min(FEED_SIZE, get_settings().export_max_calls), cards=True)
    title = "Hotline: leader calls" + ("" if flt.is_empty else " (filtered)")
    self_path = urls.export_url(flt, "atom", after=after)
    next_path = urls.export_url(flt, "atom", after=page.next) if page.next else None
    body = atom_feed(page.views, base_url=urls.base_url(), self_path=self_path, title=title, next_path=next_path)
    return AtomResponse(body, headers={"Link": next_link(next_path)} if next_path else None)
