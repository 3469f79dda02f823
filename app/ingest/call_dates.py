"""When a call took place: the dates told in the sentences of a call or around them, and which of them is the call's."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from app.ingest import cues
from app.ingest.analysis import ArticleFacts, PersonSpan, SentenceFacts
from app.ingest.call_frame import CallFrame, QUOTED_NOTE
from app.ingest.call_plans import BROKE_OFF_REACH, BROKE_OFF_TO, governed_by_plan
from app.ingest.call_roles import DASHED_ASIDE, clause_around
from app.ingest.caseless import caseless
from app.ingest.date_patterns import MONTH_WORD, WEEKDAY_WORD
from app.ingest.dates import DateMention, resolve
from app.ingest.types import DatePrecision, DateResolution


LEAD_SENTENCES = 3  # a title and the first paragraphs: where a story says what it is about
# "The conversation ... was on Tuesday confirmed by the White House": the confirmation's day.
_PASSIVE_REPORT_BEFORE = re.compile(r"\b(?:was|were|has\s+been|had\s+been)\s+(?:on\s+)?$", re.IGNORECASE)
_PASSIVE_REPORT_AFTER = re.compile(r"\s+(?:confirmed|announced|reported|disclosed|revealed|made\s+public)\b",
                                   re.IGNORECASE)
_DOCUMENT_OF_DATE = re.compile(r"\b(?:agreements?|accords?|deal|declaration|resolutions?|treaty|memorandum|protocol"
                               r"|decree|armistice)\s+(?:of|signed\s+on|reached\s+on|dated)\s+(?:the\s+)?$",
                               re.IGNORECASE)
# Between a day and the call word it owns: "Monday's phone call", "Tuesday's hour-long conversation".
_DAYS_CALL = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}")
# "in the wake of Wednesday's Senate ratification": a day whose possessive names no call is another event's.
_POSSESSIVE_OF_ANOTHER = re.compile(r"['’]s\s+(?!(?:[\w-]+\s+){0,2}?(?:(?:tele)?phon|video|call|conversation|talk|chat"
                                    r"|exchange|discussion|conferenc|dialogue|contact))", re.IGNORECASE)
# "talked about Monday's talks", "exchanged views on last week's talks": what the call was about, before its day.
_ABOUT_BEFORE = re.compile(r"\b(?:(?:exchanged|shared|traded)\s+(?:views|opinions|notes|assessments)\s+"
                           r"(?:on|about|over)|(?:talked|spoke|spoken|talking|speaking)\s+(?:about|of|over)"
                           r"|discussed|discussing|reviewed|reviewing|briefed\s+(?:\w+\s+){1,3}?on)\s+$", re.IGNORECASE)
# "As agreed on June 29, ...": the agreement's day.
_EXCLUDED_BEFORE_DATE = re.compile(r"\bas\s+(?:was\s+)?agreed\s+(?:on\s+)?$"
                                   # "As was the case last week, the leaders talked ...": the time of the case before
                                   r"|\bas\s+(?:was\s+the\s+case|(?:it\s+)?happened|they\s+did)\s+(?:on\s+|in\s+)?$"
                                   r"|\b(?:since|before|after|until|till|from|ahead of|rather than|following|by|than"
                                   r"|between|through|in\s+the\s+wake\s+of|on\s+the\s+heels\s+of)\s+(?:the\s+)?"
                                   r"(?:(?:evening|morning|night)\s+of\s+)?$"
                                   # "the run-off, to be held on May 28": the day of something still to come
                                   # "the payment due in May": the day something else falls due
                                   r"|\b(?:to\s+be\s+held|scheduled|due|set|slated|planned)\s+(?:on|for|in)\s+$"
                                   # "The conversation, intended to take place on Monday, was delayed": the day it
                                   # was meant for
                                   r"|\b(?:intended|meant|supposed|planned|scheduled|due|set|expected)\s+to\s+"
                                   r"(?:take\s+place|go\s+ahead|happen)\s+(?:on|for|in)\s+$"
                                   # "tariffs that were due to take effect Friday": the day a measure applies from
                                   r"|\b(?:tak(?:e|es|ing|en)|took)\s+effect\s+(?:on\s+)?$"
                                   r"|\b(?:go|goes|going|went|gone|come|comes|coming|came)\s+into\s+(?:force|effect)\s+"
                                   r"(?:on\s+)?$",
                                   re.IGNORECASE)
# "apologising for remarks made by his interior minister on Sunday": the day of what another said or did.
_MADE_BY_ANOTHER_BEFORE_DATE = re.compile(
    r"\b(?!(?:calls?|conversations?|talks?|phone|telephone|was|were|been|being|is|are)\b)[a-z][\w-]*\s+"
    r"(?:made|uttered|voiced|given|delivered|levell?ed|directed|written|posted|published)\s+by\s+"
    r"(?:[\w'’.-]+\s+){1,5}?(?:late\s+|early\s+)?(?:on\s+)?$")
# "Footage of the call will be broadcast Thursday": a day after a verb of the future is a coming event's, not a call's.
_FUTURE_BEFORE_DATE = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:due\s+|set\s+|scheduled\s+|expected\s+)?to)\s+"
                                 r"(?:(?:not|also|then|first|be)\s+){0,2}[a-z]+\s+(?:on\s+)?$")
# "Today, he'll talk to Singapore", "On Friday, she will call ...": a time opening a clause of the future.
_FUTURE_AFTER_DATE = re.compile(r",?\s+(?:he|she|they|we|I|(?:[A-Z][\w.'’-]*\s+){1,3}?)\s*(?:['’]ll|will|shall"
                                r"|(?:is|are)\s+(?:due|set|scheduled|expected|going)\s+to)\b")
_FUTURE_VERB_REACH = 15  # characters from the future's auxiliary to the call word it governs
# '"Just now I spoke with ...", "A moment ago we talked ...": the call's time, told before its verb.
_CALLED_JUST_NOW = re.compile(r"\b(?:just\s+now|(?:a\s+(?:moment|few\s+minutes)|moments|minutes)\s+ago),?\s+"
                              r"(?:I|we|he|she|they)\s+(?:have\s+|had\s+)?(?:just\s+)?(?:spoke|spoken|talked"
                              r"|called|phoned|had\s+a\s+(?:phone\s+)?(?:call|conversation))\b", re.IGNORECASE)
# "Abe and Moon affirmed Thursday they will coordinate": a day right after a verb of saying is the saying's, and what
# was said follows it with no "that"
_SAYING_BEFORE_DATE = re.compile(r"\b(?:said|says|affirmed|reaffirmed|agreed|pledged|vowed|promised|announced|declared"
                                 r"|stated|confirmed|warned|insisted|stressed)\s+(?:on\s+)?$", re.IGNORECASE)
# "briefed him on the projectiles North Korea launched last Saturday", "the deal he signed on Monday": a day after
# the deed of another subject, in a clause with no "that", is the deed's (not "the call he held", nor what was said).
_DEED_OF_ANOTHER_BEFORE_DATE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|these|those)\s+(?:[\w-]+\s+){0,3}?"
    r"(?!(?:that|which|who|when|where|and|or|but|as|after|before|since|because|if|while|than|phone|telephone|video"
    r"|calls?|conversations?|talks?|chats?|discussions?|exchanges?|contacts?)\b)[a-z][\w-]*\s+"
    r"(?:(?:[A-Z][\w.'’-]*\s+){1,3}|(?:he|she|they|it|we)\s+)(?:had\s+)?"
    r"(?!(?:called|phoned|telephoned|talked|agreed|discussed|stressed|noted|expressed|confirmed|announced|reported"
    r"|stated|emphasi[sz]ed|asked|urged|pledged|vowed|promised|warned|insisted|welcomed|thanked)\b)"
    r"(?:[a-z]{3,}ed|shot|struck|hit|sent|won|lost|fought|built|began|broke)\s+"
    r"(?:(?:overnight|early|late|earlier|later)\s+)?(?:on\s+)?$")
_OTHER_EVENT = re.compile(cues.IN_PERSON.pattern + r"|\b(?:killed|attacks?|strikes?|invaded|invasion|election|runoff"
                          r"|vote|died|aired|ordered|approved|arrived|traveled|published|released|assassination"
                          r"|took office|sworn\s+in(?:to)?|inaugurat\w+|took power|came to power)\b",
                          re.IGNORECASE)
INTERACTION = caseless(r"\b(?:told|tells|warned|urged|pressed|assured|thanked|congratulated|asked|briefed"
                       r"|reassured|informed|spoke with|talked with|spoke to|talked to|consulted with"
                       # "said to President Putin that ...", not "is said to have"
                       r"|said to(?!\s+(?:be|have|been|reporters|journalists|the\s+press|the\s+media)\b))\b")
# "Lula said, on Thursday night, that he spoke with Xi": the day may stand between commas.
_ANNOUNCED = re.compile(r"\b(?:said|says|announced|confirmed|disclosed|tweeted|wrote|posted|reported|reports"
                        r"|told\s+(?:reporters|journalists|the\s+press|the\s+media|(?:the\s+)?[Pp]arliament|lawmakers"
                        # "told Parliament on March 17 that he had spoken": the day of the telling
                        r"|legislators|MPs|senators|the\s+Senate|Congress|(?:his|her|the)\s+cabinet)"
                        # "told journalists during a press briefing, Tuesday, ...": the day of the briefing
                        r"(?:\s+(?:during|at|in)\s+(?:a|an|the|his|her|its)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:briefing|(?:press|news)\s+conference|interview))?),?\s+"
                        r"(?:late\s+|early\s+)?(?:on\s+)?$", re.IGNORECASE)
_ANNOUNCED_REACH = 70  # characters from "told reporters during a briefing" to the day told
# "..., according to Turkey's Communications Directorate on Sept. 15": the day of the source's account.
_SOURCE_ON = re.compile(r"\baccording\s+to\s+(?:[\w'’.-]+\s+){1,6}?on\s+$"
                              # "the Ukrainian leader announced on his Telegram channel on Dec. 10"
                              r"|\b(?:said|announced|wrote|posted|reported|confirmed)\s+(?:on|in|via)\s+(?:his|her|their|its"
                              r"|a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:channel|account|page|post|statement|address|message"
                              r"|website)\s+on\s+$"
                              # "posted on Facebook on Thursday that Obama and Castro had spoken": the post's day
                              r"|\b(?:said|announced|wrote|posted|reported|confirmed|tweeted)\s+(?:on|via|in)\s+"
                              r"(?:Facebook|Twitter|X|Telegram|Instagram|Weibo|WeChat|Truth\s+Social|social\s+media"
                              r"|(?:state\s+)?(?:television|TV|radio|media))\s+(?:late\s+|early\s+)?on\s+$",
                              re.IGNORECASE)
# "In a statement on Thursday the Kremlin described the conversation": the day the account was issued.
_ACCOUNT_NOUN = r"(?:statement|readout|press release|news release|communiqu[eé]|briefing)"
_STATEMENT_BEFORE_DATE = re.compile(rf"\b{_ACCOUNT_NOUN}\s+"
                                    r"(?:(?:issued|released|published|posted)\s+)?(?:late\s+|early\s+)?(?:on\s+)?$",
                                    re.IGNORECASE)
# "The White House released today [February 15, 2017] the readout of Trump's call with Buhari on February 13": the
# day a document of the call was put out, before the document is named.
_RELEASED_BEFORE_DATE = re.compile(r"\b(?:released|issued|published|put\s+out|posted|made\s+public)\s+(?:late\s+"
                                   r"|early\s+)?(?:on\s+)?(?:(?:today|yesterday)\s*[\[(]\s*)?$", re.IGNORECASE)
# "published Thursday transcripts of Trump's calls": the documents may go with no article.
_DOCUMENT_AFTER_DATE = re.compile(rf"\s*(?:[\[(][^\])\n]{{0,30}})?[\])]?\s*,?\s*(?:(?:the|a|an|its|his|her|their)\s+)?"
                                  rf"(?:[\w-]+\s+)?(?:{_ACCOUNT_NOUN}|summary|transcript|record)s?\s+(?:of|on|about)\b",
                                  re.IGNORECASE)
# An opening adjunct of another event, up to the date in it: "Prior to a meeting with Anwar in Istanbul on".
# "Coinciding with Indonesia's Independence Day on August 17, Putin congratulated ...": the occasion's day.
_OTHER_EVENT_OPENING = re.compile(r"\s*(?:Prior to|Before|Ahead of|After|Following|Since|Until|Coinciding with|Marking"
                                  r"|To mark|On the occasion of|In honou?r of|Celebrating)\s[^,;]*$")
# "on Indonesia's Independence Day on Wednesday", "Victory Day, May 9": the named day's date, not the call's.
_NAMED_DAY_BEFORE_DATE = re.compile(r"\b[A-Z][\w'’-]*\s+Day\s*(?:on\s+|,\s*)$")
_EVENT_BEFORE_DATE = re.compile(r"\b(?:summit|meeting|visit|visited|election|elections|vote|conference|trip|ceremony"
                                r"|inauguration|talks|war|attack|invasion)\b[^,;.]{0,25}?\b(?:in|on|of)\s+(?:the\s+)?$",
                                re.IGNORECASE)
# "to wish them well on the start of Ramadan on June 18": an occasion's day, wherever it stands.
_OCCASION_BEFORE_DATE = re.compile(r"\b(?:start|beginning|anniversary)\s+of\b[^,;.]{0,25}?\bon\s+(?:the\s+)?$",
                                   re.IGNORECASE)
# "in their first conversation since Lee took office on Wednesday": a date after one of these is another event's.
# Not "conversations one after another on Monday": calls told in turn, on the day that follows.
_SUBORDINATE_EVENT = re.compile(r"\b(?:since|(?<!\bone )after(?!\s+(?:the\s+)?(?:another|other)\b)|following"
                                r"|before|until|ahead of|when)\b", re.IGNORECASE)
# "contacts ... that began last month", "the earthquake that shook the region on Monday": a relative clause telling
# of another event, whose time follows.
_RELATIVE_EVENT = re.compile(r"\b(?:that|which)\s+(?:[a-z]+\s+)?(?:began|begun|started|opened|ended|erupted|broke\s+out"
                             r"|(?:was|were)\s+(?:signed|launched|elected|killed|held\s+in)|took\s+(?:effect|office)"
                             r"|came\s+into\s+force|killed|struck|shook|hit)\b", re.IGNORECASE)
# "listed Russia's reasons for exiting the deal last month": a gerund's own time.
_NO_DAY = re.compile(r"(?![^\n]*(?:\d|day\b|night\b|morning\b|evening\b|afternoon\b))[^\n]+", re.IGNORECASE)
# "congratulated him on forming a government last month": what he is congratulated on has its own time.
_GERUND_CLAUSE = re.compile(r"\b(?:for|of|about|over|against|by|from|on)\s+(?!(?:\w+)?thing\b|morning\b|evening\b)"
                            r"[a-z]+ing\b")
# "held his fifth phone call since taking office with his Chinese counterpart on Thursday": the call's own words
# resume after the subordinate clause, and the day after them is the call's.
_CALLED_AFTER = re.compile(r"\bwith\s+(?:(?:his|her|their|the)\s+)?(?:[\w-]+\s+){0,2}?counterparts?\b"
                           r"|\bwith\s+(?:President|Prime\s+Minister|Chancellor|Premier|King|Emir)\s+[A-Z]")
# "the April 16 referendum", "the Oct. 7 attacks": a date that names another event.
_EVENT_AFTER_DATE = re.compile(r"\s*(?:(?!(?:after|before|following|since|during|ahead|until|while|when)\b)[a-z][\w-]*\s+)?"
                               r"(?:referendum|elections?|votes?|polls?|attacks?|launch(?:es)?"
                               r"|summit|meetings?|visit|ceremony|inauguration|strikes?|invasion|bombings?|shootings?"
                               r"|massacre|earthquake|tests?|deadline|speech|address|parade|raid|incursion|coup)\b")
# "Ramaphosa's office on Thursday confirmed he had a call with Putin": the day of the report, not of the call.
# '... said on Thursday: "I had a call with Trump on Sunday"': the saying's day, before the words said.
# "Modi tweeted today about his call with Trump": the tweet's day, which the call may be before.
# "Netanyahu said on Monday he had spoken with ...": the words said may follow with no "that".
_THAT_AFTER_DATE = re.compile(r",?\s+(?:that|about|(?:he|she|they|we)\s+(?:had|has|have|was|were|did|spoke|talked"
                              r"|held|called|phoned|telephoned)\b)\b|\s*[:,]\s*[\"“]", re.IGNORECASE)
_REPORTED_AFTER_DATE = re.compile(r"\s+(?:(?:confirmed|said|announced|revealed|disclosed|stated|wrote|tweeted|posted"
                                  r"|recounted|recalled|explained|shared)"
                                  # "Lukashenko on Tuesday revealed what was said during a phone call with Putin"
                                  r"\s+(?:that|he|she|they|the|what|how|details)"
                                  # "Turnbull on Friday described his recent phone conversation with Trump as frank"
                                  r"|(?:described|characteri[sz]ed|recounted|recalled)\s+(?:his|her|their|the))\b",
                                  re.IGNORECASE)
# "On Thursday it emerged that Trump had cut short a recent call": the day the news broke, which dates no call.
_EMERGED_AFTER_DATE = re.compile(r",?\s+it\s+(?:emerged|was reported|was revealed|became known)\s+that\b",
                                 re.IGNORECASE)
# "Ramaphosa, who had spoken with Putin and Xi, on Thursday confirmed the call": after the comma that closes the
# aside, a day before a verb is that verb's ("The Biden-Xi call on Tuesday covered Taiwan" keeps its day).
_COMMA_BEFORE_DATE = re.compile(r",\s*(?:on\s+|last\s+|this\s+)?$", re.IGNORECASE)
_VERB_AFTER_DATE = re.compile(r"\s+(?:also\s+|publicly\s+|officially\s+|then\s+|later\s+)?"  # lowercase: no names
                              r"(?:[a-z]{2,}ed|spoke|said|told|held|met|made|gave|took|sent|wrote|began|came|went"
                              r"|has|had|was|will)\b")
# "Diaz-Canel on Wednesday called for closer ties after a telephone call with Putin": the day of what was done after
# the call, which bounds the call from after.
_AFTER_THE_CALL = re.compile(r"[^,;.()\"“”]{0,100}?\b(?:after|following)\s+(?:(?:a|an|the|his|her|their|its)\s+)?"
                             r"(?:[\w-]+\s+){0,2}?(?:(?:tele)?phone\s+|video\s+)?(?:call|conversation|talks)\b",
                             re.IGNORECASE)
ANNOUNCED_NOTE = "; the day the call was announced, which gives no other date"
# "On Tuesday the US embassy confirmed the call between A and B": a day before these is the report's.
REPORTS_THE_CALL = re.compile(r"\b(?:confirmed|announced|disclosed|reported|revealed|described|characteri[sz]ed"
                              r"|denied|publicized|publicised"
                              # "Trump spoke again about his conversation with Maduro": talk of a call held before
                              r"|(?:spoke|spoken|speaks|talked|talks)\s+(?:again\s+|briefly\s+|publicly\s+)?"
                              r"(?:about|of)"
                              r"|commented\s+on|asked\s+about|questions?\s+about|referred\s+to)"
                              r"\s+(?:the|their|a|his|her)\s+(?:[\w-]+\s+){0,2}$",
                              re.IGNORECASE)
_RELATIVE_ASIDE = re.compile(r",\s+(?:who|whom|whose|which)\b[^,;]*,")
# "after his call with Modi, whose August 5 decision set off the crisis.": what is that person's, to the sentence's end
_CLOSING_WHOSE_ASIDE = re.compile(r",\s+whose\b[^,;]*$")
# "his conversation with Macron, which took place on January 17.": an aside about the call may close the sentence
_CLOSING_RELATIVE_ASIDE = re.compile(r",\s+(?:who|whom|whose|which)\b[^,;]*(?:,|$)")
# ", which took place on Thursday,", ", which Blair placed from Downing Street on Friday,": an aside about the call
# (not ", which will be held in November": an event still to come)
CALL_ITSELF_ASIDE = re.compile(r",\s+which\s+(?!(?:will|would|shall)\b)(?:took place|was held|happened|occurred|came"
                               r"|(?:[\w.'’-]+\s+){1,5}?(?:made|placed|held|initiated))\b")
_CALL_ASIDE_REACH = 90  # characters from a call word to an aside about it, past the leaders' names
_LEAD_GROUP = re.compile(r"(?:[Tt]he|[Bb]oth) (?:two )?(?:leaders|presidents|men|sides|pair|heads of state)\b")
# "... have spoken by phone after a four-week gap. They talked on Friday": the pair of the lead, and its day.
_LEAD_THEY = re.compile(r"They\s+(?:also\s+)?(?:spoke|talked|conferred|discussed|agreed|exchanged)\b")
# "The Kremlin announced on Tuesday that the two heads of state had talked": the day it was told comes between.
# "The press secretary told journalists during a briefing, Tuesday, in the White House, that the two leaders had a
# telephone conversation on Monday": where and when it was told may stand before the "that".
_REPORTED_GROUP = re.compile(r"\b(?:(?:said|says|reported|announced|confirmed)\s+"
                             r"(?:(?:late\s+|early\s+)?on\s+\w+day\s+)?(?:that\s+)?"
                             r"|(?:said|says|told|reported|announced|confirmed)\b[^;.\"“”]{1,100}?\bthat\s+)"
                             + _LEAD_GROUP.pattern)
# "According to a statement released by the Turkish presidency on Friday, the two leaders reviewed ...": the day
# the account of the call was issued, before the leaders it tells of.
_STATEMENT_OPENER = re.compile(r"According to (?:a|the) (?:\w+\s+)?(?:statement|readout)\s+(?:released|issued|published)"
                               r"\b[^,;]{0,60}?,\s+", re.IGNORECASE)
OPENING_TIME = re.compile(r"\s*(?:(?:late|early)\s+)?(?:on|last|this|earlier|later)?\s*", re.IGNORECASE)
# "The last time the presidents spoke was on February 12": an earlier call, like a tally.
LAST_TIME = re.compile(r"\b(?:the\s+)?(?:last|previous)\s+time\b", re.IGNORECASE)


# "The call on Sunday made no mention of the travel ban": the call just reported, by its day.
_THE_CALL_ON = re.compile(r"\s*(?:The|Their|That)\s+(?:(?:tele)?phone\s+|video\s+)?(?:calls?|conversations?|talks)\s+"
                          r"(?:on\s+)?")


# "The one-hour conversation, held late last week, was the first ...": the call, and when it was held, in an aside.
_THE_CALL_HELD = re.compile(r"\s*(?:The|Their|That)\s+(?:[\w-]+\s+){0,2}?(?:(?:tele)?phone\s+|video\s+)?"
                            r"(?:call|conversation|talks)\s*,\s+(?:which\s+(?:was\s+)?)?(?:held|took\s+place)\b")


# "The dispute was also the reason for a phone call between Caracas and Lula, earlier this Saturday (9)": a call of one
# of the leaders the lead names, its other side told by its seat of government or left for a later sentence.
# "Macron tried telephone mediation on the evening of February 20": the call by what it was for.
_A_CALL_WITH = re.compile(r"\ban?\s+(?:(?:tele)?phone|video)\s+(?:call|conversation)\s+(?:between|with)\b"
                          r"|\b(?:tele)?phone\s+(?:mediation|diplomacy)\b", re.IGNORECASE)
# "The flooding will be the subject of a phone call with Scholz on Monday": a call still to come has no day yet
TO_COME_BEFORE = re.compile(r"\b(?:will|would|may|might|shall|(?:is|are)\s+(?:set\s+|due\s+|expected\s+)?to)\b",
                            re.IGNORECASE)


# "The telephone conversation took place on Tuesday", "Regular phone calls between the presidents were held in early
# August": a sentence about the call's time, opening with it (not "The previous call took place in May"), or with
# whose account it is ("According to the paper, which cited two officials, the call took place on July 28").
_CALLS_TOOK_PLACE = re.compile(r"\s*(?:(?:According\s+to|Citing)\s[^;.\"“”]{1,120}?,\s+)?"
                               r"(?!(?:[\w-]+\s+)?(?:previous|last|earlier|prior)\b)(?:[\w-]+\s+){0,3}?"
                               r"(?:calls?|conversations?|discussions?|talks)\b[^,;.()]{0,80}?\b(?:took\s+place"
                               r"|(?:was|were)\s+held"
                               r"|happened|occurred)\b", re.IGNORECASE)


def dating_sentences(frame: CallFrame, sentence_indices: list[int], facts: ArticleFacts) -> list[int]:
    """The sentences that tell of the call, and the one right after a report of it that opens with "The call on
    Sunday" or reports what "the two leaders" did, whatever else it tells (a call that "made no mention of" something
    tells nothing of it)."""
    following = set()
    for index in frame.anchors:
        item = facts.sentences[index + 1] if index + 1 < len(facts.sentences) else None
        opening = _THE_CALL_ON.match(item.text) if item is not None else None
        if opening is not None and any(m.start == opening.end() for m in item.dates) \
                or item is not None and (_REPORTED_GROUP.search(item.text) or _THE_CALL_HELD.match(item.text)
                                         or _CALLS_TOOK_PLACE.match(item.text)):
            following.add(index + 1)  # "The Kremlin announced on Tuesday that the two heads of state had talked"
    # "Trump and Zelensky discussed a ceasefire on Wednesday, a day after ... Trump's call with Zelensky was ...": a
    # lead sentence naming both of a later call's leaders tells what that call did
    lead = {index for index in range(min(LEAD_SENTENCES + 1, len(facts.sentences), min(frame.anchors, default=0)))
            if len(frame.leaders) == 2 and set(frame.leaders) <= {p.ref.slug for p in facts.sentences[index].leaders()
                                                                   if not p.possessive}}
    return sorted(set(sentence_indices) | following | lead)


def day_told_next_within(when: DateResolution, frame: CallFrame, facts: ArticleFacts) -> DateResolution | None:
    """"... in a telephone conversation in early March 1998. The discussion took place on March 9, 1998": the sentence
    right after a report of the call, telling when it took place, gives the day within the coarser time reported."""
    if when.precision is DatePrecision.DAY or when.earliest is None or when.latest is None:
        return None
    for index in frame.anchors:
        item = facts.sentences[index + 1] if index + 1 < len(facts.sentences) else None
        held = _CALLS_TOOK_PLACE.match(item.text) if item is not None and item.dates else None
        if held is None or not item.leader_slugs() <= set(frame.leaders):
            continue
        found = nearest_date(item, held.end(), facts)
        if found is not None and found.precision is DatePrecision.DAY and when.earliest <= found.day <= when.latest:
            return replace(found, basis=f"{found.basis}, the day the sentence after the report tells, within "
                                        f"{when.basis}")
    return None


# "The conversation took place in the morning Beijing time": the part of the day, told apart from the day itself.
_PART_OF_THE_CALLS_DAY = re.compile(r"\b(?:took\s+place|was\s+held|happened|occurred|came|began|started)\s+"
                                    r"(?:(?:early|late)\s+)?in\s+the\s+(?P<part>morning|afternoon|evening)\b",
                                    re.IGNORECASE)


def with_part_of_day(when: DateResolution, sentence_indices: list[int], facts: ArticleFacts) -> DateResolution:
    """The call's day with the part of it a sentence about the call tells on its own: a Beijing morning is the
    evening before in Washington, so the two sides' reports are one call."""
    if when.precision is not DatePrecision.DAY or when.part_of_day is not None:
        return when
    for index in sentence_indices:
        item = facts.sentences[index]
        if (part := _clock_part_beside_the_day(item, when, facts)) is not None:
            return replace(when, part_of_day=part, basis=f"{when.basis}; in the {part}, by the time told beside it")
        found = _PART_OF_THE_CALLS_DAY.search(item.text)
        if found is not None and not item.dates and cues.STRONG_CALL_REFERENCE.search(item.text, 0, found.start()):
            part = found.group("part").lower()
            return replace(when, part_of_day=part,
                           basis=f"{when.basis}; in the {part}, as a sentence about the call says")
    return when


