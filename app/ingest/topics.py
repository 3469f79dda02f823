"""Tag text with the topics it mentions, using the cue vocabulary in resources/topics.toml."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

# Topic, TopicSpec and the spec readers are re-exported: callers may import them from here.
from app.ingest.topic_specs import (
    DEFAULT_PATH,
    REGEX_FLAGS,
    Topic,
    TopicSpec,
    merge_specs,
    parse_specs,
    read_specs,
)

_FLAGS = REGEX_FLAGS
# A not_when phrase that covers a hit starts at most this far before it; it bounds the look-around.
_VETO_REACH = 200
# A cue never starts or ends inside a word: "Iran" is not found in "Irani", "aid" not in "aide".
_OPEN, _CLOSE = r"(?<!\w)", r"(?!\w)"
_DASHES = "-\u2010\u2011\u2012\u2013\u2014"


@dataclass(frozen=True)
class TopicHit:
    """Where a topic's cue was found in a text (offsets into that text)."""

    slug: str
    start: int
    end: int
    cue: str  # the cue or pattern as written in the vocabulary file


@dataclass(frozen=True)
class CountryNames:
    """A topic named after a country (iran, taiwan...): which of its cues only name that country.

    On a call that country's leader is on, such a name counts only in a sentence that also has one
    of the context words (its nuclear programme, its attacks); call_topics.py applies the rule.
    """

    country: str  # ISO 3166-1 alpha-2, as leaders.toml writes it
    names: frozenset[str]  # cues as written in the vocabulary, compared with TopicHit.cue
    context: re.Pattern[str] | None = None

    def bare(self, hit: TopicHit, text: str) -> bool:
        """Whether this hit only names the country, with nothing in `text` about the topic itself."""
        return hit.cue in self.names and (self.context is None or self.context.search(text) is None)


@dataclass(frozen=True)
class CallCues:
    """A topic's cues that count only on a call about it: "the war" on a call that names Ukraine and no other war."""

    cues: re.Pattern[str]
    about: re.Pattern[str]  # one of these must be named in the call's sentences
    not_about: re.Pattern[str] | None = None  # and none of these

    def about_the_call(self, texts: Iterable[str]) -> bool:
        texts = list(texts)
        return any(self.about.search(text) for text in texts) and (
            self.not_about is None or not any(self.not_about.search(text) for text in texts))


@dataclass(frozen=True)
class _Alternative:
    """One branch of the combined matcher: a cue or pattern and the topics it stands for."""

    slugs: tuple[str, ...]
    cue: str


@dataclass(frozen=True)
class _PatternGroup:
    """Patterns that can start with one letter; the combined matcher only says one of them matches here."""

    source: str  # its regex: group n matches alternatives[n - 1]
    alternatives: tuple[_Alternative, ...]

    @cached_property
    def regex(self) -> re.Pattern[str]:
        # Compiled when first needed: all of them up front cost about 0.15 s at the start of every ingest and of
        # every worker, and a short ingest needs few of them.
        return re.compile(self.source, _FLAGS)


