"""The JSON API: the same shape as `hotline export --format json`."""

from fastapi import APIRouter, HTTPException
from fastapi.responses import RedirectResponse

from app.db import SessionDep
from app.export import call_public, calls_json
from app.queries import get_call, list_calls, redirect_for
from app.web import urls
from app.web.filters import FilterDep

router = APIRouter(prefix="/api", tags=["api"])


@router.get("/calls")
def api_calls(session: SessionDep, flt: FilterDep) -> dict:
    """Calls matching the timeline filters (topic, leader, with, from, to, q), newest first."""
    return calls_json(list_calls(session, flt), base_url=urls.base_url())


@router.get("/calls/{slug}", response_model=None,
            responses={301: {"description": "An old permalink: the call's current address"}})
def api_call(slug: str, session: SessionDep) -> dict | RedirectResponse:
    """One call; an old slug answers with a permanent redirect to the current one, as the page does."""
    view = get_call(session, slug)
    if view is None:
        current = redirect_for(session, slug)
        if current:
            return RedirectResponse(urls.api_call_url(current), status_code=301)
        raise HTTPException(404, f"no call {slug!r}")
    return call_public(view, base_url=urls.base_url())
