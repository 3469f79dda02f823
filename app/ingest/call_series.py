"""Calls told as lists and series: leaders called in turn, the leaders of a call listed after it, or named next."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.ingest import cues
from app.ingest.caseless import gated
from app.ingest.analysis import ArticleFacts, PersonSpan, SentenceFacts
from app.ingest.call_dates import date_for
from app.ingest.call_frame import CallFrame, Cue
from app.ingest.call_plans import governed_by_plan
from app.ingest.call_roles import clause_around, only_titles_between, roles_at, unique_people
from app.ingest.types import DateResolution


_LISTED_LINES = 30  # "the following leaders:" and a line for each
_LISTED_LINE_LENGTH = 120  # characters: a line naming a leader and their country, not a sentence of the story
# "a call with the leaders of the European countries", "The heads of government from France, Germany and the United
# Kingdom held a joint call": a call with a group named by what its members lead, not by their names.
_UNNAMED_GROUP = re.compile(r"\b(?:leaders|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?)\s+(?:of|from)\b"
                            r"|\b(?:European|Western|Arab|Gulf|Nordic|G7|G-7|G20|NATO|EU|allied)\s+(?:leaders|allies"
                            r"|counterparts)\b", re.IGNORECASE)
# "participants included A, B and C", "Joining Biden on the call were A and B": the leaders of a call, listed.
LISTING = re.compile(r"\bparticipants\s+(?:included|were)\b|\bjoining\s+(?:\w+\s+){1,3}?on\s+the\s+"
                     r"(?:call|line|video\s*call|videoconference|video\s+conference)\s+were\b"
                      # "Joining the call were the following leaders:"
                     r"|\bjoining\s+the\s+(?:call|video\s*call|videoconference|video\s+conference)\s+were\b"
                     r"|\b(?:also\s+)?on\s+the\s+(?:call|line)\s+were\b"
                     # "The following members of the Bureau participated in the teleconference:"
                     r"|\bfollowing\s+(?:[\w-]+\s+){0,4}?(?:participated|took\s+part)\s+in\s+(?:the\s+)?"
                     r"(?:[\w-]+\s+){0,2}?(?:call|teleconference|videoconference|video\s*call|(?:video\s+)?conference"
                     r"|meeting)\s*:"
                     # "participated in the Meeting as follows:"
                     r"|\b(?:participated|took\s+part)\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:call|teleconference"
                     r"|videoconference|conference|meeting)\s+as\s+follows\s*:"
                      # "The call in the Situation Room was with A, B and C"
                     r"|^\s*The\s+(?:[\w-]+\s+){0,2}?(?:call|teleconference|videoconference|conference)\b"
                     # "The hour-long call hosted by Biden included A, B and C"
                     r"[^.;\"“]{0,60}?\s+(?:was\s+with|included)\b", re.IGNORECASE)

# "President Bah N'Daw of Mali, represented by the Minister of Foreign Affairs": not on the call himself
_REPRESENTED_BY = re.compile(r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*){1,4})?\s*,?\s*(?:who\s+was\s+)?"
                             r"represented\s+by\b")


def listed_after(index: int, item: SentenceFacts, facts: ArticleFacts, reported: int,
                 reported_cues: list[Cue]) -> CallFrame | None:
    """"Leaders of the G7 held a video conference on Sunday. ... Biden, Macron, Scholz ... took part.": a call that
    names no one, and a sentence soon after listing the leaders who took part in it ("participants included A, B
    and C", "Joining Biden on the call were A, B and C")."""
    joined = cues.JOINED.search(item.text)
    listing = LISTING.search(item.text)
    report, cue = facts.sentences[reported], reported_cues[0]
    if listing is not None:
        people = unique_people([p for p in item.leaders() if not p.possessive
                                and not _REPRESENTED_BY.match(item.text, p.end)])
    elif joined is not None:
        # "A joined from the White House, and B chaired the discussion with C and the other leaders": B and C too
        chaired = _CHAIRED.search(item.text, joined.end())
        people = unique_people([p for p in item.leaders() if not p.possessive
                                and (p.end <= joined.start() or chaired is not None and p.start > joined.end())])
    elif reported == index - 1 and _UNNAMED_GROUP.search(report.text) \
            and len(opening := _opening_group(item)) >= 3 and {p.ref.slug for p in opening} & {
                p.ref.slug for p in roles_at(report, (cue.start, cue.end), noun=cue.noun).callers}:
        # "Biden, in a call with leaders of France and Germany, discussed ... Biden, France's Macron and Germany's
        # Scholz called on Russia to ...": the caller and those leaders, named together as the next one's subject
        people = opening
    elif reported == index - 1 and (chair := _CHAIRED_THE_CALL.search(item.text)) is not None \
            and _UNNAMED_GROUP.search(report.text):
        # "European leaders ... after a joint call with Mr Trump. Sir Keir co-chaired the virtual meeting": the chair,
        # and whoever the report names on the call
        roles = roles_at(report, (cue.start, cue.end), noun=cue.noun)
        people = unique_people([*roles.callers, *roles.called,
                                *(p for p in item.leaders() if not p.possessive and p.end <= chair.start())])
    else:
        return None
    lines: list[int] = []
    if listing is not None and len(people) < 2 and item.text.rstrip().endswith(":"):
        # "Joining the call were the following leaders:" and then a leader a line
        for following in range(index + 1, min(len(facts.sentences), index + 1 + _LISTED_LINES)):
            named = [p for p in facts.sentences[following].leaders() if not p.possessive]
            if not named or len(facts.sentences[following].text) > _LISTED_LINE_LENGTH:
                break
            people, lines = unique_people([*people, *named]), [*lines, following]
    if reported != index and listing is not None:
        # "Biden held a video call with European leaders. Joining the call were A, B and C": and him
        people = unique_people([*roles_at(report, (cue.start, cue.end), noun=cue.noun).callers, *people])
    if len(people) < 2:
        return None
    video = cues.tells_video_call(report.text) or cues.tells_video_call(item.text)  # "chaired the video meeting"
    frame = CallFrame(leaders={p.ref.slug: p.ref for p in people}, anchors=[reported, index, *lines],
                      kind="video-call" if video else "call")
    if listing is not None:
        # "Joining Biden on the call were A, NATO Secretary General B, C and D": the official listed among them
        frame.also_present = {p.ref.slug: p.ref for p in item.people if not p.ref.is_leader and not p.possessive
                              and p.start >= listing.end() and p.ref.slug not in frame.leaders}
    date = date_for(report, (cue.start, cue.end), None, facts, clause_around(report.text, cue.start))
    if date is not None:
        frame.dates.append((3, reported, date))
    return frame


_CHAIRED_THE_CALL = re.compile(r"\b(?:co-?)?(?:chaired|hosted)\s+the\s+(?:[\w-]+\s+)?(?:meeting|call|conference|summit"
                               r"|session)\b")
_CHAIRED = re.compile(r"\b(?:chaired|hosted|moderated|led)\s+(?:the|a)\s+(?:discussion|meeting|call|conference"
                      r"|session|talks)\b")


def _opening_group(item: SentenceFacts) -> list[PersonSpan]:
    """The leaders named together at the start of the sentence, titles and countries between them."""
    group: list[PersonSpan] = []
    for person in item.leaders():
        gap = item.text[group[-1].end if group else 0:person.start]
        if person.possessive or not only_titles_between(gap):
            break
        group.append(person)
    return unique_people(group)
_TWO_UNNAMED = re.compile(r"\b[Tt]he two (?:heads of (?:state|government)|leaders|presidents|prime ministers)\b")
_PAIR_OPENING = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,4}")
_PAIR_AND = re.compile(r"\s+and\s+")
_THE_CALL_BEFORE = re.compile(r"\b[Tt]he\s+(?:(?:tele)?phone\s+|video\s+)?$")
# "President El-Sisi and the Prime Minister discussed": what the pair did, not what they will do
_PAST_AFTER_PAIR = re.compile(r"\s+(?:(?:also|then|later|both)\s+)?(?:[a-z]{2,}ed|spoke|told|said|agreed|held|had"
                              r"|made|took|gave|saw|sought|underlined|underscored)\b")
