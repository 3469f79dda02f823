"""Who takes which part in a call mention: the callers, the called, and everyone merely talked about.

A sentence that reports a call names its participants in fixed places around the word that reports it (the
predicate). Leaders named anywhere else in the sentence are only mentioned, whoever they are. The grammar read
here, offsets being within one sentence:

    PREDICATE  a call verb ("spoke", "talked", "called (up)", "phoned", "telephoned", "rang", "held a phone
               call") or a call noun ("a phone call", "telephone conversation", "video conference",
               "Summit Telephone Talk"); which words count is decided by the caller of `roles_at`.
    CLAUSE     the stretch around the predicate, cut at ";", at a dash aside, at subordinate clauses
               (", which", ", after", ", as", "days after"), at a reporting frame (", the Kremlin said",
               "said on Monday that") and at a new sentence run into this one.
    GROUP      leaders joined by commas and "and", with title words between them ("Presidents Hollande,
               Poroshenko and Putin", "Egyptian President el-Sisi and Qatar's emir, Sheikh Tamim").
    CALLERS    the group that ends nearest before the predicate in the clause (a relative clause set off by
               commas between them is skipped: "Macron, who proposed a truce, spoke with Putin") and is not
               governed by a preposition ("A and B spoke", "A, B, C and D held a telephone conference"); a possessive
               only before a call noun ("A's call with B").
    CALLED     a group right after "with", "to", "between", "among", "from" ("received a call from"),
               "brought together", "joined by", or right after a call verb ("phoned A", "called up A").
               A "with" group counts when no in-person word ("meeting", "visit") stands between it and the
               predicate ("discussed Syria with Putin in a phone call" still counts).
    SEPARATE   "separately", "separate calls", "calls with", "back-to-back", "in turn", "respectively",
               "each", "among others", "in the past few days", the perfect of a call verb ("has spoken with A
               and B": a tally over time), a verb whose objects are several ("phoned A and B"), or "with A on Monday and with B" after a verb or a plural noun: one call
               per called leader, with the callers; otherwise a single call with everyone, however many leaders that is
               ("in a telephone call with A and with B" is one call).
    RESPECTIVELY  as many callers as called, with "respectively" in the clause: one call per pair, in order.
    PARTICIPLE a call noun in an adjunct of the main verb (", sealing the deal in a call with A") has the main
               clause's subject as its caller, even across a reporting frame ("X announced that ..., sealing").

Everyone else in the sentence (after "about", "on", "after", in a possessive, in an aside) is a mention only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from app.ingest import cues
from app.ingest.analysis import PersonSpan, SentenceFacts
from app.ingest.sentences import is_abbreviation

# Words that may stand between two leaders of one coordinated group: titles, countries, "and", commas.
_GAP_WORDS = (r"and|as well as|y|the|of|his|her|their|its|counterparts?|leaders?|heads? of (?:state|government)"
              # "his Argentine peer", "his French colleague": other words for a counterpart
              r"|peers?|colleagues?"
              # "with Russian dictator Vladimir Putin": a writer's label for a leader in place of the office
              r"|dictators?|autocrats?|strongm[ae]n|despots?|tyrants?"
              r"|presidents?"
              r"|new|newly(?:[ -]elected)?|incoming|acting|interim|re-?elected|recently elected|elected|recently"
              # "Italy's newly sworn-in first female Prime Minister": how new, or what kind of head
              r"|appointed|installed|sworn[ -]in|inaugurated|first|female|woman|youngest"
              r"|prime|ministers?|heads?|state|government|crown"
              r"|prime ministers?|premiers?|chancellors?|kings?|emirs?|amirs?|crown princes?|princes?|sultans?"
              r"|sheikhs?|chairman|general|secretary|federal|vice|deputy|two|three|four|both"
              # "with Oman's ruler, Sultan Haitham bin Tariq": a description of the head, as "leader" is
              r"|rulers?|monarchs?|sovereigns?"
              # "with UN chief Antonio Guterres and Canadian Prime Minister Justin Trudeau": an official's title
              r"|chiefs?"
              # "a phone call from his brother, President Mahmoud Abbas", as Gulf readouts name a fellow ruler
              r"|brothers?|sisters?|friends?|dear"
              r"|(?-i:[A-Z][\w.'’-]*)|[\w.-]+['’]s")
# "the leaders of Turkiye, the United Arab Emirates (UAE), Qatar and Oman": an abbreviation in brackets; "and his
# U.S. counterpart": initials end in a full stop, where no word boundary follows
_GROUP_GAP = re.compile(rf"(?:\s|,|&|\((?-i:[A-Z][A-Za-z.]{{1,7}})\)|(?:{_GAP_WORDS})\b|(?-i:(?:[A-Z]\.){{2,}}))*",
                        re.IGNORECASE)
# "the call between Putin y Maduro": the Spanish "y" of a wire written from Spanish copy joins them as "and" does
_CONJUNCTION = re.compile(r"\band\b|&|\bas well as\b|\by\b")
_DESCRIPTION_IN_GAP = re.compile(r"^,\s+the\s+[^,;()\"“”]{1,100}?(?=,\s+and\s)")
_PAIR_DASHES = frozenset({"-", "\u2013", "\u2014", "/"})
_GAP_WORD = re.compile(rf"(?:{_GAP_WORDS})", re.IGNORECASE)
_ABBREVIATION_IN_BRACKETS = re.compile(r"\([A-Z][A-Za-z.]{1,7}\)")
_TOKEN = re.compile(r"[\w.'’-]+")
_CALLED_AT_END = re.compile(r"\b(?:with|to|between|among|from)\s*$", re.IGNORECASE)
_GROUP_GAP_MAX = 90  # "Burhan, the chairman of the Sovereign Council, and Prime Minister Hamdok"; "..., and Cambodian
# People's Party President and Prime Minister Samdech Techo Hun Sen"
_TITLE_REACH = 90  # "from the President of the United States of America, H.E. Mr. Joseph R. Biden"
# A clause ends at these; the part of the sentence beyond belongs to other events.
_CLAUSE_BREAK = re.compile(
    r";|\s[—–]\s|\s--\s|\(|\)"

    # ", as well as the President of Y": the list goes on
    r"|,\s+(?=(?:which|during which|who|whom|where|while|as(?!\s+well\s+as\b)"
    r"|after|before|since|when|even as|amid|following|although|though"
    r"|but|whereas|according to|days?|hours?|weeks?|months?|(?:a|one|two|three) (?:days?|weeks?) (?:after|before|later)"
    r")\b)"
    # ", the Sultan of Oman, Haitham bin Tariq Al Said, the Kremlin said": the family name "Al Said" is no "said"
    r"|,\s+(?=(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}(?:officials?\s+|spokes\w+\s+|aides?\s+|office\s+)?"
    r"(?<!\bal\s)(?<!\bbin\s)(?<!\bibn\s)(?:said|says|reported|announced|added|noted)\b"
    # ", Downing Street issued a readout of the pair's call": the account's own clause
    r"|(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}(?:office\s+)?(?:issued|released|published|put\s+out)\s+"
    r"(?:a|an|its|the|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:readout|statement|account|summary|transcript|communiqu[eé]|press\s+release)\b)"
    r"|\b(?:said|says|announced|reported|stated|confirmed|disclosed|revealed|told|tells|warned|assured|informed)\b"
    r"(?:\s+[\w,.]+){0,4}?\s+that\b"
    # (not ", the day after the bombing,": an apposition to the day just told, which the clause goes on past)
    r"|(?<!,\sthe\s)\b(?:days?|hours?|weeks?) (?:after|before)\b"
    r"|,\s+(?:and|but)\s+(?=(?:[\w-]+\s+){0,3}(?:he|she|they|the two|both)\s)",
    re.IGNORECASE)
# '"Last night, I was on the phone with Merkel," Macron said', '"This morning, I spoke with ..."': a time word or a
# short phrase may come before the speaker's "I".
# "'I spoke with President Trump this morning,' Albanese told reporters": single quotation marks, as Australian and
# British outlets write them; a single mark opens only after a space, never inside a word as an apostrophe does
_QUOTE_OPENING = re.compile(r"(?:[\"“]|(?<![^\s:(])['‘])"
                            r"(?=\s*(?:(?:Last\s+night|Yesterday|This\s+morning|Tonight|Earlier\s+today)\b,?\s*"
                            r"|[^,\"“”]{1,30},\s*(?=I\b|We\b))?"
                            r"(?:I|We|Just|Today|Earlier|Had|Spoke|Good|Great|Productive|Honou?red|Glad|Pleased"
                            r"|Delighted|Nice)\b)")
_QUOTE_CLOSING = re.compile(r"[\"”]")
_SINGLE_QUOTE_CLOSING = re.compile(r"(?<=[,.!?])['’](?!\w)")
_SPEAKING = r"(?:said|wrote|posted|tweeted|added|declared|stated|announced|told reporters|says|writes|posts|explained" \
            r"|recalled|noted|remarked|told (?:a|the) (?:press|news) (?:conference|briefing))"
# '"...," Biden posted', '"...," Museveni's post on his Facebook page reads'
_REPORTER_AFTER = re.compile(rf"\s*,?\s*(?P<who>(?:[A-Z][\w.'’-]*\s+){{0,4}}[A-Z][\w.'’-]*?)(?:\s+{_SPEAKING}\b"
                             r"|(?P<post>['’]s\s+(?:post|tweet|message|statement)\b)[^.;\"“”]{0,40}?\s+"
                             r"(?:reads|read|says|said)\b)")
_REPORTER_BEFORE = re.compile(rf"(?P<who>(?:[A-Z][\w.'’-]*\s+){{0,4}}[A-Z][\w.'’-]*)\s+{_SPEAKING}\b[^:\"“]{{0,40}}:\s*$")
# '"Today I had a phone call with Meloni," he said': the speaker told of before
_PRONOUN_REPORTER_AFTER = re.compile(rf"\s*,?\s*(?:he|she|the\s+(?P<title>president|prime\s+minister|chancellor|king"
                                     rf"|emir|sultan|premier))\s+(?:also\s+)?{_SPEAKING}\b")
_PRONOUN_SAID_THAT = re.compile(r"\s*(?:He|She)\s+(?:also\s+)?(?:said|says|added|revealed|disclosed)\s+(?:that\s+)?")
_TOLD_HIM = re.compile(r"\b(?:told|assured|informed|promised|warned|urged|asked|thanked|reassured)\s+(?:him|her)\b")
_THIS_COMES_AFTER = re.compile(r"\s*(?:This|It|That)\s+(?:comes|came)\s+(?:just\s+|days\s+|hours\s+)?"
                               r"(?:after|following)\b")
_LEADER_SAYS = re.compile(r"(?:[A-Z][\w.'’-]*\s+){1,5}(?P<verb>says|said)\s+(?:that\s+)?")
_CALL_FOLLOWED = re.compile(r"\b(?:following|after)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}$")
_SUBJECT_OPENING_REACH = 80  # characters: a sentence's subject, titles and all, stands at its start
# A sentence ended inside a quotation, which the sentence splitter keeps whole: '"Just spoke with Zelensky. The call
# with Putin yesterday ..."'. Each is a clause of its own.
_QUOTED_SENTENCE_END = re.compile(r"(?<=[a-z]{2}[.!?])\s+(?=[A-Z][a-z])")
# "informed Zelensky about his conversation with Putin", "briefed Lukashenko on the conversation with Trump"
_HIS_CALL_TOLD = re.compile(r"\b(?:about|on|of)\s+(?:his|her|the)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "Xi, in turn, provided Putin with details of his conversation with Macron": the giver's call, too
_TOLD_ABOUT = re.compile(r"(?:\s*,\s*(?:in\s+turn|also|then|later|for\s+(?:his|her)\s+part)\s*,)?"
                         r"\s+(?:also\s+|fully\s+|then\s+|later\s+)?"
                         r"(?:informed|told|briefed|updated|apprised|notified|tells|informs|briefs|provided|gave"
                         r"|shared\s+with|provides|gives)\s+"
                         r"(?:his|her|the)?\s*(?:[\w-]+\s+){0,3}?$", re.IGNORECASE)
# "was raised by Suga in a recent phone call with ...": the agent of a passive, then the call it was done in
_BY_AGENT_OF_PASSIVE = re.compile(r"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|first\s+)?"
                                  r"[a-z]{3,}\s+by\s*$")
# "Suga Yoshihide in a recent phone call": a given name after the family name the leader is known by may follow
_IN_A_CALL_NEXT = re.compile(r"(?:\s+[A-Z][\w'’-]+)?\s*,?\s+(?:in|during|over)\s+(?:a|an|the|their|his|her)\s+"
                             r"(?:[\w-]+\s+){0,3}")
_PASSIVE_TOPIC = re.compile(r"\b(?:was|were)\s+(?:also\s+)?(?:discussed|raised|reviewed|addressed|considered"
                            r"|touched upon|the main topic)\b", re.IGNORECASE)
_NAME_AFTER_PRONOUN = re.compile(r"(\b(?:he|she)\s+)\(((?:[A-Z][\w.'’-]*\s?){1,3})\)")
# "Crown Prince Mohammed bin Salman (MBS) on Monday", "at 11.30 pm IST (1 pm Washington time) on Tuesday": a few
# words in brackets gloss what stands before them; they open no clause of their own.
_GLOSS_IN_BRACKETS = re.compile(r"\(\s*[\w.'’:-]+(?:\s+[\w.'’:-]+){0,3}\s*\)")
_DATE_IN_BRACKETS = re.compile(
    r"\((?=\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\d{1,2}[./]\d{1,2}[./]\d{2,4}"
    r"|\d{1,2}(?:[./]\d{1,2})?\s*\)))"  # "this Wednesday (12)", as Brazil's presidency gives the day
    r"[^()\n]{0,40}\)")
# "he had a "very good" telephone conversation": quoted words count as words.
_COORDINATED_PREDICATE = re.compile(r"(?:,|\band)\s+(?:(?:then|later|afterwards|subsequently|also)\s+)+$",
                                    re.IGNORECASE)
_CALL_NOUN_WORD = re.compile(r"talks|conversations?|calls?|chats?", re.IGNORECASE)
_COORDINATED_CALL_NOUN = re.compile(r"\band\s+(?:a\s+|an\s+)?(?:(?:[\"“][^\"“”]{1,40}[\"”]|[\w-]+)\s+){1,3}$",
                                    re.IGNORECASE)
_GAVE = re.compile(r"\s+(?:gave|gives|give|giving|has given|had given)\s+(?:(?:the|a)\s+)?", re.IGNORECASE)
_A_CALL_BEFORE = re.compile(r"\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}", re.IGNORECASE)
_DASHED_LIST_BEFORE = re.compile(r"\b(?:leaders|presidents|prime ministers|heads of (?:state|government)|premiers)"
                                 r"\s+[—–]\s+(?P<people>[^—–;]{3,200}?)\s+[—–]\s*$", re.IGNORECASE)
# "Following his meeting with Netanyahu, Biden ...": an adjunct opening the sentence, up to its first comma.
# "Separately, in a phone call with A, B said": a sentence adverb before the opener
_LEADING_ADVERB = r"(?:(?:Separately|Meanwhile|Also|Later|Earlier|Additionally|In addition|Elsewhere)\s*,\s*)?"
_OPENING_ADJUNCT = re.compile(rf"\s*{_LEADING_ADVERB}(?i:Following|After|Before|During|Despite|Amid|Since|Ahead of|Upon"
                              r"|Unlike|Besides"
                              r"|On the eve of|Fresh from|Hours after|Days after|A day after|Prior to|While|Having"
                              r"|Shortly (?:before|after)"
                              r"|Just (?:before|after)|Hours before|Days before|A day before"
                              # "In a separate phone call with Jordan's King Abdullah, Mr Trump discussed ..."
                              r"|(?:In|Over)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?"
                              r"(?:calls?|conversations?|talks))\b")
_HONORIFIC_SUBJECT = re.compile(r"\b(?:His|Her)\s+(?:Royal\s+)?(?:Majesty|Highness)\s+(?:[\w'’-]+\s+){0,5}$")
_MONARCHS = frozenset({"king", "queen", "emir", "amir", "sultan", "emperor", "crown prince"})
# "Later, His Highness spoke by telephone to King Abdullah II": Gulf agencies style their presidents and rulers so
_HIGHNESS_COUNTRIES = frozenset({"AE", "QA", "KW", "BH", "OM"})
_HIGHNESS_SUBJECT = re.compile(r"\b(?:His|Her)\s+Highness\s+(?:[\w'’-]+\s+){0,5}$")
# "he had congratulated ", "she thanked ": a pronoun subject and its verb, right before the verb's object
_PRONOUN_AND_VERB = re.compile(r"\b(?:[Hh]e|[Ss]he)\s+(?:[a-z]+\s+){1,3}$")
_PRONOUN_SUBJECT = re.compile(r"\b(?:he|she)\s+(?:[\w'’\"“”-]+\s+){0,5}$", re.IGNORECASE)
# "said that she had \"a very good conversation\" about trade in a call with Trump", "said he had discussed the war
# and the G20 by telephone with": what the one speaking had or discussed in a call was their call, however far off.
_REPORTED_PRONOUN_SUBJECT = re.compile(r"\b(?:he|she)\s+(?:(?:had|has)\s+)?(?:had|held|discussed|spoken|talked"
                                       r"|received)\b[^,;]{0,80}$", re.IGNORECASE)
_OFFICE_OF_BEFORE = re.compile(r"\b(?:office|spokes(?:man|woman|person)|press\s+(?:service|office)|presidency)"
                               r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
_SAID_THEN_PRONOUN = re.compile(r"\s*(?:(?:on\s+|late\s+on\s+|early\s+on\s+)?\w+day\s+|today\s+|yesterday\s+)?"
                                r"(?:that\s+)?(?:he|she)\s+(?:(?:had|has|also|earlier|just)\s+)*", re.IGNORECASE)
# "The telephone conversations of Prime Minister Meloni with world leaders continue": the one whose calls they are
_CALLS_OF_OWNER = re.compile(r"\b(?:(?:(?:tele)?phone|video)\s+(?:calls|conversations|talks)|conversations)\s+of\s+"
                             r"(?:the\s+)?(?:(?-i:[A-Z])[\w.'’-]*\s+){0,3}$", re.IGNORECASE)
# "Gist of Abe-Trump teleconference, Nov. 29", "Summary of the Kishida-Biden phone call": a title that opens with what
# it gives of the call, the pair the call is named after its parties.
_ACCOUNT_OF_PAIRS_CALL = re.compile(r"\s*(?:the\s+)?(?:(?:full\s+)?text|gist|summary|outline|readout|transcript"
                                    r"|highlights|excerpts|record|key\s+points)\s+of\s+(?:the\s+|a\s+)?",
                                    re.IGNORECASE)
_PAIR_DASH_THEN_CALL = re.compile(r"\s+(?:[\w-]+\s+){0,3}")
# "It was Lee's second call, following his first conversation with Trump": the owner of a call, and "his"
_OWN_PRONOUN = re.compile(r"\b(?:his|her)\b", re.IGNORECASE)
_OWNER_OF_CALL = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:(?:tele)?phone\s+|video\s+)?(?:calls?|conversations?)\b")
# "Trump said Friday that his first call with Carney was productive": the call of the one who said so.
_THAT_HIS_CALL = re.compile(r"\s*(?:his|her)\s+(?:[\w-]+\s+){0,2}", re.IGNORECASE)
_MODIFIER = re.compile(r"\b(?:in|during|over|via|by)\s+(?:a|an|the|their|his|her|its)\s+(?:[\w-]+\s+){0,3}$",
                       re.IGNORECASE)
_PLURAL_MODIFIER = re.compile(r"\b(?:in|during|over|via)\s+(?:separate\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "spoke with A about his meeting with B": what follows "about" is the topic; "for about an hour" is not.
_TOPIC_BETWEEN = re.compile(r"\b(?:regarding|about(?!\s+(?:\d|an?\b|one|two|three|half|ninety|thirty|forty|fifty"
                            r"|twenty|fifteen|sixty|forty-five)))\b", re.IGNORECASE)
_QUOTATION = re.compile(r"\"[^\"]{1,400}\"|“[^“”]{1,400}”")
# "discussed ways to persuade Saddam": the leaders after it are what the call was about.
_TALKED_OF = re.compile(r"\b(?:discuss(?:ed|es|ing)?|talked about|spoke about|explored|considered)\b", re.IGNORECASE)
_MANNER = re.compile(r"(?:by|via|over|on)\s+(?:the\s+)?(?:tele)?phone|by\s+video", re.IGNORECASE)
# Another encounter a "with" belongs to, not the call: "his summit with Kim", "his public clash with Zelensky".
_MET_WITH = re.compile(r"\b(?:summits?|meetings?|talks|visits?|trips?|dinners?|lunch(?:es)?|encounters?|meet|met|meets"
                       r"|clash|row|spat|dispute|feud|quarrel|confrontation|argument|showdown|standoff)"
                       r"\s+(?:(?:in|at)\s+[A-Z][\w.'’-]*\s+|\w+\s+)?with"
                       r"\s+(?:[\w.'’-]+\s+){0,6}$", re.IGNORECASE)
_ON_THE_WAY_TO = re.compile(r"\b(?:on\s+(?:his|her|their|the)\s+way|en\s+route|heading|travell?ing|flying|returning"
                            r"|(?:a|his|her|their)\s+(?:trip|journey|flight))\s+to\s*$", re.IGNORECASE)
_DATELINE_OPENING = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ.'’ -]{2,30}?(?:,[\w.'’ ,-]{0,30})?(?:\s*\([^()\n]{2,30}\))?"
                               r"\s+[—–-]{1,2}\s+")
_OF_THE_PAIR = re.compile(r"\s+of\s+(?:the\s+)?(?=[A-Z])")
_PREPOSITION_BEFORE = re.compile(r"\b(?:about|on|over|of|for|against|regarding|after|before|since|than|like|with|to"
                                 r"|from|by|between|among)\s+(?:the\s+)?$", re.IGNORECASE)
_GROUP_SUBJECT = re.compile(r"\b(?:the|all)\s+(?:two|three|four|five|six|seven)\b"
                            r"(?:\s+(?:(?:world\s+)?leaders|men|presidents))?"
                            r"|\b(?:both|the)\s+leaders\b|\bthe\s+pair\b", re.IGNORECASE)
_GROUP_RIGHT_BEFORE = re.compile(rf"(?:{_GROUP_SUBJECT.pattern})\s+(?:(?:had|have|also|first|then|later)\s+)?$",
                                 re.IGNORECASE)
# "a readout of the pair's call", "the two leaders' conversation": the group owning the call is one named before,
# not whoever the sentence names nearest.
GROUP_POSSESSIVE = re.compile(r"\b(?:the\s+pair['’]s|(?:the\s+(?P<size>two|three|four)|both)\s+(?:leaders['’]|men['’]s"
                              r"|presidents['’]|prime\s+ministers['’]))\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_TOPIC_BEFORE = re.compile(r"\b(?:about|on|over|regarding|against|than|like|after|before|since)\s+(?:the\s+)?$",
                           re.IGNORECASE)
# ", sealing the deal in a telephone call": an adjunct whose subject is the main clause's.
_PARTICIPLE = re.compile(r",\s+\w+ing\b[^,;]{0,60}\b(?:in|during|over|by|on)\s+(?:a|an|the|their|his|her)\s+(?:[\w-]+\s+){0,3}$",
                         re.IGNORECASE)
# "..., days after speaking by phone with Putin": the participle's subject is the main clause's.
_AFTER_SPEAKING = re.compile(r"\s*(?:(?P<conjunction>after|before|since|following|while|when)\s+)?(?:having\s+)?"
                             r"(?:speaking|talking|spoken|talked|phoning|calling|holding)\b", re.IGNORECASE)
_PRONOUN_OPENING = re.compile(r"\s*(?:he|she)\b", re.IGNORECASE)
_TIME_CONJUNCTION_BEFORE = re.compile(r"\b(?:after|before|since|following|while|when|until|once)\s*$", re.IGNORECASE)
# "after Sarkozy and Medvedev held a long telephone conversation": the subject's verb and the call noun's article
_HELD_A = re.compile(r"(?:held|had)\s+(?:a|an)\s+(?:[\"“]?[\w-]+[\"”]?\s+){0,2}", re.IGNORECASE)
_BEFORE_HELD_CALL = re.compile(r"\s+(?:(?:had|have|has|also)\s+){0,2}(?:held|had)\s+(?:a|an|their)\s+"
                               r"(?:[\w-]+\s+){0,2}?", re.IGNORECASE)
# Between a subject and its verb: auxiliaries and adverbs only ("A and B had last spoken").
_BEFORE_VERB = re.compile(r"\s+(?:(?:had|have|has|also|first|last|again|briefly|finally|then|later|reportedly"
                          r"|personally|previously)\s+){0,3}", re.IGNORECASE)
_RELATIVE = re.compile(r"(?:who|whom|whose|which)\b", re.IGNORECASE)
# "Biden and Lula, as the Brazilian leader is known, spoke": a note on the name is an aside as a relative clause is
_ASIDE_OPENER = re.compile(r"(?:who|whom|whose|which|where"
                           r"|as\s+(?:[\w'’-]+\s+){1,4}?(?:is|are)\s+(?:\w+ly\s+)?(?:known|called|nicknamed))\b",
                           re.IGNORECASE)
_PRONOUN_OBJECT = re.compile(r"\s+(?:told|assured|urged|warned|pressed|asked|thanked|briefed|informed|congratulated)"
                             r"\s+(?:him|her)\b", re.IGNORECASE)
_BETWEEN_GROUP = re.compile(r"[\"”’]?\s+between\s+the\s+(?:two|three|four)\s+(?:(?:world\s+)?leaders|presidents|men"
                            r"|heads of state)\b",
                            re.IGNORECASE)
# "between A and former premier B", "between A and his envoy": the other one the call was between
_AND_ANOTHER = re.compile(r"\s*,?\s+and\s+(?!(?:with|on|in|at|for|by|to|over|about|discussed|agreed|said)\b)[\w'’-]")
_BETWEEN_FIRST = re.compile(r"\s+(?:[\w.'’-]+\s+){0,3}?between\s+(?:[\w.'’-]+\s+){0,4}?", re.IGNORECASE)
_THEIR_CALL = re.compile(r"\b(?:in|during|over)\s+their\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_SUBORDINATE = re.compile(r"(?:after|following|during|in|on|before)\b", re.IGNORECASE)
_OPENING_SUBORDINATE = re.compile(rf"\s*{_LEADING_ADVERB}(?:after|following|during|in|on|before)\b", re.IGNORECASE)
# The subject after an opener's comma when it names no one: "he", "she", or the bare title of the one last told of.
# "In a conversation with Frederiksen, the parties discussed ...": the two on the line, the one told of before and
# the one the opener names.
_PRONOUN_OR_TITLE_AFTER = re.compile(r"\s*,\s*(?:(?P<pronoun>he|she|they|the\s+(?:parties|two\s+sides|two\s+leaders))"
                                     r"|the\s+(?P<title>president|prime\s+minister"
                                     r"|chancellor|premier|emir|amir|king|sultan|crown\s+prince|taoiseach))"
                                     r"\b(?!\s+of\b|['’]s)", re.IGNORECASE)
_SHORT_NAME_AFTER = re.compile(r"\s*,\s*(?:(?:Sheikh|Sheikha|King|Queen|Emir|Amir|Sultan|President|Mr\.?|Ms\.?)\s+)?"
                               r"(?P<name>[A-Z][\w'’-]+)\s+(?=[a-z])")
# "Speaking by phone with A on Monday, B urged ...", "After talking with A, B said ...": a participle opening the
# sentence has the subject after its comma.
_OPENING_PARTICIPLE = re.compile(r"(?:(?:after|while|when|before)\s+)?(?:having\s+)?(?:speaking|talking|phoning"
                                 r"|telephoning|calling|spoken|talked|phoned|telephoned)\b", re.IGNORECASE)
# "A day after speaking with Jiang, Bush telephoned Putin", "Hours after his call with A, B spoke with C": an opener
# telling another call, held apart from the main clause's, whose subject made both.
LEADING_APART = re.compile(r"(?:[^—–:]{0,80}?(?:\s--|\s[—–]|:)\s+)?"  # past a dateline: "KENNEBUNKPORT, July 6 -- "
                           r"\s*(?:(?:just\s+|only\s+)?(?P<count>a|one|two|three|four|five|six|\d)\s+(?P<unit>days?|weeks?)"
                           r"|(?:just\s+|only\s+)?(?:hours|minutes|moments|shortly|soon|not\s+long))\s+(?P<side>after|before)\s+"
                           r"(?:speaking|talking|phoning|telephoning|calling|(?:his|her|a|the)\s+(?:[\w-]+\s+)?"
                           r"(?:call|conversation|talks))\b[^,;]{0,150},", re.IGNORECASE)
# "spoke with Biden and, in a separate call, with Putin": one call each.
# "with world leaders, including Putin", "..., most significantly Putin": those named were among the leaders.
INCLUDING = r"(?:including|(?:most\s+)?(?:notably|significantly|importantly)|in\s+particular|especially)"
_SEPARATE = re.compile(r"\b(?:separately|separate (?:phone |telephone |video )?(?:calls?|conversations?|talks)"
                       r"|back[- ]to[- ]back"
                       # "held phone calls in succession with A, B and C", "talks one after another with A and B"
                       r"|in (?:quick |rapid |close )?succession|one after (?:the )?(?:another|other)"
                       r"|in turn|respectively|each of"
                       # "Scholz and Macron each spoke with Kishida"; not "spoke to each other"
                       r"|each\s+(?:also\s+|separately\s+)?(?:spoke|talked|called|phoned|telephoned|held|had|rang)"
                       # "with A and B on Monday, for around 10 minutes each"
                       r"|(?:minutes|hours?|an hour) each|each lasting"
                       # "calls on Monday with A and B", "three conversations each with A and B": calls with each
                       r"|(?:calls|conversations|discussions)(?:\s+(?:(?:on|this|last)\s+\w+(?:\s+and\s+\w+)?|today"
                       r"|yesterday|tonight))?(?:\s+each)?\s+(?:with|from|to)"
                       r"|(?:series|flurry|round|spate|string) of (?:(?:tele)?phone |video )?(?:calls|conversations)"
                       r"|among others"
                       # "During the phone calls, Sheikh Mohamed exchanged greetings with A and B": a call each
                       r"|^\s*(?:in|during|over)\s+(?:the\s+)?(?:(?:tele)?phone\s+|video\s+)?(?:calls|conversations)"
                       r"(?=(?:\s+(?:on|this|last)\s+\w+)?,)"
                       # "spoke with world leaders on Tuesday, including A and B", "speaking by phone Saturday with
                       # world leaders, most significantly A, B and C": a call with each
                       r"|(?:spoke|speaking|talked|talking|called|phoned|telephoned|calls|conversations)\s+"
                       r"(?:[\w-]+\s+){0,6}?(?:leaders|counterparts|heads of (?:state|government))\b[^.;]{0,60}?"
                       r"\b(?:" + INCLUDING + r"|among them|such as)"
                       r"|(?:in|over|during) (?:the )?(?:last|past|recent) (?:few |several |\d+ |two |three )?(?:days|weeks|months))\b",
                       re.IGNORECASE)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
# "has spoken with A, B and C": the perfect of a call verb tells a tally of calls over time, not one call.
_PERFECT_VERB = re.compile(r"\b(?:has|have)\s+(?:also\s+|already\s+|since\s+|now\s+)?$", re.IGNORECASE)
# "said he had spoken with A and B": the past perfect reports the calls of a day, one each, unless held together.
_PAST_PERFECT_VERB = re.compile(r"\bhad\s+(?:also\s+|already\s+|just\s+)?$", re.IGNORECASE)
# Words that put three or more people on one line: a joint call, a video conference. Not a bloc: "the BRICS group",
# "the group of developing nations".
_TOGETHER = re.compile(r"\b(?:video|videoconference|conference|together|joint|jointly|speakerphone|virtual|"
                       r"(?<!(?-i:[A-Z0-9])\s)group(?!\s+of\b)|online|summit|all of them)\b", re.IGNORECASE)
_SINGLE_CALL = re.compile(r"(?:[\w-]+\s+){0,3}(?:call|conversation|conference|talk)", re.IGNORECASE)
# "with A and, separately, with B": the aside between may be set off by commas.
_AND_WITH = re.compile(r"(?:\band,?\s+(?:(?:then|later|also|separately|afterwards|in turn)\s*,?\s+)?"
                       r"|,\s+(?:then|later|afterwards)\s+)(?:with|to)\s*$", re.IGNORECASE)
# "had a telephone conversation with A, and with B": the comma sets the second call apart from the first
_COMMA_AND_WITH = re.compile(r",\s+and\s+(?:also\s+)?(?:with|to)\s*$", re.IGNORECASE)
_ALONG_WITH = re.compile(r"\b(?:along|together)\s+with\s*$", re.IGNORECASE)
# Between the leaders of a list of calls each on its own day: " on March 7, Japanese Prime Minister ", " on March 16 and ".
# "with President Clinton of the United States on April 6, with Prime Minister Chretien of Canada on April 8": each
# leader may carry the country and the next a "with" of its own.
_OF_COUNTRY = r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s*){1,3}?)?"  # "of Canada", "of the United Kingdom"
_DATED_LIST_ITEM = re.compile(rf"{_OF_COUNTRY}"
                              r"\s+on\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+day)"
                              # "with Zelensky on Wednesday evening and Putin on Tuesday"
                              r"(?:\s+(?:morning|afternoon|evening|night))?"
                              r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:with\s+)?(?:(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,4})?")
# The next item of such a list goes on as a list does: its country, its day, or the next item ("..., B on March 8",
# "B of Italy, C of the United Kingdom, and D on April 10"). A verb after the name makes it the subject of the
# sentence the call opened instead: "In a phone call with A on Thursday, B said ...".
_ITEM_CONTINUES = re.compile(rf"{_OF_COUNTRY}(?:\s+on\b|\s*[,;.]|\s+and\b|\s*$)")
_COUNTRY = r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
_COUNTRIES_OPENER = re.compile(rf"\s*[A-Z][a-z]+ing\b[^,;]{{0,120}}?\b(?:between|with|to|among|from)\s+{_COUNTRY}"
                               rf"(?:\s+(?:and|&)\s+{_COUNTRY})?\s*,\s*")
_ADDRESSED = re.compile(r"\b(?:telling|warning|assuring|urging|thanking|congratulating|pressing|asking|briefing"
                        r"|informing|reassuring)\s*$", re.IGNORECASE)
# (not "Apart from Ban Ki-moon, Obama called A": the opener sets someone aside, who called no one)
_TO_CALLED = re.compile(r"\b(?:with|to|between|among|(?<!apart )(?<!aside )from|brought together|involving|joined by"
                        r"|among them|such as|(?:hung|hangs|hanging) up on|"
                        # "with world leaders, most significantly A, B and C"
                        + INCLUDING +
                        r"|(?:convened|hosted|chaired|organi[sz]ed|called|initiated) by"
                        # "with three of his counterparts – A, B and C"
                        # "calls to three allied heads of government: A, B and C"
                        r"|(?:with|to)\s+(?:[\w-]+\s+){0,3}?(?:counterparts|leaders|heads\s+of\s+(?:state|government)"
                        r"(?:\s+and\s+government)?)\s*[—–:])\s*$", re.IGNORECASE)
# "held a teleconference with several African heads of state and French President Emmanuel Macron": the leader named
# after a group left unnamed was on the call too.
_WITH_GROUP_AND = re.compile(r"\b(?:with|to)\s+(?:several|a\s+number\s+of|many|some|(?:\w+\s+)?other|\d+|two|three"
                             r"|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+){0,2}?(?:leaders|counterparts"
                             r"|heads\s+of\s+(?:state|government)|presidents|prime\s+ministers)\s+and\s+(?:the\s+)?"
                             r"(?-i:(?:[A-Z][\w.'’-]*\s+){0,4})$", re.IGNORECASE)
_SPOKE = re.compile(r"(?:spoke|spoken|talked)\b", re.IGNORECASE)
_DIRECT_VERB = re.compile(r"(?:call|called|calls|calling|phoned|phones|phoning|telephoned|telephones|telephoning"
                          r"|rang|rung|rings|dialed|dialled|dials)\b", re.IGNORECASE)
# "debriefed Zelensky", read as a call only when a sentence after it names the call it was
BRIEFED_VERB = re.compile(r"(?:de)?briefed", re.IGNORECASE)
_GOVERNED = re.compile(r"\b(?:about|on|over|after|before|of|for|against|by|regarding|including|than|like|since"
                       r"|toward|towards|into|under|behind|beside|meeting|met|visiting|visited|hosting|hosted"
                       r"|succeed(?:ed|ing)?|replac(?:ed|ing)|defeat(?:ed|ing)?|accus(?:ed|ing)|criticiz(?:ed|ing))"
                       r"\s+(?:the\s+|then-|former\s+)?$", re.IGNORECASE)
# Between an opening adjunct and the subject after it: the comma and the subject's title words.
_OPENER_END = re.compile(r"\s*,\s*(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}")
_WITH_RIGHT_AFTER = re.compile(r"\s+(?:with|to)\b", re.IGNORECASE)
_WITH_REACH = 120  # characters between a call word and the leader named after its "with" or "from"
_SUBJECT_REACH = 90  # characters between the callers and the predicate
_APPOSITION_REACH = 220  # characters of a description set off by commas between the callers and the predicate
_APPOSITION_THEN_PREDICATE = re.compile(r",\s+[^,;:()\"“”]{1,200},\s+(?:[\w-]+\s+){0,3}")
# "..., his office said in separate statements": an account of each call, wherever in the sentence.
_SEPARATE_ACCOUNTS = re.compile(r"\bseparate\s+(?:statements|readouts|releases|press\s+releases)\b", re.IGNORECASE)
# "Macron called Zelensky after speaking with Putin", "... after holding a phone conversation with Putin": the
# participle's subject is the main clause's, not the object just before it.
_PARTICIPLE_AFTER_OBJECT = re.compile(r"(?:\s+[^\s,;]+){0,3}?\s+(?:after|before|while|following|upon)\s+"
                                      r"(?:[\w-]+ing(?:\s+[\w-]+){0,3}\s+)?",
                                      re.IGNORECASE)
# "after speaking with Putin to inform him of the conversation": Putin is the speaking's, not the later noun's.
_ANOTHER_CALL_WORD_WITH = re.compile(r"\b(?:speaking|spoke|spoken|talking|talked|conferring|conferred|calls?|"
                                     r"conversations?|talks)\s+with\s*$", re.IGNORECASE)
# "briefed Trump on the talks, then spoke with Modi", "ignored Orban and spoke with Duda", "snubs Mugabe, talks to
# Zuma": the one briefed did not speak; the subject before did.
_THEN_PREDICATE = re.compile(r"[^.;:]*?(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:then|later|afterwards|subsequently)\s+)?"
                             r"(?:also\s+)?", re.IGNORECASE)
_VERB_BEFORE_OBJECT = re.compile(r"\b[a-z]{3,}(?:ed|s)\s*$")
# "Scholz thanked Macron": the subject, then the verb whose object the next leader is.
_SUBJECT_THEN_VERB = re.compile(r"\s+(?:(?:also|first|then|had|has)\s+)?[a-z]{3,}(?:ed|s)\s*")
# "spoke by phone": the verb a manner of calling follows.
_VERB_RIGHT_BEFORE = re.compile(r"\b[a-z]{3,}\s+$")
_CALL_RIGHT_AFTER = re.compile(r"\s+(?:(?:in|during|over|via)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,3})?",
                               re.IGNORECASE)
# "a phone conversation to discuss their latest contacts with the Russian and Ukrainian leaders": those are the
# contacts', not the conversation's.
_OTHER_TIES_WITH = re.compile(r"\b(?:contacts|ties|relations|relationship|dialogue|negotiations|cooperation)"
                              r"\s+with\s*$",
                              re.IGNORECASE)
# A subject known only by a title the text does not resolve: "the us President talked with A and B".
_SOME_SUBJECT = re.compile(r"\b[Tt]he\s+(?:[\w.]+\s+){0,3}?(?:President|Prime\s+Minister|Chancellor|Premier|[Ll]eader"
                           r"|King|Emir|Sultan|PM)\b"
                           # "President-elect Obama spoke with Uribe and Yar'Adua": someone not (yet) in office
                           r"|\b(?:President|Prime\s+Minister|Chancellor|Premier|PM)-(?:elect|designate)\s+[A-Z]")
_TO_OR_WITH = re.compile(r"\s+(?:by\s+(?:tele)?phone\s+)?(?:to|with)\s+", re.IGNORECASE)
_QUOTED_WITH = re.compile(r"[\"”’]?\s+with\s+", re.IGNORECASE)
# "told reporters traveling with Bush to Fargo": a leader the press travels with is no one called.
TRAVELING_WITH = re.compile(r"\b(?:travell?ing|flying|accompanying|touring)\s+with\s*$", re.IGNORECASE)
# "phoned Putin on a request from Zelensky": the one who asked is no one called.
_AT_THE_REQUEST_OF = re.compile(r"\s*(?:At|Upon|On)\s+the\s+(?:request|invitation|initiative)\s+of\s+", re.IGNORECASE)
_REQUEST_FROM = re.compile(r"\b(?:request|invitation|initiative|suggestion|proposal|behalf|instructions?)\s+from\s*$",
                           re.IGNORECASE)
# "received a telephone call from A and a letter from B": B wrote, and was not on the call
_WRITING_FROM = re.compile(r"\band\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:letters?|messages?|cables?|telegrams?)"
                           r"(?:\s+of\s+[\w-]+)?\s+from\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class CallRoles:
    """The parts leaders play in one call mention."""

    callers: tuple[PersonSpan, ...]
    called: tuple[PersonSpan, ...]
    separate: bool
    clause: tuple[int, int]  # the predicate's clause, offsets within the sentence
    respectively: bool = False  # "A and B called C and D respectively": the n-th caller rang the n-th called

    @property
    def split(self) -> bool:
        """Whether the mention reports one call per leader on one side: "separate calls with A and B", and
        "A and B each spoke with C"."""
        several_callers_one_called = len(unique_people(self.callers)) > 1 and len(self.called) == 1
        return self.separate and (len(self.called) > 1 or several_callers_one_called)

    def calls(self) -> list[tuple[PersonSpan, ...]]:
        """The calls this mention reports: one with everyone, or one per leader on the split side."""
        callers = unique_people(self.callers)
        if self.respectively and len(callers) == len(self.called) > 1:
            return list(zip(callers, self.called))
        if self.separate and len(self.called) > 1:
            # Separate calls need to know who made them: "Telephone conversations with A and B" alone says not.
            return [(*self.callers, other) for other in self.called] if self.callers else []
        if self.split:
            return [(caller, *self.called) for caller in unique_people(self.callers)]
        people = unique_people([*self.callers, *self.called])
        return [people] if len(people) >= 2 else []


# "Modi has made a flurry of calls. The PM has had telephonic conversations with A, B and C": the one told of before
_BARE_TITLE_SUBJECT = re.compile(r"\b[Tt]he\s+(?P<title>King|Queen|Emir|Amir|Sultan|Crown\s+Prince|President|Prime\s+Minister"
                                 r"|Chancellor|PM)\s+"
                                 r"(?:also\s+|then\s+|later\s+)?(?:\w+\s+){0,2}$")
_SHORT_TITLES = {"PM": "prime minister"}
_ORDINAL_CALL_WAS_TO = re.compile(r"\s*(?:The|His|Her)\s+(?:first|second|third|fourth|next|last|final|other)\s+"
                                  r"(?:(?:phone|telephone)\s+)?call\s+(?:was|went)\s+(?:out\s+)?(?:to|with)\s")
_HAD_WERE_WITH = re.compile(r"\s+(?:has\s+|had\s+|have\s+)?(?:had|held|made|placed)\s+(?:[\w-]+\s+){0,3}?"
                            r"(?:was|were|is|are)\s+(?:with|to)\s+", re.IGNORECASE)
_OUR_CALL = re.compile(r"\bour\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_PRONOUN_AND = re.compile(r"\b(?:he|she)\s+and\s+(?:[\w.'’-]+\s+){0,4}?$", re.IGNORECASE)
_AND_I = re.compile(r"\)?\s+and\s+I\b")
_HIM_AFTER = re.compile(r"\s+(?:him|her)\b", re.IGNORECASE)
# "... when the latter telephoned him", "as Gilani called him": a clause of time whose subject is the caller.
_WHEN_HE_CALLED = re.compile(r"\b(?:when|as|after|while|before)\s+(?:[\w.'’-]+\s+){1,6}?$", re.IGNORECASE)
_WHEN_REACH = 60  # characters from "when" to the call verb: the caller's name and titles between
_ME_AFTER = re.compile(r"\s+me\b", re.IGNORECASE)
# "Modi said Lula ...", "Sheinbaum told reporters on Monday Trump ...": a reporting verb right before the callers
_SAID_RIGHT_BEFORE = re.compile(r"\b(?:said|says|told\s+(?:reporters|journalists|the\s+press)|recalled|revealed"
                                r"|disclosed|added)(?:\s+(?:on\s+)?(?:\w+day|today|yesterday))?(?:\s+that)?\s*$",
                                re.IGNORECASE)
_SAID_REACH = 40  # characters from the one who said it to "said": "Modi, in Delhi, said"
_ACTED_IN_CALL_REACH = 60  # characters from "he had" to the call word: "coordinated positions in a phone call"
_UP_TO_THE_VERB = re.compile(r"\s+(?:\w+\s+)?")


def _former_or_latter(item: SentenceFacts, low: int, verb_at: int) -> PersonSpan | None:
    """The leader "the latter" (or "the former") just before a verb stands for: of the two named last before it."""
    found = next((m for m in cues.FORMER_OR_LATTER.finditer(item.text, max(low, verb_at - 30), verb_at)
                  if _UP_TO_THE_VERB.fullmatch(item.text, m.end(), verb_at)), None)
    named = [p for p in item.leaders() if p.end <= found.start()] if found else []
    if len(unique_people(named)) < 2:
        return None
    return named[-1] if found.group("which").lower() == "latter" else named[-2]


def _subjects_before(item: SentenceFacts, outer: tuple[int, int], end: int,
                     excluded: set[str] | frozenset[str] = frozenset()) -> list[list[PersonSpan]]:
    """The leaders standing as subjects in the outer clause up to `end` ("Bush said Friday that ..."), none of them
    governed by a preposition, possessive or excluded."""
    people = [p for p in item.leaders() if outer[0] <= p.start and p.end <= end]
    return [g for g in _groups(item.text, people)
            if not _governed(item.text, g[0], outer) and not g[0].possessive and g[0].ref.slug not in excluded]


def _told_then_pronoun(text: str, group: list[PersonSpan], predicate: tuple[int, int]) -> bool:
    """"The president told the prime minister he had talked to Putin": the one told is not the "he" who talked."""
    return bool(_TOLD_BEFORE.search(text, max(0, group[0].start - 20), group[0].start)
                and _PRONOUN_RIGHT_AFTER.match(text, group[-1].end, predicate[0]))


# "Hollande warned Trump", "Tinubu of Nigeria praised Ruto's leadership", "Bush showed his appreciation to Putin": the
# one the subject of an opening call addressed, or whose deeds it took up
_ADDRESSING = re.compile(rf"{_OF_COUNTRY}\s+(?:also\s+)?(?:(?:told|warned|urged|pressed|assured|reassured|thanked"
                         r"|congratulated|asked|briefed|informed|praised|commended|hailed|lauded|criticized"
                         r"|criticised)\s+"
                         r"|(?:expressed|showed|conveyed|extended|voiced)\s+(?:his|her)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:appreciation|gratitude|thanks|condolences|congratulations|sympathy|support|solidarity)"
                         r"\s+(?:to|for|with)\s+)(?:the\s+)?", re.IGNORECASE)
_WITH_THE_TITLE = re.compile(r"\s+(?:by\s+(?:phone|telephone)\s+)?(?:with|to)\s+the\s+(?P<title>president|prime\s+minister"
                             r"|chancellor|premier|king|emir)\b(?!\s+of\b|['’]s)", re.IGNORECASE)
_PRONOUN_RIGHT_AFTER = re.compile(r"\s+(?:that\s+)?(?:he|she)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
_TOLD_BEFORE = re.compile(r"\b(?:told|tells|informed|assured|reminded|briefed|promised)\s+$", re.IGNORECASE)


_SEMICOLON_LIST_GAP = re.compile(r",\s+[^;,]{1,60};\s*(?:and\s+)?(?:H\.\s?E\.\s*)?(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?"
                                 # "Prime Minister Julia Gillard of Australia; President Dilma Rousseff of Brazil; and"
                                 r"|\s+of\s+(?:the\s+)?[A-Z][^;,]{1,40};\s*(?:and\s+)?")
# "with Jordan's King Abdullah II; Egyptian President Sisi; and Canadian Prime Minister Trudeau": names alone
_BARE_SEMICOLON_GAP = re.compile(r"\s*;\s*(?:and\s+)?")
# "calls on Sunday with", "spoke by phone on Monday to": a few words may stand between the call and its list
_CALLS_LISTED = re.compile(r"\b(?:calls|conversations|messages)\s+(?:[\w-]+\s+){0,3}?(?:from|with)\b"
                           r"|\b(?:spoke|spoken|talked)\s+(?:[\w-]+\s+){0,4}?(?:with|to)\b", re.IGNORECASE)
# "; Egyptian President Sisi; and Canadian Prime Minister Trudeau": the title may follow a country word
_SEMICOLON_ITEM = re.compile(r"\s*(?:and\s+)?(?:[A-Z][\w'’-]*\s+){0,2}"
                             r"(?:H\.\s?E\.|His\s|Her\s|President\b|Prime\s+Minister\b|Chancellor\b"
                             r"|King\b|Queen\b|Emir\b|Amir\b|Sultan\b|Premier\b|Mr\.?\s|Ms\.?\s|Mrs\.?\s)")
_LIST_INTRODUCED = re.compile(r"\b(?:counterparts|leaders|heads of (?:state|government)|presidents|prime ministers)\s*$",
                              re.IGNORECASE)


def clause_around(text: str, at: int) -> tuple[int, int]:
    """The clause of the sentence that holds offset `at`."""
    low, high = 0, len(text)
    for stop_start, stop_end in _quoted_sentence_ends(text):
        if stop_end <= at:
            low = stop_end
        else:
            high = stop_start
            break
    text = text[:high]
    start, end = low, high
    if "(" in text:  # "Netanyahu, today (Sunday, 15 October 2023), spoke with ...": a date in brackets is no aside
        text = _DATE_IN_BRACKETS.sub(lambda found: f" {found.group()[1:-1]} ", text)
        # "just a day after he (Ramaphosa) spoke to Trump": a name glossing a pronoun is no aside either.
        text = _NAME_AFTER_PRONOUN.sub(lambda found: f"{found.group(1)} {found.group(2)} ", text)
        text = _GLOSS_IN_BRACKETS.sub(lambda found: f" {found.group()[1:-1]} ", text)
    # "held a phone conversation – the second this month – on 16 November": the clause goes on past the aside.
    skipped = {i for aside in _DASHED_ASIDE_THEN_TIME.finditer(text, low) for i in (aside.start(), aside.end("close"))}
    for match in _CLAUSE_BREAK.finditer(text, low):
        if match.start() in skipped or match.end() in skipped:
            continue
        if match.group().strip() in "—–" and _LIST_INTRODUCED.search(text, max(0, match.start() - 40), match.start()):
            continue  # "with three of his counterparts – A, B and C": the dash opens the list of them
        if match.group() == ";" and _SEMICOLON_ITEM.match(text, match.end()) \
                and _CALLS_LISTED.search(text, low, match.start()):
            continue  # "received calls from H.E. Mr. A, President of X; H.E. Mr. B, ...": one list of callers
        if match.end() <= at:
            start = match.end()
        elif match.start() > at:
            end = match.start()
            break
        else:  # "told Mr. Macron that ...": the reporting verb's clause ends where what was told begins
            end = match.end()
            break
    return start, end


# "– the second this month –": an aside between dashes, with its own time.
_DASHED = r"\s[—–]\s[^—–.;()]{1,60}?(?P<close>\s[—–]\s)"
DASHED_ASIDE = re.compile(_DASHED)
_DASHED_ASIDE_THEN_TIME = re.compile(rf"{_DASHED}(?=(?:on|late|early|last|this|yesterday|today)\b)", re.IGNORECASE)
# ", in a phone call on Monday, ", ", on a phone call, ": a call told in an aside between its caller and what the
# caller did in it.
_CALL_ASIDE = re.compile(r",\s+(?:in|during|over|on)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:call|conversation|phone call|telephone call|video call|telephone conversation)"
                         r"(?:\s+(?:on|late|early)\s+\w+)?\s*,\s*",
                         re.IGNORECASE)
_ASIDE_OBJECT_REACH = 80
# "The video call hosted by Biden on Tuesday included A, B and C", "The videoconference, convened by Macron, brought
# together A and B": the host called, and those the call took in were called.
# "a call of members of the coalition on Ukraine, hosted by Macron": past what the call was of or on
_HOSTED_BY = re.compile(r"(?:\s+(?:of|on|about|among)\s+[^,;:()\"“”]{1,80}?)?\s*,?\s+"
                        r"(?:hosted|convened|chaired|organi[sz]ed|called|initiated|led)\s+by\s+", re.IGNORECASE)
_THAT_RIGHT_AFTER = re.compile(r"\s+(?:that|which)\s+", re.IGNORECASE)
_HOSTED_AFTER_SUBJECT = re.compile(r"\s+(?:had\s+|has\s+)?(?:hosted|convened|chaired|organi[sz]ed|initiated)\b",
                                   re.IGNORECASE)
_TOOK_IN = re.compile(r"(?:\s+(?:on|last|this)\s+\w+|\s+by\s+(?:video|phone|telephone))?\s*,?\s+(?:included|includes"
                      r"|involved|involves|brought together|was joined by|was attended by|gathered)\s+", re.IGNORECASE)


def _hosted_call(item: SentenceFacts, predicate: tuple[int, int],
                 ) -> tuple[tuple[PersonSpan, ...], list[PersonSpan]] | None:
    text = item.text
    by = _HOSTED_BY.match(text, predicate[1])
    if by is None:
        return None
    people = [p for p in item.leaders() if p.start >= by.end() and not p.possessive]
    groups = _groups(text, people)
    if len(groups) < 2 or not only_titles_between(text[by.end():groups[0][0].start]):
        return None
    took_in = _TOOK_IN.match(text, groups[0][-1].end)
    if took_in is None or not only_titles_between(text[took_in.end():groups[1][0].start]):
        return None
    return tuple(groups[0]), list(groups[1])


_PART_OF_CALL = re.compile(r"\b(?:talks|call|conversation|discussions?)\s+with\s+(?P<who>[^,;]{2,80}?)"
                           r"\s+(?:was|were)\s+(?:also\s+)?(?:a\s+)?part\s+of\s+(?:a|an|the|their|his|her)\s+"
                           r"(?:[\w-]+\s+){0,2}$",
                           re.IGNORECASE)


def _host_after(item: SentenceFacts, predicate: tuple[int, int], clause: tuple[int, int]) -> list[PersonSpan]:
    """"Albanese took part in a video call hosted by Macron": the host the call noun names after it, who was on it."""
    by = _HOSTED_BY.match(item.text, predicate[1])
    if by is not None:
        return _group_right_after(item, by.end(), clause)
    # "took part in a teleconference that President Trump had organised": the host, the relative clause's subject
    relative = _THAT_RIGHT_AFTER.match(item.text, predicate[1])
    host = _group_right_after(item, relative.end(), clause) if relative is not None else []
    return host if host and _HOSTED_AFTER_SUBJECT.match(item.text, host[-1].end) else []


def _group_right_after(item: SentenceFacts, at: int, clause: tuple[int, int]) -> list[PersonSpan]:
    """The leaders named together right after `at` in the clause, with nothing but titles before them."""
    named = [p for p in item.leaders() if at <= p.start and p.end <= clause[1] and not p.possessive]
    groups = _groups(item.text, named)
    return groups[0] if groups and only_titles_between(item.text[at:groups[0][0].start]) else []


def _subject_stands_for(text: str, comma: int, person: PersonSpan) -> bool:
    """Whether the subject after an opener's comma is "he" or "she", or the bare title this person holds."""
    found = _PRONOUN_OR_TITLE_AFTER.match(text, comma)
    if found is None:
        # "President Sheikh Mohamed ... During the phone calls, Sheikh Mohamed exchanged ...": a part of the name
        short = _SHORT_NAME_AFTER.match(text, comma)
        return short is not None and short.group("name") in person.ref.name.split()
    title = found.group("title")
    return title is None or " ".join(title.lower().split()) == (person.ref.office or "").lower()


