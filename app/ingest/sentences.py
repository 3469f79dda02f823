"""Split an article into sentences that keep their character offsets, in time linear in the text's length."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

import pysbd
from pysbd.exclamation_words import ExclamationWords
from pysbd.lang.english import English

from app.ingest.date_patterns import MONTH_WORD
from app.ingest.types import Sentence

# No sentence is longer than this. A longer run is cut at its best break, which also bounds what pysbd sees in
# one call: pysbd's time grows with the square of its input's length.
MAX_SENTENCE_CHARS = 1000
# A window that raises more questions than this is a list or a run of initials, not prose; pysbd's time grows
# with the number of questions too, so such a window is cut by rule instead.
MAX_QUESTIONS = 8

# A paragraph ends at a line break, but for a quotation closed on a comma whose speaker stands on the next line:
# '"... We are making real progress,"' then 'Trump wrote on his platform.' is one sentence.
_PARAGRAPH = re.compile(r"[^\n]+(?:(?<=,[\"”])\n(?:[ \t]*\n)?[ \t]*(?=(?:[A-Z][\w.'’-]*[ \t]+){1,5}"
                        r"(?:said|wrote|posted|tweeted|added|says|writes|posts)\b"
                        r"|(?:said|wrote|posted|tweeted|added)[ \t]+[A-Z])[^\n]+)*")
# A possible sentence end: full stops, question or exclamation marks, closing quotes or brackets, then a space.
# A match starts only where a run of marks starts, and takes the run whole: otherwise a long run with no space
# after it would be scanned again from each of its marks.
_CANDIDATE = re.compile(r"(?<![.!?])(?P<term>[.!?]++)[\"'”’)\]»]*+(?=\s)")
# Scraping loses the space after a full stop ("in Gaza.The two leaders"); a capitalised word right after a
# lowercase word's full stop is a new sentence, while "U.S.", "No.5", "state.gov" and "3.5" never match.
# "on October 5.The two PMs": a day of a month, too; "trade.PM Suga said": a title in capitals, too.
_RUN_TOGETHER = re.compile(r"(?:(?<=[a-z]{2})|(?<=\s\d)|(?<=\s\d\d))[.!?][\"'”’)]*"
                           # "Caliber.Az reports", "News.Az": a site's name, not a sentence's end
                           r"(?!(?:Az|Ru|Uz|Kz|Ge|Tj|Kg|Tm|Ua|Md|Com|Net|Org|Info|Io|Tv)\b)"
                           r"(?=(?:[A-Z][a-z]+|[“\"‘][A-Z])(?:[\s,;:.!?”’\"')]|$)|[A-Z]{2,5}\s+[A-Z][a-z])")
_DAY_OF_MONTH = re.compile(rf"\b(?:{MONTH_WORD})\s+\d{{1,2}}$")
# Quotations and brackets inside which pysbd never ends a sentence, as pysbd finds them, each with its opening and
# closing marks. A search stops at the last closing mark: past it no opening mark can match, and trying each
# unmatched one would scan to the end of the line again and again.
_PROTECTED = tuple((re.compile(pattern), opening, closing) for pattern, opening, closing in (
    (r'"[^"]*"', '"', '"'), (r"“[^”]*”", "“", "”"), (r"\([^()]*\)", "(", ")"), (r"\[[^\]]*\]", "[", "]"),
    (r"«[^»]*»", "«", "»"), (r"--[^-]*--", "--", "--"), (r"(?<=\s)‘(?:[^’]|’[a-zA-Z])*’", "‘", "’"),
    (r"(?<=\s)'(?:[^']|'[a-zA-Z])*'", "'", "'")))
# pysbd ends a sentence after a mark and one quote before one space and a capital, even inside brackets.
_QUOTE_END = re.compile(r"[.!?][\"'“”]\s[A-Z]")
_OPENERS = "([“\"‘'«"
_CLOSERS = ")]”\"’'»"
_WORD = re.compile(r"(?:[^\W\d_]+[-’'])*[^\W\d_]{2,}")  # "said", "al-Sisi", "Israel’s"; not "F" or "Mr-X"
_INITIALS = re.compile(r"[A-Za-z](?:\.[A-Za-z])+")
_CLOCK = re.compile(r"[ap]\.m", re.IGNORECASE)
_ON_THE_NETWORK = re.compile(r"(?<![^\s(])(?:on|via)\s+$")  # "wrote on X. Upon ...": the network X, no initial
# "9 a.m. Washington time", "8 a.m. Korean Standard Time", "7:30 a.m. Thursday", "9 a.m. EDT", "10 p.m. Eastern" run
# on; "9 a.m. Eastern Europe" ends.
_CLOCK_CONTINUES = re.compile(r"\S+\s+time\b|(?:[A-Z][\w-]*\s+){1,3}Time\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
                              r"|(?:GMT|UTC|[ECMP][SD]?T|BST|CES?T|IST|JST|KST|MSK)\b|(?:Eastern|Pacific)\b(?!\s+[A-Z])")
_NUMBER = re.compile(r"[$€£]?\d[\d,.]*\d%?")  # "2024", "1,000", "3.5%"; "15" alone may number a list
_LIST_NUMBER = re.compile(r"(?:(?<=\s)|^)\d{1,2}(?=\.[\s)])")
_PRONOUN_I = re.compile(r"I(?:\s|'m|'ll)")
_CLAUSE_END = re.compile(r"[,;](?=\s)")
_SPACE = re.compile(r"\s")
_SPACES = re.compile(r"\s*")
_FIRST_PERSON_WORD = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|me|us)\b")
# 'The Ministry of External Affairs said in a statement, "': the source a readout quoted whole follows.
_SOURCE_BEFORE_QUOTATION = re.compile(r"[^\"“”\n]{0,150}?\b(?:said|says|stated|states|reads?)"
                                      r"(?:\s+in\s+[^,:\"“”\n]{1,40}?)?\s*[,:]\s*")

# pysbd's own word lists, so that the questions answered here are answered as pysbd would answer them.
_ABBREVIATIONS = frozenset(English.Abbreviation.ABBREVIATIONS)
# "Mr." never ends a sentence; nor do the honorifics readouts put before leaders' names ("the Hon. Anthony Albanese",
# "the Rt. Hon. Keir Starmer", "H.E. Mr. ..."), which pysbd's list lacks.
_PREPOSITIVE = frozenset(English.Abbreviation.PREPOSITIVE_ABBREVIATIONS) | {"hon", "rt", "excellency"}
_BEFORE_NUMBER = frozenset(English.Abbreviation.NUMBER_ABBREVIATIONS)  # "No. 5"
_EXCLAMATION_WORDS = frozenset(ExclamationWords.EXCLAMATION_WORDS)  # "Yahoo!"
_INITIALS_AT_END = frozenset({"U.S", "U.K", "E.U", "U.S.A", "i.v", "I.V"})  # may end a sentence, before a starter
_STARTER = re.compile(rf"(?:{'|'.join(English.AbbreviationReplacer.SENTENCE_STARTERS)})\s")


class _Verdict(Enum):
    BREAK = "a sentence ends here"
    JOIN = "the sentence runs on"
    ASK = "pysbd decides"


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences in reading order; each paragraph (line) is split on its own."""
    spans = [(base + start, base + end) for paragraph in _PARAGRAPH.finditer(text)
             for base in (paragraph.start(),) for start, end in _line_spans(paragraph.group())]
    return [Sentence(index=i, start=s, end=e, text=text[s:e]) for i, (s, e) in enumerate(spans)]


