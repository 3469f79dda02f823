"""Annotate an article once: its sentences, the people and dates in each, its anchor day."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from app.ingest import cues
from app.ingest.dates import DateMention, find_date_mentions
from app.ingest.leaders import LeaderDirectory, MentionContext
from app.ingest.sentences import split_sentences
from app.ingest.types import Anchor, Article, LeaderRef, Sentence

_PRONOUN = re.compile(r"\b(?:he|she|He|She)\b")
_POSSESSIVE = re.compile(r"^['’]s\b")


@dataclass(frozen=True)
class PersonSpan:
    """A person named or described in a sentence; offsets are within the sentence."""

    start: int
    end: int
    ref: LeaderRef
    possessive: bool  # "Biden's adviser": the person is not the one acting


@dataclass
class SentenceFacts:
    sentence: Sentence
    people: list[PersonSpan] = field(default_factory=list)
    pronouns: list[int] = field(default_factory=list)  # offsets of he/she within the sentence
    dates: list[DateMention] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.sentence.text

    def leaders(self) -> list[PersonSpan]:
        return [p for p in self.people if p.ref.is_leader]

    def leader_slugs(self) -> set[str]:
        return {p.ref.slug for p in self.people if p.ref.is_leader}


@dataclass(frozen=True)
class ArticleFacts:
    article: Article
    anchor: Anchor | None
    sentences: list[SentenceFacts]


def analyse(article: Article, directory: LeaderDirectory) -> ArticleFacts:
    anchor = Anchor(article.published, f"publication date {article.published} ({article.published_basis})") \
        if article.published else None
    sentences = split_sentences(article.text)
    first_pass = directory.find_mentions(article.text, on=article.published)
    context = MentionContext(
        home_country=_home_country(article.text),
        named_slugs=frozenset(m.person.slug for m in first_pass if m.person.is_leader),
    )
    mentions = directory.find_mentions(article.text, on=article.published, context=context)
    facts = [SentenceFacts(s) for s in sentences]
    starts = [s.start for s in sentences]
    for mention in mentions:
        index = _sentence_at(starts, mention.start)
        sentence = sentences[index]
        if mention.end > sentence.end:
            continue
        rest = article.text[mention.end:mention.end + 3]
        facts[index].people.append(PersonSpan(mention.start - sentence.start, mention.end - sentence.start,
                                              mention.person, bool(_POSSESSIVE.match(rest))))
    for item in facts:
        item.pronouns = [m.start() for m in _PRONOUN.finditer(item.text)]
        item.dates = find_date_mentions(item.text)
    return ArticleFacts(article, anchor, facts)


def _home_country(text: str) -> str | None:
    """The country whose government speaks in the text ("the White House said"), if it names one.

    The first leader named is no guide: a readout's "The Prime Minister spoke to President Zelenskyy" is the
    issuing government's prime minister, not Ukraine's. Without such a signal a bare title stays unresolved.
    """
    match = cues.INSTITUTION.search(text)
    return cues.country_of_institution(match) if match else None


def _sentence_at(starts: list[int], offset: int) -> int:
    return max(bisect_right(starts, offset) - 1, 0)
