"""Find the calls an article reports: the sentences that anchor them, who took part, and when."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from app.ingest import cues
from app.ingest.caseless import gated
from app.ingest.analysis import ArticleFacts, PersonSpan, SentenceFacts
from app.ingest.call_dates import (AFTER_A_FIRST_ONE, ANNOUNCED_NOTE, CALL_ITSELF_ASIDE, INTERACTION, LAST_TIME,
                                   LEAD_SENTENCES, OPENING_TIME, REPORTS_THE_CALL, SAME_DAY_TOLD_NOTE, TO_COME_BEFORE,
                                   announced_date, date_for, day_of_post, day_told_before, days_before_a_dated_deed,
                                   inside_quotation, nearest_date, quoted_time_word, resolve_past, strong_cue)
from app.ingest.call_frame import CallFrame, Cue, QUOTED_NOTE
from app.ingest.call_plans import BROKE_OFF_TO, PLEASED_TO_SPEAK, governed_by_plan, opens_a_post, plan_matches
from app.ingest.call_roles import (BRIEFED_VERB, GROUP_POSSESSIVE, INCLUDING, LEADING_APART, TRAVELING_WITH,
                                   CallRoles, bare_title, clause_around, object_then_predicate, only_titles_between,
                                   quoted_apart, roles_at, sentence_subject, stranded_relative, together,
                                   unique_people)
from app.ingest.content import THAT_CALL_OPENING, officials_by_title
from app.ingest.call_series import (AMONG_CALLERS, LEADERS_UNNAMED, LISTING, SeriesReport, among_other_callers,
                                    among_those_he_spoke_to, bulleted_call, calls_each_named_after,
                                    calls_to_leaders_unnamed, date_from_series, group_named_after, listed_after,
                                    pair_named_before, pair_named_next, series_counterparts, series_report,
                                    several_calls)
from app.ingest.date_patterns import MONTH_WORD
from app.ingest.dates import DateMention, still_to_come
from app.ingest.types import DatePrecision, DateResolution


# Between the day a statement was issued and the quotation of it: ' evening: "', ', reading: "'.
_ISSUED_BEFORE_QUOTE = re.compile(r"[^\"“”.;]{0,30}[:,]\s*[\"“]$")
# '," the White House said in its readout Monday', '," Biden wrote on Friday': who issued the quoted words, and when.
_ISSUED_AFTER_QUOTE = re.compile(r"\s*(?:[\w.'’-]+\s+){1,5}?(?:said|wrote|stated|announced|tweeted|posted)"
                                 r"(?:\s+(?:in|on)\s+(?:a|an|its|his|her|their|the)\s+(?:[\w-]+\s+){0,2}?"
                                 r"(?:readout|statement|post|tweet|release|message))?"
                                 r"\s+(?:late\s+|early\s+)?(?:on\s+)?", re.IGNORECASE)
# "days after", "weeks before": an interval with no count, so no day can be counted from it.
_TIME_APART = re.compile(r"(?:(?P<count>[\w-]+)\s+)?\b(?:days|weeks|months|hours)\s+(?:after|before)\b", re.IGNORECASE)
_AFTER_ANOTHER = re.compile(r"\b(?:after|following|since|before)\s*$|\b(?:days?|weeks?) (?:after|before)\b", re.IGNORECASE)
_SAME_DAY_NOTE = "the same day as the call before: "
_SAME_DAY_OPENING = re.compile(r"(?:Earlier|Later) (?:in|that) (?:the )?day\b")
# "the same evening" is the same day as well
_SAME_PART = r"same\s+(?:day|evening|morning|afternoon|night)\b"
_SAME_DAY = re.compile(rf"\b(?:later|earlier) (?:in|that) (?:the )?day\b|\b(?:on )?(?:that|the) {_SAME_PART}"
                       # "Trump later spoke with Zelensky", "Later, Macron called ...": after the call just told
                       r"|\blater\s+(?:also\s+)?(?:spoke|called|phoned|telephoned|talked|held|had)\b|^Later,"
                       r"|^Later\s+(?:he|she|they)\s+(?:also\s+)?(?:spoke|called|phoned|telephoned|talked|held|had)\b"
                       # "The call lasted an hour. After that, Macron had a call with Zelensky"
                       # "Immediately after that, Trump called Zelensky"
                       r"|^(?:(?:Immediately|Right|Directly|Straight|Shortly|Soon|Just)\s+(?:after\s+that|afterwards?"
                       r"|thereafter)|After\s+that|Afterwards|Thereafter),"
                       # "Several hours later, state media said Xi held a call with Trump": hours after the call told
                       r"|^(?:(?:Several|A\s+few|Some|A\s+couple\s+of|Two|Three|Four|Five)\s+)?[Hh]ours\s+(?:later"
                       r"|afterwards?),"
                       # "Meanwhile, Prime Minister Sharif held a telephonic conversation with ...", in a day's round-up
                       r"|^(?:Meanwhile|In the meantime|At the same time),\s+(?=[^.;]*\b(?:held|had|spoke|talked|called"
                       r"|phoned|telephoned|received)\b)(?![^.;]*\b(?:had|has|have)\s+(?:\w+\s+)?(?:spoken|talked|called"
                       r"|phoned|held|had)\b)"
                       # "PM Modi also telephoned A, B and C", "Trump also spoke on the phone with Abe", after the
                       # calls of a day: more of that day's calls
                       r"|(?<!\bhad )(?<!\bhas )(?<!\bhave )\balso\s+(?:telephoned|phoned|rang)\b"
                       # "Obama called Olmert on Wednesday. Obama also called Mubarak." ("also called for" is no call)
                       r"|(?<!\bhad )(?<!\bhas )(?<!\bhave )\balso\s+called\b(?!\s+(?:on|for|upon|off|it|this|that)\b)"
                       r"|(?<!\bhad )(?<!\bhas )(?<!\bhave )\balso\s+(?:spoke|talked|covered|discussed)\b[^.;]{0,60}?"
                       r"\b(?:by|on the|over the) (?:tele)?phone\b"
                       # "The conversation took place shortly after the video call that A held with B": hours apart
                       r"|\b(?:came|comes|took place|was held|happened)\s+(?:just\s+|only\s+)?(?:shortly|soon|hours"
                       r"|minutes|moments)\s+(?:after|before)\s+(?:the|a|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
                       r"(?:call|conversation|talks)\b"
                       # "After the conversation with Putin, Macron called Zelensky": right after the call told before
                       r"|^(?:After|Following)\s+(?:the|that|this|his|her|their)\s+(?:(?:tele)?phone\s+)?"
                       r"(?:call|conversation|talks)\b[^,;.]{0,60},",
                       re.IGNORECASE)
# "The emir congratulated the new crown prince in a cable", "sent him a letter": greetings in writing, not on a call.
_SENT_IN_WRITING = re.compile(r"\b(?:in|by|via)\s+(?:a|an|his|her|their|separate)\s+(?:[\w-]+\s+)?(?:cables?|letters?"
                              r"|telegrams?)\b|\bsent\s+(?:\w+\s+){0,3}?(?:a|an|his|her|their)\s+(?:[\w-]+\s+)?"
                              r"(?:cables?|letters?|telegrams?|messages?)\b", re.IGNORECASE)
# "Trump spoke with Abe on Saturday. Trump also spoke with Merkel.": the caller of the call before, more of that
# day's calls (not "Erdogan and Merkel also spoke with the president", whose day is not told).
# "The president also had conversations with the leaders of Japan and Germany": more calls of that day, as told
# "exchanged holiday greetings with", "extended congratulations to": greetings told with their verb
_GREETED = (r"(?:exchanged|extended|conveyed|offered)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:greetings|congratulations|wishes|condolences)")
_ALSO_SPOKE_WITH = re.compile(r"(?<!\bhad )(?<!\bhas )(?<!\bhave )\balso\s+(?:spoke|talked"
                              r"|(?:had|held)\s+(?:(?:phone|telephone)\s+)?(?:conversations|calls)"
                              # "Erdogan also exchanged holiday greetings with Berdimuhamedow"
                              rf"|{_GREETED})\s+(?:with|to)\b"
                              # "He also received calls from A and B", "Biden also took a call from Sisi"
                              r"|\balso\s+(?:received|took|got)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?calls?\s+from\b"
                              # "Biden spoke separately to Sisi", "Merz separately spoke with Meloni"
                              r"|\b(?:spoke|talked)\s+separately\s+(?:with|to)\b|\bseparately\s+(?:spoke|talked)\s+"
                              r"(?:with|to)\b"
                              # "He spoke with the presidents of Afghanistan and Sri Lanka as well"
                              r"|\b(?:spoke|talked)\s+(?:with|to)\b(?=[^.;]{1,200}\bas\s+well\W*$)"
                              # "The president followed up this phone call with Zelensky": a call tied to the one before
                              r"|\bfollowed\s+up\s+(?:this|that|the)\s+(?:(?:phone|telephone|video)\s+)?"
                              r"(?:call|conversation)\s+with\b")
_HE_OR_SHE = re.compile(r"\s*(?:He|She)\s+(?:also|spoke|talked)\b")
# "In addition, Mubarak made a phone call to Abbas on the same issue": more of the day's calls of the caller before.
_IN_ADDITION = re.compile(r"\s*(?:In\s+addition|Additionally|Also),\s+(?:(?P<pronoun>he|she)\b)?")
# "The call came a day after Biden spoke with Netanyahu": that other call, counted from the call told before.
_DAYS_APART = re.compile(r"\b(?:came|comes|followed|follows|was held|took place)\s+(?:just\s+)?"
                         r"(?P<count>a|one|two|three|four|five|six|\d)\s+(?P<unit>days?|weeks?)\s+"
                         r"(?P<side>after|before)\b", re.IGNORECASE)
# Days that only bound a call from after: the day it was announced, a quoted speaker's "today".
_TELLING_NOTES = (ANNOUNCED_NOTE, QUOTED_NOTE)
# "On July 5, A called B. The day before, C and D ...": a day counted from the call told just before.
_DAY_APART_OPENING = re.compile(r"(?:The|A|One)\s+day\s+(?P<side>before|after|earlier|later)\s*,", re.IGNORECASE)
_EARLIER_BY = re.compile(r"\b(?:(?P<count>a|one|two|three|four|five|six|\d)\s+days?\s+(?:earlier|before)"
                         r"|the\s+(?:previous|prior)\s+day|the\s+day\s+before"
                         # "said on Monday that he had spoken to Marin earlier in the day": the day it was told
                         r"|(?P<same>earlier\s+(?:in\s+the|that)\s+day))\b"
                         r"(?!\s+(?:that|the|his|her|its|their)\b)", re.IGNORECASE)
_EARLIER_BY_REACH = 20  # characters past the clause's end that "the previous day" may run on
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_COUNTRY_NAME = r"(?:the\s+)?(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*){0,2}"
# "the presidents of Russia and the United States spoke": a pair named by office and country alone.
_GROUP_CALLERS = re.compile(r"\b(?:the|both)\s+(?:(?P<size>two|three|four|both|leaders|pair)\b"
                            r"(?:\s+(?:(?:world\s+)?leaders|presidents|men))?"
                            r"|(?P<of_countries>(?:leaders|presidents|prime\s+ministers)"
                            rf"\s+of\s+{_COUNTRY_NAME}\s+and\s+{_COUNTRY_NAME}))", re.IGNORECASE)
_GROUP_SIZES = {"two": 2, "three": 3, "four": 4, "both": 2, "pair": 2}


def _group_size(subject: re.Match[str], default: int) -> int:
    """How many leaders a group subject stands for: "the two leaders" two, "the presidents of A and B" two."""
    if subject.groupdict().get("of_countries"):
        return 2
    return _GROUP_SIZES.get((subject.groupdict().get("size") or "").lower(), default)


# "On Dec. 7, the two presidents held talks", "Prior to that, on May 3, the two leaders spoke": a dated opening
# before the group subject.
_DATED_OPENING = re.compile(r"(?:[^,;:\"“”]{1,30},\s*){1,2}")
# "Prior to that, on Dec. 7, they held talks": "they" after an opening that sets the call before the last one; "Last
# time, the two leaders communicated on March 18" too.
_EARLIER_OPENING = re.compile(r"(?:Prior\s+to\s+that|Before\s+that|Earlier|Previously"
                              r"|(?:The\s+)?(?:Last|Previous)\s+time)\b", re.IGNORECASE)
_EARLIER_OPENER_COMMA = re.compile(_EARLIER_OPENING.pattern + r"\s*,\s*", re.IGNORECASE)
_THEY = re.compile(r"they\b", re.IGNORECASE)
# "During half-hour phone talks, they also agreed": the leaders named together before
_OPENER_THEN_THEY = re.compile(r"\s*(?:During|In|Over|On)\s+(?:the\s+|their\s+|a\s+)?(?:[\w-]+\s+){0,3}?"
                               r"(?:calls?|conversations?|talks)(?:\s+[^,;]{1,30}?)?\s*,\s*they\b")
# "a phone call between the two world leaders", as a wire may call them
_GROUP_NOUN = r"(?:(?:world\s+)?leaders|presidents|prime\s+ministers|heads\s+of\s+(?:state|government))"
_BETWEEN_GROUP = re.compile(rf"\s+between\s+(?:the|both)\s+(?:(?P<size>two|three|four)\s+)?{_GROUP_NOUN}\b",
                            re.IGNORECASE)
_GROUP_OF_OFFICE_BEFORE = re.compile(rf"\b(?:the|both)\s+(?:(?P<size>two|three|four)\s+)?{_GROUP_NOUN}\s+"
                                     r"(?:had|held)\s+an?\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "They last spoke on May 3", "Their previous conversation was on May 3", "The last time they spoke was May 3": the
# leaders named together before, at their call before this one. Only an earlier call: "they" alone could be anyone.
_PAIR_EARLIER = re.compile(rf"(?:\b(?:the\s+)?(?:last|previous)\s+time\s+(?:they|{_GROUP_CALLERS.pattern})"
                           r"|\b(?:they|their)\s+(?:(?:had|have|has)\s+)?(?:last|previous|previously|earlier|prior"
                           r"|most\s+recent))\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_OUR_RIGHT_BEFORE = re.compile(r"\bour\s+$", re.IGNORECASE)
# "Today's talk, which follows our telephone talk of May 23": the pair's call before, on its own day
_FOLLOWS_THEIR = re.compile(r"\b(?:follows|followed|following)\s+(?:our|their)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "In last Friday's call, both leaders": a day's possessive opens the call as "the" does
_OPENING_ADJUNCT = re.compile(r"(?:During|In|Over|On)\s+(?:the|their|a|another|(?:last\s+|this\s+)?\w+day['’]s)\s+"
                              r"(?:[\w-]+\s+){0,3}?"
                              # "During a 10-minute telephone conversation earlier Thursday, the two leaders"
                              r"(?:call|conversation|talks|videoconference|video\s+call)(?:\s+[^,;]{1,30}?"
                              # "In another conversation, dated July 27, 1997, the two men": its day set apart
                              r"|,\s+(?:dated|on)\s+[^,;]{1,20}(?:,\s*\d{4})?)?\s*,\s*")
_GROUP_BEFORE_VERB = re.compile(r"\b(?:the|both)\s+(?:two\s+|three\s+|four\s+)?(?:leaders|presidents|men|pair)\s+"
                                r"(?:(?:had|have|has|last|previously|already|also|first|again)\s+){0,3}$", re.IGNORECASE)
_PUBLIC_SPEECH = re.compile(r"\s+(?:to\s+(?:the\s+)?(?:reporters|journalists|press|media|nation|crowd|audience)|at\b"
                            r"|in\s+person|publicly|out\b|of\b|about\s+(?:it|this)\s+publicly)", re.IGNORECASE)
# Where a plain "spoke" took place when the two were together.
_MET_THERE = re.compile(r"\b(?:at|during)\s+(?:their|a|the|an)\s+(?:[\w'’-]+\s+){0,2}(?:summit|meeting|dinner|lunch"
                        r"|visit|gathering|forum|talks)\b|\bin person\b|\bface[- ]to[- ]face\b"
                        # "Putin speaks with Obama on sidelines of APEC summit", as a headline drops the article
                        r"|\bon (?:the )?sidelines\b"
                        # "his conversation with Trump, which took place on Saturday at Trump's Mar-a-Lago residence"
                        r"|\bat\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,3}(?:residence|estate|resort|retreat|dacha)\b",
                        re.IGNORECASE)
_MET_ON_MARGINS = re.compile(r"\bon the (?:margins|sidelines) of\b|\bin person\b|\bface[- ]to[- ]face\b"
                             r"|\b(?:over|at|during|after) (?:a |the )?(?:[\w'’-]+\s+){0,2}(?:lunch|dinner|breakfast)\b"
                             # "The conversation took place as the two leaders were walking together": side by side
                             r"|\b(?:walking|strolling|walked|strolled)\s+together\b",
                             re.IGNORECASE)
_AGAIN = re.compile(r"\band\s+again\b", re.IGNORECASE)
_PLAIN_CONVERSATION = re.compile(r"conversations?|talks?|chats?|exchanges?", re.IGNORECASE)
_ANOTHER_TIME = re.compile(r"\b(?:again|another|a second|a further)\b", re.IGNORECASE)
_APPOSITIVE = re.compile(r",\s+(?:their|the|his|her|its)\s+(?:[\w-]+\s+){0,3}$")
_PREPOSITION_BEFORE_NAME = re.compile(r"\b(?:with|to|from|of|between|by)\s+(?:the\s+)?$", re.IGNORECASE)
_INCLUDING = re.compile(rf"\b{INCLUDING}\b", re.IGNORECASE)
_PLAIN_TALKS = re.compile(r"talks|discussions|negotiations", re.IGNORECASE)
# "the last publicly announced conversation": an adverb may stand before the word qualifying the call
_EARLIER = re.compile(r"\b(?:previous|last|earlier|prior|first)\s+(?:\w+ly\s+)?(?:\w+\s+)?$", re.IGNORECASE)
_PREVIOUS = re.compile(r"\b(?:previous|last|earlier|prior)\s+(?:\w+ly\s+)?(?:\w+\s+)?$", re.IGNORECASE)
_EARLIER_REACH = 40  # characters from "previous officially confirmed" to the call it qualifies
# "Earlier this week, Erdogan had held another phone call with Zelensky": a call before the one the story tells.
_ALSO_BEFORE = re.compile(r"\balso\s+(?:[a-z]+\s+)?$")
_HAD_ANOTHER = re.compile(r"\bhad\s+(?:held\s+|had\s+)?another\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# "a call with Trump to discuss the details of the US President's conversation with Putin": a call talked about.
_DETAILS_OF = re.compile(r"\b(?:details|results|outcome|outcomes|substance|contents?)\s+of\s+(?:(?:the|his|her|their)\s+"
                         r"|(?:[\w.-]+\s+){0,3}?[\w.-]+['’]s\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
# "in a call on Friday, their first since Scholz spoke with Putin earlier this month": the verb's call is the earlier.
_FIRST_SINCE_SUBJECT = re.compile(r"\b(?:their|the|his|her)\s+first\b[^.;]{0,40}?\bsince\s+(?:[\w.'’-]+\s+){1,5}$",
                                  re.IGNORECASE)
_FIRST_SINCE_REACH = 100  # characters from "their first" to the verb of the call it counts from
_PAST_PERFECT_BEFORE = re.compile(r"\bhad\s+(?:\w+\s+)?$", re.IGNORECASE)
# "spoke to Putin on Thursday, just a day after he spoke to Trump": the other call's day, counted from this one's.
_APART_BEFORE_CLAUSE = re.compile(r"\b(?P<count>a|one|two|three|four|five|six|\d)\s+(?P<unit>days?|weeks?)\s+"
                                  r"(?P<side>after|before)\s*$", re.IGNORECASE)
_MET_A_LEADER = re.compile(r"\b(?:has|have|had)\s+met\s+(?:with\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}$")
# "who has previously confirmed that he has had conversations with A, B and C": calls before the news, told as a
# tally; like "the previous call", one counts only with a day of its own.
_TALLY_REACH = 90  # characters from "previously" to the call word of the perfect it governs
_PREVIOUSLY = re.compile(r"\b(?:previously|already)\b", re.IGNORECASE)
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
# "had reportedly last spoken to Yeltsin in October", "Scholz and Putin last spoke in December 2022", "The last
# conversation between them took place in 2022": the call before, which gives its time to no other.
_HAD_LAST = re.compile(r"\b(?:(?:had|have|has)\s+(?:\w+\s+)?)?last\s+$", re.IGNORECASE)


_LIST_REACH = 2  # sentences from a call that names no one to the list of those who took part
_SERIES_REACH = 12  # sentences from "called several leaders on Friday" to the last call of that series it tells
_AMONG_SPOKE = re.compile(r"\bamong (?:the )?(?:[\w-]+\s+){0,2}?(?:leaders|counterparts)\s+(?:whom\s+|that\s+)?"
                          r"(?:he|she)\s+(?:spoke|talked|called)(?:\s+(?:to|with))?(?:\s+(?:over|by)\s+(?:the\s+)?"
                          r"(?:phone|telephone))?\s+were\b", re.IGNORECASE)
# "had a series of phone conversations with Arab heads of state. Among those leaders were A and B": those called
_AMONG_THOSE = re.compile(r"\s*Among\s+(?:them|these|those)(?:\s+(?:[\w-]+\s+)?(?:leaders|heads\s+of\s+"
                          r"(?:state|government)|counterparts))?\s+(?:were|was|are|is)\s+")
# "Von der Leyen and Michel were also on the call": more leaders of the call just listed.
_ALSO_ON_CALL = re.compile(r"\b(?:were|was)\s+also\s+(?:on|in on)\s+the\s+(?:call|line|video\s*call)\b"
                           r"|\balso\s+(?:took part|joined|participated)\b", re.IGNORECASE)


# "the call was joined by A, B and C": the leaders after it joined a call the story told already
_JOINED_THE_CALL = re.compile(r"\b(?:the|that|this)\s+(?:(?:tele)?phone\s+|video\s+)?(?:call|conversation|talks)\s+"
                              r"(?:was|were)\s+(?:also\s+|later\s+)?joined\s+by\b", re.IGNORECASE)


def find_calls(facts: ArticleFacts) -> list[CallFrame]:
    """Every past leader call the article reports, grouped so one call is one frame."""
    cue_lists = [_call_cues(item) for item in facts.sentences]
    met_remotely = _met_remotely(facts)
    for index, met in met_remotely.items():
        cue_lists[index] = sorted({*cue_lists[index], met}, key=lambda cue: cue.start)
    happened = [_happened(item.text, found) for item, found in zip(facts.sentences, cue_lists)]
    if not _is_call_article(facts, happened, set(met_remotely)):
        return []
    frames: list[CallFrame] = []
    told: list[CallFrame] = []  # "Biden told Netanyahu ...": adds to a call the article reports, never makes one
    callers: list[PersonSpan] = []
    pair: tuple[PersonSpan, ...] = ()  # the leaders the last sentence naming several named, for "the two leaders"
    last_dated: DateResolution | None = None
    last_leaders: set[str] = set()  # who was on the call last_dated dates
    unnamed: int | None = None  # the last sentence reporting a call without naming who was on it
    series: SeriesReport | None = None  # the last sentence reporting calls to leaders it names only after
    listed_at: tuple[int, CallFrame] | None = None  # the last call whose leaders a sentence listed
    # who "spoke with:" the leaders of the bullet lines that follow, and on what day if the sentence says
    bulleted: tuple[PersonSpan, DateResolution | None] | None = None
    for index, item in enumerate(facts.sentences):
        if bulleted is not None and _BULLET_LINE.match(item.text):
            found = bulleted_call(index, item, bulleted[0])
            if found and series is not None and index - series.index <= _SERIES_REACH:
                date_from_series(found, series)
            for frame in found:
                if not frame.dates and bulleted[1] is not None:
                    frame.dates.append((2, index, bulleted[1]))  # "Trudeau spoke on Monday with:": that Monday
                _add_frame(frames, frame)
            continue
        bulleted = None
        if (opening := _BULLETS_FOLLOW.search(item.text)) is not None and item.leaders() \
                and not item.leaders()[0].possessive and not governed_by_plan(item.text, opening.start()):
            bulleted = (item.leaders()[0], date_for(item, opening.span(), None, facts, (0, len(item.text))))
        if listed_at is not None and index - listed_at[0] <= _LIST_REACH and _ALSO_ON_CALL.search(item.text):
            # "Von der Leyen and Michel were also on the call": more of the leaders listed just before.
            listed_at[1].leaders.update((p.ref.slug, p.ref) for p in item.leaders() if not p.possessive)
            listed_at[1].anchors.append(index)
            continue
        if callers and ((among := _AMONG_SPOKE.search(item.text)) is not None or index > 0 and happened[index - 1]
                        and (among := _AMONG_THOSE.match(item.text)) is not None
                        and several_calls(facts.sentences[index - 1]) is not None):
            found = among_those_he_spoke_to(index, item, among, callers[-1])  # "Among the leaders he spoke to were"
        else:
            found = _frames_in_sentence(index, item, happened[index], facts, callers,
                                        _pair_with_owners(facts, index) or pair)
        if frames and (joining := _JOINED_THE_CALL.search(item.text)) is not None:
            # "the call was joined by Macron, Merz and Stubb": more on the call told before, no call of their own
            joiners = {p.ref.slug for p in item.leaders() if p.start >= joining.end()}
            found = [frame for frame in found if not set(frame.leaders) <= joiners]
        told_a_call = bool(happened[index] or index > 0 and happened[index - 1])
        if frames and callers and (turned := _turn_of_another(index, item, callers[-1], told_a_call)):
            found = [turned]  # "After the call with Scholz it was the turn of Zelensky": the caller's next call
        # "The last phone call between them took place in 2022": a call recalled leaves the plan still to be held
        if not found and all(frame.previous for frame in frames) and happened[index]:
            found = _talks_told_before(index, facts) \
                or _plan_fulfilled(index, facts, cue_lists, happened)  # "A held discussions with B. During that call"
        if not found and series is not None and index - series.index <= _SERIES_REACH:
            found = series_counterparts(index, item, series)  # "He discussed ties with Iran's A and Algeria's B"
        if not found and frames and index - frames[-1].anchors[-1] <= 2 and happened[index]:
            found = _first_one_before(index, item, frames[-1], facts)  # "the second in a week, after a first one"
        if not found and frames and frames[-1].anchors[-1] == index - 1 and not frames[-1].passing \
                and (since := _call_since(frames[-1], item, facts, index)) is not None:
            found = [since]  # "Biden and Xi held a video call on Monday. It was their first talk since June 14."
        if not found and (frames or told) and happened[index]:
            # "In a later call in May, Blair said": the pair told last, in a call or in what one told the other
            last_told = max(frames + told, key=lambda frame: frame.anchors[-1])
            found = _later_call_of_the_pair(index, item, last_told, facts)
        if not found and frames and index - frames[-1].anchors[-1] <= 1 and not happened[index]:
            found = _also_greeted(index, item, frames[-1], facts)  # "A also exchanged holiday greetings with C"
        if not found and frames and index - frames[-1].anchors[-1] <= 2 \
                and (among := AMONG_CALLERS.match(item.text)) is not None:
            found = among_other_callers(index, item, among, frames[-1])  # "Among other callers was A, whom B thanked"
        if not found and index > 0 and happened[index] and not happened[index - 1] \
                and (pair_before := pair_named_before(item, facts, happened[index])) is not None:
            found = [pair_before]  # "Putin and Erdogan praised their cooperation. Saturday's phone call was ..."
        if not found and unnamed == index - 1 and (pair_next := pair_named_next(item, facts, unnamed,
                                                                                happened[unnamed])):
            # "The two heads of state had a telephone conversation on Tuesday. Medvedev and Obama discussed ..."
            found, unnamed = [pair_next], None
        elif (not found or LISTING.search(item.text)) and unnamed is not None and index - unnamed <= _LIST_REACH \
                and (listed := listed_after(index, item, facts, unnamed, happened[unnamed])):
            # "Biden held a video call with European leaders on Monday. Joining the call were A, B and C"
            found, unnamed, listed_at = [listed], None, (index, listed)
        elif not found and happened[index] and LISTING.search(item.text) \
                and (listed := listed_after(index, item, facts, index, happened[index])):
            found, unnamed, listed_at = [listed], None, (index, listed)  # "Joining Biden on the call were A, B"
        elif found and unnamed is not None and index - unnamed <= _LIST_REACH \
                and calls_each_named_after(index, found, facts, unnamed, happened[unnamed]):
            unnamed = None  # "consulted leaders of allied countries. He began with calls to A, B and C": one each
        elif found and unnamed is not None and index - unnamed <= _LIST_REACH \
                and (joined := group_named_after(index, found, facts, unnamed, happened[unnamed])):
            found, unnamed = [joined], None  # "Biden held a call with European leaders. He talked with A, B and C."
        elif not found and happened[index]:
            unnamed = index  # "Leaders of the G7 held a video conference": who took part may follow
        elif found:
            unnamed = None
        # "Obama today called half-a-dozen world leaders, including his Afghan and Russian counterparts": the calls it
        # names are some of the series, and the rest follow
        counted = (calls_to_leaders_unnamed(item) or several_calls(item)) \
            if not found or _INCLUDING.search(item.text) else None
        if counted:
            series = series_report(facts, index, counted)  # "Zelensky called six European leaders": names follow
            if series is not None and not found:
                callers.append(series.caller)  # "In a phone call with A, the president said": the series' caller
        elif found and series is not None and index - series.index <= _SERIES_REACH:
            # Each call of the series the report announced is on its day, however far down the story tells it.
            date_from_series(found, series)
        found = [part for frame in found for part in _one_on_each_of_two_days(index, item, frame, facts)]
        for frame in found:
            if (recounted := _counted_from_the_call_just_held(item, frame, frames, facts)) is not None:
                frame.dates.append((2, index, recounted))
            if not frame.dates and (same_day := _same_day_as_named_before(item, facts)) is not None:
                # "In the wake of Tuesday's missile firing, Kishida and Biden held talks the same day": that day.
                frame.dates.append((2, index, same_day))
            elif not frame.dates and last_dated is not None and _SAME_DAY.search(item.text):
                # "Later in the day, Erdogan also held a phone call with ...": the day of the call told before.
                frame.dates.append((2, index, replace(last_dated, basis=_SAME_DAY_NOTE + last_dated.basis.removeprefix(
                    _SAME_DAY_NOTE))))
            elif not frame.dates and last_dated is not None and frame.key == last_leaders \
                    and THAT_CALL_OPENING.match(item.text):
                # "... last spoke on October 9. During that conversation, A congratulated B": the call told just before,
                # an earlier one than the call the story announces if that one was
                frame.dates.append((2, index, last_dated))
                frame.previous = any(other.previous and other.day() == last_dated.day and other.key == frame.key
                                     for other in frames)
            elif not frame.dates and last_dated is not None and _also_by_the_caller_before(item, last_leaders):
                frame.dates.append((2, index, replace(last_dated, basis=_SAME_DAY_NOTE + last_dated.basis.removeprefix(
                    _SAME_DAY_NOTE))))
            elif not frame.dates and last_dated is not None and not _set_beside_another_event(item.text) \
                    and (apart := _days_apart(item.text, last_dated, frame.clause_starts.get(index))
                         or _day_apart_opening(item.text, last_dated)):
                # "The call came two days after ...", "The day before, A and B, in a telephone conversation, ..."
                frame.dates.append((2, index, apart))
            elif not frame.dates and last_dated is not None \
                    and (eve := _eve_of_call_told(item, frame, last_dated, last_leaders)) is not None:
                # "On the eve of the conversation with Putin, Scholz spoke with Zelensky": the day before that call.
                frame.dates.append((2, index, eve))
            elif not frame.dates and last_dated is None and index > 0 \
                    and (_SAME_DAY_OPENING.match(item.text) or _THE_SAME_DAY.search(item.text)) \
                    and (day_before := day_told_before(facts, index)) is not None:
                # "Kalin said on Saturday ... Earlier in the day, Putin and Erdogan held phone talks": that day.
                frame.dates.append((2, index, day_before))
            elif not frame.dates and index > 0 \
                    and (acted := _day_of_the_callers_act_before(facts, index, frame)) is not None:
                frame.dates.append((2, index, acted))  # "extended his greetings on Sunday. He made calls to A and B"
            if frame.day() is not None and not frame.told:
                last_dated, last_leaders = frame.best_date(), set(frame.leaders)
            _add_frame(told if frame.told else frames, frame)
        if found and (day_before := _the_first_of_two_days(index, item, found[-1])) is not None:
            _add_frame(frames, day_before)
        if (subject := sentence_subject(item)) is not None \
                and not (frames and callers and frames[-1].anchors[-1] == index - 1 and not happened[index]
                         and _answer_of_the_called(item, subject, frames[-1], callers[-1])):
            callers.append(subject)  # "Macron will travel to Israel. He spoke with Netanyahu on Friday."
        # "Ishiba took office on Tuesday, replacing Fumio Kishida": a predecessor is not one of "the two leaders".
        named = unique_people([p for p in item.leaders() if not p.possessive
                               and not _PREDECESSOR.search(item.text, max(0, p.start - 30), p.start)])
        if len(named) >= 2:
            pair = tuple(named)
        elif not pair and len(owners := unique_people([p for p in item.leaders() if p.possessive or p in named])) == 2:
            pair = tuple(owners)  # "Harper wants details of Bush's promise. The two spoke Monday": the owner is one
    # "Modi and Xi held a conversation on the sidelines of the summit. Modi told Xi ...": where every word of a
    # call tells of meeting in person, what one leader told the other was said there.
    standing_alone = not frames and any(cue_found and not cues.in_person(item.text)
                                        and not _officials_own_call(item, cue_found)
                                        for item, cue_found in zip(facts.sentences, happened))
    for frame in told:
        if standing_alone and not any(_SENT_IN_WRITING.search(facts.sentences[i].text) for i in frame.anchors):
            _add_frame(frames, frame)
        elif _a_dated_call_of_its_own(frame, frames, facts):
            # "In a phone call on 16 August 1998, ..., Clinton told Blair": the sentence names a call and its day,
            # which none of the pair's other calls has
            _add_frame(frames, frame)
        elif any(frame.key <= other.key for other in frames):
            _fold_told(frames, frame)
    frames = _without_called_off(frames, facts, cue_lists, happened)
    frames = _without_talks_of_another(frames, facts)
    frames = _fold_subsets(frames, headline=_opens_with_title(facts))
    planned = [_planned_pairs(item, found, kept) for item, found, kept in zip(facts.sentences, cue_lists, happened)]
    frames = _without_planned_headlines(frames, facts, planned)
    frames = _without_announced_calls(frames, facts, cue_lists, happened, planned)
    frames = _without_meetings_told_before(frames, facts)
    frames = _without_calls_recalled_at_a_meeting(frames, facts, happened)
    frames = _without_vague_earlier_calls(frames)
    _mark_passing(frames)
    _video_told_next(frames, facts)
    return frames


_LEADERS_AS_A_GROUP = re.compile(r"\b(?:leaders|presidents|prime\s+ministers|heads\s+of\s+(?:state|government)"
                                 r"|the\s+two|both)\b", re.IGNORECASE)
_TOLD_BY = re.compile(r"\b(?:said|says|told|according)\b", re.IGNORECASE)
_OFFICIAL_REACH = 60  # characters between a call word and the official who made or took the call


def _officials_own_call(item: SentenceFacts, found: list[Cue]) -> bool:
    """"Foreign Minister Shoukry received a call from Secretary of State Blinken": officials' call, naming no leader,
    which tells nothing of a call between leaders the article names elsewhere."""
    if item.leaders() or _LEADERS_AS_A_GROUP.search(item.text):
        return False
    text = item.text
    for cue in found:
        for official in officials_by_title(text, max(0, cue.start - _OFFICIAL_REACH), cue.end + _OFFICIAL_REACH):
            between = text[official.end():cue.start] if official.end() <= cue.start else text[cue.end:official.start()]
            if not _TOLD_BY.search(between):
                return True  # "Minister X received a call", "a call from Secretary Y": not "leaders spoke, X said"
    return False


# "They spoke on Thursday. During their meeting by videoconference, ...", "... the meeting was held virtually": the
# call's medium, told in the sentence after it.
_MEETING_HELD_REMOTELY = re.compile(r"\bmeeting\s+(?:was\s+held|took\s+place)\s+"
                                    r"(?:virtually|online|(?:by|via|over)\s+video)", re.IGNORECASE)
_VIDEO_TOLD_NEXT = re.compile(r"(?:[^.;,]{0,40},\s*)?(?:(?:During|In|At|Over)\s+(?:the|their|this|that)\s+"
                              r"(?:meeting|talks|conversation|call|exchange)\s+(?:by|via|over)\s+video"
                              r"|(?:the|their)\s+(?:meeting|talks|conversation)\s+"
                              r"(?:(?:was|were)\s+(?:held|conducted)|took\s+place)\s+"
                              r"(?:virtually|online|(?:by|via|over)\s+video))", re.IGNORECASE)


_MET_WITH_LEADER = re.compile(r"\bmet\s+(?:virtually\s+|online\s+)?with\s+", re.IGNORECASE)
_MET_NAME_REACH = 40  # characters from "met with" to the name of the leader met, past titles


def _met_remotely(facts: ArticleFacts) -> dict[int, Cue]:
    """"Biden met with Lopez Obrador on Monday. Due to the pandemic, the meeting was held virtually": the meeting
    the next sentence says was held by video is a call, told by its "met"."""
    found: dict[int, Cue] = {}
    for index, item in enumerate(facts.sentences[:-1]):
        following = facts.sentences[index + 1].text
        if not _VIDEO_TOLD_NEXT.match(following) or not _MEETING_HELD_REMOTELY.search(following):
            continue
        met = _MET_WITH_LEADER.search(item.text)
        if met is not None and any(met.end() <= p.start <= met.end() + _MET_NAME_REACH for p in item.leaders()):
            found[index] = Cue(met.start(), met.start() + len("met"), False)
    return found


_CALL_BACK_REFERENCE = re.compile(r"\b(?:of|during|in|on|after|from)\s+(?:the|that|this)\s+"
                                  r"(?:(?:tele)?phone\s+)?call\b"
                                  # "The high-level talks, conducted via telephone on Saturday, focused on ..."
                                  r"|\b(?:the|these|those)\s+(?:[\w-]+\s+){0,2}?(?:talks|discussions)\s*,?\s+"
                                  r"(?:conducted|held)\s+(?:via|by|over)\s+(?:the\s+)?(?:tele)?phone\b"
                                  # "the telephone talks focused on ...", "part of their New Year video call"
                                  r"|\b(?:the|their|these|those)\s+(?:[\w-]+\s+){0,3}?"
                                  r"(?:(?:tele)?phone|telephonic|video)[ -]?(?:calls?|talks|conversations?"
                                  r"|conferences?)\b",
                                  re.IGNORECASE)
# "A and B on Wednesday discussed Iran. During the phone call, ...": what they discussed was the call's
_TALKS_WORD = re.compile(r"\b(?:talks|discussions|discussed|(?:de)?briefed)\b", re.IGNORECASE)
_TALKS_REACH = 2  # sentences naming a leader from "during that call" back to the talks it names a call
# sentences in all: quotations and remarks naming no one between the talks and the call that names them
_TALKS_LOOKBACK = 6


def _talks_told_before(index: int, facts: ArticleFacts) -> list[CallFrame]:
    """"Anwar held discussions with Phumtham on Thursday. During that call, ...": the talks a sentence just before
    told of, which this one calls a call."""
    here = facts.sentences[index]
    if (back := _CALL_BACK_REFERENCE.search(here.text)) is None:
        return []
    naming = 0
    for before in range(index - 1, max(-1, index - 1 - _TALKS_LOOKBACK), -1):
        item = facts.sentences[before]
        naming += bool(item.leaders())
        if naming > _TALKS_REACH:
            break
        # "debriefed Zelensky after his summit with Putin": a verb with its object, after the meeting, not at it
        talks = [Cue(m.start(), m.end(), not BRIEFED_VERB.fullmatch(m.group()))
                 for m in _TALKS_WORD.finditer(item.text)]
        briefing = any(not cue.noun for cue in talks)
        if talks and (briefing or not cues.in_person(item.text)) \
                and (found := _frames_in_sentence(before, item, talks, facts, [])):
            # "The talks, conducted via telephone on Saturday, ...": the day the sentence naming them a call tells
            day = nearest_date(here, back.start(), facts, cue_end=back.end())
            for frame in found:
                if not frame.dates and day is not None:
                    frame.dates.append((2, index, day))
                if _tells_held_video_call(here.text):
                    frame.kind = "video-call"  # "The talks were part of their New Year video call"
            return found
    return []


# "Biden briefed leaders on his call with Putin", "updated European allies about her phone call with Xi": the call is
# what a group was told of on another occasion, which the story goes on about.
_BRIEFED_A_GROUP_ON = re.compile(r"\b(?:briefed|updated|informed)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}"
                                 r"(?:leaders|allies|partners|counterparts)\s+(?:on|about|of)\s+(?:his|her)\s+"
                                 r"(?:[\w-]+\s+){0,2}$")
_BRIEFED_REACH = 80  # characters from a call word back to the briefing it is the subject of
# "that conversation, as you know, took place": an aside may stand between.
_PLANNED_CALL_TOOK_PLACE = re.compile(r"\b(?:the|that|this)\s+(?:(?:tele)?phone\s+)?(?P<noun>call|conversation|talks)"
                                      r"\s*(?:,[^,.;]{1,30},)?\s+(?:took\s+place|happened|was\s+held|went\s+ahead)\b",
                                      re.IGNORECASE)
_PLAN_REACH_BACK = 4  # sentences from "the conversation took place" back to the plan it fulfils
# "Update: Scholz and Putin have already spoken": the pair of the plan told before, confirmed to have talked since.
_PLANNED_PAIR_ALREADY_SPOKE = re.compile(r"\b(?:have|has)\s+already\s+(?:spoken|talked)\b", re.IGNORECASE)


def _plan_fulfilled(index: int, facts: ArticleFacts, cue_lists: list[list[Cue]],
                    happened: list[list[Cue]]) -> list[CallFrame]:
    """"Scholz plans to call Putin on Friday. Update: ... reported that the conversation took place on Friday
    afternoon": the call planned before, held on the day this sentence tells."""
    item = facts.sentences[index]
    took_place = _PLANNED_CALL_TOOK_PLACE.search(item.text) or _PLANNED_PAIR_ALREADY_SPOKE.search(item.text)
    if took_place is None or cues.in_person(item.text):
        return []
    named = {p.ref.slug for p in item.leaders()}
    when = next((day for mention in item.dates if mention.start >= took_place.end()
                 and (day := resolve_past(mention, facts)) is not None and day.precision is DatePrecision.DAY), None)
    # '"I asked for a phone conversation with Zelensky, and that conversation took place," Tusk said': the plan the
    # sentence itself told, the nearest before; a sentence naming no one fulfils one told before.
    plans = [(index, cue) for cue in reversed(cue_lists[index])
             if cue.end <= took_place.start() and cue not in happened[index]]
    if not named or took_place.re is _PLANNED_PAIR_ALREADY_SPOKE:
        plans += [(before, cue) for before in range(index - 1, max(-1, index - 1 - _PLAN_REACH_BACK), -1)
                  for cue in cue_lists[before] if cue not in happened[before]]
    for before, cue in plans:
        plan = facts.sentences[before]
        for people in roles_at(plan, (cue.start, cue.end), noun=cue.noun).calls():
            if before != index and not named <= {p.ref.slug for p in people}:
                continue
            if when is None and before != index and took_place.re is _PLANNED_PAIR_ALREADY_SPOKE:
                # "plan to talk by phone today, November 15 ... Update: they have already spoken": on the plan's day
                planned = date_for(plan, (cue.start, cue.end), None, facts, clause_around(plan.text, cue.start))
                when = planned if planned is not None and planned.precision is DatePrecision.DAY \
                    and (facts.anchor is None or planned.day <= facts.anchor.day) else None
            kind = "video-call" if cues.tells_video_call(plan.text) else "call"
            return [CallFrame(leaders={p.ref.slug: p.ref for p in people}, anchors=[index], kind=kind,
                              dates=[(3, index, when)] if when is not None else [])]
    return []


