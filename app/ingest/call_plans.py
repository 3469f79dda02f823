"""Whether a call word tells of a call still to come, rather than one held."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from app.ingest import cues


PLAN_REACH = 45  # characters from "will hold", "expects", "have not spoken" to the call word they govern
BROKE_OFF_REACH = 120  # characters from "interrupted" to the "to call" it was for
# "left a cabinet meeting to hold an urgent round of telephone diplomacy": the calls may be held, made or conducted.
BROKE_OFF_TO = re.compile(r"\b(?:interrupted|paused|broke off|stepped (?:out of|away from)|left)\b[^.;]*?\bto\s+"
                          r"(?:(?:hold|make|conduct)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?)?"
                          r"(?=(?:call|phone|telephone|speak|talk)\b)", re.IGNORECASE)

# "Putin was the first foreign leader to call Bush", "was one of the first leaders to speak with him": a call held;
# so too "Macron became the fourth leader to hold phone talks with Biden"
FIRST_TO_CALL = re.compile(r"\b(?:was|were|is|are|became|has\s+been|had\s+been)\s+(?:also\s+)?(?:the|one\s+of\s+the)\s+"
                           r"(?:very\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest"
                           r"|last|only)\b[^.;,]{0,40}?\bto\s+(?:(?:hold|have|make)\s+(?:a\s+|an\s+)?)?"
                           r"(?=(?:call|phone|telephone|speak|talk)\b)", re.IGNORECASE)

# '"Honored to speak with @POTUS ...," wrote Dan': a post opening on how it felt tells of the call just held, though
# its verb is the infinitive of plans.
PLEASED_TO_SPEAK = cues.caseless(r"(?:(?<=great to )|(?<=good to )|(?<=honored to )|(?<=honoured to )"
                                 r"|(?<=glad to )|(?<=pleased to )|(?<=delighted to )|(?<=nice to ))"
                                 r"(?:speak|talk)(?=\s+(?:with|to)\b)")
_POST_OPENING = re.compile(r"(?:\A|[\"“]\s*)\w+\s+to\s+\Z")


def opens_a_post(text: str, verb: int) -> bool:
    """Whether the words before the verb at `verb` are all the post has said: "Great to" opening it or its quotation."""
    return _POST_OPENING.search(text, max(0, verb - 20), verb) is not None


# "Ahead of the call with Putin on Monday, Starmer spoke with Trump": the call to come is the opener's alone.
_COMING_OPENER = re.compile(r"\s*(?:ahead of|looking ahead to|in anticipation of|in preparation for|on the eve of)\b",
                            re.IGNORECASE)


def opener_plan_only(text: str, plan_end: int, at: int) -> bool:
    """Whether the plan ending at `plan_end` lies in an opening phrase ("Ahead of a call with G7 leaders, ...") that
    a comma closes before `at`: the call to come is the opener's alone, and what follows is told as done."""
    return _COMING_OPENER.match(text, 0, plan_end) is not None and "," in text[plan_end:at]


def governed_by_plan(text: str, cue: int) -> bool:
    """Whether the call word at `cue` is governed by a plan, an expectation or a denial."""
    broke = BROKE_OFF_TO.search(text, max(0, cue - BROKE_OFF_REACH), cue + 10)
    if broke is not None and broke.end() == cue:
        return False  # "interrupted his meeting on Monday to call Putin": what he broke off for, he did
    if (first := FIRST_TO_CALL.search(text, max(0, cue - 80), cue + 10)) is not None and first.end() == cue:
        return False
    if PLEASED_TO_SPEAK.match(text, cue) and opens_a_post(text, cue):
        return False
    found = plan_matches(text)
    for start, end in (*found.not_happened, *found.planned):
        if start <= cue + 5 and _plan_reaches(text, end, cue) and not (end <= cue and opener_plan_only(text, end, cue)):
            return True
    if (plan := cues.PLANNED_AFTER.match(text, cue)) and not _plan_of_another_event(text, cue, plan.end()):
        return True
    # "have spoken several times", "talk regularly": a habit, not one call; "had spoken to A and B several times in
    # recent weeks" says it after the people, with no comma between.
    return any((abs(start - cue) <= PLAN_REACH or cue < start and "," not in text[cue:start])
               and not _HABIT_OF_ANOTHER_VERB.fullmatch(text, start, cue) for start in found.habits)


# "has been repeatedly criticized for speaking to Putin": the habit is the criticism's, and the call it is for was one
_HABIT_OF_ANOTHER_VERB = re.compile(r"(?:regularly|frequently|often|repeatedly|routinely)\s+(?:[a-z]{3,}ed|faced)\s+"
                                    r"(?:[\w-]+\s+){0,2}?(?:for|over)\s+", re.IGNORECASE)