_BARE_CALL_OPENING = re.compile(r"\s*(?:The|This|That)\s+(?:[\w-]+\s+)?(?:(?:tele)?phone\s+)?(?:call|conversation)\b")
_CONTACT_BETWEEN = re.compile(r"\b(?:contact|call|conversation|talks|discussion|exchange)\s+between\s+"
                              r"(?:(?:the\s+)?(?:[A-Z][\w.'’-]*\s+)*)$")
_CONTACT_REACH = 60  # characters from "contact between" to the first leader, titles and all


def pair_named_next(item: SentenceFacts, facts: ArticleFacts, reported: int,
                    reported_cues: list[Cue]) -> CallFrame | None:
    """"The two heads of state had a telephone conversation on Tuesday, the Kremlin said. Russian President Dmitry
    Medvedev and Obama discussed ...": the pair that opens the next sentence had the call."""
    report, cue = facts.sentences[reported], reported_cues[0]
    leaders = _joined_pair(item)
    if not leaders:
        return None
    opening = _PAIR_OPENING.fullmatch(item.text, 0, leaders[0].start) is not None
    # "A spokesman said the phone call dealt with the Red Sea. President El-Sisi and the Prime Minister discussed ...":
    # the call, told as known, by a report naming no leader at all
    known_call = opening and cue.noun and not report.leaders() \
        and _THE_CALL_BEFORE.search(report.text, 0, cue.start) is not None \
        and _PAST_AFTER_PAIR.match(item.text, leaders[1].end) is not None and not cues.in_person(item.text)
    # "The call was made at Berlin's request. The hour-long discussion was the first direct contact between Olaf
    # Scholz and Vladimir Putin in two years": the pair the call's next sentence says it was between
    contact = (bare := _BARE_CALL_OPENING.match(report.text)) is not None and cue.start < bare.end() \
        and _CONTACT_BETWEEN.search(item.text, max(0, leaders[0].start - _CONTACT_REACH), leaders[0].start)
    if not (opening and _TWO_UNNAMED.search(report.text, 0, cue.start) or known_call or contact):
        return None
    frame = CallFrame(leaders={p.ref.slug: p.ref for p in leaders}, anchors=[reported, item.sentence.index],
                      kind="video-call" if cues.tells_video_call(report.text) else "call")
    date = date_for(report, (cue.start, cue.end), None, facts, clause_around(report.text, cue.start))
    if date is not None:
        frame.dates.append((3, reported, date))
    return frame