def _pair_with_owners(facts: ArticleFacts, index: int) -> tuple[PersonSpan, ...]:
    """"Trump supports Israel's plans, Netanyahu's spokesperson said. The statement described a phone call between
    the two leaders": the two the sentence before names, one of them only as the owner of something."""
    if index == 0 or facts.sentences[index].leaders() or not _BETWEEN_GROUP.search(facts.sentences[index].text):
        return ()
    before = facts.sentences[index - 1]
    named = unique_people([p for p in before.leaders()
                           if not _PREDECESSOR.search(before.text, max(0, p.start - 30), p.start)])
    kept = unique_people([p for p in named if not p.possessive])
    return tuple(named) if len(named) == 2 and len(kept) < 2 else ()


def _video_told_next(frames: list[CallFrame], facts: ArticleFacts) -> None:
    for frame in frames:
        first = min(frame.anchors)
        if frame.kind == "call" and first + 1 < len(facts.sentences) \
                and _VIDEO_TOLD_NEXT.match(facts.sentences[first + 1].text) \
                and not any(first + 1 in other.anchors for other in frames):
            frame.kind = "video-call"


_VAGUE_SPAN = 7  # days: a range longer than this ("last November") says no more than that there was a call


def _without_vague_earlier_calls(frames: list[CallFrame]) -> list[CallFrame]:
    """Drop a call of the pair the article dates only to a month or so, ending before the pair's dated call: "Xi used
    similar language during his call with Biden last November", in a story of July's call; a photo's caption "Biden
    and Xi hold a virtual summit last November" above it. An earlier call with no day of its own may be left out."""
    latest_day: dict[frozenset[str], date] = {}
    for frame in frames:
        if (day := frame.day()) is not None and day > latest_day.get(frame.key, date.min):
            latest_day[frame.key] = day
    kept = []
    for frame in frames:
        best = frame.best_date()
        vague = best is not None and best.precision is not DatePrecision.DAY and best.latest is not None \
            and best.earliest is not None and (best.latest - best.earliest).days > _VAGUE_SPAN
        if not (vague and latest_day.get(frame.key, date.min) > best.latest):
            kept.append(frame)
    return kept