@lru_cache(maxsize=64)
def _quoted_sentence_ends(text: str) -> tuple[tuple[int, int], ...]:
    """Where sentences end inside a quotation the splitter kept whole; asked of each sentence many times."""
    # "the Rt. Hon. Justin Trudeau", "Gen. Milley": a title, not a sentence's end
    return tuple(stop.span() for stop in _QUOTED_SENTENCE_END.finditer(text)
                 if not is_abbreviation(text, stop.start() - 1))


def roles_at(item: SentenceFacts, predicate: tuple[int, int], *, noun: bool,
             previous_callers: tuple[PersonSpan, ...] = ()) -> CallRoles:
    """Who called and who was called, for the call reported by the word at `predicate`.

    `previous_callers` stand for "he" or "she" as the subject ("and on Friday he held a call with Putin").
    """
    text = item.text
    clause = clause_around(text, predicate[0])
    spoken_to = next((p for p in item.people if predicate[1] < p.start), None)
    if spoken_to is not None and not spoken_to.ref.is_leader and (
            not noun and _TO_OR_WITH.fullmatch(text, predicate[1], spoken_to.start)
            # '"... in the conversation" with Trump', the president-elect: that talk was with him, not between
            # the leaders named before it, unless a leader follows ("a call with A and with B")
            or noun and _QUOTED_WITH.fullmatch(text, predicate[1], spoken_to.start)
            and not any(p.start > spoken_to.start for p in item.leaders())):
        # "Modi and Netanyahu have spoken to President-elect Biden": each spoke to him, not with each other
        return CallRoles((), (), False, clause)
    if (leading := LEADING_APART.match(text)) is not None:
        # The opener's call and the main clause's share only their subject.
        clause = (0, leading.end()) if predicate[0] < leading.end() else (max(clause[0], leading.end()), clause[1])
    aside = _aside_before(text, clause[0], predicate[0])
    # "Macron, who proposed a truce, spoke with Putin": the subject is before the aside. In "While in Moscow today,
    # where he held talks with Putin, Topolanek spoke with Bush" it follows the aside, and the opening before the
    # aside only tells when and where.
    opener_only = aside is not None and any(aside[1] < p.start and p.end <= predicate[0] for p in item.leaders())
    if aside is not None:
        clause = (clause_around(text, max(0, clause[0] - 3))[0], clause[1])
    elif text[:clause[0]].rstrip().endswith(("—", "–")) \
            and (listed := _DASHED_LIST_BEFORE.search(text, 0, clause[0])) is not None:
        clause = (listed.start("people"), clause[1])  # "The Quad leaders — Biden, Modi, ... — met": the subject
    people = [p for p in item.leaders() if clause[0] <= p.start and p.end <= clause[1]
              and not (aside and (aside[0] <= p.start < aside[1] or opener_only and p.start < aside[0]))]
    groups = _groups(text, people)
    called: list[PersonSpan] = []
    separate = bool(_SEPARATE.search(text[clause[0]:clause[1]]) or _SEPARATE_ACCOUNTS.search(text))
    previous_end = 0
    between = False  # the call is told as "the call between A and B"
    for group in groups:
        head = group[0]
        # The words before the group, back to the group before it at most: its name is no title of this one.
        low = max(clause[0], head.start - _TITLE_REACH - 40, previous_end, aside[1] if aside else 0)
        before = _without_titles(text[low:head.start])
        previous_end = group[-1].end
        if called and _ALONG_WITH.search(before):
            called.extend(group)  # "held talks with Kagame along with Sall": one call, all three on it
        elif called and _AND_WITH.search(before):
            called.extend(group)
            # "spoke with A on Monday and with B on Tuesday": two calls; "in a call with A and with B": one.
            separate = separate or _SINGLE_CALL.fullmatch(text, predicate[0], predicate[1]) is None \
                or _COMMA_AND_WITH.search(before) is not None and not _TOGETHER.search(text)
        elif called and called[-1] is not head and _SEMICOLON_LIST_GAP.fullmatch(text, called[-1].end, head.start):
            called.extend(group)  # "calls from H.E. Mr. A, President of X; H.E. Mr. B, President of Y; and ...": each
            separate = True
        elif called and called[-1] is not head and _BARE_SEMICOLON_GAP.fullmatch(text, called[-1].end, head.start) \
                and _ITEM_CONTINUES.match(text, group[-1].end):
            called.extend(group)  # "separate calls with A; B; and C": each item a name, as the list goes on
            separate = True
        elif called and called[-1] is not head and _DATED_LIST_ITEM.fullmatch(text, called[-1].end, head.start) \
                and _ITEM_CONTINUES.match(text, group[-1].end):
            called.extend(group)  # "by telephone with A on March 7, B on March 8 and C on March 16": a call each
            separate = True
        elif group[-1].possessive and head.start > predicate[1]:
            continue  # "said the call was not linked to Trump's inauguration": the owner of what follows
        elif _direct_object(text, predicate, head, noun=noun) or (
                (to := _TO_CALLED.search(before) or _WITH_GROUP_AND.search(text, low, head.start))
                and _with_reaches(text, predicate, head.start)
                and not (head.start < predicate[0] and _WITH_RIGHT_AFTER.match(text, predicate[1]))
                and not _REQUEST_FROM.search(before) and not _WRITING_FROM.search(before)
                # "told reporters traveling with Bush to Fargo": those who travel with a leader, not the one called
                and not TRAVELING_WITH.search(before)
                # "on his way to the White House, Rutte called Scholz": where one travels is no one called
                and not _ON_THE_WAY_TO.search(before)
                # "Easing the chill between India and Pakistan, Modi telephoned Sharif": the opener's countries
                and not _COUNTRIES_OPENER.fullmatch(text, 0, head.start)
                and not cues.MEETING_BETWEEN_AS_TIME.search(before)
                # "held talks with Sarkozy over the phone": those talks are this call, no other
                and not (predicate[0] > head.start and _ANOTHER_CALL_WORD_WITH.search(
                    _without_titles(cues.without_remote_meetings(text)[low:head.start])))
                # "discussed bilateral relations with Putin in a phone call": the ties' "with" names the one called
                and not (_OTHER_TIES_WITH.search(before) and not (
                    head.start < predicate[0] and _CALL_RIGHT_AFTER.fullmatch(text, group[-1].end, predicate[0])))
                and not (to.group().strip().lower() == "to"
                         and _to_of_another_verb(text, predicate, head.start, called))):
            # "to discuss the war with Zelensky after similar talks with Putin": the talks have their own "with"
            called.extend(group)
            between = between or noun and not called[:-len(group)] and to.group().strip().lower() == "between"
        elif head.start > predicate[1] and _ADDRESSED.search(before):
            called.extend(group)  # "in back-to-back calls, warning A ... and assuring B"
    if noun and not called and (of := _OF_THE_PAIR.match(text, predicate[1])) is not None \
            and len(unique_people(pair := _group_right_after(item, of.end(), clause))) >= 2:
        # "a Sunday phone conversation of Polish and U.S. Presidents Komorowski and Obama": the call of the two
        called, between = list(pair), True
    callers: tuple[PersonSpan, ...] = ()
    # "the President also spoke with ... President Rousseff": a bare title resolved to one of those spoken to is not her
    called_slugs = {p.ref.slug for p in called}
    candidates = [g for g in groups if g[-1].end <= predicate[0] and not any(p in called for p in g)
                  and not all(p.ref.slug in called_slugs and bare_title(text, p) for p in g)
                  and not _told_then_pronoun(text, g, predicate)
                  and (not _governed(text, g[0], clause) or noun and _possessive_of_call(text, g[-1], predicate)
                       or _subject_of_time_clause(text, g, predicate, noun=noun)
                       or noun and _CALLS_OF_OWNER.search(text, max(clause[0], g[0].start - 80), g[0].start)
                       or noun and _named_after_pair_in_account(text, g, predicate))]
    if noun and len(candidates) >= 2 and _HIS_CALL_TOLD.search(text, max(clause[0], predicate[0] - 40), predicate[0]) \
            and _TOLD_ABOUT.match(text, candidates[0][-1].end, candidates[1][0].start):
        # "Macron informed Zelensky about his conversation with Putin": "his" is the teller's, not the one told.
        candidates = candidates[:1]
    if noun and not called and len(candidates) >= 2 \
            and _GAVE.fullmatch(text, candidates[-2][-1].end, candidates[-1][0].start) \
            and _A_CALL_BEFORE.fullmatch(text, candidates[-1][-1].end, predicate[0]):
        called = list(candidates.pop())  # "Starmer gave Trump a call": the one given the call was called
    owned_by_group = noun and not called \
        and GROUP_POSSESSIVE.search(text, max(clause[0], predicate[0] - 50), predicate[0]) is not None
    if owned_by_group:
        candidates = []  # the caller resolves the group from the leaders named before
    # '"Milosevic will never capitulate," Yeltsin is quoted as saying in a conversation between the two leaders':
    # one named in a quotation the call word stands outside of was spoken of, not one of the two.
    spoken_of = [g for g in groups if noun and _BETWEEN_GROUP.match(text, predicate[1])
                 and quoted_apart(text, g[0].start, predicate)]
    candidates = [g for g in candidates if g not in spoken_of]
    adverb = _MANNER.match(text, predicate[0]) is not None  # "briefed Abe by phone": the verb's own people
    # "received support from A and B in weekend telephone conversations": the verb's subject held one with each
    several_in = noun and len(unique_people(called)) > 1 and text[predicate[1] - 1] == "s" \
        and _PLURAL_MODIFIER.search(text, max(clause[0], predicate[0] - 30), predicate[0]) is not None \
        and all(p.end <= predicate[0] for p in called) and not cues.MULTI_PARTY.search(text)
    separate = separate or several_in
    if noun and candidates and (adverb or several_in
                                or _MODIFIER.search(text[max(clause[0], predicate[0] - 80):predicate[0]])):
        # "Biden assured Zelensky in a phone call", "Moon briefed Abe by phone", "Biden opposed an offensive
        # during a call with Netanyahu": the verb's subject, and its object when no "with" names one.
        # The object may follow an event verb: "he met A, B and C by video link".
        # "Clinton and Chirac discussed ways to persuade Saddam ... in a telephone call": Saddam was talked about.
        talked_of = _TALKED_OF.search(text, candidates[0][-1].end, predicate[0])
        if talked_of is not None:
            candidates = [g for g in candidates if g[0].start < talked_of.start()]
        objects = [g for g in groups if g[-1].end <= predicate[0] and not any(p in called for p in g)
                   and g not in spoken_of
                   and (talked_of is None or g[0].start < talked_of.start())
                   and (not _PREPOSITION_BEFORE.search(text[max(clause[0], g[0].start - 25):g[0].start])
                        or cues.LEADERS_OF_BEFORE.search(text, max(clause[0], g[0].start - 40), g[0].start))]
        # "Biden praised Kenyatta in his first phone call to Kenyatta": not the one the call went to
        nearest = (objects or candidates)[-2:] if not called \
            else [g for g in candidates if any(p.ref.slug not in called_slugs for p in g)][-1:]
        verb = _VERB_RIGHT_BEFORE.search(text, max(clause[0], predicate[0] - 20), predicate[0]) if adverb else None
        subject = _subject_past_object(text, candidates, clause[0], verb.start()) if verb is not None else None
        if subject is not None:
            nearest = [subject]  # "Scholz thanked Macron, then spoke by phone with Biden": Scholz spoke, by phone
        callers = tuple(p for g in nearest for p in g if not p.possessive)
        if adverb and not called and len(nearest) == 2 and _objects_of_one_verb(text, nearest, predicate):
            # "Widodo invited Putin and Zelensky by telephone": the subject rang each of those the verb names
            callers, called, separate = tuple(nearest[0]), list(nearest[1]), True
        elif adverb and not called and len(nearest) == 1 and previous_callers \
                and _PRONOUN_AND_VERB.search(text, max(clause[0], nearest[0][0].start - 40), nearest[0][0].start) \
                and all(p.ref.slug != previous_callers[0].ref.slug for p in nearest[0]):
            # "He said he had congratulated Ahmadinejad over the phone": "he", told of before, rang the one named
            callers, called = previous_callers, list(nearest[0])
    elif candidates and (_unquoted_length(text, candidates[-1][-1].end, predicate[0]) <= _SUBJECT_REACH
                         or _long_apposition_between(item, candidates[-1][-1].end, predicate[0])):
        nearest = candidates[-1]
        if len(candidates) == 2 and called and not nearest[-1].possessive \
                and _PARTICIPLE_AFTER_OBJECT.fullmatch(text, nearest[-1].end, predicate[0]):
            nearest = candidates[0]
        elif not noun and (subject := _subject_past_object(text, candidates, clause[0], predicate[0])) is not None:
            nearest = subject  # "Vice President Vance briefed Trump on the talks, then spoke with Modi": Vance spoke
        callers = tuple(p for p in nearest
                        if not p.possessive or (noun and _possessive_of_call(text, p, predicate)))
    if not callers and called and noun:
        # "The issue was raised by Suga in a recent phone call with Pham Minh Chinh": the agent of the passive called
        before = [p for p in item.leaders() if clause[0] <= p.start and p.end <= predicate[0]]
        agents = [g for g in _groups(text, before)
                  if not g[-1].possessive and _IN_A_CALL_NEXT.fullmatch(text, g[-1].end, predicate[0])
                  and _BY_AGENT_OF_PASSIVE.search(_without_titles(text[clause[0]:g[0].start]))]
        callers = tuple(agents[-1]) if agents else callers
    pronoun = _PRONOUN_SUBJECT.search(text[max(clause[0], predicate[0] - 60):predicate[0]])
    if pronoun is None and previous_callers and (previous_callers[0].ref.office or "").lower() in _MONARCHS:
        # "Later in the day, His Majesty received another phone call from ...": the monarch told of before
        pronoun = _HONORIFIC_SUBJECT.search(text[max(clause[0], predicate[0] - 60):predicate[0]])
    elif pronoun is None and previous_callers and previous_callers[0].ref.country in _HIGHNESS_COUNTRIES:
        pronoun = _HIGHNESS_SUBJECT.search(text[max(clause[0], predicate[0] - 60):predicate[0]])
    if pronoun is None and previous_callers and not callers \
            and (bare := _BARE_TITLE_SUBJECT.search(text, max(clause[0], predicate[0] - 40), predicate[0])) \
            and (previous_callers[0].ref.office or "").lower().startswith(
                _SHORT_TITLES.get(bare.group("title"), bare.group("title").lower())):
        # "King Salman received a call from the Emir of Kuwait. The King also received calls from A and B": the
        # one told of before, though the text names another king too
        pronoun = bare
    participle = False
    # "Zelensky said on Saturday that he had called Rutte": "he" is the one who said so, not a caller told of before
    said_he = not callers and called and clause[0] > 0 \
        and (_SAID_THEN_PRONOUN.fullmatch(text, clause[0], predicate[0]) is not None
             # "said that he had coordinated positions in a phone call with Biden"
             or noun and (pronoun_then := _SAID_THEN_PRONOUN.match(text, clause[0])) is not None
             and predicate[0] - pronoun_then.end() <= _ACTED_IN_CALL_REACH
             and (_MODIFIER.search(text, pronoun_then.end(), predicate[0]) is not None
                  # "confirmed that he had held a \"cordial\" phone conversation with"
                  or _HELD_A.fullmatch(text, pronoun_then.end(), predicate[0]) is not None)) \
        and bool(_subjects_before(item, clause_around(text, clause[0] - 3), clause[0], {p.ref.slug for p in called}))
    if not callers and called and pronoun is not None and pronoun.group().split()[0].lower() in ("he", "she"):
        # "Three days before Trump's inauguration, on January 17, he had a conversation with Xi": the one the
        # sentence has just named, as the owner of what its opening tells, not one told of before
        callers = _owner_named_before(item, max(clause[0], predicate[0] - 60) + pronoun.start(), called)
    if not callers and called and previous_callers and not said_he and (
            pronoun or _COORDINATED_PREDICATE.search(text, max(clause[0], predicate[0] - 30), predicate[0])
            or noun and _PASSIVE_TOPIC.search(text, clause[0], predicate[0])
            # "Trump is weighing an exemption. This comes after a phone call with Albanese": the one told of before
            or noun and _THIS_COMES_AFTER.match(text)
            # "had a series of calls. The first call was to President Bush": one of the calls of the one told of before
            or noun and _ORDINAL_CALL_WAS_TO.match(text)
            # 'had a "meaningful" conversation with Macron and "very specific" talks with Erdogan': the same one's
            or _CALL_NOUN_WORD.fullmatch(text, predicate[0], predicate[1])
            and _COORDINATED_CALL_NOUN.search(text, max(clause[0], predicate[0] - 60), predicate[0])):
        # "he called Putin"; "spoke with A for an hour, then called B": the same subject's next call. "Bilateral
        # ties were discussed in a phone conversation with Aliyev": the leader the readout is about.
        callers = previous_callers
    # "said on Monday that after his phone conversation with Putin he would ...": the clause opens past a space
    elif not callers and called and clause[0] > 0 and (noun and (_SUBORDINATE.match(text[clause[0]:].lstrip())
                                                                 or _PARTICIPLE.search(text[clause[0]:predicate[0]]))
            or pronoun or (participle := _after_speaking(text, clause[0]))
            or _REPORTED_PRONOUN_SUBJECT.search(text, max(clause[0], predicate[0] - 130), predicate[0])
            or noun and _THAT_HIS_CALL.fullmatch(text, clause[0], predicate[0])
            and text[:clause[0]].rstrip().endswith("that")):
        # "Trump announced on Friday, after a three-way call with A and B", "Trump said on Tuesday that he had a
        # call with Xi": the main clause's subject called. (", days after speaking with": past the "days after".)
        outer = clause_around(text, clause[0] - 3)
        if outer[0] > 0 and not any(outer[0] <= p.start < clause[0] for p in item.leaders()):
            outer = (clause_around(text, outer[0] - 3)[0], outer[1])
        subjects = _subjects_before(item, outer, clause[0])
        if not subjects and noun and _OWN_PRONOUN.search(text, clause[0], predicate[0]):
            # "It was Lee's second call this week, following his first conversation with Trump": "his" is the owner
            # of the main clause's call, whose day is not this one's
            owners = [p for p in item.leaders() if outer[0] <= p.start and p.end <= clause[0] and p.possessive
                      and _OWNER_OF_CALL.match(text, p.end)]
            callers = tuple(owners[:1])
        elif subjects:
            # The main clause's day is its own event's: "hosted Zelensky on Friday, days after speaking with Putin".
            callers, clause = tuple(subjects[0]), clause if participle else (outer[0], clause[1])
        elif previous_callers and _PRONOUN_OPENING.match(text, outer[0]) \
                and all(p.ref.slug != previous_callers[0].ref.slug for p in called):
            # "He said this on Wednesday, after receiving a call from Sogavare": "he" is the one told of before
            callers, clause = previous_callers, (outer[0], clause[1])
    # "KYIV (Ukrinform) - In a telephone conversation, Zelensky thanked ...": the sentence opens past its dateline
    dateline = _DATELINE_OPENING.match(text)
    opens = dateline.end() if dateline and clause[0] <= dateline.end() else 0
    if not callers and called and clause[0] <= opens and (noun and _OPENING_SUBORDINATE.match(text, opens)
                                                      or _OPENING_PARTICIPLE.match(text.lstrip()) or leading):
        # "During a phone call on Sunday with A, Erdogan said ...", "Speaking by phone with A on Monday, B urged":
        # the adjunct opens the sentence and its caller is the subject that follows it.
        comma = text.find(",", called[-1].end)
        if noun and 0 < (opener_comma := text.find(",", predicate[1])) < called[0].start:
            comma = opener_comma  # "In a phone call, Erdogan discussed Ukraine with Putin": the opener ends first
        after = [g for g in _groups(text, [p for p in item.leaders() if comma < p.start <= comma + 40])
                 if not g[0].possessive and not any(p in called for p in g)] if comma > 0 else []
        if after and _OPENER_END.fullmatch(text, comma, after[0][0].start):
            callers = tuple(after[0])
            clause = (clause[0], max(clause[1], after[0][-1].end))
        elif comma > 0 and previous_callers and not any(p.ref.slug == previous_callers[0].ref.slug for p in called) \
                and _subject_stands_for(text, comma, previous_callers[0]):
            callers = previous_callers  # "In a phone call with Buhari, the president said ...": the one told of before
    if not callers and called and leading is not None and predicate[0] >= leading.end():
        # "A day after speaking with Jiang, Bush took a break today to have a call with Putin": the subject after
        # the opener made the main clause's call too, however far on it is told.
        after = [g for g in _groups(text, [p for p in item.leaders() if leading.end() <= p.start <= leading.end() + 40])
                 if not g[0].possessive and not any(p in called for p in g)]
        if after and _OPENER_END.fullmatch(text, leading.end() - 1, after[0][0].start):
            callers = tuple(after[0])
    if not callers and not called and noun and clause[0] <= opens and _OPENING_SUBORDINATE.match(text, opens):
        # "In a telephone conversation on Tuesday, Scholz and Macron agreed to meet": the pair after the opener.
        comma = text.find(",", predicate[1])
        # "In a phone call on Tuesday, Egyptian President Abdel Fattah al-Sisi and King Abdullah II of Jordan
        # discussed ...": the pair opens right after the comma, however long its names and titles run.
        after = [g for g in _groups(text, [p for p in item.leaders() if comma < p.start and p.end <= clause[1]])
                 if not g[0].possessive and g[0].start <= comma + 40] if comma > 0 else []
        if after and len(unique_people(after[0])) >= 2 and _OPENER_END.fullmatch(text, comma, after[0][0].start):
            callers = tuple(after[0])
            clause = (clause[0], max(clause[1], after[0][-1].end))
        elif after and _OPENER_END.fullmatch(text, comma, after[0][0].start) \
                and (addressing := _ADDRESSING.match(text, after[0][-1].end)) is not None \
                and (addressed := [p for p in item.leaders() if p.start == addressing.end()]):
            # "On another call, Hollande warned Trump that ...": the one who spoke and the one addressed
            callers, called = tuple(after[0]), addressed[:1]
            clause = (clause[0], max(clause[1], addressed[0].end))
    if not callers and not called and (request := _AT_THE_REQUEST_OF.match(text)) is not None:
        # "At the request of President Clinton, President Jiang held a phone talk with him": the one who asked called
        leaders = [p for p in item.leaders() if request.end() <= p.start]
        comma = text.find(",", leaders[0].end) if leaders else -1
        subject = next((p for p in leaders if comma < p.start and p.end <= predicate[0]), None) if comma > 0 else None
        if subject is not None and subject.ref.slug != leaders[0].ref.slug and not subject.possessive \
                and _OPENER_END.fullmatch(text, comma, subject.start) \
                and predicate[0] - subject.end <= _SUBJECT_REACH \
                and not any(predicate[1] < p.start < clause[1] for p in item.leaders()):
            callers, called = (leaders[0],), [subject]
    if callers and not called and previous_callers and not noun \
            and (titled := _WITH_THE_TITLE.match(text, predicate[1])) is not None \
            and " ".join(titled.group("title").lower().split()) == (previous_callers[0].ref.office or "").lower() \
            and all(p.ref.slug != previous_callers[0].ref.slug for p in callers):
        # "Erdogan, Merkel and Cameron also spoke with the president": the president told of before, one call each
        called = [previous_callers[0]]
        separate = separate or len(unique_people(callers)) > 1
    teller = next((p for p in item.leaders() if clause[0] <= p.start and p.end <= predicate[0] and not p.possessive
                   and _PRONOUN_OBJECT.match(text, p.end)), None) if noun and not called and clause[0] > 0 else None
    if teller is not None and (not callers or teller in callers):
        # "Netanyahu agreed on Monday to ..., after Biden told him in a phone call that ...": "him" is the
        # main clause's subject, and the call is told in that whole sentence.
        outer = clause_around(text, clause[0] - 3)
        subjects = _subjects_before(item, outer, clause[0], excluded={teller.ref.slug})
        if subjects:
            callers, called, clause = (teller,), list(subjects[0]), (outer[0], clause[1])
    if noun and len(callers) == 1 and not called \
            and (says := _LEADER_SAYS.match(text)) is not None \
            and _CALL_FOLLOWED.search(text, callers[0].end, predicate[0]):
        # "Albanese says Trump is considering an exemption following a phone call on Tuesday": the two of them
        teller = next((p for p in item.leaders() if p.end == says.start("verb") - 1 and not p.possessive), None)
        if teller is not None and teller.ref.slug != callers[0].ref.slug:
            called = [teller]
    if noun and callers and not called and previous_callers and _PRONOUN_SAID_THAT.match(text) \
            and _TOLD_HIM.search(text, callers[-1].end, predicate[0]) \
            and all(p.ref.slug != previous_callers[0].ref.slug for p in callers):
        # "He said that Macron, the French president, had told him in a phone call that ...": "him" is "he"
        called = [previous_callers[0]]
    if not callers and called and (clause[0] == 0 or text[:clause[0]].rstrip().lower().endswith(" that")) \
            and _REPORTED_PRONOUN_SUBJECT.search(text, max(0, predicate[0] - 130), predicate[0]):
        # "Ramaphosa's office on Thursday confirmed he had a telephone conversation with Putin": "he" is the one
        # whose office it is
        owner = next((p for p in item.leaders() if p.end < predicate[0]
                      and (p.possessive and cues.OFFICE_OF.match(text[p.end:p.end + 40])
                           # "The office of Prime Minister al-Kadhimi announced that he had received a call"
                           or _OFFICE_OF_BEFORE.search(text, max(0, p.start - 40), p.start))),
                     None)
        if owner is not None and owner.ref.slug not in called_slugs:
            callers = (owner,)
    if not callers and called and (speaker := _quoting_leader(item, predicate, previous_callers)) is not None \
            and speaker.ref.slug not in {p.ref.slug for p in called}:
        callers = (speaker,)  # '"Just spoke with Prime Minister Modi," Biden posted': the one quoted called
    elif noun and callers and _OUR_CALL.search(text, max(0, predicate[0] - 20), predicate[0]) \
            and (speaker := _quoting_leader(item, predicate)) is not None \
            and speaker.ref.slug not in {p.ref.slug for p in [*callers, *called]}:
        # '"I thank Presidents A and B for our telephone talks," Sall said': the one quoted spoke with each
        callers, called = (speaker,), [*callers, *called]
        separate = separate or not (cues.MULTI_PARTY.search(text) or _TOGETHER.search(text))
    if not callers and called and clause[0] >= 2 and _RELATIVE.match(text, clause[0]) \
            and text[:clause[0]].rstrip().endswith(","):
        # "Macron, who spoke by phone with Pezeshkian last Saturday, said ...": the one the clause is about called.
        comma = text[:clause[0]].rstrip()
        antecedent = [p for p in item.leaders() if not p.possessive and p.end <= len(comma) - 1
                      and not text[p.end:len(comma) - 1].strip()]
        if antecedent:
            callers = (antecedent[-1],)
    if not callers and not called and noun and _THEIR_CALL.search(text[max(clause[0], predicate[0] - 60):predicate[0]]):
        # "A and B agreed on Friday to ..., the palace said, in their first conversation": the subjects called.
        subjects = [g for g in _groups(text, [p for p in item.leaders() if p.end <= predicate[0]])
                    if len(unique_people(g)) >= 2 and not _governed(text, g[0], (0, predicate[0]))
                    and not g[-1].possessive]
        if subjects:
            callers = tuple(subjects[0])
    named = {p.ref.slug for p in [*callers, *called]}
    if callers and not called and (pair := _PRONOUN_AND.search(text, max(0, callers[0].start - 40), callers[0].start)):
        # "Bush said he and Gorbachev had a telephone conversation today": "he" is the one who said it.
        teller = next((p for p in reversed(item.leaders()) if p.end <= pair.start() and not p.possessive
                       and p.ref.slug not in named), None)
        if teller is not None:
            callers = (teller, *callers)
    elif callers and not called and _AND_I.match(text, callers[-1].end) \
            and (speaker := _speaker_of_quotation(item, predicate)) is not None and speaker.ref.slug not in named:
        # '"The President (López Obrador) and I spoke last night," Trump said': "I" is the one quoted.
        callers = (*callers, speaker)
    elif not noun and callers and not called and clause[0] > 0 and _HIM_AFTER.match(text, predicate[1]):
        # "Bush said Friday that Gorbachev phoned him": "him" is the one who said it.
        outer = clause_around(text, clause[0] - 3)
        if subjects := _subjects_before(item, outer, clause[0], excluded=named):
            called, clause = list(subjects[0]), (outer[0], clause[1])
    elif not noun and callers and not called and _HIM_AFTER.match(text, predicate[1]) \
            and (said := _SAID_RIGHT_BEFORE.search(_without_titles(text[:callers[0].start]))) is not None:
        # "Modi said Lula called him on Thursday": with no "that", "him" is still the one who said it.
        subjects = _subjects_before(item, (0, said.start()), said.start(), excluded=named)
        if subjects and said.start() - subjects[-1][-1].end <= _SAID_REACH:
            called = list(subjects[-1])
    elif not noun and callers and _ME_AFTER.match(text, predicate[1]) \
            and (speaker := _speaker_of_quotation(item, predicate)) is not None \
            and speaker.ref.slug not in {p.ref.slug for p in callers}:
        # '"Fernández called me on Wednesday," Boluarte said': "me" is the one quoted, not a leader named before
        # ('"I will talk with the president of Mexico, though Fernández called me," she said').
        called = [speaker, *(p for p in called if p.start > predicate[1])]
    if not noun and (subject := _former_or_latter(item, clause[0], predicate[0])) is not None:
        # "Soon after Modi's call with Trump last night, the latter dialed Khan": the one named last (or, for "the
        # former", the one before) called, and nobody named before "the latter" is on this call.
        callers, called = (subject,), [p for p in called if p.start > predicate[0]]
    if not noun and callers and not called and _HIM_AFTER.match(text, predicate[1]) \
            and (when := _WHEN_HE_CALLED.search(text, max(0, predicate[0] - _WHEN_REACH), predicate[0])) is not None:
        # "Singh asked Gilani to send the chief when the latter telephoned him": "him" is the main clause's subject.
        named = {p.ref.slug for p in callers}
        if subjects := _subjects_before(item, (0, when.start()), when.start(), excluded=named):
            called = list(subjects[0])
    if noun and separate and not callers and len(unique_people(called)) >= 2 \
            and _BETWEEN_FIRST.fullmatch(text, predicate[1], called[0].start):
        # "a separate telephone conversation between Macron and the presidents of the US and Ukraine": the first
        # named spoke with each of the others.
        callers, called = (called[0],), [p for p in called if p.ref.slug != called[0].ref.slug]
    if between and len(unique_people(called)) >= 2 and not any(p.ref.slug in called_slugs for p in callers):
        # "Maduro welcomed the call between Putin and Trump": the two it was between, not the one who welcomed it
        callers, called = (called[0],), [p for p in called if p.ref.slug != called[0].ref.slug]
    elif between and len(unique_people(called)) == 1 and _AND_ANOTHER.match(text, called[-1].end):
        # "Anwar called unfortunate the leaked call between Paetongtarn and former premier Hun Sen": the call was
        # between the one leader named and someone who is no leader, not the one who spoke of it
        callers, called = (), []
    between = noun and len(unique_people([*callers, *called])) < 2 and _BETWEEN_GROUP.match(text, predicate[1])
    # "would host Petro after the two leaders spoke by phone": the group right before the verb is its subject, not
    # the one named before it
    group_verb = not noun and not called and _GROUP_RIGHT_BEFORE.search(text, max(clause[0], predicate[0] - 30),
                                                                        predicate[0]) is not None
    if between or group_verb or not callers and not called and not owned_by_group \
            and _GROUP_SUBJECT.search(text[clause[0]:predicate[0]]):
        # "..., after the four met by video link", "a good conversation between the two leaders": the leaders the
        # sentence names were the four, or the two.
        everyone = [p for p in item.leaders() if not p.possessive and not quoted_apart(text, p.start, predicate)
                    and not _TOPIC_BEFORE.search(text[max(0, p.start - 25):p.start])
                    # "a conversation in which Kishida explained his summit with Biden": a meeting told after
                    # the call word is what was said in the call, and the one met is not on it.
                    and not (p.start > predicate[1] and _MET_WITH.search(text, max(0, p.start - 60), p.start))]
        callers = tuple(unique_people(everyone)) if len(unique_people(everyone)) >= 2 else ()
    if noun and callers and not called and (aside := _CALL_ASIDE.match(text, callers[-1].end)) is not None \
            and aside.start() < predicate[0] < aside.end():
        # "King Abdullah, in a phone call on Monday, checked on the health of Emir Nawaf": the one the main clause
        # goes on to name.
        mine = {p.ref.slug for p in callers}
        after = [p for p in item.leaders() if aside.end() <= p.start <= aside.end() + _ASIDE_OBJECT_REACH
                 and p.end <= clause[1] and not p.possessive and p.ref.slug not in mine]
        called = after[:1]
    if noun and not callers and len(unique_people(called)) == 1 \
            and (owner := next((p for p in reversed(item.leaders()) if p.end <= predicate[0]), None)) is not None \
            and not owner.possessive and owner.ref.slug != called[0].ref.slug \
            and _IN_HIS_OWN_CALL.fullmatch(text, owner.end, predicate[0]):
        callers = (owner,)  # "the words of President Biden in his Nov. 16 video conference with Xi": his call
    if noun and not callers and not called and (hosted := _hosted_call(item, predicate)) is not None:
        callers, called = hosted  # "The video call hosted by Biden on Tuesday included A, B and C"
    if noun and called and (part := _PART_OF_CALL.search(text, max(clause[0], predicate[0] - 120), predicate[0])):
        # "the talks with Farmajo were part of a telephone conversation with all the leaders of IGAD": on it too
        called = [*(p for p in item.leaders() if part.start("who") <= p.start < part.end("who") and not p.possessive),
                  *called]
    if noun and callers and not called and (host := _host_after(item, predicate, clause)):
        called = [p for p in host if p.ref.slug not in {c.ref.slug for c in callers}]  # "a call hosted by Macron"
    if noun and not callers and called and (owner := _owner_after_noun(item, predicate, called)) is not None:
        # "phone conversations of Tusk with Merkel and Cameron": Tusk held them, one with each
        callers = (owner,)
        separate = separate or text[predicate[1] - 1] == "s" and len(unique_people(called)) > 1 \
            and not (cues.MULTI_PARTY.search(text) or _ALL_ON_ONE_LINE.search(text))
    if noun and not callers and len(unique_people(called)) <= 1:
        callers, called = _told_after_the_noun(item, predicate, called, clause)
        if callers and callers[0].end > clause[1]:
            clause = (clause[0], clause_around(text, callers[0].start)[1])  # the maker's clause tells the call too
    if noun and len(callers) == 1 and not callers[0].possessive and not called:
        # "May criticized Trump's steel tariffs during a tense phone call": the one whose policy was taken up
        owner = next((p for p in item.leaders() if p.possessive and callers[0].end < p.start < predicate[0]), None)
        if owner is not None and owner.ref.slug != callers[0].ref.slug \
                and _TOOK_UP_POLICY.fullmatch(text, callers[0].end, owner.start) \
                and _POLICY_DURING_CALL.fullmatch(text, owner.end, predicate[0]):
            called = [owner]
    if noun and len(callers) == 1 and callers[0].possessive and not called:
        # "the Qatari Emir appreciated the Iranian president's call": the one who valued the call took it
        called = [p for p in item.leaders() if clause[0] <= p.start and p.end < callers[0].start and not p.possessive
                  and p.ref.slug != callers[0].ref.slug and _VALUED_CALL.fullmatch(text, p.end, callers[0].start)
                  and not _APPEAL_AFTER.match(text, predicate[1])][:1]  # not "welcomed Macron's call to end the war"
    if noun and len(callers) == 1 and callers[0].possessive and not called:
        # "Trump's first call to a foreign leader since taking office was to Starmer": the one it "was to"
        called = [p for p in item.leaders() if predicate[1] < p.start and not p.possessive
                  and _WAS_TO.search(text, max(predicate[1], p.start - 12), p.start)
                  and not _SENTENCE_BREAK.search(text, predicate[1], p.start)][:1]
    if not callers and len(unique_people(called)) == 1 \
            and _THOSE_WHO.search(text, max(clause[0], predicate[0] - 60), predicate[0]):
        # "Those who received a call from the King include A and B": he called each of those listed
        listed = [g for g in groups if g[0].start > called[-1].end]
        if listed and (include := _INCLUDE.match(text, called[-1].end)) is not None \
                and only_titles_between(text[include.end():listed[0][0].start]):
            callers, called, separate = tuple(called), list(listed[0]), True
    if callers and not called and (agents := _passive_agents(item, predicate, callers, clause)):
        # "Putin was congratulated over the phone by A, B and C": each of those named after "by" called him
        called = agents
        separate = separate or len(unique_people(agents)) > 1 \
            and not (cues.MULTI_PARTY.search(text) or _TOGETHER.search(text))
    if not noun and callers and called and (then := _called_next(item, called[-1], clause)) is not None:
        # "phoned Trump and then Zelensky": the verb not said again, the one called next had a call of their own
        called, separate = [*called, then], True
    if not noun and len(unique_people(called)) > 1 and (
            _PERFECT_VERB.search(text[max(clause[0], predicate[0] - 30):predicate[0]])
            and not cues.MULTI_PARTY.search(text)
            or _PAST_PERFECT_VERB.search(text[max(clause[0], predicate[0] - 30):predicate[0]])
            and not cues.MULTI_PARTY.search(text) and not _TOGETHER.search(text)
            or _DIRECT_VERB.match(text, predicate[0]) and not cues.MULTI_PARTY.search(text)
            or len(unique_people(called)) > 2 and not cues.MULTI_PARTY.search(text) and not _TOGETHER.search(text)
            or callers and _SPOKE.match(text, predicate[0])
            and len({p.ref.country for p in called}) == len(unique_people(called))
            and not cues.MULTI_PARTY.search(text) and not _TOGETHER.search(text)):
        # "has spoken with A and B" tallies calls; "called the leaders of A, B and C" placed one call to each;
        # "spoke today with A, B and C", as a leader's office lists the day's calls, is a call with each, and so is
        # "spoke to Netanyahu and Abbas on Saturday": leaders of two countries talk to a third one at a time.
        separate = True
    if not noun and len(unique_people(callers)) > 1 and len(unique_people(called)) == 1 \
            and _DIRECT_VERB.match(text, predicate[0]) \
            and len({p.ref.country for p in callers}) == len(unique_people(callers)) \
            and not cues.MULTI_PARTY.search(text) and not _TOGETHER.search(text):
        separate = True  # "Pashinyan and Aliyev called Putin": and so do two countries' leaders ring a third
    if noun and not callers and called and (holder := next((p for p in item.leaders() if predicate[1] < p.start
                                                            and p.end < called[0].start), None)) is not None \
            and not holder.possessive and _HAD_WERE_WITH.fullmatch(text, holder.end, called[0].start) \
            and holder.ref.slug not in {p.ref.slug for p in called}:
        # "The most recent telephone conversations the PM had were with Moon and Museveni": the PM had each of them
        callers = (holder,)
        separate = separate or text[predicate[1] - 1] == "s" and not cues.MULTI_PARTY.search(text)
    if not noun and not callers and len(unique_people(called)) > 1 and all(p.start > predicate[1] for p in called) \
            and _SOME_SUBJECT.search(text, clause[0], predicate[0]):
        # "the us President talked with Abe and Merkel": someone the text does not resolve talked with each of them;
        # they did not talk with each other
        called = []
    if noun and not called and len(unique_people(callers)) > 1 \
            and (someone := _TO_SOMEONE_NAMED.match(text, predicate[1])) is not None \
            and not any(p.start < someone.end() and someone.start() < p.end for p in item.people):
        callers = ()  # "A and B expressed their wishes in phone calls to Sheikh Mohamed": each rang him, not each other
    if not noun and not called and stranded_relative(text, predicate):
        # "President Zelensky, who I spoke to again this morning": the one before "who" was spoken to, by the one
        # quoted, else the sentence's subject (who says it), else the one told of before
        stranded = _STRANDED_RELATIVE.search(text, max(0, predicate[0] - _WHO_REACH), predicate[0])
        spoken_to = next((p for p in item.leaders() if p.end == stranded.start() and not p.possessive), None)
        speaker = _quoting_leader(item, predicate, previous_callers) if stranded.group("who").lower() in ("i", "we") \
            else None
        speaker = speaker or sentence_subject(item) or next(iter(previous_callers), None)
        if spoken_to is not None and speaker is not None and speaker.ref.slug != spoken_to.ref.slug:
            callers, called = (speaker,), [spoken_to]
    if callers and not called and (following := _following_another(item, predicate)) is not None:
        # "held phone talks with a foreign leader, following Trump on June 6": the one the ellipsis names was called
        called, clause = [following], (clause[0], clause_around(text, following.start)[1])
    return CallRoles(callers, tuple(unique_people(called)), separate, clause,
                     respectively=_RESPECTIVELY.search(text, clause[0], clause[1]) is not None)


