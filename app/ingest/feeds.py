"""Read an RSS or Atom feed with feedparser: the articles it links to, with the facts it gives for each."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from urllib.parse import urldefrag, urljoin


class FeedError(ValueError):
    """The content is not an RSS or Atom feed."""


@dataclass(frozen=True)
class FeedEntry:
    url: str
    title: str | None
    published: date | None


@dataclass(frozen=True)
class Feed:
    title: str | None
    entries: list[FeedEntry]  # each linked article once, in the feed's order


def read_feed(content: bytes, *, address: str | None = None) -> Feed:
    """The feed's entries; relative links are resolved against `address`, where the feed came from."""
    import feedparser  # imported here: only feed ingests need it

    # Always bytes: given a string, feedparser would fetch a URL or open a file itself.
    parsed = feedparser.parse(bytes(content), response_headers={"content-location": address or ""})
    if not parsed.get("version"):
        reason = parsed.get("bozo_exception")
        raise FeedError("not an RSS or Atom feed" + (f" ({reason})" if reason else ""))
    entries: list[FeedEntry] = []
    seen: set[str] = set()
    for entry in parsed.entries:
        link = (entry.get("link") or "").strip()
        if not link:
            continue
        link = urldefrag(urljoin(address or "", link)).url
        if link in seen:
            continue
        seen.add(link)
        entries.append(FeedEntry(link, _text(entry.get("title")), _day(entry)))
    return Feed(_text(parsed.feed.get("title")), entries)


def _day(entry: dict) -> date | None:
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    try:
        return date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday) if stamp else None
    except ValueError:
        return None


def _text(value: object) -> str | None:
    return " ".join(str(value).split()) or None if value else None
