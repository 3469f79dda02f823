"""HTML pages and their htmx fragments: the timeline, a call, a source."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from sqlmodel import Session

from app.web.session import SessionDep
from app.models import Topic
from app.queries import (
    CallFilter,
    CallView,
    Cursor,
    all_leaders,
    all_topics,
    calls_citing_source,
    day_counts,
    get_call,
    get_source,
    month_label,
    neighbours,
    page_calls,
    redirect_for,
    reported_dates,
    topic_counts,
)
from app.settings import get_settings
from app.source_sentences import source_sentences
from app.versioned import remembered
from app.web import urls
from app.web.comparisons import compare_accounts
from app.web.curation import curation_context, finish_call_page, not_a_call_page
from app.web.filters import CursorDep, FilterDep
from app.web.naming import source_label, source_labels
from app.web.params import MAX_OFFSET, PathName
from app.web.responses import page_responses
from app.web.snippets import find_snippets
from app.web.statements import SentenceIndex, said_by_side
from app.web.strip import build_strips
from app.web.templating import is_htmx_fragment, templates

router = APIRouter()


def render(request: Request, template: str, context: dict, *, fragment: str | None = None,
           path: str | None = None, status_code: int = 200) -> HTMLResponse:
    """One route, one page: htmx swaps get the named fragment, everything else (history restores too) the page.

    `path` is the page's own address: its canonical link, and its og:url when the base URL is configured.
    """
    chosen = fragment if fragment and is_htmx_fragment(request) else template
    if path is not None:
        context = {**context, "canonical": urls.canonical(path), "og_url": urls.public(path)}
    response = templates.TemplateResponse(request, chosen, context, status_code=status_code)
    if fragment:
        response.headers["Vary"] = "HX-Request"
    return response


@router.get("/", response_class=HTMLResponse, responses=page_responses(redirect=303))
def timeline(request: Request, session: SessionDep, flt: FilterDep, after: CursorDep) -> HTMLResponse:
    """The timeline of the calls a filter selects, a page at a time (an htmx request gets only its fragment)."""
    if not is_htmx_fragment(request) and any(value == "" for _, value in request.query_params.multi_items()):
        # A plain form submits its empty fields too; answer with the tidy URL people will share.
        return RedirectResponse(urls.older_url(flt, after) if after else urls.timeline_url(flt), status_code=303)
    page = page_calls(session, flt, after=after, limit=get_settings().page_size, cards=True)
    items = with_month_headings(page.views, after)
    matches = find_snippets(page.views, flt.text) if flt.text else {}
    if request.headers.get("HX-Target") == "feed" and is_htmx_fragment(request):
        return render(request, "_page.html", {"filter": flt, "page": page, "items": items, "matches": matches},
                      fragment="_page.html")
    context = {
        "filter": flt, "page": page, "items": items, "after": after, "matches": matches, **facets(session, flt),
        "oob": False, "section": "Timeline",
    }
    # A change in the form swaps only the results, so the form under the user's hands is never replaced.
    fragment = "_results_swap.html" if request.headers.get("HX-Target") == "results" else "_explorer.html"
    response = render(request, "timeline.html", context, fragment=fragment, path=urls.timeline_url(flt))
    if is_htmx_fragment(request):
        response.headers["HX-Push-Url"] = urls.timeline_url(flt)  # the tidy URL, not every empty form field
    return response


def facets(session: Session, flt: CallFilter) -> dict:
    """What the timeline shows around its calls: the strip, the topics with their counts, the leaders. Built once
    per data version and filter, from counts that are kept per version too."""
    def build() -> dict:
        days, undated = day_counts(session, flt)
        return {"strip": build_strips(days, undated, start=flt.start, end=flt.end),
                "facet_topics": facet_topics(session, flt), "counts": topic_counts(session, flt),
                "leaders": all_leaders(session)}
    return remembered(session, ("facets", flt), build, weigh=lambda found: 2000 + found["strip"].weight
                      + 200 * len(found["facet_topics"]) + 150 * len(found["counts"]))


def facet_topics(session: Session, flt: CallFilter) -> list[Topic]:
    """Every topic any call has, and any the filter names: a stable list whose counts change with the view."""
    anywhere = topic_counts(session, CallFilter())
    return [topic for topic in all_topics(session) if anywhere.get(topic.slug) or topic.slug in flt.topics]


def with_month_headings(views: list[CallView], after: Cursor | None) -> list[tuple[CallView, str | None]]:
    """Each call with the month heading to open before it, if its month differs from the call before."""
    previous = f"{after.day:%B %Y}" if after and after.day else ("Date unknown" if after else None)
    items = []
    for view in views:
        label = month_label(view)
        items.append((view, label if label != previous else None))
        previous = label
    return items


@router.get("/calls/{slug}", response_class=HTMLResponse, responses=page_responses(redirect=301))
def call_page(slug: PathName, request: Request, session: SessionDep) -> HTMLResponse:
    """One call: when, who, what each side said, and where the sources' accounts differ."""
    view = get_call(session, slug)
    if view is None:
        current = redirect_for(session, slug)
        if current:
            return RedirectResponse(urls.call_url(current), status_code=301)
        if (gone := not_a_call_page(request, session, slug)) is not None:
            return gone
        raise HTTPException(404, f"There is no call at /calls/{slug}. It may have been mistyped; "
                                 "the timeline lists every call.")
    previous, following = neighbours(session, view.call)
    index = SentenceIndex([source for source, _ in view.sources])
    return finish_call_page(request, render(request, "call.html", {
        "view": view, "previous": previous, "following": following,
        "comparison": compare_accounts(view, reported_dates(session, view.call.id), index),
        "sides": said_by_side(view, index), "topic_labels": {topic.slug: topic.label for topic in view.topics},
        "source_names": source_labels([source for source, _ in view.sources]),
        **curation_context(request, session, view),
    }, path=urls.call_url(view.call.slug)))


@router.get("/sources/{source_id}", response_class=HTMLResponse, responses=page_responses())
def source_page(source_id: PathName, request: Request, session: SessionDep,
                hl: Annotated[int | None, Query(ge=0, le=MAX_OFFSET, description="A character offset: the sentence "
                                                                                 "there is highlighted.")] = None,
                ) -> HTMLResponse:
    """A source, sentence by sentence, with the sentences that support a call marked."""
    source = get_source(session, source_id)
    if source is None:
        raise HTTPException(404, f"There is no source {source_id!r}. Sources are linked from each call page.")
    sentences = source_sentences(session, source)
    calls = calls_citing_source(session, source_id)
    cited: dict[int, dict[int, CallView]] = {}  # sentence start -> the calls it supports, by call id
    for view in calls:
        for item in [*view.positions, *view.evidence]:
            if item.source_id == source_id:
                cited.setdefault(item.start, {})[view.call.id] = view
    paragraphs: list[list] = []
    last_end = -1
    for sentence in sentences:
        if not paragraphs or "\n" in source.text[last_end:sentence.start]:
            paragraphs.append([])
        supports = {key: v for start, views in cited.items() if sentence.start <= start < sentence.end
                    for key, v in views.items()}
        paragraphs[-1].append((sentence, list(supports.values())))
        last_end = sentence.end
    return render(request, "source.html", {"source": source, "name": source_label(source), "paragraphs": paragraphs,
                                           "highlight": hl, "calls": calls, "section": "Sources"},
                  path=urls.source_url(source_id))