def _joined_pair(item: SentenceFacts) -> list[PersonSpan]:
    """The sentence's first two leaders when joined as "A and B", titles and countries before each."""
    leaders = [p for p in item.leaders() if not p.possessive]
    joined = _PAIR_AND.match(item.text, leaders[0].end) if leaders else None
    if len(unique_people(leaders[:2])) < 2 or joined is None \
            or not only_titles_between(item.text[joined.end():leaders[1].start]):
        return []
    return leaders[:2]


def _opening_pair(item: SentenceFacts) -> list[PersonSpan]:
    """The two leaders the sentence opens with, "A and B", titles and countries before each."""
    leaders = _joined_pair(item)
    return leaders if leaders and _PAIR_OPENING.fullmatch(item.text, 0, leaders[0].start) else []


# "Saturday's phone call was initiated by Ankara", "The conversation came at Riyadh's request", "After the call, the
# Kremlin said": the call itself, told as known already, not an earlier or a coming one.
_THE_CALL_OPENING = re.compile(r"\s*(?:(?:After|During|Following|In|Over)\s+the\s+"
                               r"|(?:The|This|That|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun|Yester|To)day['’]s)\s+"
                               r"(?!(?:previous|last|earlier|prior|first|next|planned|upcoming)\b)(?:[\w-]+\s+){0,2}?)"
                               r"(?:(?:tele)?phone\s+|video\s+)?(?:call|conversation|talks)\b")


