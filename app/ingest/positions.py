"""Find what each leader, or their office, said in a call: stance, topic and the sentence it came from.

One sentence is one leader's account. Who gives it is decided in this order:
  1. a side that reports it: "the White House said", "according to Egypt's presidency", "Mr. Moon's spokesman
     said", "the Chinese side": that country's leader on the call;
  2. otherwise the subject of the first verb of stating ("urged", "said", "agreed"): the nearest person before
     it who is not an object ("told Mr. Putin", "with Mr. Xi", "about Netanyahu") nor a possessive; "he" or
     "she" is whoever spoke last, an adviser as much as a leader;
  3. a group subject ("the two leaders", "Biden and Netanyahu agreed") is the account of the side that tells
     the story: the government the article speaks for, else the leader who placed the call. On a call of three
     or more, a group the text names or counts ("Macron and Merkel pressed", "the three leaders told Trump") is a
     bloc speaking together: the sentence is filed under each of its members;
  4. with no person as subject, a country of the call that opens the sentence and states what it will do ("China
     stands ready to", "The armed forces of the United States will not"): that country's leader; in a
     government's own readout only its own country counts, the others' plans being its account of them.
A leader may be named by a bare title ("the chancellor said") when one leader of the call holds it.

Apart from such a bloc, a sentence whose clauses are given by different leaders ("Putin informed him of the
results, and that Lula expressed support ...", "Biden urged ..., and Netanyahu said ...") is split there: each
clause is filed under its own leader with its own offsets, so no text stands under two leaders and none begins
with "that".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace

from app.ingest import cues
from app.ingest.analysis import ArticleFacts, PersonSpan, SentenceFacts
from app.ingest.articles import DATE_ONLY_LINE
from app.ingest.caseless import caseless, gated
from app.ingest.quotations import inside_quotation_only, quotation_runs, whole_quotation
from app.ingest.topics import TopicHit
from app.ingest.types import LeaderRef, PositionDraft, Sentence

AGENT_REACH = 110  # characters between the one who speaks and the verb of speaking
_GROUP = re.compile(r"\b(?:the (?:two|three|four)(?: (?:leaders|men|presidents|heads of state|sides))?"
                    r"|both (?:leaders|presidents|men|sides)|the leaders|the presidents|the heads of state|they"
                    r"|the heads of (?:the two|both) (?:states|countries)"
                    r"|^both(?!\s+(?:countries|nations|governments|of)\b))\b", re.IGNORECASE)  # "Both agreed that ..."
_OBJECT_BEFORE = re.compile(
    r"\b(?:with|to|told|tells|telling|urged|urging|asked|asking|assured|assuring|warned|warning|thank|thanks|thanked"
    r"|thanking|congratulated|congratulating|pressed|pressing|briefed|briefing|informed|informing|invited|inviting"
    r"|called|phoned|telephoned|calls|phones|dials|dialled|dialed|rings|rang|rung|ringing|phoning|telephoning|calling"
    r"|(?:called|calls|phoned|phones|dialed|dialled|dials|rang|rings|rung)\s+up"  # "Biden dialed up Xi"
    r"|about|on|of|for|by|from|against|than|over|toward|towards|between|commended|praised|reassured"
    r"|felicitated|felicitating|greeted|greeting|hailed|hailing|lauded|lauding|saluted|saluting"
    r"|welcomed|welcoming|received|receiving"
    r"|hosted|hosting|reminded|reminding|updated|updating|encouraged|encouraging|advised|advising|requested"
    r"|requesting|condoled|consoled|apprised|apprising|wished|wishing)"
    # "called new Israeli Prime Minister Ehud Olmert": the one called, whatever is said of him first; "spoke to both
    # Putin and Zelensky": both spoken to
    r"\s+(?:both\s+)?(?:the\s+)?"
    r"(?:(?:new|newly[ -]elected|incoming|outgoing|acting|interim|caretaker|re-?elected)\s+)?$",
    re.IGNORECASE)
# "with his Uzbek counterpart, Shavkat Mirziyoyev", "with the newly elected American President Donald Trump", "with
# Japan's new prime minister, Shigeru Ishiba": an object named after its description.
_OBJECT_DESCRIBED = re.compile(
    r"\b(?:with|(?<!according )to|told|urged|asked|assured|warned|thanked|congratulated|pressed|briefed|informed"
    r"|invited|called|phoned|telephoned|rang|rung|dialed|dialled|from)(?:\s+up)?"
    r"\s+(?:his|her|their|its|the|[A-Z][\w.-]*['’]s?)\s+"
    r"(?:(?!(?:and|but|while|who|which)\b)[\w.'’-]+\s+){0,6}"
    r"(?:(?:counterparts?|presidents?|prime ministers?|leaders?|chancellor|premier|king|emir|sultan|head of state"
    r"|of (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*),\s+)?$"
    # "called President of the UAE, Sheikh Mohamed bin Zayed", "called Emir of Qatar, Sheikh Tamim": a bare title
    r"|\b(?:with|(?<!according )to|told|urged|asked|assured|warned|thanked|congratulated|pressed|briefed|informed"
    r"|invited|called|phoned|telephoned|rang|dialed|dialled|from)\s+(?:the\s+)?"
    r"(?:president|prime minister|emir|amir|king|sultan|crown prince|chancellor|premier)\s+of\s+(?:the\s+)?"
    r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*,\s+$", re.IGNORECASE)
_WHO_BETWEEN = re.compile(r",?\s+who\s+(?:also\s+|then\s+|later\s+)?")
# Between the names of a bloc: "A and B", "A, B", and "Ferdinand Marcos, Jr. and Emmanuel Macron".
# "Erdogan and his Russian counterpart Vladimir Putin": the counterpart is named beside the first, not told.
# "King Salman and Turk President Erdogan": a people's word the name's title does not hold.
_AND_BEFORE = re.compile(r"(?:,?\s*(?:Jr|Sr)\.?)?\s*(?:,|[Aa]nd|,\s*[Aa]nd)\s*"
                         r"(?:the\s+|(?:his|her)\s+(?:[A-Z][\w-]*\s+)?counterpart,?\s+|[A-Z][a-z]+\s+)?$")
# "Netanyahu's office did not comment", "The White House declined to say whether ...": nothing was stated.
_SAID_NOTHING = re.compile(r"\b(?:did not|didn['’]t|would not|wouldn['’]t|declined to|refused to)"
                           r"\s+(?:immediately\s+)?(?:comment|say|confirm|elaborate|respond|give details|disclose"
                           r"|go into (?:the\s+)?details)\b"
                           r"|\bno comment\b|\bcould not be reached\b"
                           # '"I would prefer to refrain from commenting on details"': declining in the first person
                           r"|\brefrain(?:s|ed|ing)? from (?:commenting|comment|going into|disclosing|elaborating)\b"
                           # "No further details of the call were released", "Details were not immediately available"
                           r"|\b(?:no (?:further |other |more )?)?details (?:of|about|on) the (?:call|conversation|talks?)"
                           r"\s+(?:were|was) (?:not |not immediately )?(?:released|given|disclosed|available)\b"
                           r"|\bdetails were not (?:immediately )?(?:available|released|given|disclosed)\b"
                           # "The details of what the two leaders discussed are not yet known"
                           r"|\b(?:details|content)\b[^.;]{0,60}\b(?:are|were|is|was|remains?|remained)\s+"
                           r"(?:still\s+)?(?:not (?:yet )?known|unknown|unclear)\b"
                           # "It was unclear whether Trump and Albanese discussed statehood on their call"
                           r"|\bit\s+(?:was|is|remains|remained)\s+(?:still\s+)?(?:unclear|not\s+clear|not\s+known"
                           r"|unknown)\s+(?:whether|if|what|how)\b"
                           # "Neither the US government nor Trump immediately released a statement"
                           r"|\bneither\b[^;]{0,80}?\bnor\b[^;]{0,60}?\b(?:immediately\s+)?(?:released|issued|gave|made"
                           r"|commented|responded|confirmed)\b"
                           # "The German government did not announce the call and has not released a readout"
                           r"|\b(?:did|does|has|have|had)(?: not|n['’]t)\s+(?:yet\s+|immediately\s+|publicly\s+)?"
                           r"(?:announced?|released?|published|publish|issued?|put out)\s+(?:the|a|an|any|its|their)\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:call|conversation|talks?|readout|statement|summary)\b",
                           re.IGNORECASE)
# "The two leaders are believed to have discussed ...", "a decision he is assumed to have passed on", "Bush clearly
# wanted to act quickly this time": the writer's guess at what was said or meant ("is understood to have told", from
# a source, is an account of it).
_GUESSED = caseless(r"\b(?:is|are|was|were)\s+(?:widely\s+|generally\s+)?(?:believed|thought|assumed|presumed"
                    r"|supposed|rumou?red)\s+to\s+have\b"
                    r"|\b(?:clearly|obviously|evidently|apparently|presumably|plainly)\s+(?:wanted|hoped|intended"
                    r"|sought|wished|meant|was keen|were keen)\b")
# "Lula didn't mention, however, the US embargo", "The Egyptian statement did not refer to the strikes": what the
# leader or the side's account left unsaid is no position ("..., but urged" is)
_LEFT_UNSAID = re.compile(r"[^,;:]{0,60}?\b(?:did|does|do)(?: not|n['’]t)\s+(?:\w+\s+)?(?:mention|raise|discuss"
                          r"|bring up|address|touch on|refer to|allude to)\b(?![^;]*\bbut\b)", re.IGNORECASE)
# "There was no readout from the Indian side", "the conversation lasted about 40 minutes", "A photo released by his
# office showed ...": the record of the call, no one's position in it.
_RECORD_ONLY = re.compile(r"\bno (?:(?:official|formal|public|immediate|further|confirmation or|comment or"
                          r"|(?-i:[A-Z])[a-z]+(?:i|an|ese|ish|ch))\s+){0,3}(?:readout|statement)\b"
                          r"|\b(?:call|conversation|talks)\s+lasted\b[^,;]*$"
                          r"|\bphoto(?:graph)?s?\s+(?:[\w'’]+\s+){0,6}?(?:showed|shows)\b", re.IGNORECASE)
# "The White House released a readout of the call.", "Shortly after, his office offered more details.", "Macron
# confirmed that the call took place", "This was reported by the press office", "Readouts are available": how the
# call was made known, and "Apparently, ...", "I don't know whether ...": the writer's own remarks on it.
_ABOUT_THE_REPORT = caseless(
    r"\b(?:released|issued|published|put out|posted)\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:readout|statement|summary|transcript|account)\s+(?:of|on|about)\s+(?:the|[\w.-]+['’]s?)\s+"
    r"(?:[\w-]+\s+){0,3}(?:call|conversation|talks?)\b[^,;:]{0,30}:?$"
    r"|\b(?:offered|gave|provided|shared|released)\s+(?:some\s+|more\s+|further\s+|additional\s+|few\s+)?"
    r"details\b[^,;:]{0,30}$"
    r"|\b(?:call|conversation|talks)\s+(?:had\s+)?(?:took|taken)\s+place\b[^,;:]{0,30}$"
    # "..., confirmed the phone call on Thursday": that the call was held, and when it was made known
    r"|\b(?:confirmed|acknowledged)\s+(?:the|their|his|her)\s+(?:(?:tele)?phone\s+|video\s+)?(?:call|conversation)"
    r"(?:\s+(?:(?:on|late|early)\s+)?(?:\w+day|yesterday|today|earlier|later)(?:\s+\w+)?)?\W*$"
    # "The call was initiated by the French side, Kremlin spokesman Dmitry Peskov said"
    r"|\b(?:call|conversation)\s+(?:was|had been)\s+(?:requested|initiated|arranged|sought)\s+by\b[^,;:]{0,40}"
    r"(?:,\s+(?:according to [^,;:]{1,40}|[^,;:]{1,60}?\s(?:said|says|stated|reported|added)\b[^,;:]{0,30}))?$"
    # "Putin's last publicly announced conversation with the crown prince was on March 3, according to the Kremlin":
    # when the call before this one was
    r"|\b(?:last|previous|earlier|prior)\s+(?:[\w-]+\s+){0,3}?(?:call|conversation|talks?)\b[^,;:]{0,60}?\s"
    r"(?:was|were|took\s+place|(?:was|were)\s+held)\s+(?:on|in)\s+[^,;:]{1,30}"
    r"(?:,\s+(?:according to [^,;:]{1,40}|[^,;:]{1,60}?\s(?:said|says|stated|reported|added)\b[^,;:]{0,30}))?$"
    r"|^\s*(?:this|that|it)\s+was\s+(?:reported|announced|stated|disclosed)\s+(?:by|in|on)\b"
    # "The White House readout of the call was released after the markets had closed": when the account came out
    r"|\b(?:readout|statement|summary|transcript|account)\s+(?:of|on)\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:call|conversation|talks?)\s+(?:was|were)\s+(?:\w+ly\s+)?(?:released|issued|published|put out|posted)\b"
    # "disappointed that details of the exchange had been leaked": a later reaction to how the call came out
    r"|\b(?:details|transcripts?|contents|accounts?|records?|notes)\s+(?:of\s+(?:the|their|that|this)\s+"
    r"(?:[\w-]+\s+)?(?:call|conversation|exchange|talks?)\s+)?(?:had\s+been|have\s+been|has\s+been|were|was)\s+"
    r"leaked\b"
    r"|\breadouts?\s+(?:of\s+(?:the|their|this|that)\s+(?:[\w-]+\s+)?(?:call|conversation|talks?)\s+)?"
    r"(?:are|is|were|was|will be)\s+(?:available|posted|published|released)\b"
    r"|^\s*(?:apparently|evidently|presumably|seemingly|curiously|oddly)(?:\s+enough)?,"
    r"|^\s*it\s+(?:seems|seemed|appears|appeared)\s+(?:that|as if|as though|likely that)\b"
    r"|^\s*i\s+(?:don['’]t|do not|can['’]t|cannot)\s+(?:know|tell|say)\s+(?:if|whether)\b"
    # "One unmentioned issue: the Keystone XL pipeline, a project Harper backed": the writer's aside on what the call
    # left out
    r"|^\s*(?:one|another|an|the)\s+(?:un(?:mentioned|addressed|discussed|raised)|missing|absent|omitted)\s+"
    r"(?:issue|topic|subject|matter|question)\s*:"
    # "Experts pointed out that in Sunday's talks the two leaders ...": analysts' reading of the call
    r"|^\s*(?:(?:some|many|most|several|other|political|foreign)\s+)?(?:experts?|analysts?|observers?|commentators?"
    r"|pundits?|scholars?)\s+(?:have\s+)?(?:\w+ly\s+)?(?:said|say|says|pointed out|point out|noted|note|believe"
    r"|believed|argued|argue|suggested|suggest|think|thought)\b"
    # "Harris joined the call, according to the White House": who was on it; "Sources: a statement on ..."
    r"|\b(?:joined|took part in|participated in|sat in on|listened in on) the (?:[\w-]+ )?(?:call|conversation)\b"
    r"[^,;:]{0,30}(?:,\s+according to [^,;:]{1,40})?$"
    r"|^\s*sources?:"
    # "the presidency released details of the call, but the American version was not available", "That fuelled
    # speculation that the conversation did not happen", "Saturday's call was the first between them since ...":
    # how the call was made known or received, and where it stands among others
    r"|\b(?:released|gave|provided|published|issued)\s+(?:[\w-]+\s+)?details\s+of\s+the\s+(?:call|conversation"
    r"|talks?)\b[^,;:]{0,30}(?:,\s+but\s+[^,;:]{1,80})?$"
    r"|^\s*(?:this|that|it)\s+(?:fuell?ed|fanned|sparked|prompted|raised|stirred)\s+(?:speculation|questions|doubts"
    r"|rumou?rs)\b"
    r"|\b(?:call|conversation|talks?)\s+(?:was|is|were|marked)\s+(?:the|their)\s+(?:first|second|third|latest|last"
    r"|only)\b(?:\s+(?:[\w-]+\s+){0,3}?(?:between|since|of|in)\b)"
    # "The call marked the fourth interaction between them", "The conversation continues the tradition of high-level
    # exchanges, official sources said": the call framed by the writer or a source
    r"|^\s*(?:the|this|their)\s+(?:[\w-]+\s+){0,2}?(?:call|conversation|talks)\s+(?:also\s+)?(?:marked|marks"
    r"|continues|continued|reflects|reflected|underscores|underscored|symbolizes|symbolized|symbolises|symbolised)\b"
    # "Here's the full readout that was issued by the White House after the call:", "Below is the statement released
    # by Downing Street:": the line bringing in the readout, which follows it
    r"|^\s*(?:here['’]s|here is|here are|below is|below are|(?:the\s+)?following is)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:readouts?|statements?|transcripts?|summary|text)\b[^.;:\"“”]{0,100}:\s*$"
    r"|\b(?:issued|released|published|put out|posted|distributed)\s+(?:the|a|an|its|their)\s+(?:following\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:readout|statement|transcript|summary)\b[^.;:\"“”]{0,60}:\s*$"
    # "Update: The White House readout of the president's call:": a label naming the readout below it
    r"|^\s*(?:(?:update|updated|full text)\s*:\s*)?(?:the\s+)?(?:[\w'’.-]+\s+){0,4}?(?:readout|statement|transcript"
    r"|summary)\s+(?:of|on|about|from)\s+[^.;:\"“”]{1,80}:\s*$"
    # "Also present on the Chinese side were Wang Yi, ...; Ding Xuexiang, ...": who else was on the call
    r"|^\s*also\s+(?:present|taking part|participating)\b(?:\s+(?:on|at|in|for|during)\s+[^,;:]{1,60}?)?"
    r"\s+(?:were|was)\b"
    # "afterwards, President Moon shared what the two leaders discussed on Facebook", "his spokesman had in a series
    # of tweets disclosed what both leaders discussed": where or that the call was told of, and nothing of it
    r"|\b(?:shared|posted|published|revealed|disclosed)\s+(?:(?:on|in|via)\s+[^,;:\"“”]{1,40}?\s+)?what\s+"
    r"(?:the\s+(?:two\s+)?(?:leaders|men|sides|presidents)|both\s+(?:leaders|men|sides|presidents)|they|he|she)\s+"
    r"(?:had\s+)?(?:discussed|talked about|said|agreed)(?:\s+(?:on|in|via)\s+[^,;:\"“”]{1,60})?[.!]?\s*$")
# "The White House said Putin initiated the call to Obama.", "Merkel requested the conversation, the Kremlin said": who
# placed the call ("made a point of saying that Washington had asked for it"), no one's position in it.
_WHO_PLACED_IT = re.compile(r"\b(?i:initiated|requested|placed|arranged|sought|asked for)\s+(?:it|the\s+"
                            r"(?:(?i:phone|telephone|video)\s+)?(?i:call|conversation))"
                            r"(?:\s+(?i:to|with)\s+(?:(?:[A-Z][\w.'’-]*|the|his|her)\s+){0,4}[A-Z][\w'’-]+)?"
                            r"(?:,\s+(?:according to [^,;:\"“”]{1,40}"
                            r"|[^,;:\"“”]{1,40}?\s(?:said|says|reported|added)))?"
                            r"[.!]?\s*$")
# "Both the White House and the Kremlin issued similar statements": that each side told of the call, nothing of it.
_SIMILAR_STATEMENTS = caseless(r"\b(?:offered|issued|released|gave|put out)\s+(?:similar|separate|matching|brief"
                               r"|their own)\s+(?:statements|readouts|accounts)[.!]?\s*$")
# "William J. Clinton, Statement on ... Online by Gerhard Peters and John T. Woolley, The American Presidency Project":
# the citation of the archive a page comes from.
_ARCHIVE_CITATION = re.compile(r"\b(?:Online|Compiled|Collected|Archived|Edited) by (?:[A-Z][\w.'’-]*\s+){0,3}"
                               r"[A-Z][\w'’-]*(?:,?\s+and\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*)?,\s+"
                               r"(?:The\s+)?(?:[A-Z][\w'’-]*\s+){0,4}(?:Project|Archives?|Library|Collection)\b")
# '"Yes," says the Prime Minister.', 'Asked if it went well, "I think so," replied Scholz.': a bare answer to someone
# else's question, with nothing in it.
_BARE_REPLY = re.compile(r"(?:[^\"“”]{0,100},\s*)?[\"“](?:yes|no|yeah|sure|of course|i do|i did|i will|i have"
                         r"|i am|i think so|i hope so|i don['’]t know|not yet|absolutely|certainly|indeed|maybe"
                         r"|perhaps|no comment)[.,!?]*[\"”],?(?:\s+[\w.'’-]+){0,4}?"
                         r"\s+(?:said|says|replied|replies|answered|answers|responded|responds|added|adds)"
                         r"(?:\s+[\w.'’-]+){0,4}[.!?]?\s*", re.IGNORECASE)
# "The call lasted two hours, according to the White House", "Biden and Xi began the call at 8:33 a.m. ET", "the
# two men began the conversation shortly before 1400 GMT": when it ran and how long, no one's position in it.
_LOGISTICS = caseless(
    r"\b(?:call|conversation|talks?|exchange)\b(?:,[^,;]{1,60},|\s+took\s+place\b[^,;]{0,40}?\s+and)?\s+"
    r"(?:had\s+)?lasted\b"
    r"|\b(?:began|started|opened|ended|finished|concluded)\s+(?:(?:the|their|this)\s+(?:[\w-]+\s+)?"
    r"(?:call|conversation|talks?)|it)\s+(?:(?:shortly|just|at|about|around|some|before|after)\s+){1,3}"
    r"(?:\d|noon\b|midnight\b)")
# Verbs that only tell who gives the account: "..., the White House said", "Ushakov told reporters".
_LOGISTICS_REPORTED = re.compile(r"(?:said|says|added|stated|reported|told\s+(?:reporters|journalists))\b",
                                 re.IGNORECASE)
# "Putin and Schroeder spoke by telephone on Friday", "made phone calls to foreign leaders": the call told as held.
_CALL_HELD = caseless(r"\b(?:spoke|talked|conferred|phoned|telephoned|rang|dialed|dialled"
                      r"|called(?!\s+(?:for|on|off|up|out|back)\b)"
                      r"|(?:held|had|made|placed|conducted)\s+(?:a|an|their|his|her)?\s*(?:[\w-]+\s+)?"
                      r"(?:(?:tele)?phone\s+|video\s+)?(?:calls?|conversations?))\b")
# The verbs that only tell who gives that account: "..., the Kremlin said", "He said Blair spoke by phone ...",
# "..., according to a tweet posted on his account", "..., Ruto wrote on X".
_ONLY_REPORTING = re.compile(r"(?:said|says|added|adds|stated|states|noted|notes|reported|reports|announced"
                             r"|announces|confirmed|confirms|posted|posts|tweeted|tweets|wrote|writes|informs"
                             r"|told\s+(?:reporters|journalists))\b", re.IGNORECASE)
_ATTRIBUTION_BEFORE = re.compile(r",\s+[^,;]{1,60}$")  # ", the German government" before its closing verb
_ATTRIBUTION_TAIL = re.compile(r"[^,;]{0,40}$")
# "called Herzog to express his condolences", "spoke about the plant", "held a call, thanking him": what it was for.
_WHAT_FOR = caseless(r"\b(?:about|regarding|concerning|discuss\w*|amid|over the)\b"
                     r"|\bto\s+(?:discuss|express|convey|congratulate|offer|extend|thank|wish|urge|ask|seek|review"
                     r"|coordinate|talk|share|inform|brief|update|press|condole|mark|reaffirm|exchange|follow)\b"
                     r"|,\s+(?!according\b)[a-z]+ing\b|[\"“”]")
# "(Turkish Presidency via AP, Pool)", "(AP Photo/Evan Vucci)", "(Amos Ben Gershon/GPO)": a photo's credit, and "Hun
# Manet (left) and Phumtham (right) agreed ...": where those pictured stand; so the sentence is a photo's caption.
_PHOTO_CAPTION = caseless(r"\((?:[^()]{0,60}?\s)?(?:via (?:ap|afp|reuters|getty images)|ap photo|getty images"
                          r"|pool photo|photo:)\b[^()]{0,60}\)"
                          r"|\([^()/]{1,40}/(?:ap|afp|reuters|gpo|pool|file|getty images|anadolu|sputnik|xinhua)\)"
                          r"|\((?:far |second from (?:the )?|third from (?:the )?)?(?:left|right|centre|center)\)"
                          # "Handout photo released by the presidency showing ...", "... Photo: press service"
                          r"|^\W*(?:a\s+)?(?:handout|file|undated)\s+(?:picture|photo(?:graph)?|image)\s+"
                          r"(?:released|provided|distributed|issued|made available)\s+by\b"
                          r"|\sphoto:\s+[^\s!?]+(?:\s+[^\s!?]+){0,3}\s*$")
# "Biden was briefed throughout Saturday morning on ...": the leader was told, and stated nothing.
_WAS_BRIEFED = caseless(r"\b(?:was|were|is|are|has been|had been|being|kept)\s+(?:\w+ly\s+)?"
                        r"(?:briefed|updated|apprised)\b(?!\s+by\b)")
# "The operator said the plant was shut down. The Russian side also confirmed the shutdown.": a side that also
# confirms what someone off the call had just reported tells that news, not the call.
_ALSO_CONFIRMED = caseless(r"\balso\s+(?:confirmed|acknowledged)\s+(?!that\b)")
# "The Prime Minister's Spokesman began the briefing by introducing himself", "future briefings will be on the
# record": the briefing's own housekeeping, told with no leader of the call named.
_BRIEFING_HOUSEKEEPING = caseless(
    r"\b(?:began|opened|started)\s+(?:the|his|her|today['’]s|this\s+\w+['’]s)\s+(?:[\w-]+\s+)?briefing\s+by"
    r"\s+introducing\s+(?:himself|herself|themselves)\b"
    r"|\bbriefings?\s+(?:will|would)\s+(?:now\s+)?be\s+(?:on|off)\s+the\s+record\b")
# "But the Kremlin paints a different picture of the call, saying ...": the side opening the sentence says it.
_OPENING_SIDE = re.compile(r"\s*(?:(?:But|And|However|Meanwhile|Yet),?\s+)?")
# "The Kremlin echoed the White House, and said ...": the side opening the sentence goes on to say it.
_SAYING = re.compile(r",\s+saying\b|,?\s+and\s+(?:also\s+)?(?:said|says|stated|added|noted)\b")
_LONGER_WORD = re.compile(r"\b[^\W\d_]{4,}")
_TITLE_CASE_WORDS = 5
_BY_AFTER = re.compile(r"\s+by\s+", re.IGNORECASE)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:also\s+|reportedly\s+)?$", re.IGNORECASE)
# "was determined to", "were worried about": a state the leader is in, which the leader holds as a position.
_STATE_OF_MIND = re.compile(r"determined|worried|committed|concerned", re.IGNORECASE)
_TITLE_BEFORE_NAME = 40  # "was told by the Russian president", "by President Vladimir Putin"
_HONORIFIC = re.compile(r"\b(?:His|Her) (?:Royal )?(?:Highness|Majesty)\b")
# Gulf monarchies, whose ruling family's leaders readouts call "His Highness" whatever their office; elsewhere only
# the monarch is "His Majesty" (a British or Spanish prime minister never is).
_RULING_FAMILIES = frozenset({"AE", "QA", "KW", "BH", "OM", "SA", "BN"})
_MONARCH_OFFICES = frozenset({"King", "Queen", "Emir", "Amir", "Sultan", "Emperor", "Crown", "Grand", "Prince"})
_TRAVELLED_TO = re.compile(r"\b(?:visit|visits|visited|visiting|trip to|travel(?:s|led|ed|ling|ing)? to|arrived in"
                           r"|flew to|went to|returned from|back from)\s+$", re.IGNORECASE)
# "the British Ambassador to Washington, Peter Mandelson, said": where an envoy serves, not who tells
_POSTED_TO = re.compile(r"\b(?:ambassadors?|envoys?|embassy|consul(?:ate)?)\s+(?:to|in)\s+(?:the\s+)?$", re.IGNORECASE)
_ASIDE = re.compile(r",\s+(?:who|whose|whom)\b[^,]*,")
_REPORT_ONLY = re.compile(r"said|says|told|added", re.IGNORECASE)
_QUOTATION = re.compile(r"“[^”]*”|\"[^\"]*\"")
# ", the White House said." closing a sentence: the whole sentence is that side's account.
# "..., the White House statement said, without mentioning the new government.", '"...," the Kremlin release stated.':
# so with the noun of what it issued.
_TRAILING_REPORT = re.compile(r"\s+(?:(?:statement|readout|release|summary|spokes(?:man|woman|person))\s+)?"
                              r"(?:said|says|reported|added|announced|stated|read|reads)\b[^,;]{0,40}"
                              r"(?:,\s+(?:without|adding|citing|noting)\b[^,;]{0,60})?[.!?\"”’]*\s*$",
                              re.IGNORECASE)
_SAID_AFTER = re.compile(r"\s+(?:said|says|added|wrote|told)\b", re.IGNORECASE)
_SPOKESPERSON_NAMED = re.compile(r"\s+(?:spokes(?:man|woman|person)|press secretary)\s+(?:[A-Z][\w'’-]+\s+){0,2}"
                                 r"[A-Z][\w'’-]+")
_REPORTED_BY = re.compile(r"\b(?:according to|said|says|say|told|announced that|statement|readout)\b", re.IGNORECASE)
# ", the presidential office said" closing a report: the office of the one leader of the call holding that title.
_OFFICE_TELLS = re.compile(r"(?:,|\baccording to)\s+(?:the\s+)?(?P<office>presidential|president['’]s|prime minister['’]s"
                           r"|premier['’]s|chancellor['’]s)\s+office(?=\s+(?:said|says|stated|announced|added)\b|[,.]?\s*$)",
                           re.IGNORECASE)
# "In New Delhi, the PMO in a statement said the two leaders ...": the office, as its own capital calls it, reports.
# "A PMO spokesman said ...": so does its spokesperson.
_OFFICE_OPENS_REPORT = re.compile(r"(?:^|,\s+)(?:the\s+|an?\s+)?(?:(?-i:PMO)|(?P<office>president['’]s"
                                  r"|prime minister['’]s|chancellor['’]s)\s+office)"
                                  r"\s+(?:(?:official\s+)?spokes(?:man|woman|person)\s+)?"
                                  r"(?:in a statement\s+|also\s+)?(?:said|says|stated|announced|added)\b",
                                  re.IGNORECASE)


# "the chancellor", "the president": the one leader of the call holding that office.
# An Indian readout's "Prime Minister conveyed ..." opens a sentence or a clause with the title and no article.
# Without the article, a capitalised word after it is a name ("President Lai"), not the bare title.
# So does a country's adjective with no article: "In this conversation, Qatari Emir appreciated ...".
_BARE_TITLE = re.compile(rf"(?:(?P<the>\b[Tt]he\s+)"
                         r"|(?:^|(?<=,\s))(?-i:(?=[A-Z]))(?-i:[A-Z][a-z]+(?:i|an|ese|ish|ch)\s+)?)"
                         rf"(?P<office>{cues.BARE_OFFICES})\b"
                         r"(?!\s+of\b|['’]s)", re.IGNORECASE)
_NAME_AFTER = re.compile(r"\s+[A-Z]")
_TITLE_ABBREVIATIONS = {"pm": "prime minister"}
# "Pakistani premier also thanked ...": a prime minister's title in the press, where no leader of the call is a premier
_OFFICE_SYNONYMS = {"premier": "prime minister"}
# Where a second leader's clause begins: ", and that Lula expressed", "; Mr. Erdogan said".
_CLAUSE_JOIN = re.compile(r",\s+(?:and|while|whereas|but)\s+(?:that\s+)?|;\s+(?:and\s+)?(?:that\s+)?")
_CLAUSE_SUBJECT_REACH = 40  # characters from the join to the second clause's leader (titles between)
# What a country that opens a sentence does when it states a position: "will", "stands ready", "cannot".
# ("Brazil remains a key soy exporter" describes the country: no position; "China gives them hope": "hope", "support",
# "want" and "welcome" without their "s" are nouns after a country as subject)
_COUNTRY_STATES = re.compile(r"\b(?:will|would|cannot|can|must|should|shall|stands? ready|is ready"
                             r"|remains?(?!\s+(?:a|an|the|one)\b)|intends?"
                             r"|hopes|is willing|is prepared|supports|opposes?|welcomes|wants|calls? for|urges?"
                             r"|rejects?|insists?|reiterated|reaffirmed|stressed)\b", re.IGNORECASE)
_COUNTRY_STATES_REACH = 70
# "China confirmed the call, adding that it had always stood for peace": the country, for its government, tells.
_COUNTRY_REPORTS = re.compile(r"\s*(?:The\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s+(?:also\s+|later\s+)?"
                              r"(?:said|says|confirmed|confirms|stated|announced|added|noted|stressed|insisted)\b")
# "Egypt fears the dam will ...", "China believes that ...": the writer telling a country's standing view
_COUNTRY_HOLDS_A_VIEW = re.compile(r"\s*(?:The\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}(?:also\s+|still\s+)?(?:fears|believes"
                                   r"|maintains|argues|contends|suspects|claims|accuses|considers)\b")
# "A Downing Street spokesperson said:": the words that introduce what was said, which is not in this sentence.
_INITIATIVE_OF = re.compile(r"\b(?:initiative|request|invitation|behest)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_OWN_INITIATIVE = re.compile(r"['’]s\s+(?:initiative|request|invitation)\b", re.IGNORECASE)
_FRAME_ONLY = re.compile(r"[^.:;\"“”]{0,120}\b(?:said|says|stated|added|told reporters|announced|reads?|wrote|writes"
                         r"|tweeted|posted)\s*:\s*"
                         r"|\s*According to [^.:;\"“”]{1,80}:\s*")  # "According to a White House statement:"
# "He announced this in his Telegram channel.", "Sandu herself announced this on her page", "The head of state
# announced this on X, Ukrinform reports", "Støre posted on Facebook about his call with Zelensky": where the news
# was told, and nothing of what was said.
_TOLD_THIS_WHERE = re.compile(r"\s*(?:He|She|They|(?:[A-Z][\w.'’-]*\s+){0,6}[A-Z][\w.'’-]*"
                              r"|The\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+"
                              r"(?:(?:him|her|them)sel(?:f|ves)\s+)?(?:also\s+)?"
                              r"(?:(?:announced|reported|wrote|posted|shared|said|confirmed)\s+(?:this|it|so)\s+"
                              r"(?:on|in|via)\s+[^.;,:\"“”]{1,60}"
                              r"|(?:wrote|posted)\s+(?:on|in|via)\s+[^.;,:\"“”]{1,40}?\s+about\s+"
                              r"(?:the|his|her|their)\s+(?:(?:phone|telephone|video)\s+)?(?:call|conversation|talks?)"
                              r"(?:\s+with\s+[^.;,:\"“”]{1,60})?)"
                              r"(?:,\s+(?:according to\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*"
                              r"|(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}(?:reports?|reported|said|says|writes|wrote)))?"
                              r"[.!]?\s*")
# '"... We discussed food security!" Zelensky tweeted on Thursday, January 12.': the line naming who posted the quote
# before it holds nothing said.
_ATTRIBUTION_LINE = re.compile(r"\s*(?:[A-Z][\w.'’-]*\s+){1,6}(?:also\s+)?(?:tweeted|wrote|posted|said|added)"
                               r"(?:\s+(?:on|late|early|earlier|this|last)(?:,?\s+(?:[A-Z][\w.]*|\d{1,4}"
                               r"|morning|afternoon|evening|night|week))+)?\s*[.!]?\s*")
# "Background: On 2 July, ...": a line the desk labels as background.
_BACKGROUND_LABEL = re.compile(r"\s*(?:Background|Context|Editor['’]s note)\s*:", re.IGNORECASE)
# A line of a few words alone, a section's heading: "Background" heads the desk's facts, which hold no position.
_HEADING_ALONE = re.compile(r"^[ \t]*(?P<label>(?:[^\W\d_][\w'’&-]*[ \t]+){0,3}[^\W\d_][\w'’&-]*)[ \t]*:?[ \t]*$",
                            re.MULTILINE)
_BACKGROUND_HEADING = re.compile(r"(?:background|backgrounder|background information|context|for context)",
                                 re.IGNORECASE)
# "Ukraine, one of the largest grain producers, cannot ...": a country described in an aside, as background.
_COUNTRY_DESCRIBED = re.compile(r"(?:The\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},\s+(?:one of|a|an|the|home to)\s")


@dataclass(frozen=True)
class _Speaker:
    slug: str | None  # a leader of this call, or None for someone else (an adviser, a minister)
    stance: str
    at: int
    bloc: tuple[str, ...] = ()  # the others of a bloc that speaks together, each holding the position too


def find_positions(facts: ArticleFacts, sentence_indices: list[int], leaders: dict[str, LeaderRef],
                   topic_hits: Callable[[int], list[TopicHit]], origin: str,
                   home_slug: str | None = None) -> list[PositionDraft]:
    """Each sentence of the call that states a position, filed under the one leader whose account it is."""
    positions: list[PositionDraft] = []
    last: str | None = None  # who spoke last, for "he" and "she"; "" when it was not one of this call's leaders
    own_side = home_slug if facts.issuer else None
    headline_end = _headline_end(facts)
    previous_index: int | None = None
    told = set(sentence_indices)
    runs = quotation_runs(facts)
    run_speakers: dict[tuple[int, ...], _Speaker | None] = {}
    said_before: str | None = None  # the leader the sentence before named as saying it, for a quotation after it
    filed: set[tuple[str, str]] = set()  # a page repeating its summary block tells the same words twice: filed once
    elsewhere: tuple[int, str | None] | None = None  # (sentence, speaker) of the last words of another occasion
    habit_told: int | None = None  # the sentence that last told a leader's habit
    for s_index in sentence_indices:
        whole = facts.sentences[s_index]
        officials = _officials_speaking_before(facts)
        if previous_index is not None and officials[s_index] > officials[previous_index + 1]:
            last = ""  # "In an interview, Ambassador Louis Susman said ... "...," he said": no leader speaks
        if s_index - 1 not in told and s_index > 0 and (_opens_with_person(facts.sentences[s_index - 1])
                                                         or _ends_with_outsider(facts.sentences[s_index - 1], leaders)):
            last = ""  # "Medvedev recently defended the vote. "...," he said": his words then, not in this call
        if s_index - 1 not in told and s_index > 0 and _another_occasion(facts.sentences[s_index - 1], leaders):
            # "When asked in Parliament on Thursday, De Wever said ...", a sentence told of no call: his words of
            # that occasion may go on in this one
            elsewhere = (s_index - 1, _occasion_speaker(facts.sentences[s_index - 1], leaders))
        previous_index = s_index
        if s_index - 1 not in told and s_index > 0 and whole_quotation(whole) \
                and _outsider_closing_quotation(facts.sentences[s_index - 1], leaders) is not None:
            last = ""
            continue  # '"...," said Rep. Choo, an opposition leader. "The public deserves to know ...": his words go on
        # A headline sums the story up in the desk's words ("Biden tells Netanyahu ..."); what the leader said is
        # in the story below it, told with its source. Who it is about still tells whom a first "he" means.
        in_headline = whole.sentence.end <= headline_end or _listed_under_other_materials(facts, whole) \
            or _heading_line(facts, whole) or _repeats_the_headline(facts, whole)
        spokesperson = _spokesperson_going_on(facts, s_index, leaders)
        telling = _side_telling_on(facts, s_index, leaders) or spokesperson or home_slug
        run = runs.get(s_index)
        if run is not None and run not in run_speakers:
            run_speakers[run] = _run_speaker(facts, run, leaders, last, telling, own_side)
        said_by, said_before = said_before if s_index - 1 in told else None, None
        quoted_only = run is not None and run_speakers[run] is not None and inside_quotation_only(whole, run)
        for item in [whole] if quoted_only else _accounts(whole, leaders, last, telling, own_side):
            if quoted_only:  # '“We agreed that Europe must do more.' opening a quotation the next paragraph closes
                speaker = run_speakers[run]
                if (own := _subject_in_sides_quotation(facts, item, run, leaders, last, telling, own_side)) is not None:
                    speaker = own  # a side's statement: '"His Majesty the Sultan assured the Prime Minister ...'
            elif (speaker := _speaker(item, leaders, last, telling, own_side)) is None and said_by is not None \
                    and whole_quotation(item):
                speaker = _Speaker(said_by, "states", 0)  # 'Macron said ... “We agreed ...”': his words go on
            elif speaker is not None and speaker.slug is None \
                    and _closed_by_spokesperson_named_before(facts, s_index, item) \
                    and (told_by_side := _speaker(item, leaders, last, telling, own_side, spokesperson_closes=True)):
                speaker = told_by_side  # '"The two leaders further discussed ...," Gidley said': the side's account
            elif speaker is None and spokesperson is not None and item.stances:
                speaker = _Speaker(spokesperson, _stance_of(item.stances[0]), item.stances[0].start())
            elif speaker is not None and spokesperson is not None \
                    and (going_on := _THE_SPOKESPERSON_SAYS.search(item.text)) is not None \
                    and going_on.start("verb") == speaker.at:
                # "Howard and Bush were looking forward to meeting again ..., the spokesman said": only the
                # spokesperson states, and tells their side's account
                speaker = _Speaker(spokesperson, speaker.stance, speaker.at)
            # 'Trump rarely uses notes on calls. He wants to know "what are they doing for us"': the habit goes on
            habit = _HABIT_OR_STATEMENT_TO_COME.search(item.text) is not None \
                or habit_told == s_index - 1 and _HABIT_GOES_ON.match(item.text) is not None
            if habit:
                habit_told = s_index
            if speaker is None:
                if _another_occasion(item, leaders):  # "Aliyev also sent Putin a letter. "...," Aliyev wrote."
                    elsewhere = (s_index, _occasion_speaker(item, leaders))
                # "He" next refers to whoever this sentence is about as its subject, not to the one addressed.
                named = next((p for p in item.people if not p.possessive
                              and not _is_object(item.text, p.start)), None)
                verb = item.stances[0] if item.stances else None
                if named is not None and verb is not None and verb.end() <= named.start \
                        and _THAT_BETWEEN.match(item.text, verb.end(), named.start) \
                        and not any(at < verb.start() for at in item.pronouns):
                    # "Spokesman Harry Roque confirmed that Trump called Duterte": "he" next is who confirmed
                    last = ""
                elif named is not None:
                    last = named.ref.slug if named.ref.slug in leaders else ""
                continue
            last = speaker.slug or ""
            if speaker.slug in leaders and (quoted_only or whole_quotation(item) or _SAYS.match(item.text, speaker.at)):
                said_before = speaker.slug
            reporter = _closing_reporter(item)
            if reporter is not None:  # '"Putin said he would attend," Jokowi said. He said ...': he is Jokowi
                last = reporter if reporter in leaders else ""
            # 'Earlier, Erdogan said he would call Putin. "I will tell him ...," Erdogan said.': his quotation
            # goes on with the words of that other occasion
            of_another_occasion = _another_occasion(item, leaders) \
                or elsewhere is not None and elsewhere[0] == s_index - 1 \
                and _goes_on_with_the_words_before(item, leaders, speaker.slug, elsewhere[1])
            if of_another_occasion:
                elsewhere = (s_index, speaker.slug)
            if speaker.slug is not None and not in_headline and not _FRAME_ONLY.fullmatch(item.text) \
                    and not _SAID_NOTHING.search(item.text) and not _RECORD_ONLY.search(item.text) \
                    and not _LEFT_UNSAID.match(item.text) and not _GUESSED.search(item.text) \
                    and not _ABOUT_THE_REPORT.search(item.text) and not _logistics_only(item, leaders) \
                    and not _call_held_only(item, lambda: topic_hits(s_index)) \
                    and not _PHOTO_CAPTION.search(item.text) and not _briefed_only(item) \
                    and not _TOLD_THIS_WHERE.fullmatch(item.text) and not _BACKGROUND_LABEL.match(whole.text) \
                    and not _under_background_heading(facts, whole) \
                    and not _ATTRIBUTION_LINE.fullmatch(item.text) \
                    and not _ARCHIVE_CITATION.search(item.text) and not _BARE_REPLY.fullmatch(item.text) \
                    and not _confirms_news_beside(facts, s_index, told, item, leaders) \
                    and not cues.CALL_CONTEXT.search(item.text) and not _related_headline(item, leaders) \
                    and not cues.UNANSWERED.search(item.text) \
                    and not _COURT_WORDS.search(item.text) and not _after_meeting_told_before(facts, s_index) \
                    and not _they_are_others_before(facts, s_index, item, leaders) \
                    and not habit \
                    and not _with_an_official_only(item, leaders) and not of_another_occasion \
                    and not _WHO_PLACED_IT.search(item.text) and not _SIMILAR_STATEMENTS.search(item.text) \
                    and not _spoken_to_one_off_the_call(item, leaders) \
                    and not _said_in_a_clause_of_time(item, speaker) and not _call_confirmed_only(item) \
                    and not _ties_words_before_to_the_call(item) \
                    and not _side_answering_another(item, speaker, leaders) \
                    and not _only_a_call_to_come_off_this_call(item, speaker.slug, leaders) \
                    and not _press_remark_off_the_call(item, leaders) and not _outsider_acts(item, leaders) \
                    and not _ANALYSTS_CLOSING.search(item.text) and not _side_claims_now(item, leaders):
                offset = item.sentence.start - whole.sentence.start
                topic = _topic(topic_hits(s_index), speaker.at + offset, whole.text)
                positions += [PositionDraft(leader_slug=slug, stance=speaker.stance, topic=topic,
                                            sentence=item.sentence, origin=origin)
                              for slug in (speaker.slug, *speaker.bloc) if (slug, item.text) not in filed]
                filed.update((slug, item.text) for slug in (speaker.slug, *speaker.bloc))
    return positions


_SAYS = re.compile(r"said|says|told|tells|added|wrote|stressed|declared|stated", re.IGNORECASE)
_OPENS_QUOTATION = re.compile(r"\s*[\"“]")
# '"They will be held accountable," he said', "De Wever also stressed ...", "He promised ...": the same speaker's
# words going on from the sentence before
_GOES_ON = re.compile(r"\s*(?:[\"“]|(?:He|She)\s|(?:[A-Z][\w.'’-]*\s+){1,3}also\s)")
# "Last week, Jordan condemned the attack. The Jordanian Foreign Ministry said ...": the side's statement goes on
_SIDE_GOES_ON = re.compile(r"\s*(?:The\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}(?i:ministry|embassy|government|presidency)\s")


def _subject_leader(item: SentenceFacts, leaders: dict[str, LeaderRef]) -> str | None:
    """The leader of the call the sentence names first as no one's possessor and no verb's object, or else the leader
    of the country that is its subject ("Last week, Jordan condemned ...")."""
    return next((p.ref.slug for p in item.people if p.ref.slug in leaders and not p.possessive
                 and not _is_object(item.text, p.start)), None) \
        or next((slug for slug, ref in leaders.items() if ref.country == item.subject_country), None)


def _goes_on_with_the_words_before(item: SentenceFacts, leaders: dict[str, LeaderRef], speaker: str | None,
                                   before: str | None) -> bool:
    """Whether the sentence goes on with the words of the sentence before, said by `before` (None: by no leader of the
    call, or by a country): the same speaker's, or a side's statement, telling of no call and speaking to no leader
    of the call ("He also told Macron ...")."""
    goes_on = (_GOES_ON.match(item.text) is not None or _opens_with_the_leader(item, before)) and before == speaker \
        or _SIDE_GOES_ON.match(item.text) is not None and before in (None, speaker)
    return goes_on and not _tells_of_a_held_call(item.text) \
        and not any(p.ref.slug in leaders and not p.possessive and _is_object(item.text, p.start) for p in item.people)


def _occasion_speaker(item: SentenceFacts, leaders: dict[str, LeaderRef]) -> str | None:
    """Whose words a sentence of another occasion tells: its subject leader, or else the leader whose country is the
    only one of the call's it names ("At the last summit, Kenya took over the chair")."""
    named = [slug for slug, ref in leaders.items() if ref.country in item.countries]
    return _subject_leader(item, leaders) or (named[0] if len(named) == 1 else None)


