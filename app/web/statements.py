"""What each side said: one entry per distinct statement, as a full sentence, under one leader only.

Extraction may cut a quote mid-sentence, report the same sentence from several sources, or file one sentence
under both leaders. Whatever it returns, the page shows each sentence whole, once, under one side.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.ingest.sentences import split_sentences
from app.models import Leader, Position, Source
from app.queries import CallView
from app.web.naming import source_labels

# "states" is what extraction says when it found a statement but no clear stance: it gets no chip.
UNCERTAIN_STANCE = "states"
_NOT_WORD = re.compile(r"[\W_]+")


@dataclass(frozen=True)
class Citation:
    """Where a statement is written: a source, its name and the start of the sentence in it."""

    source_id: str
    label: str
    start: int


@dataclass
class Statement:
    text: str  # the whole sentence, as the source has it
    key: str  # the sentence folded for comparison
    stances: set[str] = field(default_factory=set)
    topics: list[str] = field(default_factory=list)  # topic slugs, in the order first seen
    cited: list[Citation] = field(default_factory=list)  # the first source, then the "also in" ones
    leaders: list[str] = field(default_factory=list)  # who extraction filed it under, in order

    @property
    def stance(self) -> str | None:
        """The stance to show, only when extraction gave one clear stance other than "states"."""
        clear = self.stances - {UNCERTAIN_STANCE}
        return next(iter(clear)) if len(clear) == 1 else None

    @property
    def also(self) -> list[Citation]:
        return self.cited[1:]


@dataclass
class Side:
    """One leader's block; `leader` is None for sentences about both sides that name neither."""

    leader: Leader | None
    statements: list[Statement] = field(default_factory=list)

    @property
    def key(self) -> str:
        return self.leader.id if self.leader else "both"


class SentenceIndex:
    """The sentences of each source, split once per request."""

    def __init__(self, sources: list[Source]) -> None:
        self.sources = {source.id: source for source in sources}
        self._split: dict[str, list[tuple[int, int]]] = {}

    def sentence(self, source_id: str, start: int, end: int) -> tuple[int, str]:
        """The whole sentence (or run of sentences) holding text[start:end], and where it starts."""
        source = self.sources.get(source_id)
        if source is None:
            return start, ""
        bounds = self._split.get(source_id)
        if bounds is None:
            bounds = self._split[source_id] = [(s.start, s.end) for s in split_sentences(source.text)]
        first = next(((a, b) for a, b in bounds if a <= start < b), None)
        last = next(((a, b) for a, b in bounds if a < end <= b), None)
        begin = first[0] if first else start
        finish = max(last[1] if last else end, first[1] if first else end)
        return begin, source.text[begin:finish].strip()


def fold(text: str) -> str:
    """A sentence reduced to its words, so the same sentence in two articles compares equal."""
    return _NOT_WORD.sub(" ", text.lower()).strip()


def said_by_side(view: CallView, index: SentenceIndex | None = None) -> list[Side]:
    """One block per leader, one entry per distinct sentence; a sentence filed under several leaders goes to
    the one it names first, or to a block of its own when it names none of them."""
    index = index or SentenceIndex([source for source, _ in view.sources])
    labels = source_labels([source for source, _ in view.sources])
    people = view.participants + [p for p in view.also_present if any(x.leader_id == p.id for x in view.positions)]
    known = {leader.id: leader for leader in people}
    statements: dict[str, Statement] = {}
    for position in _in_source_order(view):
        if position.leader_id not in known:
            continue
        start, sentence = index.sentence(position.source_id, position.start, position.end)
        sentence = sentence or position.text.strip()
        key = fold(sentence)
        if not key:
            continue
        statement = statements.setdefault(key, Statement(sentence, key))
        statement.stances.add(position.stance)
        if position.topic_slug and position.topic_slug not in statement.topics:
            statement.topics.append(position.topic_slug)
        if all(c.source_id != position.source_id for c in statement.cited):
            statement.cited.append(Citation(position.source_id, labels.get(position.source_id, "the source"), start))
        if position.leader_id not in statement.leaders:
            statement.leaders.append(position.leader_id)
    sides = {leader.id: Side(leader) for leader in people}
    both = Side(None)
    for statement in statements.values():
        owner = statement.leaders[0] if len(statement.leaders) == 1 else _named_first(statement, known)
        (sides[owner] if owner else both).statements.append(statement)
    return [*sides.values(), *([both] if both.statements else [])]


def _in_source_order(view: CallView) -> list[Position]:
    order = {source.id: n for n, (source, _) in enumerate(view.sources)}
    return sorted(view.positions, key=lambda p: (order.get(p.source_id, len(order)), p.start, p.id or 0))


def _named_first(statement: Statement, known: dict[str, Leader]) -> str | None:
    """Of the leaders a sentence was filed under, the one whose name comes first in it."""
    text = statement.text.lower()
    found = []
    for leader_id in statement.leaders:
        leader = known[leader_id]
        names = {leader.name.lower(), leader.name.split()[-1].lower()}
        places = [m.start() for name in names for m in re.finditer(rf"\b{re.escape(name)}\b", text)]
        if places:
            found.append((min(places), leader_id))
    return min(found)[1] if found else None