def pair_named_before(item: SentenceFacts, facts: ArticleFacts, reported_cues: list[Cue]) -> CallFrame | None:
    """"Putin and Erdogan praised their cooperation on grain exports, the Kremlin said. Saturday's phone call was
    initiated by Ankara.": a sentence opening with the call, and naming no other leader, tells the call of the two
    leaders the sentence before opens with, if that one told of no meeting."""
    index = item.sentence.index
    opening = _THE_CALL_OPENING.match(item.text)
    if opening is None or not any(cue.noun and cue.start < opening.end() for cue in reported_cues):
        return None
    before = facts.sentences[index - 1]
    leaders = _opening_pair(before)
    if not leaders or len(unique_people([p for p in before.leaders() if not p.possessive])) != 2 \
            or cues.in_person(before.text) or {p.ref.slug for p in item.leaders()} - {p.ref.slug for p in leaders}:
        return None
    cue = reported_cues[0]
    frame = CallFrame(leaders={p.ref.slug: p.ref for p in leaders}, anchors=[index - 1, index],
                      kind="video-call" if cues.tells_video_call(item.text) else "call")
    date = date_for(item, (cue.start, cue.end), None, facts, clause_around(item.text, cue.start))
    if date is not None:
        frame.dates.append((3, index, date))
    return frame


_SEVERAL_CALL_NOUN = re.compile(r"\b(?:calls|conversations)$", re.IGNORECASE)
# "Bush began Friday with calls to A, B and C": the sentence naming them tells a call with each
_CALLS_TO_EACH = re.compile(r"\b(?:calls|conversations)\s+(?:(?:on|this|last)\s+\w+\s+)?(?:with|to)\b",
                            re.IGNORECASE)


def group_named_after(index: int, found: list[CallFrame], facts: ArticleFacts, reported: int,
                      reported_cues: list[Cue]) -> CallFrame | None:
    """"Biden held a phone call with the leaders of the European countries on December 6. President Biden talked
    with A, B, C and D.": one call with a group the report did not name, whose members the next sentences name, on
    the report's day. The calls found there, one with each, share one leader: the one who called."""
    report, cue = facts.sentences[reported], reported_cues[0]
    if len(found) < 2 or not cue.noun or not _UNNAMED_GROUP.search(report.text) \
            or any(frame.passing or frame.told for frame in found) \
            or _SEVERAL_CALL_NOUN.search(report.text, cue.start, cue.end):
        # "exchanged greetings during phone conversations with leaders of the region": a call with each
        return None
    shared = frozenset.intersection(*(frame.key for frame in found))
    leaders = {slug: ref for frame in found for slug, ref in frame.leaders.items()}
    if len(leaders) < 3 or not shared:
        return None
    date = date_for(report, (cue.start, cue.end), None, facts, clause_around(report.text, cue.start))
    days = {frame.day() for frame in found} - {None}
    if date is not None and days and days != {date.day}:
        return None  # the calls named after have days of their own
    frame = CallFrame(leaders=leaders, anchors=[reported, index],
                      kind="video-call" if cues.tells_video_call(report.text) or any(
                          f.kind == "video-call" for f in found) else "call")
    frame.dates = [entry for f in found for entry in f.dates] + ([(3, reported, date)] if date is not None else [])
    for f in found:
        frame.clause_starts.update(f.clause_starts)
    return frame


def calls_each_named_after(index: int, found: list[CallFrame], facts: ArticleFacts, reported: int,
                           reported_cues: list[Cue]) -> bool:
    """"Bush spent Friday consulting by telephone with leaders of coalition countries. He began with calls to A, B and
    C": the report's group, named after as calls to each, one call with each on the report's day."""
    report, cue = facts.sentences[reported], reported_cues[0]
    if len(found) < 2 or not _UNNAMED_GROUP.search(report.text) \
            or not _CALLS_TO_EACH.search(facts.sentences[index].text) \
            or any(frame.passing or frame.told for frame in found) \
            or not frozenset.intersection(*(frame.key for frame in found)):
        return False
    date = date_for(report, (cue.start, cue.end), None, facts, clause_around(report.text, cue.start))
    for frame in found:
        if not frame.dates and date is not None:
            frame.dates.append((3, reported, date))
        frame.anchors.insert(0, reported)
    return True