# "President Ghazouani pledged": only a title before the name that opens the sentence
_TITLE_ONLY = re.compile(r"\s*(?:[A-Z][\w.'’-]*\s+){0,3}")
_SPEAKER_LABEL = re.compile(r"[ \t]*:[ \t]+(?=[A-Z\"“])")


def _opens_with_the_leader(item: SentenceFacts, slug: str | None) -> bool:
    first = item.people[0] if item.people else None
    return first is not None and first.ref.slug == slug and not first.possessive \
        and _TITLE_ONLY.fullmatch(item.text, 0, first.start) is not None


def _run_speaker(facts: ArticleFacts, run: tuple[int, ...], leaders: dict[str, LeaderRef], last: str | None,
                 telling: str | None, own_side: str | None) -> _Speaker | None:
    """Who gives a quotation over several sentences: whoever the sentence that names its speaker names; with no
    speaker named, on a call of two, the leader other than the one it tells of a call with in the first person."""
    for index in reversed(run):
        item = facts.sentences[index]
        if not inside_quotation_only(item, run):
            return _speaker(item, leaders, last, telling, own_side)
    if len(leaders) != 2:
        return None
    for index in run:
        item = facts.sentences[index]
        spoken_with = next((p.ref.slug for p in item.people if p.ref.slug in leaders and not p.possessive
                            and _FIRST_PERSON_CALL_WITH.search(item.text, max(0, p.start - 80), p.start)), None)
        if spoken_with is not None:
            return _Speaker(next(slug for slug in leaders if slug != spoken_with), "states", 0)
    return None


