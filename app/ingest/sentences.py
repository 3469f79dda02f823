"""Split an article into sentences that keep their character offsets."""

import re
from functools import lru_cache

import pysbd

from app.ingest.types import Sentence

_PARAGRAPH = re.compile(r"[^\n]+")
# pysbd slows down with the square of a paragraph's length, so very long paragraphs are cut first, only where
# no abbreviation can hide: after a lowercase word of three letters or more, before a capital.
CHUNK_CHARS = 1500
_SAFE_BREAK = re.compile(r"(?<=[a-z]{3}[.!?])[\"”’]?\s+(?=[A-Z“\"])")
# pysbd ends a sentence after "9 a.m." even when the clock time runs on ("9 a.m. Washington time").
_CLOCK_END = re.compile(r"\b[ap]\.m\.\s*$")
_CLOCK_CONTINUES = re.compile(r"^\S+\s+time\b")


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences in reading order; each paragraph (line) is split on its own."""
    spans: list[tuple[int, int]] = []
    for base, body in _pieces(text):
        cursor = 0
        for segment in _segmenter().segment(body):
            piece = segment.strip()
            if not piece:
                continue
            found = body.find(piece, cursor)
            if found < 0:  # pysbd altered the text; fall back to the whole remainder
                found, piece = cursor, body[cursor:].strip()
            start, end = base + found, base + found + len(piece)
            cursor = found + len(piece)
            if spans and spans[-1][1] >= base and _CLOCK_END.search(text[spans[-1][0]:spans[-1][1]]) \
                    and _CLOCK_CONTINUES.match(piece):
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
    return [Sentence(index=i, start=s, end=e, text=text[s:e]) for i, (s, e) in enumerate(spans)]


def _pieces(text: str):  # noqa: ANN202 - yields (offset, text) pairs
    for paragraph in _PARAGRAPH.finditer(text):
        base, body = paragraph.start(), paragraph.group()
        if len(body) <= CHUNK_CHARS:
            yield base, body
            continue
        start = 0
        for cut in _SAFE_BREAK.finditer(body):
            if cut.start() - start >= CHUNK_CHARS:
                yield base + start, body[start:cut.start()]
                start = cut.end()
        yield base + start, body[start:]