def calls_to_leaders_unnamed(item: SentenceFacts) -> Cue | None:
    """"Zelensky called six European leaders on Friday": calls whose leaders the text names only after."""
    if not cues.ANY_CALL_WORD.search(item.text):
        return None
    for match in cues.SPEAK_VERB.finditer(item.text):
        if LEADERS_UNNAMED.match(item.text, match.end()) and not governed_by_plan(item.text, match.start()):
            return Cue(match.start(), match.end(), False)
    # "Trump hopped on the phone with multiple world leaders last Saturday": the phone, not a verb, tells the calls
    for match in cues.PHONE_ADVERB.finditer(item.text):
        if LEADERS_UNNAMED.match(item.text, match.end()) and not governed_by_plan(item.text, match.start()):
            return Cue(match.start(), match.end(), True)
    return None


# "Zelensky held several phone calls on Tuesday": a series whose leaders the next sentences name
# "received congratulations ... during a round of telephone calls on Sunday": a series too
_SEVERAL_CALLS = re.compile(r"\b(?:(?:held|had|made|conducted)\s+(?:several|a\s+series\s+of|a\s+number\s+of"
                            r"|a\s+round\s+of|two|three|four|five|six|\d+)|(?:during|in)\s+a\s+round\s+of)\s+"
                            r"(?:(?:phone|telephone)\s+)?(?P<calls>calls|conversations)\b", re.IGNORECASE)


def several_calls(item: SentenceFacts) -> Cue | None:
    found = _SEVERAL_CALLS.search(item.text) or _CALLS_WITH_UNNAMED.search(item.text)
    if found is None or len(item.leader_slugs()) != 1 or governed_by_plan(item.text, found.start()):
        return None
    return Cue(found.start("calls"), found.end("calls"), True)


def bulleted_call(index: int, item: SentenceFacts, caller: PersonSpan) -> list[CallFrame]:
    """A bullet line after "spoke with:": a call of the one who spoke with the leader the line names."""
    listed = unique_people([p for p in item.leaders() if not p.possessive and p.ref.slug != caller.ref.slug])
    return [CallFrame(leaders={caller.ref.slug: caller.ref, person.ref.slug: person.ref}, anchors=[index],
                      separate=True, clause_starts={index: 0}) for person in listed[:1]]


# "Among other callers was A", "Among those conveying their sympathies were A and B": more calls to the one called
AMONG_CALLERS = re.compile(r"\s*Among\s+(?:the\s+)?(?:other\s+|many\s+|further\s+)?(?:callers"
                           r"|those\s+(?:who\s+(?:also\s+)?(?:called|phoned|telephoned|rang)"
                           r"|(?:also\s+)?(?:calling|phoning|telephoning|conveying|offering|extending|expressing))"
                           r"\b[^.;:\"“]{0,80}?)\s+(?:were|was)\s+", re.IGNORECASE)


def among_other_callers(index: int, item: SentenceFacts, among: re.Match[str], last: CallFrame) -> list[CallFrame]:
    """"Salman called Modi on Friday. Among other callers was Abe, whom Modi thanked": a call of the one called
    before, named again here, with each caller listed; nothing when the sentence does not name that one again."""
    named = unique_people([p for p in item.leaders() if p.start >= among.end() and not p.possessive])
    receivers = [p for p in named if p.ref.slug in last.leaders]
    listed = [p for p in named if p.ref.slug not in last.leaders]
    if len(receivers) != 1 or not listed:
        return []
    receiver = receivers[0]
    return [CallFrame(leaders={receiver.ref.slug: receiver.ref, person.ref.slug: person.ref}, anchors=[index],
                      separate=len(listed) > 1, clause_starts={index: 0}) for person in listed]


def among_those_he_spoke_to(index: int, item: SentenceFacts, among: re.Match[str], caller: PersonSpan,
                            ) -> list[CallFrame]:
    """"Among the world leaders he spoke to by phone were A, B and C": a call of the last subject with each."""
    listed = unique_people([p for p in item.leaders() if p.start >= among.end() and not p.possessive
                            and p.ref.slug != caller.ref.slug])
    return [CallFrame(leaders={caller.ref.slug: caller.ref, person.ref.slug: person.ref}, anchors=[index],
                      separate=len(listed) > 1, clause_starts={index: 0}) for person in listed]


