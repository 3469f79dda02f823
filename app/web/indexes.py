"""The index pages linked from the header: every topic, every leader by country, every source."""

from datetime import date
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from sqlmodel import Session

from app.web.session import SessionDep
from app.models import Topic
from app.versioned import remembered
from app.web import urls
from app.web.insights import leaders_by_country, source_overview, topic_days, topic_overview
from app.web.pages import render
from app.web.params import MAX_PAGE
from app.web.responses import page_responses
from app.web.strip import build_strip, drawable

router = APIRouter()

MINI_BUCKETS = 32  # a topic's small strip is a few centimetres wide: bars stay at least 4 px
SOURCES_PAGE = 100


@router.get(urls.TOPICS, response_class=HTMLResponse)
def topics_index(request: Request, session: SessionDep) -> HTMLResponse:
    """Every topic with its number of calls and a small strip of when they happened."""
    topics = topic_overview(session)
    start, end, strips = remembered(session, "topic strips", lambda: _topic_strips(session, topics),
                                    weigh=lambda found: sum(strip.weight for strip in found[2].values()))
    return render(request, "topics.html", {"topics": topics, "strips": strips, "start": start, "end": end,
                                           "section": "Topics"}, path=urls.TOPICS)


def _topic_strips(session: Session, topics: list[tuple[Topic, int]]) -> tuple[date | None, date | None, dict]:
    days = topic_days(session)
    every = [day for counts in days.values() for day, _ in counts if drawable(day)]
    # One range for every strip, so a glance down the column compares when topics were discussed.
    start, end = (min(every), max(every)) if every else (None, None)
    strips = {topic.slug: build_strip(days.get(topic.slug, []), 0, start=start, end=end, max_buckets=MINI_BUCKETS)
              for topic, _ in topics} if start else {}
    return start, end, strips


@router.get(urls.LEADERS, response_class=HTMLResponse)
def leaders_index(request: Request, session: SessionDep) -> HTMLResponse:
    """Leaders by country, with the calls each took part in."""
    countries = leaders_by_country(session)
    return render(request, "leaders.html", {"countries": countries, "section": "Leaders",
                                            "total": sum(len(people) for _, people in countries)},
                  path=urls.LEADERS)


@router.get(urls.SOURCES, response_class=HTMLResponse, responses=page_responses())
def sources_index(request: Request, session: SessionDep,
                  page: Annotated[int, Query(ge=1, le=MAX_PAGE, description="Counts from 1.")] = 1) -> HTMLResponse:
    """Every source, newest first, a hundred to a page."""
    rows, total = source_overview(session, offset=(page - 1) * SOURCES_PAGE, limit=SOURCES_PAGE)
    last = max(1, -(-total // SOURCES_PAGE))
    if page > last:
        raise HTTPException(404, f"There are {last} page{'s' if last != 1 else ''} of sources, not {page}.")
    return render(request, "sources.html", {"rows": rows, "total": total, "page": page, "last": last,
                                            "section": "Sources"}, path=urls.sources_url(page))
