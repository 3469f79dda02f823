"""Find the call a correction names, in a database that may have re-merged or been rebuilt since."""

from __future__ import annotations

from collections import Counter

from sqlmodel import Session, select

from app.models import Call, CallSource, SlugRedirect


def call_sources(session: Session, call_id: int) -> list[str]:
    return sorted(session.exec(select(CallSource.source_id).where(CallSource.call_id == call_id)).all())


def by_slug(session: Session, slug: str) -> Call | None:
    """The call with this permalink now, or the one an old permalink of it redirects to."""
    call = session.exec(select(Call).where(Call.slug == slug)).first()
    if call is not None:
        return call
    redirect = session.get(SlugRedirect, slug)
    return session.get(Call, redirect.call_id) if redirect is not None else None


def resolve(session: Session, slug: str, sources: list[str]) -> Call | None:
    """The call a correction means: its permalink if that call still holds one of its sources, else the call
    holding most of them (a changed date changes a permalink; a rebuilt database may number calls anew).

    None when neither the permalink nor any of the sources leads to a call: the correction is stale.
    """
    call = by_slug(session, slug)
    if call is not None and (not sources or set(sources) & set(call_sources(session, call.id))):
        return call
    if not sources:
        return None
    holders = Counter(session.exec(select(CallSource.call_id).where(CallSource.source_id.in_(sources))).all())
    if not holders:
        return None
    best = max(holders.values())
    return session.get(Call, min(call_id for call_id, count in holders.items() if count == best))