# '“I had a very productive call with President Donald Trump': in the first person, a call with the one named.
_FIRST_PERSON_CALL_WITH = re.compile(r"\b(?:I|[Ww]e)\b[^.;:\"“”]{0,50}?\b(?:call|conversation|talks|spoke|spoken"
                                     r"|talked)\b[^.;:\"“”]{0,20}?\b(?:with|to)\s+$")


def _subject_in_sides_quotation(facts: ArticleFacts, item: SentenceFacts, run: tuple[int, ...],
                                leaders: dict[str, LeaderRef], last: str | None, telling: str | None,
                                own_side: str | None) -> _Speaker | None:
    """The leader a sentence inside a side's quoted statement names, or calls "he", as the subject of its verb of
    stating: 'A statement by the Indian Embassy read: "... "His Majesty the Sultan assured the Prime Minister ...'
    is the Sultan's, as "The White House said that Moon told Trump" is Moon's."""
    frame = next((facts.sentences[i] for i in reversed(run)
                  if not inside_quotation_only(facts.sentences[i], run)), None)
    if frame is None or _reporting_side(frame, leaders) is None:
        return None
    own = _speaker(item, leaders, last, telling, own_side)
    if own is None or own.slug not in leaders:
        return None
    named = any(p.ref.slug == own.slug and p.end <= own.at and not p.possessive
                and not _is_object(item.text, p.start) for p in item.people) \
        or any(slug == own.slug and end <= own.at for _, end, slug in _titled(item, leaders)) \
        or any(m.end() <= own.at for m in _HONORIFIC.finditer(item.text)) \
        or own.slug == last and any(at < own.at for at in item.pronouns)
    return own if named else None


# '"The leaders agreed to meet," it added.': "it" is the readout the sentence before reported.
_IT_CLOSES = re.compile(r"[,\"”]\s*it\s+(?:also\s+)?(?:said|says|added|adds|stated|noted|continued)\b"
                        r"[^\"“”]{0,40}$")


# "Since the row, Zelensky has tried ...": a short opening phrase before the subject, and its titles.
_PHRASE_BEFORE_SUBJECT = re.compile(r"\s*[A-Z][^,;:\"“”]{0,40},\s+(?:[A-Z][\w.'’-]*\s+){0,3}")


# "Beijing has never condemned the invasion, and last month President Xi paid a visit": a clause's subject after its
# join and a few words of time.
_CLAUSE_OPENS_BEFORE = re.compile(r"[,;]\s+(?:and|but|while|whereas)\s+(?:[a-z]+\s+){0,3}$")


def _opens_with_person(item: SentenceFacts) -> bool:
    """Whether a person is the subject opening the sentence, or one of its clauses."""
    return any(not p.possessive and (p.start <= 2 or _PHRASE_BEFORE_SUBJECT.fullmatch(item.text, 0, p.start)
                                     or _CLAUSE_OPENS_BEFORE.search(item.text, max(0, p.start - 40), p.start)
                                     and not _is_object(item.text, p.start))
               for p in item.people)


# "Former U.S. President Donald Trump", "On Monday, Trump": what may stand before the subject opening a sentence.
_TITLES_BEFORE_SUBJECT = re.compile(r"\s*(?:(?:The|the)\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}")


def _outsider_acts(item: SentenceFacts, leaders: dict[str, LeaderRef]) -> bool:
    """"Donald Trump had imposed a tariff on Brazil, accusing Lula's government of ...": a leader off the call opens
    the sentence as its subject, and the call's leaders are named in it only as possessors: the outsider's deed."""
    first = item.people[0] if item.people else None
    return first is not None and first.ref.slug not in leaders and not first.possessive \
        and (_TITLES_BEFORE_SUBJECT.fullmatch(item.text, 0, first.start) is not None
             or _PHRASE_BEFORE_SUBJECT.fullmatch(item.text, 0, first.start) is not None) \
        and not any(p.ref.slug in leaders and not p.possessive for p in item.people)


# "Lapid met King Abdullah in March. Following the meeting, Lapid said ...": words after that meeting, not the call.
_AFTER_THE_MEETING = caseless(r"\s*(?:following|after) (?:the|that|this|their) (?:[\w-]+ )?"
                              r"(?:meeting|visit|summit|trip),")
_MET_OR_VISITED = caseless(r"\b(?:met|meets|visited|visits)\b|\bvisit to\b")


# "Sheikh Hasina traditionally supports India's position", "Trump rarely uses notes on calls": a leader's habit,
# told as background; "An official statement is expected later in the day": a statement still to come.
_HABIT_GOES_ON = re.compile(r"\s*(?:He|She)\s+(?:also\s+)?(?!says\b|tells\b|adds\b)[a-z]+s\b")
_HABIT_OR_STATEMENT_TO_COME = caseless(
    r"\b(?:traditionally|habitually|historically|customarily|rarely|seldom)\s+(?:\w+s|has|have)\b"
    r"|\b(?:statement|readout|details|communique)\b[^.;]{0,60}\b(?:is|are)\s+(?:\w+ly\s+)?expected\b"
    r"|\b(?:statement|readout|details|communique)\b[^.;]{0,60}\b(?:would|will)\s+(?:follow|be\s+(?:released|issued"
    r"|published|provided|made public))\b"
    # "The three prime ministers continue joint work on ...": what the leaders keep doing, not said on the call
    r"|\b(?:leaders|ministers|presidents|heads of state|they|sides|countries)\s+continue\s+(?:their\s+|joint\s+"
    r"|close\s+)?(?:work|cooperation|efforts|coordination)\b")


# "stressed during the summit which was held in Moscow last October": words of a meeting before the call.
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_AT_AN_EARLIER_MEETING = caseless(
    r"\b(?:during|at)\s+(?:the|a|an|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:summit|visit|meeting|conference|forum"
    r"|interview|rally)\b[^.;\"“”]{0,30}?\b(?:held\s+in|last\s+(?:year|month|week|spring|summer|autumn|fall|winter"
    rf"|{_MONTHS}))\b"
    # "At the last summit, Mauritania took over the chair": the scene of words before the call
    r"|^\s*(?:during|at|on)\s+(?:the|their|his|her)\s+(?:last|previous|recent|earlier)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:summit|meeting|conference|forum|visit|trip|tour)\b"
    # "the call took place on July 28, after Netanyahu told a conference that ...": words said elsewhere, before it
    r"|\b(?:after|before)\s+(?:[\w'’.-]+\s+){1,3}?(?:had\s+)?told\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:conference|summit|rally|forum|meeting|parliament|assembly|congress)\b")
# "Before the call, Trump tweeted: ...", "Shortly ahead of their conversation, Macron told reporters ...": words said
# before the call, not in it ("Before the call ended, ..." is still in it).
_BEFORE_THE_CALL = caseless(r"^\s*(?:earlier,?\s+)?(?:(?:just|shortly|hours|minutes|moments|right)\s+)?"
                            r"(?:before|ahead of|prior to)\s+"
                            r"(?:the|their|his|her|this|that)\s+(?:[\w-]+\s+)?(?:call|conversation|talks?),")
# "While meeting with President Whipps of Palau, Lai said ...", "During a meeting with the Belizean premier, ...":
# words at a meeting in person, beside the call ("During a video meeting with ..." is remote, so may be the call).
_AT_A_MEETING_IN_PERSON = caseless(r"^\s*(?:while|when)\s+meeting\s+with\b"
                                   r"|^\s*(?:during|at)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?meeting\s+"
                                   r"with\b")
# "Biden welcomed Lula at the White House in February": a visit received, not words of the call.
_WELCOMED_ON_A_VISIT = gated(re.compile(r"\b(?:welcomed|received|hosted)\s+(?:[\w.'’-]+\s+){1,4}?(?:at|to|in)\s+"
                                        r"(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}(?:in|last)\s+"
                                        rf"(?:(?i:{_MONTHS})|\d{{4}})\b"))
_PARLIAMENTS = ("parliament|bundestag|knesset|duma|diet|senate|congress|national assembly|house of commons|lok sabha"
                "|sejm")
# "In an earlier statement, the president said", "had warned earlier Wednesday in a video address", "Hours after the
# attack, he posted a video message", "Ahead of the vote, Trump had told ...", "In the run-up to the war, Chirac
# opposed ...", "has in the past explained": words of another moment than the call, unless the sentence tells of a
# call or of the leader it spoke to.
_ANOTHER_MOMENT = caseless(
    r"\bin\s+(?:an|a|his|her|its|their)\s+(?:earlier|previous|prior)\s+(?:[\w-]+\s+)?(?:statement|speech|address"
    r"|interview|remarks|post|tweet|message|comments?)\b"
    r"|\b(?:[a-z]+ed|said|told)\s+earlier\b|\b(?:had|has)\s+earlier\s+(?:[a-z]+ed|said|told)\b"
    r"|\b(?:later|subsequently)\s+announced\b"  # "Sharif later announced that the fishermen would be freed"
    r"|\b(?:posted|released|published|shared)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+)?video[ -]?(?:address|message"
    r"|speech|statement)\b"
    r"|^\s*(?:hours|days|weeks|minutes|shortly|moments)\s+(?:after|before)\s+(?:the|his|her|its|their)\s+"
    r"(?!(?:[\w-]+\s+)?(?:call|conversation|talks?)\b)"
    r"|^\s*(?:ahead of|prior to|in the (?:run|lead|build)[ -]up to)\s+[^,;]{1,60},"
    # "Days earlier, Trump had suggested ...", "At a rally in Bogota, Petro admitted ...": background words
    r"|^\s*(?:(?:a|one|two|three|a few|several)\s+)?(?:hours?|days?|weeks?|months?)\s+(?:earlier|before|ago),"
    # "Earlier, Putin had said ...", "Meanwhile, in Germany, Merkel said ...": another moment or another place
    r"|^\s*(?:earlier|previously|last\s+(?:week|weekend|month|year))(?:\s+[^,;]{1,30})?,"
    # "Just last night, Biden had condemned ...": the night before a call told the next day
    r"|^\s*(?:just\s+)?(?:last\s+night|the\s+(?:night|evening)\s+before),[^;]{0,60}?\bhad\b"
    r"|^\s*meanwhile,\s+(?:in|at)\s+[^,;]{1,40},"
    r"|^\s*(?:at|during)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:rally|rallies|campaign event"
    r"|news conference|press conference|speech)\b"
    r"|\b(?:has|have|had)\s+(?:in the past|previously|repeatedly)\s+[a-z]+ed\b")