def is_abbreviation(text: str, mark: int) -> bool:
    """Whether the full stop at `mark` ends an abbreviation ("Gen.", "Hon.", "Mrs."), as pysbd's lists know them."""
    word = _run_before(text, mark).lstrip(_OPENERS).lower()
    return word in _ABBREVIATIONS or word in _PREPOSITIVE


def flat_spans(sentences: list[Sentence]) -> list[int]:
    """Sentence offsets as a source stores them: start, end, start, end, ... in reading order."""
    return [offset for sentence in sentences for offset in (sentence.start, sentence.end)]


def _line_spans(line: str) -> Iterator[tuple[int, int]]:
    """Sentence spans of one line: cut where a sentence surely ends, then ask pysbd about the rest."""
    first = _SPACES.match(line).end()
    facts = _LineFacts(line, first, _protected(line, first), _listed_numbers(line))
    breaks = [m.end() for m in _RUN_TOGETHER.finditer(line) if _run_together_ends(facts, m)]
    questions: list[tuple[int, int]] = []  # (where the marks start, where the sentence would end)
    for match in _CANDIDATE.finditer(line):
        verdict = _verdict(facts, match)
        if verdict is _Verdict.BREAK:
            breaks.append(match.end())
        elif verdict is _Verdict.ASK:
            questions.append((match.start(), match.end()))
    breaks.sort()
    start = 0
    for end in [*breaks, len(line)]:
        low, high = bisect_left(questions, (start,)), bisect_left(questions, (end,))
        for piece_start, piece_end in _piece(line, start, end, questions[low:high]):
            yield from _stripped(line, piece_start, piece_end)
        start = end


