"""From one article to the call drafts it reports: the pure extraction pipeline."""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import cache

from app.ingest.analysis import SentenceFacts, analyse, place_country
from app.ingest.call_topics import SentenceTopics, call_topics
from app.ingest.call_dates import (date_from_context, dating_sentences, day_of_a_matching_post, day_quoted_by_an_outlet,
                                   day_told_next_within, told_as_recent, weekday_after_a_dated_event,
                                   with_part_of_day)
from app.ingest.call_frame import CallFrame
from app.ingest.calls import find_calls
from app.ingest.content import assign_sentences, find_also_present, find_duration
from app.ingest.language import reads_as_english
from app.ingest.leaders import LeaderDirectory, load_directory
from app.ingest.positions import find_positions, home_side
from app.ingest.sentences import flat_spans
from app.ingest.topics import TopicHit, TopicVocabulary, load_vocabulary
from app.ingest.types import Article, CallDraft, Extraction, DatePrecision, DateResolution, Sentence

# Bump when extraction changes, so re-ingesting an unchanged file picks up the better reading.
EXTRACTOR_VERSION = "2026.12.77"


# Between a leader's name and his country named after it: " of ", ", President of the ", ", the Prime Minister of ".
_TITLE_AFTER = re.compile(r"(?:,\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,3})?\s*of\s+(?:the\s+)?")
_TITLE_AFTER_REACH = 40
_COUNTERPART_BEFORE = re.compile(r"\s+counterparts?,?\s+")
BILATERAL_RELATIONS = "bilateral-relations"
EUROPEAN_UNION = "EU"
# "relations between Islamabad and New Delhi", "India-Pakistan ties": the two countries whose ties are meant
_PAIR_OF_THE_TIES = re.compile(
    r"(?:relations|ties|relationship|partnership|friendship|bonds) between (?:the )?"
    r"(?P<first>[A-Z][\w.]*(?: [A-Z][\w.]*)*) and (?:the )?(?P<second>[A-Z][\w.]*(?: [A-Z][\w.]*)*)"
    r"|(?P<left>[A-Z][A-Za-z.]*)[-\u2013](?P<right>[A-Z][A-Za-z.]*) (?:relations|ties|relationship|partnership)")


def extract_calls(article: Article, *, directory: LeaderDirectory | None = None,
                  vocabulary: TopicVocabulary | None = None) -> list[CallDraft]:
    return extract_article(article, directory=directory, vocabulary=vocabulary).drafts


def _without_leaders_countries(item: SentenceFacts, hits: list[TopicHit], call_leaders: set[str],
                               vocabulary: TopicVocabulary) -> list[TopicHit]:
    """The hits less a country named only as the title of a leader of the article's calls: "calls from Egyptian
    President Sisi and Lebanese Prime Minister Mikati offering condolences" is no Lebanon topic on Sisi's call."""
    def leaders_title(hit: TopicHit) -> bool:
        named = vocabulary.countries.get(hit.slug)
        if named is None or hit.cue not in named.names:
            return False
        for person in item.people:
            if person.ref.slug not in call_leaders:
                continue
            # "Iranian President Raisi discussed the war on Gaza": a leader's own country in his title, whatever
            # else the sentence names
            own = person.ref.country == named.country
            if person.start <= hit.start and hit.end <= person.end and (own or named.bare(hit, item.text)):
                return True
            # "Prime Minister Najib Mikati of Lebanon", "Ebrahim Raisi, President of Iran": the title after the name
            if own and 0 <= hit.start - person.end <= _TITLE_AFTER_REACH \
                    and _TITLE_AFTER.fullmatch(item.text, person.end, hit.start):
                return True
            # "his Iranian counterpart Mahmoud Ahmadinejad ... to denounce the attacks on Libya": his title too
            if own and _COUNTERPART_BEFORE.fullmatch(item.text, hit.end, person.start):
                return True
        return False
    return [hit for hit in hits if not leaders_title(hit)]