class _PlanMatches(NamedTuple):
    not_happened: tuple[tuple[int, int], ...]  # spans of plans, denials and refusals
    planned: tuple[tuple[int, int], ...]  # spans of the stricter cues of plans
    habits: tuple[int, ...]  # starts of words of habit ("several times")


@lru_cache(maxsize=64)
def plan_matches(text: str) -> _PlanMatches:
    """The plan cues of a sentence, found once: each of its call words is checked against them."""
    return _PlanMatches(tuple(m.span() for m in cues.NOT_HAPPENED.finditer(text)),
                        tuple(m.span() for m in cues.PLANNED_EXTRA.finditer(text)),
                        tuple(m.start() for m in cues.HABITUAL.finditer(text)))


def _plan_reaches(text: str, plan_end: int, cue: int) -> bool:
    """Whether a plan's words reach the call word: near it, or near it but for the names and titles between ("will
    speak with Russian President Vladimir Putin during a Tuesday phone call"), with no comma between, and not past a
    clause of a call held ("would host Petro after the two leaders spoke by phone")."""
    held = _CALL_HELD_BETWEEN.search(text, plan_end, cue + _HELD_VERB_REACH)
    if held is not None and held.end() <= cue + _HELD_VERB_REACH:
        return False
    if cue - plan_end <= PLAN_REACH:
        return True
    between = text[plan_end:cue]
    if len(between) > 3 * PLAN_REACH or "," in between:
        return False
    return len(_CAPITALISED_WORD.sub("", between)) <= PLAN_REACH \
        or bool(_PLANNED_TALK.search(text, max(0, plan_end - 12), plan_end) and _INTO_THE_CALL.search(between))


_CAPITALISED_WORD = re.compile(r"[A-Z][\w.'’-]*")
_CALL_HELD_BETWEEN = re.compile(r"\b(?:after|since|because|when|once)\s+(?:[\w.'’-]+\s+){1,6}?"
                                r"(?:spoke|talked|called|phoned|telephoned|rang|conferred)\b", re.IGNORECASE)
_HELD_VERB_REACH = 12  # characters from a call word to the end of the past verb it is or follows: "spoke by phone"
# "was set to discuss security issues raised by the missile launches in a phone call with Kishida": what is to be
# discussed, however long, leads to the call it will be discussed in.
_PLANNED_TALK = re.compile(r"\b(?:discuss|talk about|address|raise)$", re.IGNORECASE)
_INTO_THE_CALL = re.compile(r"\s(?:in|during|at|over)\s+(?:a|an|the|their|his|her|its)\s+(?:[\w-]+\s+){0,2}$",
                            re.IGNORECASE)


# "talked about the G20 summit which will take place in London": what is to come is the noun before "which".
_PLAN_OF_A_NOUN = re.compile(r"\b(?P<noun>[\w-]+),?\s+(?:which|that)\s+(?:will|would|is|are|could|might|may)\b",
                             re.IGNORECASE)
_CALL_NOUNS = frozenset({"call", "calls", "conversation", "conversations", "conference", "talk", "talks",
                         "videoconference", "video-conference", "teleconference"})


def _plan_of_another_event(text: str, cue: int, end: int) -> bool:
    """Whether the plan after a call word is another event's, told in a relative clause about it, or in a clause
    of its own ("phoned him with some ideas but stopped short of saying a new peace move is in the works")."""
    if _OTHER_CLAUSE.search(text, cue, end):
        return True
    if "," in text[cue:end] and _RELATIVE_ASIDE_OPEN.search(text, max(0, cue - _ASIDE_REACH), cue):
        return True
    found = list(_PLAN_OF_A_NOUN.finditer(text, cue, end))
    return bool(found) and found[-1].group("noun").lower() not in _CALL_NOUNS


# "The summit, proposed by Macron, who discussed it with Trump by phone on Friday, will cover ...": the call is told in
# an aside the plan's clause closes before going on.
_RELATIVE_ASIDE_OPEN = re.compile(r",\s+(?:who|whom|which)\s+[^,;:()]*$", re.IGNORECASE)
_ASIDE_REACH = 120  # characters from "who" to the call word of its aside


# "spoke by phone after their planned meeting at the summit was cancelled": what fell through is the meeting.
# "had spoken to Biden, and that a conversation with Johnson is also planned", "spoke with A, and the two agreed that
# a video conference of G20 leaders should be held": the plan of a reported clause of its own.
_OTHER_CLAUSE = re.compile(r"\bbut\b|\bsaying\b|\band\s+that\b"
                           r"|\b(?:agreed|agree|said|added|noted|stressed|decided|announced|hoped)\s+that\b"
                           r"|\b(?:after|because|following)\s+(?:their|his|her|the|a|an)\b", re.IGNORECASE)