@dataclass(frozen=True)
class _LineFacts:
    """What the verdicts on one line's marks need to know about the whole line."""

    text: str
    first: int  # where the line's text starts, after any spaces
    protected: list[tuple[int, int]]  # quoted and bracketed stretches
    listed: frozenset[int]  # where the numbers of a numbered list ("1. ... 2. ...") start


def _run_together_ends(facts: _LineFacts, match: re.Match[str]) -> bool:
    """Whether a full stop with no space after it ends a sentence: after a plain word, outside quotations."""
    closes = _closing(facts.protected, match.start())
    word = _run_before(facts.text, match.start()).lstrip(_OPENERS)
    return (_plain_word(word) or word.isdigit() and _DAY_OF_MONTH.search(facts.text, max(0, match.start() - 15),
                                                                         match.start()) is not None) \
        and (closes is None or closes <= match.end())


def _verdict(facts: _LineFacts, match: re.Match[str]) -> _Verdict:
    """Whether a sentence ends at a candidate mark, answered as pysbd would answer; ASK where that needs pysbd."""
    line, marks, end = facts.text, match.group("term"), match.end()
    follower = _SPACES.match(line, end).end()
    if follower == len(line):
        return _Verdict.BREAK  # only spaces follow: the line ends the sentence anyway
    after = line[follower]
    if end - match.start() == len(marks) + 1 and _QUOTE_END.match(line, end - 2):
        return _Verdict.BREAK
    closes = _closing(facts.protected, match.start())
    if closes is not None:  # inside a quotation or brackets: it ends the sentence only where it closes
        return _Verdict.BREAK if closes <= end and after.isupper() else _Verdict.JOIN
    if marks != ".":
        return _other_marks(line, match, marks, follower)
    run = _run_before(line, match.start())
    bare = run.lstrip(_OPENERS)
    if end > match.start() + 1 or bare != run:
        # A quote or bracket right after the full stop or before the word: pysbd's abbreviation rules look for
        # neither, so only a plain word is sure to end the sentence.
        return _Verdict.BREAK if _plain_word(bare.rstrip(_CLOSERS)) else _Verdict.ASK
    word_start = match.start() - len(bare)
    if bare.isdigit() and len(bare) <= 2 and word_start == facts.first:
        return _Verdict.JOIN  # "1. Prime Minister Abe expressed...": the number of a numbered paragraph
    if bare == "X" and after.isupper() and _ON_THE_NETWORK.search(line, max(0, word_start - 5), word_start):
        return _Verdict.BREAK
    return _after_word(line, bare, follower, after, word_start in facts.listed)