# "phone talks with a foreign leader, following Trump", "calls with world leaders, after Macron": one of those leaders
_WITH_SOME_LEADER = re.compile(r"\s+with\s+(?:a|an|another|other|several|(?:[\w-]+\s+)?(?:foreign|world))\s+"
                               r"(?:[\w-]+\s+)?(?:leaders?|counterparts?|heads?\s+of\s+(?:state|government))",
                               re.IGNORECASE)
_FOLLOWING_NAMED = re.compile(r",\s+(?:following|after)\s+", re.IGNORECASE)
# (not "after Biden announced the aid": a clause of the one named, no ellipsis of the talks)
_ELLIPSIS_ENDS = re.compile(r"\s*(?:$|[.,;]|(?:on|in|last|earlier|this)\b)", re.IGNORECASE)


def _following_another(item: SentenceFacts, predicate: tuple[int, int]) -> PersonSpan | None:
    """The leader an ellipsis after the clause names as one the same subject held such talks with before."""
    text = item.text
    leaders = _WITH_SOME_LEADER.match(text, predicate[1])
    following = _FOLLOWING_NAMED.match(text, leaders.end()) if leaders is not None else None
    if following is None:
        return None
    named = next((p for p in item.leaders() if p.start >= following.end()), None)
    return named if named is not None and not named.possessive \
        and only_titles_between(text[following.end():named.start]) and _ELLIPSIS_ENDS.match(text, named.end) else None