# "The Prime Minister told MPs that ...", "When asked in Parliament, Rutte said ...": words to a parliament, another
# audience than the call's
_TO_PARLIAMENT = caseless(r"\b(?:told|tells|telling|addressed|addresses|addressing)\s+(?:the\s+)?(?:mps|lawmakers"
                          rf"|legislators|deputies|senators|parliamentarians|{_PARLIAMENTS})\b"
                          rf"|\b(?:in|before)\s+(?:the\s+)?(?:{_PARLIAMENTS})\b")
# "After the call, Netanyahu posted a statement on X:": a statement put out after it
_POSTED_AFTER_THE_CALL = caseless(r"\s*(?:after|following)\s+(?:the|their|this|that)\s+(?:[\w-]+\s+)?(?:call"
                                  r"|conversation|talks),\s+[^,;:\"“”]{0,60}?\b(?:posted|issued|published|released"
                                  r"|put out|tweeted)\b")
_RELAYS_THE_CALL = caseless(r"\b(?:we|our|us|agreed|discussed|thank\w*|told|asked|assured)\b")
# "Sunak told MPs that he had condemned the strikes": what he had said before, on the call, retold there
_HAD = re.compile(r"\bhad\b")
# "In a letter, Xi said ...", "In the letter, Rutte said ...", "In a message to Mr. Deuba, he said ...", "Modi had
# congratulated Deuba after he won the confidence vote": words written, or sent when the other took office, even to
# a leader of the call.
_IN_WRITING_OR_ON_TAKING_OFFICE = caseless(
    r"^\s*in\s+(?:a|an|his|her|their|its|the|that|this)\s+(?:[\w-]+\s+){0,2}?(?:message|letter|telegram|cable)\b"
    # "Aliyev also sent Putin a congratulatory letter": not "sent a clear message", a figure of speech
    r"|\b(?:sent|addressed)\s+(?:[\w.'’-]+\s+){0,3}?(?:a|an)\s+(?:[\w-]+\s+)?(?:letter|telegram|cable"
    r"|(?:congratulatory|condolence|written)\s+message)\b"
    r"|\bhad\s+(?:congratulated|greeted|wished)\b[^;]{0,80}?\b(?:after|when|upon|on)\s+[^;]{0,40}?"
    r"\b(?:won|winning|election|re-election|victory|elected|took office|taking office|sworn in|swearing-in"
    r"|inauguration|appointment|appointed)\b")
# The words of a call, bounded at the word's start ("Blinken" holds "link", "Lincoln" none): "phoned", "telephone".
_CALL_WORD = caseless(r"\b(?:tele)?(?:phon|call|spok|speak|talk|convers|confer|video ?(?:call|link|conferenc)|rang"
                      r"|dial|summit|meeting)")


# "said he would call Putin this weekend": a call still to come, which tells of no call that was held.
# "he'd be speaking with Erdogan", "her coming meeting with Trump": a call still to come
_TO_COME_BEFORE = re.compile(r"(?:\b(?:would|will|plans?\s+to|planned\s+to|intends?\s+to|intended\s+to)"
                             r"|['’](?:d|ll))\s+(?:\w+ly\s+|also\s+|soon\s+)?(?:be\s+)?$"
                             r"|\b(?:coming|upcoming|forthcoming|planned|next)\s+$", re.IGNORECASE)
_TO_COME_REACH = 30
# "for the signing summit next month", "a call later this week": a call or meeting still to come
_TO_COME_AFTER = re.compile(r"\w*\s+(?:\w+\s+){0,3}?(?:next\s+(?:week|month|year)|later\s+this\s+(?:week|month|year)"
                            r"|in\s+the\s+coming\s+(?:days|weeks|months))\b", re.IGNORECASE)


# "said he expected the American president to call him again soon", "said he would phone Macron"; not "would call
# for restraint"
_A_CALL_TO_COME = caseless(r"\b(?:would|will|plans?\s+to|planned\s+to|intends?\s+to|expects?|expected)\s+"
                           r"(?:[\w.'’-]+\s+){0,3}?(?:to\s+)?(?:call|phone|telephone)\b"
                           r"(?!\s+(?:for|on|upon|off|it|this|that|them)\b)")


def _only_a_call_to_come_off_this_call(item: SentenceFacts, speaker: str | None,
                                       leaders: dict[str, LeaderRef]) -> bool:
    """Whether the sentence tells only of a call still to come, naming no leader of this call but the speaker: one
    with a leader off this call, which the speaker told the press of, not words of this call."""
    to_come = _A_CALL_TO_COME.search(item.text)
    return to_come is not None \
        and all(to_come.start() <= word.start() < to_come.end() for word in _CALL_WORD.finditer(item.text)) \
        and not any(p.ref.slug in leaders and p.ref.slug != speaker for p in item.people)


# '"Of course, everybody is listening to our phones," he told reporters in Davao.': a quotation closed by words to
# the press
_TOLD_THE_PRESS_AFTER = gated(re.compile(r"[,!?][\"”]\s+(?:he|she|(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)\s+"
                                         r"(?:also\s+)?told\s+(?:reporters|journalists|the\s+press|the\s+media)\b"
                                         r"[^\"“”]*$"))
# "We agreed", "I told him", "during our call", "he had asked": words that retell a call
_RETELLS_A_CALL = caseless(r"\b(?:agreed|discussed|thank\w*|told|asked|assured|urged|spoke|talked|conversation|call"
                           r"|called|phoned|telephoned|had)\b")


def _press_remark_off_the_call(item: SentenceFacts, leaders: dict[str, LeaderRef]) -> bool:
    """Whether the sentence quotes words to the press that retell nothing of a call and name neither side of this
    one: a remark of the leader's on something else."""
    told = _TOLD_THE_PRESS_AFTER.search(item.text)
    return told is not None and _RETELLS_A_CALL.search(item.text, 0, told.start()) is None \
        and not any(p.ref.slug in leaders and p.start < told.start() for p in item.people) \
        and not item.countries & {ref.country for ref in leaders.values()}


def _tells_of_a_held_call(text: str) -> bool:
    return any(_TO_COME_BEFORE.search(text, max(0, word.start() - _TO_COME_REACH), word.start()) is None
               and _TO_COME_AFTER.match(text, word.end()) is None for word in _CALL_WORD.finditer(text))


# A newspaper, agency or broadcaster by name, its titles before it: "The Washington Post", "the Irish Times", "ABC".
_OUTLET = (r"(?:[A-Z][\w.'’&-]*\s+){0,3}(?:Post|Times|Journal|Herald|Telegraph|Guardian|Reuters|Bloomberg|Axios"
           r"|Politico|CNN|ABC|BBC|NBC|CBS|Fox News|Kyodo|Yonhap|newspaper|daily|broadcaster)")
# "The Washington Post reported that Biden will assign ...", "The ABC has spoken to government sources who say ...":
# a newspaper's or broadcaster's report, no leader's words.
_PRESS_REPORTED = re.compile(rf"\s*(?:The\s+)?{_OUTLET}\s+(?:also\s+|has\s+|had\s+)?(?:reported|reports|spoken\s+to"
                             r"|spoke\s+to|learned|learnt|understands|seen|obtained)\b")


# "Separately, Khan said in a tweet ...", "During his UN address, Khan said ...", "Also in his address Friday, ...",
# "said on Wednesday at a press conference", "told a news conference last week", '"...," Trump told the Herald': words
# given in another setting than the call.
_IN_ANOTHER_SETTING = caseless(
    r"^\s*(?:separately|elsewhere),"
    r"|^\s*(?:also\s+)?(?:at|during|in)\s+(?:a|an|the|his|her|their)\s+(?:[\w.-]+\s+){0,4}?(?:address|speech"
    r"|interview|news conference|press conference)\b"
    r"|\b(?:said|says|stated|declared|added)\s+(?:[\w-]+\s+){0,2}?(?:at|during|in)\s+(?:a|an|the|his|her)\s+"
    r"(?:[\w-]+\s+)?(?:news|press)\s+conference\b"
    r"|\b(?:told|tells)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:news|press)\s+conference\b")
_TOLD_THE_PAPER = re.compile(rf"\b(?:told|tells)\s+(?:the\s+)?{_OUTLET}\b")


def _said_in_another_setting(item: SentenceFacts, leaders: dict[str, LeaderRef]) -> bool:
    """Whether the sentence gives words of another setting (a post told apart, an address, a press conference, a
    newspaper) that retell nothing of a call and name no other leader of the call."""
    setting = _IN_ANOTHER_SETTING.search(item.text) or ("told" in item.text or "tells" in item.text) \
        and _TOLD_THE_PAPER.search(item.text)
    if not setting:
        return False
    teller = next((p.ref.slug for p in item.people if not p.possessive), None)
    return _RETELLS_A_CALL.search(item.text, 0, setting.start()) is None \
        and _RETELLS_A_CALL.search(item.text, setting.end()) is None \
        and not any(p.ref.slug in leaders and p.ref.slug != teller for p in item.people)


def _another_occasion(item: SentenceFacts, leaders: dict[str, LeaderRef]) -> bool:
    """Whether the sentence tells words of another occasion than the call, or a newspaper's report: a summit or the
    moments before it, a meeting in person, a visit received, words written or sent on taking office with no call
    told, a statement posted after the call on another matter, words given in another setting, another moment that
    tells only of a call to come, or another moment or a report with no call told and no leader of the call spoken to
    ("Trump had told Imran Khan", not "told Modi")."""
    if (meeting := _AT_AN_EARLIER_MEETING.search(item.text)) is not None and not (
            item.stances and item.stances[0].start() < meeting.start() and cues.REMOTE_CALL.search(item.text)):
        return True  # not "thanked him for the phone call, and congratulated him on his election at the summit ..."
    if _BEFORE_THE_CALL.match(item.text) is not None:
        return True
    if (in_person := _AT_A_MEETING_IN_PERSON.match(item.text)) is not None \
            and cues.REMOTE_MEETING.search(in_person.group()) is None:
        return True
    if (visit := _WELCOMED_ON_A_VISIT.search(item.text)) is not None and _CALL_WORD.search(visit.group()) is None:
        return True
    if _IN_WRITING_OR_ON_TAKING_OFFICE.search(item.text) is not None and not _tells_of_a_held_call(item.text):
        return True
    if _posted_after_the_call_on_another_matter(item, leaders) or _said_in_another_setting(item, leaders):
        return True
    another_moment = _ANOTHER_MOMENT.search(item.text) is not None
    if another_moment and _CALL_WORD.search(item.text) is not None and not _tells_of_a_held_call(item.text):
        return True  # "Earlier, Trump tweeted that he'd be speaking with Erdogan": the call announced before it
    # "The ABC has spoken to sources who say ...": the outlet's "spoken to" is no call
    press = _PRESS_REPORTED.match(item.text)
    return ((another_moment or _told_parliament(item, leaders)) and not _tells_of_a_held_call(item.text)
            or press is not None and not _tells_of_a_held_call(item.text[press.end():])) \
        and not any(p.ref.slug in leaders and not p.possessive and _is_object(item.text, p.start) for p in item.people)


def _posted_after_the_call_on_another_matter(item: SentenceFacts, leaders: dict[str, LeaderRef]) -> bool:
    """'After the call, Netanyahu posted a statement on X: "Israel rejects ..."': a statement put out after the call
    whose words tell of no call, name no other leader of the call and relay nothing of it ("we agreed")."""
    posted = _POSTED_AFTER_THE_CALL.match(item.text)
    if posted is None or _RELAYS_THE_CALL.search(item.text, posted.end()) is not None:
        return False
    teller = next((p.ref.slug for p in item.people if not p.possessive), None)
    return not _tells_of_a_held_call(item.text[posted.end():]) \
        and not any(p.ref.slug in leaders and p.ref.slug != teller for p in item.people if p.start >= posted.end())


def _told_parliament(item: SentenceFacts, leaders: dict[str, LeaderRef]) -> bool:
    """Whether a leader of the call, or one not named, tells a parliament something new, naming no other leader of the
    call after it; not "Sunak told MPs that Zelensky had asked for jets", a call retold, nor an aide telling it."""
    told = _TO_PARLIAMENT.search(item.text)
    if told is None or _HAD.search(item.text, told.end()) is not None:
        return False
    teller = next((p.ref.slug for p in item.people if not p.possessive), None)
    return (teller is None or teller in leaders) \
        and not any(p.ref.slug in leaders and p.ref.slug != teller for p in item.people if p.start >= told.end())


# Verbs that speak to someone: "wished", "thanked", "urged"; not "said", whose person next is spoken of.
_SPEAKS_TO = re.compile(r"told|tells|wished|wishes|thanked|thanks|congratulated|assured|urged|asked|invited|briefed"
                        r"|informed|reminded|warned|pressed|condoled", re.IGNORECASE)
_THE_OR_NOTHING = re.compile(r"\s+(?:also\s+)?(?:the\s+)?")
# "told his political opponents to get out of the way", "warned his coalition partners": the leader's own side or
# rivals at home, an audience of another occasion than the call
_HOME_AUDIENCE = re.compile(r"\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:opponents|critics|rivals|detractors"
                            r"|supporters|voters|party|ministers|cabinet|caucus|backbenchers)\b")


# "A spoke by phone with B on Monday, a day after Washington said it would ship vaccines", "After Trump announced
# that he had tested positive, Trudeau ...", "The call took place after Trump suggested ...": a side's words before
# the call, told to date it or what followed.
_CLAUSE_OF_TIME = re.compile(r"(?:,\s+|^\s*|\b(?:took place|was held|came|comes)\s+)"
                             r"(?:(?:a|an|one|two|three|four|five|six|several|\d+)\s+(?:days?|hours?|weeks?|months?)\s+"
                             r"|(?:just|shortly|soon|only|hours|days|weeks)\s+)?"
                             r"(?:after|before|since)\s+[^,;:\"“”]*$", re.IGNORECASE)


def _said_in_a_clause_of_time(item: SentenceFacts, speaker: _Speaker) -> bool:
    """Whether the verb the speaker states with stands in a clause of time ("..., a day after Berlin said")."""
    return _CLAUSE_OF_TIME.search(item.text, 0, speaker.at) is not None


def _spoken_to_one_off_the_call(item: SentenceFacts, leaders: dict[str, LeaderRef]) -> bool:
    """"PM Lee wished former PM Muhyiddin all the best", "Trump warned Iran to ...", "told his critics": the first
    verb speaks to one not on this call, with no call told and none of its leaders spoken to; not "Biden said
    Netanyahu must ...", who is spoken of."""
    verb = item.stances[0] if item.stances else None
    if verb is None or not _SPEAKS_TO.fullmatch(verb.group()) or _CALL_WORD.search(item.text) is not None:
        return False
    if any(p.ref.slug in leaders and not p.possessive and _is_object(item.text, p.start) for p in item.people):
        return False
    if _HOME_AUDIENCE.match(item.text, verb.end()) is not None:
        return True
    told = next((p for p in item.people if p.start >= verb.end() and not p.possessive), None)
    if told is None or _THE_OR_NOTHING.fullmatch(item.text, verb.end(), told.start) is None:
        # "Trump also warned Iran to stop ...": a country named right after the verb, none of the call's named
        own_countries = {ref.country for ref in leaders.values()}
        return told is None and _NAME_AFTER.match(item.text, verb.end()) is not None \
            and bool(item.countries - own_countries) and not item.countries & own_countries
    return told.ref.slug not in leaders


# "South Africa's presidency responded that the accusations ...": an office answers someone outside the call
_ANSWERED = re.compile(r"repl(?:ied|ies)|respond(?:ed|s) (?:that|by)|retorted", re.IGNORECASE)


def _side_answering_another(item: SentenceFacts, speaker: _Speaker, leaders: dict[str, LeaderRef]) -> bool:
    """Whether the speaker is a side's office answering, with no leader of the call named before the verb and no
    call told; not "Lula replied that ...", a leader answering the other on the call."""
    return _ANSWERED.match(item.text, speaker.at) is not None \
        and any(start < speaker.at for start, _, _ in item.sides) \
        and not any(p.ref.slug in leaders and p.start < speaker.at for p in item.people) \
        and not _tells_of_a_held_call(item.text)


_NOTHING_MORE_SAID = re.compile(r"[^,;:\"“”]*$")


def _ties_words_before_to_the_call(item: SentenceFacts) -> bool:
    """"He conveyed the message during a telephone call he made to Erdogan on Thursday.": the sentence only tells
    that the words before were said on the call, and says nothing more."""
    tie = cues.SAID_ON_THE_CALL_BEFORE.match(item.text)
    return tie is not None and _NOTHING_MORE_SAID.match(item.text, tie.end()) is not None


# "Earlier in the day, Vucic discussed Kosovo with US Ambassador Kyle Scott": a talk with an official, off the call.
_WITH_AN_OFFICIAL = re.compile(r"\bwith\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}(?<![Pp]rime )(?<![Ff]irst )"
                               r"(?i:ambassador|envoy|minister|secretary|special representative)\b")


def _with_an_official_only(item: SentenceFacts, leaders: dict[str, LeaderRef]) -> bool:
    """Whether the sentence tells of a talk with an official, no leader of the call, naming one leader of the call at
    most and no call."""
    official = _WITH_AN_OFFICIAL.search(item.text)
    return official is not None and not _CALL_WORD.search(item.text) \
        and len({p.ref.slug for p in item.people} & set(leaders)) < 2 \
        and not any(p.ref.slug in leaders and official.start() < p.end and p.start <= official.end() + 1
                    for p in item.people)


def _after_meeting_told_before(facts: ArticleFacts, s_index: int) -> bool:
    """Whether the sentence opens "Following the meeting," just after a sentence telling of a meeting or visit."""
    return s_index > 0 and _AFTER_THE_MEETING.match(facts.sentences[s_index].text) is not None \
        and _MET_OR_VISITED.search(facts.sentences[s_index - 1].text) is not None


# "The attack raised the prospect of an offensive, analysts said": the sentence is the analysts' reading.
_ANALYSTS_CLOSING = caseless(r"(?:,\s+(?:[\w-]+\s+){0,2}?(?:analysts|experts|observers|commentators|pundits|scholars"
                             r"|economists)\s+(?:have\s+|had\s+)?(?:said|say|says|noted|note|argued|argue|believe"
                             r"|believed|suggested|suggest|warned|warn|wrote)|,\s+according to\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:analysts|experts|observers|commentators))\W*$")


# "Ankara says 33 soldiers were killed": a side's standing claim, told in the present, opening a sentence.
_CLAIMS_NOW = re.compile(r"\s+(?:now\s+|still\s+)?(?:says|claims|insists|maintains|accuses|argues)\b")


def _side_claims_now(item: SentenceFacts, leaders: dict[str, LeaderRef]) -> bool:
    """Whether a side (its capital, its government) opens the sentence with a claim in the present tense, naming no
    leader of the call but as a possessor and no call: the side's account of events, not words of the call."""
    return any(start <= 4 and _CLAIMS_NOW.match(item.text, end) for start, end, _ in item.sides) \
        and not _CALL_WORD.search(item.text) \
        and not any(p.ref.slug in leaders and not p.possessive for p in item.people)


