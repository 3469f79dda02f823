"""Every URL the explorer links to is built here, so links and permalinks stay consistent."""

from functools import lru_cache
from urllib.parse import quote, urlencode, urlsplit

from app.queries import CallFilter, Cursor
from app.settings import get_settings

EXPORT_FORMATS = {"json": "JSON", "csv": "CSV", "atom": "Atom feed", "ics": "Calendar"}


def call_url(slug: str) -> str:
    return f"/calls/{quote(slug)}"


def source_url(source_id: str, *, start: int | None = None) -> str:
    """A source page; with a character offset, the sentence there is highlighted and scrolled to."""
    base = f"/sources/{quote(source_id)}"
    return base if start is None else f"{base}?hl={start}#c-{start}"


def topic_url(slug: str) -> str:
    return f"/topics/{quote(slug)}"


def leader_url(slug: str) -> str:
    return f"/leaders/{quote(slug)}"


TOPICS = "/topics"
LEADERS = "/leaders"
SOURCES = "/sources"


def sources_url(page: int = 1) -> str:
    return SOURCES if page <= 1 else f"{SOURCES}?page={page}"


def api_call_url(slug: str) -> str:
    return f"/api/calls/{quote(slug)}"


def filter_query(flt: CallFilter, **changes: object) -> str:
    """The query string of a timeline view, with some filters changed (None removes one)."""
    values: dict[str, object] = {
        "topic": list(flt.topics), "leader": flt.leader, "with": flt.with_leader,
        "from": flt.start.isoformat() if flt.start else None, "to": flt.end.isoformat() if flt.end else None,
        "q": flt.text,
    }
    values.update({"with" if key == "with_leader" else key: value for key, value in changes.items()})
    pairs = []
    for key, value in values.items():
        for item in value if isinstance(value, (list, tuple)) else [value]:
            if item not in (None, ""):
                pairs.append((key, str(item)))
    return urlencode(pairs)


def timeline_url(flt: CallFilter = CallFilter(), **changes: object) -> str:
    query = filter_query(flt, **changes)
    return "/" + (f"?{query}" if query else "")


@lru_cache(maxsize=4096)  # every topic chip of every card of a page asks it
def with_topic(flt: CallFilter, slug: str) -> str:
    """The view narrowed to one more topic (or unchanged if it is already chosen)."""
    return timeline_url(flt, topic=list(dict.fromkeys([*flt.topics, slug])))


def without_topic(flt: CallFilter, slug: str) -> str:
    return timeline_url(flt, topic=[t for t in flt.topics if t != slug])


def older_url(flt: CallFilter, cursor: Cursor) -> str:
    """The next page of a timeline view, for the "older calls" link and infinite scroll."""
    return _with_after("/", flt, cursor)


def pair_url(leader: str, other: str) -> str:
    return timeline_url(CallFilter(leader=leader, with_leader=other))


def _with_after(path: str, flt: CallFilter, after: Cursor | None) -> str:
    query = "&".join(part for part in (filter_query(flt), urlencode({"after": after.token}) if after else "") if part)
    return path + (f"?{query}" if query else "")


def export_url(flt: CallFilter, fmt: str, *, after: Cursor | None = None) -> str:
    """An export of a view; with a marker, the part of it after that call (the `next` link of a capped export)."""
    return _with_after(f"/calls.{fmt}", flt, after)


def api_calls_url(flt: CallFilter, *, after: Cursor | None = None, limit: int | None = None) -> str:
    url = _with_after("/api/calls", flt, after)
    return url + (("&" if "?" in url else "?") + f"limit={limit}" if limit else "")


def safe_link(url: str | None) -> str | None:
    """A source's own address, only when it is a web address: `javascript:` and the like are never made links."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme
    except ValueError:  # e.g. a malformed IPv6 host
        return None
    return url.strip() if scheme.lower() in ("http", "https") else None


def base_url() -> str:
    """The configured public address without a trailing slash, or "" when the site links relatively."""
    return (get_settings().base_url or "").rstrip("/")


def public(path: str) -> str | None:
    """The absolute URL of a path, only when HOTLINE_BASE_URL says where the site lives (never from Host)."""
    base = base_url()
    return base + path if base else None


def canonical(path: str) -> str:
    """The canonical link of a page: absolute with a base URL, otherwise the path itself."""
    return base_url() + path