def _without_asides(text: str) -> str:
    """The text without its relative asides about someone: ", who was visiting the White House,"."""
    return cues.PERSON_ASIDE.sub(",", text)


def _own_day_with_another(item: SentenceFacts, cue: Cue, roles: CallRoles,
                          mentions: list[tuple[Cue, CallRoles]]) -> CallRoles | None:
    """"built on the call made yesterday with Putin", "based on his call on Tuesday with Xi": with a day of its own and
    a party the calls told before lack, the noun is another call of the caller, or else of the sentence's subject
    ("Trump called the call with Zelensky good, adding the talk was based on the call made yesterday with Putin")."""
    told = {p.ref.slug for _, earlier in mentions for p in (*earlier.callers, *earlier.called)}
    if not roles.called or {p.ref.slug for p in roles.called} <= told:
        return None
    if not any(cue.end <= m.start <= cue.end + _OWN_DAY_REACH and m.start < min(p.start for p in roles.called)
               for m in item.dates):
        return None
    if roles.callers:
        return roles
    subject = mentions[0][1].callers
    return replace(roles, callers=subject) if subject else None


_OWN_DAY_REACH = 12  # characters from a call noun to its own day: "the call made yesterday with"


# "during the phone conversation" after the sentence has told its calls: those calls again
_BACK_REFERENCE = re.compile(r"\b(?:during|in|on|over|throughout)\s+(?:the|that|this|these|those)\s+$", re.IGNORECASE)


# "President Obama spoke with:" and a line for each leader, "• Colombian President Uribe"
_BULLETS_FOLLOW = re.compile(r"\b(?:spoke|spoken|talked|calls|conversations)\s+(?:[\w-]+\s+){0,3}?(?:with|to)\s*:\s*$",
                             re.IGNORECASE)
_BULLET_LINE = re.compile(r"\s*[•·▪◦*-]\s")


# "exchanged Eid greetings with B in a phone call on Friday. ... A also exchanged holiday greetings with C": the
# next call of the round-up, told without its call word
_ALSO_GREETED = re.compile(rf"\balso\s+{_GREETED}\s+(?:with|to)\s+", re.IGNORECASE)
_GREETINGS = re.compile(r"\b(?:greetings|congratulat\w+|wishes|condolences)\b", re.IGNORECASE)


def _also_greeted(index: int, item: SentenceFacts, last: CallFrame, facts: ArticleFacts) -> list[CallFrame]:
    """"Erdogan also exchanged holiday greetings with Berdimuhamedow" right after a greetings call of Erdogan's: a
    call of that caller with each one greeted."""
    also = _ALSO_GREETED.search(item.text)
    if also is None or not _GREETINGS.search(facts.sentences[last.anchors[-1]].text):
        return []
    subject = next((p for p in item.leaders() if p.end <= also.start() and not p.possessive), None)
    caller = subject.ref if subject is not None else None
    if caller is None or caller.slug not in last.leaders:
        return []
    greeted = unique_people([p for p in item.leaders() if p.start >= also.end() and not p.possessive
                             and p.ref.slug not in last.leaders])
    return [CallFrame(leaders={caller.slug: caller, p.ref.slug: p.ref}, anchors=[index], separate=len(greeted) > 1,
                      clause_starts={index: 0}) for p in greeted]


# 'Modi called Sharif. Sharif laughed and said, "I wish I could still play."': the one called answers in a quotation
_SAID_IN_QUOTES = re.compile(r"[^\"“”]{0,120}?\b(?:said|says|replied|quipped|joked)\s*,?\s*[\"“]")
# "Mr Khan reportedly thanked him and said ...": the one called answers the caller, "him"
_ANSWERED_HIM = re.compile(r"[^\"“”.;]{0,60}?\b(?:thanked|assured|told|reassured|congratulated|greeted)"
                           r"\s+(?:him|her)\b")


def _answer_of_the_called(item: SentenceFacts, subject: PersonSpan, frame: CallFrame, caller: PersonSpan) -> bool:
    """Whether the sentence only quotes the one called in the call just told, or tells the answer given the caller:
    a "he" after still means its caller."""
    return subject.ref.slug != caller.ref.slug and {subject.ref.slug, caller.ref.slug} <= set(frame.leaders) \
        and (_SAID_IN_QUOTES.match(item.text) is not None or _ANSWERED_HIM.match(item.text) is not None)


def _also_by_the_caller_before(item: SentenceFacts, leaders: set[str]) -> bool:
    """"Trump also spoke with Merkel", "He also talked to Scholz", "In addition, Trump called Abe": one of the call
    before's leaders, as the subject."""
    also = _ALSO_SPOKE_WITH.search(item.text)
    if also is None and (opening := _IN_ADDITION.match(item.text)) is not None:
        if opening.group("pronoun"):
            return True
        subject = next((p for p in item.leaders() if p.start >= opening.end()), None)
        return subject is not None and subject.ref.slug in leaders and not subject.possessive \
            and only_titles_between(item.text[opening.end():subject.start])
    return also is not None and (_HE_OR_SHE.match(item.text) is not None or any(
        p.ref.slug in leaders and p.end <= also.start() and not p.possessive for p in item.leaders()))


_THE_SAME_DAY = re.compile(rf"\b(?:that|the)\s+{_SAME_PART}", re.IGNORECASE)


# '"I just finished a very good call with President Zelensky. Most of it was about yesterday's call with Putin," Trump
# wrote': words written right after a call.
_JUST_HELD = re.compile(r"\bjust\s+(?:finished|ended|had|held|spoke|spoken|talked|got\s+off)\b", re.IGNORECASE)
_JUST_HELD_REACH = 80  # characters from "just finished" to the leader of the call it tells of


def _counted_from_the_call_just_held(item: SentenceFacts, frame: CallFrame, frames: list[CallFrame],
                                     facts: ArticleFacts) -> DateResolution | None:
    """The time word of a quotation dating the call, counted from the day of the call the same quotation says was
    just held, not from the story's day: the words were written that day."""
    if not frame.dates or not all(resolution.basis.endswith(QUOTED_NOTE) for _, _, resolution in frame.dates):
        return None
    just = _JUST_HELD.search(item.text)
    if just is None or not inside_quotation(item.text, just.start()):
        return None
    named = next((p for p in item.leaders() if just.end() <= p.start <= just.end() + _JUST_HELD_REACH), None)
    held = next((other.day() for other in frames if named is not None and named.ref.slug not in frame.key
                 and named.ref.slug in other.key and other.day() is not None), None)
    quoted_days = {resolution.day for _, _, resolution in frame.dates}
    mention = next((m for m in item.dates if m.kind == "relative_day" and m.start >= just.end()
                    and (resolution := resolve_past(m, facts)) is not None and resolution.day in quoted_days), None)
    if held is None or mention is None:
        return None
    when = held + timedelta(days=mention.offset)
    return DateResolution.on_day(when, f"{mention.text} in words written just after the call of {held:%-d %B %Y} "
                                       f"→ {when}")


def _same_day_as_named_before(item: SentenceFacts, facts: ArticleFacts) -> DateResolution | None:
    """The last day the sentence names before its "the same day"."""
    same = _THE_SAME_DAY.search(item.text)
    if same is None:
        return None
    for mention in reversed(item.dates):
        if mention.end <= same.start() and (resolution := resolve_past(mention, facts)) is not None \
                and resolution.precision is DatePrecision.DAY:
            return replace(resolution, basis=SAME_DAY_TOLD_NOTE + resolution.basis)
    return None


# "Lee extended his Hari Raya greetings on Sunday (May 24). He made telephone calls to A and B": the greetings the
# calls gave, on that day
_GREETED_ON = re.compile(r"\b(?:extended|conveyed|sent|offered|exchanged)\s+(?:[\w'’-]+\s+){0,4}?"
                         r"(?:greetings|wishes|congratulations|condolences)\b", re.IGNORECASE)