# "Irish officials reacted warmly to the call. They said the mood was friendly": "they" reporting are the officials,
# sources or diplomats who open the sentence before, when it names no leader of the call.
_OTHERS_OPEN = caseless(r"\s*(?:[\w'’-]+\s+){0,3}?(?:officials|sources|diplomats|aides|advis[eo]rs|analysts"
                        r"|observers|experts|insiders|lawmakers|ministers)\b(?!['’])")
_THEY_REPORT = re.compile(r"\s*They\s+(?:also\s+)?(?:said|say|added|noted|described|told|felt)\b")


def _they_are_others_before(facts: ArticleFacts, s_index: int, item: SentenceFacts,
                            leaders: dict[str, LeaderRef]) -> bool:
    if s_index == 0 or _THEY_REPORT.match(item.text) is None:
        return False
    previous = facts.sentences[s_index - 1]
    return _OTHERS_OPEN.match(previous.text) is not None \
        and not any(p.ref.slug in leaders and not p.possessive for p in previous.people)


def _ends_with_outsider(item: SentenceFacts, leaders: dict[str, LeaderRef]) -> bool:
    """"... a movement against former President Nazarbayev. He turned over the presidency ...": the last one a
    sentence off the call names is someone not on it, whom a "he" next means."""
    named = [p for p in item.people if not p.possessive]
    return bool(named) and named[-1].ref.slug not in leaders


def _side_telling_on(facts: ArticleFacts, s_index: int, leaders: dict[str, LeaderRef]) -> str | None:
    """The leader whose side the sentence before told of, when this sentence goes on with its words: after "The White
    House released a statement on the call:", or closing with '..., it added.'."""
    if s_index == 0:
        return None
    previous = facts.sentences[s_index - 1]
    if not previous.text.rstrip().endswith(":") and not _IT_CLOSES.search(facts.sentences[s_index].text):
        return None
    return _reporting_side(previous, leaders)


# "The spokesman added: ...", "..., the spokesman said": a spokesperson named before, who goes on.
_THE_SPOKESPERSON_SAYS = caseless(r"(?:^\s*|,\s+)the\s+(?:official\s+|same\s+)?spokes(?:man|woman|person)\s+"
                                  r"(?:also\s+|further\s+)?(?P<verb>said|says|added|adds|stated|noted|continued)\b")
_SPOKESPERSON_WORD = caseless(r"\bspokes(?:man|woman|person)\b")
_SPOKESPERSON_LOOKBACK = 3  # sentences back to the one that named the spokesperson's side


def _spokesperson_going_on(facts: ArticleFacts, s_index: int, leaders: dict[str, LeaderRef]) -> str | None:
    """The leader whose side's spokesperson "the spokesman" of this sentence is: the side of the latest sentence
    before that has a spokesperson report ("The spokesman for the Egyptian Presidency said ... The spokesman
    added: ..."), when this sentence names no side of its own."""
    item = facts.sentences[s_index]
    if item.sides or not _THE_SPOKESPERSON_SAYS.search(item.text):
        return None
    for before in range(s_index - 1, max(-1, s_index - 1 - _SPOKESPERSON_LOOKBACK), -1):
        previous = facts.sentences[before]
        if _SPOKESPERSON_WORD.search(previous.text) and not _THE_SPOKESPERSON_SAYS.search(previous.text):
            return _reporting_side(previous, leaders) or next(  # or one for a leader: "a spokesman for Mr Howard"
                (p.ref.slug for p in previous.people if p.ref.slug in leaders and not p.possessive
                 and _AIDE_TO.search(previous.text, max(0, p.start - 40), p.start)), None)
    return None


def _closed_by_spokesperson_named_before(facts: ArticleFacts, s_index: int, item: SentenceFacts) -> bool:
    """'"...," Gidley said.' after "deputy press secretary Hogan Gidley said": a side's spokesperson going on, who
    reads out that side's account rather than speaking for themself."""
    closed = _QUOTATION_CLOSED_BY.search(item.text)
    if closed is None:
        return False
    surname = closed.group("name").split()[-1]
    return any(named.group().split()[-1] == surname
               for before in range(s_index - 1, max(-1, s_index - 1 - _SPOKESPERSON_LOOKBACK), -1)
               for named in _SPOKESPERSON_NAMED.finditer(facts.sentences[before].text))


def _logistics_only(item: SentenceFacts, leaders: dict[str, LeaderRef]) -> bool:
    """Whether the sentence only tells when the call ran or how long, or the briefing's housekeeping: "The call
    lasted two hours, the Kremlin said"; not "Biden began the call by urging Xi to ..."."""
    if _LOGISTICS.search(item.text) is not None:
        return all(_LOGISTICS_REPORTED.match(item.text, verb.start()) for verb in item.stances)
    return _BRIEFING_HOUSEKEEPING.search(item.text) is not None \
        and not any(p.ref.slug in leaders and not p.possessive for p in item.people)


def _call_held_only(item: SentenceFacts, hits: Callable[[], list[TopicHit]]) -> bool:
    """Whether the sentence only tells that the call was held and who tells it, with nothing said in it and no topic:
    "Putin and Schroeder spoke by telephone on Friday, the Kremlin said"; not "Putin said he was open to talks"."""
    text = item.text
    held = _CALL_HELD.search(text)
    # ", Downing Street has confirmed": a name in -ing after a comma is no participle telling what the call was for
    if held is None or any(not (match.group().startswith(",") and match.group().lstrip(", \t\n")[:1].isupper())
                           for match in _WHAT_FOR.finditer(text)):
        return False
    for verb in item.stances:
        closing = _ATTRIBUTION_BEFORE.search(text, max(0, verb.start() - 64), verb.start()) is not None \
            and _ATTRIBUTION_TAIL.fullmatch(text, verb.end()) is not None
        if _ONLY_REPORTING.match(text, verb.start()) is None or not (verb.end() <= held.start() or closing):
            return False
    return not hits()


# '"I can confirm that the president spoke with López Obrador this morning," she told reporters': the call confirmed.
_CONFIRMED_IN_QUOTATION = re.compile(r"\s*[\"“](?:I|We)\s+(?:can\s+)?confirm(?:ed)?\s+(?:that\s+)?"
                                     r"(?P<held>[^\"“”]{1,160})[\"”][^\"“”]{0,60}")


# '"The phone conversation of President Putin with Chancellor Scholz has just ended," Peskov told TASS': the call over.
_CALL_OVER_IN_QUOTATION = re.compile(r"\s*[\"“](?P<held>[^\"“”]{0,120}?\b(?:call|conversation|talks)\b"
                                     r"[^\"“”]{0,120}?\s(?:has|have)\s+(?:just\s+)?(?:ended|finished|concluded"
                                     r"|taken place))[.,]?[\"”][^\"“”]{0,80}", re.IGNORECASE)


def _call_confirmed_only(item: SentenceFacts) -> bool:
    """Whether the sentence only quotes someone confirming that the call was held, or that it is over, with nothing
    said in it."""
    confirmed = _CONFIRMED_IN_QUOTATION.fullmatch(item.text)
    if confirmed is not None and _CALL_HELD.search(confirmed.group("held")) is not None:
        return _WHAT_FOR.search(confirmed.group("held")) is None
    over = _CALL_OVER_IN_QUOTATION.fullmatch(item.text)
    return over is not None and _WHAT_FOR.search(over.group("held")) is None


def _briefed_only(item: SentenceFacts) -> bool:
    """Whether the sentence only tells that a leader was briefed: "Biden was briefed on the deal, the spokesperson
    said"; not "Biden was kept updated, and he thanked the emir"."""
    briefed = _WAS_BRIEFED.search(item.text)
    return briefed is not None and all(
        briefed.start() <= verb.start() < briefed.end() or _ONLY_REPORTING.match(item.text, verb.start()) is not None
        and verb.start() > briefed.end() and _ATTRIBUTION_TAIL.fullmatch(item.text, verb.end()) is not None
        for verb in item.stances)


def _confirms_news_beside(facts: ArticleFacts, s_index: int, told: set[int], item: SentenceFacts,
                          leaders: dict[str, LeaderRef]) -> bool:
    """Whether the sentence "also confirmed" what the sentence before, off this call and naming none of its
    leaders, reported someone saying."""
    if s_index == 0 or s_index - 1 in told or _ALSO_CONFIRMED.search(item.text) is None:
        return False
    previous = facts.sentences[s_index - 1]
    return bool(previous.stances) and not any(p.ref.slug in leaders for p in previous.people)


# One named by a title that is no leader's opening the sentence as its subject: "Ontario Premier Doug Ford visited".
_OUTSIDER_OPENS = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,3}(?i:premier|governor|mayor|senator|minister|secretary"
                             r"|ambassador|envoy|advis[eo]r|aide|spokes(?:man|woman|person))\s+"
                             r"(?:[A-Z][\w'’.-]*\s+){1,3}(?=[a-z])")


def _related_headline(item: SentenceFacts, leaders: dict[str, LeaderRef]) -> bool:
    """"Saudi Crown Prince Mohammed bin Salman Warns Against Escalation": the headline of a related story set in the
    text, its verb of stating capitalised and every longer word too, naming one leader of the call and no call
    ("Erdogan And Trump Agreed To ..." may head this call's story)."""
    words = _LONGER_WORD.findall(item.text)
    named = {p.ref.slug for p in item.people} & set(leaders)
    return len(words) >= _TITLE_CASE_WORDS and len(named) < 2 and not cues.ANY_CALL_WORD.search(item.text) \
        and all(word[0].isupper() for word in words) \
        and any(item.text[verb.start()].isupper() for verb in item.stances if verb.start() > 0)


def _officials_speaking_before(facts: ArticleFacts) -> list[int]:
    """For each sentence index, how many sentences before it have an official speak: counted once an article, as
    every call of a long article asks about the sentences between its own."""
    counts = facts.memo.get("officials speaking")
    if counts is None:
        counts = [0]
        for item in facts.sentences:
            counts.append(counts[-1] + _official_speaks(item))
        facts.memo["officials speaking"] = counts
    return counts  # type: ignore[return-value]


def _official_speaks(item: SentenceFacts) -> bool:
    """Whether an official named by title and name, not a leader, speaks in a sentence told of no call, or opens
    it as its subject ("Ontario Premier Doug Ford visited Washington. He criticized Trump": he is Ford)."""
    opens = _OUTSIDER_OPENS.match(item.text)
    if opens is not None and not any(p.start < opens.end() and p.ref.is_leader for p in item.people):
        return True
    return any(_official_before(item, verb.start()) is not None for verb in item.stances)


def _official_before(item: SentenceFacts, verb_at: int) -> int | None:
    """Where an official named by title and name who is the subject of the verb at `verb_at` ends, if one is;
    not one in an aside ("Sheinbaum, who was joined by Security Minister Omar García Harfuch, said")."""
    official = _OFFICIAL_NAMED_BEFORE.search(item.text, max(0, verb_at - 90), verb_at)
    if official is None or any(official.start() < p.end and p.start < official.end() for p in item.people) \
            or any(a <= official.start() < b for a, b in (m.span() for m in _ASIDE.finditer(item.text))):
        return None
    return official.end()


# "Other materials of «Topics of the day»", "More news": a site's list of its other stories, each a headline.
_OTHER_MATERIALS = re.compile(r"^[ \t]*(?:other materials|more (?:news|materials|stories)|latest news"
                              r"|related (?:news|materials|stories))\b[^\n]{0,60}$", re.IGNORECASE | re.MULTILINE)
_CLOSES_A_SENTENCE = re.compile(r"[.!?\"”’)]\s*$")


def _listed_under_other_materials(facts: ArticleFacts, item: SentenceFacts) -> bool:
    """Whether the sentence is a headline line listed under a site's heading of its other stories."""
    heading = facts.memo.get("other materials")
    if heading is None:
        found = _OTHER_MATERIALS.search(facts.article.text) if "\n" in facts.article.text else None
        heading = facts.memo["other materials"] = found.end() if found else -1
    return 0 <= heading < item.sentence.start and not _CLOSES_A_SENTENCE.search(item.text)


def _under_background_heading(facts: ArticleFacts, item: SentenceFacts) -> bool:
    """Whether the sentence stands in a section headed "Background" (up to the next heading)."""
    headings = facts.memo.get("section headings")
    if headings is None:
        text = facts.article.text
        found = list(_HEADING_ALONE.finditer(text)) if "\n" in text else []
        headings = facts.memo["section headings"] = (
            [m.end() for m in found], [_BACKGROUND_HEADING.fullmatch(m.group("label")) is not None for m in found])
    ends, background = headings
    at = bisect_right(ends, item.sentence.start) - 1
    return at >= 0 and background[at]


_HEADING_WORDS = 10
_SHORT_HEADING_WORDS = 4  # "Turkey's support": a section's heading, whoever it names
_HEADING_SUBJECT_REACH = 15  # "PM Modi discusses ...": the one a heading is about opens it
_FIRST_PERSON_WORD = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|me|us)\b")


def _heading_line(facts: ArticleFacts, item: SentenceFacts) -> bool:
    """'Macron Congratulates', 'PM Modi discusses COVID-19 spread with Australian PM', "Turkey's support": a line of
    its own above a paragraph, opening with a name or of a few words, and ending with no full stop, is a heading of
    the desk's, not a leader's words."""
    text, sentence = facts.article.text, item.sentence
    if _CLOSES_A_SENTENCE.search(item.text) or len(item.text.split()) > _HEADING_WORDS \
            or _FIRST_PERSON_WORD.search(item.text) or not item.text[:1].isupper():
        return False
    if text[text.rfind("\n", 0, sentence.start) + 1:sentence.start].strip():
        return False
    line_end = text.find("\n", sentence.end)
    if line_end < 0 or text[sentence.end:line_end].strip() or not text[line_end:].strip():
        return False
    return len(item.text.split()) <= _SHORT_HEADING_WORDS \
        or any(p.start <= _HEADING_SUBJECT_REACH and not p.possessive for p in item.people)


def _repeats_the_headline(facts: ArticleFacts, item: SentenceFacts) -> bool:
    """Whether the sentence is a line of its own repeating the headline word for word, as pages print it again above
    the story."""
    title = (facts.article.title or "").strip()
    if not title or item.text.strip() != title:
        return False
    text, sentence = facts.article.text, item.sentence
    line_end = text.find("\n", sentence.end)
    return not text[text.rfind("\n", 0, sentence.start) + 1:sentence.start].strip() \
        and not text[sentence.end:line_end if line_end >= 0 else len(text)].strip()


_SECTION_LABEL = re.compile(r"[ \t]*(?:[^\W\d_][\w&'’-]*[ \t]+){0,2}[^\W\d_][\w&'’-]*[ \t]*\n\s*")


def _headline_end(facts: ArticleFacts) -> int:
    """Where the headline ends in the article's text, or 0 when the text does not open with one: a line of its
    own above the story (a short text on one line is the story itself)."""
    title = (facts.article.title or "").strip()
    text = facts.article.text
    start = len(text) - len(text.lstrip())
    if (dated := DATE_ONLY_LINE.match(text, start)) is not None:  # "Thursday, 09, May, 2024" above the headline
        gap = text[dated.end():dated.end() + 20]
        start = dated.end() + len(gap) - len(gap.lstrip())
    if (label := _SECTION_LABEL.match(text, start)) is not None and title and text.startswith(title, label.end()):
        start = label.end()  # "News" or "Press releases" above the headline
    end = start + len(title)
    return end if title and text.startswith(title, start) and text[end:end + 1] == "\n" else 0


# A label over a side's account in a roundup: "• What the Chinese said:", "What the White House says:".
_LABEL = re.compile(r"\s*(?:[•▪◦·*–-]\s*)?What\s+(?:the\s+)?[\w .'’-]{1,40}?\s+(?:said|says|say)\s*:\s+")


