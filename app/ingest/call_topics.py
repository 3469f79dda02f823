"""Decide what one call was about from the topic hits of the sentences that tell of it.

Each hit of a topic in a sentence weighs 1, except:

- A participant's country is not a topic. A hit whose cue only names a country (the topic's
  `names` in topics.toml: "Iran", "Iranian*", "Taiwan*", "Lebanese"...) weighs 0 when that
  country's leader is on the call and the sentence has none of the topic's `name_context` words.
  So "Iranian President Rouhani spoke with Macron" is not the iran topic on Rouhani's call, but
  "Iran's nuclear programme" is, on his call and on any other; so are cues that are not names (JCPOA).
- A sentence that neither reports the call nor says what was said or discussed in it (the call's
  setting: "The call came after days of friction over X") weighs CONTEXT_WEIGHT when the sentences
  that report the call are known: a passing mention there is not what the call was about, two are.
- A background list is not the call's agenda. A hit inside a list of three or more items
  ("threats from terrorism, North Korea, Iran and climate change") weighs ENUMERATION_WEIGHT,
  unless the sentence has a verb of discussing or reporting ("discussed", "raised", "urged",
  "agreed", "said") or is one of the sentences that report the call itself (`lead`): there a list
  is what was discussed.

- A topic's `call_cues` ("the war", "this war" for ukraine-war) count only on a call about it: its sentences
  name one of the topic's `call_about` words (Ukraine, Kyiv, Zelensky) and none of its `call_not_about`
  (Gaza, Sudan...).

What the call did not discuss ("Nothing was discussed concerning Iran", "Taiwan was not raised") weighs 0.

A topic's weight in a sentence is its heaviest hit there; a call is about a topic when the weights
over its sentences add up to NEEDED. Everything else (congratulations and visits as
bilateral-relations, the wording of each topic) is in the vocabulary's cues.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from app.ingest import cues
from app.ingest.caseless import caseless
from app.ingest.topics import TopicHit, TopicVocabulary, load_vocabulary

ENUMERATION_WEIGHT = 0.4  # a topic only ever listed needs three lists to count
NEEDED = 1.0
CONTEXT_WEIGHT = 0.5  # a sentence that neither reports the call nor says what was said or discussed in it
MIN_ITEMS = 3
MAX_NEGATED_REACH = 120  # characters before "was not raised" that may name what was not raised
MAX_ITEM_WORDS = 6  # a longer stretch between commas is a clause, not a list item
FIRST_ITEM_WORDS = 4  # how far back from the first comma the first item may start
LAST_ITEM_WORDS = 10  # the last item and the rest of its clause ("... and Iran have grown for years")

# Words that make a list in a sentence the call's content rather than background (read twice a sentence).
_DISCUSSING = caseless(
    r"\b(?:discuss\w*|talk(?:s|ed|ing)? (?:about|over|through)|sp(?:oke|eak|eaks|eaking) (?:about|of|on)"
    r"|rais(?:e|es|ed|ing)|exchang\w* (?:\w+ )?(?:views|opinions|ideas|information)|review\w*|address(?:es|ed|ing)"
    # "had a candid communication and exchange on ...", "Particular attention was paid to ...": a readout's wording
    r"|(?:communication|exchange)s? on|attention (?:was |were )?(?:also )?(?:paid|given|devoted) to"
    r"|touch(?:es|ed|ing)? (?:on|upon)|focus\w* on|cent(?:red|ered) on|revolv\w* around|cover(?:s|ed|ing)"
    r"|went over|agenda|topics?"
    # "The subject of the conversation was geopolitics, including European security and the situation in Ukraine"
    r"|(?:subject|theme|focus|substance)s? of (?:(?:the|their|this|that) (?:\w+ )?)?"
    r"(?:call|conversation|talks?|discussions?)"
    r"|(?:issues|matters|subjects|areas|fields),? (?:such as|including|like)"
    r"|(?:during|in|on) the (?:\w+ )?(?:call|conversation|(?:tele)?phone talk)|urg(?:e|es|ed|ing)|press(?:es|ed|ing)"
    r"|stress(?:es|ed|ing)|emphasi[sz]\w*|underscor\w*|underlin\w*|reaffirm\w*|reiterat\w*|agree[ds]?"
    r"|pledg\w*|commit(?:s|ted)|welcom\w*|condemn\w*|call(?:s|ed|ing)? for|express\w*|told|brief\w*"
    r"|highlight\w*|convey\w*|co-?operat\w* (?:on|in)|work(?:s|ed|ing)? (?:together )?on"
    r"|said|says|stated|noted|added|warned|asked|sought)\b")
# What was not discussed: "Nothing was discussed concerning Iran", "did not discuss Taiwan", "There was no
# discussion of sanctions" name it after the negation, up to a "but" or the clause's end ...
_NOT_DISCUSSED_AFTER = caseless(
    r"\b(?:(?:nothing|none of (?:it|this|that))\b (?:\w+ ){0,2}?(?:was|were|got) (?:\w+ )?"
    r"(?:discussed|raised|mentioned|said)"
    r"|(?:did|do|does|could|would)(?: not|n['’]t) (?:(?!only\b|just\b)\w+ )?(?:discuss|raise|mention|address|bring up"
    r"|talk about|touch on)|no (?:discussion|mention) (?:of|about|on))\b(?:(?!\bbut\b)[^.;:!?]){0,120}"
    # "Lula didn't mention, however, a subject he often raised: the US embargo": what was not named after a colon
    r"(?::(?:(?!\bbut\b)[^.;:!?]){0,60})?")
# ... and "Taiwan was not raised", "Iran did not come up" before it, from the clause's start.
_NOT_DISCUSSED_BEFORE = caseless(
    r"\b(?:(?:was|were|is|are)(?: not|n['’]t| never) (?:\w+ )?(?:discussed|raised|mentioned|addressed|brought up)"
    r"|(?:did|does|do)(?: not|n['’]t) come up)\b")
# '"...," Lula said during a government event with the health industry to announce investments': where the words
# quoted were said, after the quotation, is not what the call was about.
_WHERE_IT_WAS_SAID = caseless(r"[,.!?][\"”]\s+[^\"“”]{0,60}?\b(?:said|says|told \w+|added|wrote|remarked)\s+"
                              r"(?:on \w+\s+)?(?P<where>(?:during|at|while (?:attending|speaking at|visiting))\s+"
                              r"(?:a|an|the)\b[^\"“”]*)$")
_CLAUSE_START = re.compile(r"[.;:!?,]")
_CLAUSE = re.compile(r"[^;:()\u2013\u2014]+")  # a list does not run across these
_ITEM_SEPARATOR = re.compile(r",(?=\s)")  # "1,000" is one number, not two items
_CONJUNCTION = re.compile(r"(?:^|\s)(?:and|or|as well as|and/or)\s", re.IGNORECASE)
# "At the outset, Trudeau and Macron voiced concern ...": a sentence's opening phrase is no list item.
_OPENING_PHRASE = re.compile(
    r"[\s\"“‘']*(?:(?:At|In|On|During|After|Before|Following|Throughout|Over)"
    r" (?:the|a|an|their|this|that|its|his|her)\b[^,]*"
    r"|(?:On |Last |This |Earlier |Late )?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?: \w+)?"
    r"|(?:First|Second|Third)(?:ly| of all)?|Finally|Lastly|Also|Meanwhile|However|Moreover|Furthermore|Additionally"
    r"|In addition|Earlier|Later|Then|Notably|Separately|Above all|To begin with|Likewise"
    r"|For (?:his|her|their) part)\s*")
_WORD = re.compile(r"\w+(?:['\u2019.-]\w+)*")


@dataclass(frozen=True)
class SentenceTopics:
    """One sentence that tells of a call, with the topic hits found in it."""

    index: int  # the sentence's index in the article
    text: str
    hits: Sequence[TopicHit]
    # the part of the sentence that is this call's own, where a sentence tells of several calls in clauses of its own
    part: tuple[int, int] | None = None


def call_topics(sentences: Iterable[SentenceTopics], countries: Collection[str], *, lead: Collection[int] = (),
                vocabulary: TopicVocabulary | None = None) -> dict[str, list[int]]:
    """The call's topics, each with the indices of the sentences that show it, in reading order.

    `countries` are the ISO codes of the leaders on the call; `lead` the indices of the sentences
    that report the call itself (its anchors).
    """
    vocabulary = vocabulary or load_vocabulary()
    totals: dict[str, float] = {}
    evidence: dict[str, list[int]] = {}
    sentences = list(sentences)
    on_call = _call_cue_hits(sentences, vocabulary)
    for sentence in sentences:
        hits = [*sentence.hits, *on_call.get(sentence.index, ())]
        listed = _listed_spans(sentence, hits, lead)
        heaviest: dict[str, float] = {}
        # "The call came after days of friction over X": the setting of the call, not what it was about, even where
        # the sentence names the call's leaders ("Tusk's call with Nausėda came after ...")
        context = bool(lead) and (sentence.index not in lead and not _says_what(sentence.text)
                                  or cues.CALL_CONTEXT.search(sentence.text) is not None)
        unsaid = _not_discussed(sentence.text) if hits else []
        for hit in hits:
            if any(start <= hit.start < end for start, end in unsaid):
                continue
            weight = _weight(hit, sentence.text, countries, listed, vocabulary) * (CONTEXT_WEIGHT if context else 1.0)
            heaviest[hit.slug] = max(weight, heaviest.get(hit.slug, 0.0))
        for slug, weight in heaviest.items():
            if weight > 0:
                totals[slug] = totals.get(slug, 0.0) + weight
                evidence.setdefault(slug, []).append(sentence.index)
    return {slug: indices for slug, indices in evidence.items() if totals[slug] >= NEEDED}


def _call_cue_hits(sentences: Sequence[SentenceTopics], vocabulary: TopicVocabulary) -> dict[int, list[TopicHit]]:
    """By sentence index, the hits of the cues that count only on a call about their topic."""
    found: dict[int, list[TopicHit]] = {}
    for slug, call_cues in vocabulary.call_cues.items():
        if not call_cues.about_the_call(sentence.text for sentence in sentences):
            continue
        for sentence in sentences:
            # "Korea's diplomacy" is no way to end a war even on a call about one: not_when holds here too
            low, high = sentence.part or (0, len(sentence.text))
            found.setdefault(sentence.index, []).extend(
                TopicHit(slug, match.start(), match.end(), match.group())
                for match in call_cues.cues.finditer(sentence.text) if low <= match.start() < high
                if not vocabulary.vetoed(slug, sentence.text, match.start(), match.end()))
    return found


def _not_discussed(text: str) -> list[tuple[int, int]]:
    """The spans of a sentence naming what the call did not discuss, or where what it quotes was said."""
    spans = [match.span() for match in _NOT_DISCUSSED_AFTER.finditer(text)]
    if (said := _WHERE_IT_WAS_SAID.search(text)) is not None:
        spans.append(said.span("where"))
    for match in _NOT_DISCUSSED_BEFORE.finditer(text):
        low = max(0, match.start() - MAX_NEGATED_REACH)
        stops = [stop.end() for stop in _CLAUSE_START.finditer(text, low, match.start())]
        spans.append((stops[-1] if stops else low, match.end()))
    return spans


def _says_what(text: str) -> bool:
    """Whether a sentence says what was discussed or said: a verb of discussing, or any verb a stance is stated with
    ("Sanchez announced that Spain will send ...")."""
    return _DISCUSSING.search(text) is not None or cues.STANCE.search(text) is not None


def _weight(hit: TopicHit, text: str, countries: Collection[str], listed: list[tuple[int, int]],
            vocabulary: TopicVocabulary) -> float:
    named = vocabulary.countries.get(hit.slug)
    if named is not None and named.country in countries and named.bare(hit, text):
        return 0.0
    if any(start <= hit.start and hit.end <= end for start, end in listed):
        return ENUMERATION_WEIGHT
    return 1.0


def _listed_spans(sentence: SentenceTopics, hits: Sequence[TopicHit], lead: Collection[int]) -> list[tuple[int, int]]:
    """Where the sentence lists things as background: none in a lead or a sentence of discussing."""
    if not hits or sentence.index in lead or _DISCUSSING.search(sentence.text):
        return []
    return enumerations(sentence.text)


def enumerations(text: str) -> list[tuple[int, int]]:
    """The spans of lists of MIN_ITEMS or more short items: "A, B and C", "A, B, or C"."""
    spans: list[tuple[int, int]] = []
    for clause in _CLAUSE.finditer(text):
        segments = _segments(text, clause.start(), clause.end())
        for last, (start, end) in enumerate(segments):
            joined = _CONJUNCTION.search(text, start, end)
            if joined is None or last == 0:
                continue
            before, after = _words(text, start, joined.start()), _words(text, joined.end(), end)
            if len(before) > MAX_ITEM_WORDS or not after or len(after) > LAST_ITEM_WORDS:
                continue
            first = last - 1
            while first > 0 and len(_words(text, *segments[first])) <= MAX_ITEM_WORDS \
                    and not _CONJUNCTION.search(text, *segments[first]):
                first -= 1
            if first == 0 and clause.start() == 0 and _OPENING_PHRASE.fullmatch(text, *segments[0]):
                first = 1
            items = (last - first) + (1 if before else 0) + 1  # segments first..last-1, then before and after
            if items < MIN_ITEMS:
                continue
            opening = _words(text, *segments[first])[-FIRST_ITEM_WORDS:]
            if opening:
                spans.append((opening[0].start(), after[-1].end()))
    return spans


def _segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The comma-separated stretches of text[start:end], as (start, end) offsets."""
    segments: list[tuple[int, int]] = []
    for separator in _ITEM_SEPARATOR.finditer(text, start, end):
        segments.append((start, separator.start()))
        start = separator.end()
    segments.append((start, end))
    return segments


def _words(text: str, start: int, end: int) -> list[re.Match[str]]:
    return list(_WORD.finditer(text, start, end))