# "Zelensky, who I spoke to this morning", "Scholz, whom she talked with on Monday": a stranded preposition
_STRANDED_RELATIVE = re.compile(r",\s+(?:who|whom)\s+(?P<who>I|we|he|she)\s+"
                                r"(?:(?:had|have|has|also|just|first|last)\s+)*$", re.IGNORECASE)
_STRANDED_PREPOSITION = re.compile(r"\s+(?:to|with)\b(?!\s+(?:the\s+)?[A-Z])")
_WHO_REACH = 40  # characters from the comma before "who" to the verb of the relative clause


def stranded_relative(text: str, verb: tuple[int, int]) -> bool:
    """Whether the verb is a relative clause's with its preposition left at the end: "Zelensky, who I spoke to"."""
    return _STRANDED_RELATIVE.search(text, max(0, verb[0] - _WHO_REACH), verb[0]) is not None \
        and _STRANDED_PREPOSITION.match(text, verb[1]) is not None


_AND_THEN = re.compile(r",?\s+(?:and\s+)?(?:then|later|afterwards|subsequently)\s+", re.IGNORECASE)


def _called_next(item: SentenceFacts, last: PersonSpan, clause: tuple[int, int]) -> PersonSpan | None:
    """The leader after "and then" who is the verb's object too, not the subject of a call of their own ("called
    Trump, and then Zelensky spoke with Macron")."""
    following = next((p for p in item.leaders() if p.start >= last.end), None)
    if following is None or following.possessive or following.start >= clause[1] \
            or not _AND_THEN.fullmatch(item.text, last.end, following.start):
        return None
    own_verb = _SUBJECT_THEN_VERB.match(item.text, following.end) \
        or cues.SPEAK_VERB.search(item.text, following.end, clause[1])
    return None if own_verb else following