def _accounts(item: SentenceFacts, leaders: dict[str, LeaderRef], last: str | None, home_slug: str | None,
              own_side: str | None) -> list[SentenceFacts]:
    """The sentence, or its clauses when different leaders of the call give them."""
    if (label := _LABEL.match(item.text)) is not None and not any(p.start < label.end() for p in item.people):
        item = _part(item, label.end(), len(item.text))  # "• What the Chinese said: ...": the label says nothing
    text = item.text
    if _outsider_closing_quotation(item, leaders) is not None:
        return [item]  # '"Scholz urged ..., and Macron agreed," Zelensky said': one outsider's words
    cuts: list[tuple[int, int]] = []
    quoted: list[tuple[int, int]] | None = None
    for join in _CLAUSE_JOIN.finditer(text):
        subject = next((p for p in item.people if join.end() <= p.start <= join.end() + _CLAUSE_SUBJECT_REACH
                        and p.ref.slug in leaders and not p.possessive), None)
        if subject is None or _is_object(text, subject.start):
            continue
        quoted = [m.span() for m in _QUOTATION.finditer(text)] if quoted is None else quoted
        if any((a <= join.start() < b) != (a <= subject.start < b) for a, b in quoted):
            continue  # '"Obama backed the talks, but also the post-conflict," Santos said': one quotation, closed
        cuts.append(join.span())
    if not cuts:
        return [item]
    bounds = [0, *(b for cut in cuts for b in cut), len(text)]
    parts = [_part(item, bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    speakers = []
    for part in parts:
        speaker = _speaker(part, leaders, last, home_slug, own_side)
        speakers.append(speaker.slug if speaker else None)
        last = speaker.slug if speaker and speaker.slug else last
    distinct = {s for s in speakers if s is not None}
    return parts if len(distinct) >= 2 else [item]


def _part(item: SentenceFacts, low: int, high: int) -> SentenceFacts:
    """The clause at [low, high) of a sentence, as a sentence of its own with offsets moved to it."""
    whole = item.sentence
    part = SentenceFacts(Sentence(whole.index, whole.start + low, whole.start + high, whole.text[low:high]))
    part.people = [replace(p, start=p.start - low, end=p.end - low) for p in item.people
                   if low <= p.start and p.end <= high]
    part.sides = [(a - low, b - low, code) for a, b, code in item.sides if low <= a and b <= high]
    part.pronouns = [at - low for at in item.pronouns if low <= at < high]
    part.dates = [replace(m, start=m.start - low, end=m.end - low) for m in item.dates if low <= m.start and m.end <= high]
    part.subject_country = item.subject_country if low == 0 else None
    return part


def _speaker(item: SentenceFacts, leaders: dict[str, LeaderRef], last: str | None,
             home_slug: str | None, own_side: str | None = None, spokesperson_closes: bool = False) -> _Speaker | None:
    text = item.text
    verbs = item.stances
    if not spokesperson_closes and (outsider := _outsider_closing_quotation(item, leaders)
                                    or _outsider_answering_or_closing(item, leaders)) is not None:
        return outsider
    relative = _counterpart_who_stated(item, leaders)
    if relative is None and (named := _named_speaker(item, leaders)) is not None:
        return named
    if item.people and item.people[0].start == item.people[0].end == 0 and item.people[0].ref.slug in leaders:
        # "Spoke to PM Sharif to extend my best wishes" in a leader's post: the writer, the subject the post leaves
        # out, speaks, whoever it names
        return _Speaker(item.people[0].ref.slug, _stance_of(verbs[0]) if verbs else "states",
                        verbs[0].start() if verbs else 0)
    if item.people and item.people[0].ref.slug in leaders and _TITLE_ONLY.fullmatch(text, 0, item.people[0].start) \
            and (label := _SPEAKER_LABEL.match(text, item.people[0].end)) is not None:
        # "Prime Minister Shinzo Abe: This launch is unacceptable.", as a gist of a call gives each side's words
        return _Speaker(item.people[0].ref.slug, _stance_of(verbs[0]) if verbs else "states", label.end())
    if verbs and _FIRST_PERSON_QUOTE.match(text) and (closing := _PRONOUN_CLOSES_QUOTATION.search(text)) is not None:
        # '"We discussed support for Ukraine. President Zelensky expressed his gratitude ...," he said': the words
        # of the one "he" is, the other leader's part told in them too
        said = next((v for v in verbs if v.start() == closing.start("verb")), None)
        found = _agent_before(item, said.start(), leaders, last, home_slug) if said is not None else None
        if isinstance(found, str) and found:
            return _Speaker(found, _stance_of(verbs[0]), verbs[0].start())
    if verbs and _SIDE_PRONOUN_SAID.match(text) \
            and (subject := _subject_of_reported_verb(item, verbs[0].end(), leaders)) is not None:
        inner = verbs[1] if len(verbs) > 1 else verbs[0]
        return _Speaker(subject, _stance_of(inner), inner.start())  # "It said that Tokayev informed Putin ..."
    side = _reporting_side(item, leaders)
    if side is not None:
        return _Speaker(side, _stance_of(verbs[0]) if verbs else "states", verbs[0].start() if verbs else 0)
    if relative is not None:
        return relative
    if (one := _one_with_participle_after_group(item, leaders)) is not None:
        return one
    for index, verb in enumerate(verbs):
        if (agent := _passive_agent(item, verb, leaders)) is not None:
            return _Speaker(agent, _stance_of(verb), verb.start())  # "Macron was told by Putin that ..."
        if _PASSIVE_BEFORE.search(text, max(0, verb.start() - 20), verb.start()) \
                and not _STATE_OF_MIND.fullmatch(verb.group()):
            continue  # "Kallas was invited to form a government by the president": done to the one named, not said
        found = _agent_before(item, verb.start(), leaders, last, home_slug)
        if isinstance(found, tuple):
            return _Speaker(found[0], _stance_of(verb), verb.start(), found[1:])
        if found is None:
            continue
        if found == "":
            # "Sullivan told reporters that the president expressed concern", "a spokesman said Tinubu told Macron":
            # the leader inside the report.
            inner = _named_leader_in_report(item, verb.end(), verbs[index + 1:], leaders) \
                or _reported_subject(item, verb.end(), leaders)
            if inner is not None:
                return inner
        elif (inner := _relayed(item, verb, leaders)) is not None and inner.slug != found:
            return inner  # "He noted that Orban had told Zelensky that Hungary was ready": what Orban told him
        return _Speaker(found or None, _stance_of(verb), verb.start())
    if (source := _leader_according_to(item, leaders, last)) is not None:
        return _Speaker(source, "states", 0)  # "According to Lula, the talks will resume": his account of the call
    if (cited := _CITED_AS_SAYING.search(item.text)) is not None and last in leaders \
            and not any(p.ref.slug in leaders and p.end <= cited.start() and not p.possessive for p in item.people):
        # '"...," the Post cited him as telling Turnbull': the paper's source for his words on the call
        return _Speaker(last, "states", cited.start("verb"))
    poster = item.posted_by
    if poster is not None and poster.slug in leaders and not any(p.ref.slug == poster.slug for p in item.people):
        # "Ukraine must have a seat at the table." in a leader's post given without quotation marks: the poster's, who
        # speaks in it without saying "I"
        return _Speaker(poster.slug, _stance_of(verbs[0]) if verbs else "states", verbs[0].start() if verbs else 0)
    return _country_account(item, leaders, own_side)


_ACCORDING_TO = re.compile(r"\s*According to\s+")
_CITED_AS_SAYING = re.compile(r"\b(?:cited|quoted)\s+(?:him|her)\s+as\s+(?P<verb>telling|saying)\b")
_SOURCE_CLOSES = re.compile(r"\s*,")


def _leader_according_to(item: SentenceFacts, leaders: dict[str, LeaderRef], last: str | None) -> str | None:
    """The leader of the call whose account an opening "According to Lula," or "According to him," gives."""
    if (pronoun := cues.ACCORDING_TO_THEM.match(item.text)) is not None:
        return last if last in leaders and not any(p.start < pronoun.end() for p in item.people) else None
    if (opening := _ACCORDING_TO.match(item.text)) is None:
        return None
    return next((p.ref.slug for p in item.people if p.ref.slug in leaders and not p.possessive
                 and _TITLE_ONLY.fullmatch(item.text, opening.end(), p.start)
                 and _SOURCE_CLOSES.match(item.text, p.end)), None)


# "..., with Kishida saying he would ...": "with" and the leader's titles before the leader doing it.
_WITH_BEFORE = re.compile(r",\s+with\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}$")


def _one_with_participle_after_group(item: SentenceFacts, leaders: dict[str, LeaderRef]) -> _Speaker | None:
    """"Both leaders touched on the Indo-Pacific, with Kishida saying he would ...": after a group's verb, what the one
    leader a clause "with X saying" names is what the sentence tells of them."""
    text, verbs = item.text, item.stances
    if len(verbs) < 2 or not _GROUP.search(text, 0, verbs[0].start()):
        return None
    for verb in verbs[1:]:
        if not _IN_ING.match(text, verb.start()):
            continue
        one = next((p for p in item.people if p.ref.slug in leaders and not p.possessive and p.end <= verb.start()
                    and _SPACE_OR_ADVERB.fullmatch(text, p.end, verb.start())
                    and _WITH_BEFORE.search(text, max(0, p.start - 60), p.start)), None)
        if one is not None:
            return _Speaker(one.ref.slug, _stance_of(verb), verb.start())
    return None


# "Asked whether the US would press Musharraf to quit, Boucher said: ...": the one answering is named after the
# question, whoever the question names.
_ASKED_THEN_ANSWERED = re.compile(r"\s*Asked\s+(?:whether|if|about|what|how|why|when|who|to)\b[^;:\"“”]{0,200}?,\s+"
                                  r"(?P<name>(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’-]+)"
                                  r"\s+(?:also\s+)?(?:said|says|replied|replies|answered|responded|told)\b")
# "..., vaccine czar Carlito Galvez told a news briefing.": an official by a lowercase title closing the sentence;
# a spokesman or aide closing it tells for a leader's side.
_TITLED_OUTSIDER_CLOSES = re.compile(r",\s+(?:the\s+)?(?P<title>(?:(?!(?:the|a|an|its|his|her|their)\s)[a-z][\w-]*\s+)"
                                     r"{1,3}?)"
                                     r"(?P<name>(?:[A-Z][\w.'’-]*\s+){1,2}[A-Z][\w'’-]+)"
                                     r"\s+(?:said|says|told|added|stated)\b[^,;\"“”]{0,60}$")
_SIDES_OWN_TITLE = re.compile(r"spokes|press|aide|advis[eo]r|presidential|palace|communications|office|secretary"
                              r"|chief of staff", re.IGNORECASE)


def _named_outsider(item: SentenceFacts, leaders: dict[str, LeaderRef], start: int, end: int) -> bool:
    """Whether the name at [start, end) is someone not on the call: no leader of it, nor a side or title of one."""
    if _NO_NAME.match(item.text, start) or any(p.start < end and start < p.end and p.ref.slug in leaders
                                               for p in item.people):
        return False
    if any(a < end and start < b for a, b, _ in item.sides) or any(a < end and start < b
                                                                  for a, b, _ in _titled(item, leaders)):
        return False
    leaders_words = {word for ref in leaders.values() for word in ref.name.split()}
    return not set(item.text[start:end].split()) & leaders_words


def _outsider_answering_or_closing(item: SentenceFacts, leaders: dict[str, LeaderRef]) -> _Speaker | None:
    """The one not on the call who answers a question opening the sentence, or closes it by a lowercase title."""
    found = _ASKED_THEN_ANSWERED.match(item.text)
    if found is None:
        found = _TITLED_OUTSIDER_CLOSES.search(item.text)
        if found is not None and _SIDES_OWN_TITLE.search(found.group("title")):
            return None
    if found is None or not _named_outsider(item, leaders, *found.span("name")):
        return None
    verb = next((v for v in item.stances if v.start() >= found.end("name")), None)
    return _Speaker(None, _stance_of(verb) if verb else "states", verb.start() if verb else found.end("name"))


# '"... as President Biden told him today, ...," Sullivan said at a briefing.': a quotation closed by its speaker.
_QUOTATION_CLOSED_BY = re.compile(r"[,.!?][\"”]\s*(?P<name>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)"
                                  r"\s+(?:also\s+)?(?:said|says|added|adds|told|wrote|noted|stressed)\b"
                                  r"[^\"“”]{0,80}$")
# '"...," said Dmitry Peskov, the Kremlin spokesman.': so with the verb before the name, and an aside after it.
_QUOTATION_CLOSED_BY_INVERTED = re.compile(r"[,.!?][\"”]\s*(?:also\s+)?(?:said|says|added|adds|wrote|noted|stressed)\s+"
                                           r"(?P<name>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)"
                                           r"(?:,\s+[^,;\"“”]{1,80}){0,2}[.!?]?\s*$")
# '"...," he said.': a quotation closed by a pronoun and its verb of saying.
_PRONOUN_CLOSES_QUOTATION = re.compile(r"[,.!?][\"”]\s*(?:he|she)\s+(?:also\s+)?(?P<verb>said|says|added|adds|wrote"
                                       r"|noted|stressed|told)\b[^\"“”]{0,80}$")
# '"...," SPA said', '"...," NNA added': a state news agency by its letters tells a side's account, no outsider's.
_NO_NAME = re.compile(r"(?:He|She|It|They|The|This|That|We|I)\b|(?:SPA|NNA|WAM|KUNA|SANA|IRNA|QNA|BNA|ONA|MENA"
                      r"|APS|MAP|TASS|KCNA|VNA|PTI|ANI|BSS|APP|WAFA|SUNA|PNA|JANA|TAP|MIA|SPK)$")


def _outsider_closing_quotation(item: SentenceFacts, leaders: dict[str, LeaderRef]) -> _Speaker | None:
    """The speaker of a quotation closed by the name of someone not on the call, an adviser or another leader: their
    own words, whoever the quotation names."""
    closed = _QUOTATION_CLOSED_BY.search(item.text) or _QUOTATION_CLOSED_BY_INVERTED.search(item.text)
    if closed is None or _NO_NAME.match(closed.group("name")):
        return None
    start, end = closed.span("name")
    named = [p for p in item.people if p.start < end and start < p.end]
    if any(p.ref.slug in leaders for p in named) or any(a < end and start < b for a, b, _ in item.sides) \
            or any(a < end and start < b for a, b, _ in _titled(item, leaders)):
        return None
    leaders_words = {word for ref in leaders.values() for word in ref.name.split()}
    if set(closed.group("name").split()) & leaders_words:
        return None  # '"...," Sheikh Mohamed wrote': a leader of the call by a name not read as theirs
    verb = next((v for v in item.stances if v.start() > end), None)
    return _Speaker(None, _stance_of(verb) if verb else "states", verb.start() if verb else end)


# A leader relaying what the other said: "Zelensky noted that Orban had told him ...".
_PRONOUN_AND_BEFORE = re.compile(r"\b(?:he|she)\s+and\s+$", re.IGNORECASE)
_RELAYS = re.compile(r"said|says|noted|added|recalled|revealed|explained|mentioned", re.IGNORECASE)
# "Orban said that Putin wanted a quick end": what the other wants, hopes or believes, as the one saying it reads them.
_OF_MIND = re.compile(r"want(?:ed|s)|hoped|believ(?:ed|es)|worried|determined", re.IGNORECASE)


def _relayed(item: SentenceFacts, verb: re.Match[str], leaders: dict[str, LeaderRef]) -> _Speaker | None:
    """The leader whose words a verb of relaying reports in its "that" clause: "noted that Orban had told him"."""
    if not _RELAYS.fullmatch(verb.group()):
        return None
    later = [v for v in item.stances if v.start() > verb.start()]
    inner = _named_leader_in_report(item, verb.end(), later, leaders)
    # "Howard said President Bush told him that ...": what Bush told him, the "that" left out
    inner = inner or _reported_subject(item, verb.end(), leaders)
    if inner is not None and any(_OF_MIND.fullmatch(v.group()) for v in later if v.start() == inner.at):
        return None
    if inner is not None and any(p.ref.slug == inner.slug and verb.end() < p.start < inner.at
                                 and _PRONOUN_AND_BEFORE.search(item.text, max(0, p.start - 12), p.start)
                                 for p in item.people):
        return None  # "Jiang said that he and Clinton had discussed ...": the one saying speaks of both
    # "said that he had discussed the plan with Lula and invited him": the one named after "with" told nothing
    return inner if inner is not None and any(
        p.ref.slug == inner.slug and verb.end() < p.start < inner.at and not p.possessive
        and not _is_object(item.text, p.start) for p in item.people) else None

# "It said that Tokayev informed Putin ...": the side telling, named by a pronoun, reports the other leader; a dateline
# may open the paragraph ("MOSCOW: It said ...", "KYIV — It said ...").
_SIDE_PRONOUN_SAID = re.compile(r"(?:[A-Z][A-Z.'’ -]{2,30}?(?::|\s+[—–-]{1,2})\s+)?"
                                r"(?:It|They)\s+(?:also\s+)?(?:said|added|noted|reported|stated)\b")
# Between a group's verb and the leader it addresses: "congratulated King Abdullah", not "discussed ..., with Erdogan"
_TITLES_ONLY = re.compile(r"\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}")
_THAT_BETWEEN = re.compile(r"\s+(?:[\w,]+\s+){0,3}?that\s")
# '"...," added Modi.', '"..." says Kallas.', "..., recalled the Chinese president.": what was said closed by its
# tag, the verb before the speaker.
_INVERTED_TAG = re.compile(r"[\"”,]\s*(?:said|says|added|adds|tweeted|twitted|wrote|writes|posted|stressed|noted"
                           r"|declared|replied|explained|insisted|revealed|remarked|continued|concluded|recalled"
                           r"|recalls|stated|emphasi[sz]ed|underlined|pointed out|observed)\s+$", re.IGNORECASE)
# "..., noted the Chinese president, adding that ...": the tag goes on with what the speaker added.
_ADDING_TAIL = re.compile(r",\s+(?:adding|saying|noting|stressing)\b[^\"“”]*$")
# "..., and will continue to talk with the Chinese side, Bush said.": the one named before the closing verb.
_CLOSING_VERB_END = re.compile(r"[\s.!?\"”’]*$")
# '"Had a conversation with President Pezeshkian ...," Modi said in a post on X.': where the words were given.
# Only for words in the speaker's first person; '"President Putin thanked me ...," Jokowi said in a video statement'
# tells what the other leader did.
_FIRST_PERSON_QUOTE = re.compile(r"\s*[\"“]\s*(?:I|We|My|Our|Had|Have|Spoke|Held|Just|Talked|Received|Expressed"
                                 r"|Discussed|Conveyed|Reiterated|Thanked|Congratulated|Good|Great|Excellent|Productive"
                                 r"|Warm)\b")
# '"...," said Trump on Twitter, describing the call as "long and productive."': the tag goes on with how the call went.
_CALL_DESCRIBED_TAIL = re.compile(r"(?:\s+(?:in|on|via)\s+[^.,;:\"“”]{1,60}?)?,\s+(?:describing|calling|terming)\s+"
                                  r"(?:it|the\s+(?:[\w-]+\s+)?(?:call|conversation|talks?|exchange))\b")
# "..." Putin said at a video meeting with government members.': where it was said, too.
_TAG_TAIL = re.compile(r"\s+(?:in|on|via|at|during)\s+[^.,;:\"“”]{1,60}?[\s.!?]*$")
# "Obama pledged on Tuesday to ..., the South Korean president's office said": a leader opening the sentence as the
# subject of its first verb of stating; between them only a day or an adverb.
# "the Kremlin said that Erdogan had expressed ...": an auxiliary before the verb too; "Macron has meanwhile invited",
# "Scholz personally urged": an adverb.
_SUBJECT_TO_VERB = re.compile(r"\s+(?:(?:had|has|have)\s+)?"
                              r"(?:(?:on\s+)?\w+day\s+|also\s+|again\s+|later\s+|then\s+|meanwhile\s+|already\s+"
                              r"|[a-z]+ly\s+)?")


def _named_speaker(item: SentenceFacts, leaders: dict[str, LeaderRef]) -> _Speaker | None:
    """The leader the sentence names as the one stating: the subject of a closing ", Bush said." or a single leader
    opening the sentence with a verb of stating, whoever else's office or side the sentence also names."""
    text, verbs = item.text, item.stances
    people = [p for p in item.people if p.ref.slug in leaders and not p.possessive]
    if not verbs or not people:
        return None
    inverted = next((p for p in people if (_CLOSING_VERB_END.fullmatch(text, p.end) or _ADDING_TAIL.match(text, p.end)
                                           or _TAG_TAIL.fullmatch(text, p.end)
                                           or _CALL_DESCRIBED_TAIL.match(text, p.end))
                     and _INVERTED_TAG.search(text, max(0, p.start - 25), p.start)), None)
    if inverted is not None:  # '"We must work in unison," tweeted Duda on Monday.': the tag's leader
        return _Speaker(inverted.ref.slug, _stance_of(verbs[0]), verbs[0].start())
    last = verbs[-1]
    closing = next((p for p in people if p.end <= last.start() and not text[p.end:last.start()].strip()), None)
    if closing is not None and _closing_tag(text, closing, last, _names_a_leader_in_quotation(item, leaders)):
        return _Speaker(closing.ref.slug, _stance_of(verbs[0]), verbs[0].start())  # what they said, not "said"
    if (opening := _PARTICIPLE_OPENING.match(text) or _CALL_OPENING.match(text)) is not None:
        # "Saying that he hoped ..., President Trump asked President Moon to ...": the participle's subject follows
        subject = next((p for p in people if p.start >= opening.end()
                        and _OPENS_WITH_SUBJECT.fullmatch(text, opening.end(), p.start)), None)
        after = [v for v in verbs if subject is not None and v.start() >= subject.end]
        if subject is not None and after and _SUBJECT_TO_VERB.fullmatch(text, subject.end, after[0].start()):
            return _Speaker(subject.ref.slug, _stance_of(after[0]), after[0].start())
    opener = people[0]
    aside = _SUBJECT_ASIDE.match(text, opener.end)
    after_subject = aside.end() if aside else opener.end
    first = next((v for v in verbs if v.start() >= after_subject), verbs[0])
    if opener.start <= 30 and _SUBJECT_TO_VERB.fullmatch(text, after_subject, first.start()) \
            and not any(p.ref.slug != opener.ref.slug and p.start < opener.start for p in item.people) \
            and not _AND_BEFORE.match(text, opener.end) and not text[:opener.start].strip().endswith(
                ("with", "to", "by", "and")) \
            and _OPENS_WITH_SUBJECT.fullmatch(text, _quote_opening(text), opener.start):
        relay = next((v for v in verbs if v.start() >= first.start() and _RELAYS.fullmatch(v.group())), None)
        relayed = _relayed(item, relay, leaders) if relay is not None else None
        return relayed if relayed is not None and relayed.slug != opener.ref.slug \
            else _Speaker(opener.ref.slug, _stance_of(first), first.start())
    return None


# Between a subject and its verb: "Erdogan, in turn, thanked", "Erdogan, a statement from Herzog's office said,
# thanked": whoever's account reports it, the one named is the one who thanked.
_SUBJECT_ASIDE = re.compile(r",\s+(?:in (?:his|her) turn|in turn|for (?:his|her) part|however|meanwhile|too"
                            r"|[^,;:\"“”]{0,60}?\b(?:said|says|stated|reported|noted)"
                            r"|according to [^,;:\"“”]{0,60}?"
                            # "King Abdullah, in a phone call on Saturday with King Salman, condemned"
                            r"|in an? (?:(?:tele)?phone |video )?(?:call|conversation) [^,;:\"“”]{0,100}?),(?=\s)",
                            re.IGNORECASE)


# "..., Ishiba told reporters.": whom the closing verb was said to.
_AUDIENCE = re.compile(r"\s+(?:reporters|journalists|the press|the media|parliament|lawmakers)\b")


def _closing_tag(text: str, closing: PersonSpan, verb: re.Match[str], names_a_leader: bool = True) -> bool:
    """ ", Bush said." closing what was said; or '"Had a call with ...," Modi said in a post on X.' closing a quotation
    in the speaker's own first person, or one naming no leader of the call ('"Brazil and India are the two countries
    hit hardest," Lula said in the post': "the two" there is no group of the leaders)."""
    before = text[:closing.start].rstrip()
    verb_end = audience.end() if (audience := _AUDIENCE.match(text, verb.end())) else verb.end()
    if (_CLOSING_VERB_END.fullmatch(text, verb_end) or audience and _TAG_TAIL.fullmatch(text, verb_end)) \
            and before.endswith(","):
        return True
    return bool((_FIRST_PERSON_QUOTE.match(text) or not names_a_leader) and before.endswith((",\"", ",”"))
                and (_CLOSING_VERB_END.fullmatch(text, verb.end()) or _TAG_TAIL.fullmatch(text, verb.end())))


def _names_a_leader_in_quotation(item: SentenceFacts, leaders: dict[str, LeaderRef]) -> bool:
    quoted = [m.span() for m in _QUOTATION.finditer(item.text)]
    return not quoted or any(a <= p.start < b and p.ref.slug in leaders for p in item.people for a, b in quoted)


# "Saying that ...,", "Recalling his meeting with ...,": a participle clause opening the sentence, up to its comma.
_PARTICIPLE_OPENING = re.compile(r"\s*(?-i:[A-Z][a-z]+ing)\b[^;:]{0,200}?,\s*(?:the\s+)?")
# "In a telephone conversation with Putin on Saturday, Erdogan said": the subject follows the opening about the call.
_CALL_OPENING = re.compile(r"\s*(?:In|During)\s+(?:a|an|the|their|his|her)\s+(?:(?:tele)?phone\s+|video\s+)?"
                           r"(?:call|conversation|talks)\b[^,;:\"“”]{0,100}?,\s*(?:the\s+)?")
# '"Pashinyan said the talks must go on," the Kremlin said.': the subject opening the quotation of a side.
_QUOTE_MARK = re.compile(r"[\"“]")
# Before a sentence's subject: nothing, or a title and a country ("U.S. President", "Russian President").
_OPENS_WITH_SUBJECT = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,4}")


def _quote_opening(text: str) -> int:
    return 1 if _QUOTE_MARK.match(text) else 0


def _counterpart_who_stated(item: SentenceFacts, leaders: dict[str, LeaderRef]) -> _Speaker | None:
    """"He said he had also spoken with Canada's Mark Carney, who invited him to the G7 summit": the sentence only
    reports the call, and what was stated in it is the counterpart's, in the clause about them."""
    verbs = item.stances
    for person in item.people:
        who = _WHO_BETWEEN.match(item.text, person.end)
        if who is None or person.ref.slug not in leaders or person.possessive:
            continue
        verb = next((v for v in verbs if v.start() == who.end()), None)
        earlier = [v for v in verbs if v.start() < person.start]
        if verb is not None and earlier and all(_REPORT_ONLY.fullmatch(v.group()) for v in earlier) \
                and cues.ANY_CALL_WORD.search(item.text, earlier[-1].end(), person.start):
            return _Speaker(person.ref.slug, _stance_of(verb), verb.start())
    return None


def _country_account(item: SentenceFacts, leaders: dict[str, LeaderRef], own_side: str | None) -> _Speaker | None:
    """"China stands ready to ...": the country's leader on the call, when nobody else is the subject."""
    if item.subject_country is None or _COUNTRY_DESCRIBED.match(item.text) or _COUNTRY_HOLDS_A_VIEW.match(item.text) \
            or not (_COUNTRY_STATES.search(item.text[:_COUNTRY_STATES_REACH]) or _COUNTRY_REPORTS.match(item.text)):
        return None
    slug = next((s for s, ref in leaders.items() if ref.country == item.subject_country), None)
    if slug is None or own_side is not None and slug != own_side:
        return None
    verb = item.stances[0] if item.stances else None
    return _Speaker(slug, _stance_of(verb) if verb else "states", verb.start() if verb else 0)


_OPENER_THEN_TITLE = re.compile(r"(?:\s+on\s+\w+)?\s*,\s*")


def _titled(item: SentenceFacts, leaders: dict[str, LeaderRef], last: str | None = None,
            home: str | None = None) -> list[tuple[int, int, str]]:
    """Bare titles in the sentence that name one leader of the call: (start, end, slug); where both hold the title
    and the sentence names neither, the leader of the side telling the story (`home`) when the title is capitalised
    as a readout writes its own head's, else the one who spoke last (`last`, when given), as "he" would be."""
    found = []
    for match in _BARE_TITLE.finditer(item.text):
        if any(p.start <= match.start() < p.end for p in item.people):
            continue  # part of a name already read ("the Prime Minister, Mark Carney")
        if match.group("the") is None and _NAME_AFTER.match(item.text, match.end()):
            continue
        office = match.group("office").lower()
        office = _TITLE_ABBREVIATIONS.get(office, office)
        holders = [slug for slug, ref in leaders.items() if office in (ref.office or "").lower()] \
            or [slug for slug, ref in leaders.items() if office in _OFFICE_SYNONYMS
                and _OFFICE_SYNONYMS[office] in (ref.office or "").lower()]
        if len(holders) == 2:
            # Both hold the title: "The Prime Minister thanked his Malaysian counterpart", "The Prime Minister
            # invited Prime Minister Anwar Ibrahim": the one the sentence names otherwise is the other.
            # So is the one an opener named just before: "In a call with President Buhari, the president said".
            named = {p.ref.slug for p in item.people if p.start > match.end()
                     or p.end <= match.start() and _OPENER_THEN_TITLE.fullmatch(item.text, p.end, match.start())} \
                & set(holders)
            holders = [slug for slug in holders if slug not in named] if len(named) == 1 else holders
            if not named and home in holders and match.group("office").istitle():
                holders = [home]  # "... valued by the US president. The President stressed Egypt's position"
            elif not named and last in holders:
                holders = [last]  # "PM Kobakhidze raised the bid. The PM underscored ...": the one just named
        if len(holders) == 1:
            found.append((match.start(), match.end(), holders[0]))
    return found


def _named_leader_in_report(item: SentenceFacts, after: int, verbs: list[re.Match[str]],
                            leaders: dict[str, LeaderRef]) -> _Speaker | None:
    that = re.compile(r"\bthat\b").search(item.text, after)
    if that is None:
        return None
    titled = _titled(item, leaders)
    for verb in verbs:
        if verb.start() < that.end():
            continue
        people = [(p.start, p.ref.slug) for p in item.people
                  if that.end() <= p.start and p.end <= verb.start() and not p.possessive]
        people += [(start, slug) for start, end, slug in titled if that.end() <= start and end <= verb.start()]
        if people and max(people)[1] in leaders:
            return _Speaker(max(people)[1], _stance_of(verb), verb.start())
    return None


def _subject_of_reported_verb(item: SentenceFacts, after: int, leaders: dict[str, LeaderRef]) -> str | None:
    """The leader standing right before the first verb of stating in the "that" clause after `after`."""
    reported = _reported_subject(item, after, leaders)
    return reported.slug if reported is not None else None


def _reported_subject(item: SentenceFacts, after: int, leaders: dict[str, LeaderRef]) -> _Speaker | None:
    """The leader opening the "that" clause after `after` as the subject of its first verb of stating, with that
    verb."""
    that = _THAT.match(item.text, after)
    if that is None:
        return None
    verb = next((v for v in item.stances[1:] if v.start() >= that.end()), None)
    subject = next((p for p in item.people if that.end() <= p.start and verb is not None and p.end <= verb.start()
                    and not p.possessive and (_SUBJECT_TO_VERB.fullmatch(item.text, p.end, verb.start())
                                              or _ASIDE_TO_VERB.fullmatch(item.text, p.end, verb.start()))), None)
    if verb is None or subject is None or subject.ref.slug not in leaders \
            or not _OPENS_WITH_SUBJECT.fullmatch(item.text, that.end(), subject.start):
        return None
    return _Speaker(subject.ref.slug, _stance_of(verb), verb.start())


# "said that Xi has warned", and without the "that": "Downing Street said Mr Bush stressed"; or quoted after a comma
# or colon, where it was said between: 'the Kremlin said in a statement, "Modi expressed support ..."'.
_THAT = re.compile(r"(?:\s+(?:in|on)\s+[^,;:\"“”]{1,40}?)?[,:]\s*[\"“]|\s+(?:on\s+\w+day\s+)?(?:that\s+)?")
# "said that Kohl, during one of their calls on August 26, had welcomed ...": an aside of when between them
_ASIDE_TO_VERB = re.compile(r"\s*,\s+(?:during|in|on|over|at)\s+[^,;:\"“”]{1,120},"
                            + _SUBJECT_TO_VERB.pattern)


def _reporting_side(item: SentenceFacts, leaders: dict[str, LeaderRef]) -> str | None:
    """"The Kremlin said", "according to Mr. Poroshenko's office", "the Chinese side": whose account this is."""
    text = item.text
    first_verb = item.stances[0] if item.stances else None
    asides = [m.span() for m in _ASIDE.finditer(text)]
    quoted = [m.span() for m in _QUOTATION.finditer(text)] if item.sides else []
    for start, end, country in item.sides:
        if any(a <= start < b for a, b in asides) or _TRAVELLED_TO.search(text, max(0, start - 25), start) \
                or _POSTED_TO.search(text, max(0, start - 25), start):
            continue  # "Modi, who visited Kyiv last week, said": a place in the story, not the one telling it
        if any(a < start and end < b for a, b in quoted):
            continue  # '"The United States government wants a deal," Sheinbaum said': words of the one quoted
        if _AT_A_PLACE.search(text, max(0, start - 12), start) and not _REPORT_NOUN_AFTER.match(text, end):
            continue  # "Kishida speaks to reporters at the Prime Minister's Office": where he is, not who tells
        if _INITIATIVE_OF.search(text, max(0, start - 40), start) or _OWN_INITIATIVE.match(text, end):
            continue  # "At the initiative of the American side, a call was held": who asked for it, not who tells
        according = re.search(r"\baccording to\s+(?:\w+\s+){0,3}$", text[max(0, start - 40):start], re.IGNORECASE)
        trailing = _TRAILING_REPORT.match(text[end:])
        if first_verb is not None and start > first_verb.start() and not (according or trailing):
            continue  # "Xi noted that the US side keeps adding measures": the side is talked about
        if first_verb is not None and start > first_verb.start() \
                and _outsider_subject(item, first_verb.start(), leaders):
            continue  # "King Abdullah also congratulated him, the White House said": the king's words, as told
        if _CITY_AUTHORITIES.match(text, end):
            continue  # "Kyiv's authorities said 23 people were injured": the city's, not the government's
        if _SIDES_BUILDING.match(text, end):
            continue  # "the Polish Presidency's seat will be lit in Spain's colours": a building, which tells nothing
        # "Chinese foreign ministry spokesperson Mao Ning said": the side's spokesperson, however long the name
        reach = spokesperson.end() if (spokesperson := _SPOKESPERSON_NAMED.match(text, end)) else end
        near_report = according or trailing \
            or _REPORTED_BY.search(text[max(0, start - 40):min(len(text), reach + 25)]) \
            or _REPORT_NOUN_AFTER.match(text, end) \
            or _OPENING_SIDE.fullmatch(text, 0, start) and _SAYING.search(text, end)
        if according and first_verb is not None and start < first_verb.start() \
                and _one_named_subject(item, end, first_verb.start(), leaders):
            continue  # "According to the Elysee, Putin said ...": the source's report of the other leader's words
        if start in item.spokespeople and first_verb is not None \
                and (inner := _named_leader_in_report(item, first_verb.end(), item.stances[1:], leaders)) is not None:
            return inner.slug  # "Leavy said that during the call, Yeltsin stated his views": the leader reported
        if first_verb is not None and start < first_verb.start() \
                and (subject := _subject_of_reported_verb(item, first_verb.end(), leaders)) is not None:
            return subject  # "The White House said that President Moon told President Trump about his plan"
        if near_report or re.search(r"\b(?:side|readout|statement|presidency|government|official)$", text[start:end],
                                    re.IGNORECASE) and not _SIDE_GOVERNED.search(text, max(0, start - 60), start):
            slug = next((s for s, ref in leaders.items() if ref.country == country), None)
            if slug is not None:
                return slug
    for person in item.people:
        office = cues.OFFICE_OF.match(text[person.end:]) or _ACCOUNT_OF.match(text[person.end:])
        if person.possessive and office and person.ref.slug in leaders \
                and not _HAPPENED_TO.match(text, person.end + office.end()) \
                and not _AT_A_PLACE.search(text, max(0, person.start - 12), person.start) \
                and not _RESPONDED_TO.search(text, max(0, person.start - 60), person.start):
            if first_verb is not None and person.start < first_verb.start() \
                    and (subject := _subject_of_reported_verb(item, first_verb.end(), leaders)) is not None:
                return subject  # "A post on Modi's account said Macron had welcomed ...": as a side's report
            return person.ref.slug
    office = _OFFICE_TELLS.search(text) or _OFFICE_OPENS_REPORT.search(text)
    if office is not None:
        said = office.group("office") or "prime minister"  # "the PMO": the prime minister's office
        title = said.lower().rstrip("'’s").replace("presidential", "president")
        holders = [slug for slug, ref in leaders.items() if (ref.office or "").lower() == title]
        if len(holders) == 1:
            return holders[0]
    return None


# "Kyiv's authorities", "Moscow city authorities", "Kyiv's mayor": a capital's own officials, not its government.
_CITY_AUTHORITIES = re.compile(r"(?:['’]s)?\s+(?:(?:city|municipal|local|regional|military)\s+)?"
                               r"(?:authorities|administration|officials|mayor|governor|police|emergency services)\b"
                               r"|\s+(?:city|municipal|regional)\b", re.IGNORECASE)


def _outsider_subject(item: SentenceFacts, verb_at: int, leaders: dict[str, LeaderRef]) -> bool:
    """Whether the subject opening the sentence before the verb at `verb_at` is someone not on the call: a person of
    another country named ("King Abdullah and the emir also congratulated ...") or an official by title and name."""
    if _official_before(item, verb_at) is not None:
        return True
    subjects = [p for p in item.people if p.end <= verb_at and not p.possessive and not _is_object(item.text, p.start)]
    return bool(subjects) and subjects[0].start <= 2 and all(p.ref.slug not in leaders for p in subjects)


# "support for President Yeltsin and the Russian government": the government supported, not the one telling.
_SIDE_GOVERNED = re.compile(r"\b(?:for|to|with|against|towards?|behind|backing|of)\s+(?:the\s+)?(?:new\s+)?"
                            r"(?:(?:[A-Z][\w.'’-]*\s+){1,4}and\s+(?:the\s+)?)?$")
# "Ali responded on Saturday to Maduro's statement": the statement another answers, not the one telling.
_RESPONDED_TO = re.compile(r"\b(?:respond|repl|react)\w*\b[^,;.:\"“”]{0,30}?\bto\s+(?:the\s+)?$", re.IGNORECASE)
# "the Presidency's seat", "the Kremlin's walls": what the side owns, where something is done, not who tells it.
_SIDES_BUILDING = re.compile(r"['’]s\s+(?:[\w-]+\s+)?(?:seat|building|headquarters|residence|palace|fa[cç]ade|walls?"
                             r"|gates?|grounds|premises|tower)\b", re.IGNORECASE)
# "attends a meeting at the Prime Minister's Office", "speaks outside Downing Street": a seat as the place one is at.
_AT_A_PLACE = re.compile(r"\b(?:at|inside|outside)\s+(?:the\s+)?$", re.IGNORECASE)
_REPORT_NOUN_AFTER = re.compile(r"\s+(?:readout|statement|account)\b", re.IGNORECASE)
# "A tweet on Netanyahu's Arabic-language account said", "Modi's official X account": where the leader speaks.
_ACCOUNT_OF = caseless(r"^['’]s\s+(?:(?:official|personal|verified|[a-z]+-language|x|twitter|telegram|facebook"
                       r"|instagram)\s+){1,2}(?:account|page|channel)\b")
# "Tusk's government was sworn in", "Michal's cabinet took the oath of office": what befell the office or government,
# or its taking office, which tells nothing.
_HAPPENED_TO = re.compile(r"\s+(?:(?:was|were|has been|had been|is being)\s+(?:\w+ly\s+)?"
                          r"(?!told\b|informed\b|briefed\b|asked\b|quoted\b|cited\b)\w+(?:ed|en|wn|un|rn)"
                          r"|(?:took|takes|has\s+taken|assumed|assumes)\s+(?:office|power|(?:the|its|their)\s+oaths?)"
                          r"|came\s+to\s+power)\b")


def _passive_agent(item: SentenceFacts, verb: re.Match, leaders: dict[str, LeaderRef]) -> str | None:
    """The leader after "by" when the verb is passive: "was told by Putin", "were urged by Mr. Biden"."""
    text = item.text
    by = _BY_AFTER.match(text, verb.end())
    if by is None or not _PASSIVE_BEFORE.search(text, max(0, verb.start() - 20), verb.start()):
        return None
    return next((p.ref.slug for p in item.people if by.end() <= p.start <= by.end() + _TITLE_BEFORE_NAME
                 and p.ref.slug in leaders), None)


def _one_named_subject(item: SentenceFacts, start: int, verb_at: int, leaders: dict[str, LeaderRef]) -> bool:
    between = {p.ref.slug for p in item.people if start <= p.start and p.end <= verb_at}
    return len(between) == 1 and between <= set(leaders) and not any(
        p.possessive for p in item.people if start <= p.start and p.end <= verb_at)


# ", Vietor said", ", Mr Okafor said": a name alone closing the sentence before its verb of saying.
_NAME_CLOSING_BEFORE = re.compile(r",\s+(?P<name>(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w'’-]+)\s+(?:also\s+)?$")
_NEWS_AGENCY = re.compile(r"(?:Xinhua|Yonhap|Kyodo|Interfax|Reuters|Anadolu|Bernama|Antara|Tass|RIA Novosti|Sputnik"
                          r"|Ukrinform|Tasnim|Mehr|Fars|Kuna|Wam|Agerpres|Efe|Ansa|Belga|Dpa|Afp)")
_BETWEEN_BEFORE = re.compile(r"\b(?:between|among)\s+$", re.IGNORECASE)


def _agent_before(item: SentenceFacts, verb_at: int, leaders: dict[str, LeaderRef], last: str | None,
                  home_slug: str | None) -> str | tuple[str, ...] | None:
    """The subject of the verb at `verb_at`: a leader's slug, "" for someone else, None when there is none, or the
    slugs of a bloc of a call of three or more that speaks together (the side telling the story first)."""
    text = item.text
    candidates: list[tuple[int, str | tuple[str, ...]]] = []  # (where the agent's words end, what it stands for)
    # '"Yes, I just spoke to President Macron," he confirmed': who a closed quotation names is not its speaker.
    quoted = [m.span() for m in _QUOTATION.finditer(text, 0, verb_at)
              if m.end() <= verb_at and len(m.group().split()) >= _QUOTED_WORDS]  # not a nickname ("Bongbong")
    people = [p for p in item.people if p.end <= verb_at and not any(a <= p.start < b for a, b in quoted)
              and _reach(text, p.end, verb_at) - _named_between(item, p.end, verb_at) <= AGENT_REACH]
    for index, person in enumerate(people):
        if _WHO_BETWEEN.fullmatch(text, person.end, verb_at):
            candidates.append((person.end, person.ref.slug))  # "... with Ruto, who said": the one the clause is about
            continue
        if (and_i := _AND_I.match(text, person.end)) is not None and person.ref.slug in leaders:
            # '"My brother Mohammed bin Salman and I discussed ...," Sheikh Mohamed said': the one speaking is the other
            others = [slug for slug in leaders if slug != person.ref.slug]
            candidates.append((and_i.end(), others[0] if len(others) == 1 else ""))
            continue
        previous = people[index - 1] if index else None
        if _listed_after_object(item, person):
            continue  # "held calls with the leaders of Somalia, Kenya and Uganda and discussed": all were spoken with
        if person.possessive or _is_object(text, person.start) and not _subject_after_opener(text, previous, person) \
                and not (_SPACE_OR_ADVERB.fullmatch(text, person.end, verb_at) and _doing_not_done_to(text, verb_at)):
            continue
        if previous is not None and _AND_BEFORE.fullmatch(text[previous.end:person.start]) \
                and previous.ref.slug in leaders and person.ref.slug in leaders \
                and not _is_object(text, previous.start):  # "a call between A and B": no bloc that speaks
            candidates.append((person.end, _named_bloc(text, people, index)))  # "Mr. Sisi and Mr. Biden reviewed"
        else:
            candidates.append((person.end, person.ref.slug))
    for start, end, slug in _titled(item, leaders, last, home_slug):
        if end <= verb_at and verb_at - end <= AGENT_REACH and not _is_object(text, start):
            candidates.append((end, slug))  # "the chancellor made plain": the one chancellor on the call
    if (minister := _MINISTER_BEFORE.search(text, max(0, verb_at - 60), verb_at)) is not None \
            or (minister := _UNNAMED_OFFICIAL_BEFORE.search(text, max(0, verb_at - 60), verb_at)) is not None:
        # "..., the information minister said": a minister's own statement; "The official said": an unnamed
        # official's account, not that of a leader named later in it
        candidates.append((minister.end(), ""))
    if (official := _official_before(item, verb_at)) is not None:
        candidates.append((official, ""))  # "the Ambassador to London, Louis Susman, said": their own words
    if (closing := _NAME_CLOSING_BEFORE.search(text, max(0, verb_at - 60), verb_at)) is not None \
            and closing.group("name").upper() not in cues.DATELINE_CITIES \
            and not _NEWS_AGENCY.fullmatch(closing.group("name")) \
            and _named_outsider(item, leaders, *closing.span("name")):
        # "..., Vietor said.": one named who is not on the call; not "..., Pretoria said", a side by its capital,
        # nor "..., Xinhua said", an agency telling a side's account
        candidates.append((closing.end("name"), ""))
    asides = [m.span() for m in _ASIDE.finditer(text, 0, verb_at)]  # "Abbott, whom he called his friend, said"
    for offset in item.pronouns:
        if offset < verb_at and verb_at - offset <= AGENT_REACH and last is not None \
                and not any(p.start <= offset < p.end for p in item.people) \
                and not any(a <= offset < b <= verb_at for a, b in asides) \
                and not (_SUBORDINATOR_BEFORE.search(text, max(0, offset - 12), offset)
                         and _AND_THEN_VERB.search(text, offset, verb_at)):
            candidates.append((offset + 2, _not_addressed(item, offset, last, leaders)))
    for match in cues.FORMER_OR_LATTER.finditer(text, 0, verb_at):
        # "during a call between Obama and Putin, the latter warned": the last (or first) of the two named before
        named = [p for p in item.people if p.end <= match.start() and p.ref.slug in leaders and not p.possessive]
        if len(named) >= 2 and verb_at - match.end() <= (AGENT_REACH if match.group("which") == "latter" else 2):
            candidates.append((match.end(), (named[-1] if match.group("which") == "latter" else named[-2]).ref.slug))
    for match in _GROUP.finditer(text[:verb_at]):
        # "that Kohl, during a call between the two leaders, had welcomed": the group is the call's, not the subject
        if verb_at - match.end() <= AGENT_REACH and not _BETWEEN_BEFORE.search(text, max(0, match.start() - 10),
                                                                               match.start()):
            candidates.append((match.end(), _counted_bloc(item, match, verb_at, leaders)))
    for match in _GUEST_HEAD.finditer(text, 0, verb_at):
        others = [slug for slug in leaders if slug != home_slug]
        if home_slug in leaders and len(others) == 1 and verb_at - match.end() <= AGENT_REACH:
            candidates.append((match.end(), others[0]))  # "the head of the friendly state wished": the guest
    for match in _HONORIFIC.finditer(text[:verb_at]):
        monarchs = [slug for slug, ref in leaders.items() if ref.country in _RULING_FAMILIES
                    or (ref.office or "").split()[:1] and (ref.office or "").split()[0] in _MONARCH_OFFICES]
        if len(monarchs) == 1 and verb_at - match.end() <= AGENT_REACH:
            candidates.append((match.end(), monarchs[0]))  # "His Highness affirmed": the ruler on the call
    if _PARTICIPLE_AFTER_COMMA.fullmatch(text, max(0, verb_at - 2), verb_at) and _IN_ING.match(text, verb_at) \
            and (opener := next((p for p in people if p.start <= 2 and not p.possessive), None)) is not None:
        # "Thatcher went on to suggest she understood why he had not been open, saying she had ...": the opener
        candidates = [(opener.end, opener.ref.slug)]
    if not candidates:
        return None
    agent_end, agent = max(candidates, key=lambda candidate: (candidate[0], candidate[1]
                                                              if isinstance(candidate[1], str) else "group"))
    if isinstance(agent, tuple):
        bloc = [slug for slug in agent if slug in leaders]
        if len(leaders) >= 3 and len(bloc) >= 2:
            return tuple(sorted(bloc, key=lambda slug: slug != home_slug))
        if bloc and home_slug not in leaders:
            return bloc[0]  # "Philippine President Marcos and French President Macron discussed": the one named first
        agent = "group"
    if agent == "group":
        aide_of = next((p.ref.slug for p in item.people if p.end <= verb_at and p.ref.slug in leaders
                        and _AIDE_TO.search(text, max(0, p.start - 60), p.start)), None)
        if aide_of is not None:
            return aide_of  # "Femi Adesina, adviser to President Buhari, disclosed what both leaders discussed"
        verb_end = next((v.end() for v in item.stances if v.start() == verb_at), verb_at)
        addressed = {p.ref.slug for p in item.people if p.ref.slug in leaders and not p.possessive
                     and _TITLES_ONLY.fullmatch(text, verb_end, p.start)}
        if _HIM_AFTER.match(text, verb_end) and last in leaders:
            addressed.add(last)  # "Shehbaz received calls from Raisi and Anwar. The two leaders congratulated him"
        if len(leaders) == 2 and len(addressed) == 1:
            return next(slug for slug in leaders if slug not in addressed)  # "The leaders congratulated King Abdullah"
        return home_slug if home_slug in leaders else next(iter(leaders))
    named = any(p.end == agent_end and p.ref.slug == agent for p in people)
    if agent in leaders and len(leaders) == 2 and not named and _quotes_addressing(item, quoted, agent):
        # '"I just spoke to President Macron," he confirmed': whoever "he" was before, the one who speaks of a call
        # with Macron in the first person is the other leader of the call; '"...," Biden said' names its speaker.
        return next(slug for slug in leaders if slug != agent)
    return agent if agent in leaders else ""


def _doing_not_done_to(text: str, verb_at: int) -> bool:
    """'with the French president urging a ceasefire': the one named before a verb in -ing does it; not in 'a call
    to the president of Iran urging him not to strike', where it is done to him."""
    doing = _IN_ING.match(text, verb_at)
    return doing is not None and not _HIM_AFTER.match(text, doing.end())


def _not_addressed(item: SentenceFacts, pronoun_at: int, last: str, leaders: dict[str, LeaderRef]) -> str:
    """Who "he" is: whoever spoke last, unless the sentence goes on to address them ("He spoke with Mr Trump
    about tariffs" after Trump spoke): then, on a call of two, the other leader."""
    if last not in leaders or len(leaders) != 2:
        return last
    owners = [slug for slug, ref in leaders.items() if ref.country in item.restated_countries]
    if len(owners) == 1:
        return owners[0]  # "He also reiterated Saudi Arabia's rejection of ...": the Saudi side, whoever spoke last
    # '"He commended President Morsi's efforts," Rhodes told reporters travelling with Mr Obama': a quotation's "he"
    # addresses only whom the quotation names
    reach = next((m.end() for m in _QUOTATION.finditer(item.text) if m.start() <= pronoun_at < m.end()),
                 len(item.text))
    addressed = {p.ref.slug for p in item.people if p.ref.slug in leaders and pronoun_at < p.start < reach
                 and not p.possessive and _is_object(item.text, p.start)}
    # "He offered condolences to President Ghani ..., a statement from the PM Office said": the other one addressed
    return next(slug for slug in leaders if slug != last) if addressed == {last} else last


_AND_I = re.compile(r"\s+and\s+I\b")
_PARTICIPLE_AFTER_COMMA = re.compile(r",\s")
# "They said in their ruling", "the tribunal ruled": a court's words, not a leader's.
_COURT_WORDS = re.compile(r"\b(?:said|stated|wrote|found) in (?:their|its) (?:ruling|judgment|judgement|verdict)\b"
                          r"|^\s*(?:the|a) (?:court|tribunal|judges?|panel of judges)\s+(?:said|ruled|found|ordered)\b",
                          re.IGNORECASE)
# "Tinubu had sent a message to Ruto after he won the election and said ...": the "he" of a clause of time or cause
# is not the subject of the verb joined to the sentence's own by "and".
_SUBORDINATOR_BEFORE = re.compile(r"\b(?:after|before|when|since|because|once|until|as|if|though|although)\s+$",
                                  re.IGNORECASE)
_AND_THEN_VERB = re.compile(r"\s+and\s+(?:also\s+|then\s+)?$")
_HIM_AFTER = re.compile(r"\s+(?:him|her)\b")
# "the head of the friendly state", "the leader of the brotherly country": the other leader, as the home side's
# readout calls its guest.
_GUEST_HEAD = re.compile(r"\b(?:head|leader) of (?:the |this )?(?:friendly|fraternal|brotherly)"
                         r" (?:state|country|nation)\b", re.IGNORECASE)
# "the Special Adviser to President Buhari", "a spokesman for Mr. Sharif": one who tells for that leader's side.
_AIDE_TO = re.compile(r"\b(?:advis[eo]r|aide|spokes(?:man|woman|person)|press secretary)\s+(?:to|for)\s+(?:the\s+)?"
                      r"$", re.IGNORECASE)
_AND_JOIN = re.compile(r"\band\b", re.IGNORECASE)


def _listed_after_object(item: SentenceFacts, person: PersonSpan) -> bool:
    """Whether the person ends a list ("A, B and C") that begins with one governed by a verb or preposition; not
    the subject after an opening phrase ("In his call with Mr. Putin, Mr. Obama condemned")."""
    text, people = item.text, item.people
    index = next((i for i, p in enumerate(people) if p is person), 0)

    def joined(at: int) -> bool:  # people[at - 1] and people[at] are one list
        return 0 < at < len(people) and not people[at - 1].possessive \
            and _AND_BEFORE.fullmatch(text[people[at - 1].end:people[at].start]) is not None

    first, last = index, index
    while joined(first):
        first -= 1
    while joined(last + 1):
        last += 1
    ends_with_and = last > first and _AND_JOIN.search(text, people[last - 1].end, people[last].start) is not None
    return first < index and ends_with_and and _is_object(text, people[first].start)


def _subject_after_opener(text: str, previous: PersonSpan | None, person: PersonSpan) -> bool:
    """"In a telephone conversation with the French leader, the Chinese President confirmed": the one named after
    an opening phrase's comma is the subject, not another name for the one the phrase ends with."""
    return previous is not None and previous.ref.slug != person.ref.slug \
        and _COMMA_ONLY.fullmatch(text, previous.end, person.start) is not None \
        and _OPENING_PHRASE.fullmatch(text, 0, previous.start) is not None


_COMMA_ONLY = re.compile(r",\s+")
# "..., with the French president urging a ceasefire": the one "with" names is the subject of the verb in -ing.
_SPACE_OR_ADVERB = re.compile(r"\s+(?:also\s+|again\s+)?")
_IN_ING = re.compile(r"[a-z]+ing\b")
_OPENING_PHRASE = re.compile(r"\s*(?:In|During|Over|Following|After)\b[^,;]*")
# A minister, secretary or envoy as the subject right before the verb speaks for themselves, not for a leader.
_MINISTER_BEFORE = re.compile(r"\b(?:the|a|an|his|her|their)\s+(?:(?!prime\b|first\b)[\w-]+\s+){0,2}?"
                              r"(?:minister|secretary|ambassador|envoy)"
                              r"\s+$", re.IGNORECASE)


_UNNAMED_OFFICIAL_BEFORE = re.compile(r"\b(?:the|an?)\s+(?:[\w-]+\s+){0,3}?officials?\s+(?:also\s+|later\s+)?$",
                                      re.IGNORECASE)


# An official named after their title right before the verb: "Ukraine's ambassador Liubov Abravitova confirmed",
# "the US Ambassador to London, Louis Susman, said", "a report that Foreign Minister Winston Peters had ruled out",
# "Opposition leader Simon Crean said", "Foreign Minister Winston Peters, meanwhile, has ruled out", "presidential
# spokeswoman Ana Lima said" (no side of the call named before the title); "he" or "she" next is that official.
_OFFICIAL_NAMED_BEFORE = re.compile(
    r"(?<![Pp]rime )(?<![Ff]irst )\b(?i:ambassador|minister|secretary|envoy|advis[eo]r|aide|governor|mayor|senator"
    r"|spokes(?:man|woman|person)|opposition leader|leader of the opposition)"
    r"(?:\s+(?:to|of|for)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})?,?"
    r"\s+(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]+(?:,\s+(?:meanwhile|however|in turn|for (?:his|her) part|too),)?"
    r",?\s+(?:also\s+|then\s+|later\s+|had\s+|has\s+)?$")

_QUOTED_WORDS = 4
_FIRST_PERSON_IN_QUOTE = re.compile(r"\b(?:I|we|my|our|me|us)\b")


def _quotes_addressing(item: SentenceFacts, quoted: list[tuple[int, int]], slug: str) -> bool:
    """Whether a closed quotation in the first person names this leader."""
    return any(a <= p.start < b and p.ref.slug == slug and _FIRST_PERSON_IN_QUOTE.search(item.text, a, b)
               for p in item.people for a, b in quoted)


def _named_bloc(text: str, people: list[PersonSpan], last: int) -> tuple[str, ...]:
    """"Macron and Merkel", "Lula, Petro and López Obrador": the people named one after another up to `last`."""
    first = last
    while first > 0 and _AND_BEFORE.fullmatch(text[people[first - 1].end:people[first].start]) \
            and not people[first - 1].possessive:
        first -= 1
    return tuple(dict.fromkeys(person.ref.slug for person in people[first:last + 1]))


def _counted_bloc(item: SentenceFacts, group: re.Match[str], verb_at: int,
                  leaders: dict[str, LeaderRef]) -> tuple[str, ...] | str:
    """"The three leaders said" (all three on the call), "the three leaders told Trump" (all but the one told): a
    bloc when the count is that of the leaders who are not addressed; else "group", a bare group of unknown size."""
    count = _COUNTS.get(group.group().split()[1].lower(), 0) if group.group().lower().startswith("the ") else 0
    addressed = {p.ref.slug for p in item.people if p.start > verb_at and _is_object(item.text, p.start)}
    speaking = tuple(slug for slug in leaders if slug not in addressed)
    return speaking if count >= 3 and len(speaking) == count else "group"


_COUNTS = {"three": 3, "four": 4}


def _closing_reporter(item: SentenceFacts) -> str | None:
    """The person in a closing '..., Jokowi said' or '..." Jokowi said in a statement'."""
    for person in item.people:
        before = item.text[max(0, person.start - 3):person.start]
        if not person.possessive and re.search(r"[,\"”]\s*$", before) and _SAID_AFTER.match(item.text, person.end):
            return person.ref.slug
    return None


def _named_between(item: SentenceFacts, end: int, verb_at: int) -> int:
    """How many characters of names stand between a person and a verb: "spoke to both Russian President Vladimir Putin
    and Ukrainian President Volodymyr Zelensky ... and told" is far from its subject only by the names it lists."""
    return sum(p.end - p.start for p in item.people if end <= p.start and p.end <= verb_at)


def _reach(text: str, end: int, verb_at: int) -> int:
    """Characters from a person to a verb, not counting an aside ("Biden, who leaves office in January, said")."""
    between = text[end:verb_at]
    aside = _ASIDE.match(between)
    return len(between) - (aside.end() if aside else 0)


def _stance_of(verb: re.Match[str]) -> str:
    return next(name for name, value in verb.groupdict().items() if value)


# "co-operation in the response to the Russian invasion", "cooperation on climate": the matter cooperated in.
_COOPERATION = re.compile(r"co-?operation", re.IGNORECASE)
_COOPERATION_IN = re.compile(r"\s+(?:in|on|over|against|regarding|concerning)\s+[^.;:]{0,60}$")


def _topic(hits: list[TopicHit], verb_at: int, text: str = "") -> str | None:
    after = [hit for hit in hits if hit.start >= verb_at]
    chosen = after[0] if after else (hits[0] if hits else None)
    if chosen is not None and _COOPERATION.fullmatch(text, chosen.start, chosen.end):
        matter = next((hit for hit in hits if hit.start >= chosen.end and hit.slug != chosen.slug), None)
        if matter is not None and _COOPERATION_IN.match(text[chosen.end:matter.start]):
            return matter.slug
    return chosen.slug if chosen else None


def home_side(facts: ArticleFacts, leaders: dict[str, LeaderRef], callers: list[str],
              told_in: Collection[int] | None = None) -> str | None:
    """The leader whose government tells the story: the one the article speaks for (its outlet, address, cited
    institution or dateline), else the first side named in the sentences that tell of the call (`told_in`, all when
    not given), else the one who called."""
    if facts.home_country:
        slug = next((s for s, ref in leaders.items() if ref.country == facts.home_country), None)
        if slug is not None:
            return slug
    for s_index, item in enumerate(facts.sentences):
        if told_in is not None and s_index not in told_in:
            continue  # "The White House said last month that ...": background tells nothing of the call
        for start, _, country in item.sides:
            if _is_object(item.text, start) or _PLACE_BEFORE.search(item.text, max(0, start - 8), start):
                continue  # "He thanked the French government", "talks in Washington": the one thanked tells nothing
            slug = next((s for s, ref in leaders.items() if ref.country == country), None)
            if slug is not None:
                return slug
    return callers[0] if callers else None


_PLACE_BEFORE = re.compile(r"\b(?:in|at|into|near)\s+$", re.IGNORECASE)


def _is_object(text: str, start: int) -> bool:
    """Whether the person named at `start` is governed by a verb or preposition: addressed, not speaking."""
    low = max(0, start - 40)
    if (leaders_of := cues.LEADERS_OF_BEFORE.search(text, low, start)) is not None:
        start = leaders_of.start()  # "The presidents of Belarus and Russia agreed": the phrase is the subject
    return bool(_OBJECT_BEFORE.search(text[max(0, start - 25):start])
                or _OBJECT_DESCRIBED.search(text[max(0, start - 80):start]))


# Run over whole sentences and rarely matching: each is tried only where a word all its matches hold is found.
(_SAID_NOTHING, _OFFICE_TELLS, _OFFICIAL_NAMED_BEFORE, _RECORD_ONLY, _OFFICE_OPENS_REPORT) = map(
    gated, (_SAID_NOTHING, _OFFICE_TELLS, _OFFICIAL_NAMED_BEFORE, _RECORD_ONLY, _OFFICE_OPENS_REPORT))
