"""Whether a text reads as English: the extraction's wordings are English, so another language yields no calls."""

from __future__ import annotations

import re

# Words that carry English grammar and are rare in the other languages news about leaders comes in ("in", "a",
# "is", "was", "on" and "die" are words of Dutch, German, Italian, French or Indonesian too). Running English has
# one of these in every five to seven words; French, Spanish, German, Dutch, Italian or Indonesian has next to none.
_ENGLISH_GRAMMAR_WORDS = frozenset("""
    the and of to that with for his her their they he she it its this these those from by which who whom would
    will been have has had were are be not but or about after said says told also than then there what when
    while an at as our we you your him them us
""".split())
_WORD = re.compile(r"[^\W\d_]+")
# Fewer words than this say too little to judge: a dateline, a headline, a caption.
_ENOUGH_WORDS = 40
_LEAST_SHARE = 0.08


def reads_as_english(text: str) -> bool:
    """False only for a text long enough to judge in which English grammar words are too rare to be English."""
    words = _WORD.findall(text[:20_000].lower())
    if len(words) < _ENOUGH_WORDS:
        return True
    return sum(word in _ENGLISH_GRAMMAR_WORDS for word in words) / len(words) >= _LEAST_SHARE