# "in phone calls to Sheikh Mohamed": the one the calls went to, a name the text does not resolve to a leader
_TO_SOMEONE_NAMED = re.compile(r"\s+(?:to|with)\s+(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))*")
# "Widodo on Thursday invited Russian President Putin and ...": the subject, perhaps a day, and a verb in the past;
# "Starmer sought to mediate, contacting both Trump and Zelensky": a participle after the subject's own clause
_VERB_OF_THE_SUBJECT = re.compile(r"\s+(?:(?:on|last|this)\s+[A-Z]\w+\s+)?(?:also\s+)?"
                                  r"(?:[a-z]{3,}ed|[^,;.]{0,80},\s+[a-z]{3,}ing)\s+(?:both\s+)?"
                                  r"(?:(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4})?")
_OBJECTS_TO_ADVERB = re.compile(r"[^,;.]{0,40}")
# Not "the summit" the leaders were invited to: words of one call for all
_ALL_ON_ONE_LINE = re.compile(r"\b(?:together|joint|jointly|conference|group)\b", re.IGNORECASE)


def _objects_of_one_verb(text: str, groups: list[list[PersonSpan]], predicate: tuple[int, int]) -> bool:
    """Whether "A invited B and C by phone" names one subject, then several objects of its verb, then the phone."""
    subject, objects = groups
    return len(unique_people(objects)) > 1 and len(unique_people(subject)) == 1 and not subject[-1].possessive \
        and _VERB_OF_THE_SUBJECT.fullmatch(text, subject[-1].end, objects[0].start) is not None \
        and _OBJECTS_TO_ADVERB.fullmatch(text, objects[-1].end, predicate[0]) is not None \
        and not (cues.MULTI_PARTY.search(text) or _ALL_ON_ONE_LINE.search(text))