@dataclass(frozen=True)
class TopicVocabulary:
    """The known topics and one compiled matcher that finds all their cues in a single pass."""

    topics: tuple[Topic, ...]
    _matcher: re.Pattern[str] = field(repr=False, compare=False)
    _branches: tuple[_Alternative | _PatternGroup, ...] = field(repr=False, compare=False)  # by group - 1
    _vetoes: Mapping[str, re.Pattern[str]] = field(repr=False, compare=False)
    countries: Mapping[str, CountryNames] = field(default_factory=dict, repr=False, compare=False)  # by slug
    call_cues: Mapping[str, CallCues] = field(default_factory=dict, repr=False, compare=False)  # by slug

    def find(self, text: str) -> list[TopicHit]:
        """All topic hits in reading order; hits of one topic never overlap, and not_when is honoured."""
        hits: list[TopicHit] = []
        last_end: dict[str, int] = {}
        pos = 0
        # Searching again from just after each hit's start, not its end, finds a cue of one topic
        # that begins inside another topic's cue.
        while (match := self._matcher.search(text, pos)) is not None:
            start, end = match.span()
            alternative = self._branches[(match.lastindex or 1) - 1]
            if isinstance(alternative, _PatternGroup):
                found = alternative.regex.match(text, start)  # the matcher has just checked they match
                if found is None:
                    pos = start + 1
                    continue
                alternative, end = alternative.alternatives[(found.lastindex or 1) - 1], found.end()
            for slug in alternative.slugs:
                if start < last_end.get(slug, -1) or self.vetoed(slug, text, start, end):
                    continue
                hits.append(TopicHit(slug, start, end, alternative.cue))
                last_end[slug] = end
            pos = start + 1
        return hits

    def slugs_in(self, text: str) -> set[str]:
        """The slugs of every topic mentioned in the text."""
        return {hit.slug for hit in self.find(text)}

    def get(self, slug: str) -> Topic | None:
        return next((topic for topic in self.topics if topic.slug == slug), None)

    def vetoed(self, slug: str, text: str, start: int, end: int) -> bool:
        """Whether text[start:end] lies inside one of the topic's not_when phrases."""
        veto = self._vetoes.get(slug)
        if veto is None:
            return False
        pos, stop = max(0, start - _VETO_REACH), min(len(text), end + _VETO_REACH)
        while (match := veto.search(text, pos, stop)) is not None and match.start() <= start:
            if match.end() >= end:
                return True
            pos = match.start() + 1
        return False


def load_vocabulary(path: Path | None = None, *, extra: Path | None = None) -> TopicVocabulary:
    """The bundled vocabulary (or the one at `path`), with a user's `extra` file merged over it.

    An entry in `extra` with a slug that already exists replaces that topic whole; a new slug adds one.
    Raises ValueError naming the file and the entry when a file is unreadable or malformed.
    """
    if path is None and extra is None:
        return _default_vocabulary()
    specs = read_specs(path or DEFAULT_PATH)
    if extra is not None:
        specs = merge_specs(specs, read_specs(extra))
    return build_vocabulary(specs)


@lru_cache(maxsize=1)
def _default_vocabulary() -> TopicVocabulary:
    return build_vocabulary(read_specs(DEFAULT_PATH))


def build_vocabulary(specs: Iterable[TopicSpec]) -> TopicVocabulary:
    """Compile checked specs into one matcher. A cue listed under two topics counts for both."""
    specs = tuple(specs)
    cues: dict[str, tuple[tuple[str, ...], list[str]]] = {}  # as written -> (regex tokens, slugs)
    patterns: dict[str, list[str]] = {}  # as written -> slugs
    for spec in specs:
        for cue in spec.cues + spec.names:
            cues.setdefault(cue, (cue_tokens(cue), []))[1].append(spec.topic.slug)
        for pattern in spec.patterns:
            patterns.setdefault(pattern, []).append(spec.topic.slug)
    matcher, branches = _combine(
        [(pattern, _Alternative(tuple(dict.fromkeys(slugs)), pattern)) for pattern, slugs in patterns.items()],
        [(tokens, _Alternative(tuple(dict.fromkeys(slugs)), cue)) for cue, (tokens, slugs) in cues.items()])
    vetoes: dict[str, re.Pattern[str]] = {}
    countries: dict[str, CountryNames] = {}
    call_cues: dict[str, CallCues] = {}
    for spec in specs:
        veto = _any_of([cue_regex(phrase) for phrase in spec.not_when] + list(spec.not_when_patterns))
        if veto is not None:
            vetoes[spec.topic.slug] = veto
        if spec.country is not None:
            context = _any_of([cue_regex(phrase) for phrase in spec.name_context])
            countries[spec.topic.slug] = CountryNames(spec.country, frozenset(spec.names), context)
        on_call, about = _any_of([cue_regex(cue) for cue in spec.call_cues]), _any_of(
            [cue_regex(phrase) for phrase in spec.call_about])
        if on_call is not None and about is not None:
            call_cues[spec.topic.slug] = CallCues(on_call, about,
                                                  _any_of([cue_regex(phrase) for phrase in spec.call_not_about]))
    return TopicVocabulary(tuple(spec.topic for spec in specs), matcher, branches, MappingProxyType(vetoes),
                           MappingProxyType(countries), MappingProxyType(call_cues))


