"""Jinja environment for the explorer: templates, URL helpers and small formatting filters."""

from __future__ import annotations

from calendar import day_name
from datetime import date

from fastapi import Request
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from app import TEMPLATES_DIR
from app.ingest.sentences import split_sentences
from app.models import Call, Leader
from app.queries import CallView
from app.web import urls
from app.web.naming import minutes, source_label

templates = Jinja2Templates(directory=str(TEMPLATES_DIR))


def describe_call_date(call: Call) -> str:
    if call.date:
        return f"{day_name[call.date.weekday()]}, {call.date:%-d %B %Y}"
    if call.date_earliest and call.date_latest:
        return f"between {call.date_earliest:%-d %b %Y} and {call.date_latest:%-d %b %Y}"
    if call.weekday is not None:
        return f"date unknown — a {day_name[call.weekday]}"
    return "date unknown"


def short_date(call: Call) -> str:
    """The date column of the timeline: "Mon 18", or the weekday alone when the day is unknown."""
    if call.date:
        return f"{call.date:%a %-d}"
    if call.weekday is not None:
        return day_name[call.weekday][:3]
    return "?"


def describe_gap(view: CallView) -> str:
    """How long the same leaders had gone without a call ("first call in 33 days")."""
    if not view.call.date:
        return ""
    if view.previous_day is None:
        return "first call between them on record"
    days = (view.call.date - view.previous_day).days
    if days == 0:
        return "second call that day"
    return f"first call in {days} day{'s' if days != 1 else ''}"


def leader_label(leader: Leader) -> str:
    return f"{leader.name} ({leader.country})" if leader.country else leader.name


def kind_label(call: Call) -> str:
    return "video call" if call.kind == "video-call" else "phone call"


def sentence_bounds(text: str, offset: int) -> tuple[int, int] | None:
    """The start and end of the sentence of `text` holding the character at `offset`."""
    for sentence in split_sentences(text):
        if sentence.start <= offset < sentence.end:
            return sentence.start, sentence.end
    return None


def is_htmx_fragment(request: Request) -> bool:
    """An htmx swap wants the fragment; a history restore wants the whole page."""
    return request.headers.get("HX-Request") == "true" and request.headers.get("HX-History-Restore-Request") != "true"


def iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def leader_options(leaders: list[Leader], selected: str | None) -> Markup:
    """The <option>s of a leader menu, one selected: written here because a template loop over a few hundred
    leaders, twice a page, was a tenth of a timeline page's time."""
    return Markup("".join(f'<option value="{escape(leader.id)}"{" selected" if leader.id == selected else ""}>'
                          f'{escape(leader.name)}</option>' for leader in leaders))


templates.env.globals.update(urls=urls, describe_call_date=describe_call_date, leader_label=leader_label)
templates.env.filters.update(call_date=describe_call_date, short_date=short_date, gap=describe_gap,
                             kind=kind_label, iso=iso, duration=minutes, leader_options=leader_options,
                             source_name=source_label)