# "conversations of Polish PM Donald Tusk with": the call noun, "of" and the owner's title words
_OF_OWNER = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,4}?")
_OWNER_WITH = re.compile(r"\s+with\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,4}?")


def _owner_after_noun(item: SentenceFacts, predicate: tuple[int, int], called: list[PersonSpan]) -> PersonSpan | None:
    """The leader a call noun is "of", named between the noun and the "with" of those called."""
    owner = next((p for p in item.leaders() if predicate[1] < p.start < called[0].start), None)
    if owner is None or owner.possessive or owner.ref.slug in {p.ref.slug for p in called}:
        return None
    text = item.text
    if _OF_OWNER.fullmatch(text, predicate[1], owner.start) and _OWNER_WITH.fullmatch(text, owner.end, called[0].start):
        return owner
    return None


def together(text: str) -> bool:
    """Whether a sentence puts three or more on one line: "a joint call", "a video conference"."""
    return bool(cues.MULTI_PARTY.search(text) or _TOGETHER.search(text))


# "was congratulated over the phone by", "were phoned on Monday by": a passive call, its callers after "by"
_PASSIVE_VOICE = re.compile(r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|later\s+|then\s+)?"
                            r"(?:[a-z]{3,}ed\s+)?(?:(?:on|last|this)\s+\w+\s+)?")
