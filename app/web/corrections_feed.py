"""/corrections.atom: the latest corrections curators made, newest first, each linking to its call."""

from __future__ import annotations

from datetime import datetime, timezone
from xml.etree import ElementTree as ET

from fastapi import APIRouter
from fastapi.responses import Response
from sqlmodel import Session, select

from app.corrections.marks import mark_of
from app.corrections.rows import stamp
from app.web.session import SessionDep
from app.models import Call, Correction
from app.web import urls
from app.web.feeds import ATOM, xml_text

router = APIRouter(tags=["exports"])

FEED_PATH = "/corrections.atom"
FEED_SIZE = 50


class AtomResponse(Response):
    media_type = "application/atom+xml"


@router.get(FEED_PATH, response_class=AtomResponse)
def corrections_atom(session: SessionDep) -> AtomResponse:
    """The newest corrections as an Atom feed: what changed, the value extraction gave, who, when and why."""
    return AtomResponse(corrections_feed(session, base_url=urls.base_url()))


def corrections_feed(session: Session, *, base_url: str) -> bytes:
    rows = session.exec(select(Correction).where(Correction.status != "superseded")
                        .order_by(Correction.created_at.desc(), Correction.id.desc()).limit(FEED_SIZE)).all()
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    newest = rows[0].created_at if rows else datetime(2000, 1, 1, tzinfo=timezone.utc)
    _text(feed, "id", base_url + FEED_PATH if base_url else f"urn:hotline:feed:{FEED_PATH}")
    _text(feed, "title", "Hotline: corrections")
    _text(feed, "updated", stamp(newest))
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=xml_text(base_url + FEED_PATH))
    _text(ET.SubElement(feed, f"{{{ATOM}}}author"), "name", "Hotline curators")
    for correction in rows:
        mark = mark_of(correction)
        call = session.get(Call, correction.call_id) if correction.call_id else None
        link = base_url + urls.call_url(call.slug if call else correction.call_slug)
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        _text(entry, "id", f"urn:hotline:correction:{correction.id}:{stamp(correction.created_at)}")
        _text(entry, "title", f"{correction.call_slug}: {mark.label}" + (f" — {mark.value}" if mark.value else ""))
        _text(entry, "updated", stamp(correction.created_at))
        _text(ET.SubElement(entry, f"{{{ATOM}}}author"), "name", correction.author)
        ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", type="text/html", href=xml_text(link))
        summary = f"{mark.label.capitalize()}: {correction.why}"
        if correction.extracted:
            summary += f" (extracted: {correction.extracted})"
        if correction.status == "stale":
            summary += f" — stale: {correction.note}"
        _text(entry, "summary", summary)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def _text(parent: ET.Element, tag: str, value: str) -> None:
    ET.SubElement(parent, f"{{{ATOM}}}{tag}").text = xml_text(value)
