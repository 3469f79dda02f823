"""Words for pages: sources named by outlet or title (never by file name), lists and lengths in plain English."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from app.models import Source


def source_labels(sources: Sequence[Source]) -> dict[str, str]:
    """A short, distinct name for each source: its outlet, else its title; the date or title tells twins apart."""
    bases = {source.id: (source.outlet or source.title or "").strip() for source in sources}
    repeated = Counter(bases.values())
    labels: dict[str, str] = {}
    for n, source in enumerate(sources, start=1):
        base = bases[source.id]
        if not base:
            labels[source.id] = f"an untitled source{f' of {source.published:%-d %b %Y}' if source.published else ''}"
        elif repeated[base] == 1:
            labels[source.id] = base
        elif source.published:
            labels[source.id] = f"{base}, {source.published:%-d %b %Y}"
        else:
            labels[source.id] = f"{base} ({n})"
    if len(set(labels.values())) < len(labels):  # same outlet and same day: number them in order
        labels = {key: f"{label} ({n})" for n, (key, label) in enumerate(labels.items(), start=1)}
    return labels


def source_label(source: Source) -> str:
    return source_labels([source])[source.id]


def in_sentence(name: str) -> str:
    """A name as it reads inside a sentence: "The White House" -> "the White House"."""
    return "the " + name[4:] if name.startswith("The ") else name


def join_names(names: Iterable[str]) -> str:
    """"A", "A and B", "A, B and C"."""
    items = list(names)
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


def minutes(count: int) -> str:
    """A call's length in words: "50 minutes", "1 hour", "1 hour 20 minutes"."""
    hours, rest = divmod(count, 60)
    if not hours:
        return f"{rest} minute{'s' if rest != 1 else ''}"
    text = f"{hours} hour{'s' if hours != 1 else ''}"
    return f"{text} {rest} minute{'s' if rest != 1 else ''}" if rest else text
