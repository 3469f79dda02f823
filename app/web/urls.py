"""Every URL the explorer links to is built here, so links and permalinks stay consistent."""

from urllib.parse import urlencode

from app.queries import CallFilter


def call_url(slug: str) -> str:
    return f"/calls/{slug}"


def source_url(source_id: str, *, start: int | None = None) -> str:
    return f"/sources/{source_id}" + (f"?hl={start}#c-{start}" if start is not None else "")


def topic_url(slug: str) -> str:
    return f"/topics/{slug}"


def leader_url(slug: str) -> str:
    return f"/leaders/{slug}"


def filter_query(flt: CallFilter, **changes: object) -> str:
    """The query string of a timeline view, with some filters changed (None removes one)."""
    values: dict[str, object] = {
        "topic": list(flt.topics), "leader": flt.leader, "with": flt.with_leader,
        "from": flt.start.isoformat() if flt.start else None, "to": flt.end.isoformat() if flt.end else None,
        "q": flt.text,
    }
    values.update(changes)
    pairs = []
    for key, value in values.items():
        for item in value if isinstance(value, list) else [value]:
            if item not in (None, ""):
                pairs.append((key, str(item)))
    return urlencode(pairs)


def timeline_url(flt: CallFilter, **changes: object) -> str:
    query = filter_query(flt, **changes)
    return "/" + (f"?{query}" if query else "")