def _own_country_named(hit: TopicHit, text: str, countries: set[str], vocabulary: TopicVocabulary) -> bool:
    named = vocabulary.countries.get(hit.slug)
    return named is not None and named.country in countries and named.bare(hit, text)


def _ties_of_others(hit: TopicHit, text: str, countries: set[str], directory: LeaderDirectory) -> bool:
    """"discussing the crisis in relations between Islamabad and New Delhi" on Erdogan's call with Khan: the ties
    of a pair that is not the call's own are no bilateral-relations of the call."""
    if hit.slug != BILATERAL_RELATIONS:
        return False
    pair = _PAIR_OF_THE_TIES.match(text, hit.start)
    if pair is None:
        return False
    # "between Moscow and Kyiv.": the sentence's full stop is no part of the name ("U.S." keeps its own)
    named = {place_country(place, directory) or place_country(place.removesuffix("."), directory)
             for place in pair.group("first", "second", "left", "right") if place}
    # "China-EU relations" on Xi's call with Macron: the Union's ties are its members' too
    return None not in named and not named <= countries and EUROPEAN_UNION not in named


def extract_article(article: Article, *, directory: LeaderDirectory | None = None,
                    vocabulary: TopicVocabulary | None = None) -> Extraction:
    directory = directory or load_directory()
    vocabulary = vocabulary or load_vocabulary()
    facts = analyse(article, directory)
    frames = find_calls(facts)
    content = assign_sentences(facts, frames)
    find_also_present(facts, frames, content)
    # A sentence can tell of several calls and hold several positions: read its topics once.
    call_leaders = {slug for frame in frames for slug in frame.leaders}
    sentence_hits = cache(lambda s_index: _without_leaders_countries(facts.sentences[s_index], vocabulary.find(
        facts.sentences[s_index].text), call_leaders, vocabulary))
    parts = _own_parts(frames)
    drafts = []
    for f_index, frame in enumerate(frames):
        countries = {ref.country for ref in frame.leaders.values() if ref.country}

        def topic_hits(s_index: int, own: dict[int, tuple[int, int]] = parts[f_index],
                       countries: set[str] = countries) -> list[TopicHit]:
            text = facts.sentences[s_index].text
            low, high = own.get(s_index, (0, len(text)))
            # "Aoun thanked Macron for his support for Lebanon": a side's own country named bare is not what was said
            return [hit for hit in sentence_hits(s_index) if low <= hit.start < high
                    and not _own_country_named(hit, text, countries, vocabulary)
                    and not _ties_of_others(hit, text, countries, directory)]

        sentence_indices = sorted(set(content[f_index]))
        sentences = [facts.sentences[i].sentence for i in sentence_indices]
        found = call_topics([SentenceTopics(i, facts.sentences[i].text, topic_hits(i), parts[f_index].get(i))
                             for i in sentence_indices],
                            countries, lead=set(frame.anchors), vocabulary=vocabulary)
        topics: dict[str, list[Sentence]] = {slug: [facts.sentences[i].sentence for i in indices]
                                             for slug, indices in sorted(found.items())}
        minutes, duration_text = find_duration(facts, sentence_indices)
        when = _date_of(frame, facts, sentence_indices)
        if not _all_led_on(frame, when, directory):
            continue
        drafts.append(CallDraft(
            origin=article.origin,
            kind=frame.kind,
            leaders=list(frame.leaders.values()),
            also_present=list(frame.also_present.values()),
            date=when,
            topics=topics,
            positions=find_positions(facts, sentence_indices, frame.leaders, topic_hits, article.origin,
                                     home_side(facts, frame.leaders, list(frame.leaders), set(sentence_indices))),
            sentences=sentences,
            duration_minutes=minutes,
            duration_text=duration_text,
            passing=frame.passing,
            first_told=min(frame.anchors, default=None),
        ))
    warnings = list(facts.warnings)
    if not drafts and not reads_as_english(article.text):
        warnings.append("the text does not read as English, and calls are found in English text only: "
                        "it is stored, and no call was taken from it")
    return Extraction(drafts, warnings, flat_spans([item.sentence for item in facts.sentences]))