# "The Prime Minister's Office said he made telephone calls": "he" may follow whoever tells of the calls.
_HE_OR_SHE_OPENING = re.compile(r"\s*(?:He|She|(?:[\w'’.-]+\s+){1,6}?said\s+(?:that\s+)?(?:he|she))\b")
# "Sisi reiterated on Friday his rejection of ... During a telephone conversation with Ramaphosa, Sisi said ...": what
# the leader stated that day, told again as said in the call.
_STATED = r"(?:reiterated|reaffirmed|repeated|renewed|stressed|emphasi[sz]ed|underlined|affirmed|voiced|expressed)"
_STATED_BEFORE_DATE = re.compile(rf"\b{_STATED}\s+(?:(?:late|early)\s+)?(?:on\s+)?$")
_STATED_AFTER_DATE = re.compile(rf"\s+{_STATED}\b")
_IN_A_CALL_OPENING = re.compile(r"\s*(?:During|In)\s+(?:a|an|his|her)\s+(?:[\w-]+\s+){0,2}?(?:(?:tele)?phone|video)\s+"
                                r"(?:call|conversation|talks)\s+with\b")
# "He left a cabinet meeting to hold an urgent round of telephone diplomacy Tuesday. Erdogan also spoke with A and B":
# the calls of the round, on its day.
_ROUND_NOTE = "the day of the round of calls told just before: "
_ROUND_OF_CALLS = re.compile(r"\b(?:(?:tele)?phone|video)\s+(?:calls|conversations|diplomacy)\b|\bround\s+of\s+calls\b",
                             re.IGNORECASE)
# "Biden held talks with his neighbours on Friday. His first call was to Trudeau": the talks the ordinal counts off
_TALKS_WITH_SEVERAL = re.compile(r"\b(?:talks|spoke|talked|conferred)\s+(?:[\w-]+\s+){0,2}?with\s+"
                                 r"(?:[\w'’-]+\s+){0,4}?(?:leaders|counterparts|neighbou?rs|allies|partners"
                                 r"|heads\s+of\s+(?:state|government))\b", re.IGNORECASE)
_ORDINAL_CALL_OPENING = re.compile(r"\s*(?:The|His|Her)\s+(?:first|second|third|next|last|final)\s+"
                                   r"(?:(?:tele)?phone\s+)?call\b")


def _day_of_the_callers_act_before(facts: ArticleFacts, index: int, frame: CallFrame) -> DateResolution | None:
    """The day the sentence before gives what the call's leader did in the call: the greetings "he" or "she" then
    calls to give, the words stated that day and told again as said in the call, or a round of calls of the leader
    whose calls this sentence tells ("He also spoke with A", "Trump first spoke with A and then with B")."""
    before, item = facts.sentences[index - 1], facts.sentences[index]
    subject = sentence_subject(before)
    by_the_caller = subject is not None and subject.ref.slug in frame.leaders
    if by_the_caller and _GREETED_ON.search(before.text) and _HE_OR_SHE_OPENING.match(item.text):
        return day_told_before(facts, index)
    if by_the_caller and _ORDINAL_CALL_OPENING.match(item.text) \
            and (talks := _TALKS_WITH_SEVERAL.search(before.text)) is not None:
        day = nearest_date(before, talks.start(), facts, cue_end=talks.end())
        return day if day is not None and day.precision is DatePrecision.DAY else None
    if by_the_caller and _IN_A_CALL_OPENING.match(item.text):
        for mention in before.dates:
            if _STATED_BEFORE_DATE.search(before.text, max(0, mention.start - 30), mention.start) \
                    or _STATED_AFTER_DATE.match(before.text, mention.end):
                stated = resolve_past(mention, facts)
                return stated if stated is not None and stated.precision is DatePrecision.DAY else None
    round_of_calls = _ROUND_OF_CALLS.search(before.text)
    if round_of_calls is None or governed_by_plan(before.text, round_of_calls.start()) \
            or TO_COME_BEFORE.search(before.text, 0, round_of_calls.start()) \
            or not (_HE_OR_SHE_OPENING.match(before.text)
                    or any(p.ref.slug in frame.leaders and not p.possessive for p in before.leaders())) \
            or not (_HE_OR_SHE_OPENING.match(item.text) or _also_by_the_caller_before(item, set(frame.leaders))
                    or (caller := sentence_subject(item)) is not None and caller.ref.slug in frame.leaders):
        return None
    day = nearest_date(before, round_of_calls.start(), facts, cue_end=round_of_calls.end())
    return replace(day, basis=_ROUND_NOTE + day.basis) if day is not None and day.precision is DatePrecision.DAY \
        else None


# "Putin and Trump's phone conversation comes a day after the release of ...": the call set beside another event,
# not a second call a day apart; "Orban's phone call with Putin came two days after his meeting with Trump" too.
_COMES_AFTER = re.compile(r"\b(?:call|conversation|talks)(?:\s+(?:with|between)\s+[^,;.]{1,80}?)?\s+"
                          r"(?:came|comes|follows|followed)\s+(?:just\s+|only\s+)?"
                          r"(?:a|one|two|three|\d+)\s+(?:days?|weeks?)\s+(?:after|before)\b", re.IGNORECASE)


# A word of a call after "came two days after": "after Biden spoke with Netanyahu" (not "after his meeting").
_CALL_WORD_NOT_A_MEETING = re.compile(r"phon|call|spok|speak|talk|convers|confer|video|virtual|online|rang|rung|rings"
                                      r"|dial",
                                      re.IGNORECASE)


def _set_beside_another_event(text: str) -> bool:
    comes = _COMES_AFTER.search(text)
    return comes is not None and not _CALL_WORD_NOT_A_MEETING.search(text, comes.end())


def _days_apart(text: str, told: DateResolution, clause_start: int | None = None) -> DateResolution | None:
    """"The call came two days after Biden spoke with Netanyahu": the other call's day, from the day of the one told.
    A call named before "came" ("Modi's call to Trump comes two days after ...") is the call told, not the other."""
    found = _DAYS_APART.search(text)
    if found is not None and clause_start is not None and clause_start < found.start():
        return None
    return _shifted(found, told)


def _dated_from_the_call_told(text: str, clause_start: int, subject_call: CallFrame) -> bool:
    """"Modi's call to Trump comes two days after Khan made a call to Trump": the call after "after" is counted from
    the day of the call told before, when the sentence names that call with no day of its own."""
    found = _DAYS_APART.search(text, 0, clause_start)
    return found is not None and clause_start - found.end() <= 3 and not subject_call.dates \
        and subject_call.clause_starts.get(next(iter(subject_call.anchors), -1), len(text)) < found.start()


def _shifted(found: re.Match[str] | None, told: DateResolution) -> DateResolution | None:
    if found is None or told.precision is not DatePrecision.DAY or told.day is None:
        return None
    count = _COUNTS.get(found.group("count").lower()) or int(found.group("count"))
    days = count * (7 if found.group("unit").lower().startswith("week") else 1)
    earlier = found.group("side").lower() == "after"  # the call told came after this one
    day = told.day - timedelta(days=days) if earlier else told.day + timedelta(days=days)
    basis = (f"{found.group('count').lower()} {found.group('unit')} {'before' if earlier else 'after'} the call it is told "
             f"with, on {told.day:%-d %B %Y} ({told.basis})")
    return DateResolution.on_day(day, basis)


_EVE_OF_CALL = re.compile(r"\bthe\s+eve\s+of\s+(?:the|his|her|their|a)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:call|conversation|talks)\s+with\s+", re.IGNORECASE)
_EVE_NAME_REACH = 40  # characters from "with" to the name of the one the other call was with, past titles


def _eve_of_call_told(item: SentenceFacts, frame: CallFrame, told: DateResolution,
                      told_leaders: set[str]) -> DateResolution | None:
    """The day before the call told before, when the sentence sets this call on the eve of that one."""
    eve = _EVE_OF_CALL.search(item.text)
    if eve is None or told.precision is not DatePrecision.DAY or told.day is None:
        return None
    other = next((p for p in item.leaders() if eve.end() <= p.start <= eve.end() + _EVE_NAME_REACH), None)
    if other is None or other.ref.slug not in told_leaders or other.ref.slug in frame.leaders:
        return None
    return DateResolution.on_day(told.day - timedelta(days=1),
                                 f"the eve of the call told before, on {told.day:%-d %B %Y} ({told.basis})")


def _day_apart_opening(text: str, told: DateResolution) -> DateResolution | None:
    """"On July 5, A called B. The day before, C and D, in a telephone conversation, ...": a day from the call told."""
    found = _DAY_APART_OPENING.match(text)
    if found is None or told.precision is not DatePrecision.DAY or told.day is None:
        return None
    earlier = found.group("side").lower() in ("before", "earlier")
    day = told.day - timedelta(days=1) if earlier else told.day + timedelta(days=1)
    return DateResolution.on_day(day, f"the day {'before' if earlier else 'after'} the call told just before, on "
                                      f"{told.day:%-d %B %Y} ({told.basis})")


def _without_called_off(frames: list[CallFrame], facts: ArticleFacts, cue_lists: list[list[Cue]],
                        happened: list[list[Cue]]) -> list[CallFrame]:
    """An undated mention of a call whose leaders the article says never held it ("the videoconference between
    Putin, Macron and Merkel failed to take place", "Sisi refused to receive a phone call from Netanyahu") is of
    that call; so is one dated only by the day it was reported ("agencies reported yesterday that Yeltsin told
    Clinton in a call ... Clinton and Yeltsin have not spoken for weeks"). A call one of its sides denies ("denied
    that any phone call had taken place between A and B") is no call on any day the other side gives it."""
    called_off = {frozenset(p.ref.slug for p in item.leaders() if not p.possessive)
                  for item, found, kept in zip(facts.sentences, cue_lists, happened)
                  if found and not kept and (cues.CALLED_OFF.search(item.text) or cues.UNANSWERED.search(item.text))}
    denied = {frozenset(p.ref.slug for p in item.leaders() if not p.possessive)
              for item, found, kept in zip(facts.sentences, cue_lists, happened)
              if found and not kept and cues.DENIED.search(item.text)}
    return [f for f in frames
            if f.key not in denied and (f.dates and not _announced_only(f) or f.key not in called_off)]


# "it was not Trump who spoke with Putin, but the special envoy": the talk was someone else's.
_NOT_WHO_SPOKE = re.compile(rf"{cues.NOT_THE_ONE_WHO_SPOKE}[^.;]{{0,80}}?,?\s+but\b", re.IGNORECASE)


def _without_talks_of_another(frames: list[CallFrame], facts: ArticleFacts) -> list[CallFrame]:
    """"It was not Trump who spoke with Putin, but envoy Witkoff. Trump wrote that 'yesterday we' had a
    conversation with Putin": the pair the article says did not speak, someone else in the leader's stead, held no
    call of theirs (unless who it was instead is one of them: "not Macron who called Putin, but Putin")."""
    denied = []
    for item in facts.sentences:
        found = _NOT_WHO_SPOKE.search(item.text)
        if found is None:
            continue
        named = {p.ref.slug for p in item.leaders() if p.start < found.end() and not p.possessive}
        if len(named) >= 2 and not any(p.ref.slug in named for p in item.leaders() if p.start >= found.end()):
            denied.append(frozenset(named))
    return [f for f in frames if not any(f.key <= pair for pair in denied)]


def _opens_with_title(facts: ArticleFacts) -> bool:
    """Whether the first sentence is the headline, so that what it tells comes again below."""
    title = (facts.article.title or "").strip()
    return bool(title) and bool(facts.sentences) and facts.sentences[0].text.strip() == title


def _without_planned_headlines(frames: list[CallFrame], facts: ArticleFacts,
                               planned: list[set[frozenset[str]]]) -> list[CallFrame]:
    """"Palace confirms trilateral call on Sunday" over a story saying the call will be held: no call yet."""
    if not _opens_with_title(facts):
        return frames
    keys = set().union(*planned)
    return [f for f in frames if not (set(f.anchors) == {0} and any(f.key <= key for key in keys))]


def _planned_pairs(item: SentenceFacts, found: list[Cue], kept: list[Cue]) -> set[frozenset[str]]:
    """The leaders of each call a sentence tells of as planned, asked for or denied."""
    planned: set[frozenset[str]] = set()
    for cue in found:
        if cue not in kept:
            calls = roles_at(item, (cue.start, cue.end), noun=cue.noun).calls()
            planned.update(frozenset(p.ref.slug for p in people) for people in calls)
            if not calls and len(item.leader_slugs()) >= 2:
                planned.add(frozenset(item.leader_slugs()))  # "Putin had requested a phone call with him"
    return planned


# A verb in a past tense: "the call lasted an hour", "their call was tense".
_PAST_VERB = re.compile(r"\b(?:was|were|had|did|held|took|spoke|came|said|told|made|went|began|\w{3,}ed)\b",
                        re.IGNORECASE)


# "he will talk with President Biden", not "told their ministers to talk": a plan to speak with someone.
_WITH_SOMEONE = re.compile(r"\s+(?:(?:by (?:tele)?phone|on \w+)\s+)?(?:with|to)\b")


# "They last spoke when Putin congratulated Trump": the pair's call before the one announced.
_LAST_SPOKE = re.compile(r"\blast\s+(?:spoke|talked|spoken|talk|held\s+(?:a\s+)?(?:phone\s+)?(?:call|talks))\b",
                         re.IGNORECASE)


def _without_announced_calls(frames: list[CallFrame], facts: ArticleFacts, cue_lists: list[list[Cue]],
                             happened: list[list[Cue]], planned_in: list[set[frozenset[str]]]) -> list[CallFrame]:
    """"Ramaphosa will have a call with Xi this week. Ramaphosa's call to Xi is fuelling speculation": a call the
    story announced, told again below only by a noun, in words of plans or with no past tense, is still to come; a
    call before it told with no day ("They last spoke when ...") may be left out."""
    planned_by: dict[frozenset[str], int] = {}
    for index, (item, found) in enumerate(zip(facts.sentences, cue_lists)):
        planned = set(planned_in[index])
        if not found and len(item.leader_slugs()) >= 2 and any(
                _WITH_SOMEONE.match(item.text, end) for _, end in plan_matches(item.text).planned):
            planned.add(frozenset(item.leader_slugs()))  # "on Friday he will talk with President Biden"
        for key in planned:
            planned_by.setdefault(key, index)

    def still_to_come(frame: CallFrame) -> bool:
        first = min((index for key, index in planned_by.items() if frame.key <= key), default=None)
        if first is None or not frame.anchors or min(frame.anchors) <= first:
            return False
        if not frame.dates and all(_LAST_SPOKE.search(facts.sentences[index].text) for index in frame.anchors):
            return True  # "They last spoke when Putin congratulated Trump": an earlier call with no day of its own
        if frame.previous:
            return False
        for index in set(frame.anchors):
            text = facts.sentences[index].text
            plans = plan_matches(text)
            if any(not cue.noun for cue in happened[index]) \
                    or not (plans.not_happened or plans.planned or not _PAST_VERB.search(text)):
                return False
        return True

    return [f for f in frames if not still_to_come(f)]


_MET_BEFORE_REACH = 3  # sentences back to the one naming the pair that met


def _without_meetings_told_before(frames: list[CallFrame], facts: ArticleFacts) -> list[CallFrame]:
    """"Modi visited Ukraine, where he met Zelenskyy. During his conversation with the Ukrainian leader, Modi urged
    dialogue": a talk with no day but the one it was told on, and no phone or video word, between leaders the
    last sentence before to name them says met in person, is that meeting."""
    def met_before(frame: CallFrame) -> bool:
        # "'I had a great conversation with Premier Li,' Albanese told reporters yesterday": the day it was told
        if any(strength > 1 for strength, _, _ in frame.dates) or not frame.anchors or min(frame.anchors) == 0:
            return False
        first = min(frame.anchors)
        # "Sheinbaum met Xi at the summit. She praised its host. During the forum, Sheinbaum held a conversation
        # with Xi": the last sentence before to name the pair may stand a sentence or two back
        for before in reversed(facts.sentences[max(0, first - _MET_BEFORE_REACH):first]):
            if frame.key <= set(before.leader_slugs()):
                return cues.in_person(before.text) \
                    and not any(strong_cue(facts.sentences[index].text) for index in frame.anchors)
            if strong_cue(before.text):
                return False
        return False

    def met_after(frame: CallFrame) -> bool:
        # "Pashinyan and Aliyev are pleased with their first conversation, held in Dushanbe on Friday. The two men
        # spoke with each other during a summit": the talk told again in the next sentence, at a meeting
        if len(set(frame.anchors)) != 1 or frame.anchors[0] + 1 >= len(facts.sentences):
            return False
        told, after = facts.sentences[frame.anchors[0]], facts.sentences[frame.anchors[0] + 1]
        return not strong_cue(told.text) and not strong_cue(after.text) and cues.in_person(after.text) \
            and _SPOKE_OR_MET.search(after.text) is not None \
            and (frame.key <= set(after.leader_slugs()) or _THE_PAIR_OPENS.match(after.text) is not None)

    return [f for f in frames if not met_before(f) and not met_after(f)]


_SPOKE_OR_MET = re.compile(r"\b(?:met|spoke|talked|conversed|chatted)\b")
_THE_PAIR_OPENS = re.compile(r"\s*(?:the\s+two\s+(?:leaders|men|women|presidents)|both\s+(?:leaders|men)|they)\b",
                             re.IGNORECASE)


def _without_calls_recalled_at_a_meeting(frames: list[CallFrame], facts: ArticleFacts,
                                         happened: list[list[Cue]]) -> list[CallFrame]:
    """'Meeting Putin in Samarkand, Modi told him: "I have spoken to you on the phone about this"': a call told only
    inside what one leader said to the other at a meeting the sentence tells of, with no day in the quotation, is no
    call of its own (a day before the quotation is the meeting's)."""
    def recalled(frame: CallFrame) -> bool:
        if not frame.anchors:
            return False
        for index in set(frame.anchors):
            text = facts.sentences[index].text
            quote = min((at for at in (text.find('"'), text.find("“")) if at >= 0), default=-1)
            if quote < 0 or not happened[index] or not cues.in_person(text[:quote]) \
                    or any(mention.start > quote for mention in facts.sentences[index].dates) \
                    or not all(cue.start > quote and inside_quotation(text, cue.start) for cue in happened[index]):
                return False
        return True

    return [f for f in frames if not recalled(f)]


