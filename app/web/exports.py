"""Exports of the current timeline view: JSON, CSV, an Atom feed and an iCalendar file."""

from fastapi import APIRouter
from fastapi.responses import JSONResponse, Response

from app.db import SessionDep
from app.export import calls_csv, calls_json
from app.queries import iter_calls, page_calls
from app.web import urls
from app.web.feeds import atom_feed, icalendar
from app.web.filters import FilterDep

router = APIRouter()

FEED_SIZE = 50


@router.get("/calls.json")
def export_json(session: SessionDep, flt: FilterDep) -> JSONResponse:
    """Every call of the view, in the shape of `hotline export --format json`."""
    return JSONResponse(calls_json(list(iter_calls(session, flt)), base_url=urls.base_url()))


@router.get("/calls.csv")
def export_csv(session: SessionDep, flt: FilterDep) -> Response:
    return Response(calls_csv(list(iter_calls(session, flt)), base_url=urls.base_url()),
                    media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="hotline-calls.csv"'})


@router.get("/calls.atom")
def export_atom(session: SessionDep, flt: FilterDep) -> Response:
    """The newest calls of the view, so a feed reader can follow a filter."""
    views = page_calls(session, flt, limit=FEED_SIZE).views
    title = "Hotline: leader calls" + ("" if flt.is_empty else " (filtered)")
    body = atom_feed(views, base_url=urls.base_url(), self_path=urls.export_url(flt, "atom"), title=title)
    return Response(body, media_type="application/atom+xml; charset=utf-8")


@router.get("/calls.ics")
def export_ics(session: SessionDep, flt: FilterDep) -> Response:
    return Response(icalendar(iter_calls(session, flt), base_url=urls.base_url()),
                    media_type="text/calendar; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="hotline-calls.ics"'})
