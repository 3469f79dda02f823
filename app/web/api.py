"""The JSON API: the same shape as `hotline export --format json`, a page of calls at a time."""

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import RedirectResponse, StreamingResponse

from app.web.session import SessionDep
from app.export import CallPublic, CallsPage, call_public
from app.queries import get_call, redirect_for
from app.web import urls
from app.web.exports import JsonStream, json_writer, stream_calls
from app.web.filters import CursorDep, FilterDep
from app.web.params import PathName
from app.web.responses import api_responses

router = APIRouter(prefix="/api", tags=["api"])

API_PAGE, API_MAX_PAGE = 100, 500


@router.get("/calls", response_model=CallsPage, responses=api_responses(paged=True))
def api_calls(session: SessionDep, flt: FilterDep, after: CursorDep,
              limit: Annotated[int, Query(ge=1, le=API_MAX_PAGE, description="Calls per page.")] = API_PAGE,
              ) -> StreamingResponse:
    """Calls matching the timeline filters, newest first, a page at a time.

    When more calls follow, `next` holds the marker to pass as `after`, and a `Link` header the next page's address.
    """
    return stream_calls(session, flt, after, cap=limit, write=json_writer(urls.base_url()), response=JsonStream,
                        next_url=lambda following: urls.api_calls_url(flt, after=following,
                                                                      limit=limit if limit != API_PAGE else None))


@router.get("/calls/{slug}", response_model=CallPublic, responses=api_responses(redirect=True))
def api_call(slug: PathName, session: SessionDep) -> dict | RedirectResponse:
    """One call; an old slug answers with a permanent redirect to the current one, as the page does."""
    view = get_call(session, slug)
    if view is None:
        current = redirect_for(session, slug)
        if current:
            return RedirectResponse(urls.api_call_url(current), status_code=301)
        raise HTTPException(404, f"no call {slug!r}")
    return call_public(view, base_url=urls.base_url())
