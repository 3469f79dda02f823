"""Search results show why they matched: the sentence that holds the words, with the words marked."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.queries import MIN_PART, CallView, search_terms
from app.web.naming import source_labels
from app.web.statements import SentenceIndex

_SEPARATOR = r"[-‐‑\s'’]?"
_SUFFIX = re.compile(r"(?:ing|ed|es|s)$")  # what stemming ignores: "hostages" finds "hostage"
MAX_TRIES = 40  # matches looked at per source: a common word need not be chased through a long article


@dataclass(frozen=True)
class Snippet:
    """A sentence split into runs of text, each marked when it matched a search term."""

    parts: list[tuple[str, bool]]
    source_id: str
    source_name: str
    start: int


def term_pattern(parts: tuple[str, ...]) -> str:
    """A regex for one term in any spelling: "cease-fire", "cease fire" and "ceasefire" alike, as a prefix."""
    parts = (*parts[:-1], _stem(parts[-1]))
    if len(parts) > 1:
        return r"\b" + _SEPARATOR.join(re.escape(part) for part in parts) + r"\w*"
    word = parts[0]
    splits = range(MIN_PART, len(word) - MIN_PART + 1)
    return r"\b" + "".join((_SEPARATOR if i in splits else "") + re.escape(ch) for i, ch in enumerate(word)) + r"\w*"


def _stem(word: str) -> str:
    stem = _SUFFIX.sub("", word)
    return stem if len(stem) >= 4 else word


def search_pattern(needle: str) -> re.Pattern[str] | None:
    """Every term of a search, and every two adjacent words joined ("cease fire" also marks "ceasefire")."""
    terms = search_terms(needle)
    if not terms:
        return None
    pieces = [term_pattern(term) for term in terms]
    pieces += [term_pattern(a + b) for a, b in zip(terms, terms[1:]) if len(a) == len(b) == 1]
    return re.compile("|".join(sorted(pieces, key=len, reverse=True)), re.IGNORECASE)


def mark(text: str, pattern: re.Pattern[str]) -> list[tuple[str, bool]]:
    parts, last = [], 0
    for found in pattern.finditer(text):
        if found.start() > last:
            parts.append((text[last:found.start()], False))
        if found.end() > found.start():
            parts.append((found.group(), True))
        last = max(last, found.end())
    if last < len(text):
        parts.append((text[last:], False))
    return parts


def find_snippet(view: CallView, pattern: re.Pattern[str], index: SentenceIndex) -> Snippet | None:
    """The sentence of the call's sources that matches most terms (the first such), marked."""
    best: tuple[int, Snippet] | None = None
    names = source_labels([source for source, _ in view.sources])
    for source, _ in view.sources:
        for tries, found in enumerate(pattern.finditer(source.text)):
            if tries == MAX_TRIES:
                break
            start, sentence = index.sentence(source.id, found.start(), found.end())
            distinct = len({m.group().lower() for m in pattern.finditer(sentence)})
            if best is None or distinct > best[0]:
                best = (distinct, Snippet(mark(sentence, pattern), source.id, names[source.id], start))
    return best[1] if best else None


def find_snippets(views: list[CallView], needle: str) -> dict[int, Snippet]:
    """For each call of a search result, the sentence that matched."""
    pattern = search_pattern(needle)
    if pattern is None:
        return {}
    found = {}
    for view in views:
        snippet = find_snippet(view, pattern, SentenceIndex([source for source, _ in view.sources]))
        if snippet:
            found[view.call.id] = snippet
    return found
