"""The JSON API: the same shape as `hotline export --format json`."""

from fastapi import APIRouter, HTTPException, Request

from app.db import SessionDep
from app.export import call_public, calls_json
from app.queries import get_call, list_calls
from app.web.filters import FilterDep

router = APIRouter(prefix="/api", tags=["api"])


@router.get("/calls")
def api_calls(request: Request, session: SessionDep, flt: FilterDep) -> dict:
    """Calls matching the timeline filters (topic, leader, with, from, to, q), newest first."""
    return calls_json(list_calls(session, flt), base_url=str(request.base_url))


@router.get("/calls/{slug}")
def api_call(slug: str, request: Request, session: SessionDep) -> dict:
    view = get_call(session, slug)
    if view is None:
        raise HTTPException(404, f"no call {slug!r}")
    return call_public(view, base_url=str(request.base_url))
