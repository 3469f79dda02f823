"""Case-insensitive patterns run as case-sensitive ones over lowercased text: the same matches, several times faster.

Python's `re` cannot use its fast scans for a pattern compiled with IGNORECASE, and the cue patterns run over
every sentence of an article, so on a long article they cost seconds. Lowercasing maps each character to exactly
one character (offsets survive), and a pattern whose letters are all ASCII lowercase then matches the lowered
text exactly where the IGNORECASE pattern matches the original; the tests check this over all of Unicode.
Matches report their groups from the original text, so callers see no difference.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from functools import lru_cache
from re import _constants as sre, _parser as sre_parse


# IGNORECASE takes these for an ASCII letter, though str.lower() keeps them or makes them two characters.
_SPECIAL = {0x130: "i", 0x131: "i", 0x17F: "s"}


class _LowerTable(dict[int, str]):
    """str.translate table filled as characters are met: each maps to its one-character lowercase, or itself."""

    def __missing__(self, code: int) -> str:
        lower = _SPECIAL.get(code) or chr(code).lower()
        self[code] = lower if len(lower) == 1 else chr(code)
        return self[code]


_LOWER = _LowerTable()
_ESCAPE_OR_GROUP_NAME = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)")


@lru_cache(maxsize=256)
def lowered(text: str) -> str:
    """The text with every letter lowercased, one character for one, so offsets stay the same."""
    fast = text.lower()
    # str.lower() differs from the table only where it makes two characters of one ("İ") or where the table
    # maps a letter that str.lower() keeps; its one context rule (a final sigma) changes no ASCII letter or class.
    if len(fast) == len(text) and "ı" not in text and "ſ" not in text:
        return fast
    return text.translate(_LOWER)


def can_run_lowered(pattern: str) -> bool:
    """Whether a case-insensitive pattern may run over lowered text: no uppercase, no non-ASCII letter, no flag."""
    bare = _ESCAPE_OR_GROUP_NAME.sub("", pattern)
    return "(?i" not in bare and "(?-" not in bare and not any(
        ch.isupper() or (ch.isalpha() and not ch.isascii()) for ch in bare)


# A gate of more words than this costs more to test than the pattern's own scan saves.
_MAX_GATE_WORDS = 14
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def needed_words(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Words of which every match of the pattern holds at least one, lowercased (so the lowered text holds one
    too), or None where no short list says so.

    Read from the parsed pattern, so it follows every change to the pattern's wording by itself."""
    words = _needed(sre_parse.parse(pattern, flags).data)
    return tuple(sorted(words)) if words and len(words) <= _MAX_GATE_WORDS else None


def _needed(items: list) -> frozenset[str] | None:  # noqa: ANN001 - the parser's (opcode, argument) pairs
    """For a sequence of parsed items: the most telling of the word sets its parts require, or None."""
    best: frozenset[str] | None = None
    run: list[str] = []

    def consider(words: frozenset[str] | None) -> None:
        nonlocal best
        if words and (best is None or _telling(words) > _telling(best)):
            best = words

    for op, argument in items:
        if op is sre.LITERAL and argument < 128:  # a non-ASCII letter may lower to a character of another case rule
            run.append(chr(argument).lower())
            continue
        if run:
            consider(frozenset({"".join(run)}))
            run = []
        if op is sre.SUBPATTERN:
            consider(_needed(argument[3].data))
        elif op is sre.ATOMIC_GROUP:
            consider(_needed(argument.data))
        elif op in _REPEATS and argument[0] >= 1:
            consider(_needed(argument[2].data))
        elif op is sre.BRANCH:
            branches = [_needed(branch.data) for branch in argument[1]]
            if all(branches):
                consider(_fewest(frozenset().union(*branches)))
        # anything else (a class, a lookaround, an anchor) matches no word of its own
    if run:
        consider(frozenset({"".join(run)}))
    return best


def _holds_one(low: str, words: tuple[str, ...], pos: int, endpos: int) -> bool:
    # Run for every pattern over every sentence: a plain loop of `in` costs a third of a generator of finds.
    if pos <= 0 and endpos >= len(low):
        for word in words:
            if word in low:
                return True
        return False
    # A negative offset counts from the end for str.find, but from the start (as 0) for a pattern.
    pos, endpos = max(pos, 0), max(endpos, 0)
    for word in words:
        if low.find(word, pos, endpos) >= 0:
            return True
    return False


def _telling(words: frozenset[str]) -> int:
    """How much a word set says: few words, each with several letters (a rare word is long), say the most."""
    letters = min(sum(ch.isalnum() for ch in word) for word in words)
    return 10 * min(letters, 6) - len(words)


def _fewest(words: frozenset[str]) -> frozenset[str]:
    """The words less any that holds another of them: a text holding "secure video" holds "video"."""
    return frozenset(word for word in words if not any(other != word and other in word for other in words))


