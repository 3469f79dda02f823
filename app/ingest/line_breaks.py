"""Line breaks of plain text as a reader needs them: each paragraph on one line, the headline on its own.

Each line of a text article is read as a paragraph, so two ways plain text reaches us go wrong without help:

- Hard-wrapped text (wire feeds, e-mail, text saved from a terminal or a PDF) breaks every sentence across lines
  at a fixed width. `unwrapped` joins the lines a wrapper broke and keeps the breaks an author made.
- Text delivered as one line ("Obama calls Medvedev as arms talks near finish WASHINGTON — President Barack Obama
  telephoned ...") runs the headline into the lead: one sentence then holds the headline's verbs and names and
  the lead's day, and the dateline that anchors the story's weekdays is no longer at the start of a line. Where a
  news dateline ("WASHINGTON —", "BEIJING, April 2 (Xinhua) --") or a readout's date stamp ("... Lula da Silva
  August 8, 2025 Vladimir Putin had ...") follows the headline, `with_lead_breaks` breaks the line there again.

The headline's break takes the place of a space, so offsets into the text stay valid; unwrapping runs before
anything reads offsets, on the text as it was delivered.
"""

from __future__ import annotations

import re

from app.ingest.date_patterns import MONTH_WORD, parse_dateline

# Only the start of a line is looked at: a dateline follows the headline, and a headline is short.
_LEAD_CHARS = 320
# A headline: a few words with no sentence end among them (a first sentence would end with one before a dateline).
# A full stop may stand after a capital ("U.S.", "Japan-U.K."), but not after a word.
_HEADLINE = r"(?P<headline>[^\s.!?](?:[^\n.!?]|(?<=[A-Z])\.){12,250}?[^\s.!?:;,—–-])"
_NEWS_DATELINE = re.compile(
    _HEADLINE + r" (?=(?:"
    # "WASHINGTON —", "NEW DELHI —", "ANDREWS AIR FORCE BASE, Md. —", "BEIJING, Oct. 27 —", "DOHA (Agency) —"
    r"[A-ZÀ-Þ][A-ZÀ-Þ'’-]{2,}(?: [A-ZÀ-Þ][A-ZÀ-Þ'’-]+){0,3}(?:, [A-Za-z0-9.'’ ]{1,30})?"
    r"(?: \([A-Za-z ]{2,20}\))?"
    # "Hanoi (VNA) –"
    r"|[A-Z][a-zà-ÿ]+ \((?:[A-Z]{2,8}|Xinhua)\)"
    r") ?[—–-]{1,2} [A-Z“\"])")
# "... Lula da Silva August 8, 2025 Vladimir Putin had ...": a full date between a headline and a capital.
# "PM call with Prime Minister Modi of India: 6 May 2025 The Prime Minister spoke ...": the title's own date.
_DATE_STAMP = re.compile(_HEADLINE + rf"(?P<colon>:?) (?P<stamp>{MONTH_WORD} \d{{1,2}}, \d{{4}}"
                         rf"|\d{{1,2}} {MONTH_WORD},? \d{{4}}) (?=[A-Z“\"])")
# A headline does not end with a word that needs more after it: "Talks set for May 5, 2025 ..." is one sentence,
# and so is "The leaders of the G7 and NATO — ...".
_NEEDS_MORE = frozenset("on of in by for from since until till to before after at as than between and or but nor "
                        "with about over into against under through during without within via per among amid "
                        "the a an this that its their his her".split())
# A headline repeated as a subtitle runs on too: "Erdoğan tells Putin ... closed Erdoğan tells Putin ... closed".
_TWICE = re.compile(r"(?P<once>.{12,250}) (?P=once)")


def with_lead_breaks(text: str) -> str:
    """The text with its headline on a line of its own, when a dateline or date stamp shows where it ended."""
    first_line = text.split("\n", 1)[0]
    lead = first_line[:_LEAD_CHARS]
    breaks: list[int] = []
    dateline = _NEWS_DATELINE.match(lead)
    if dateline and _reads_as_headline(dateline.group("headline")):
        breaks.append(dateline.end("headline"))
        headline = dateline.group("headline")
    elif (stamp := _DATE_STAMP.match(lead)) and _reads_as_headline(stamp.group("headline")) \
            and parse_dateline(stamp.group("stamp")):
        breaks += [stamp.end("stamp")] if stamp.group("colon") else [stamp.end("headline"), stamp.end("stamp")]
        headline = stamp.group("headline")
    else:
        return text
    twice = _TWICE.fullmatch(headline)
    if twice:
        breaks.append(twice.end("once"))
    characters = list(text)
    for at in breaks:
        characters[at] = "\n"
    return "".join(characters)