def _is_call_article(facts: ArticleFacts, happened: list[list[Cue]], met_remotely: set[int]) -> bool:
    """A call is reported with a phone or video word, or with a plain one in the lead of a story not about a meeting
    (a meeting named outside the call's own words does not count: "spoke with X and briefed him on his meeting")."""
    # A live page's entries are news of their own, each with its own lead.
    lead_end = len(facts.sentences) if facts.live_day or _LIVE_TITLE.search(facts.article.title or "") \
        else _lead_end(facts)
    for index, item in enumerate(facts.sentences):
        if happened[index] and (strong_cue(item.text) or BROKE_OFF_TO.search(item.text) or index in met_remotely
                                or _called_a_leader(item, happened[index])):
            return True  # "interrupted his meeting to call Putin" names the meeting only to set the call apart
        if (opening := _BULLETS_FOLLOW.search(item.text)) and index + 1 < len(facts.sentences) \
                and _BULLET_LINE.match(facts.sentences[index + 1].text) \
                and not governed_by_plan(item.text, opening.start()):
            return True  # "Trudeau spoke on Monday with:" and a line for each leader
        # '"...," Sheinbaum said in her press conference, adding that she and Carney spoke': where she said so
        text = cues.without_speech_occasions(item.text) if happened[index] else item.text
        if index < lead_end and happened[index] and not cues.in_person(text):
            return not _met_story(facts)
        if index < lead_end:
            for cue in happened[index]:
                for people in roles_at(item, (cue.start, cue.end), noun=cue.noun).calls():
                    low, high = min(p.start for p in people), max(p.end for p in people)
                    if not cues.in_person(text[min(low, cue.start):max(high, cue.end)]):
                        return not _met_story(facts)
    return False


# A word of running prose: a byline ("Ana Pérez") or a date line ("10/16/2020 10:47 AM") has none.
_PROSE_WORD = re.compile(r"\b[a-z]{3,}\b")


def _lead_end(facts: ArticleFacts) -> int:
    """Where the lead ends: after its first sentences of prose, not counting a byline or a date line set between a
    standfirst and the story ("... lasted an hour. / Ana Pérez / 10/16/2020 10:47 AM / A and B spoke on Friday").
    A headline on a line of its own ("Top of the Agenda") is not one of them: the story's own lead follows it."""
    prose = 0
    for index in range(int(_opens_with_title(facts)), len(facts.sentences)):
        prose += bool(_PROSE_WORD.search(facts.sentences[index].text))
        if prose > LEAD_SENTENCES + 1:
            return index
    return len(facts.sentences)


_LIVE_TITLE = re.compile(r"\blive(?:\s+news|\s+updates?|\s+blog|:)|\bas it happened\b", re.IGNORECASE)
# "said he had called Rutte to express support", "called Erdogan on Monday": a plain "called" whose object is a
# leader, followed by the call's day or its purpose, is a call wherever the story tells it, not only in its lead.
_CALLED_VERB = re.compile(r"called|rang|rung", re.IGNORECASE)
_AFTER_THE_ONE_CALLED = re.compile(r"\s*,?\s+(?:on\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
                                   rf"|\d{{1,2}}\s+{MONTH_WORD}|{MONTH_WORD}\s+\d{{1,2}}\b)"
                                   r"|(?:yesterday|today|earlier\s+(?:today|this\s+week)|last\s+night"
                                   r"|this\s+(?:morning|afternoon|evening)|late\s+on)\b"
                                   r"|to\s+(?:express|discuss|congratulate|offer|thank|convey|wish|extend|voice"
                                   r"|reaffirm|condole|inform|brief|assure|update)\b)")


def _called_a_leader(item: SentenceFacts, happened: list[Cue]) -> bool:
    """Whether a plain "called" of the sentence has a leader for its object and then the call's day or purpose."""
    text = item.text
    for cue in happened:
        if cue.noun or not _CALLED_VERB.fullmatch(text, cue.start, cue.end):
            continue
        after = [p for p in item.leaders() if p.start >= cue.end and not p.possessive]
        if after and only_titles_between(text[cue.end:after[0].start]) \
                and _AFTER_THE_ONE_CALLED.match(text, after[0].end):
            return True
    return False


def _met_story(facts: ArticleFacts) -> bool:
    """"Albanese has met with Premier Li ... Albanese spoke to Li for four minutes": a lead saying the leaders met,
    and no phone named anywhere, makes a plain "spoke" the meeting's."""
    return any(_MET_A_LEADER.search(item.text, 0, person.start) for item in facts.sentences[:LEAD_SENTENCES + 1]
               for person in item.leaders()) and not any(strong_cue(item.text) for item in facts.sentences)


_OPENING_CALLS = re.compile(r"(?:In|During|Over)\s+(?:[\w-]+\s+){0,3}?(?:calls?|conversations?)\b[^,;]{0,40},\s*")
_PLAN_AFTER_OPENER = 50  # characters from an opener's comma to the plan of its main clause
_PLAN_VERB = re.compile(r"\b(?:will|is to|are to|plans? to|(?:is|are) (?:set|scheduled|expected|due) to)\s", re.IGNORECASE)


# '"At 11 a.m. — the phone talks with A, B and C," the Elysee said': a clock time, a dash and a call named by a bare
# noun, with no verb of its own, are an item of a programme to come.
_PROGRAMME_TIME = re.compile(r"\s*[\"“]?\s*(?:At\s+)?(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)"
                             r"\s*[—–]\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)
_VERB_OF_ITS_OWN = re.compile(r"(?-i:\b(?:was|were|is|are|has|have|had|ended|began|started|lasted|took|held)\b)")


def _programme_item(text: str, cue: Cue) -> bool:
    if not cue.noun or cue.start > _PROGRAMME_REACH or not _PROGRAMME_TIME.fullmatch(text, 0, cue.start):
        return False
    item_end = min((at for at in (text.find(mark, cue.end) for mark in "\"”;") if at >= 0), default=len(text))
    return not _VERB_OF_ITS_OWN.search(text, cue.end, item_end)


_PROGRAMME_REACH = 60  # characters from the sentence's start to the call noun of a programme's item


def _happened(text: str, found: list[Cue]) -> list[Cue]:
    """The cues of a sentence that report a call that took place.

    "Biden would speak with Xi on Thursday, their first conversation in months": the noun set beside a planned
    call by a comma names that same call, planned too."""
    if not found or cues.UNANSWERED.search(text):
        return []
    found = [cue for cue in found if not _programme_item(text, cue)]
    kept = [cue for cue in found if not governed_by_plan(text, cue.start)]
    not_happened = plan_matches(text).not_happened
    if len(kept) == len(found) and not not_happened:
        return kept
    # "I asked for a conversation with Zelensky, and that conversation, as you know, took place": held after all
    held = {m.start("noun") for m in _PLANNED_CALL_TOOK_PLACE.finditer(text)}
    kept = [cue for cue in found if cue in kept or cue.start in held]
    plans = [cue.end for cue in found if cue not in kept] + [end for _, end in not_happened]
    # "In other phone calls on Saturday, Trump will speak with A and B": the opener's calls are the plan's.
    opener = _OPENING_CALLS.match(text)
    planned_after_opener = opener is not None \
        and _PLAN_VERB.search(text, opener.end(), opener.end() + _PLAN_AFTER_OPENER) is not None
    return [cue for cue in kept if not (cue.noun and any(
        end <= cue.start and _APPOSITIVE.search(text, end, cue.start) for end in plans))
        and not (planned_after_opener and cue.start < opener.end())]


# "held talks with Bush by telephone", "held talks with Bush in a previously arranged telephone call": the talks
# were the call, so "talks" is its verb, as in "talks with".
_TALKS_HELD_REMOTELY = re.compile(r"\b(?:hold|holds|held|holding|had|has|have)\s+(?:[\w-]+\s+)?(?P<talks>talks)\s+"
                                  r"with\s+[^;:\"“”]{1,80}?\s+(?:(?:by|over|via|on)\s+(?:the\s+|a\s+)?"
                                  r"(?:(?:tele)?phone|video(?:[ -]?link|[ -]?conference)?)\b"
                                  r"|in\s+(?:a|an|their)\s+(?:[\w-]+\s+){0,3}?(?:(?:tele)?phone|telephonic|video)"
                                  r"[ -]?(?:calls?|conversations?|conferences?|links?)\b)", re.IGNORECASE)


def _call_cues(item: SentenceFacts) -> list[Cue]:
    """The words that say a call took place in this sentence."""
    text = item.text
    if not cues.ANY_CALL_WORD.search(text):
        return []  # most sentences of a long article: no word a call could be reported with
    remote_talks = [m.start("talks") for m in _TALKS_HELD_REMOTELY.finditer(text)]
    blocked = [m.span() for m in (*cues.NOT_A_CALL.finditer(text), *cues.NOT_HELD_HERE.finditer(text),
                                  *cues.NAMING.finditer(text))
               if not any(m.start() <= at < m.end() for at in remote_talks)]
    adverbs = list(cues.PHONE_ADVERB.finditer(text))
    leader_starts = [p.start for p in item.leaders()]
    # "interrupted his meeting to call Putin": "call" after "to", its object a leader, is the verb.
    found = [Cue(m.start(), m.end(), not (_TO_BEFORE.search(text, max(0, m.start() - 4), m.start())
                                          and any(m.end() < s <= m.end() + 30 for s in leader_starts)))
             for m in (*cues.CALL_NOUN.finditer(text), *adverbs) if not any(a <= m.start() < b for a, b in blocked)]
    # "welcomed the results of the phone talks on Thursday between Party General Secretary To Lam and ...": a call
    # between others than leaders
    found = [cue for cue in found if not (cue.noun and _between_others(item, cue))]
    if cues.MEAL_TALK.search(text):
        # '"A good lunch conversation with friends," writes Kristersson about the conversation': the talk at table
        found = [cue for cue in found if not cue.noun or _PHONE_WORD.search(text, cue.start, cue.end)
                 or cues.VIDEO.search(text, cue.start, cue.end)]
    verbs = list(cues.SPEAK_VERB.finditer(text))
    verbs += [m for m in PLEASED_TO_SPEAK.finditer(text) if opens_a_post(text, m.start())]
    for match in verbs:
        if any(a <= match.start() < b for a, b in blocked):
            continue
        follows = _addressee_follows(text, match.end(), leader_starts)
        # "spoke with", "called reelected Brazilian President, Luiz Inácio Lula da Silva"
        direct = any(match.end() < s <= match.end() + 30 or s > match.end() and only_titles_between(text[match.end():s])
                     for s in leader_starts)
        if follows or direct or adverbs or _pair_subject(item, match.start()) or _group_subject(text, match) \
                or stranded_relative(text, match.span()) \
                or _PAIR_EARLIER.search(text, max(0, match.start() - 80), match.start()) \
                or _LEADERS_INCLUDING.match(text, match.end()) \
                or _called_the_teller(text, match, leader_starts):  # "called six leaders, including A", "called me"
            found.append(Cue(match.start(), match.end(), False))
    # "Zelensky spoke with Trump after the latter spoke with Putin on the phone": the phone is the last verb's,
    # which tells that call already; read on its own, it would join the first subject to the last leader.
    # "telephoned" and "rang" are phone words and verbs at once; as verbs they tell their own call.
    adverb_starts = {a.start() for a in adverbs} - {v.start() for v in verbs}
    verb_ends = [cue.end for cue in found if not cue.noun and cue.start not in adverb_starts]
    found = [cue for cue in found if cue.start not in adverb_starts
             or not _told_after_verb(text, cue, verb_ends, leader_starts)]
    # "for our telephone talks": "talks" is the noun's, no verb of its own
    nouns = [cue for cue in found if cue.noun]
    found = [cue for cue in found if cue.noun or not any(n.start < cue.start and cue.end <= n.end for n in nouns)]
    return sorted(set(found), key=lambda cue: cue.start)


_BETWEEN_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?between\s+", re.IGNORECASE)
_BETWEEN_REACH = 60  # characters from "between" to the first one named, titles and all


def _between_others(item: SentenceFacts, cue: Cue) -> bool:
    """Whether the first person a call noun's "between" names is no leader."""
    between = _BETWEEN_AFTER.match(item.text, cue.end)
    first = next((p for p in item.people if between is not None and p.start >= between.end()), None)
    return first is not None and not first.ref.is_leader and first.start - between.end() <= _BETWEEN_REACH


# "Lula called him on Thursday", "called me to congratulate me": the one who tells it was called (not "called him
# a liar", naming him).
_CALLED_THE_TELLER = re.compile(r"\s+(?:him|her|me)\b(?=\s*(?:[,.;:\"”’)]|$|(?:up\s+)?(?:on|last|yesterday|today"
                                r"|this|earlier|late|recently|twice|again|personally|directly|from|after|before|shortly"
                                r"|by\s+(?:tele)?phone|\w+day|to\s+(?:congratulate|express|offer|discuss|thank|convey"
                                r"|wish|say|ask|tell|inform|invite|extend|talk|brief|apologi[sz]e))\b))", re.IGNORECASE)


def _called_the_teller(text: str, verb: re.Match[str], leader_starts: list[int]) -> bool:
    """"Modi said Lula called him on Thursday": "called" with a pronoun for its object, a leader named before it."""
    return verb.group().lower() == "called" and any(start < verb.start() for start in leader_starts) \
        and _CALLED_THE_TELLER.match(text, verb.end()) is not None


_LEADERS_INCLUDING = re.compile(rf"{LEADERS_UNNAMED.pattern}[^.;]{{0,40}}?,?\s+{INCLUDING}\b", re.IGNORECASE)
_ADVERB_REACH = 80  # characters from a call verb to a phone adverb that belongs to it
# Characters from a call verb to its "with" or "to": "spoke on Wednesday with President-elect Trump and with Biden".
_ADDRESSEE_REACH = 90
_TO_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)
# A government's readout names the office before the holder: "the Prime Minister of the United Kingdom, Keir Starmer".
_OFFICE_OF_PLACE = re.compile(r"\s*(?:the\s+)?(?:[A-Z][\w-]*\s+){1,3}of\s+(?:the\s+)?(?:(?:[A-Z][\w.'’-]*|of|and)\s+){0,5}"
                              r"[A-Z][\w.'’-]*,\s+")
_WITH_OR_TO = re.compile(r"\b(?:with|to)\b", re.IGNORECASE)


def _told_after_verb(text: str, cue: Cue, verb_ends: list[int], leader_starts: list[int]) -> bool:
    """Whether a phone adverb follows the last call verb before it, with a leader of that verb's between them."""
    end = max((end for end in verb_ends if end <= cue.start), default=None)
    return end is not None and cue.start - end <= _ADVERB_REACH and ";" not in text[end:cue.start] \
        and any(end < start < cue.start for start in leader_starts)


def _addressee_follows(text: str, verb_end: int, leader_starts: list[int]) -> bool:
    """"spoke separately on Monday with <leader>": the preposition comes soon and the leader right after it."""
    for preposition in _WITH_OR_TO.finditer(text[verb_end:verb_end + _ADDRESSEE_REACH]):
        after = verb_end + preposition.end()
        if any(after <= start <= after + 40 for start in leader_starts):
            return True
        office = _OFFICE_OF_PLACE.match(text, after)
        if office is not None and office.end() in leader_starts:
            return True  # "spoke with the President of the United States of America, Joe Biden"
    return False


def _group_subject(text: str, verb: re.Match) -> bool:
    # "The two leaders had spoken on Feb. 25": the leaders named before, in an article about their call.
    return bool(_GROUP_BEFORE_VERB.search(text, max(0, verb.start() - 60), verb.start())
                and not _PUBLIC_SPEECH.match(text, verb.end()))


def _pair_subject(item: SentenceFacts, verb_at: int) -> bool:
    # "Biden and Xi talked", "Biden and his Chinese counterpart Xi Jinping spoke": two leaders joined by "and"
    # right before the verb.
    before = [p for p in item.leaders() if p.end <= verb_at]
    if before and _AND_I_BEFORE.fullmatch(item.text, before[-1].end, verb_at):
        return True  # '"The President (López Obrador) and I spoke last night," Trump said': a leader and the one quoted
    if len(before) < 2:
        return False
    near = verb_at - _PAIR_COUNTRY_AFTER.match(item.text, before[-1].end).end() < 40
    # "Sheinbaum said she and Carney spoke on Tuesday": the one who said it and the leader beside "she"
    told_by_one = not before[-2].possessive and _SAID_PRONOUN_AND.fullmatch(item.text, before[-2].end, before[-1].start)
    return bool(_PAIR_JOINED.fullmatch(item.text, before[-2].end, before[-1].start) or told_by_one) and near


_AND_I_BEFORE = re.compile(r"\)?\s+and\s+I\s+(?:(?:have|had|just|also)\s+)?")
# "Presidents Zelensky, of Ukraine, and Lula, of Brazil, spoke": each name may carry its country after a comma.
_COUNTRY_ASIDE = r"(?:,\s*of\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s*,?)?"
_PAIR_JOINED = re.compile(_COUNTRY_ASIDE + r"\s*(?:and|,)\s*(?:(?:his|her|their)\s+(?:[\w-]+\s+)?counterpart,?\s*)?")
_PAIR_COUNTRY_AFTER = re.compile(_COUNTRY_ASIDE)
_SAID_PRONOUN_AND = re.compile(r"[^.;:\"“”]{0,100}?\b(?:said|says|added|adding|told|noted|stated|announced)\b"
                               r"[^.;:\"“”]{0,40}?\b(?:he|she)\s+and\s+(?:[\w.'’-]+\s+){0,5}?")


# "telephonic conversations", "spoke by phone", "phoned": a phone word of the call's own clause.
_PHONE_WORD = re.compile(r"\b(?:tele)?phon|\btelephonic", re.IGNORECASE)


def _tells_held_video_call(text: str) -> bool:
    """Whether the sentence tells of a video call held: not "agreed that a video conference of G20 leaders should be
    held soon", a video call still to come beside the call told."""
    return cues.tells_video_call(text) \
        and any(not governed_by_plan(text, video.start()) for video in cues.VIDEO.finditer(text))


def _kind_in_clause(text: str, cue: Cue, kind: str) -> str:
    """"After a video conference with SAARC nations, he has had telephonic conversations with Merkel": a call whose
    own stretch between commas names a phone and no video is a phone call, whatever video the rest names."""
    start = max(text.rfind(mark, 0, cue.start) for mark in ",;:")
    ends = [at for at in (text.find(mark, cue.end) for mark in ",;:") if at >= 0]
    own = text[start + 1:min(ends, default=len(text))]
    if kind == "video-call" and _PHONE_WORD.search(own) and not cues.tells_video_call(own):
        return "call"
    return kind


