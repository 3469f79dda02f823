"""Atom and iCalendar renderings of a timeline view, built from the same public shape as the JSON export."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta, timezone
from xml.etree import ElementTree as ET

from app.queries import CallView
from app.web import urls
from app.web.templating import describe_call_date, kind_label

ATOM = "http://www.w3.org/2005/Atom"


def call_title(view: CallView) -> str:
    return f"{view.names}: {kind_label(view.call)}, {describe_call_date(view.call)}"


# Characters XML 1.0 does not allow at all, not even escaped (one of them in an article would make the feed
# ill-formed, and a feed reader would drop all of it), and the control characters it discourages.
_NOT_XML = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# Control characters (and the noncharacters U+FFFE, U+FFFF) have no place in an iCalendar TEXT value (RFC 5545,
# 3.3.11); line breaks are escaped.
_NOT_ICAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def xml_text(value: str) -> str:
    return _NOT_XML.sub("", value)


def atom_feed(views: list[CallView], *, base_url: str, self_path: str, title: str,
              next_path: str | None = None) -> bytes:
    """An Atom 1.0 feed, newest call first; each entry links to the call's permalink.

    With no base URL the links are relative (a reader resolves them against the feed's own address) and the
    ids, which must be absolute, are URNs of the call slugs, stable wherever the site is served. When older
    calls follow, a `next` link points to them (RFC 5005, paged feeds).
    """
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    updated = max((view.call.updated_at for view in views), default=datetime(2000, 1, 1, tzinfo=timezone.utc))
    _text(feed, "id", base_url + self_path if base_url else f"urn:hotline:feed:{self_path}")
    _text(feed, "title", title)
    _text(feed, "updated", _stamp(updated))
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=xml_text(base_url + self_path))
    if next_path:
        ET.SubElement(feed, f"{{{ATOM}}}link", rel="next", href=xml_text(base_url + next_path))
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", type="text/html",
                  href=xml_text(base_url + self_path.replace("/calls.atom", "/", 1)))
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    _text(author, "name", "Hotline")
    for view in views:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        link = base_url + urls.call_url(view.call.slug)
        _text(entry, "id", link if base_url else f"urn:hotline:call:{view.call.slug}")
        _text(entry, "title", call_title(view))
        _text(entry, "updated", _stamp(view.call.updated_at))
        ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", type="text/html", href=xml_text(link))
        for topic in view.topics:
            ET.SubElement(entry, f"{{{ATOM}}}category", term=xml_text(topic.slug), label=xml_text(topic.label))
        _text(entry, "summary", view.call.summary or call_title(view))
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def _text(parent: ET.Element, tag: str, value: str) -> None:
    ET.SubElement(parent, f"{{{ATOM}}}{tag}").text = xml_text(value)


def _stamp(moment: datetime) -> str:
    if moment.tzinfo is None:  # SQLite hands back naive datetimes; they were written in UTC
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def icalendar_chunks(batches: Iterable[list[CallView]], *, base_url: str) -> Iterable[str]:
    """An RFC 5545 calendar with one all-day event per dated call; undated calls are left out, never guessed.

    URL must be absolute in a calendar, so an event carries one only when the base URL is configured. A stored
    date of 9999-12-31 has no next day to end on: its event has no end, which for a DATE start means that one
    day (RFC 5545, 3.6.1).
    """
    now = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    yield _lines(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Hotline//Leader calls//EN", "CALSCALE:GREGORIAN",
                  "X-WR-CALNAME:Hotline calls"])
    for views in batches:
        lines: list[str] = []
        for view in views:
            day = view.call.date
            if day is None:
                continue
            lines += ["BEGIN:VEVENT", f"UID:{_escape(view.call.slug)}@hotline", f"DTSTAMP:{now}",
                      f"DTSTART;VALUE=DATE:{_ical_date(day)}",
                      *([f"DTEND;VALUE=DATE:{_ical_date(day + timedelta(days=1))}"] if day < date.max else []),
                      f"SUMMARY:{_escape(call_title(view))}", f"DESCRIPTION:{_escape(view.call.summary)}"]
            if base_url:
                lines.append(f"URL:{base_url}{urls.call_url(view.call.slug)}")
            if view.topics:
                lines.append("CATEGORIES:" + ",".join(_escape(topic.label) for topic in view.topics))
            lines.append("END:VEVENT")
        yield _lines(lines)
    yield _lines(["END:VCALENDAR"])


def _lines(lines: list[str]) -> str:
    return "".join(_fold(line) + "\r\n" for line in lines)


def _ical_date(day: date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"  # strftime("%Y") does not pad years before 1000


def _escape(value: str) -> str:
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return (_NOT_ICAL.sub("", value).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


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