# "at 11.30 pm IST (1 pm Washington time) on Tuesday": the first clock time told, its part of the day.
_CLOCK_TIME = re.compile(r"\b(?P<hour>1[0-2]|0?[1-9])(?:[.:][0-5]\d)?\s*(?P<half>[ap])\.?m\b", re.IGNORECASE)
_CLOCK_REACH = 45  # characters between a clock time and the day it is told with


def _clock_part_beside_the_day(item: SentenceFacts, when: DateResolution, facts: ArticleFacts) -> str | None:
    """The part of the day of a clock time told right beside a mention of the call's day ("at 11.30 pm on Tuesday")."""
    clock = _CLOCK_TIME.search(item.text)
    if clock is None or not any(
            min(abs(m.start - clock.end()), abs(clock.start() - m.end)) <= _CLOCK_REACH
            and (resolution := resolve_past(m, facts)) is not None and resolution.day == when.day for m in item.dates):
        return None
    hour = int(clock.group("hour")) % 12 + (12 if clock.group("half").lower() == "p" else 0)
    return "night" if hour < 5 or hour >= 21 else "morning" if hour < 12 else "afternoon" if hour < 17 else "evening"


def strong_cue(text: str) -> bool:
    return bool(cues.PHONE_ADVERB.search(text) or cues.REMOTE_MEETING.search(text) or cues.REMOTE_CALL.search(text))