def _frames_in_sentence(index: int, item: SentenceFacts, happened: list[Cue], facts: ArticleFacts,
                        callers: list[PersonSpan], pair: tuple[PersonSpan, ...] = ()) -> list[CallFrame]:
    """The calls one sentence reports; `callers` carries the last subject who called, for "he" and "she", and
    `pair` the leaders last named together, for "the two leaders"."""
    text = item.text
    if happened and cues.in_person(_without_asides(text)) and not strong_cue(text) and len(item.leader_slugs()) < 2:
        return []  # (not "King Abdullah, who was visiting the White House, joined the call": where he was)
    mentions: list[tuple[Cue, CallRoles]] = []
    spoken_next: PersonSpan | None = None  # the speaker of a quotation, named in the next sentence
    for cue in happened:  # in order: "Lula spoke with Modi, and on Friday he called Putin": he is Lula
        roles = _with_group_callers(item, cue, roles_at(item, (cue.start, cue.end), noun=cue.noun,
                                                        previous_callers=tuple(callers[-1:])), pair)
        if cue.noun and any(verb.start == cue.start and told.split for verb, told in mentions):
            continue  # "A and B telephoned C": the phone word is the verb that rang C twice, not a call of A and B
        if cue.noun and any(told.calls() for _, told in mentions) \
                and _BACK_REFERENCE.search(text, max(0, cue.start - 30), cue.start):
            if (roles := _own_day_with_another(item, cue, roles, mentions)) is None:
                continue  # "held phone conversations with A, B and C and discussed ... during the phone conversation"
        if not roles.callers and roles.called and (speaker := _speaker_told_next(index, facts)) is not None \
                and speaker.ref.slug not in {p.ref.slug for p in roles.called}:
            roles = replace(roles, callers=(speaker,))
            spoken_next = speaker
        if cue.noun and roles.called and not roles.callers and mentions and mentions[-1][1].callers \
                and not mentions[-1][1].called and _CALL_WAS_A.fullmatch(text, mentions[-1][0].end, cue.start):
            # "The president's most recent call was a conference call with A, B and C": the owner's call
            roles = replace(roles, callers=mentions[-1][1].callers)
        if roles.callers and len(roles.called) > 1 and not roles.separate \
                and (_each_told_next(facts, index) or _one_told_apart_below(facts, index, roles)):
            roles = replace(roles, separate=True)  # "had phone talks with A and B. In both conversations, ...": two
        elif cue.noun and not roles.separate and _BY_PHONE.fullmatch(text, cue.start, cue.end) \
                and any(_same_calls(told, roles) and (_PERFECT_BEFORE.search(text, max(0, verb.start - 30), verb.start)
                                                      or _span_of_days(item, told.clause))
                        for verb, told in mentions) and not together(text):
            # "had spoken by phone with A and B", "last week spoke by phone with A and B": the calls of a stretch of
            # time, one each; "spoke by phone with A and B" on a day: one
            roles = replace(roles, separate=True)
        mentions.append((cue, roles))
        if roles.callers and roles.calls():
            callers.append(roles.callers[0])
    if (leading := LEADING_APART.match(text)) is not None:
        # "A day after speaking with Jiang, Bush telephoned Putin on Friday": the opener's day is counted from
        # the main clause's, so the main clause's calls are read first.
        mentions.sort(key=lambda mention: mention[0].start < leading.end())
    # "While Ramaphosa spoke to Trump mainly about tariffs, Ramaphosa and Putin spoke about Ukraine": the opener's call
    # is set against the main clause's, as one told in passing, and each clause tells of its own call.
    contrast = _CONTRAST_OPENER.match(text)
    if contrast is not None and not any(cue.start >= contrast.end() and roles.calls() for cue, roles in mentions):
        contrast = None
    strength = 3
    if not any(roles.calls() for _, roles in mentions):
        interaction = _interaction(item)
        if interaction is None or governed_by_plan(text, interaction[0].start):
            return []
        mentions, strength = [interaction], 2
    kind = "video-call" if _tells_held_video_call(text) else "call"
    frames: list[CallFrame] = []
    seen: list[frozenset[str]] = []
    main_people: tuple[PersonSpan, ...] = ()
    for cue, roles in mentions:
        plain = not cue.noun or _PLAIN_CONVERSATION.fullmatch(text, cue.start, cue.end) is not None
        # "..., which took place at the leaders' dinner": an aside about the talk itself says where it was
        told_where = len(text) if CALL_ITSELF_ASIDE.match(text, roles.clause[1]) else roles.clause[1]
        if plain and not strong_cue(text) and (_met_there(text, cue.end, told_where)
                                               or _met_says_next(facts, index)):
            # "Biden and Xi last spoke in November, at their summit in California", "had an informal
            # conversation ..., saying it happened at the G20 dinner": they met
            continue
        if not cue.noun and _WHERE_BEFORE.search(text, max(0, cue.start - _WHERE_REACH), cue.start) \
                and not cues.PHONE_ADVERB.search(text, cue.start, cue.end + _WHERE_REACH):
            continue  # "a call from Warwick University - where Blair is speaking with Chirac -": talks at that place
        if _PLAIN_TALKS.fullmatch(text, cue.start, cue.end) and not strong_cue(text) \
                and cues.in_person(text):
            continue  # "held extensive talks on Friday, a day after Sousa arrived here on a four-day visit": in person
        # "the previous call", "a day after Macron's call with Putin": another call, told in passing.
        opener = leading is not None and cue.start < leading.end()
        earlier = opener or _EARLIER.search(text[max(0, cue.start - _EARLIER_REACH):cue.start]) or (
            roles.clause[0] > 0 and _AFTER_ANOTHER.search(text[max(0, roles.clause[0] - 30):roles.clause[0] + 12])) \
            or _DETAILS_OF.search(text, max(0, cue.start - 70), cue.start) \
            or not cue.noun and _FIRST_SINCE_SUBJECT.search(text, max(0, cue.start - _FIRST_SINCE_REACH), cue.start)
        # "The last time the two spoke was in March last year": the pair's call before, whose month will do
        last_time = bool(LAST_TIME.search(text, max(roles.clause[0], cue.start - _TALLY_REACH), cue.start)) \
            or bool(_PAIR_EARLIER.search(text, roles.clause[0], cue.start)) \
            or bool(_FOLLOWS_THEIR.search(text, max(0, cue.start - _EARLIER_REACH), cue.start))
        tally = bool(_PREVIOUSLY.search(text, max(0, cue.start - _TALLY_REACH), cue.start)
                     and _PERFECT_BEFORE.search(text, max(0, cue.start - 40), cue.start)) \
            or last_time \
            or index > 0 and cue.noun and (had := cues.PLUPERFECT_CALL.match(text)) is not None \
            and cue.start < had.end()
        told_before = bool(frames)  # "held his first phone calls with A, B and C": not each an earlier call of another
        for people in roles.calls():
            key = frozenset(p.ref.slug for p in people)
            # "A called B on Monday, and the two spoke again on Thursday": a second call, if it has a day of its own.
            repeated = any(key <= other for other in seen) and not roles.separate
            if repeated and not _ANOTHER_TIME.search(text, roles.clause[0], roles.clause[1]):
                continue
            seen.append(key)
            clause_start = roles.clause[0]
            if contrast is not None and cue.start >= contrast.end():
                clause_start = max(clause_start, contrast.end())
            frame = CallFrame(leaders={p.ref.slug: p.ref for p in people}, anchors=[index],
                              kind=_kind_in_clause(text, cue, kind),
                              told=strength < 3, separate=roles.split,
                              clause_starts={index: clause_start},
                              previous=bool(_PREVIOUS.search(text, max(0, cue.start - _EARLIER_REACH), cue.start)
                                            or _HAD_ANOTHER.search(text, max(0, cue.start - 40), cue.start)))
            # "The call came days after Modi spoke to Putin": an earlier call than the one the sentence tells first.
            apart = roles.clause[0] > 0 and _vaguely_apart(text, roles.clause[0]) \
                and any(other.start < roles.clause[0] for other, _ in mentions)
            if earlier and (told_before or apart) or tally:
                # "Last time, the two leaders communicated on March 18 via video": the opener sets the whole clause
                # before, so its day may come before the call's words
                own_part = (roles.clause[0], _next_call_word(item.text, cue, happened, roles.clause[1]))
                date = nearest_date(item, cue.start, facts, own_part, after_only=True) \
                    or _within_perfect(item, cue, facts) or (
                    nearest_date(item, cue.start, facts, roles.clause) if _EARLIER_OPENER_COMMA.match(text)
                    else None) or (
                    _apart_before_clause(text, roles.clause[0], frames[-1]) if earlier and frames else None) or (
                    _opener_apart(leading, frames[0]) if opener and frames else None)
                if date is None and earlier and frames and _dated_from_the_call_told(text, roles.clause[0], frames[-1]):
                    frame.passing = True  # "A's call to B comes two days after C made a call to B": dated below
                    frames.append(frame)
                    continue
                if date is None or date.precision is not DatePrecision.DAY \
                        and not (last_time and date.precision is DatePrecision.RANGE):
                    continue
                frame.passing = True
            else:
                counterpart = people[-1] if roles.separate and len(roles.called) > 1 else None
                own_part = (roles.clause[0], _next_other_call(item, cue, roles, happened, roles.clause[1]))
                date = _days_before_told(index, item, cue, roles.clause, facts) or date_for(
                    item, (cue.start, cue.end), counterpart, facts, own_part) or _opening_date(
                    item, cue, roles.clause, facts) or _under_way(item, cue, roles.clause, facts) \
                    or _around_another_call(item, cue, roles.clause, facts) or day_of_post(item)
                # "last spoke by phone in June 2023" is a call of that month, as "spoke by phone in June 2023" is; left
                # out beside the pair's dated call, as any earlier call of a month is. With no time at all it is none.
                if _HAD_LAST.search(text, max(roles.clause[0], cue.start - 40), cue.start) \
                        and (date is None or date.precision not in (DatePrecision.DAY, DatePrecision.RANGE)):
                    continue
                in_clause = [m for m in item.dates if roles.clause[0] <= m.start < roles.clause[1]] if cue.noun else []
                if len(in_clause) == 1 and still_to_come(in_clause[0], facts.anchor):
                    # "has announced telephone talks with A and B on May 30", told on May 29: talks to come. ("spoke
                    # with Xi on May 11" of a story in April is of last year: a verb of the past says so.)
                    continue
                main_people = main_people or people
                frame.passing = contrast is not None and cue.start < contrast.end() \
                    or _BRIEFED_A_GROUP_ON.search(text, max(0, cue.start - _BRIEFED_REACH), cue.start) is not None
                if date is None and (date := days_before_a_dated_deed(item, cue.start, facts)) is not None:
                    frame.passing = True  # "discussed ... on Wednesday, a day after A held talks with B": not the news
            if repeated and (date is None or date.precision is not DatePrecision.DAY
                             or any(date.day == other.best_date().day for other in frames if other.best_date())):
                continue
            if date is not None and not frame.passing and (quoted := quoted_time_word(item, date, facts)):
                # '"Today I spoke with Prime Minister Modi," Biden wrote': the writer's today, not the story's, unless
                # the sentence says when the words were issued ("issued this statement late Wednesday: ...").
                issued = _issued_day(item, quoted, facts)
                if issued is None and spoken_next is not None and spoken_next.ref.slug in frame.leaders:
                    issued = announced_date(facts.sentences[index + 1], facts, 0)  # '"... today!" Rutte posted Friday'
                frame.dates.append((strength, index, issued) if issued is not None
                                   else (1, index, replace(date, basis=date.basis + QUOTED_NOTE)))
            elif date is not None:
                frame.dates.append((strength, index, date))
            elif not frame.passing and (announced := announced_date(item, facts, cue.start)) is not None:
                frame.dates.append((1, index, announced))
            elif not frame.passing and spoken_next is not None and spoken_next.ref.slug in frame.leaders \
                    and (announced := announced_date(facts.sentences[index + 1], facts, 0)) is not None:
                frame.dates.append((1, index, announced))  # '"I spoke with Ruto!" Zelensky tweeted on Thursday.'
            if date is not None and date.precision is DatePrecision.RANGE \
                    and _ALSO_BEFORE.search(text, max(0, cue.start - 20), cue.start):
                frame.previous = True  # "The two presidents also spoke by phone at the end of March": the call before
            frames.append(frame)
            if date is not None and not frame.passing and (again := _again(item, cue, roles.clause, facts)):
                frames.append(CallFrame(leaders=dict(frame.leaders), anchors=[index], dates=[(strength, index, again)],
                                        kind=frame.kind, told=frame.told, separate=frame.separate))
    frames += [earlier for frame in frames if not frame.passing and (earlier := _call_since(frame, item, facts, index))]
    return _drop_subsets(_as_one_if_told_as_one(frames, facts, index))


# '"I had a fruitful conversation with Ruto. We discussed food security!" Zelensky tweeted': a quotation in the first
# person ending in its own sentence, its speaker named at the start of the next.
_FIRST_PERSON_QUOTATION = re.compile(r"\s*[\"“]\s*(?:I|We|Just|Today|Earlier|Had|Spoke)\b[^\"“”]*[.!?][\"”]\s*$")
_SPEAKER_OPENS = re.compile(r"\s*(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*\s+(?:said|wrote|posted|tweeted|added|stated"
                            r"|announced|declared|says|writes|posts|tweets)\b")


def _speaker_told_next(index: int, facts: ArticleFacts) -> PersonSpan | None:
    """The leader the next sentence opens with as the speaker of this sentence's first-person quotation."""
    if index + 1 >= len(facts.sentences) or not _FIRST_PERSON_QUOTATION.match(facts.sentences[index].text):
        return None
    following = facts.sentences[index + 1]
    opening = _SPEAKER_OPENS.match(following.text)
    return next((p for p in following.leaders() if p.end <= opening.end() and not p.possessive), None) \
        if opening is not None else None


# "the second conversation in as many days between the two", "their second call in two days": the day before too.
_SECOND_IN_TWO_DAYS = cues.caseless(r"\bsecond\s+(?:[\w-]+\s+)?(?:call|conversation|talk|phone\s+call)s?\s+in\s+"
                                    r"(?:as\s+many|two)\s+days\b")


def _the_first_of_two_days(index: int, item: SentenceFacts, told: CallFrame) -> CallFrame | None:
    """The pair's call on the day before the call told, which the sentence counts as its second in two days."""
    if told.told or not _SECOND_IN_TWO_DAYS.search(item.text) or (told_on := told.best_date()) is None \
            or told_on.precision is not DatePrecision.DAY or told_on.day is None:
        return None
    day = DateResolution.on_day(told_on.day - timedelta(days=1), f"the day before the second call in two days, on "
                                f"{told_on.day:%-d %B %Y} ({told_on.basis})")
    return CallFrame(leaders=dict(told.leaders), anchors=[index], dates=[(3, index, day)], kind=told.kind,
                     passing=True)


# "during one of two telephone conversations between the two leaders on August 26 and 28": a call on each day
_TWO_CALLS = cues.caseless(r"\btwo\s+(?:[\w-]+\s+){0,2}?(?:calls|conversations|talks)\b")
_TWO_CALLS_DAY_REACH = 60  # characters from "two calls" to the first of their days
_AND_DAY = re.compile(r"\s+and\s+(?:on\s+)?(?:(?P<day>\d{1,2})\b(?![.,:]?\d))?")


def _one_on_each_of_two_days(index: int, item: SentenceFacts, frame: CallFrame, facts: ArticleFacts
                             ) -> list[CallFrame]:
    """The pair's call, and another on the second of two days a sentence gives their two calls."""
    if frame.told or frame.separate or len(frame.leaders) != 2 or (two := _TWO_CALLS.search(item.text)) is None:
        return [frame]
    for at, first in enumerate(item.dates):
        if not 0 <= first.start - two.end() <= _TWO_CALLS_DAY_REACH \
                or (joined := _AND_DAY.match(item.text, first.end)) is None:
            continue
        days = [resolve_past(first, facts)]
        if joined.group("day") is not None and days[0] is not None and days[0].day is not None:
            second = _same_month_day(days[0].day, int(joined.group("day")))
            days.append(second and DateResolution.on_day(second, f"{first.text} and {joined.group('day')}: the "
                                                                 f"second of two calls, on {second:%-d %B %Y}"))
        elif at + 1 < len(item.dates) and item.dates[at + 1].start == joined.end():
            days.append(resolve_past(item.dates[at + 1], facts))
        if len(days) < 2 or any(d is None or d.precision is not DatePrecision.DAY for d in days) \
                or days[0].day >= days[1].day \
                or any(at_sentence == index and told.day not in (None, *(d.day for d in days))
                       for _, at_sentence, told in frame.dates):
            return [frame]  # "spoke on Tuesday, their two calls this year coming on ...": other calls
        strength = max((level for level, at_sentence, _ in frame.dates if at_sentence == index), default=3)
        return [replace(frame, leaders=dict(frame.leaders), anchors=list(frame.anchors),
                        dates=[(strength, index, day)], clause_starts=dict(frame.clause_starts)) for day in days]
    return [frame]


def _same_month_day(day: date, of_month: int) -> date | None:
    try:
        return day.replace(day=of_month)
    except ValueError:
        return None


def _first_one_before(index: int, item: SentenceFacts, told: CallFrame, facts: ArticleFacts) -> list[CallFrame]:
    """"The call is the second in one week, after a first one last Wednesday": the pair's call before, that day."""
    for mention in item.dates:
        if AFTER_A_FIRST_ONE.search(item.text, max(0, mention.start - 40), mention.start):
            day = resolve_past(mention, facts)
            if day is not None and day.precision is DatePrecision.DAY and day != told.best_date():
                return [CallFrame(leaders=dict(told.leaders), anchors=[index], dates=[(3, index, day)], kind=told.kind,
                                  passing=True, clause_starts={index: mention.start})]
    return []