@dataclass(frozen=True)
class SeriesReport:
    """A sentence reporting calls to leaders it names only after: where it is, who called, and on what day."""

    index: int
    callers: frozenset[str]
    date: DateResolution | None  # None when neither the sentence nor the publication gives a day
    caller: PersonSpan  # the first of them, for "he" or "the president" in the calls told after
    listed_only: bool = False  # undated calls received, whose callers only an "Among those ... were" list names


def series_report(facts: ArticleFacts, reported: int, cue: Cue) -> SeriesReport | None:
    """"On Friday, Zelensky called six European leaders": who called and when, read once for all the calls named
    after it; None when it names no caller, or no day in a text that has a publication date."""
    report = facts.sentences[reported]
    spans = roles_at(report, (cue.start, cue.end), noun=cue.noun).callers
    date = date_for(report, (cue.start, cue.end), None, facts, clause_around(report.text, cue.start))
    # An undated text's series still tells who made the calls named after it: "The talks with Stubb ..."; so does
    # "has received phone calls from a number of leaders", for those listed after it as "Among those calling were"
    received = date is None and facts.anchor is not None and _RECEIVED_CALLS.search(report.text) is not None
    return SeriesReport(reported, frozenset(p.ref.slug for p in spans), date, spans[0], listed_only=received) \
        if spans and (date is not None or facts.anchor is None or received) else None


_RECEIVED_CALLS = re.compile(r"\breceived\s+(?:[\w-]+\s+){0,3}?calls\s+from\b", re.IGNORECASE)


# "discussed bilateral ties with", "also extended Eid greetings to": what the caller of a series did with each leader
# "conducted discussions with", "has also had discussions with": the talks of one call of the series
_TOOK_UP_WITH = re.compile(r"\b(?:discussed|exchanged|extended|conveyed|offered"
                           r"|(?:conducted|held|had)\s+(?:[\w-]+\s+)?(?:discussions|talks))\b"
                           r"[^.;:]{0,80}?\b(?:with|to)\s",
                           re.IGNORECASE)
_SUBJECT_PRONOUN = re.compile(r"\s*(?:He|She)\b")
_TALKS_WITH_OPENING = re.compile(r"\s*(?:(?:During|In)\s+(?:his|her)|(?P<the>The))\s+(?:[\w-]+\s+){0,2}?"
                                 r"(?:talks|conversation|call|discussions?)\s+with\s+", re.IGNORECASE)
# "The call with the Russian president, Vladimir Putin, lasted ...": the leader's title set before the name
_DESCRIBED_BEFORE_NAME = re.compile(r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:president|prime\s+minister|chancellor"
                                    r"|premier|leader|king|emir|sultan)\s*,\s*", re.IGNORECASE)
_PRONOUN_AFTER_COMMA = re.compile(r",\s*(?:he|she)\b", re.IGNORECASE)
_SUBJECT_TITLE = re.compile(r"\s*The\s+(?P<title>President|Prime\s+Minister|Chancellor)\b")