def _all_led_on(frame: CallFrame, when: DateResolution, directory: LeaderDirectory) -> bool:
    """Whether everyone on the call led on its day: "their first conversation took place on November 9, when Modi
    congratulated the then President-elect" looks back to a call before one of them took office."""
    people = [person for ref in frame.leaders.values() if ref.is_leader
              and (person := directory.people.get(ref.slug)) is not None]
    if when.precision is DatePrecision.DAY and when.day is not None:
        return all(person.leads_on(when.day) for person in people)
    # "President-elect Milei received a call from former president Trump": within the range the call may have
    # been on (any day, when nothing bounds it), some day when all of them led. The first such day is the range's
    # start or the start of a term.
    latest = when.latest or date.max
    low = when.earliest or date.min
    starts = {low, *(t.start for person in people for t in person.terms
                     if t.is_leader and t.start is not None and low < t.start <= latest)}
    return any(all(person.leads_on(day) for person in people) for day in starts)


def _own_parts(frames: list[CallFrame]) -> list[dict[int, tuple[int, int]]]:
    """For each frame, the part of each sentence telling of it that is its own, where one sentence tells of several
    calls in clauses of their own: from its clause's start to where the next call's clause begins."""
    starts: dict[int, set[int]] = {}
    for frame in frames:
        for index, start in frame.clause_starts.items():
            starts.setdefault(index, set()).add(start)
    parts: list[dict[int, tuple[int, int]]] = []
    for frame in frames:
        own = {}
        for index, start in frame.clause_starts.items():
            later = [other for other in starts[index] if other > start]
            if len(starts[index]) > 1:
                own[index] = (0 if start == min(starts[index]) else start, min(later, default=1 << 30))
        parts.append(own)
    return parts


def _date_of(frame, facts, sentence_indices: list[int]) -> DateResolution:  # noqa: ANN001 - CallFrame, ArticleFacts
    best = frame.best_date()
    if (best is None or all(strength <= 1 for strength, _, _ in frame.dates)) and not frame.passing:
        # Only the day the call was announced: "The call took place on Sunday, the Kremlin said" says when it was.
        # A call told in passing is not the one the lead and "the call" speak of.
        best = date_from_context(frame, dating_sentences(frame, sentence_indices, facts), facts) or best
    if best is not None:
        best = day_told_next_within(best, frame, facts) or best
        best = day_of_a_matching_post(best, frame, sentence_indices, facts) \
            or weekday_after_a_dated_event(best, sentence_indices, facts) or best
        return with_part_of_day(best, sentence_indices, facts)
    article = facts.article
    recent = told_as_recent(frame, facts)
    if not frame.passing and (quoted := day_quoted_by_an_outlet(sentence_indices, facts)) is not None:
        return quoted
    if facts.readout_day and not frame.passing and not recent:
        # An official readout is dated the day it is issued, which is the day of the call it reports.
        day = facts.readout_day
        return DateResolution.on_day(day, f"day the readout was issued, {day:%-d %B %Y}; no other date given")
    if facts.live_day and not frame.dates:  # each entry is news of its own, even beside another call
        day = facts.live_day
        return DateResolution.on_day(day, f"an entry of a live page published {day:%-d %B %Y}; no other date given")
    if article.published:
        return DateResolution(DatePrecision.RANGE, latest=article.published,
                              basis=f"{'told as held recently' if recent else 'no date in the text'}; no later than "
                                    f"publication on {article.published}")
    if facts.readout_month_day and not frame.passing and not recent:
        month, day = facts.readout_month_day
        return DateResolution.unknown(f"the readout's stamp, {day} {calendar.month_name[month]}, gives no year; no "
                                      "other date given", month_day=facts.readout_month_day)
    return DateResolution.unknown("no date in the text and no publication date")