def _next_other_call(item: SentenceFacts, cue: Cue, roles: CallRoles, happened: list[Cue], end: int) -> int:
    """Where the clause's next call word with another leader begins: "called the call with Zelensky 'very good',
    adding that it built on the call made yesterday with Putin" gives "yesterday" to the call with Putin."""
    own = {p.ref.slug for p in (*roles.callers, *roles.called)}
    for other in happened:
        # "spoke by telephone Monday, days before their summit with Fox": "by telephone" tells how, no other call
        if _BY_PHONE.fullmatch(item.text, other.start, other.end):
            continue
        if other.noun and cue.end <= other.start < end and any(
                p.ref.slug not in own and other.end <= p.start <= other.end + _OTHER_PARTY_REACH and not p.possessive
                for p in item.leaders()):
            return other.start
    return end


_OTHER_PARTY_REACH = 60  # characters from a call word to the name of the one that call was with


def _next_call_word(text: str, cue: Cue, happened: list[Cue], end: int) -> int:
    """Where the clause's next call noun begins: "who has had conversations with A, B and C, confirmed the call on
    Thursday" leaves "Thursday" to the call the main clause names, not to the earlier ones."""
    return next((other.start for other in happened if other.noun and cue.end <= other.start < end
                 and not _BY_PHONE.fullmatch(text, other.start, other.end)), end)


# "X's latest call was a conference call with ...": the second call word names the first, the owner's call
_CALL_WAS_A = re.compile(r"(?:\s+(?:on|this|last)\s+\w+)?\s+(?:was|is)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?", re.IGNORECASE)
# "their first call since Aug. 21", "their first conversation since a testy phone call on June 14", "spoke by
# telephone for the first time since February 7"
_FIRST_SINCE = re.compile(r"\b(?:their|the)\s+first\s+(?:(?:[\w-]+\s+){0,2}?(?:call|conversation|talks?|contact|time)"
                          r"\s+)?since\s+(?:(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}?(?P<phone>(?:tele)?phone\s+)?"
                          r"(?:call|conversation|talks)\s+on\s+)?$", re.IGNORECASE)


# "by phone", "over the telephone": how the verb's calls were made, no call of its own
_CONTRAST_OPENER = re.compile(r"\s*(?:While|Whilst|Whereas)\b[^,;]{1,150},")
_BY_PHONE = re.compile(r"(?:by|over|on|via)\s+(?:the\s+)?(?:tele)?phone|telephonically", re.IGNORECASE)


def _span_of_days(item: SentenceFacts, clause: tuple[int, int]) -> bool:
    """Whether the clause's time is a stretch of days ("last week", "earlier this month", "in March"), not one day."""
    return any(clause[0] <= m.start < clause[1] and (m.kind == "month" or m.kind == "relative_range"
                                                     and m.unit not in ("day", "weekend"))
               for m in item.dates)


def _same_calls(told: CallRoles, roles: CallRoles) -> bool:
    """Whether a verb told separate calls of the very leaders a phone adverb beside it names."""
    return told.separate and len(told.called) > 1 \
        and {p.ref.slug for p in told.callers} == {p.ref.slug for p in roles.callers} \
        and {p.ref.slug for p in told.called} == {p.ref.slug for p in roles.called}


def _call_since(frame: CallFrame, item: SentenceFacts, facts: ArticleFacts, index: int) -> CallFrame | None:
    """"spoke by phone on Wednesday, their first phone call since Aug. 21": the pair's call before, on that day."""
    for mention in item.dates:
        if mention.kind in ("full_date", "month_day") \
                and (since := _FIRST_SINCE.search(item.text, max(0, mention.start - 90), mention.start)) is not None:
            day = resolve_past(mention, facts)
            if day is not None and day.precision is DatePrecision.DAY and day != frame.best_date():
                return CallFrame(leaders=dict(frame.leaders), anchors=[index], dates=[(3, index, day)],
                                 kind="call" if since.group("phone") else frame.kind, passing=True)
    return None


# "In a later telephone call in January 1999, Clinton said ...": another call of the pair told just before
_LATER_CALL_OPENING = re.compile(r"\s*(?:In|During|Over)\s+(?:another|a\s+(?:later|second|third|further|subsequent))\s+"
                                 r"(?:(?:tele)?phone\s+)?(?:call|conversation)\b", re.IGNORECASE)


def _later_call_of_the_pair(index: int, item: SentenceFacts, frame: CallFrame, facts: ArticleFacts
                            ) -> list[CallFrame]:
    """A call opened as another one of the pair just told, naming only one of them, on a time of its own."""
    opening = _LATER_CALL_OPENING.match(item.text)
    named = {p.ref.slug for p in item.leaders() if not p.possessive}
    if opening is None or len(frame.leaders) != 2 or len(named) != 1 or not named <= set(frame.leaders):
        return []
    date = nearest_date(item, opening.start(), facts, cue_end=opening.end())
    if date is None or date == frame.best_date():
        return []
    return [CallFrame(leaders=dict(frame.leaders), anchors=[index], dates=[(3, index, date)], kind=frame.kind,
                      passing=True)]


# "In both the conversations, he said ...", "During each of the calls": the calls just told were one each.
_EACH_CALL = re.compile(r"\s*(?:(?:In|During|On|Over)\s+)?(?:both|each\s+of)\s+(?:the\s+|these\s+|those\s+)?"
                        r"(?:(?:tele)?phone\s+|video\s+)?(?:calls|conversations|talks)\b", re.IGNORECASE)


def _each_told_next(facts: ArticleFacts, index: int) -> bool:
    return index + 1 < len(facts.sentences) and _EACH_CALL.match(facts.sentences[index + 1].text) is not None


# "In his separate conversation with Johnson, ...": a call of one of the leaders just listed, told as one of its own
_SEPARATE_CALL_WITH = re.compile(r"\bseparate\s+(?:(?:tele)?phone\s+|video\s+)?(?:call|conversation|talks|exchange)"
                                 r"\s+with\s+", re.IGNORECASE)
_TITLE_BEFORE_NAME = 60  # characters
_APART_REACH = 3  # sentences after a list of leaders called in which one of them may be told as called apart


# "In his talk with Tokayev, ...", "during her conversation with Ruto": the call with those named, as one of its own
_HIS_CALL_WITH = re.compile(r"\b(?:in|during)\s+(?:his|her)\s+(?:(?:tele)?phone\s+)?"
                            r"(?:call|conversation|talks?|exchange)\s+with\s+", re.IGNORECASE)


def _one_told_apart_below(facts: ArticleFacts, index: int, roles: CallRoles) -> bool:
    """"held a call with A and with B. ... In his separate conversation with B, ...", "held talks with A, B and C.
    In his talk with A, ...": a call with each."""
    called = {p.ref.slug for p in roles.called}
    for later in facts.sentences[index + 1:index + 1 + _APART_REACH]:
        for found in _SEPARATE_CALL_WITH.finditer(later.text):
            named = next((p for p in later.people if p.start >= found.end()), None)
            if named is not None and named.ref.slug in called and named.start - found.end() <= _TITLE_BEFORE_NAME:
                return True  # "separate call with British Prime Minister Boris Johnson": the title before the name
        for found in _HIS_CALL_WITH.finditer(later.text):
            named = _named_in_a_row(later, found.end(), called)
            if named and named < called:
                return True  # some of those listed, not all: the call with them was not the call with the others
    return False


def _named_in_a_row(item: SentenceFacts, start: int, among: set[str]) -> set[str]:
    """Those of `among` named one after another from `start` on ("with Aliyev, Japarov and Mirziyoyev, Erdogan")."""
    named: set[str] = set()
    reach = start + _TITLE_BEFORE_NAME
    for person in item.people:
        if person.start < start or person.possessive:
            continue
        if person.start > reach or person.ref.slug not in among:
            break
        named.add(person.ref.slug)
        reach = person.end + _TITLE_BEFORE_NAME
    return named


def _as_one_if_told_as_one(frames: list[CallFrame], facts: ArticleFacts, index: int) -> list[CallFrame]:
    """"The Prime Minister spoke to President Macron and Chancellor Merz this morning. The leaders discussed ...": calls
    a list would make one each, which the next sentence tells as one conversation of them all."""
    split = [f for f in frames if f.separate and not f.passing]
    following = facts.sentences[index + 1].text if index + 1 < len(facts.sentences) else ""
    counted = _AND_ALL_OF_THEM.search(facts.sentences[index].text)
    # "spoke with A and B on Friday, and the three leaders called for restraint": so many on one call
    counted_here = counted is not None and _COUNTS.get(counted.group("count").lower()) == len(split) + 1
    if len(split) < 2 or len({f.day() for f in split}) > 1 \
            or not (_ALL_OF_THEM.match(following) or _THE_OTHERS.search(following) or counted_here) \
            or _PLURAL_CALLS.search(facts.sentences[index].text):
        return frames  # "received phone calls from A, B and C. The leaders congratulated him": a call each
    joined = replace(split[0], leaders={k: v for f in split for k, v in f.leaders.items()}, separate=False,
                     dates=[d for f in split for d in f.dates])
    return [joined, *(f for f in frames if f not in split)]


def _within_perfect(item: SentenceFacts, cue: Cue, facts: ArticleFacts) -> DateResolution | None:
    """"Blair had on Tuesday already conferred with ...": the day between the auxiliary and the verb."""
    for mention in item.dates:
        if mention.end <= cue.start and _HAD_BEFORE.search(item.text, max(0, mention.start - 12), mention.start) \
                and _ADVERBS_ONLY.fullmatch(item.text, mention.end, cue.start):
            return resolve_past(mention, facts)
    return None


_HAD_BEFORE = re.compile(r"\b(?:had|has|have)\s+(?:on\s+)?$")
_ADVERBS_ONLY = re.compile(r"\s*(?:(?:already|also|earlier|previously|separately)\s+)*")


def _vaguely_apart(text: str, clause_start: int) -> bool:
    found = _TIME_APART.search(text, max(0, clause_start - 30), clause_start + 12)
    count = found.group("count") if found else None
    return found is not None and not (count and (count.isdigit() or count.lower() in _COUNTS))


def _issued_day(item: SentenceFacts, quoted: DateMention, facts: ArticleFacts) -> DateResolution | None:
    """"The White House issued this statement late Wednesday evening: 'President Obama spoke by phone today ...'":
    the quoted time word counted from the day the sentence says the words were issued."""
    opening = max(item.text.rfind('"', 0, quoted.start), item.text.rfind("“", 0, quoted.start))
    issued = next((m for m in reversed(item.dates) if m.end <= opening and m.kind in ("weekday", "full_date", "month_day")
                   and _ISSUED_BEFORE_QUOTE.search(item.text, m.end, opening + 1)), None)
    closing = min((at for at in (item.text.find('"', quoted.end), item.text.find("”", quoted.end)) if at >= 0),
                  default=-1)
    if issued is None and closing >= 0:
        # '"Today, Trump spoke with Modi ...," the White House said in its readout Monday': the day after the quote
        issued = next((m for m in item.dates if m.start > closing and m.kind in ("weekday", "full_date", "month_day")
                       and _ISSUED_AFTER_QUOTE.fullmatch(item.text, closing + 1, m.start)), None)
    day = resolve_past(issued, facts) if issued is not None else None
    if day is None or day.precision is not DatePrecision.DAY or day.day is None:
        return None
    when = day.day + timedelta(days=quoted.offset)
    return DateResolution.on_day(when, f"{quoted.text} in a statement issued {issued.text} ({day.basis}) → {when}")


# "from Warwick University - where Mr Blair is speaking with the French president": a clause of what goes on there.
_WHERE_BEFORE = re.compile(r"(?:,|\s[-–—])\s*where\s+(?:[\w.'’-]+\s+){1,4}?"
                           r"(?:(?:is|was|are|were|had been|has been)\s+)?(?:also\s+)?$", re.IGNORECASE)
_WHERE_REACH = 60  # characters from "where" to the verb of its clause


def _met_there(text: str, start: int, end: int) -> bool:
    """"last spoke in November, at their summit": where they met; not "ahead of seeing each other at the G7 meeting",
    a meeting still to come."""
    found = _MET_THERE.search(text, start, end)
    return found is not None and not cues.COMING_EVENT.search(text, start, found.start())


def _opening_date(item: SentenceFacts, cue: Cue, clause: tuple[int, int], facts: ArticleFacts) -> DateResolution | None:
    """"On Saturday, February 22, Zelensky called several leaders — he spoke with A and B": a time that opens the
    sentence holds for its later clauses too, unless the call is told in the past perfect ("he had called")."""
    opening = item.dates[0] if item.dates else None
    if opening is None or opening.end > clause[0] or not OPENING_TIME.fullmatch(item.text, 0, opening.start) \
            or not item.text.startswith(",", opening.end) or _PAST_PERFECT_BEFORE.search(item.text, 0, cue.start) \
            or REPORTS_THE_CALL.search(item.text, max(0, cue.start - 40), cue.start):
        return None
    return resolve_past(opening, facts)


def _met_says_next(facts: ArticleFacts, index: int) -> bool:
    """"Obama and Putin spoke Friday morning. ... 'They did speak on the margins of the leaders' lunch'": the next
    sentence, or one a little further on telling of "the conversation", says where they met, and names no phone."""
    for later, item in enumerate(facts.sentences[index + 1:index + 1 + _MET_NOTE_REACH]):
        following = item.text
        if strong_cue(following):
            return False
        # "Conversation between Kan and Wen ... The conversation took place as the two leaders were walking together"
        # ("the two would meet face to face in the future" is a meeting to come, which says nothing of this talk)
        if _MET_ON_MARGINS.search(cues.COMING_EVENT.sub(" ", following)) \
                and (later == 0 or _CONVERSATION_TOLD_BEFORE.match(following)):
            return True
    return False


_MET_NOTE_REACH = 3  # sentences from a conversation to the one saying, of "the conversation", where they met
_CONVERSATION_TOLD_BEFORE = re.compile(r"\s*(?:The|That|This|Their)\s+(?:[\w-]+\s+)?(?:conversation|talks?|chat"
                                       r"|exchange)\b")


def _opener_apart(leading: re.Match[str], told: CallFrame) -> DateResolution | None:
    """"A day after speaking with Jiang, Bush telephoned Putin on Friday": the opener's call, a day before the main
    clause's; "Hours after ...", "Shortly after ...": on its day."""
    best = told.best_date()
    if best is None or leading.group("count"):
        return _shifted(leading, best) if best is not None else None
    if best.precision is not DatePrecision.DAY or best.day is None:
        return None
    return DateResolution.on_day(best.day, f"shortly before the call it is told with, on {best.day:%-d %B %Y} "
                                           f"({best.basis})")


def _apart_before_clause(text: str, clause_start: int, told: CallFrame) -> DateResolution | None:
    """"Ramaphosa spoke to Putin on Thursday, a day after he spoke to Trump": the day of the call in the clause at
    `clause_start`, counted from the day of the call the sentence told before it."""
    best = told.best_date()
    found = _APART_BEFORE_CLAUSE.search(text, max(0, clause_start - 30), clause_start)
    return _shifted(found, best) if best is not None else None


def _again(item: SentenceFacts, cue: Cue, clause: tuple[int, int], facts: ArticleFacts) -> DateResolution | None:
    """"Biden spoke with Netanyahu on Thursday and again on Sunday": the second call's day."""
    again = _AGAIN.search(item.text, cue.end, clause[1])
    if again is None:
        return None
    mention = next((m for m in item.dates if again.end() <= m.start <= again.end() + 4), None)
    resolution = resolve_past(mention, facts) if mention is not None else None
    return resolution if resolution is not None and resolution.precision is DatePrecision.DAY else None


def _with_group_callers(item: SentenceFacts, cue: Cue, roles: CallRoles, pair: tuple[PersonSpan, ...]) -> CallRoles:
    """"After their meeting, the two leaders held a joint call with Zelensky": the two are the ones named before;
    "The two leaders had last spoken by phone in August", naming no one, is their own call."""
    if roles.callers:
        return roles
    owner = GROUP_POSSESSIVE.search(item.text, max(roles.clause[0], cue.start - 50), cue.start) if cue.noun else None
    if owner is not None and not roles.called:
        return replace(roles, callers=_owning_group(item, owner, roles.clause, pair))
    if not pair:
        return roles
    if not roles.called:
        # "a spokeswoman in Blair's office confirmed that the two leaders had spoken": a possessive names no one else.
        # "the two leaders also discussed Iraq, a spokesman told reporters traveling with Bush": Bush is not named
        # among the callers, nor is one a later clause names: "The two spoke Monday, days before their summit with Fox"
        named = [p for p in item.leaders() if not p.possessive and p.start < roles.clause[1]
                 and not TRAVELING_WITH.search(item.text, max(0, p.start - 30), p.start)]
        start = len(item.text) - len(item.text[roles.clause[0]:].lstrip())
        subject = _GROUP_CALLERS.match(item.text, start) if not named else None
        if subject is None and roles.clause[0] == 0 and not named \
                and (opener := _OPENING_ADJUNCT.match(item.text)) is not None and opener.end() <= cue.end + 40:
            subject = _GROUP_CALLERS.match(item.text, opener.end())  # "During the phone call, the two leaders ..."
        if subject is None and roles.clause[0] == 0 and not named \
                and (opener := _DATED_OPENING.match(item.text)) is not None and opener.end() <= cue.start \
                and any(m.start < opener.end() for m in item.dates):
            subject = _GROUP_CALLERS.match(item.text, opener.end()) or (
                _THEY.match(item.text, opener.end()) if _EARLIER_OPENING.match(item.text) else None)
        if subject is None and roles.clause[0] == 0 and not named and cue.noun:
            subject = _OPENER_THEN_THEY.match(item.text)  # "During half-hour phone talks, they agreed ..."
        if subject is None and roles.clause[0] == 0 and not named \
                and (opener := _EARLIER_OPENER_COMMA.match(item.text)) is not None:
            # "Previously, the two leaders had talked on ...", "Last time, they spoke on March 18"
            subject = _GROUP_CALLERS.match(item.text, opener.end()) or _THEY.match(item.text, opener.end())
        if subject is None and not named:
            subject = _PAIR_EARLIER.search(item.text, roles.clause[0], cue.start)
        if subject is None and not named and cue.noun and len(pair) == 2:
            # "I spoke with President Trump. Today's talk follows our telephone talk of May 23", "The talk, following
            # their phone call of May 3, ...": the two, told before
            subject = _OUR_RIGHT_BEFORE.search(item.text, roles.clause[0], cue.start) \
                or _FOLLOWS_THEIR.search(item.text, max(0, cue.start - _EARLIER_REACH), cue.start)
        if subject is None and not named and cue.noun:
            # "a telephone conversation between the presidents", "the two heads of state had a long conversation"
            subject = _BETWEEN_GROUP.match(item.text, cue.end) or _group_opening_sentence(item.text, roles.clause[0],
                                                                                           cue.start)
        if subject is None and cue.noun and {p.ref.slug for p in named
                                             if not quoted_apart(item.text, p.start, (cue.start, cue.end))} \
                <= {p.ref.slug for p in pair}:
            # '"Milosevic will not give in," Yeltsin is quoted as saying in a conversation between the two leaders':
            # the pair named before, one of whom the sentence names again; the one quoted was spoken of
            subject = _BETWEEN_GROUP.match(item.text, cue.end)
        if subject is None or len(pair) != _group_size(subject, len(pair)):
            return roles
        return replace(roles, callers=pair)
    subject = _GROUP_CALLERS.search(item.text, roles.clause[0], cue.start)
    called = {p.ref.slug for p in roles.called}
    group = tuple(p for p in pair if p.ref.slug not in called)
    if subject is None or len(group) != _group_size(subject, len(group)):
        return roles
    return replace(roles, callers=group)