def _any_of(regexes: list[str]) -> re.Pattern[str] | None:
    """One whole-word regex matching any of these, longest first; None for none."""
    if not regexes:
        return None
    return re.compile(f"{_OPEN}(?:" + "|".join(sorted(regexes, key=len, reverse=True)) + f"){_CLOSE}", _FLAGS)


def _combine(patterns: list[tuple[str, _Alternative]], cues: list[tuple[tuple[str, ...], _Alternative]],
             ) -> tuple[re.Pattern[str], tuple[_Alternative | _PatternGroup, ...]]:
    """One regex for every cue and pattern, and what each of its groups stands for (by lastindex).

    At one place the first branch that matches wins: patterns, then cues from the longest down, so
    "Rafah crossing" (gaza-border) is tried before "Rafah" (rafah).
    """
    # Trying ~600 branches one after another at every word start takes a second for 10,000 words, so
    # branches are filed under the letter they start with. Cues consume their first two letters as
    # exact-case classes, which the regex engine rejects cheaply. A pattern's text cannot be split
    # like that, so under its first letter it is checked inside a one-character lookbehind; groups
    # captured there are lost, so an empty group marks the spot and find() re-runs that letter's
    # patterns to learn which one matched and where it ends.
    by_first: dict[str, list[tuple[str, _Alternative]]] = {}
    for pattern, alternative in patterns:
        for first in sorted(_first_chars(pattern) or {""}):
            by_first.setdefault(first, []).append((pattern, alternative))
    trie: dict[str, dict[str, list[tuple[tuple[str, ...], _Alternative]]]] = {}
    for tokens, alternative in sorted(cues, key=lambda cue: -len(cue[1].cue)):
        first = _literal(tokens[0])
        second = _literal(tokens[1]) if first and len(tokens) > 1 else ""
        rest = tokens[(first != "") + (second != ""):]
        trie.setdefault(first, {}).setdefault(second, []).append((rest, alternative))
    branches: list[_Alternative | _PatternGroup] = []
    parts: list[str] = []
    for first in dict.fromkeys(first for first in ("", *by_first, *trie) if first in by_first or first in trie):
        options: list[str] = []
        if first in by_first:
            members = by_first[first]
            body = "|".join(f"(?:{pattern})" for pattern, _ in members)
            found = f"(?=(?:{body}){_CLOSE})"
            options.append(f"(?<={found}.)()" if first else f"{found}()")
            group = "|".join(f"({pattern})" for pattern, _ in members)
            branches.append(_PatternGroup(f"(?:{group}){_CLOSE}",
                                          tuple(alternative for _, alternative in members)))
        inner: list[str] = []
        for second, members in trie.get(first, {}).items():
            if not second:
                inner.append(f"(?:{_cue_branches(members, branches)})")
                continue
            # The third letter is tested once for all the cues it opens ("the", "thr"...), not once for each of them.
            thirds = [f"{third}(?:{_cue_branches([(rest[1:], a) for rest, a in group], branches)})" if third
                      else f"(?:{_cue_branches(group, branches)})" for third, group in _by_next_letter(members)]
            inner.append(f"{_either_case(second)}(?:{'|'.join(thirds)})")
        if inner:
            options.append(f"(?:{'|'.join(inner)}){_CLOSE}")
        parts.append(f"{_either_case(first)}(?:{'|'.join(options)})" if first else "|".join(options))
    return re.compile(f"{_OPEN}(?:{'|'.join(parts)})", _FLAGS), tuple(branches)


def _cue_branches(members: list[tuple[tuple[str, ...], _Alternative]], branches: list[_Alternative | _PatternGroup],
                  ) -> str:
    """The cues' remaining tokens as one group each, in order; what each group stands for goes onto `branches`."""
    branches.extend(alternative for _, alternative in members)
    return "|".join(f"({''.join(rest)})" for rest, _ in members)