def quoted_time_word(item: SentenceFacts, date: DateResolution, facts: ArticleFacts) -> DateMention | None:
    """The time word ("today", "last night") inside a quotation, or in a readout pasted right after the sentence
    saying it was put out, that the date was read from, if it was."""
    pasted = _pasted_after_a_release(item, facts)
    return next((mention for mention in item.dates if mention.kind == "relative_day"
                 and (pasted or inside_quotation(item.text, mention.start)) and resolve_past(mention, facts) == date),
                None)


# "The White House released a readout of Biden's call with Xi.": the account's own words may follow, unquoted.
_RELEASED_AN_ACCOUNT = re.compile(rf"\b(?:released|issued|published|put\s+out|posted)\s+(?:a|an|the|its|this)\s+"
                                  rf"(?:[\w-]+\s+){{0,2}}?{_ACCOUNT_NOUN}\b", re.IGNORECASE)


def _pasted_after_a_release(item: SentenceFacts, facts: ArticleFacts) -> bool:
    """"The Kremlin put out a statement. Putin spoke today with ...": the account's "today" is the day it was put
    out, which the sentence saying so, undated, leaves untold."""
    index = item.sentence.index
    if index == 0 or not any(m.kind == "relative_day" for m in item.dates):
        return False
    before = facts.sentences[index - 1]
    return not before.dates and _RELEASED_AN_ACCOUNT.search(before.text) is not None


def inside_quotation(text: str, at: int) -> bool:
    """Whether a quotation is open at `at`: opened before it in the sentence, or in a sentence before (a closing mark
    follows with no mark before)."""
    before, after = text[:at], text[at:]
    if before.count("“") > before.count("”") or before.count('"') % 2 == 1:
        return True
    if any(mark in before for mark in '"“”'):
        return False
    first = next((char for char in after if char in '"“”'), None)
    return first == "”" or first == '"' and after.count('"') % 2 == 1


