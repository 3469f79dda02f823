"""An all-capitals headline written again in the case its words take in the story.

Some wires and government offices set headlines in capitals ("XI HOLDS SEPARATE PHONE TALKS WITH LEADERS OF
PAKISTAN, PAPUA NEW GUINEA AND FRANCE"). The reader tells names from ordinary words, and "separate" from
"Separate", by their case, so such a headline reads as a row of names. Each word is given the case the story
itself writes it in most often ("Xi", "separate", "Pakistan"); a word the story does not use is a short acronym
("US", "EU") when it has three letters or fewer and is not a small word such as "by", and otherwise an ordinary
lowercase word, the first word aside: a headline's verbs ("URGES") are rarely the story's words, while the names
it gives almost always are.
Only a word whose new case has as many characters is changed, so the text keeps its length.
"""

from __future__ import annotations

import re
from collections import Counter

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# The headline is one of the first lines, and has the words of one: more than a dateline ("WASHINGTON"), fewer
# than a paragraph.
_HEADLINE_LINES = 3
_FEWEST_WORDS, _MOST_WORDS = 4, 25
_ACRONYM_LETTERS = 3
# Short words that are never acronyms, whether or not the story happens to use them.
_SMALL_WORDS = frozenset("a an and as at but by for from in into of on or over per the to up via vs with".split())


def with_headline_case(text: str) -> str:
    """The text with an all-capitals headline among its first lines in the story's own case."""
    lines = text.split("\n")
    leading = [index for index, line in enumerate(lines) if line.strip()][:_HEADLINE_LINES]
    capitals = [index for index in leading if _is_capitals_headline(lines[index])]
    if not capitals:
        return text
    story = "\n".join(line for index, line in enumerate(lines) if index not in capitals)
    wanted = {word.lower() for index in capitals for word in _WORD.findall(lines[index])}
    forms: dict[str, Counter[str]] = {}
    for found in _WORD.finditer(story):
        word = found.group()
        # Only the headline's words are counted; the story's own capitals say nothing about a word's case.
        if (not word.isupper() or len(word) == 1) and (lowered := word.lower()) in wanted:
            forms.setdefault(lowered, Counter())[word] += 1
    for index in capitals:
        lines[index] = _recased(lines[index], forms)
    return "\n".join(lines)


def _is_capitals_headline(line: str) -> bool:
    return line.isupper() and _FEWEST_WORDS <= len(_WORD.findall(line)) <= _MOST_WORDS


def _recased(line: str, forms: dict[str, Counter[str]]) -> str:
    parts, last = [], 0
    for position, found in enumerate(_WORD.finditer(line)):
        word = found.group()
        known = forms.get(word.lower())
        if known:
            cased = known.most_common(1)[0][0]
        elif len(word) <= _ACRONYM_LETTERS and word.lower() not in _SMALL_WORDS:
            cased = word
        else:
            cased = word.lower()
        if position == 0:
            cased = cased[:1].upper() + cased[1:]
        parts += [line[last:found.start()], cased if len(cased) == len(word) else word]
        last = found.end()
    return "".join(parts) + line[last:]