class CaselessMatch:
    """A match found in the lowered text, answering with the original text's characters."""

    __slots__ = ("_match", "string")

    def __init__(self, match: re.Match[str], string: str) -> None:
        self._match = match
        self.string = string

    def start(self, group: int | str = 0) -> int:
        return self._match.start(group)

    def end(self, group: int | str = 0) -> int:
        return self._match.end(group)

    def span(self, group: int | str = 0) -> tuple[int, int]:
        return self._match.span(group)

    def group(self, *groups: int | str) -> str | None | tuple[str | None, ...]:
        if len(groups) > 1:
            return tuple(self._text(g) for g in groups)
        return self._text(groups[0] if groups else 0)

    def __getitem__(self, group: int | str) -> str | None:
        return self._text(group)

    def groups(self) -> tuple[str | None, ...]:
        return tuple(self._text(i) for i in range(1, self._match.re.groups + 1))

    def groupdict(self) -> dict[str, str | None]:
        return {name: self._text(name) for name in self._match.re.groupindex}

    @property
    def lastindex(self) -> int | None:
        return self._match.lastindex

    @property
    def lastgroup(self) -> str | None:
        return self._match.lastgroup

    @property
    def re(self) -> re.Pattern[str]:
        return self._match.re

    def _text(self, group: int | str) -> str | None:
        start, end = self._match.span(group)
        return None if start < 0 else self.string[start:end]


class GatedPattern:
    """A compiled pattern that first looks in the lowered text for the words every match holds; it answers with the
    pattern's own matches, so callers see no difference."""

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self._needs = needed_words(regex.pattern, regex.flags)

    def __getattr__(self, name: str) -> object:  # pattern, flags, groups, match, fullmatch: the pattern's own
        return getattr(self.regex, name)

    def _may_match(self, text: str, pos: int, endpos: int) -> bool:
        if self._needs is None:
            return True
        return _holds_one(lowered(text), self._needs, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.regex.search(text, pos, endpos) if self._may_match(text, pos, endpos) else None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.regex.finditer(text, pos, endpos) if self._may_match(text, pos, endpos) else iter(())

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list:
        return self.regex.findall(text, pos, endpos) if self._may_match(text, pos, endpos) else []

    def sub(self, replacement: object, text: str, count: int = 0) -> str:
        return self.regex.sub(replacement, text, count) if self._may_match(text, 0, len(text)) else text


def gated(regex: re.Pattern[str]) -> GatedPattern:
    """The pattern, tried only on texts holding one of the words every match holds: for patterns run over every
    sentence whose matches are rare."""
    return GatedPattern(regex)


class CaselessPattern:
    """A compiled case-insensitive pattern with the methods of `re.Pattern` that the ingest steps use."""

    def __init__(self, pattern: str) -> None:
        if not can_run_lowered(pattern):
            raise ValueError(f"pattern cannot run over lowered text (uppercase or non-ASCII letters): {pattern!r}")
        self.pattern = pattern
        self.flags = re.IGNORECASE | re.UNICODE
        self._lower = re.compile(pattern)
        self._needs = needed_words(pattern)

    def _may_match(self, low: str, pos: int, endpos: int) -> bool:
        """A substring test for the words every match holds: most sentences lack them, and it costs far less."""
        return self._needs is None or _holds_one(low, self._needs, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> CaselessMatch | None:
        low = lowered(text)
        found = self._lower.search(low, pos, endpos) if self._may_match(low, pos, endpos) else None
        return None if found is None else CaselessMatch(found, text)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> CaselessMatch | None:
        found = self._lower.match(lowered(text), pos, endpos)
        return None if found is None else CaselessMatch(found, text)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> CaselessMatch | None:
        found = self._lower.fullmatch(lowered(text), pos, endpos)
        return None if found is None else CaselessMatch(found, text)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[CaselessMatch]:
        low = lowered(text)
        if not self._may_match(low, pos, endpos):
            return iter(())
        return (CaselessMatch(found, text) for found in self._lower.finditer(low, pos, endpos))

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[str]:
        if self._lower.groups:
            raise NotImplementedError("findall with groups: use finditer")
        return [found.group() for found in self.finditer(text, pos, endpos)]

    def sub(self, replacement: str, text: str) -> str:
        if "\\" in replacement:
            raise NotImplementedError("group references in a replacement")
        parts, last = [], 0
        for found in self.finditer(text):
            parts += [text[last:found.start()], replacement]
            last = found.end()
        return "".join(parts) + text[last:] if parts else text

    def __repr__(self) -> str:
        return f"caseless({self.pattern!r})"


def caseless(pattern: str) -> CaselessPattern:
    return CaselessPattern(pattern)