_AGENT_BY = re.compile(r"(?:\s+(?:on|last|this)\s+\w+|\s+(?:by|over|on)\s+(?:the\s+)?(?:tele)?phone|\s+by\s+video){0,2}"
                       r"\s*,?\s+by\s+", re.IGNORECASE)


def _passive_agents(item: SentenceFacts, predicate: tuple[int, int], callers: tuple[PersonSpan, ...],
                    clause: tuple[int, int]) -> list[PersonSpan]:
    """The leaders named after "by" of a call told in the passive, its subject the one called; none otherwise."""
    text = item.text
    if callers[-1].possessive or not _PASSIVE_VOICE.fullmatch(text, callers[-1].end, predicate[0]) \
            or (by := _AGENT_BY.match(text, predicate[1])) is None:
        return []
    return [p for p in _group_right_after(item, by.end(), clause) if p.ref.slug not in {c.ref.slug for c in callers}]


_THOSE_WHO = re.compile(r"\b(?:those|leaders|others|the\s+leaders)\s+(?:who|that)\s+(?:also\s+)?"
                       r"(?:received\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?)?$", re.IGNORECASE)
_INCLUDE = re.compile(r"(?:\s+(?:on|last|this)\s+\w+)?\s+(?:include|includes|included|were|are)\s+", re.IGNORECASE)


def _aside_before(text: str, start: int, predicate: int) -> tuple[int, int] | None:
    """A relative clause set off by commas that the clause at `start` opens with, closed before the predicate."""
    if start < 2 or not _ASIDE_OPENER.match(text, start) or not text[:start].rstrip().endswith(","):
        return None
    closing = text.rfind(",", start, predicate)
    return (start, closing) if closing != -1 else None


def _direct_object(text: str, predicate: tuple[int, int], head: PersonSpan, *, noun: bool) -> bool:
    """"phoned Netanyahu", "called up President Macron": the leader is the verb's object."""
    if noun or head.start < predicate[1]:
        return False
    verb = text[predicate[0]:predicate[1]]
    # "called up President Macron", "called yesterday Joe Biden": a particle or a time may stand before the object
    gap = _PARTICLE_OR_TIME.sub("", text[predicate[1]:head.start], count=1)
    gap = _SUCCESSOR_OF.sub("", gap, count=1)
    return bool(_DIRECT_VERB.match(verb) or BRIEFED_VERB.fullmatch(verb)) and only_titles_between(gap)


# "called Mr Muhyiddin's successor Ismail Sabri Yaakob": the one named after the successor is the object, not the
# leader whose successor he is
_SUCCESSOR_OF = re.compile(r"^\s*(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.-]*['’]s?\s+"
                           r"(?:(?:new|newly[- ]\w+|designated)\s+)?(?:successor|predecessor)\s*,?")


_PARTICLE_OR_TIME = re.compile(r"^\s*(?:up|yesterday|today|tonight|last\s+night|this\s+(?:morning|afternoon|evening)"
                               r"|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                               # "called to congratulate Bush": the one greeted is the one called
                               r"|to\s+(?:congratulate|felicitate|thank|greet|console|condole\s+with|brief|wish))\b,?",
                               re.IGNORECASE)


def only_titles_between(gap: str) -> bool:
    """Whether nothing but titles, countries and commas stand in `gap`: "reelected Brazilian President, "."""
    return len(gap) <= _GROUP_GAP_MAX and bool(_GROUP_GAP.fullmatch(gap))


def _groups(text: str, people: list[PersonSpan]) -> list[list[PersonSpan]]:
    groups: list[list[PersonSpan]] = []
    joined: list[bool] = []  # whether "and" (or a dash) joins the group, not commas alone
    for person in people:
        if groups:
            gap = text[groups[-1][-1].end:person.start]
            if gap in _PAIR_DASHES and not groups[-1][-1].possessive:  # "the Biden-Xi call"
                groups[-1].append(person)
                joined[-1] = True
                continue
            # "Sheikh Mohamed, the crown prince of Abu Dhabi and the deputy supreme commander of ..., and Iraqi
            # Prime Minister Mustafa Al Kadhimi": a description set off by commas is no break in the list
            gap = _DESCRIPTION_IN_GAP.sub(",", gap) if gap.startswith(",") else gap
            if len(gap) <= _GROUP_GAP_MAX and _GROUP_GAP.fullmatch(gap) and (
                    "," in gap or _CONJUNCTION.search(gap)) and not groups[-1][-1].possessive:
                groups[-1].append(person)
                joined[-1] = joined[-1] or bool(_CONJUNCTION.search(gap))
                continue
        groups.append([person])
        joined.append(False)
    split: list[list[PersonSpan]] = []
    opener = _OPENING_ADJUNCT.match(text)
    first_comma = text.find(",", opener.end()) if opener else -1
    for group, anded in zip(groups, joined):
        if len(group) > 1 and not anded and group[0].start < first_comma:
            split += [group[:1], group[1:]]  # "After his meeting with Netanyahu, Biden spoke ...": two people
        elif len(group) > 1 and group[0].start < first_comma < group[-1].start:
            # "In his separate conversations with A and B, Bush repeated ...": the opener's list ends at its comma
            split += [[p for p in group if p.start < first_comma], [p for p in group if p.start > first_comma]]
        else:
            split.append(group)
    return split


def _without_titles(before: str) -> str:
    """The text before a leader's name without the titles and descriptions that introduce it.

    Read word by word from the right, so the cost is the length of the titles, however long the sentence.
    """
    tail = before[-_TITLE_REACH:]
    if _CALLED_AT_END.search(tail):
        return before
    # "with United Arab Emirates (UAE) President": the abbreviation in brackets is read as a word of the title
    words = _ABBREVIATION_IN_BRACKETS.sub(lambda found: f" {found.group()[1:-1]} ", tail) if "(" in tail else tail
    cut = len(words)
    for word in reversed(list(_TOKEN.finditer(words))):
        if words[word.end():cut].strip(" \t\n,&") or not _GAP_WORD.fullmatch(word.group()):
            break
        cut = word.start()
    return before[:len(before) - len(tail)] + tail[:cut].rstrip(" \t\n,&")


_TO_REACH = 40  # characters from a call word to the "to" of the one called: "spoke by phone on Monday to"


def _to_of_another_verb(text: str, predicate: tuple[int, int], at: int, called: list[PersonSpan]) -> bool:
    """"The call between A and B has sent a strong signal to Putin", "Ramaphosa's call to Zelensky a strong signal to
    Putin": a "to" far after the call word, past a comma, or after the one already called belongs to another verb."""
    if at < predicate[1]:
        return False
    if any(predicate[1] <= c.start and c.end <= at for c in called):
        return True
    words = [m.start() for m in _TO_WORD.finditer(text, predicate[1], at)]
    if words and _REACHING_OUT.fullmatch(text, predicate[1], words[-1]) and words[-1] - predicate[1] <= _WITH_REACH:
        return False  # "held phone conversations on Saturday, reaching out to A, B and C": the calls' own "to"
    return bool(words) and (words[-1] - predicate[1] > _TO_REACH or "," in text[predicate[1]:words[-1]])


_TO_WORD = re.compile(r"\bto\b", re.IGNORECASE)
_REACHING_OUT = re.compile(r"[^,;]{0,60},\s+reaching\s+out\s+", re.IGNORECASE)


_ANOTHER_CALL_WORD = re.compile(r"\b(?:call|calls|conversation|conversations|discussion|discussions|talks|spoke|spoken"
                                r"|phoned|telephoned|talking|talked|speaking)\b", re.IGNORECASE)


_LEADERS_THEN_INCLUDING = re.compile(r"\s+(?:[\w-]+\s+){0,4}?(?:to|with)\s+(?:[\w-]+\s+){0,2}?(?:leaders|counterparts)\b"
                                     r"[^.;]{0,80}?,?\s+" + INCLUDING + r"\s+(?:[A-Z][\w.'’-]*\s+){0,4}$")


def _with_reaches(text: str, predicate: tuple[int, int], at: int) -> bool:
    """Whether the preposition before `at` belongs to the call: near it, with no meeting or other "with" between."""
    low, high = sorted((predicate[1], at)) if at >= predicate[1] else (at, predicate[0])
    if at >= predicate[1] and _LEADERS_THEN_INCLUDING.match(text, predicate[1], at):
        # "made a series of phone calls on Saturday to world leaders about Ukraine, including A": "including" reaches
        # back to the leaders the calls went to, whatever the topic between
        return not cues.in_person(text[predicate[1]:at])
    if at >= predicate[1] and at - predicate[1] > _WITH_REACH:
        return False
    if at >= predicate[1] and _quotation_opens(text[predicate[1]:at]):
        return False  # 'posted about the call, saying, "... the work we carried out with Zelensky"': the quote's own
    plain = cues.without_remote_meetings(text)  # "held a video conference meeting with Biden": the call itself
    if _MET_WITH.search(plain, max(0 if at < predicate[0] else predicate[1], at - 60), at):
        # "his summit with Kim ..., Moon has spent his time on the telephone"; "the call to Trump comes after his
        # public clash with Zelensky"
        return False
    between = text[low:high]
    if cues.in_person(plain[low:high]):
        return False
    if at >= predicate[1] and _ANOTHER_CALL_WORD.search(plain[low:high]):
        return False  # "After his call to Putin he had another telephone discussion with Xi": that call's "with"
    # "with A" before the predicate: "discussed Syria with Putin in a phone call"
    # "spoke with A and with B": a "with" coordinated with the first is the call's too.
    # "a conference call about the situation with the presidents of A, B and C": leaders by office are no topic's
    topic = _TOPIC_BETWEEN.search(between) and not (at >= predicate[1] and _WITH_LEADERS_OF.search(between))
    return len(re.findall(r"(?<!\band )\bwith\b", between, re.IGNORECASE)) <= (1 if at >= predicate[1] else 0) \
        and not topic