def _after_word(line: str, word: str, follower: int, after: str, listed: bool) -> _Verdict:
    """A full stop right after a word that follows a space, then a space: pysbd's abbreviation and number rules."""
    lowered = word.lower()
    if lowered in _PREPOSITIVE:  # "Mr."
        return _Verdict.JOIN
    if _CLOCK.fullmatch(word):  # "9 a.m. The call", but "9 a.m. Washington time"
        return _Verdict.BREAK if after.isupper() and not _CLOCK_CONTINUES.match(line, follower) else _Verdict.JOIN
    if _INITIALS.fullmatch(word):  # "U.S.", which ends a sentence only before "The", "He" and the like
        return _Verdict.BREAK if word in _INITIALS_AT_END and _STARTER.match(line, follower) else _Verdict.JOIN
    if len(word) == 1 and word.isupper():  # "John F. Kennedy", but "it was I. The"
        return _Verdict.BREAK if word == "I" and _STARTER.match(line, follower) else _Verdict.JOIN
    if lowered in _BEFORE_NUMBER:  # "No. 5"
        return _Verdict.JOIN if after.isdigit() or after == "(" else _Verdict.BREAK
    if lowered in _ABBREVIATIONS:  # "Feb. 15", "etc. and", but "Inc. The"
        joins = after.islower() or after.isdigit() or after == "(" or _PRONOUN_I.match(line, follower)
        return _Verdict.JOIN if joins else _Verdict.BREAK
    if word.isdigit() and len(word) <= 2:  # "on March 15. The", unless it numbers a list
        return _Verdict.ASK if listed else _Verdict.BREAK
    if _plain_word(word.rstrip(_CLOSERS)) or _NUMBER.fullmatch(word):  # "said.", "(in Paris).", "in 2024."
        return _Verdict.BREAK
    return _Verdict.ASK


def _other_marks(line: str, match: re.Match[str], marks: str, follower: int) -> _Verdict:
    """Ellipses, question and exclamation marks."""
    after = line[follower]
    if set(marks) == {"."}:
        # pysbd ends a sentence after "..." only before a capital; two full stops are a typo it may read either way.
        return (_Verdict.BREAK if after.isupper() else _Verdict.JOIN) if len(marks) >= 3 else _Verdict.ASK
    if "." in marks:
        return _Verdict.ASK
    if marks == "!":
        if _run_before(line, match.start()) + "!" in _EXCLAMATION_WORDS:  # "Yahoo!"
            return _Verdict.ASK
        if after.islower() and follower == match.end() + 1:
            return _Verdict.JOIN  # "Stop! he said": pysbd reads one space and a lowercase word as running on
    return _Verdict.BREAK


def _run_before(line: str, at: int) -> str:
    """The word before a mark: the text back to the previous space, or its last 40 characters."""
    window = line[max(0, at - 40):at]
    return window.rsplit(None, 1)[-1] if window.strip() else ""


def _listed_numbers(line: str) -> frozenset[int]:
    """Where numbers start that pysbd reads as list items: next to the number one above or below in the line."""
    numbers = [(m.start(), int(m.group())) for m in _LIST_NUMBER.finditer(line)]
    return frozenset(at for i, (at, n) in enumerate(numbers)
                     if (i + 1 < len(numbers) and numbers[i + 1][1] == n + 1) or (i > 0 and numbers[i - 1][1] == n - 1))


def _plain_word(run: str) -> bool:
    """A word of two letters or more that no abbreviation list knows: a full stop after it ends a sentence."""
    return bool(_WORD.fullmatch(run)) and run.lower() not in _ABBREVIATIONS


def _protected(line: str, first: int) -> list[tuple[int, int]]:
    """Quoted and bracketed stretches of the line, overlapping ones merged, in order; not a readout quoted whole."""
    found = sorted(span for pattern, opening, closing in _PROTECTED if closing in line
                   for span in _stretches(line, pattern, opening, closing, line.rfind(closing) + 1)
                   if not _readout_quoted_whole(line, first, span))
    merged: list[tuple[int, int]] = []
    for start, end in found:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _readout_quoted_whole(line: str, first: int, span: tuple[int, int]) -> bool:
    """'"President Medvedev called President Obama today.  The presidents discussed Georgia."': a paragraph that is
    one quotation in the third person, a side's account given whole, whose sentences are told one by one as the
    account itself tells them; a leader's own words ("I told him ...") stay one quotation."""
    start, end = span
    return line[start] in "\"“" and not line[end:].strip() and _FIRST_PERSON_WORD.search(line, start, end) is None \
        and (start == first or _SOURCE_BEFORE_QUOTATION.fullmatch(line, first, start) is not None)