def _owning_group(item: SentenceFacts, owner: re.Match[str], clause: tuple[int, int],
                  pair: tuple[PersonSpan, ...]) -> tuple[PersonSpan, ...]:
    """"The pair's call", "the two leaders' conversation": the group its own clause names before it, else the leaders
    last named together ("Starmer and Trump held a call. While Trump called the leaders of China and Saudi Arabia,
    No10 issued a readout of the pair's call"), else the group the sentence names."""
    size = _GROUP_SIZES.get((owner.group("size") or "").lower(), 2)
    named = unique_people([p for p in item.leaders() if p.end <= owner.start() and not p.possessive])
    in_clause = [p for p in named if p.start >= clause[0]]
    for group in (in_clause, unique_people(list(pair)), named):
        if len(group) == size:
            return tuple(group)
    return ()


def _group_opening_sentence(text: str, low: int, cue: int) -> re.Match[str] | None:
    """"Both heads of government held a telephone conversation ...", "In the run-up, the two heads of state had a
    long conversation": the group is the sentence's subject, not a relative clause's ("the talks the two held")."""
    found = _GROUP_OF_OFFICE_BEFORE.search(text, max(low, cue - 60), cue)
    if found is None:
        return None
    before = text[:found.start()].strip()
    return found if not before or before.endswith(",") or _OPENER_WITHOUT_COMMA.fullmatch(before) else None


# "In the run-up to the visit the two heads of state had ...": a short opener its writer set off with no comma
_OPENER_WITHOUT_COMMA = re.compile(r"(?:In|On|During|After|Before|Ahead of)\b[^,;.]{0,60}")


def _drop_subsets(frames: list[CallFrame]) -> list[CallFrame]:
    """Two mentions in one sentence of the same call, one naming fewer people: keep the fuller one."""
    kept = []
    for frame in frames:
        if any(frame.key < other.key and not other.passing for other in frames):
            continue
        kept.append(frame)
    return kept


# "President Bush, intervening in the political crisis in Pakistan, told Musharraf": an aside between commas of any
# length stands between the subject and its verb.
_ASIDE_ONLY = re.compile(r",[^,;:\"“”()]{1,120},\s*")


def _interaction(item: SentenceFacts) -> tuple[Cue, CallRoles] | None:
    """"Biden told Netanyahu on Sunday ...": one leader addressing another, in a call article."""
    leaders = [p for p in item.leaders() if not p.possessive]
    if len(leaders) < 2 or not INTERACTION.search(item.text) or cues.in_person(item.text):
        return None
    for match in INTERACTION.finditer(item.text):
        before = [p for p in leaders if p.end <= match.start() and (match.start() - p.end < 45
                                                                    or _ASIDE_ONLY.fullmatch(item.text, p.end,
                                                                                             match.start()))]
        after = [p for p in item.leaders() if p.start >= match.end() and p.start - match.end() < 40]
        # "said to Russian President Putin": only titles before the one spoken to, not "said to Reuters that Putin"
        if before and after and before[-1].ref.slug != after[0].ref.slug \
                and (not match.group().lower().startswith("said")
                     or only_titles_between(item.text[match.end():after[0].start])):
            clause = clause_around(item.text, match.start())
            if object_then_predicate(item.text, before[-1:], clause[0], match.start()) \
                    or _PREPOSITION_BEFORE_NAME.search(item.text, max(0, before[-1].start - 20), before[-1].start) \
                    or bare_title(item.text, before[-1]) and any(
                        p.ref.slug == before[-1].ref.slug for p in item.leaders() if p.start >= match.end()):
                # "Before the conversation with Putin, the President talked with Abe": Putin did not; "the President
                # also spoke with ... President Rousseff of Brazil": a title the sentence names again among those
                # spoken to is someone else's
                continue
            return Cue(match.start(), match.end(), False), CallRoles((before[-1],), (after[0],), False, clause)
    return None


# "The leaders discussed", "All three agreed", "The three leaders": a sentence that speaks of everyone at once.
_ALL_OF_THEM = re.compile(r"\s*(?:The|All)\s+(?:(?:three|four|five)\s+)?(?:leaders|heads\s+of\s+(?:state|government))\b"
                          r"|\s*All\s+(?:three|four|five)\b|\s*The\s+(?:three|four|five)\s+(?:leaders|men|presidents)\b")
# "President Biden updated the other leaders on his call with Putin": those the list named were on one call
_THE_OTHERS = re.compile(r"\bthe\s+other\s+(?:leaders|participants|heads\s+of\s+(?:state|government))\b")
_AND_ALL_OF_THEM = re.compile(r",?\s+and\s+(?:the|all)\s+(?P<count>three|four|five)"
                              r"(?:\s+(?:leaders|men|presidents|heads\s+of\s+(?:state|government)))?\b", re.IGNORECASE)
_PLURAL_CALLS = re.compile(r"\b(?:calls|conversations|separately|separate)\b", re.IGNORECASE)
_PREDECESSOR = re.compile(r"\b(?:replacing|replaces|replaced|succeeding|succeeds|succeeded|predecessor|outgoing)\s+"
                          r"(?:[\w.'’-]+\s+){0,3}$", re.IGNORECASE)


# "Putin and Trump are having a phone conversation, Spicer wrote": a call under way as the story was filed.
_UNDER_WAY = re.compile(r"\b(?:is|are)\s+(?:now\s+|currently\s+)?(?P<held>(?:having|holding)\s+(?:a|their)\s+"
                        r"(?:[\w-]+\s+)?)?$", re.IGNORECASE)

_ON_THE_PHONE = re.compile(r"on\s+the\s+(?:tele)?phone", re.IGNORECASE)


# "spoke to Zelensky both before and after a call with Putin yesterday": calls on either side of another, its day
_BEFORE_AND_AFTER = re.compile(r"\s+(?:both\s+)?before\s+and\s+after\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?"
                               r"(?P<call>call|conversation|talks)\b", re.IGNORECASE)


def _around_another_call(item: SentenceFacts, cue: Cue, clause: tuple[int, int],
                         facts: ArticleFacts) -> DateResolution | None:
    """The day of the call the verb's calls were held before and after, told later in its clause."""
    after_object = max((p.end for p in item.leaders() if cue.end <= p.end <= cue.end + _OTHER_PARTY_REACH),
                       default=cue.end)
    around = _BEFORE_AND_AFTER.match(item.text, after_object)
    if around is None:
        return None
    return date_for(item, around.span("call"), None, facts, (around.start(), clause[1]))


def _under_way(item: SentenceFacts, cue: Cue, clause: tuple[int, int], facts: ArticleFacts) -> DateResolution | None:
    """The day a story tells of a call still going on: the day it was filed."""
    found = _UNDER_WAY.search(item.text, max(clause[0], cue.start - 40), cue.start)
    # "is currently on the phone with Zelensky": the phone adverb tells the call going on
    going_on = found is not None and (found.group("held") or _ON_THE_PHONE.fullmatch(item.text, cue.start, cue.end)) \
        if cue.noun else item.text.startswith(("speaking", "talking"), cue.start)
    if facts.anchor is None or found is None or not going_on:
        return None
    return DateResolution.on_day(facts.anchor.day, f"told as under way on the day of the story, {facts.anchor.basis}")


def _days_before_told(index: int, item: SentenceFacts, cue: Cue, clause: tuple[int, int], facts: ArticleFacts,
                      ) -> DateResolution | None:
    """"Orban said on Friday that he had held a call with Putin a day earlier": counted back from the day it was
    told, or in the lead from publication. A day the clause names after the call word wins ("a day earlier, on
    Wednesday"), and further on "a day earlier" may count from another call, so it is left alone there."""
    # "had spoken with Xi the day before": "before" may end the clause inside the phrase
    found = _EARLIER_BY.search(item.text, cue.end, min(len(item.text), clause[1] + _EARLIER_BY_REACH))
    if found is not None and found.start() >= clause[1]:
        found = None
    if found is None or any(cue.end <= m.start < clause[1] and m.start != found.start() for m in item.dates):
        return None
    told = announced_date(item, facts, cue.start)
    if told is None and index <= LEAD_SENTENCES and facts.anchor is not None and not found.group("same"):
        told = DateResolution.on_day(facts.anchor.day, facts.anchor.basis)
    if told is None or told.precision is not DatePrecision.DAY or told.day is None:
        return None
    count = found.group("count")
    day = told.day if found.group("same") else told.day - timedelta(days=_COUNTS.get((count or "a").lower())
                                                                    or int(count))
    return DateResolution.on_day(day, f"\"{found.group().strip()}\" than the day it was told, {told.day:%-d %B %Y} "
                                      f"({told.basis.split(ANNOUNCED_NOTE)[0]})")


def _a_dated_call_of_its_own(told: CallFrame, frames: list[CallFrame], facts: ArticleFacts) -> bool:
    day = told.day()
    others = [other.best_date() for other in frames if told.key <= other.key]
    return day is not None and bool(others) \
        and all(other is not None and other.day != day and not (other.earliest and other.latest
                                                                 and other.earliest <= day <= other.latest)
                for other in others) \
        and any(cues.REMOTE_CALL.search(facts.sentences[index].text) for index in told.anchors)


def _fold_told(frames: list[CallFrame], told: CallFrame) -> None:
    """"Trump congratulated Erdogan on the April 16 referendum" in a call article: a sentence with no call word
    adds to the call of its leaders, and a day of its own that the call does not have is another event's."""
    day = told.day()
    for frame in frames:
        if told.key <= frame.key and (day is None or frame.day() in (None, day)):
            frame.anchors.extend(told.anchors)
            frame.dates.extend(told.dates)
            return
    for frame in frames:
        if told.key <= frame.key and not frame.passing:
            frame.anchors.extend(told.anchors)
            return


_TURN_OF = re.compile(r"\b(?:was|is|came|comes)\s+(?:then\s+|now\s+|next\s+)?the\s+turn\s+of\s+", re.IGNORECASE)


def _turn_of_another(index: int, item: SentenceFacts, caller: PersonSpan, told_a_call: bool) -> CallFrame | None:
    """The next call of a series: "After the call with Scholz it was the turn of Zelensky", "... then came the turn
    of A", in or right after a sentence that names a call; the caller is the one who made the calls before."""
    turn = _TURN_OF.search(item.text) if told_a_call and not cues.in_person(item.text) else None
    turned = next((p for p in item.leaders() if turn is not None and p.start >= turn.end() and not p.possessive
                   and only_titles_between(item.text[turn.end():p.start])), None)
    if turned is None or turned.ref.slug == caller.ref.slug:
        return None
    return CallFrame(leaders={caller.ref.slug: caller.ref, turned.ref.slug: turned.ref}, anchors=[index],
                     clause_starts={index: turn.start()})


def _add_frame(frames: list[CallFrame], new: CallFrame) -> None:
    """Fold a sentence's frame into the article's frame for the same leaders, unless the days differ."""
    new_day = new.day()
    for frame in frames:
        if frame.key != new.key:
            continue
        day = frame.day()
        if day is not None and new_day is not None and day != new_day \
                and (frame.passing != new.passing
                     or not (_announced_only(frame) and new_day < day or _announced_only(new) and day < new_day)):
            # The day a call was announced bounds it: "said on Sunday ..." and "had spoken on Friday" agree. A call
            # told in passing ("their most recent conversation was on September 10") is another one.
            continue
        if day is not None and new_day is not None and day != new_day and (
                _announced_only(frame) and new.previous or _announced_only(new) and frame.previous):
            continue  # "said on Sunday that he held talks ... During his previous call on Saturday": two calls
        if new.previous and new_day is not None and day is None and not frame.previous \
                or frame.previous and day is not None and new_day is None and not new.previous:
            continue  # "Trump spoke with Putin. The previous conversation ... was held on 3 May": an earlier call
        if new.previous and new_day is None and (day is not None or frame.best_date() is None) and _ranged(new) \
                or frame.previous and day is None and new_day is not None and _ranged(frame):
            # "on Saturday ... Earlier this week, A had held another call with B": the call before it; "have spoken
            # ... also spoke at the end of March": a call before the undated one
            continue
        if _outside(new_day, frame.best_date(), told=_announced_only(new)) \
                or _outside(day, new.best_date(), told=_announced_only(frame)):
            continue  # "last Monday" (either of two) is not "on Thursday"
        if _days_apart_unresolved(frame, new):
            continue  # with no publication date, "on Thursday" and "previously ... on Sunday" are still two calls
        if new_day is None and frame.passing and not new.passing or day is None and new.passing and not frame.passing:
            continue  # an undated sentence cannot be told to belong to a call mentioned in passing, nor the reverse
        frame.anchors.extend(new.anchors)
        frame.dates.extend(new.dates)
        for index, start in new.clause_starts.items():
            frame.clause_starts[index] = min(start, frame.clause_starts.get(index, start))
        frame.passing = frame.passing and new.passing
        if new.kind == "video-call":
            frame.kind = new.kind
        return
    frames.append(new)


def _days_apart_unresolved(frame: CallFrame, other: CallFrame) -> bool:
    """Whether the two calls are told on different weekdays (or days of a month) that no publication date resolves;
    a day the call was only announced on bounds it instead."""
    days = [f.best_date() for f in (frame, other)]
    if any(best is None or best.precision is not DatePrecision.UNKNOWN for best in days) \
            or _announced_only(frame) or _announced_only(other):
        return False
    first, second = days
    return first.weekday is not None and second.weekday is not None and first.weekday != second.weekday \
        or first.month_day is not None and second.month_day is not None and first.month_day != second.month_day


def _ranged(frame: CallFrame) -> bool:
    best = frame.best_date()
    return best is not None and best.precision is DatePrecision.RANGE


def _announced_only(frame: CallFrame) -> bool:
    return bool(frame.dates) and all(resolution.basis.endswith(_TELLING_NOTES) for _, _, resolution in frame.dates)


def _outside(day: date | None, resolution: DateResolution | None, *, told: bool = False) -> bool:
    """Whether a day falls outside a range; a day the call was told on only bounds it ("said on Monday he had
    spoken with X ... spoke with him over the weekend"), so a range before it agrees."""
    return (day is not None and resolution is not None and resolution.precision is DatePrecision.RANGE
            and resolution.earliest is not None and resolution.latest is not None
            and not resolution.earliest <= day <= resolution.latest
            and not (told and resolution.latest < day))


def _fold_subsets(frames: list[CallFrame], *, headline: bool = False) -> list[CallFrame]:
    """"Merkel told Putin ..." in an article about their four-way call is that call, not another one."""
    separate = [f for f in frames if f.separate]
    covered = set().union(*(f.key for f in separate)) if separate else set()
    kept: list[CallFrame] = []
    for frame in sorted(frames, key=lambda f: -len(f.leaders)):
        # "Biden calls leaders of Egypt and Qatar" over a story of two separate calls: those two calls. So is
        # "Trump tweets after call with Modi, Imran Khan" over a story that tells each call in a sentence of its own.
        in_headline_only = headline and set(frame.anchors) == {0} and _told_apart_below(frame, frames)
        if not frame.separate and len(frame.leaders) > 2 and (frame.key <= covered or in_headline_only):
            parts = separate if frame.key <= covered else [f for f in frames if f.key < frame.key]
            for other in parts:
                if other.key < frame.key:
                    other.anchors.extend(frame.anchors)
                    if other.day() is None and frame.day() is not None and not other.passing:
                        # "spoke on Tuesday with A and B. ... spoke to A and B separately": each on the lead's day
                        other.dates.extend(frame.dates)
            continue
        if frame.separate:
            kept.append(frame)
            continue
        day = frame.day()
        home = next((k for k in kept if frame.key < k.key and not k.passing and not frame.passing
                     and (day is None or k.day() in (None, day))), None)
        if home is None:
            kept.append(frame)
            continue
        home.anchors.extend(frame.anchors)
        home.dates.extend(frame.dates)
    return sorted(kept, key=lambda f: min(f.anchors))


def _told_apart_below(group: CallFrame, frames: list[CallFrame]) -> bool:
    """Whether calls of some of the group's leaders, told in the body, together name them all."""
    parts = [f for f in frames if f.key < group.key and min(f.anchors) > 0 and not f.passing]
    return len(parts) >= 2 and set().union(*(f.key for f in parts)) == group.key


def _mark_passing(frames: list[CallFrame]) -> None:
    """The calls of the first anchoring sentence are the article's subject; a later call on another day is
    mentioned in passing."""
    if not frames:
        return
    first = min((min(f.anchors) for f in frames if not f.passing), default=None)
    main = [f for f in frames if first in f.anchors and not f.passing]
    main_days = {f.day() for f in main}
    for frame in frames:
        # a call of a round the story tells is news of its own, whatever day the main call is found to be on later
        if frame not in main and frame.day() not in main_days \
                and ((best := frame.best_date()) is None or not best.basis.startswith(_ROUND_NOTE)):
            frame.passing = True


# Run over whole sentences and rarely matching: each is tried only where a word all its matches hold is found.
_AMONG_SPOKE, _BULLETS_FOLLOW, _TALKS_HELD_REMOTELY = map(gated, (_AMONG_SPOKE, _BULLETS_FOLLOW, _TALKS_HELD_REMOTELY))