_WITH_LEADERS_OF = re.compile(r"\bwith\s+the\s+(?:presidents|leaders|prime ministers|heads of (?:state|government))"
                              r"\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _unquoted_length(text: str, start: int, end: int) -> int:
    """Characters from `start` to `end` but for whole quotations between: 'Niinisto affirmed that "Finland condemns
    terrorism in all its forms" and evoked a telephone exchange' keeps its subject near its call, whatever he said."""
    return end - start - sum(len(quote.group()) for quote in _QUOTATION.finditer(text, start, end))


def _quotation_opens(between: str) -> bool:
    """Whether a quotation opened in `between` is still open at its end."""
    return between.count("“") > between.count("”") or between.count('"') % 2 == 1


def _long_apposition_between(item: SentenceFacts, end: int, at: int) -> bool:
    """"Diaz-Canel, first secretary of the Central Committee of the Communist Party of Cuba and president of the
    country, held a telephone conversation": a description set off by commas, naming no leader, parts the subject
    from its verb."""
    return at - end <= _APPOSITION_REACH and _APPOSITION_THEN_PREDICATE.fullmatch(item.text, end, at) is not None \
        and not any(end <= p.start < at for p in item.leaders())


def _governed(text: str, person: PersonSpan, clause: tuple[int, int]) -> bool:
    """A leader after a preposition or an event verb is what the clause is about, not who acts."""
    start = person.start
    if (leaders_of := cues.LEADERS_OF_BEFORE.search(text, max(clause[0], start - 40), start)) is not None:
        # "the presidents of Russia, Turkey and Iran": the countries stand for their leaders, who act unless a
        # preposition governs them ("his meetings with the prime ministers of Japan and Canada").
        start = leaders_of.start()
    before = text[max(clause[0], start - 25):start]
    return bool(_GOVERNED.search(before) or _TO_CALLED.search(before))


def _subject_of_time_clause(text: str, group: list[PersonSpan], predicate: tuple[int, int], *, noun: bool) -> bool:
    """"after Biden and Netanyahu spoke by phone", "after Sarkozy and Medvedev held a long telephone conversation":
    the conjunction opens a clause whose subject the group is."""
    return bool(_TIME_CONJUNCTION_BEFORE.search(text, max(0, group[0].start - 30), group[0].start)
                and (_BEFORE_HELD_CALL if noun else _BEFORE_VERB).fullmatch(text, group[-1].end, predicate[0]))


def _named_after_pair_in_account(text: str, group: list[PersonSpan], predicate: tuple[int, int]) -> bool:
    """"Gist of Abe-Trump teleconference": the pair joined by a dash that names the call an account opens with."""
    return len(unique_people(group)) == 2 and text[group[0].end:group[1].start] in _PAIR_DASHES \
        and _ACCOUNT_OF_PAIRS_CALL.fullmatch(text, 0, group[0].start) is not None \
        and _PAIR_DASH_THEN_CALL.fullmatch(text, group[-1].end, predicate[0]) is not None


def _possessive_of_call(text: str, person: PersonSpan, predicate: tuple[int, int]) -> bool:
    between = text[person.end:predicate[0]]
    # "The Chancellor's [Helmut Kohl's] telephone conversation": an editor's bracket closes after the owner
    return len(between) <= 30 and bool(re.fullmatch(r"['’]s?[\])]?\s+(?:\w+[ -]){0,3}", between))


def _after_speaking(text: str, start: int) -> bool:
    """", days after speaking by phone with Putin", ", before phoning the emir": a participle clause of time, whose
    subject is the main one's."""
    found = _AFTER_SPEAKING.match(text, start)
    return bool(found and (found.group("conjunction")
                           or _TIME_CONJUNCTION_BEFORE.search(text, max(0, start - 20), start)))


# "The phone call that Petro and Trump had on Wednesday", "the call from Modi to Hasina": the noun first, its
# leaders after it
_THAT_THEY_HAD = re.compile(r"\s+(?:that|which)\s+$", re.IGNORECASE)
_TOOK_UP_POLICY = re.compile(r"\s+(?:\w+ly\s+)?(?:criticized|criticised|complained\s+about|protested|objected\s+to"
                             r"|questioned|challenged|pushed\s+back\s+on|praised|welcomed"
                             r"|raised\s+(?:concerns|objections)\s+(?:about|over))\s+", re.IGNORECASE)
_POLICY_DURING_CALL = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:tariffs?|polic(?:y|ies)|decisions?|plans?|remarks"
                                 r"|comments|proposals?|measures|sanctions|duties)\s+(?:during|in|on|over)\s+"
                                 r"(?:a|an|the|their)\s+(?:[\w-]+\s+){0,3}?", re.IGNORECASE)
_VALUED_CALL = re.compile(r"\s+(?:also\s+|warmly\s+|greatly\s+)?(?:appreciated|welcomed|valued|praised|hailed"
                          r"|thanked\s+(?:him|her)\s+for|expressed\s+(?:his|her)\s+appreciation\s+(?:of|for))"
                          r"\s+(?:the\s+)?", re.IGNORECASE)
_IN_HIS_OWN_CALL = re.compile(r"\s+(?:in|during|at|over)\s+(?:his|her)\s+(?:[\w.,'’-]+\s+){0,5}", re.IGNORECASE)
_APPEAL_AFTER = re.compile(r"(?:\s+(?:on|last|this)\s+[A-Z]\w+)?\s+"
                           r"(?:to\s+(?!the\s+[A-Z])[a-z]|for\b|on\s+(?:all\s+|the\s+)?[a-z])")
_WAS_TO = re.compile(r"\b(?:was|were)\s+(?:with|to)\s+$", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[;:\"“”]")
_HAD_AFTER = re.compile(r"\s+(?:had|held|conducted)\b", re.IGNORECASE)
_WHICH_AFTER_CALLED = re.compile(r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?\s*,?\s+"
                                 r"(?:which|that)\s+(?:the\s+)?")
_MADE_AFTER = re.compile(r"\s+(?:(?:had|has)\s+)?(?:also\s+)?(?:made|placed|held|initiated|put\s+through)\b",
                         re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\s+from\s+(?:[\w.'’-]+\s+){0,4}$", re.IGNORECASE)
_TO_BEFORE_NAME = re.compile(r"\s+to\s+(?:[\w.'’-]+\s+){0,4}$", re.IGNORECASE)
# "Monday's phone call marked Pashinyan's first direct contact with Erdogan": the call is counted as the possessive
# leader's contact with the one named after "with".
_MARKED_THE_OWNERS = re.compile(r"\s+(?:marked|was|became|represented)\s+(?:[A-Z][\w.'’-]*\s+){0,4}")
_OWNERS_FIRST_CONTACT_WITH = re.compile(r"(?:['’]s?)?\s+(?:first|second|third|first-ever|maiden|latest)\s+"
                                        r"(?:[\w-]+\s+){0,2}?(?:contact|call|conversation|talks?|exchange|dialogue)"
                                        r"\s+with\s+(?:[\w.'’-]+\s+){0,4}")


def _told_after_the_noun(item: SentenceFacts, predicate: tuple[int, int], called: list[PersonSpan],
                         clause: tuple[int, int]) -> tuple[tuple[PersonSpan, ...], list[PersonSpan]]:
    """Callers and called of a call noun that names its leaders only after it: "the call that A and B had", "the
    call from A to B"; (nothing, called) as they were when it does neither."""
    text = item.text
    after = [p for p in item.leaders() if predicate[1] < p.start and p.end <= clause[1] and not p.possessive]
    groups = _groups(text, after)
    if groups and _THAT_THEY_HAD.fullmatch(text, predicate[1], groups[0][0].start) \
            and len(unique_people(groups[0])) >= 2 and _HAD_AFTER.match(text, groups[0][-1].end):
        return (groups[0][0],), [p for p in groups[0] if p.ref.slug != groups[0][0].ref.slug]
    if groups and called and _THAT_THEY_HAD.fullmatch(text, predicate[1], groups[0][0].start) \
            and len(unique_people(groups[0])) == 1 and _HAD_AFTER.match(text, groups[0][-1].end) \
            and all(p.start > groups[0][-1].end and p.ref.slug != groups[0][0].ref.slug for p in called):
        return (groups[0][0],), called  # "the video call that the Argentine president held with Bolsonaro"
    if len(groups) >= 2 and _FROM_BEFORE.fullmatch(text, predicate[1], groups[0][0].start) \
            and _TO_BEFORE_NAME.fullmatch(text, groups[0][-1].end, groups[1][0].start) \
            and only_titles_between(text[groups[0][-1].end:groups[1][0].start].replace(" to ", " ", 1)):
        return tuple(groups[0]), list(groups[1])
    if len(unique_people(called)) == 1 and (maker := next((p for p in item.leaders() if p.start > called[-1].end
                                                            and not p.possessive), None)) is not None \
            and maker.ref.slug != called[0].ref.slug \
            and _WHICH_AFTER_CALLED.fullmatch(text, called[-1].end, maker.start) and _MADE_AFTER.match(text, maker.end):
        return (maker,), called  # "the call to Blair, which Clinton made aboard Air Force One"
    if len(unique_people(called)) == 1 and (owner := next((p for p in item.leaders() if predicate[1] < p.start
                                                            and p.end <= called[0].start and p.possessive), None)) \
            and owner.ref.slug != called[0].ref.slug and _MARKED_THE_OWNERS.fullmatch(text, predicate[1], owner.start) \
            and _OWNERS_FIRST_CONTACT_WITH.fullmatch(text, owner.end, called[0].start) \
            and only_titles_between(text[owner.end:called[0].start].split(" with ", 1)[1]):
        return (owner,), called
    return (), called


def _quoting_leader(item: SentenceFacts, predicate: tuple[int, int],
                    previous_callers: tuple[PersonSpan, ...] = ()) -> PersonSpan | None:
    """The leader whose own words report the call: '"I had a call with Macron," Zelensky wrote', 'Biden posted:
    "Just spoke with Modi."', and with `previous_callers`, '"I spoke with Merz," he added'."""
    text = item.text
    opening = _QUOTE_OPENING.search(text)  # its look at the words it opens reaches "Spoke", the call verb itself
    if opening is None or opening.start() >= predicate[0]:
        return None
    closing = (_QUOTE_CLOSING if opening.group() in "\"“" else _SINGLE_QUOTE_CLOSING).search(text, predicate[1])
    if closing is None:
        return None
    if opening.start() <= 1:  # the quotation opens the sentence: its speaker follows it ('," says Ms Ardern' too)
        after = _REPORTER_AFTER.match(text, closing.end()) or _SPEAKING_THEN_REPORTER.match(text, closing.end())
        if after is None and previous_callers and (pronoun := _PRONOUN_REPORTER_AFTER.match(text, closing.end())):
            title = " ".join((pronoun.group("title") or "").lower().split())
            return previous_callers[0] if title in (previous_callers[0].ref.office or "").lower() else None
        return next((p for p in item.leaders() if after and after.start("who") <= p.start < after.end("who")
                     and (not p.possessive or after.group("post"))), None)
    before = _REPORTER_BEFORE.search(text[:opening.start()])  # 'Biden posted on X: "..."'
    return next((p for p in item.leaders() if before and before.start("who") <= p.start < before.end("who")
                 and not p.possessive), None)


def _speaker_of_quotation(item: SentenceFacts, predicate: tuple[int, int]) -> PersonSpan | None:
    """The leader named as the speaker of the quotation that holds the predicate: '"...," Boluarte said', '"...,"
    said Boluarte', 'Boluarte said: "..."'."""
    text = item.text
    opening = max(text.rfind(mark, 0, predicate[0]) for mark in "\"“")
    if opening < 0 or text[:opening].count('"') % 2 or "”" in text[opening:predicate[0]]:
        return None
    closing = _QUOTE_CLOSING.search(text, predicate[1])
    if closing is None:
        return None
    if opening <= 1:
        after = _REPORTER_AFTER.match(text, closing.end()) or _SPEAKING_THEN_REPORTER.match(text, closing.end()) \
            or _TITLE_REPORTER_AFTER.match(text, closing.end())
    else:
        after = _REPORTER_BEFORE.search(text[:opening])
    return next((p for p in item.leaders() if after and after.start("who") <= p.start < after.end("who")
                 and not p.possessive), None)


_SPEAKING_THEN_REPORTER = re.compile(rf"\s*,?\s*{_SPEAKING}\s+(?P<who>(?:[A-Z][\w.'’-]*\s+){{0,4}}[A-Z][\w.'’-]*)")
# '"President Trump and I spoke," the Prime Minister said': a bare title, which the article's context resolved
_TITLE_REPORTER_AFTER = re.compile(rf"\s*,?\s*(?P<who>the\s+(?:[A-Z][\w.'’-]*\s+){{0,3}}[A-Z][\w.'’-]*)"
                                   rf"\s+{_SPEAKING}\b")


def bare_title(text: str, person: PersonSpan) -> bool:
    """Whether the person is named only by a title ("the President"), which the article's context resolved."""
    return text.startswith(("the ", "The "), person.start)


def quoted_apart(text: str, at: int, predicate: tuple[int, int]) -> bool:
    """Whether `at` is inside a quotation that the call word at `predicate` stands outside of."""
    return any(quote.start() < at < quote.end() and not quote.start() <= predicate[0] < quote.end()
               for quote in _QUOTATION.finditer(text, 0, max(at, predicate[0]) + 400))


def _subject_past_object(text: str, candidates: list[list[PersonSpan]], clause_start: int,
                         predicate_start: int) -> list[PersonSpan] | None:
    """When the last group before the predicate is the object of a verb coordinated with it ("Scholz thanked Macron
    for his support, then spoke with Biden"), the leader right before that verb, who is its subject (none when the
    subject is no leader: "Vice President Vance briefed Trump on the talks, then spoke with Modi"). None otherwise."""
    if not candidates or not object_then_predicate(text, candidates[-1], clause_start, predicate_start):
        return None
    subject = candidates[-2] if len(candidates) >= 2 else []
    return subject if subject and _SUBJECT_THEN_VERB.fullmatch(
        _without_titles(text[subject[-1].end:candidates[-1][0].start])) else []


def object_then_predicate(text: str, group: list[PersonSpan], clause_start: int, predicate_start: int) -> bool:
    """ "briefed Trump on the talks, then spoke with Modi": the group is the object of the verb before it, and the
    predicate that follows "then" is the subject's, not the group's."""
    return bool(_THEN_PREDICATE.fullmatch(text, group[-1].end, predicate_start) and _VERB_BEFORE_OBJECT.search(
        _without_titles(text[max(clause_start, group[0].start - 40):group[0].start])))


_TOLD_BEFORE_AND = re.compile(r"\s*(?:(?:His|Her)\s+(?:Royal\s+)?(?:Majesty|Highness)|He|She)\s+(?:and|&)\s+"
                              r"(?:the\s+)?")


def _owner_named_before(item: SentenceFacts, pronoun: int, called: tuple[PersonSpan, ...]) -> tuple[PersonSpan, ...]:
    """The one leader a sentence names before its "he", only as an owner ("before Trump's inauguration"), if no one
    else is named before it."""
    before = [p for p in item.leaders() if p.end <= pronoun]
    if len({p.ref.slug for p in before}) != 1 or not all(p.possessive for p in before) \
            or before[0].ref.slug in {p.ref.slug for p in called}:
        return ()
    return (before[0],)


def sentence_subject(item: SentenceFacts) -> PersonSpan | None:
    """The leader a sentence opens with as its subject ("French President Emmanuel Macron will travel to Israel"):
    whom a "he" in the next sentence means."""
    # '"I spoke with Starmer and Merz," Zelensky said': those quoted are not the subject, the speaker after is
    opening = len(item.text) - len(item.text.lstrip())
    closing = _QUOTE_CLOSING.search(item.text, opening + 1) if item.text.startswith(('"', "“"), opening) \
        else _SINGLE_QUOTE_CLOSING.search(item.text, opening + 1) if item.text.startswith(("'", "‘"), opening) else None
    low = closing.end() if closing is not None else 0
    for person in item.leaders():
        if person.start < low:
            continue
        if person.start - low > _SUBJECT_OPENING_REACH:
            return None
        if _TOLD_BEFORE_AND.fullmatch(item.text, low, person.start):
            return None  # "His Majesty and President Erdogan also affirmed": the subject is still the one told before
        if not person.possessive and not _governed(item.text, person, clause_around(item.text, person.start)):
            return person
    return None


def unique_people(people: list[PersonSpan]) -> list[PersonSpan]:
    """Each person once, where first named."""
    seen: dict[str, PersonSpan] = {}
    for person in people:
        seen.setdefault(person.ref.slug, person)
    return list(seen.values())