def _stretches(line: str, pattern: re.Pattern[str], opening: str, closing: str,
               endpos: int) -> Iterator[tuple[int, int]]:
    """The stretches one pattern protects, none longer than a sentence may be.

    A stretch longer than that is one mark without its partner: a quotation left open in one paragraph pairs with
    the next paragraph's, and once paragraph breaks are lost (one line of scraped text) it would hide every
    sentence end of several articles. The stray mark is passed over. Where opening and closing marks differ, the
    last opening mark inside is the one the closing mark answers; where they are the same ('"'), the closing mark
    opens the next stretch. Each character is scanned at most twice, so the work stays linear.
    """
    at = 0
    while (found := pattern.search(line, at, endpos)) is not None:
        start, end = found.span()
        at = end
        if end - start > MAX_SENTENCE_CHARS:
            if opening == closing:
                at = end - len(closing)
                continue
            inner = line.rfind(opening, start + 1, end)
            answered = pattern.match(line, inner, end) if inner >= 0 else None
            if answered is None or answered.end() != end or end - inner > MAX_SENTENCE_CHARS:
                continue
            start = inner
        yield start, end


def _closing(spans: list[tuple[int, int]], at: int) -> int | None:
    """Where the quoted or bracketed stretch around a position closes, if the position is inside one."""
    index = bisect_left(spans, (at,)) - 1  # the last stretch that opens before the position
    return spans[index][1] if index >= 0 and spans[index][0] < at < spans[index][1] else None


def _piece(line: str, start: int, end: int, questions: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Spans of the text between two sure breaks: windows of bounded length, each answered by pysbd or by rule."""
    question_ends = [q_end for _, q_end in questions]
    while start < end:
        stop = end if end - start <= MAX_SENTENCE_CHARS else _cut(line, start, question_ends)
        low, high = bisect_left(questions, (start,)), bisect_left(questions, (stop,))
        asked = [q for q in questions[low:high] if q[1] < stop]
        if not asked:
            cuts = []
        elif len(asked) > MAX_QUESTIONS:
            cuts = [q_end for _, q_end in asked if _sentence_like(line, q_end)]
        else:
            cuts = _pysbd_answers(line, start, stop, asked)
        previous = start
        for cut in [*cuts, stop]:
            yield previous, cut
            previous = cut
        start = stop


def _cut(line: str, start: int, question_ends: list[int]) -> int:
    """Where to end a window that would pass the cap: at the best break in its second half.

    Looking only in the second half moves each window on by at least half the cap, so the work stays linear.
    """
    low, high = start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS
    index = bisect_right(question_ends, high) - 1
    if index >= 0 and question_ends[index] >= low:
        return question_ends[index]  # a possible sentence end
    for pattern in (_CLAUSE_END, _SPACE):  # then a comma or semicolon, then any space
        last = None
        for last in pattern.finditer(line, low, high):
            pass
        if last is not None:
            return last.end() if pattern is _CLAUSE_END else last.start()
    return high  # nothing better: anywhere


def _sentence_like(line: str, at: int) -> bool:
    """Whether a capital or a digit follows: where a run of initials or list numbers is cut without pysbd."""
    follower = _SPACES.match(line, at).end()
    return follower < len(line) and (line[follower].isupper() or line[follower].isdigit())


def _pysbd_answers(line: str, start: int, stop: int, asked: list[tuple[int, int]]) -> list[int]:
    """The questioned marks after which pysbd ends a sentence, as offsets in the line."""
    window, cursor, ends = line[start:stop], 0, []
    for segment in _segmenter().segment(window):
        piece = segment.strip()
        if not piece:
            continue
        found = window.find(piece, cursor)
        if found < 0:
            break  # pysbd altered the text; it has no further answers to give
        cursor = found + len(piece)
        ends.append(start + cursor)
    cuts = []
    for marks_start, end in asked:
        index = bisect_right(ends, marks_start)
        if index < len(ends) and ends[index] <= end:
            cuts.append(end)
    return cuts


def _stripped(line: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The span without the spaces around it, if anything is left."""
    chunk = line[start:end]
    body = chunk.strip()
    if body:
        lead = len(chunk) - len(chunk.lstrip())
        yield start + lead, start + lead + len(body)