# "a video conference", "over the phone": words of a call held by wire, in a leader's own quoted words
_REMOTE_CALL_WORDS = re.compile(r"\b(?:video|(?:tele)?phone)[ -]?(?:conferenc\w*|link|calls?|conversations?|talks"
                                r"|chat)\b|\b(?:by|over|via)\s+(?:the\s+)?(?:video|(?:tele)?phone)\b", re.IGNORECASE)


def _day_quoted_of_a_remote_call(item: SentenceFacts, facts: ArticleFacts) -> DateResolution | None:
    """'"Today we have a meeting in the format of a video conference," Xi said': the time word of a quotation that
    tells of the call by phone or video is the call's day, counted from the day the words were said."""
    for call in _REMOTE_CALL_WORDS.finditer(item.text):
        if not inside_quotation(item.text, call.start()):
            continue
        for mention in item.dates:
            low, high = sorted((mention.start, call.start()))
            if mention.kind == "relative_day" and inside_quotation(item.text, mention.start) \
                    and not any(mark in item.text[low:high] for mark in '"“”') \
                    and (resolution := resolve_past(mention, facts)) is not None and resolution.day is not None:
                return replace(resolution, basis=f"{resolution.basis}, said by a leader of the call in words telling "
                                                 "of it")
    return None


def day_of_post(item: SentenceFacts) -> DateResolution | None:
    """"Just spoke to Prime Minister Modi ... — Donald J. Trump (@realDonaldTrump) May 24, 2019": the post's day."""
    if item.posted_on is None:
        return None
    return DateResolution.on_day(item.posted_on, f"the day of the post that tells it, {item.posted_on:%-d %B %Y}, as "
                                                 "its signature dates it")


def day_of_a_matching_post(when: DateResolution, frame: CallFrame, sentence_indices: list[int], facts: ArticleFacts
                      ) -> DateResolution | None:
    """"spoke with Marin on Tuesday afternoon" (or "on Jan 24") and no publication date, but a post of the call's
    leader signed on a Tuesday (on January 24) ("— Kaja Kallas (@kajakallas) January 26, 2021"): that day."""
    if facts.anchor is not None or when.precision is not DatePrecision.UNKNOWN \
            or when.weekday is None and when.month_day is None:
        return None
    for index in sentence_indices:
        item = facts.sentences[index]
        if item.posted_on is None or not set(frame.leaders) & item.leader_slugs():
            continue
        if item.posted_on.weekday() == when.weekday:
            return DateResolution.on_day(item.posted_on, f"{when.basis}; the {item.posted_on:%A} of a post of the "
                                                         f"call's leader, signed {item.posted_on:%-d %B %Y}")
        if (item.posted_on.month, item.posted_on.day) == when.month_day:
            return DateResolution.on_day(item.posted_on, f"{when.basis}; in the year of a post of the call's "
                                                         f"leader, signed {item.posted_on:%-d %B %Y}")
    return None


# "on Thursday evening, two days after his election and swearing-in in the Bundestag on May 6, 2025": a weekday
# counted from an event the sentence dates.
_DAYS_AFTER_AN_EVENT = re.compile(r"\b(?P<count>a|one|two|three|four|five|six|\d)\s+days?\s+after\b", re.IGNORECASE)
_DAY_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def weekday_after_a_dated_event(when: DateResolution, sentence_indices: list[int], facts: ArticleFacts
                                ) -> DateResolution | None:
    """A weekday that no publication date resolves, told some days after an event the same sentence dates: the day
    that many days after the event, if it falls on that weekday."""
    if facts.anchor is not None or when.precision is not DatePrecision.UNKNOWN or when.weekday is None:
        return None
    for index in sentence_indices:
        item = facts.sentences[index]
        for found in _DAYS_AFTER_AN_EVENT.finditer(item.text):
            event = next((resolution for mention in item.dates if mention.start > found.end()
                          and (resolution := resolve_past(mention, facts)) is not None
                          and resolution.precision is DatePrecision.DAY and resolution.day is not None), None)
            if event is None:
                continue
            count = _DAY_COUNTS.get(found.group("count").lower()) or int(found.group("count"))
            day = event.day + timedelta(days=count)
            if day.weekday() == when.weekday:
                return DateResolution.on_day(day, f"{when.basis}; {found.group()} {event.basis} → {day}")
    return None


def date_for(item: SentenceFacts, cue: tuple[int, int], counterpart: PersonSpan | None, facts: ArticleFacts,
             clause: tuple[int, int]) -> DateResolution | None:
    """The call's date: one in its own clause; "with A on Monday and with B on Tuesday" gives each its own."""
    if counterpart is not None:
        opening = next((m for m in reversed(item.dates) if m.end <= cue[0]
                        and _SUBJECT_ONLY.fullmatch(item.text, m.end, cue[0])), None)
        if opening is not None and (day := resolve_past(opening, facts)) is not None:
            return day  # "on January 20, Trump spoke with A and B": the day the separate calls share
        for person in [p for p in item.people if p.ref.slug == counterpart.ref.slug]:
            # "while Trump called A and B, No10 issued a readout of the pair's call today": the clause ends the list
            stop = min((p.start for p in item.leaders() if p.start > person.end),
                       default=clause[1] if person.start < clause[1] else len(item.text))
            # "... with B and on Sunday he spoke with C": a day told before a later call verb is that call's.
            own = [resolve_past(m, facts) for m in item.dates
                   if person.end <= m.start < stop and _date_is_usable(item.text, m, person.end)
                   and not cues.SPEAK_VERB.search(item.text, m.end, stop)]
            own = [r for r in own if r is not None]
            if len(own) == 1 or own and stop < len(item.text):
                return own[0]
            # "with A and B on April 6, with C on April 8": the day that closes the group A stands in.
            with_next = _NEXT_WITH.search(item.text, person.end)
            group_end = with_next.start() if with_next else len(item.text)
            days = [resolve_past(m, facts) for m in item.dates
                    if person.end <= m.start < group_end and _date_is_usable(item.text, m, person.end)]
            if with_next is not None and len(days) == 1 and days[0] is not None:
                return days[0]
        shared = _days_named(item, cue[0], facts, clause)
        if len(shared) > 1:
            # "separate calls with A and B yesterday and this morning": which was when, the text does not say.
            earliest, latest = min(shared), max(shared)
            return DateResolution(DatePrecision.RANGE, earliest=earliest, latest=latest,
                                  basis=f"one of {earliest:%-d} and {latest:%-d %B %Y}: the text gives the separate "
                                        "calls these days without saying which was when")
    # "held three telephone conversations on Sunday and Monday", "held phone calls on ...": the calls span both days
    if _PLURAL_CALL_NOUN.search(item.text, cue[0], cue[1] + _CALL_NOUN_REACH) \
            and (both := _two_days_joined(item, cue, facts, clause)):
        return both
    return nearest_date(item, cue[0], facts, clause, cue_end=cue[1]) or _date_in_call_aside(item, cue[1], facts) \
        or _since_arrival(item, cue[1], facts)


# "discussed a ceasefire on Wednesday, a day after the U.S. leader held similar talks with Putin": the call told
# after "a day after" came that many days before the day the main clause gives.
_DATED_THEN_DAYS_AFTER = re.compile(r",\s*$")
_DAYS_AFTER_REACH = 80  # characters from "a day after" to the call it tells of


def days_before_a_dated_deed(item: SentenceFacts, cue: int, facts: ArticleFacts) -> DateResolution | None:
    found = next((m for m in _DAYS_AFTER_AN_EVENT.finditer(item.text, max(0, cue - _DAYS_AFTER_REACH), cue)
                  if not any(mark in item.text[m.end():cue] for mark in ",;:()\"“”")), None)
    if found is None or any(found.end() <= m.start < cue for m in item.dates):
        return None
    told = next((m for m in item.dates if m.end <= found.start()
                 and _DATED_THEN_DAYS_AFTER.fullmatch(item.text, m.end, found.start())), None)
    deed = resolve_past(told, facts) if told is not None else None
    if deed is None or deed.precision is not DatePrecision.DAY or deed.day is None:
        return None
    count = _DAY_COUNTS.get(found.group("count").lower()) or int(found.group("count"))
    day = deed.day - timedelta(days=count)
    return DateResolution.on_day(day, f"{deed.basis}, less {count} as \"{found.group()}\" tells → {day}")


# "called the US president from the Sirius centre, where he arrived on Monday": no earlier than the arrival.
_ARRIVED_THERE = re.compile(r",\s+where\s+(?:he|she)\s+(?:had\s+)?arrived\s+(?:on\s+)?$", re.IGNORECASE)
_CALLED_FROM = re.compile(r"\bfrom\b")
_ARRIVAL_REACH = 100  # characters from the call word to the place the caller arrived at


def _since_arrival(item: SentenceFacts, cue_end: int, facts: ArticleFacts) -> DateResolution | None:
    """From the day the caller arrived where the call was made from to the story's day."""
    if facts.anchor is None:
        return None
    for mention in item.dates:
        found = _ARRIVED_THERE.search(item.text, max(cue_end, mention.start - 40), mention.start)
        if found is None or found.start() - cue_end > _ARRIVAL_REACH \
                or not _CALLED_FROM.search(item.text, cue_end, found.start()):
            continue
        return _from_day_to_story(resolve_past(mention, facts), facts,
                                  "made from where the caller arrived on {day} ({basis}), by {anchor}")
    return None


def _from_day_to_story(event: DateResolution | None, facts: ArticleFacts, wording: str) -> DateResolution | None:
    """From the day of an event told before the call to the story's day; None unless that is a day, not later."""
    if event is None or event.precision is not DatePrecision.DAY or event.day is None \
            or event.day > facts.anchor.day:
        return None
    basis = wording.format(day=event.day, basis=event.basis, anchor=facts.anchor.basis)
    if event.day == facts.anchor.day:
        return DateResolution.on_day(event.day, basis)
    return DateResolution(DatePrecision.RANGE, earliest=event.day, latest=facts.anchor.day, basis=basis)


_PLURAL_CALL_NOUN = re.compile(r"\b(?:calls|conversations)\b", re.IGNORECASE)
_CALL_NOUN_REACH = 14  # characters from a verb cue ("held phone") to its noun ("calls")
_DAYS_JOINED = re.compile(r"\s+(?:and|or)\s+(?:on\s+)?")


