"""Atom and iCalendar renderings of a timeline view, built from the same public shape as the JSON export."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta, timezone
from xml.etree import ElementTree as ET

from app.queries import CallView
from app.web import urls
from app.web.templating import describe_call_date, kind_label

ATOM = "http://www.w3.org/2005/Atom"


def call_title(view: CallView) -> str:
    return f"{view.names}: {kind_label(view.call)}, {describe_call_date(view.call)}"


def atom_feed(views: list[CallView], *, base_url: str, self_path: str, title: str) -> bytes:
    """An Atom 1.0 feed, newest call first; each entry links to the call's permalink.

    With no base URL the links are relative (a reader resolves them against the feed's own address) and the
    ids, which must be absolute, are URNs of the call slugs, stable wherever the site is served.
    """
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    updated = max((view.call.updated_at for view in views), default=datetime(2000, 1, 1, tzinfo=timezone.utc))
    _text(feed, "id", base_url + self_path if base_url else f"urn:hotline:feed:{self_path}")
    _text(feed, "title", title)
    _text(feed, "updated", _stamp(updated))
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=base_url + self_path)
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", type="text/html",
                  href=base_url + self_path.replace("/calls.atom", "/", 1))
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    _text(author, "name", "Hotline")
    for view in views:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        link = base_url + urls.call_url(view.call.slug)
        _text(entry, "id", link if base_url else f"urn:hotline:call:{view.call.slug}")
        _text(entry, "title", call_title(view))
        _text(entry, "updated", _stamp(view.call.updated_at))
        ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", type="text/html", href=link)
        for topic in view.topics:
            ET.SubElement(entry, f"{{{ATOM}}}category", term=topic.slug, label=topic.label)
        _text(entry, "summary", view.call.summary or call_title(view))
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def _text(parent: ET.Element, tag: str, value: str) -> None:
    ET.SubElement(parent, f"{{{ATOM}}}{tag}").text = value


def _stamp(moment: datetime) -> str:
    if moment.tzinfo is None:  # SQLite hands back naive datetimes; they were written in UTC
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def icalendar(views: Iterable[CallView], *, base_url: str) -> str:
    """An RFC 5545 calendar with one all-day event per dated call; undated calls are left out, never guessed.

    URL must be absolute in a calendar, so an event carries one only when the base URL is configured.
    """
    now = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Hotline//Leader calls//EN", "CALSCALE:GREGORIAN",
             "X-WR-CALNAME:Hotline calls"]
    for view in views:
        day = view.call.date
        if day is None:
            continue
        lines += ["BEGIN:VEVENT", f"UID:{view.call.slug}@hotline", f"DTSTAMP:{now}",
                  f"DTSTART;VALUE=DATE:{day:%Y%m%d}", f"DTEND;VALUE=DATE:{day + timedelta(days=1):%Y%m%d}",
                  f"SUMMARY:{_escape(call_title(view))}", f"DESCRIPTION:{_escape(view.call.summary)}"]
        if base_url:
            lines.append(f"URL:{base_url}{urls.call_url(view.call.slug)}")
        if view.topics:
            lines.append("CATEGORIES:" + ",".join(_escape(topic.label) for topic in view.topics))
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)


def _escape(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def _fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space (RFC 5545, 3.1)."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts, current = [], b""
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > (75 if not parts else 74):
            parts.append(current.decode("utf-8"))
            current = b""
        current += encoded
    parts.append(current.decode("utf-8"))
    return "\r\n ".join(parts)
