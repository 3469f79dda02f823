"""Curators' pages: sign in and out, correct a call from its page, bring back a call marked not a call.

Every route here writes, so each answers 404 when no curator token is configured, and 403 to anyone not
signed in or posting without the form's CSRF token. Forms are parsed from the urlencoded body directly: they
carry a few short fields, and the body is capped.
"""

from __future__ import annotations

from urllib.parse import parse_qsl

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import escape
from sqlmodel import Session, select
from starlette.concurrency import run_in_threadpool

from app.corrections.actions import PAST_TENSE, Action, CorrectionError
from app.corrections.record import Ask, record_correction
from app.web.session import SessionDep
from app.models import Correction, Leader, Topic
from app.queries import CallView
from app.web import urls
from app.web.curator_session import (
    csrf_nonce,
    csrf_ok,
    csrf_token,
    curation_enabled,
    current_curator,
    keep_nonce,
    sign_in,
    sign_out,
    token_matches,
)
from app.web.templating import is_htmx_fragment, templates

router = APIRouter(tags=["curation"], include_in_schema=False)

MAX_FORM_BYTES = 16_384
SIGN_IN = "/curate/sign-in"
NOT_ENABLED = "Curation is not enabled on this site: no curator token is configured."


async def _form(request: Request) -> dict[str, str]:
    """The posted fields; 403 without curation or a valid CSRF token, before anything else is looked at."""
    if not curation_enabled():
        raise HTTPException(404, NOT_ENABLED)
    body = await request.body()
    if len(body) > MAX_FORM_BYTES:
        raise HTTPException(413, "This form is larger than any curation form can be.")
    fields = dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
    if not csrf_ok(request, fields.get("csrf", "")):
        raise HTTPException(403, "This form has expired or did not come from this site: reload the page and send "
                                 "it again.")
    return fields


def _local(path: str) -> str:
    return path if path.startswith("/") and not path.startswith("//") and "\\" not in path else "/"


def with_nonce(request: Request, response: Response, nonce: str, new: bool) -> Response:
    if new:
        keep_nonce(response, request, nonce)
    response.headers["Cache-Control"] = "private, no-store"
    return response


@router.get(SIGN_IN, response_class=HTMLResponse)
def sign_in_page(request: Request, next: str = "/") -> Response:  # noqa: A002 - the query parameter's name
    """The curators' sign-in form."""
    if not curation_enabled():
        raise HTTPException(404, NOT_ENABLED)
    nonce, new = csrf_nonce(request)
    response = templates.TemplateResponse(request, "curate_sign_in.html", {
        "csrf": csrf_token(nonce), "next": _local(next), "curator": current_curator(request), "error": None})
    return with_nonce(request, response, nonce, new)


@router.post(SIGN_IN, response_class=HTMLResponse)
async def sign_in_post(request: Request) -> Response:
    fields = await _form(request)
    name = " ".join(fields.get("name", "").split())[:120]
    if not token_matches(fields.get("token", "")) or not name:
        nonce, new = csrf_nonce(request)
        response = templates.TemplateResponse(request, "curate_sign_in.html", {
            "csrf": csrf_token(nonce), "next": _local(fields.get("next", "/")), "curator": None,
            "error": "Give your name and the curator token; the token given is not the one configured."},
            status_code=403)
        return with_nonce(request, response, nonce, new)
    response = RedirectResponse(_local(fields.get("next", "/")), status_code=303)
    sign_in(response, request, name)
    return response


@router.post("/curate/sign-out")
async def sign_out_post(request: Request) -> Response:
    fields = await _form(request)
    response = RedirectResponse(_local(fields.get("next", "/")), status_code=303)
    sign_out(response)
    return response


@router.post("/calls/{slug}/corrections", response_class=HTMLResponse)
async def correct_call(slug: str, request: Request, session: SessionDep) -> Response:
    """Record a curator's correction of the call, then show the call page with it."""
    fields = await _form(request)
    curator = current_curator(request)
    if curator is None:
        raise HTTPException(403, "Only a signed-in curator can correct a call.")
    try:
        ask = Ask(Action(fields.get("action", "")), fields.get("argument", ""), why=fields.get("why", ""),
                  author=curator.name, to=fields.get("to", ""))
        correction = await run_in_threadpool(record_correction, session, slug, ask)  # writes: off the event loop
    except (CorrectionError, ValueError) as error:
        session.rollback()
        message = str(error) if isinstance(error, CorrectionError) else f"unknown action {fields.get('action')!r}"
        return _problem(request, f"Not corrected: {message}.")
    if correction.status == "stale":
        return _problem(request, f"Recorded, but it found nothing to act on: {correction.note}.")
    target = _landing(session, correction, slug)
    if is_htmx_fragment(request):
        return Response(status_code=204, headers={"HX-Redirect": target})
    return RedirectResponse(target, status_code=303)


def _landing(session: Session, correction: Correction, slug: str) -> str:
    """Where the curator sees the correction: the call, or the timeline when it is gone from it."""
    if correction.action == Action.not_a_call:
        return urls.call_url(slug)
    from app.corrections.anchor import by_slug

    call = by_slug(session, correction.call_slug)
    return urls.call_url(call.slug) if call is not None else "/"


def _problem(request: Request, message: str) -> HTMLResponse:
    if is_htmx_fragment(request):  # htmx swaps only a 2xx answer into the form's status line
        return HTMLResponse(f'<span class="form-status">{_escape(message)}</span>')
    return templates.TemplateResponse(request, "error.html", {"status": 400, "message": message}, status_code=400)


def _escape(text: str) -> str:
    return str(escape(text))


def curation_context(request: Request, session: Session, view: CallView) -> dict:
    """What the call page needs for its forms; nothing at all for a reader."""
    curator = current_curator(request)
    if curator is None:
        return {"curator": None, "curation_enabled": curation_enabled()}
    nonce, new = csrf_nonce(request)
    request.state.csrf_nonce = (nonce, new)
    return {
        "curator": curator, "csrf": csrf_token(nonce), "curation_enabled": True,
        "all_leaders": session.exec(select(Leader).order_by(Leader.name)).all(),
        "all_topic_rows": session.exec(select(Topic).order_by(Topic.label)).all(),
        "actions": Action, "past_tense": PAST_TENSE,
    }


def finish_call_page(request: Request, response: Response) -> Response:
    """A curator's page carries their CSRF cookie and is never cached."""
    nonce, new = getattr(request.state, "csrf_nonce", ("", False))
    if nonce:
        with_nonce(request, response, nonce, new)
    return response


def not_a_call_page(request: Request, session: Session, slug: str) -> HTMLResponse | None:
    """410 for a call curators marked not a call, saying when and why; a curator gets a form to restore it."""
    marked = session.exec(select(Correction).where(Correction.action == Action.not_a_call,
                                                   Correction.status == "applied", Correction.call_slug == slug)
                          .order_by(Correction.id.desc())).first()
    if marked is None:
        return None
    curator = current_curator(request)
    nonce, new = csrf_nonce(request)
    response = templates.TemplateResponse(request, "curate_not_a_call.html", {
        "slug": slug, "marked": marked, "curator": curator, "csrf": csrf_token(nonce) if curator else ""},
        status_code=410)
    return with_nonce(request, response, nonce, new and curator is not None)