def _two_days_joined(item: SentenceFacts, cue: tuple[int, int], facts: ArticleFacts, clause: tuple[int, int]
                     ) -> DateResolution | None:
    """The range from the first to the second of two days told together ("on Sunday and Monday") in the clause."""
    for first, second in zip(item.dates, item.dates[1:]):
        if not (clause[0] <= first.start and second.start < clause[1]) \
                or not _DAYS_JOINED.fullmatch(item.text, first.end, second.start) \
                or not _date_is_usable(item.text, first, cue[0]) or not _date_is_usable(item.text, second, cue[0]):
            continue
        days = [resolve_past(first, facts), resolve_past(second, facts)]
        if all(d is not None and d.precision is DatePrecision.DAY and d.day is not None for d in days) \
                and days[0].day != days[1].day:
            earliest, latest = sorted(d.day for d in days)
            return DateResolution(DatePrecision.RANGE, earliest=earliest, latest=latest,
                                  basis=f"{first.text} and {second.text}: the calls were held over {earliest} to "
                                        f"{latest}")
    return None
_SUBJECT_ONLY = re.compile(r",?\s+(?:[A-Z][\w.'’-]*\s+){1,4}")
_NEXT_WITH = re.compile(r",\s+(?:and\s+)?with\b")


def _date_in_call_aside(item: SentenceFacts, cue_end: int, facts: ArticleFacts) -> DateResolution | None:
    """"The call between A and B, which took place on Thursday, lasted two hours": the aside tells the call's day."""
    aside = _CLOSING_RELATIVE_ASIDE.search(item.text, cue_end)
    if aside is None or aside.start() - cue_end > _CALL_ASIDE_REACH or not CALL_ITSELF_ASIDE.match(aside.group()):
        return None
    for mention in item.dates:
        if aside.start() <= mention.start < aside.end() and (resolution := resolve_past(mention, facts)) is not None:
            return resolution
    return None


def _days_named(item: SentenceFacts, cue: int, facts: ArticleFacts, clause: tuple[int, int]) -> set:
    days = set()
    for mention in item.dates:
        if clause[0] <= mention.start < clause[1] and _date_is_usable(item.text, mention, cue):
            resolution = resolve_past(mention, facts)
            if resolution is not None and resolution.precision is DatePrecision.DAY:
                days.add(resolution.day)
    return days


def nearest_date(item: SentenceFacts, cue: int, facts: ArticleFacts, clause: tuple[int, int] | None = None, *,
                 after_only: bool = False, cue_end: int | None = None) -> DateResolution | None:
    low, high = clause if clause is not None else clause_around(item.text, cue)
    cue_end = cue if cue_end is None else cue_end
    candidates = []
    for mention in item.dates:
        if after_only and mention.start < cue or not low <= mention.start < high:
            continue
        if after_only and inside_quotation(item.text, mention.start):
            continue  # '... had already conferred with them to "begin ... how to respond to today's events"'
        if _date_is_usable(item.text, mention, cue):
            # Distance from the call's words, not their first letter: "a telephone conversation on Thursday".
            distance = mention.start - cue_end if mention.start >= cue_end else cue - mention.end
            candidates.append((_counts_calls(item.text, mention), max(distance, 0), mention))
    for _, _, mention in sorted(candidates, key=lambda c: c[:2]):
        resolution = _ago_from_the_saying(item, mention, facts) or resolve_past(mention, facts)
        if resolution is not None:
            return resolution
    return None


# "Earlier this week, Maduro confirmed that he had held a call ten days ago": the days are counted back from when he
# said so, a day of that week, not from publication.
_SAYING_OF_A_RANGE = re.compile(r",\s+(?:[A-Z][\w'’.-]*\s+){1,5}(?:said|confirmed|announced|stated|revealed|disclosed)"
                                r"\s+(?:that\s+)?(?:he|she)\b")


def _ago_from_the_saying(item: SentenceFacts, mention: DateMention, facts: ArticleFacts) -> DateResolution | None:
    opening = item.dates[0] if item.dates else None
    if mention.kind != "relative_day" or mention.offset >= 0 or not mention.text.lower().endswith("ago") \
            or opening is None or opening.kind != "relative_range" or opening.start != 0 \
            or _SAYING_OF_A_RANGE.match(item.text, opening.end) is None:
        return None
    said = resolve_past(opening, facts)
    if said is None or said.precision is not DatePrecision.RANGE or said.earliest is None or said.latest is None:
        return None
    back = timedelta(days=-mention.offset)
    earliest, latest = said.earliest - back, said.latest - back
    return DateResolution(DatePrecision.RANGE, earliest=earliest, latest=latest,
                          basis=f"\"{mention.text}\" counted from \"{opening.text}\", when it was said: "
                                f"{earliest:%-d %B} to {latest:%-d %B %Y}")


# "held their second video call this year": the period the calls are counted in, which a day told beside it narrows.
_CALL_COUNTED_BEFORE = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd"
                                  r"|rd|th))\s+(?:[\w-]+\s+){0,2}?(?:calls?|conversations?|talks|contacts?)\s+$",
                                  re.IGNORECASE)


def _counts_calls(text: str, mention: DateMention) -> bool:
    return mention.kind == "relative_range" and mention.text.lower().startswith("this ") \
        and _CALL_COUNTED_BEFORE.search(text, max(0, mention.start - 50), mention.start) is not None


def announced_date(item: SentenceFacts, facts: ArticleFacts, cue: int) -> DateResolution | None:
    """"Trump said on Tuesday that he had a call with Xi", "Ramaphosa's office on Thursday confirmed he had a call
    with Putin": no date of its own, the call is told the day it is announced."""
    for mention in item.dates:
        before = item.text[max(0, mention.start - 40):mention.start]
        if _told_on(item.text, mention.start) or _STATEMENT_BEFORE_DATE.search(before) \
                or mention.end < cue and OPENING_TIME.fullmatch(item.text, 0, mention.start) \
                and _REPORTER_AFTER_OPENING_DATE.match(item.text, mention.end) \
                or mention.end < cue and (_REPORTED_AFTER_DATE.match(item.text, mention.end)
                                          or _deed_after_the_call(item.text, mention, cue)
                                          or REPORTS_THE_CALL.search(item.text, max(mention.end, cue - 40), cue)):
            if (announced := _announced_on(mention, facts)) is not None:
                return announced
    return None


def _deed_after_the_call(text: str, mention: DateMention, cue: int) -> bool:
    """"X on Wednesday called for closer ties after a phone call with Y": the day of the verb the date stands before."""
    return mention.end <= cue and bool(_VERB_AFTER_DATE.match(text, mention.end)) \
        and _AFTER_THE_CALL.match(text, mention.end) is not None


def _told_on(text: str, at: int) -> bool:
    """Whether the date at `at` is the day a report was made: "the White House said on Friday", "according to the
    Directorate on Sept. 15"."""
    return bool(_ANNOUNCED.search(text, max(0, at - _ANNOUNCED_REACH), at)
                or _SOURCE_ON.search(text, max(0, at - 70), at))


def _announced_on(mention: DateMention, facts: ArticleFacts) -> DateResolution | None:
    """The day a report of the call was issued, as the call's day, saying so; None unless it is a day."""
    resolution = resolve_past(mention, facts)
    if resolution is None or resolution.precision is not DatePrecision.DAY:
        return None
    return replace(resolution, basis=f"{resolution.basis}{ANNOUNCED_NOTE}")


# "sent a note on 2 July, in advance of a video conference between A and B": the day of what came before the call.
_AHEAD_OF_THE_CALL = re.compile(r",?\s+(?:in\s+advance\s+of|ahead\s+of|prior\s+to|before)\s+(?:a|an|the|their|his"
                                r"|her|its)\s+(?:[\w-]+\s+){0,2}", re.IGNORECASE)


# "Speaking at a briefing on Thursday, the minister said Ramaphosa's call to Trump ...": the day of the speaking, of
# a call named as someone's, told elsewhere ("Speaking by phone on Thursday, ..." is the call itself)
_SPEAKING_OPENER = re.compile(r"(?:Speaking|Talking)\s+"
                              r"(?!(?:[\w-]+\s+){0,2}?(?:by|on|over)\s+(?:the\s+)?(?:tele)?phone\b"
                              r"|(?:[\w-]+\s+){0,2}?(?:with|to)\s+(?-i:[A-Z]))[^,;:\"“”]{0,80},", re.IGNORECASE)
# "The call is the second in a week, after a first one last Wednesday": the day of the first one
AFTER_A_FIRST_ONE = re.compile(r"\b(?:after|following)\s+(?:a|the|an)\s+(?:first|previous|earlier)\s+"
                               r"(?:one|call|conversation)\s+(?:on\s+)?$", re.IGNORECASE)
_SOMEONES_CALL = re.compile(r"[\w.-]+['’]s\s+(?:[\w-]+\s+){0,2}$")


