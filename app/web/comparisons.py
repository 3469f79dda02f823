"""Accounts compared: where the sources of one call disagree on its length, its topics or what was said."""

from __future__ import annotations

from dataclasses import dataclass

from app.models import Source
from app.queries import CallView
from app.web.templating import sentence_bounds


@dataclass(frozen=True)
class Side:
    """What one source says on the point, and the sentence that says it (None when it is silent)."""

    source: Source
    says: str
    start: int | None = None
    quote: str | None = None


@dataclass(frozen=True)
class Difference:
    kind: str  # duration, topic or position
    headline: str
    sides: list[Side]


def source_name(source: Source) -> str:
    return source.outlet or source.title or source.origin


def compare_accounts(view: CallView) -> list[Difference]:
    """Plain statements of disagreement; empty when the call has a single source or all agree."""
    accounts = [(source, account) for source, account in view.sources if not account.passing]
    if len(accounts) < 2:
        return []
    return _durations(accounts) + _topics(view, accounts) + _positions(view, accounts)


def _durations(accounts: list) -> list[Difference]:
    stated = [(source, account) for source, account in accounts if account.duration_minutes]
    if len({account.duration_minutes for _, account in stated}) < 2:
        return []
    sides = []
    for source, account in stated:
        found = source.text.find(account.duration_text or "")
        bounds = sentence_bounds(source.text, found) if account.duration_text and found >= 0 else None
        sides.append(Side(source, f"says it lasted {account.duration_text or f'{account.duration_minutes} minutes'}",
                          bounds[0] if bounds else None, source.text[bounds[0]:bounds[1]] if bounds else None))
    lengths = " and ".join(sorted({str(a.duration_minutes) for _, a in stated}, key=int))
    return [Difference("duration", f"The sources disagree on how long the call lasted: {lengths} minutes.", sides)]


def _topics(view: CallView, accounts: list) -> list[Difference]:
    differences = []
    for topic in view.topics:
        quotes: dict[str, tuple[int, int]] = {}
        for item in view.evidence:
            if item.topic_slug == topic.slug:
                quotes.setdefault(item.source_id, (item.start, item.end))
        for position in view.positions:
            if position.topic_slug == topic.slug:
                quotes.setdefault(position.source_id, (position.start, position.end))
        mentioning = [source for source, _ in accounts if source.id in quotes]
        if not mentioning or len(mentioning) == len(accounts):
            continue
        names = " and ".join(source_name(source) for source in mentioning)
        sides = [Side(source, f"mentions {topic.label}", quotes[source.id][0],
                      source.text[slice(*quotes[source.id])]) if source.id in quotes
                 else Side(source, f"does not mention {topic.label}") for source, _ in accounts]
        differences.append(Difference("topic", f"Only {names} mentions {topic.label}.", sides))
    return differences


def _positions(view: CallView, accounts: list) -> list[Difference]:
    people = {leader.id: leader.name for leader in view.participants + view.also_present}
    topics = {topic.slug: topic.label for topic in view.topics}
    said: dict[tuple[str, str | None], dict[str, object]] = {}
    for position in view.positions:
        said.setdefault((position.leader_id, position.topic_slug), {}).setdefault(position.source_id, position)
    differences = []
    for (leader_id, topic_slug), by_source in said.items():
        if len(by_source) == len(accounts):
            continue
        name = people.get(leader_id, leader_id)
        about = f" on {topics.get(topic_slug, topic_slug)}" if topic_slug else ""
        sides = []
        for source, _ in accounts:
            position = by_source.get(source.id)
            sides.append(Side(source, f"quotes {name}{about} ({position.stance})", position.start, position.text)
                         if position else Side(source, f"has nothing from {name}{about}"))
        names = " and ".join(source_name(source) for source, _ in accounts if source.id in by_source)
        differences.append(Difference("position", f"Only {names} records what {name} said{about}.", sides))
    return differences