def _by_next_letter(members: list[tuple[tuple[str, ...], _Alternative]],
                    ) -> list[tuple[str, list[tuple[tuple[str, ...], _Alternative]]]]:
    """The cues grouped under the ASCII character their rest opens with (its token, or "" for none), in an order that
    tries any two cues that can match at one place as the plain list did: two different ASCII characters never match
    one character of the text, even without regard to case, while a cue opening otherwise may match where any does."""
    groups: list[tuple[str, list[tuple[tuple[str, ...], _Alternative]]]] = []
    open_groups: dict[str, int] = {}  # the groups since the last cue that opens otherwise, by character
    for rest, alternative in members:
        char = _literal(rest[0]) if rest else ""
        if not char or not char.isascii():
            open_groups = {}
            if not groups or groups[-1][0]:
                groups.append(("", []))
            groups[-1][1].append((rest, alternative))
            continue
        if char not in open_groups:
            open_groups[char] = len(groups)
            groups.append((rest[0], []))
        groups[open_groups[char]][1].append((rest, alternative))
    return groups


def _either_case(char: str) -> str:
    upper = char.upper()
    both = re.escape(char) + (re.escape(upper) if len(upper) == 1 and upper != char else "")
    return f"(?-i:[{both}])"


def _literal(token: str) -> str:
    """The lowercase character a cue token stands for, or "" when it is not one plain character."""
    plain = token[1:] if len(token) == 2 and token.startswith("\\") else token  # re.escape's "\\."
    lower = plain.lower()
    return lower if len(plain) == 1 and len(lower) == 1 else ""


def _first_chars(regex: str) -> frozenset[str] | None:
    """The lowercase characters a match can start with, or None when that is not a short list."""
    try:
        from re import _constants as sre, _parser as parser  # noqa: PLC0415 - private, so fail soft

        def first(items: Any) -> tuple[set[str] | None, bool]:  # (chars, can be empty)
            chars: set[str] = set()
            for op, arg in items:
                if op is sre.LITERAL:
                    return chars | {chr(arg).lower()}, False
                if op is sre.IN:
                    found = set()
                    for kind, value in arg:
                        if kind is sre.LITERAL:
                            found.add(chr(value).lower())
                        elif kind is sre.RANGE and value[1] - value[0] < 64:
                            found |= {chr(c).lower() for c in range(value[0], value[1] + 1)}
                        else:
                            return None, False
                    return chars | found, False
                if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
                    continue  # zero-width: the next item decides
                if op is sre.BRANCH:
                    results = [first(branch) for branch in arg[1]]
                    if any(found is None for found, _ in results):
                        return None, False
                    chars |= set().union(*(found for found, _ in results if found))
                    if not any(empty for _, empty in results):
                        return chars, False
                elif op is sre.SUBPATTERN:
                    found, empty = first(arg[3])
                    if found is None:
                        return None, False
                    chars |= found
                    if not empty:
                        return chars, False
                elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
                    found, empty = first(arg[2])
                    if found is None:
                        return None, False
                    chars |= found
                    if arg[0] > 0 and not empty:
                        return chars, False
                else:
                    return None, False
            return chars, True

        found, empty = first(parser.parse(regex, _FLAGS))
    except Exception:  # noqa: BLE001 - only a speed-up: without it the regex is merely slower
        return None
    return None if found is None or empty or len(found) > 64 else frozenset(found)


def cue_regex(cue: str) -> str:
    """The regex for a plain cue (the syntax is described at the top of topics.toml)."""
    return "".join(cue_tokens(cue))


def cue_tokens(cue: str) -> tuple[str, ...]:
    """A plain cue as regex pieces: `*` ends a word with any letters, `-` is a dash, a space or
    nothing, a space is any run of white space, an apostrophe is straight or curly; all else is literal."""
    tokens: list[str] = []
    for char in cue.strip():
        if char == "*":
            tokens.append(r"\w*")
        elif char in _DASHES:
            tokens.append(f"[{_DASHES}\\s]?")
        elif char.isspace():
            if not tokens or tokens[-1] != r"\s+":
                tokens.append(r"\s+")
        elif char in "'\u2019":
            tokens.append("['\u2019]")
        else:
            tokens.append(re.escape(char))
    return tuple(tokens)
