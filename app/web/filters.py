"""Read a timeline filter from a URL's query string, with messages people can act on."""

from datetime import date

from fastapi import HTTPException, Request

from app.queries import CallFilter


def parse_filter(request: Request) -> CallFilter:
    params = request.query_params
    return CallFilter(
        topics=tuple(dict.fromkeys(t for t in params.getlist("topic") if t)),
        leader=params.get("leader") or None,
        with_leader=params.get("with") or None,
        start=_day(params.get("from"), "from"),
        end=_day(params.get("to"), "to"),
        text=(params.get("q") or "").strip()[:200] or None,
    )


def _day(value: str | None, name: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise HTTPException(400, f"'{name}' must be a date written YYYY-MM-DD, not {value[:40]!r}") from None