def _reads_as_headline(words: str) -> bool:
    """Three words or more (forty, when a headline comes twice) ending on a word that can end a headline."""
    split = words.split()
    return 3 <= len(split) <= 40 and split[-1].lower() not in _NEEDS_MORE


# Wrapped text is at most this wide (wider lines are paragraphs an author wrote on one line), and at least this
# narrow (narrower lines are a menu or a list of names).
_WIDEST_WRAP = 110
_NARROWEST_WRAP = 35
_FEWEST_WRAPPED_LINES = 4
# "- item", "* item", "• item", "1. item", "2) item": a line that starts a list item starts a paragraph.
_ITEM_START = re.compile(r"\s*(?:[-*•·]\s|\d{1,3}[.)]\s)")
_HYPHEN_BREAK = re.compile(r"[^\W\d_]-$")


def unwrapped(text: str) -> str:
    """The text with each hard-wrapped paragraph on one line; unchanged when the text is not hard-wrapped.

    A wrapper moves a word to the next line only when it does not fit on the line before. So where the next
    line's first word would have fitted after a line, that break is the author's (a paragraph's or a heading's
    end) and stays; where it would not have fitted, the break is the wrapper's and becomes a space again.
    """
    lines = text.split("\n")
    width = _wrap_width(lines)
    if width is None:
        return text
    parts = [lines[0]]
    for line, following in zip(lines, lines[1:]):
        if not _wrapped_here(line, following, width):
            parts.append("\n")
        elif not _HYPHEN_BREAK.search(line) or not following[:1].islower():
            parts.append(" ")
        # else "re-" and "election": the wrapper broke the word at its hyphen, so the two halves join as one
        parts.append(following)
    return "".join(parts)


def _wrap_width(lines: list[str]) -> int | None:
    """The width the text was wrapped at, or None when it was not wrapped.

    Wrapped text has no line wider than the width (a long web address aside), and many of its breaks fall where
    the next word would not have fitted.
    """
    filled = [len(line.rstrip()) for line in lines if line.strip()]
    if len(filled) < _FEWEST_WRAPPED_LINES:
        return None
    filled.sort()
    width = filled[(len(filled) * 19) // 20]  # the 95th percentile: one long address does not widen the wrap
    if not _NARROWEST_WRAP <= width <= _WIDEST_WRAP:
        return None
    inside = [(line, following) for line, following in zip(lines, lines[1:]) if line.strip() and following.strip()]
    wrapped = sum(_wrapped_here(line, following, width) for line, following in inside)
    # A third, not a half: where paragraphs are a line or two long, many breaks inside the text are theirs.
    return width if wrapped >= _FEWEST_WRAPPED_LINES and wrapped * 3 >= len(inside) else None


def _wrapped_here(line: str, following: str, width: int) -> bool:
    """Whether the break between two lines is a wrapper's: the next line's first word would not have fitted."""
    words = following.split(None, 1)
    if not line.strip() or not words or _ITEM_START.match(following) or following[:1].isspace():
        return False
    return len(line.rstrip()) + 1 + len(words[0]) > width


# "Prime Minister Mr.\n\nScott Morrison": a page's layout breaking the paragraph between an honorific and the name.
_BREAK_AFTER_HONORIFIC = re.compile(r"(?<![\w.])(?P<honorific>Mr|Mrs|Ms|Dr)\.[^\S\n]*\n[\s]*(?=[A-Z])")


def joined_after_honorifics(text: str) -> str:
    """The text with a name broken off from its honorific at a line's end on one line again."""
    return _BREAK_AFTER_HONORIFIC.sub(lambda m: m.group("honorific") + ". ", text)


# "held a telephone conversation with his\n\nU.S. counterpart": double-spaced copy broken inside its sentences,
# where the width of the lines no longer tells the wrapper's breaks from the author's.
_BREAK_WITHOUT_SENTENCE_END = re.compile(r"(?<=[\w,])[^\S\n]*\n\s*(?=(?P<first>[^\W_]))")
# Found from the break back, not from each word forward: a long line holds many words and no break.
_LAST_WORD = re.compile(r"(?:\w+|,)$")
_LAST_WORD_REACH = 40


def joined_inside_sentences(text: str) -> str:
    """The text with a paragraph that stops short of a sentence end joined to the next, where that one goes on with
    the sentence: it starts in lowercase, or the paragraph stopped on a word that needs more after it."""
    def joined(match: re.Match[str]) -> str:
        last = _LAST_WORD.search(text, max(0, match.start() - _LAST_WORD_REACH), match.start())
        goes_on = match.group("first").islower() or (last is not None and last.group() in _NEEDS_MORE)
        return " " if goes_on else match.group(0)
    return _BREAK_WITHOUT_SENTENCE_END.sub(joined, text)
