"""Read a timeline filter and a page marker from a URL's query string, declared so the API schema lists them."""

from typing import Annotated

from fastapi import Depends, HTTPException, Query
from sqlmodel import Session

from app.web.session import SessionDep
from app.models import Leader, Topic
from app.queries import CallFilter, Cursor
from app.web.params import CursorToken, Day, Name, SearchText, TopicList


def parse_filter(
    topic: Annotated[TopicList, Query(description="Topic slugs; a call must have every one.")] = [],  # noqa: B006
    leader: Annotated[Name, Query(description="Calls this leader took part in (a leader slug).")] = None,
    with_leader: Annotated[Name, Query(alias="with", description="With `leader`: only calls between the two.")] = None,
    start: Annotated[Day, Query(alias="from", description="Calls on or after this day.")] = None,
    end: Annotated[Day, Query(alias="to", description="Calls on or before this day.")] = None,
    q: Annotated[SearchText, Query(description="Words in the articles or in what leaders said.")] = None,
) -> CallFilter:
    """The filter a URL asks for; a malformed value is a 400 that says which parameter and how to fix it."""
    if with_leader and not leader:  # "with" alone still means "calls with this leader"
        leader, with_leader = with_leader, None
    if leader and leader == with_leader:
        with_leader = None
    flt = CallFilter(topics=tuple(dict.fromkeys(t for t in topic if t)), leader=leader, with_leader=with_leader,
                     start=start, end=end, text=(q or "").strip() or None)
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


def parse_cursor(after: Annotated[CursorToken, Query(description="Continue after this page marker.")] = None,
                 ) -> Cursor | None:
    """The page marker of an "older calls" or "next" link; its form was checked against the published pattern."""
    return Cursor.parse(after) if after else None


def view_filter(session: SessionDep, flt: Annotated[CallFilter, Depends(parse_filter)]) -> CallFilter:
    """The checked filter of the view a URL names, for every route that shows or exports one."""
    return check_filter(session, flt)


FilterDep = Annotated[CallFilter, Depends(view_filter)]
CursorDep = Annotated[Cursor | None, Depends(parse_cursor)]
