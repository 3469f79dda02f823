"""Quotations that run over several sentences or paragraphs, and quotations that stand on their own.

News style opens each paragraph of a long quotation with a quotation mark and closes only the last, where the
speaker is usually named: every sentence of such a run is the words of that one speaker on that one occasion.
"""

from __future__ import annotations

import re

from app.ingest.analysis import ArticleFacts, SentenceFacts

_MAX_RUN = 8  # sentences one quotation may span; a mark left open longer is a stray one
_OPENING = re.compile(r"\s*[\"“]")
_QUOTE_MARK = re.compile(r"[\"“”]")
# '... secure," the Moldovan president wrote.': a paragraph whose first mark closes a quotation, after a word's end.
_CLOSES_FIRST = re.compile(r"[^\"“”]*[\w.,!?][\"”](?=[\s,.])")
# '"We agreed that air defence comes first."': a sentence that is one quotation and nothing else.
_WHOLE_QUOTATION = re.compile(r"\s*“[^“”]{2,}[.!?]”\s*|\s*\"[^\"“”]{2,}[.!?]\"\s*")


def quotation_runs(facts: ArticleFacts) -> dict[int, tuple[int, ...]]:
    """Each sentence of a quotation spanning several sentences, mapped to all the sentences of that quotation."""
    memo = facts.memo.get("quotation_runs")
    if isinstance(memo, dict):
        return memo
    runs: dict[int, tuple[int, ...]] = {}
    text = facts.article.text
    current: list[int] = []
    for index, item in enumerate(facts.sentences):
        sentence = item.sentence
        opens_paragraph = index == 0 or "\n" in text[facts.sentences[index - 1].sentence.end:sentence.start]
        opening = _OPENING.match(sentence.text)
        if current and opens_paragraph and opening is None and not _CLOSES_FIRST.match(sentence.text):
            current = []  # '“... waver.' then a paragraph with no mark: the first mark was a stray one
        still_open, skip = bool(current), 0
        if current and opening is not None and opens_paragraph:
            skip = opening.end()  # the paragraph's own mark goes on with the quotation; one closing it goes on too
        still_open = _open_after(sentence.text[skip:], still_open)
        if current or still_open:
            current.append(index)
        if not still_open:
            if len(current) >= 2:
                runs.update({member: tuple(current) for member in current})
            current = []
        elif len(current) > _MAX_RUN:
            current = []
    facts.memo["quotation_runs"] = runs
    return runs


def _open_after(text: str, still_open: bool) -> bool:
    # Only the marks are visited, not every character of what may be a very long article.
    for mark in _QUOTE_MARK.findall(text):
        still_open = mark == "“" or mark == '"' and not still_open
    return still_open


def inside_quotation_only(item: SentenceFacts, run: tuple[int, ...]) -> bool:
    """Whether the sentence of a run says nothing outside the quotation: no speaker of its own is named in it."""
    index = item.sentence.index
    if index != run[0] and index != run[-1]:
        return True
    text = item.text
    if index == run[0]:
        opening = min((at for at in (text.find("“"), text.find('"')) if at >= 0), default=-1)
        return opening >= 0 and not text[:opening].strip()
    closing = max(text.rfind("”"), text.rfind('"'))
    return closing >= 0 and not text[closing + 1:].strip(" .!?")


def whole_quotation(item: SentenceFacts) -> bool:
    """'"We agreed that air defence comes first."': a sentence that is a quotation, with no one named as saying it."""
    return _WHOLE_QUOTATION.fullmatch(item.text) is not None