def series_counterparts(index: int, item: SentenceFacts, series: SeriesReport) -> list[CallFrame]:
    """"Erdogan held phone talks with his counterparts on Friday. He discussed ties with Iran's Rouhani, Algeria's
    Tebboune and Tunisia's Saied": the series' caller, the sentence's subject, had one of its calls with each."""
    if (among := AMONG_CALLERS.match(item.text)) is not None:
        # "has received calls from a number of leaders. Among those conveying their sympathies were A and B"
        listed = unique_people([p for p in item.leaders() if p.start >= among.end() and not p.possessive
                                and p.ref.slug not in series.callers])
    elif series.listed_only:
        return []
    elif (opening := _TALKS_WITH_OPENING.match(item.text)) is not None and opening.group("the"):
        # "The talks with Finnish President Stubb focused on ...": the one named right after, the series' caller's
        listed = [p for p in item.leaders() if not p.possessive and p.ref.slug not in series.callers
                  and (p.start == opening.end() or _DESCRIBED_BEFORE_NAME.fullmatch(item.text, opening.end(), p.start))]
    elif opening is not None:
        # "During his talks with Turkish President Erdogan, Xi said ...": the one the opener names, the subject after
        comma = item.text.find(",", opening.end())
        if comma < 0:
            return []
        subject = [p for p in item.leaders() if comma < p.start <= comma + 40]
        listed = unique_people([p for p in item.leaders() if opening.end() <= p.start and p.end <= comma
                                and not p.possessive and p.ref.slug not in series.callers])
        if not (subject and subject[0].ref.slug in series.callers or _PRONOUN_AFTER_COMMA.match(item.text, comma)):
            return []
    elif (took_up := _TOOK_UP_WITH.search(item.text)) is not None and not cues.in_person(item.text):
        subject = [p for p in item.leaders() if p.end <= took_up.start()]
        titled = _SUBJECT_TITLE.match(item.text)
        by_title = titled is not None and \
            (series.caller.ref.office or "").lower() == " ".join(titled.group("title").lower().split())
        if not (subject and {p.ref.slug for p in subject} <= series.callers or _SUBJECT_PRONOUN.match(item.text)
                or by_title):
            return []  # "The President has also had discussions with A and B": the series' caller, by title
        listed = unique_people([p for p in item.leaders() if p.start >= took_up.end() and not p.possessive
                                and p.ref.slug not in series.callers])
    else:
        return []
    return [CallFrame(leaders={series.caller.ref.slug: series.caller.ref, person.ref.slug: person.ref},
                      anchors=[series.index, index], dates=[(2, series.index, series.date)] if series.date else [],
                      separate=len(listed) > 1, clause_starts={index: 0}) for person in listed]


def date_from_series(frames: list[CallFrame], series: SeriesReport) -> None:
    """"He spoke with the leaders of A, B and C": the undated calls named after a series report by its caller are
    its calls, on its day."""
    for frame in frames:
        if not frame.dates and series.date is not None and series.callers <= set(frame.leaders):
            frame.dates.append((2, series.index, series.date))
            frame.anchors.append(series.index)


# "Zelensky called six European leaders", "spoke with several of his counterparts", "spoke by phone late Wednesday
# with several world leaders", "held phone calls with world leaders", "with the leaders of several countries": calls
# told before the names of those called.
_UNNAMED_LEADERS_GROUP = (
    r"(?:(?:several|multiple|a number of|a series of|(?:\w+\s+)?other|\d+|two|three|four|five|six|seven|eight|nine|ten"
    r"|a dozen|half[ -]a[ -]dozen|dozens of)\s+(?:of\s+his\s+|of\s+her\s+)?(?:[\w-]+\s+){0,2}?(?:leaders|counterparts"
    r"|heads of (?:state|government)|presidents|prime ministers)"
    r"|world leaders|foreign leaders|(?:his|her)\s+(?:[\w-]+\s+){0,2}?counterparts"
    r"|(?:the\s+)?(?:leaders|heads of (?:state|government)(?: and government)?)\s+of\s+(?:several|a number of|many"
    r"|various|(?:\w+\s+)?other|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+)?"
    r"(?:countries|nations|states))\b")
LEADERS_UNNAMED = re.compile(rf"\s+(?:(?:calls|conversations|talks)\s+)?(?:(?:[\w.-]+\s+){{0,4}}?(?:with|to)\s+)?"
                             rf"{_UNNAMED_LEADERS_GROUP}", re.IGNORECASE)
# "President Xi Jinping's phone conversations with foreign leaders on Tuesday": a series told by its calls' owner
# "received phone calls from a number of heads of state": a series too, its leaders named after
_CALLS_WITH_UNNAMED = re.compile(rf"(?P<calls>calls|conversations)\s+(?:with|from)\s+{_UNNAMED_LEADERS_GROUP}",
                                 re.IGNORECASE)


# Run over whole sentences and rarely matching: each is tried only where a word all its matches hold is found.
_SEVERAL_CALLS, _CALLS_WITH_UNNAMED = map(gated, (_SEVERAL_CALLS, _CALLS_WITH_UNNAMED))
