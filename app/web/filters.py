"""Read a timeline filter from a URL's query string, with messages people can act on."""

from datetime import date
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from sqlmodel import Session

from app.db import SessionDep
from app.models import Leader, Topic
from app.queries import CallFilter, Cursor

MAX_TOPICS = 8


def parse_filter(request: Request) -> CallFilter:
    """The filter a URL asks for; a malformed value is a 400 that says which parameter and how to fix it."""
    params = request.query_params
    leader, with_leader = params.get("leader") or None, params.get("with") or None
    if with_leader and not leader:  # "with" alone still means "calls with this leader"
        leader, with_leader = with_leader, None
    if leader and leader == with_leader:
        with_leader = None
    flt = CallFilter(
        topics=tuple(dict.fromkeys(t for t in params.getlist("topic") if t))[:MAX_TOPICS],
        leader=leader,
        with_leader=with_leader,
        start=_day(params.get("from"), "from"),
        end=_day(params.get("to"), "to"),
        text=(params.get("q") or "").strip()[:200] or None,
    )
    if flt.start and flt.end and flt.start > flt.end:
        raise HTTPException(400, f"The date range is backwards: 'from' ({flt.start}) comes after 'to' ({flt.end}). "
                                 "Swap the two dates.")
    return flt


def check_filter(session: Session, flt: CallFilter) -> CallFilter:
    """A 404 naming the topic or leader that does not exist, rather than a silently empty view."""
    for slug in flt.topics:
        if session.get(Topic, slug) is None:
            raise HTTPException(404, f"There is no topic {slug!r}. Pick one from the topic list on the timeline.")
    for slug in (flt.leader, flt.with_leader):
        if slug and session.get(Leader, slug) is None:
            raise HTTPException(404, f"There is no leader {slug!r}. Leader names in URLs look like 'joe-biden'.")
    return flt


def parse_cursor(request: Request) -> Cursor | None:
    token = request.query_params.get("after")
    if not token:
        return None
    try:
        return Cursor.parse(token)
    except ValueError:
        raise HTTPException(400, f"'after' must be a page marker from an \"older calls\" link, not {token[:40]!r}. "
                                 "Start again from the timeline.") from None


def _day(value: str | None, name: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise HTTPException(400, f"'{name}' must be a date written YYYY-MM-DD, not {value[:40]!r}") from None


def view_filter(request: Request, session: SessionDep) -> CallFilter:
    """The checked filter of the view a URL names, for every route that shows or exports one."""
    return check_filter(session, parse_filter(request))


FilterDep = Annotated[CallFilter, Depends(view_filter)]