def _date_is_usable(text: str, mention: DateMention, cue: int) -> bool:
    if mention.end < cue and (opener := _SPEAKING_OPENER.match(text)) is not None and mention.end <= opener.end() \
            and _SOMEONES_CALL.search(text, max(0, cue - 40), cue):
        return False  # "Speaking at a briefing on Thursday, a minister said Ramaphosa's call ...": the briefing's day
    if AFTER_A_FIRST_ONE.search(text, max(0, mention.start - 40), mention.start):
        return False  # "the second call in a week, after a first one last Wednesday": the first one's day
    broke = BROKE_OFF_TO.search(text, max(0, cue - BROKE_OFF_REACH), cue + 10) if mention.start < cue else None
    if broke is not None and broke.end() == cue and broke.start() < mention.start:
        return True  # "interrupted his meeting on Monday to call Putin": the meeting's day is the call's
    if text.startswith(("'s", "’s"), mention.end) and _ABOUT_BEFORE.search(text, max(0, mention.start - 40),
                                                                           mention.start):
        return False  # "exchanged views on last week's talks in Beijing": the day of the talks they spoke about
    if mention.end < cue and _DAYS_CALL.fullmatch(text, mention.end, cue):
        return True  # "Following Monday's conversation", "who took part in Monday's call": the day owns the call
    if mention.end < cue and _AHEAD_OF_THE_CALL.fullmatch(text, mention.end, cue):
        return False  # "sent a note on 2 July, in advance of a video conference": the note's day
    if _POSSESSIVE_OF_ANOTHER.match(text, mention.end):
        return False  # "in the wake of Wednesday's Senate ratification": the ratification's day
    for aside in (*_RELATIVE_ASIDE.finditer(text), *DASHED_ASIDE.finditer(text)):
        if aside.start() <= mention.start < aside.end() and not aside.start() <= cue < aside.end():
            return False  # "Macron, who proposed a truce last week, spoke ...": the aside's own time
    if "whose" in text and (whose := _CLOSING_WHOSE_ASIDE.search(text)) is not None \
            and whose.start() <= mention.start and not cues.ANY_CALL_WORD.search(whose.group()):
        return False
    if _PASSIVE_REPORT_BEFORE.search(text, max(0, mention.start - 20), mention.start) \
            and _PASSIVE_REPORT_AFTER.match(text, mention.end):
        return False  # "The conversation ... was on Tuesday confirmed by the White House": the confirmation's day
    if mention.start < cue and _RELEASED_BEFORE_DATE.search(text, max(0, mention.start - 40), mention.start) \
            and _DOCUMENT_AFTER_DATE.match(text, mention.end):
        return False  # "released today [February 15, 2017] the readout of the call": the readout's day
    if _DOCUMENT_OF_DATE.search(text, max(0, mention.start - 40), mention.start):
        return False  # "the Geneva agreements of April 17": the document's day
    if _EXCLUDED_BEFORE_DATE.search(text[max(0, mention.start - 30):mention.start]):
        return False
    if _MADE_BY_ANOTHER_BEFORE_DATE.search(text, max(0, mention.start - 70), mention.start):
        return False
    if ("now" in text or "ago" in text) and _CALLED_JUST_NOW.search(text, 0, mention.start):
        return False  # '"Just now I spoke with Trump about the drones overnight"': the time of what they spoke about
    future = _FUTURE_AFTER_DATE.match(text, mention.end)
    if future is not None and not mention.end <= cue <= future.end() + _FUTURE_VERB_REACH \
            and not _SAYING_BEFORE_DATE.search(text, max(0, mention.start - 20), mention.start):
        return False  # "Yesterday, he had a conversation with A. Today, he'll talk to B": the day of the call to come
    if _FUTURE_BEFORE_DATE.search(text, max(0, mention.start - 50), mention.start) \
            or _DEED_OF_ANOTHER_BEFORE_DATE.search(text, max(0, mention.start - 100), mention.start):
        return False
    if mention.start < cue and _STATEMENT_BEFORE_DATE.search(text, max(0, mention.start - 40), mention.start):
        return False
    if mention.start < cue and _OTHER_EVENT_OPENING.match(text, 0, mention.start) and "," in text[mention.end:cue]:
        return False  # "Prior to a meeting with Anwar in Istanbul on Oct. 22, Erdogan spoke with ...": the meeting's
    if _OCCASION_BEFORE_DATE.search(text, max(0, mention.start - 35), mention.start) \
            or _NAMED_DAY_BEFORE_DATE.search(text, max(0, mention.start - 40), mention.start):
        return False
    if mention.start < cue and _EVENT_BEFORE_DATE.search(text[max(0, mention.start - 35):mention.start]):
        return False  # "the G20 summit in Bali in November during a call": the summit's month
    if _EVENT_AFTER_DATE.match(text, mention.end, mention.end + 40):
        return False
    if _told_on(text, mention.start) and (mention.start > cue or _THAT_AFTER_DATE.match(text, mention.end)):
        # "The call was meant to keep channels open, the White House said on Friday", "Lula said on Thursday night
        # that he spoke with Xi": the report's day
        return False
    if _deed_after_the_call(text, mention, len(text)):
        return False  # "Diaz-Canel on Wednesday called for closer ties after a call with Putin": the appeal's day
    if mention.start < cue and (_REPORTED_AFTER_DATE.match(text, mention.end)
                                or _EMERGED_AFTER_DATE.match(text, mention.end)
                                or REPORTS_THE_CALL.search(text, max(mention.end, cue - 40), cue)):
        return False
    if mention.start > cue and _COMMA_BEFORE_DATE.search(text, max(0, mention.start - 8), mention.start) \
            and _VERB_AFTER_DATE.match(text, mention.end):
        return False
    if mention.start < cue and OPENING_TIME.fullmatch(text, 0, mention.start) \
            and _ASIDE_THEN_SUBJECT.fullmatch(text, mention.end, cue):
        return True  # "On January 17, on his way to a meeting, Rutte called Scholz": the aside is within the day
    if mention.start > cue and _MOST_RECENT_BEFORE_DATE.search(text, max(0, mention.start - 60), mention.start):
        return True  # "has held regular calls with Putin since the invasion, most recently on May 3": the latest's day
    if mention.start > cue and _ONE_NAMED_AFTER_LEADERS_BEFORE_DATE.search(text, max(cue, mention.start - 100),
                                                                           mention.start):
        return True  # "held phone talks with a foreign leader, following Trump on June 6": the talks with him
    if mention.start > cue and _AS_IT_HAPPENED_BEFORE_DATE.search(text, max(cue, mention.start - 120), mention.start):
        return True  # "spoke with Netanyahu as a wave of strikes began on Friday": the call was held as it happened
    low, high = sorted((cue, mention.start))
    if mention.end < cue and (apposition := _DAY_APPOSITION.match(text, mention.end)) is not None \
            and apposition.end() <= cue:
        low = apposition.end()  # "on 3 March, the day before the vote, Bush told Blair": the vote only names the day
    between = cues.REMOTE_MEETING.sub(" ", text[low:high])
    subordinate = [m.end() for m in (*_SUBORDINATE_EVENT.finditer(between), *_RELATIVE_EVENT.finditer(between))]
    if _NO_DAY.fullmatch(text, mention.start, mention.end):
        # "for exiting the deal last month": a month or a year after a gerund is the gerund's; a day stays the call's
        subordinate += [m.end() for m in _GERUND_CLAUSE.finditer(between)]
    if mention.start > cue and _bound_within_its_day(mention, between):
        return True
    if mention.start > cue and subordinate and not _CALLED_AFTER.search(between, max(subordinate)):
        return False
    return not _OTHER_EVENT.search(between)


_DAY_APPOSITION = re.compile(r",\s+the\s+(?:day|night|morning|evening)\s+(?:after|before)\s+[^,;()]{1,80},")
# ", on his way to a meeting, Dutch Prime Minister Mark Rutte ": an aside between an opening day and the subject.
_ASIDE_THEN_SUBJECT = re.compile(r",\s+[^,;()\"“”]{3,80},\s+(?:(?:[A-Z][\w.'’-]*|of|the|he|she)\s+){1,7}"
                                 r"(?:also\s+|then\s+)?")
_ONE_NAMED_AFTER_LEADERS_BEFORE_DATE = re.compile(r"\b(?:leaders?|counterparts?|heads?\s+of\s+(?:state|government)),\s+"
                                                  r"(?:following|after)\s+(?:[A-Z][\w.'’-]*\s+){1,6}(?:on\s+|in\s+)?$")
# ", most recently speaking with him on", ", the latest on": the day of the latest of the calls told.
_MOST_RECENT_BEFORE_DATE = re.compile(r",\s+(?:most\s+recently|the\s+(?:latest|most\s+recent)(?:\s+(?:one|call"
                                      r"|conversation|talks?))?)\b[^,;.()]{0,50}?\b(?:on|in)\s+$", re.IGNORECASE)


# "as a fresh wave of strikes began on", "while talks went on in Geneva on": what went on as the call was held.
_AS_IT_HAPPENED_BEFORE_DATE = re.compile(
    r"\b(?:just\s+|even\s+)?(?:as|while)\s+(?!(?:well|agreed|part|such|soon|long|far|much|many|planned|expected"
    r"|scheduled|announced|reported)\b)(?:[\w'’-]+\s+){1,10}?(?<!\bhad\s)"
    r"(?:began|begun|started|opened|unfolded|went\s+on|continued|got\s+under\s+way|(?:was|were)\s+[a-z]+ing"
    r"|[a-z]{3,}ed)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:(?:late|early)\s+)?(?:on\s+)?$")


# "spoke after her press conference and before one held by Morrison later on Tuesday": bounded within that day.
_BEFORE_THE_LATER = re.compile(r"\bbefore\b[^.;]{0,80}$", re.IGNORECASE)
_AFTER_THE_EARLIER = re.compile(r"\bafter\b[^.;]{0,80}$", re.IGNORECASE)


def _bound_within_its_day(mention: DateMention, between: str) -> bool:
    """"before one held later on Tuesday", "after a summit earlier on Tuesday": the call was that day too."""
    if mention.kind != "weekday" or mention.modifier not in ("later", "earlier"):
        return False
    return bool((_BEFORE_THE_LATER if mention.modifier == "later" else _AFTER_THE_EARLIER).search(between))


def resolve_past(mention: DateMention, facts: ArticleFacts) -> DateResolution | None:
    resolution = resolve(mention, anchor=facts.anchor, tense="past")
    if resolution.precision is DatePrecision.UNKNOWN and resolution.weekday is None and resolution.month_day is None:
        return None
    return resolution


