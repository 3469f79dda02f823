"""HTML pages and their htmx fragments."""

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from app.db import SessionDep
from app.queries import (
    all_leaders,
    all_topics,
    calls_citing_source,
    get_call,
    get_source,
    group_by_month,
    list_calls,
    redirect_for,
    topic_counts,
)
from app.web import urls
from app.web.filters import parse_filter
from app.web.templating import is_htmx_fragment, sentence_index, sentence_starts, templates

router = APIRouter()


@router.get("/", response_class=HTMLResponse)
def timeline(request: Request, session: SessionDep) -> HTMLResponse:
    flt = parse_filter(request)
    views = list_calls(session, flt)
    context = {"filter": flt, "groups": group_by_month(views), "count": len(views),
               "topics": all_topics(session), "counts": topic_counts(session, flt), "leaders": all_leaders(session)}
    template = "_results.html" if is_htmx_fragment(request) else "timeline.html"
    response = templates.TemplateResponse(request, template, context)
    response.headers["Vary"] = "HX-Request"
    return response


@router.get("/calls/{slug}", response_class=HTMLResponse)
def call_page(slug: str, request: Request, session: SessionDep) -> HTMLResponse:
    view = get_call(session, slug)
    if view is None:
        current = redirect_for(session, slug)
        if current:
            return RedirectResponse(urls.call_url(current), status_code=301)
        raise HTTPException(404, f"There is no call at /calls/{slug}. It may have been mistyped; "
                                 "the timeline lists every call.")
    starts = {source.id: sentence_starts(source.text) for source, _ in view.sources}
    anchors = {(p.source_id, p.start): sentence_index(starts[p.source_id], p.start)
               for p in view.positions if p.source_id in starts}
    return templates.TemplateResponse(request, "call.html", {"view": view, "anchors": anchors})


@router.get("/sources/{source_id}", response_class=HTMLResponse)
def source_page(source_id: str, request: Request, session: SessionDep, hl: int | None = None) -> HTMLResponse:
    source = get_source(session, source_id)
    if source is None:
        raise HTTPException(404, f"There is no source {source_id!r}.")
    from app.ingest.sentences import split_sentences

    calls = calls_citing_source(session, source_id)
    cited = {p.start for view in calls for p in view.positions if p.source_id == source_id}
    cited |= {e.start for view in calls for e in view.evidence if e.source_id == source_id}
    sentences = split_sentences(source.text)
    paragraphs: list[list] = []
    last_end = -1
    for sentence in sentences:
        if not paragraphs or "\n" in source.text[last_end:sentence.start]:
            paragraphs.append([])
        paragraphs[-1].append(sentence)
        last_end = sentence.end
    evidence = {i for i, s in enumerate(sentences) if any(s.start <= c < s.end for c in cited)}
    return templates.TemplateResponse(request, "source.html", {
        "source": source, "paragraphs": paragraphs, "evidence": evidence, "highlight": hl, "calls": calls})
