"""Topic and leader pages: how stances moved on a subject, and whom a leader calls and how often."""

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse

from app.web.session import SessionDep
from app.models import Leader, Topic
from app.queries import CallFilter, day_counts, page_calls
from app.web import urls
from app.web.insights import counterparts, joined_calls, tracks_on_topic
from app.web.pages import render
from app.web.params import PathName
from app.web.responses import page_responses
from app.web.statements import SentenceIndex
from app.web.strip import build_strips

TOPIC_CALLS = 20  # listed on a topic page; the timeline link shows them all

router = APIRouter()


@router.get("/topics/{slug}", response_class=HTMLResponse, responses=page_responses())
def topic_page(slug: PathName, request: Request, session: SessionDep) -> HTMLResponse:
    """A topic: each leader's stance per call and only its changes, then the latest calls."""
    topic = session.get(Topic, slug)
    if topic is None:
        raise HTTPException(404, f"There is no topic {slug!r}. The timeline's filter lists every topic.")
    flt = CallFilter(topics=(slug,))
    days, undated = day_counts(session, flt)
    tracks = tracks_on_topic(session, slug)
    # Each change of stance is quoted as its whole sentence, whatever span extraction kept.
    marks = [change.mark for track in tracks for change in track.changes]
    index = SentenceIndex(list({mark.source.id: mark.source for mark in marks}.values()))
    quotes = {(m.call.id, m.position.id): index.sentence(m.source.id, m.position.start, m.position.end)
              for m in marks}
    return render(request, "topic.html", {
        "topic": topic, "filter": flt, "tracks": tracks, "quotes": quotes, "strip": build_strips(days, undated),
        "latest": page_calls(session, flt, limit=TOPIC_CALLS, cards=True), "section": "Topics",
    }, path=urls.topic_url(slug))


@router.get("/leaders/{slug}", response_class=HTMLResponse, responses=page_responses())
def leader_page(slug: PathName, request: Request, session: SessionDep) -> HTMLResponse:
    """A leader: counterparts, calls per month and the latest calls."""
    leader = session.get(Leader, slug)
    if leader is None:
        raise HTTPException(404, f"There is no leader {slug!r}. Leader names in URLs look like 'joe-biden'.")
    flt = CallFilter(leader=slug)
    days, undated = day_counts(session, flt)
    return render(request, "leader.html", {
        "leader": leader, "filter": flt, "counterparts": counterparts(session, slug),
        "joined": joined_calls(session, slug), "strip": build_strips(days, undated, unit="month"),
        "latest": page_calls(session, flt, limit=10, cards=True), "section": "Leaders",
    }, path=urls.leader_url(slug))