def date_from_context(frame: CallFrame, sentence_indices: list[int], facts: ArticleFacts) -> DateResolution | None:
    """A date for a call its anchors leave undated, from the lead or a sentence about "the call"."""
    told = frame.best_date()
    told_in_lead: DateResolution | None = None
    for s_index in sentence_indices:
        item = facts.sentences[s_index]
        if told is not None and told.day is not None and _TOOK_PLACE_DAY_BEFORE.search(item.text) \
                and cues.STRONG_CALL_REFERENCE.search(item.text):
            # "Lula said on Thursday that he spoke with Xi. The conversation took place the day before."
            return DateResolution.on_day(told.day - timedelta(days=1),
                                         f"the day before it was told, {told.day:%-d %B %Y} ({told.basis})")
        told_in_post = _CALL_IN_POST.search(item.text) \
            if item.posted_on is not None and set(frame.leaders) & item.leader_slugs() else None
        if told_in_post is not None and not governed_by_plan(item.text, told_in_post.start()):
            return day_of_post(item)  # "Just spoke to Prime Minister @NarendraModi ... — Donald J. Trump ... May 24"
        in_lead = s_index <= LEAD_SENTENCES
        group = (_LEAD_GROUP.match(item.text) or _LEAD_THEY.match(item.text)) if in_lead else None
        opener = _STATEMENT_OPENER.match(item.text) if in_lead and group is None else None
        if opener is not None and _LEAD_GROUP.match(item.text, opener.end()):
            issued = next((m for m in item.dates if m.end <= opener.end()), None)
            if issued is not None and (announced := _announced_on(issued, facts)) is not None:
                return announced
        if in_lead and group is None:
            # "The confirmation comes after the Kremlin said the two leaders discussed ... on Wednesday night"
            group = _REPORTED_GROUP.search(item.text)
        # '"The leaders agreed ...," an April 29 PMO statement said': issued the day of the call it tells of.
        issued_on = [_announced_on(m, facts) for m in item.dates if _DATED_STATEMENT.match(item.text, m.end)]
        if in_lead and (announced := next((day for day in issued_on if day is not None), None)) is not None:
            return announced
        if _CAPTION.search(item.text) and (not cues.ANY_CALL_WORD.search(item.text)
                                           or cues.in_person(item.text) and not strong_cue(item.text)) \
                or _PHOTO_LINE.match(item.text) \
                or s_index + 1 < len(facts.sentences) and _PHOTO_CREDIT.fullmatch(facts.sentences[s_index + 1].text):
            continue  # "Volodymyr Zelenskyy and Emmanuel Macron in Chisinau, June 1, 2023.": a photo's caption
        if s_index > 0 and _REMARKS_IN_CALL.search(item.text) and cues.STRONG_CALL_REFERENCE.search(item.text) \
                and (said := _day_of_remarks(facts.sentences[s_index - 1], frame, facts)) is not None:
            return said  # "Xi said Tuesday night that ... He made the remarks in a phone conversation with Tokayev."
        if s_index > 0 and not item.dates and _LATER_THAT_DAY.search(item.text) \
                and cues.STRONG_CALL_REFERENCE.search(item.text) \
                and (that_day := day_told_before(facts, s_index)) is not None:
            return that_day  # "Cabinet met on 3 July. The video conference took place later that day."
        if not item.dates and s_index + 1 < len(facts.sentences) \
                and (s_index in frame.anchors or cues.STRONG_CALL_REFERENCE.search(item.text)) \
                and (next_day := _day_of_the_event_told_next(item, facts.sentences[s_index + 1], facts)) is not None:
            return next_day  # "The call, shortly before his press conference, ... he told reporters on Monday."
        if not item.dates and (also := _ALSO_HELD.match(item.text)) is not None \
                and (that_day := _day_of_the_callers_engagements(item, also.start("also"), s_index, frame, facts)):
            return that_day  # "Lai received delegations on May 21. ... Lai also held a video call with Arévalo"
        held = _THE_CALL_HELD.match(item.text) or _CALLS_TOOK_PLACE.match(item.text)
        # "The January 28th call ... with Turnbull congratulating Trump": not the day of a call of another pair
        dated_call = next((m for m in item.dates if _THE_BEFORE_DATE.search(item.text, max(0, m.start - 8), m.start)
                           and _CALL_AFTER_DATE.match(item.text, m.end)), None) \
            if item.leader_slugs() <= set(frame.leaders) else None
        if not (in_lead and set(frame.leaders) & item.leader_slugs()) and group is None and held is None \
                and dated_call is None \
                and not cues.STRONG_CALL_REFERENCE.search(item.text) or LAST_TIME.search(item.text):
            continue  # "The last time the two spoke was on February 12": the day of another call
        interaction = INTERACTION.search(item.text)
        verb = interaction or cues.STRONG_CALL_REFERENCE.search(item.text)
        named = [p for p in item.leaders() if p.ref.slug in frame.leaders and not p.possessive]
        # "the Jan. 27 call": the day that names the call comes first, whatever else the sentence tells.
        places = ([dated_call.start] if dated_call is not None else []) + ([verb.start()] if verb is not None else [])
        if interaction is not None and (call := _THE_CALL_NAMED.search(item.text, interaction.end())) is not None:
            places.append(call.start())  # "told him ..., according to a readout of the 20-minute call yesterday"
        both = next((p for i, p in enumerate(named) if len({q.ref.slug for q in named[:i + 1]}) >= 2), None)
        if in_lead and both is not None and not _meeting_to_come_only(item.text):
            # "Moon and Trump agreed on Monday to ..., in their first call": the lead tells what the call did.
            places.append(both.end)
        elif group is not None:
            # "The two leaders on Friday discussed ...", right after the call's report; "the two leaders, who both
            # belong to BRICS, discussed ... on Wednesday": past an aside about them
            aside = _RELATIVE_ASIDE.match(item.text, group.end())
            places.append(aside.end() if aside is not None else group.end())
        if held is not None:
            places.append(held.end())  # "The one-hour conversation, held late last week, ..."
        if in_lead and verb is None and named and (spoke := cues.SPEAK_VERB.search(item.text)) is not None \
                and _CALLED_A_PRONOUN.match(item.text, spoke.end()) and not governed_by_plan(item.text, spoke.start()):
            places.append(spoke.start())  # "Xi offered help when he called her on Wednesday, Hasina's office said"
        if in_lead and verb is None and named and item.leader_slugs() <= set(frame.leaders) \
                and (a_call := _A_CALL_WITH.search(item.text)) is not None \
                and not governed_by_plan(item.text, a_call.start()) \
                and not TO_COME_BEFORE.search(item.text, 0, a_call.start()):
            places.append(a_call.start())
        if in_lead and verb is None and named and item.leader_slugs() <= set(frame.leaders) \
                and (quoted := _day_quoted_of_a_remote_call(item, facts)) is not None:
            return _counted_from_day_told(quoted, told_in_lead or told, facts) or quoted
        for at in places:
            low, high = clause_around(item.text, at)
            if (interaction is None or at != interaction.start()) \
                    and any(low <= p.start < high and p.ref.slug not in frame.leaders for p in item.leaders()):
                continue  # "based on the call made yesterday with President Putin": another call's day
            found = nearest_date(item, at, facts)
            if found is None and in_lead and (both is not None and at == both.end or group is not None):
                found = _no_earlier_than_an_event(item, at, facts)
            if found is None and verb is not None and at == verb.start() and verb is not interaction:
                found = _date_in_call_aside(item, verb.end(), facts)  # "The call, which took place on Monday, ..."
            if found is not None and quoted_time_word(item, found, facts) is not None:
                return _counted_from_day_told(found, told_in_lead or told, facts) or found
            if found is not None:
                return found
            announced = announced_date(item, facts, at) if in_lead else None
            if announced is not None and (told_in_lead is None or announced.day < told_in_lead.day):
                # "..., the prime minister told reporters on Friday": the day it was told, unless another sentence
                # says when the call was; of two such days, the earlier bounds the call more closely
                told_in_lead = announced
    quoted = next((resolution for _, _, resolution in frame.dates if resolution.basis.endswith(QUOTED_NOTE)), None)
    return (_counted_from_day_told(quoted, told_in_lead or told, facts) if quoted is not None else None) \
        or told_in_lead


# "the call", "the 20-minute phone call": the call, named after what one leader told the other.
_THE_CALL_NAMED = re.compile(r"\bthe\s+(?:[\w-]+\s+)?(?:(?:tele)?phone\s+|video\s+)?(?:call|conversation)\b",
                             re.IGNORECASE)


# "vowed pressure after the regime launched a missile over Japan on": the call came after that event.
_AFTER_AN_EVENT_BEFORE_DATE = re.compile(r"\b(?:after|following)\s+(?:[\w'’-]+\s+){1,10}?(?:(?:late|early)\s+)?"
                                         r"(?:on\s+)?$", re.IGNORECASE)
_AFTER_AN_EVENT_REACH = 100  # characters from "after" to the event's day


def _no_earlier_than_an_event(item: SentenceFacts, at: int, facts: ArticleFacts) -> DateResolution | None:
    """"Trump and Abe vowed pressure after the regime launched a missile on Tuesday morning. In a phone call, they
    ...": what the leaders did in the call came after the event, so the call is from its day to the story's."""
    if facts.anchor is None or facts.anchor.day is None:
        return None
    low, high = clause_around(item.text, at)
    for mention in item.dates:
        if not (at <= mention.start < high and low <= mention.start) or not _AFTER_AN_EVENT_BEFORE_DATE.search(
                item.text, max(at, mention.start - _AFTER_AN_EVENT_REACH), mention.start):
            continue
        return _from_day_to_story(resolve_past(mention, facts), facts,
                                  "after what was told to come before it, on {day} ({basis}), by {anchor}")
    return None


# "the call, held minutes before her news conference": the call came the day of the briefing that followed it.
_JUST_BEFORE_A_BRIEFING = re.compile(r"\b(?:shortly|just|(?:a\s+few\s+|several\s+)?(?:minutes|hours)|an\s+hour)\s+"
                                     r"before\s+(?:(?:his|her|their|the|a)\s+)?(?:[\w'’-]+\s+)?"
                                     r"(?:(?:press|news|media)\s+(?:conference|briefing)|briefing)\b", re.IGNORECASE)
# "he told reporters at Parliament House on Monday", "at a press conference in Berlin on Tuesday"
_BRIEFING_BEFORE_DATE = re.compile(r"\b(?:told\s+(?:reporters|journalists|the\s+press|the\s+media)"
                                   r"|(?:press|news|media)\s+(?:conference|briefing)|briefing)\b[^.;\"“”]{0,50}?"
                                   r"(?:late\s+|early\s+)?(?:on\s+)?$", re.IGNORECASE)
_BRIEFING_REACH = 80  # characters from "told reporters" to the day of the briefing
# "a call on Michal's first day in office", "on her first day as prime minister" (a first full day is the next one)
_FIRST_DAY_IN_OFFICE = re.compile(r"\bfirst\s+day\s+(?:in\s+(?:office|power|the\s+job)|as\s+(?:[\w-]+\s+){0,2}?"
                                  r"(?:president|prime\s+minister|premier|chancellor|leader))\b", re.IGNORECASE)
# "Michal's government took the oath of office on Tuesday", "Tusk's cabinet was sworn in on Wednesday"
_TOOK_OFFICE_BEFORE_DATE = re.compile(r"\b(?:took\s+(?:office|power|(?:the|an|his|her|its|their)\s+oaths?)"
                                      r"|assumed\s+office|sworn\s+in|inaugurated)\b[^.;\"“”]{0,40}?(?:on\s+)?$",
                                      re.IGNORECASE)
_TOOK_OFFICE_REACH = 60  # characters from "took the oath of office" to its day
# A call told by an event the next sentence dates: the call held just before a briefing, on a first day in office.
_EVENTS_DATED_NEXT = (
    (_JUST_BEFORE_A_BRIEFING, _BRIEFING_BEFORE_DATE, _BRIEFING_REACH,
     "the day of the briefing the call was held shortly before"),
    (_FIRST_DAY_IN_OFFICE, _TOOK_OFFICE_BEFORE_DATE, _TOOK_OFFICE_REACH,
     "the day the leader took office, whose first day the call was held on"),
)


def _day_of_the_event_told_next(item: SentenceFacts, following: SentenceFacts, facts: ArticleFacts
                                ) -> DateResolution | None:
    """The day of the event a call is told by, given in the sentence after the call's: "the call, held minutes
    before her news conference. ... she told reporters on Thursday"."""
    for told_by, before_date, reach, wording in _EVENTS_DATED_NEXT:
        if not told_by.search(item.text):
            continue
        for mention in following.dates:
            if before_date.search(following.text, max(0, mention.start - reach), mention.start) \
                    and (resolution := resolve_past(mention, facts)) is not None \
                    and resolution.precision is DatePrecision.DAY:
                return replace(resolution, basis=f"{wording}: {resolution.basis}")
    return None


# "Lai also held a video call with ...": one more of the leader's engagements, opening the sentence.
_ALSO_HELD = re.compile(r"\s*(?:(?:[A-Z][\w.'’-]*|of|the)\s+){1,6}?(?P<also>also)\s+(?:held|had|spoke|talked|phoned"
                        r"|telephoned|called|made)\b")
_ENGAGEMENTS_BACK = 4  # sentences back to the day of the leader's other engagements


def _day_of_the_callers_engagements(item: SentenceFacts, also: int, s_index: int, frame: CallFrame,
                                    facts: ArticleFacts) -> DateResolution | None:
    """"Lai received delegations on May 21. ... Lai also held a video call": the day the sentences before give for
    the same leader's other engagements, when no other day stands between."""
    caller = next((p.ref.slug for p in item.leaders() if p.end <= also and not p.possessive), None)
    if caller not in frame.leaders:
        return None
    for earlier in reversed(facts.sentences[max(0, s_index - _ENGAGEMENTS_BACK):s_index]):
        if not earlier.dates:
            continue
        if not any(p.ref.slug == caller and not p.possessive and p.end <= earlier.dates[0].start
                   for p in earlier.leaders()):
            return None
        resolution = resolve_past(earlier.dates[0], facts)
        if resolution is None or resolution.precision is not DatePrecision.DAY or len(earlier.dates) > 1:
            return None
        return replace(resolution, basis=f"the day of the leader's other engagements told before: {resolution.basis}")
    return None


_LATER_THAT_DAY = re.compile(r"\b(?:later|earlier)\s+(?:that|the\s+same)\s+day\b", re.IGNORECASE)


SAME_DAY_TOLD_NOTE = "the same day as told just before: "


def day_told_before(facts: ArticleFacts, index: int) -> DateResolution | None:
    """The last day the sentence before names, for a sentence opening "Earlier in the day" or telling of a call
    "later that day"."""
    for mention in reversed(facts.sentences[index - 1].dates):
        resolution = resolve_past(mention, facts)
        if resolution is not None and resolution.precision is DatePrecision.DAY:
            return replace(resolution, basis=SAME_DAY_TOLD_NOTE + resolution.basis)
    return None


# A call a post tells of as held: "Just spoke to ...", "Had a good call with ..." (not "look forward to talking").
_CALL_IN_POST = re.compile(r"\b(?:spoke|spoken|talked|phoned|telephoned|(?:had|held)\s+(?:a|an|our|my)\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:(?:phone|video)\s+)?(?:call|conversation|talks?|exchange))\b",
                           re.IGNORECASE)


def _meeting_to_come_only(text: str) -> bool:
    """"Merkel is due to meet Sarkozy in Berlin on Wednesday evening": a meeting to come, with no word of a call."""
    return cues.COMING_EVENT.search(text) is not None \
        and not cues.ANY_CALL_WORD.search(cues.COMING_EVENT.sub(" ", text))


# "the spokesperson said, as quoted by The Hill news outlet on Monday": the day another outlet carried the report
_QUOTED_BY_OUTLET_ON = re.compile(r"\bas\s+(?:quoted|cited|reported)\s+by\s+(?:[\w'’.-]+\s+){1,6}?on\s+$")


def day_quoted_by_an_outlet(sentence_indices: list[int], facts: ArticleFacts) -> DateResolution | None:
    """No later than the day another outlet quoted a report of the call, told in the lead."""
    for index in sentence_indices:
        if index > LEAD_SENTENCES:
            break
        item = facts.sentences[index]
        for mention in item.dates:
            if _QUOTED_BY_OUTLET_ON.search(item.text, max(0, mention.start - 70), mention.start) \
                    and (resolution := resolve_past(mention, facts)) is not None and resolution.day is not None \
                    and resolution.precision is DatePrecision.DAY:
                return DateResolution(DatePrecision.RANGE, latest=resolution.day, basis=(
                    f"no later than the day another outlet quoted a report of it: {resolution.basis}"))
    return None


def _counted_from_day_told(quoted: DateResolution, told: DateResolution | None, facts: ArticleFacts
                           ) -> DateResolution | None:
    """'Scholz said on Wednesday that he had spoken with Biden. "Last night I was on the phone with him," he told
    reporters': the leader's own time word counts from the day he said it, which the story may have been filed after."""
    if told is None or told.day is None or not told.basis.endswith(ANNOUNCED_NOTE) or facts.anchor is None \
            or quoted.day is None:
        return None
    day = told.day + (quoted.day - facts.anchor.day)
    if day > told.day:
        return None  # "tomorrow" said of a call that was announced as held
    basis = (f"{quoted.basis.removesuffix(QUOTED_NOTE)}, counted instead from the day the leader said it, "
             f"{told.day:%-d %B %Y} ({told.basis.removesuffix(ANNOUNCED_NOTE)}) → {day}")
    return replace(quoted, day=day, earliest=day, latest=day, weekday=day.weekday(), basis=basis)


def _day_of_remarks(told: SentenceFacts, frame: CallFrame, facts: ArticleFacts) -> DateResolution | None:
    """The day a leader of the call is said to have spoken, in the sentence before "He made the remarks in a call"."""
    for mention in told.dates:
        if _ANNOUNCED.search(told.text, max(0, mention.start - _ANNOUNCED_REACH), mention.start) \
                and any(p.ref.slug in frame.leaders and p.end <= mention.start for p in told.leaders()):
            resolution = resolve_past(mention, facts)
            if resolution is not None and resolution.precision is DatePrecision.DAY:
                return replace(resolution, basis=f"the day of the remarks made in the call: {resolution.basis}")
    return None


# "On Saturday, July 26, the Royal Hashemite Court reported that ...": the day a report opens with is its own.
# "On Saturday Zelensky said his call with Trump a day earlier ...": what was said may follow with no "that".
_REPORTER_AFTER_OPENING_DATE = re.compile(r",?\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,5}"
                                          r"(?:said|reported|announced|confirmed|stated)\s+(?:that|his|her|their)\b")
_CALLED_A_PRONOUN = re.compile(r"\s+(?:(?:with|to)\s+)?(?:him|her|them|each\s+other)\b")
_REMARKS_IN_CALL = re.compile(r"\b(?:made|gave|delivered)\s+(?:the|these|those|his|her)\s+(?:remarks|comments)\b",
                              re.IGNORECASE)
# "File photo shows Xi meeting Tokayev in Bishkek, June 13, 2019.", "(Xinhua/Gao Jie)": a photo's line and its credit.
_PHOTO_LINE = re.compile(r"\s*(?:\(?(?:File\s+)?(?:photo|picture|image)\s+(?:shows|taken|of)\b|This\s+(?:file\s+)?"
                         r"(?:photo|picture)\b|In\s+this\s+(?:file\s+)?(?:photo|picture)\b|\(?File\s+photo\)?[:.]?)",
                         re.IGNORECASE)
# "Photograph:(Reuters)", "Photo: (AFP)": a credit that names its kind before the agency in brackets.
_PHOTO_CREDIT = re.compile(r"\s*(?:\(\s*(?:[\w .&'’-]{1,40}/[\w .&'’-]{1,40}|(?:Photo|File|Image)\s*:[^()]{1,60})\)"
                           r"|(?:Photo(?:graph)?|Picture|Image)\s*:\s*\(\s*[\w .&'’-]{1,40}\))\s*")
# A caption under a photo: who, where and when, with no verb: "Biden and Netanyahu in Tel Aviv, October 18, 2023.",
# "Erdogan welcomes Khan to Ankara, Turkey, Friday, January 4, 2019."
_CAPTION = re.compile(rf"\b(?:in|at|to)\s+(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+){{0,2}}"
                      rf"(?:{WEEKDAY_WORD},\s+)?"
                      rf"(?:(?:{MONTH_WORD})\s+\d{{1,2}},\s+"
                      rf"\d{{4}}|\d{{1,2}}\s+(?:{MONTH_WORD})\s+\d{{4}}|(?:{MONTH_WORD})\s+\d{{4}}|\d{{4}})\.?\s*$")
_TOOK_PLACE_DAY_BEFORE = re.compile(r"\b(?:took place|was held|happened|occurred)\s+(?:on\s+)?(?:the\s+day\s+before"
                                    r"|a\s+day\s+earlier|the\s+previous\s+day|the\s+day\s+prior)\b", re.IGNORECASE)
# "the Jan. 27 call", "The January 28th phone call": a day told as the call's own, before its noun.
_THE_BEFORE_DATE = re.compile(r"\b(?:the|that|their)\s+$", re.IGNORECASE)
_CALL_AFTER_DATE = re.compile(r"\s+(?:(?:tele)?phone\s+|video\s+)?(?:call|conversation)\b", re.IGNORECASE)
_DATED_STATEMENT = re.compile(rf"\s+(?:[A-Z][\w'’.-]*\s+){{0,2}}{_ACCOUNT_NOUN}\b")


# "held a telephone conversation recently", "had recently spoken": a call some time before the story, whatever day
# the story was issued on.
_RECENTLY = re.compile(r"\b(?:call|conversation|talks|spoke|spoken|talked|phoned|telephoned)\b[^.;,]{0,40}?\brecently\b"
                       r"|\brecently\s+(?:\w+\s+){0,2}?(?:spoke|spoken|talked|called|phoned|telephoned|held|had)\b",
                       re.IGNORECASE)


def told_as_recent(frame: CallFrame, facts: ArticleFacts) -> bool:
    """Whether a sentence reporting the call says only that it was held recently."""
    return any(_RECENTLY.search(facts.sentences[index].text) for index in set(frame.anchors))
