"""Word lists and patterns that mark calls, meetings, plans, background and stated positions."""

import re
import sys
from collections.abc import Iterator
from functools import lru_cache

from app.ingest.caseless import CaselessMatch, CaselessPattern, caseless

# "had a telephone interview with President X", as readouts translated from French ("entretien téléphonique") call a
# call; a leader's interview with a broadcaster is not one.
_TELEPHONE_INTERVIEW = (r"\btelephone interviews?\b(?=\s+(?:between|with\s+(?:the\s+)?(?:president|prime|king|emir"
                        r"|chancellor)|with\s+(?:his|her)\s+(?:[a-z-]+\s+)?counterpart))"
                        r"|(?<=\bhad\sa\s)telephone interview\b"
                        # "During their first telephone interview since ..., Macron and Biden ...": theirs, two leaders'
                        r"|(?<=\btheir\s)telephone interview\b|(?<=\btheir\sfirst\s)telephone interview\b")
# "a virtual summit", "an online session": talks held over video.
# "a Zoom meeting", "a Teams call", "a Skype conversation": talks held in a video app (not "the teams meeting").
_ONLINE_TALKS = (r"(?:\b(?:virtual|online|zoom|skype|webex)|(?<=\ba )teams|(?<=\bmicrosoft )teams)"
                 r" (?:video )?(?:summits?|meetings?|talks|calls?|sessions?|conversations?|conferences?|chats?)\b")
# "the digital conversation between the two leaders" (not "digital talks", of the digital economy). Kept out of
# CALL_NOUN, whose "conversation" finds it already and whose gate would lose its short list of words with it.
_DIGITAL_TALKS = r"\bdigital (?:video )?conversations?\b"
# A phone or video call as a thing: "a phone call", "their telephone conversation", "a videoconference".
CALL_NOUN = caseless(
    r"\b(?:(?:tele)?phone|telephonic|video|secure video|conference)[ -]?(?:calls?|conversations?|talks?|chats?"
    # "during a telephone conservation": a slip of the keys no phone word is ever followed by otherwise
    r"|conservations?|conferences?"
    r"|meetings?|summits?|sessions?|exchanges?|discussions?|contacts?)\b"
    r"|\bvideo ?conferenc(?:e|es|ing)\b|\bvideo ?link\b"
    # "held a Summit Video Teleconference Meeting", as Japan's government titles its readouts
    r"|\btele-?conferenc(?:e|es|ing)\b"
    rf"|{_ONLINE_TALKS}|{_TELEPHONE_INTERVIEW}"
    r"|\bcall(?:s)?\b(?!\s+(?:for|off|up|out|back)\b)|\bconversations?\b",
)
# Every call word below contains one of these stems: a cheap first look before the full patterns.
ANY_CALL_WORD = caseless(r"phon|call|spok|speak|talk|convers|confer|video|virtual|online|rang|rung|rings|dial|link"
                         r"|summit|meeting|conferenc|hung up|hangs up|hanging up|exchanged with|exchanged again with"
                         r"|exchanges again with|he exchanges with")
VIDEO = caseless(rf"\bvideo|{_ONLINE_TALKS}|{_DIGITAL_TALKS}|\bvideoconferenc"
                 r"|\b(?:met|meets?) (?:virtually|online)\b")
# "said in his nightly video address", "in a video message": a video of a leader speaking, no video call.
_VIDEO_OF_SPEECH = re.compile(r"\bvideo[ -]?(?:address|message|statement|speech|appeal|clip|footage|recording|remarks"
                              r"|greeting|post)(?:es|s)?\b|\baddress(?:es)?\s+video\b"
                              # "Zelensky said afterwards in a video posted online"
                              r"|\bvideos?\s+(?:(?:he|she|they)\s+)?(?:posted|shared|published|released|uploaded)\b"
                              # "said at a video conference with members of the government": a meeting at home
                              r"|\bvideo[ -]?conferenc\w*\s+(?:meeting\s+)?(?:with|of)\s+(?:the\s+|his\s+|her\s+)?"
                              r"(?:members\s+of\s+(?:the\s+|his\s+|her\s+)?government|government\s+members|cabinet"
                              r"|ministers|governors|security\s+council)\b",
                              re.IGNORECASE)


def tells_video_call(text: str) -> bool:
    """Whether the text tells of a video call, not of a video a leader recorded."""
    return bool(VIDEO.search(_VIDEO_OF_SPEECH.sub(" ", text)))


# A phone or video word no in-person story uses: enough on its own to say an article reports a call.
# "held a telephonic conversation", as Indian and Pakistani English have it.
REMOTE_CALL = caseless(r"\b(?:phone|telephone|telephonic|video)[ -]?(?:call|conversation|conservation|talks|chat)"
                       r"|videoconferenc|video ?link"
                       # "the hour-long secure call hosted by Biden": a call on a secure line, never in the same room
                       r"|\bsecure (?:phone |telephone |video )?call"
                       r"|\btele-?conferenc"
                       rf"|virtual summit|{_TELEPHONE_INTERVIEW}")
# "a telephone meeting", "a video summit": remote, so not evidence of meeting in person.
REMOTE_MEETING = caseless(r"\b(?:(?:tele)?phone|telephonic|video|virtual|online)[ -](?:meetings?|summits?|talks?)\b"
                          rf"|{_ONLINE_TALKS}|{_DIGITAL_TALKS}"
                          # "held talks with Sarkozy over the phone": the talks were the call
                          r"|\btalks\s+with\s+[^.;:\"“”]{1,80}?\s+(?:by|over|via|on)\s+(?:the\s+)?(?:tele)?phone\b"
                          # "a Video Teleconference Meeting", "a video conference meeting"
                          r"|\b(?:video[ -]?|tele-?)conference[ -](?:meetings?|summits?|talks?)\b"
                          # "held a summit telephone talk", as Japan's foreign ministry titles its readouts
                          r"|\bsummit (?:(?:tele)?phone|video) (?:talks?|calls?|conversations?|meetings?)\b"
                          # "held a summit meeting over the telephone", as Japan's foreign ministry also puts it
                          r"|\b(?:summit\s+)?(?:met|meet|meets|meeting)\s+(?:by|via|over|on)\s+(?:a\s+|the\s+)?"
                          r"(?:video(?: ?link| ?conference)?"
                          r"|(?:tele)?phone|videoconference)\b|\b(?:met|meet|meets)\s+(?:virtually|online)\b"
                          rf"|{_TELEPHONE_INTERVIEW}")
# Verbs that report a call only with the right company: "spoke by phone", "spoke with <leader>".
PHONE_ADVERB = caseless(r"\b(?:by|on the|over the|via) (?:tele)?phone\b|\bby video(?: ?link)?\b|\bvia video\b"
                        # "holding talks via an encrypted video channel"
                        r"|\bvia (?:a|an|the) (?:[\w-]+ )?(?:video|telephone|phone) (?:channel|link|line)\b"
                        # "the two leaders spoke over phone", "speak on phone", "talked telephonically"
                        r"|\b(?:on|over) (?:tele)?phone\b(?![ -](?:calls?|lines?|records?|use|hacking|taps?|numbers?)\b)"
                        r"|\btelephonically\b"
                        r"|\bphoned\b|\btelephoned\b|\brang\b"
                        # "Ardern has rung Morrison" (not "the bottom rung")
                        r"|(?:(?<=\bhas )|(?<=\bhad )|(?<=\bhave ))rung\b"
                        # "the four met virtually on Thursday"
                        r"|\b(?:virtually|online)\b(?:(?<=met virtually)|(?<=meet virtually)|(?<=meets virtually)"
                        r"|(?<=met online)|(?<=meet online)|(?<=meets online))")
SPEAK_VERB = caseless(r"\b(?:spoke|spoken|talked|speaks|talks|speaking|talking|phoned|telephoned|phoning|telephoning"
                      r"|conferred|confers|conferring"
                      # "he exchanges again with Putin", as French "échanger avec" is put: to speak with (not "his
                      # exchanges with", a noun, nor "exchanged views with", which names what passed)
                      r"|exchanged(?= (?:again )?with\b)|exchanges(?= again with\b)"
                      r"|(?:(?<=\bhe )|(?<=\bshe ))exchanges(?= with\b)"
                      r"|phones|telephones|dials|called|calls|calling|"
                      r"dialed|dialled|rang|rings|(?:(?<=has )|(?<=had )|(?<=have ))rung"
                      r"|held (?:a |their )?(?:phone|telephone|video)"
                      # "received on Thursday a telephone call from", as Gulf agencies write it
                      r"|received (?:(?:on |late on |early on )?\w+day |today |yesterday )?a (?:phone |telephone )?call"
                      r"|had (?:a |their )?(?:phone|telephone|video)"
                      # "hung up on Prime Minister Turnbull": the call was held, and ended abruptly
                      r"|(?:hung|hangs|hanging) up on)\b")
# "A good lunch conversation in Copenhagen with friends": talk over a meal, at one table
_MEAL_TALK = r"\b(?:lunch|luncheon|dinner|breakfast|banquet|dinner[ -]table)[ -](?:conversations?|talks|discussions?" \
             r"|chats?)\b"
MEAL_TALK = caseless(_MEAL_TALK)
# "call for", "called on", "so-called", "called the speech good": a word "call" that is not a phone call.
# "an abrupt breakdown in summit talks between Trump and Kim": talks named by what they are, not a phone verb.
NOT_A_CALL = caseless(r"\bso-called\b|\b(?:hold|holds|held|holding|for|of|after|following|in|the|their|his|her|its|our"
                      r"|summit|peace|trade|nuclear|ceasefire|truce|follow-up|high-level|in-person|face-to-face) talks\b"
                      # "following his high-stakes talks with Putin": a word of their weight between, no phone word
                      r"|\b(?:after|following|for|of|in|the|their|his|her|its|our)\s+"
                      r"(?!(?:tele)?phone|telephonic|video|virtual|online)[\w-]+\s+talks\b"
                      # "suggested that Putin hold direct talks with Zelensky": talks of some kind, not a verb
                      r"|\b(?:hold|holds|held|holding)\s+(?:direct|lengthy|extensive|further|formal|bilateral|serious"
                      r"|fresh|new|urgent|detailed|wide-ranging|broad|comprehensive)\s+talks\b"
                      r"|\bcall(?:s|ed|ing)? (?:for|off|it|out|back)\b|\bcall(?:ed|ing) on\b"
                      # "to land in Barbados and call on their new Prime Minister": a verb "call on" is a visit (not
                      # "to call on Monday", "and call on the phone")
                      r"|\bcall(?:(?<=\bto call)|(?<=\band call)|(?<=\bwill call)|(?<=\bwould call)"
                      r"|(?<=\bmust call)|(?<=\bshould call)|(?<=\bcould call)|(?<=\bcan call)|(?<=\bmay call)"
                      r"|(?<=\bmight call))\s+on\s+"
                      r"(?!(?:the\s+)?(?:(?:tele)?phone|line|hotline|\d|\w+day\b|morning|afternoon|evening|night"
                      r"|january|february|march|april|may|june|july|august|september|october|november|december))"
                      r"|\b(?:wake-up|close|judgment|roll|curtain|cold|last) call\b"
                      # "recalled Lula's conversations with leaders of France and Germany": talks of other times, no
                      # phone word, a statement brings up
                      r"|\b(?:recalled|recalls|recalling|cited|cites|citing|mentioned|mentions|mentioning)\s+"
                      r"(?:(?!(?:tele)?phone|video)[\w.'’-]+\s+){0,4}?(?:conversations|talks|contacts)\b"
                      # "give the world peace through extensive conversations": a means, no call held
                      r"|\bthrough\s+(?:(?:extensive|further|continued|continuing|direct|more|regular|frequent|constant"
                      r"|close|ongoing|sustained|frank|open|many|numerous|such)\s+)?conversations\b"

                      # "has spoken out against Trump's call": speaking up in public
                      r"|\b(?:spoke|spoken|speak|speaks|speaking)\s+(?:out|up)\b"
                      r"|" + _MEAL_TALK +
                      # "the phone talks on Thursday between the two countries' foreign ministers": ministers' call
                      r"|\b(?:(?:phone|telephone|video)\s+)?(?:calls?|talks|conversations?)\s+(?:[\w-]+\s+){0,3}?"
                      r"between\s+(?:the\s+)?(?:two\s+)?(?:countries['’]|nations['’]|their)\s+(?:top\s+)?"
                      r"(?:foreign|defen[cs]e|finance|trade|economy|interior|energy)\s+ministers\b"
                      # "the leaders most likely to receive presidential phone calls", "received the most calls
                      # from Biden in 2022": a statistic of calls over time, no call held
                      r"|\b(?:(?:most|more|less|least)\s+likely|likeliest)\s+to\s+(?:receive|get|take|make|be\s+given)"
                      r"\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:calls?|conversations?)\b"
                      r"|\b(?:received|receive|receives|got|get|gets|made|make|makes|placed)\s+(?:the\s+(?:most|fewest)"
                      r"|more|fewer)\s+(?:[\w-]+\s+){0,2}?(?:calls|conversations)\b"
                      # "Obama has largely been speaking to allies": a habit over years, no one call
                      r"|\b(?:has|have)\s+(?:largely|mostly|mainly|generally|usually|typically|often|frequently)\s+"
                      r"been\s+(?:speaking|talking)\b"
                      # "Putin cannot be stopped by phone calls": calls as a means, none held
                      r"|\bbe\s+\w+\s+(?:by|with|through)\s+(?:(?:mere|more|just|phone|telephone)\s+){0,2}calls\b"
                      # "Trump spoke again about his conversation with Maduro": talk of a call, which its noun tells
                      r"|\b(?:spoke|spoken|speak|speaks|talked|talk|talks)(?=\s+(?:again\s+|briefly\s+|publicly\s+)?"
                      r"(?:about|of)\s+(?:the|their|his|her|a)\s+(?:[\w-]+\s+){0,2}?(?:calls?|conversations?)\b)")
# Calls named that no one held then and there: made known later, listened in on, an event addressed by video, talk
# face to face. Apart from NOT_A_CALL so that each keeps a word gate of its own, being run over every sentence.
NOT_HELD_HERE = caseless(
    # "On May 9, a lawmaker disclosed the contents of the two leaders' conversation": a call told
    # before, made known on a day of its own
    r"\b(?:disclos|leak|reveal|publish|releas)(?:ed|es|ing|e|s)?\s+(?:the\s+)?(?:contents?|details"
    r"|transcripts?|records?)\s+of\s+(?:the|their|this|that)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:(?:phone|telephone|video)\s+)?(?:calls?|conversations?|talks)\b"
    # "the NSA monitored her emails and phone calls": calls listened in on, none told
    r"|\b(?:monitor|intercept|wiretapp|tapp|eavesdropp|bugg|spied|spying|spies)(?:ed|ing|s)?\s+"
    r"(?:on\s+)?(?:[\w'’-]+\s+){0,4}?(?:(?:tele)?phone\s+)?(?:calls|conversations)\b"
    # "a forum in Istanbul, to which Zelensky also spoke by video link": the event addressed
    r"|\bto\s+which\s+(?:[\w.'’-]+\s+){1,5}?(?:also\s+)?(?:spoke|speaks|spoken|talked|talks)\s+"
    r"(?:by|via|over)\s+(?:a\s+)?video(?:[ -]?link)?\b"
    # "spoke on the sidelines of the summit", "talked in person": face to face, not by phone
    r"|\b(?:spoke|speak|speaks|talked|talk|talks)\s+(?:briefly\s+|again\s+)?"
    r"(?:on the sidelines|in person|face[- ]to[- ]face|at the summit|at the meeting)\b")
# "called Muhyiddin's successor Ismail Sabri Yaakob": who one is to another, then the name, is a call too
_NAMED_TITLE = (r"president|prime\s+minister|premier|chancellor|king|queen|emir|amir|sultan|crown\s+prince"
                r"|emperor|leader|taoiseach|successor|predecessor")
# What someone is called: "a killer", 'a "true friend"', "“unpredictable”"; not "a day later", "a few times".
_NAMED_AS = (r"(?:[\"“'‘]?(?:a|an|his|her|their|my|our)\s+[\"“'‘]?(?!(?:day|week|month|year|few|couple|second|third"
             r"|short|little|half|number|series|total|hour|brief|lengthy|long|while|night|minute|moment|dozen)\b)[\w-]+"
             r"|[\"“'‘]\w)")
# "called Putin a killer", "called Netanyahu's plan a mistake", "called PM Modi a 'true friend'", "called him 'a
# killer'", "called his Colombian counterpart, Gustavo Petro, 'a sick man'": naming, not phoning. Names are capitalised.
NAMING = re.compile(r"\b[Cc]all(?:ed|s|ing)\s+(?:(?:[A-Z][\w.'’-]*\s+){1,4}|(?:him|her|them)\s+"
                    r"|(?:his|her|their|its|the)\s+(?:[\w.'’-]+\s+){0,4}?[\w.'’-]+,\s+(?:[A-Z][\w.'’-]*\s+){0,3}"
                    rf"[A-Z][\w.'’-]*,?\s+){_NAMED_AS}"
                    r"|\b[Cc]all(?:ed|s|ing)\s+(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s\s+"
                    # "called Saudi Arabia's new Crown Prince Mohammed bin Salman": a title and a name, so a call
                    rf"(?!office\b|residence\b|aides?\b|(?:[a-z][\w-]*\s+){{0,2}}?(?i:{_NAMED_TITLE}),?\s+[A-Z])\w+")
MULTI_PARTY = caseless(r"\b(?:three|four|five)-way\b|\btrilateral\b|\bjoint (?:phone |video )?call\b"
                       r"|\bconference call\b|\ball three\b|\bquadrilateral\b")

# "it was not Trump who spoke with Putin, but the special envoy": someone else spoke (a call of neither pair)
NOT_THE_ONE_WHO_SPOKE = (r"\bit\s+was\s+not\s+(?:[\w.'’-]+\s+){1,4}?who\s+"
                         r"(?:spoke|talked|called|phoned|telephoned|held|had)\b")

# Plans, hypotheticals and denials are not calls that happened.
# "Trump phoned Rouhani, but he refused to take the call": a call tried and not answered is no call.
# "refused to receive a phone call from Netanyahu", "refused to engage in a phone conversation with Trump" too, and
# "called Rouhani, but Rouhani refused to come to the phone".
# "did not respond to Duda's calls", "has not returned Petro's calls" too.
UNANSWERED = caseless(r"\b(?:refused|refuses|refusing|declined|declines|declining|would not|wouldn['’]t|did not"
                      r"|didn['’]t|never)\s+(?:to\s+)?(?:come|came|go|went)\s+to\s+the\s+(?:tele)?phone\b"
                      r"|\b(?:refused|refuses|refusing|declined|declines|declining|would not|wouldn['’]t|did not"
                      r"|didn['’]t|(?:has|have|had) not|hasn['’]t|haven['’]t|hadn['’]t)\s+(?:to\s+)?"
                      r"(?:take|taken|answer|answered|accept|accepted|pick up|picked up|receive|received|return"
                      r"|returned|engage in|respond to|responded to|reply to|replied to)\s+"
                      r"(?:(?:the|his|her|their|a|an|any)\s+)?(?:[\w-]+['’]s\s+)?(?:(?:phone|telephone|video)\s+)?"
                      r"(?:calls?|conversations?)\b")
# "denied that any phone call had taken place between A and B", "denies a conversation occurred": a call disputed by
# one of its sides, no call whatever day the other side gives it ("denied the call had taken place" may be of a call
# the story told as planned).
_DENIED_CALL = (r"\b(?:denied|denies|deny|denying|refuted|refutes|refute|refuting)\s+(?:that\s+)?(?:a|an|any)\s+"
                r"(?:[\w-]+\s+){0,2}?(?:calls?|conversations?|talks)\s+(?:(?:had|has|have)\s+)?(?:ever\s+)?"
                r"(?:taken\s+place|took\s+place|occurred|happened|been\s+held|was\s+held)\b")
_NOT_HAPPENED = caseless(
    r"\b(?:will|would|shall|could|might|may|should|can|expects? to|expected to|plans? to|planned to|planning to"
    r"|intend(?:s|ed|ing)? to|hope[sd]? to|hoping to|is to|are to|was to|were to|set to|scheduled to"
    r"|(?:is|are|was|were) due to|going to"
    r"|wants? to"
    r"|offered to|ready to|agreed to"
    # "wanted to have a telephone conversation with Putin, but the latter did not respond": tried, not held
    r"|wanted to|tried to|attempted to|looking to|seeking to|aiming to|wish(?:es)? to"
    # "was open to resuming telephone conversations with Putin": willing, not held
    r"|(?:is|was|are|were) (?:open|willing|prepared) to"
    # "the two leaders have yet to have a phone conversation": not held so far
    r"|(?:has|have|had|is|are|was|were)\s+(?:still\s+)?yet\s+to)\s+(?:\w+\s+){0,3}?"
    # "will have to work together": an obligation stated, not an event to come
    r"(?:hold|have(?!\s+to\b)|speak|talk|call|phone|join|host|be held|resum(?:e|ing)|discuss|confer|holding|having"
    r"|conduct"
    r"|use"  # "would use today's call to discuss how to prevent escalation": what is to be done in a call to come
    r"|meet\s+(?:virtually|online|by\s+video)"  # "will meet virtually on Monday with Modi"
    r"|attend|take part|participate)\b"
    # "he will tell Putin in a phone call later that ...": what is to be said in a call still to come
    r"|\b(?:will|would|shall|is to|are to|plans? to|intends? to)\s+(?:\w+\s+)?"
    r"(?:tell|ask|urge|press|inform|brief|convey|propose|assure|remind)\b"
    r"(?=[^.;,]{0,60}?\b(?:in|during|over)\s+(?:a|an|the|their)\s+(?:(?:tele)?phone\s+|video\s+)?"
    r"(?:call|conversation)\b)"
    # "I'm speaking with President Xi on Friday": the present for what is arranged to come
    r"|\b(?:['’]m|am|is|are|['’]re)\s+(?:speaking|talking)\s+(?:with|to)\b(?=[^.;]{0,60}\b(?:tomorrow|next|later"
    r"|soon|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)))"
    # "He speaks by phone to Buhari at 3:45 pm; then speaks to Zuma": a day's schedule in the present. "then" is
    # matched at its word, not at the ";" before it: a branch opening with ";" costs the pattern its fast scan.
    r"|\b(?:speaks|talks|calls|phones)\s+(?:by\s+(?:tele)?phone\s+)?(?:with|to)\b"
    r"(?=[^.;]{0,60}\bat\s+\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b)|\bthen\s+(?:speaks|talks|calls|phones)\s+"
    r"(?:by\s+(?:tele)?phone\s+)?(?:with|to)\b"
    r"|\b(?:has|have|had|did|does|do)\s+not\s+(?:yet\s+)?(?:spoken|talked|spoke|speak|talk|called|held|have|hold"
    r"|had)\b"
    r"|\bhaven['’]t (?:spoken|had)\b|\bhasn['’]t (?:spoken|had)\b"
    r"|\bno (?:date|call) (?:has|had) been (?:set|scheduled)\b"
    # "when leaders hold a telephone discussion there has to be an arrangement": calls in general
    r"|\b(?:when|whenever|if)\s+(?:(?:two|the|world)\s+)?(?:leaders|heads of state|presidents)\s+"
    r"(?:hold|have|make|speak|talk|call)\b"
    # "was questioned for not speaking with Netanyahu"
    r"|\bnot\s+(?:yet\s+)?(?:speaking|talking|calling|phoning|having\s+(?:spoken|talked|called))\b"
    # "had not received information about the schedule of a phone call between A and B": one yet to be arranged
    r"|\b(?:schedule|timing|date) (?:of|for) (?:a|the|any) (?:(?:phone|telephone|video) )?(?:call|conversation)\b"
    # "asked the ministry to fix a time for Khan's phone call to Oli": a call whose time is yet to be set
    r"|\b(?:fix|set|find|agree on|arrange|propose|suggest)\s+(?:a|the)\s+(?:time|date|day)\s+for\s+"
    r"(?:(?:a|an|the|their|his|her)\s+|(?:[\w.-]+\s+){0,4}?[\w.-]+['’]s\s+)?(?:[\w-]+\s+)?"
    r"(?:(?:phone|telephone|video)\s+)?(?:calls?|conversations?|talks)\b"
    r"|\b(?:upcoming|planned|expected|proposed|possible|future|next|scheduled|anticipated|forthcoming|impending"
    r"|pending)\s+(?:(?:phone|telephone|video)\s+)?(?:call|conversation|talks)\b"
    # "she has a call pending with Carney", "a call with Carney still pending", 'has "pending" a call': one still to
    # be arranged
    r"|\b(?:call|conversation|talks)\s+(?:still\s+)?pending\b"
    # ("spoke to Putin by phone about the pending deal" is no such call: "pending" closes the clause)
    r"|\b(?:(?:phone|telephone|video)\s+)?(?:call|conversation|talks)\s+(?:with|to)\s+[^.;,]{1,60}?\s+"
    r"(?:still\s+)?pending(?=\s*(?:[.;,:)\"”'’]|$))"
    r"|\bpending[\"”'’]?\s+(?:a|an)\s+(?:(?:phone|telephone|video)\s+)?(?:call|conversation|talks)\b"
    # "ahead of his scheduled telephone conversation", "ahead of Monday's high-stakes call": a call still to come
    # "on the eve of a crucial Biden call with Putin"
    r"|\b(?:ahead of|looking ahead to|in anticipation of|in preparation for|on the eve of)\s+"
    r"(?:(?:the|a|their|his|her|its|\w+day['’]s)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:call|conversation)\b"
    # "The President will start his morning with a phone call with Abe": a day's schedule
    r"|\b(?:will|would|is to|are to)\s+(?:start|begin|open|kick off|end|close|wrap up)\s+(?:his|her|their|the)\s+"
    r"(?:day|morning|afternoon|evening|week)\s+with\b"
    # "are seeking a conversation with Trump": asked for, not held
    r"|\b(?:seeking|seek|seeks)\s+(?:a|an)\s+(?:(?:phone|telephone|video)\s+)?(?:call|conversation|talks)\b"
    # "still waiting for a call with Netanyahu", "is awaiting a call from Biden": looked for, not held
    r"|\b(?:waiting|waits|waited|wait|awaiting|awaits|awaited)\s+(?:for\s+)?(?:a|an|any)\s+(?:[\w-]+\s+)?"
    r"(?:(?:phone|telephone|video)\s+)?(?:call|conversation|talks)\b"
    # "was ready for a telephone conversation with Shmyhal": willing, not held
    r"|\b(?:ready|open|prepared|available)\s+for\s+(?:a|an)\s+(?:(?:phone|telephone|video)\s+)?(?:call|conversation|talks)\b"
    # "Netanyahu would be the first Middle Eastern leader to get a call from Biden": a call still to come
    r"|\b(?:would|will)\s+be\s+(?:the\s+)?(?:first|next|last|only)\b[^.;,]{0,60}?\bto\s+(?:get|receive)\b"
    # "it was not Trump who spoke with Putin, but the special envoy": someone else spoke
    rf"|{NOT_THE_ONE_WHO_SPOKE}"
    # "announced the cancellation on Tuesday of a phone call between A and B"
    r"|\b(?:cancell?ation|postponement)\s+(?:[^.;]{0,40}?\s)?of\s+(?:a|an|the|their|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:call|conversation|talks)\b"
    # "The Kremlin denied that Putin had spoken with Trump": a call said not to have happened.
    r"|\b(?:denied|denies|deny|denying|refuted|refutes|refute|refuting)\s+"
    r"(?:(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:reports?|claims?|rumou?rs?)\s+)?"
    r"(?:(?:suggesting|claiming|saying|alleging)\s+)?(?:that\s+)?(?:\w+\s+){0,4}?"
    r"(?:had\s+|has\s+|have\s+)?(?:spoken|talked|spoke|phoned|called|held)\b"
    rf"|{_DENIED_CALL}"
    # "denied rumours suggesting a phone conversation between Sisi and Trump": the call itself denied
    r"|\b(?:denied|denies|deny|denying|refuted|refutes|refute|refuting)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:reports?|claims?|rumou?rs?)\s+(?:(?:suggesting|claiming|saying|alleging|of|about)\s+)?"
    r"(?:(?:a|an|the|any)\s+)?(?:(?:phone|telephone|video)\s+)?(?:calls?|conversations?)\b"
    # "there were no plans for a call between Putin and Zelensky", "no call with Kyiv is planned"
    r"|\bno (?:plans?|intention|need|reason|agreement|request)\s+(?:\w+\s+){0,2}?(?:for|to)\s+(?:a\s+|any\s+)?"
    # "no plans for Russian President Vladimir Putin's phone call with Macron": the call named by its leader's
    r"(?:(?:[\w.-]+\s+){0,4}?[\w.-]+['’]s\s+(?:[\w-]+\s+)?)?"
    r"(?:(?:phone|telephone|video)\s+)?(?:calls?|conversations?|talks|contacts?)\b"
    # "Preparations for a telephone conversation between Putin and Trump are not underway": one not yet arranged
    r"|\bpreparations?\s+for\s+(?:a|an|the|any)\s+(?:[\w-]+\s+){0,2}?(?:calls?|conversations?|talks)\b"
    r"(?:[^.;]|(?<=\w)\.(?=\s*\w)){0,120}?\b(?:are|is|were|was|have|has|had)\s+"
    r"(?:(?:currently|now|not|yet|still|already)\s+){0,3}"
    r"(?:underway|under way|being made|in progress|begun|started|ongoing)\b"
    r"|\bno (?:(?:phone|telephone|video) )?(?:calls?|conversations?|contacts?) (?:between|with|from|to)\b"
    # "complained about the lack of a call between Biden and Meloni": a call missed, not held
    r"|\b(?:lack|absence)\s+of\s+(?:a|an|any)\s+(?:[\w-]+\s+){0,2}?(?:calls?|conversations?|talks)\b"
    # "was not aware of any conversation between Modi and Trump on Wednesday": a call its side knows nothing of
    r"|\b(?:not\s+|un)aware\s+of\s+(?:any|a|an)\s+(?:(?:phone|telephone|video)\s+)?(?:calls?|conversations?|talks)\b"
    # "replied that no such conversation has taken place so far"
    r"|\bno\s+such\s+(?:(?:phone|telephone|video)\s+)?(?:calls?|conversations?|talks|contacts?)\b"
    # "declined to confirm or deny a report of a phone call between A and B": a call said neither way
    r"|\b(?:declined|refused|would not|wouldn['’]t|did not|didn['’]t)\s+(?:to\s+)?confirm\s+or\s+deny\b"
    # a call refused, attempted or called off
    r"|\b(?:declined|refused|rejected|turned down|ignored|snubbed|rebuffed)\s+"
    r"(?:to\s+(?:take|accept|answer|return)\s+)?(?:\w+\s+){0,2}?"
    r"(?:phone\s+|telephone\s+)?calls?\b"
    r"|\b(?:tried|attempted|sought|trying|attempting|failed)\s+to\s+(?:reach|call|phone|speak|talk|get through)\b"
    # "could not get Assad on the phone", "made vain efforts on Monday to reach him by phone": tried, never put through
    r"|\b(?:(?:tried|attempted|sought|trying|attempting|failed|failing|unable|efforts?|attempts?|bids?)\s+"
    r"(?:\w+\s+){0,2}?to|could not|couldn['’]t|did not|didn['’]t)\s+(?:get|reach|contact)\b[^.;,]{0,60}?"
    r"\b(?:on|by|over|via)\s+(?:the\s+)?(?:tele)?phone\b"
    # "the call could not get through due to technical problems"
    r"|\b(?:could not|couldn['’]t|did not|didn['’]t|failed to)\s+(?:get|go|be put)\s+through\b"
    # "had a phone call with Trump after their meeting was cancelled": what a clause of its own tells fell through
    r"|\b(?:(?:tele)?phone\s+|video\s+)?(?:calls?|conversations?)\b"
    r"(?:\s+(?!(?:after|before|following|because|since|when|while|once|until|but)\b)[\w,]+){0,8}?"
    r"\s+(?:was|were|has been|had been|have been)\s+(?:cancell?ed|postponed|called off|scrapped"
    r"|delayed|put off)\b"
    # "has postponed a phone call with", "cancelled a scheduled phone call": called off by one side
    r"|\b(?:postponed|postpones|postponing|cancell?ed|cancels|cancell?ing|called off|calls off|scrapped|put off)"
    r"\s+(?:a|an|the|their|his|her|its)\s+(?:[\w-]+\s+){0,2}?(?:(?:phone|telephone|video)\s+)?"
    r"(?:call|conversation|talks)\b"
    # "it would not be a good idea if there were talks between the American and Russian presidents": a condition
    r"|\bif\s+there\s+(?:were|was|are|is|had\s+been|would\s+be)\s+"
    r"(?:(?:any|a|an|more|direct|(?:tele)?phone|video)\s+){0,2}(?:calls?|conversations?|talks|contacts?)\b"
    # "Putin no longer holds telephone conversations with Macron": what stopped is no call
    r"|\bno longer\s+(?:holds?|held|speaks?|spoke|talks?|talked|calls?|phones?)\b",
)
# ", who was visiting the White House,": an aside about where someone was, not the sentence's own event
PERSON_ASIDE = re.compile(r",\s+who\s+(?:was|were|is|had\s+been)\s+[^,;.]{1,80},")
_CAPITAL_MAY = re.compile(r"May\b")  # Theresa May, the month: no modal verb


class _PlanCue:
    """A cue pattern of plans whose modal "may" is never "May" written with a capital ("Prime Minister Theresa May
    spoke by phone"), which the lowercased text it runs over cannot tell, and whose word of planning is never the
    end of a hyphenated one ("a longer-than-planned call" was held). Checked after matching: a lookbehind in the
    pattern would cost it the fast scan for its first letters."""

    def __init__(self, pattern: CaselessPattern) -> None:
        self._pattern = pattern

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[CaselessMatch]:
        return (m for m in self._pattern.finditer(text, pos, endpos)
                if not _CAPITAL_MAY.match(text, m.start()) and not (m.start() and text[m.start() - 1] == "-"))

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> CaselessMatch | None:
        return next(self.finditer(text, pos, endpos), None)


NOT_HAPPENED = _PlanCue(_NOT_HAPPENED)


def blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with the spans blanked out, its offsets unchanged."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


@lru_cache(maxsize=1024)
def without_remote_meetings(text: str) -> str:
    """The text with its remote meetings blanked ("held a video conference meeting with Biden"): the meetings left in
    it were in person."""
    return blanked(text, [remote.span() for remote in REMOTE_MEETING.finditer(text)])


@lru_cache(maxsize=1024)
def in_person(text: str, pattern: CaselessPattern | None = None) -> bool:
    """Whether the text speaks of meeting face to face (a "telephone meeting" does not count)."""
    return bool((pattern or IN_PERSON).search(COMING_EVENT.sub(" ", REMOTE_MEETING.sub(" ", text))))


# "spoke to President Obama yesterday evening ahead of seeing each other at the G7 meeting": a meeting to come.
# "Xi invited him to visit Beijing during a call", "welcomed a visit by Trump": a visit asked for, not made.
# "They last spoke on March 18 and could see each other in person in November at the G20 summit": a meeting to come.
COMING_EVENT = caseless(r"\b(?:ahead of|in advance of|in preparation for)\s+[^,;.]*"
                        r"|\binvit(?:ed|es|ing|ations?)\b[^,;.]{0,40}?\bto\s+visit\b|\bwelcomed\s+(?:a|the)\s+visit\b"
                        # "called Modi and the two agreed to meet at the G20 summit": a meeting agreed on, to come
                        r"|\b(?:could|may|might|will|would|(?:are|is)\s+(?:due|set|expected)\s+to"
                        r"|(?:agreed|agree|agrees|decided|planned|plans?|hoped?|hopes|promised)\s+to)\s+(?:\w+\s+)?"
                        r"(?:meet|see\s+each\s+other|visit"
                        # "she and Petro agreed to hold a meeting": the meeting named by its noun
                        r"|(?:hold|have)\s+(?:a|an|their)\s+(?:[\w-]+\s+){0,2}?(?:meeting|summit))\b[^,;.]*"
                        # "told aides to plan an in-person meeting": a meeting being prepared
                        r"|\bto\s+(?:plan|arrange|organi[sz]e|prepare|set\s+up)\s+(?:a|an|the|their)\s+[^,;.]*"
                        # "I look forward to meeting properly": a meeting hoped for
                        r"|\blook(?:s|ed|ing)?\s+forward\s+to\s+(?:\w+\s+)?(?:meeting|seeing|visiting|welcoming"
                        r"|hosting)\b[^,;.]*"
                        # "warm towards his offer to host peace talks": a meeting offered, none held
                        r"|\b(?:offer(?:s|ed|ing)?|proposal|readiness|willingness|ready|willing)\s+to\s+"
                        r"(?:host|visit|meet)\b")


# "told aides to plan an in-person meeting during a call": what is planned is a meeting, told in a call held.
# ("to arrange a meeting with Scholz by phone" is still a call to come)
_NO_EVENT_IN_PERSON = (r"(?!\s+(?:(?:a|an|the|their)\s+)?(?:(?!video|virtual|online|phone|telephone)[\w-]+\s+){0,2}?"
                       r"(?:meeting|visit|summit|trip)s?\b"
                       r"(?![^,;.]{0,60}?\b(?:by|via|over|on)\s+(?:the\s+|a\s+)?(?:video|phone|telephone)\b))")
# Stricter than NOT_HAPPENED: a sentence that announces a call to come, or speaks of calls as a habit
# ("have spoken several times"), cannot anchor one call.
_PLANNED_EXTRA = caseless(r"\bexpect(?:s|ed|ing)?\b|\bno date (?:is|was|has been|had been) (?:set|scheduled)\b"
                         r"|\b(?:to|will) (?:speak|talk|hold|call)\b"
                         r"|\b(?:will|would|shall) be (?:calling|speaking|talking|holding|phoning)\b"
                         rf"|\bto (?:arrange|organi[sz]e|set up|schedule)\b{_NO_EVENT_IN_PERSON}"
                         # "the government is arranging a phone conversation between Kishida and Xi"
                         r"|\b(?:arranging|organi[sz]ing|setting up|scheduling|preparing)\s+(?:a|an|the)\b"
                         rf"{_NO_EVENT_IN_PERSON}"
                         # "plans a call with", "is preparing for a call with"
                         rf"|\bplans? (?:a|an)\b{_NO_EVENT_IN_PERSON}|\bplanning (?:a|an|to)\b"
                         # "This week I plan talks with Putin", "Suga plans swift talks with Trump"
                         r"|\bplans?\s+(?:[\w-]+\s+)?(?:(?:phone|telephone|video)\s+)?(?:talks|calls|conversations)\b"
                         r"|\bpreparing for (?:a|an|the|his|her|their)\b"
                         # "Putin had requested a phone call with him": asked for, not yet held
                         # "has requested a teleconference with Ruto", "asked for an urgent video call"
                         r"|\b(?:requested|requests|requesting|asked for|asks for|sought|seeks|proposed|proposes)"
                         r"\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:(?:phone|telephone|video)\s+)?"
                         r"(?:call|conversation|conference|teleconference|videoconference|video-conference)\b")
PLANNED_EXTRA = _PlanCue(_PLANNED_EXTRA)
_FELL_THROUGH = (r"fell through|(?:could not|couldn['’]t|did not|didn['’]t|failed to)\s+(?:get|go|be put)\s+through"
                 r"|(?:was|were|has been|had been)\s+(?:cancell?ed|called off|postponed|scrapped|put off)"
                 r"|did not take place|didn['’]t take place|never took place|failed to take place")
# "a telephone conversation between A and B will take place on Tuesday": the plan follows the call word.
# The stretch to the plan runs across abbreviations ("U.S. President"), not across a sentence's end.
PLANNED_AFTER = caseless(r"(?:[^.;]|(?<=\w)\.(?=\s*\w)){0,140}?\b(?:(?:will|would|is to|are to|is due to|is expected to"
                         r"|is scheduled to|is set to|could|might|may)\s+(?:\w+\s+)?(?:take place|be held|happen"
                         r"|go ahead|occur|focus|cover|address|center|centre)|(?:is|are) (?:on the cards|in the works)"
                         # "agreed that a video conference of G20 leaders should be held soon"
                         r"|(?:should|must)\s+(?:\w+\s+)?(?:take place|be held|happen|go ahead|occur)"
                         # "a phone call between Xi and Biden is being planned for next month"
                         r"|(?:is|are)\s+(?:also\s+)?(?:being\s+)?(?:planned|arranged|prepared|organi[sz]ed|scheduled)"
                         # "is also planned on Saturday", "is expected on Saturday": told after the call word
                         r"|(?:is|are)\s+(?:also\s+)?expected\s+(?:on|for|later|next|this|tomorrow|soon|shortly|in)\b"
                         # "a call between Putin and Erdogan was being prepared", "is not planned for now"
                         r"|(?:was|were)\s+being\s+(?:planned|arranged|prepared|organi[sz]ed|scheduled)"
                         r"|(?:is|are|was|were)\s+not\s+(?:yet\s+)?(?:planned|scheduled|arranged|on\s+the\s+agenda)"
                         # "Telephone talks between Biden and Xi are still unscheduled"
                         r"|(?:is|are|was|were)\s+(?:still\s+|as\s+yet\s+)?(?:unscheduled|yet\s+to\s+be\s+"
                         r"(?:scheduled|arranged|set|fixed|held))"
                         # "the conversation between Erdogan and Putin was scheduled for Wednesday", "Starmer's call
                         # with Netanyahu has been rescheduled for today"
                         r"|(?:is|are|was|were|has\s+been|have\s+been)\s+(?:re)?(?:scheduled|planned|set|slated)\s+for"
                         # "is likely to take place soon"; "his first call to a foreign leader will be to Trudeau"
                         r"|(?:is|are)\s+likely\s+to\s+(?:take place|happen|be held|occur)"
                         r"|will\s+be\s+(?:to|with)"
                         # "Ruto's call with Tinubu today will be closely watched", not "a call that will be watched"
                         r"|(?<!that\s)(?<!which\s)"
                         r"(?:will|is set to|is expected to|is likely to|is sure to|is bound to)"
                         r"\s+be\s+(?:\w+ly\s+)?(?:watched|followed|monitored|scrutini[sz]ed)"
                         # "the dates of telephone conversations with Putin have not yet been determined"
                         r"|(?:has|have)\s+not\s+(?:yet\s+)?been\s+(?:set|determined|fixed|scheduled|agreed|decided)"
                         # "The videoconference of Putin with Macron and Merkel fell through"
                         rf"|{_FELL_THROUGH})\b")
DENIED = caseless(_DENIED_CALL)
# "the videoconference between Putin, Macron and Merkel failed to take place": that call was called off.
# "Carney has not spoken to Trump", "he did not have a conversation with Trump": a report of that call was wrong.
CALLED_OFF = caseless(rf"\b(?:{_FELL_THROUGH}|(?:has|have|did)\s+not\s+(?:yet\s+)?(?:spoken|talked|had|have|held))\b")
HABITUAL = caseless(r"\b(?:several|many|multiple|numerous|countless|\d+|two|three|four|five|six|a dozen) times\b"
                    # "had spoken with Zelensky on several occasions", "a number of times": many calls, none told
                    r"|\bon\s+(?:several|many|multiple|numerous|various|a\s+few|a\s+(?:number|couple)\s+of)\s+"
                    r"occasions\b|\ba\s+(?:few|(?:number|couple)\s+of)\s+times\b"
                    # "had spoken with Zelensky 'quite a bit'", "a great deal over the past year", not "a lot of"
                    r"|\b(?:quite\s+a\s+(?:bit|lot)|a\s+great\s+deal|a\s+lot)(?=['’\"”]?\s*(?:[,.;:!?)]|$|since\b"
                    r"|over\b|in\s+recent\b|recently\b|lately\b|in\s+the\s+past\b|throughout\b))"
                    r"|\b(?:regularly|frequently|often|repeatedly|routinely|daily|weekly)\b"
                    # "criticised the regular phone conversations that Scholz holds with Putin": a habit talked
                    # about (not "has held frequent calls with Zelensky, most recently on June 12")
                    r"|\b(?:the|their|his|her|such)\s+(?:regular|frequent|routine|repeated|constant)\s+"
                    r"(?:(?:phone|telephone|video)\s+)?"
                    r"(?:calls|conversations|talks|contacts)\b"
                    # "speaks to both Zelensky and Trump almost every day"
                    r"|\b(?:(?:almost|nearly|practically)\s+)?every\s+(?:single\s+)?(?:other\s+)?(?:day|week)\b"
                    # "have held two recent phone calls with Trump": a count of past calls, none of them told
                    r"|\b(?:two|three|four|five|several|multiple|numerous|\d+)\s+(?:recent|previous|earlier|prior)\s+"
                    r"(?:(?:phone|telephone|video)\s+)?(?:calls|conversations)\b"
                    # "As many as 13 phone conversations between Biden and Netanyahu": a tally, none of them told
                    r"|\b(?:as\s+many\s+as|more\s+than|upwards\s+of|dozens\s+of|scores\s+of|hundreds\s+of)\s+"
                    r"(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|\w+teen|\w+ty)\s+)?"
                    r"(?:(?:phone|telephone|video)\s+)?(?:calls|conversations)\b"
                    # "13 phone conversations over six weeks": a count spread over a stretch of time
                    r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|several|numerous)\s+"
                    r"(?:(?:phone|telephone|video)\s+)?(?:calls|conversations)\b"
                    r"(?=[^.;]{0,100}?\b(?:over|throughout)\s+(?:the\s+)?(?:(?:past|last|recent|previous)\s+)?"
                    r"(?:\w+\s+)?(?:days|weeks|months|years)\b)")

# "the presidents of Russia, Turkey and Iran": leaders named by the countries they lead, just before a country.
LEADERS_OF_BEFORE = re.compile(r"\b(?:the\s+)?(?:presidents|leaders|prime ministers"
                               r"|heads of (?:state|government)(?: and government)?)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# "ready to act once the West met its obligations", "meeting its targets": a duty fulfilled, not a meeting.
_MET_A_DUTY = (r"(?!\s+(?:all\s+(?:of\s+)?)?(?:its|their|his|her|our|the|these|those)\s+(?:[\w-]+\s+)?"
               r"(?:obligations?|commitments?|conditions?|demands?|requirements?|targets?|goals?|criteria|deadlines?"
               r"|expectations?|needs)\b)")
IN_PERSON = caseless(
    r"\b(?:met|meets?|meeting)\b" + _MET_A_DUTY
    + r"|\bsummit\b|\bin person\b|\bface[- ]to[- ]face\b|\bon the sidelines\b"
    r"|\bvisit(?:s|ed|ing)?\b|\bhost(?:s|ed|ing)?\b|\bnews conference\b|\bpress conference\b|\binterview\b"
    r"|\bspeech\b|\bstroll\b|\btalks at\b",
)

# "Just before the summit between Trump and Putin, Nawrocki joined a call": the pair whose meeting tells when the call
# was, not who was on it (read on the words before a name).
MEETING_BETWEEN_AS_TIME = re.compile(r"\b(?:before|ahead\s+of|after|following|prior\s+to|since|on\s+the\s+eve\s+of)"
                                     r"\s+(?:the|a|their)\s+(?:[\w-]+\s+){0,3}?(?<!phone\s)(?<!video\s)"
                                     r"(?:summit|meeting|talks|negotiations|encounter|visit)s?\s+between\s+"
                                     r"(?:[^,;.]{1,60}?\s+and\s+)?$", re.IGNORECASE)

# A sentence that speaks of "the call" already in focus.
CALL_REFERENCE = caseless(
    r"\b(?:the|this|that|their|his|her|its|monday's|tuesday's|wednesday's|thursday's|friday's|saturday's|sunday's)"
    r"\s+(?:\w+[ -])?(?:phone |telephone |video )?(?:call|conversation|exchange|talks)\b"
    r"|\b(?:during|in|on|after|ahead of|before) the (?:\w+[ -])?(?:call|conversation)\b"
    r"|\bthe (?:tele)?phone talk\b"  # "During the telephone talk the sides expressed ...": a readout's singular
    r"|\bthe (?:two|three) (?:leaders|men|presidents|heads of state|sides)\b|\bboth (?:leaders|presidents|men)\b"
    r"|\bthe leaders\b|\breadout\b|\baccount of the (?:call|conversation)\b",
)
_CALL_NOUN = r"(?:call|conversation|video[ -]?conference|teleconference)"
# "during the Thursday phone call": a word for when or how may stand before the kind of call; "In a telephonic
# conversation with Erdogan on Thursday, the prime minister ...": a call named by its kind.
STRONG_CALL_REFERENCE = caseless(rf"\b(?:during|in|on) the (?:\w+[ -])?(?:(?:tele)?phone |video )?{_CALL_NOUN}\b"
                                 rf"|\bthe {_CALL_NOUN}\b"
                                 # "The tone of Thursday's call was candid": the call, by its day
                                 rf"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s (?:(?:tele)?phone |video )?{_CALL_NOUN}\b"
                                 # "during a 15-minute telephone conversation": a word of its length may come first
                                 rf"|\b(?:during|in|over) an? (?!separate |another |earlier |previous |later )"
                                 rf"(?:[\w-]+ )?(?:(?:tele)?phone|telephonic|video) {_CALL_NOUN}\b")
# "Prime Minister conveyed his appreciation ...": an Indian readout's title, with no article and no name, opening a
# sentence about its own leader on the call.
BARE_OFFICES = r"chancellor|president|prime minister|(?-i:PM)|premier|emir|amir|king|sultan|crown prince|taoiseach"
TITLE_OPENING = re.compile(rf"(?:The\s+)?(?i:{BARE_OFFICES})\b(?!\s+of\b|['’]s|\s+[A-Z])")
# "Trump said the call went well. According to him, talks will begin at once": the one just named goes on telling it
ACCORDING_TO_THEM = re.compile(r"\s*According to (?:him|her)\s*,\s*")
# "He conveyed the message during a telephone call to Erdogan", "Modi made the offer in a phone conversation with
# Kishida": the sentence before told what was said on the call.
SAID_ON_THE_CALL_BEFORE = re.compile(
    r"\s*(?:He|She|They|(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)\s+(?:also\s+)?(?:conveyed|expressed|made|gave"
    r"|extended|voiced|offered|said|stated|delivered)\s+(?:this|these|that|those|the|his|her|their|such)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:message|messages|sentiments?|remarks?|assurances?|offer|pledge|views?|comments?)?"
    r"\s*(?:during|in|on|over)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:call|conversation|phone talk|telephone talk)\b")
# Background: what has long been so, or happened at another time, rather than in the call.
BACKGROUND = caseless(
    # "has also sharply criticized", "has repeatedly and loudly condemned", "has already suspended": any adverbs
    # before the participle
    r"\b(?:has|have)\s+(?:(?:also|long|since|not|been|already|\w+ly)\s+(?:and\s+)?)*"
    r"(?:\w+ed|been|said|shown|sent|made|taken|given|held|told|grown|become|begun|drawn|fought|seen|led)\b"
    r"|\b(?:last|earlier this|this past) (?:week|month|year)\b|\bin recent (?:days|weeks|months)\b|\bfor months\b"
    r"|\bearlier this (?:week|month|year)\b|\bpreviously\b|\bsince the war began\b|\bsince then\b"
    # "The White House said at the time", "Xi recently gave an address": not "the recently elected president"
    r"|\bat the time\b|\brecently\b(?!\s+(?:re-?)?(?:elected|appointed|inaugurated|installed|sworn)\b)"
    # "During the campaign, Trump had suggested ...": what was said while running for office
    r"|\b(?:during|on) the (?:(?:presidential|election|electoral)\s+)?(?:campaign|campaign trail)\b"
    # "Germany is the Soviet Union's largest trading partner": what the countries are to each other
    r"|\b(?:is|are|was|remains)\s+(?:[\w.'’-]+\s+){0,3}?(?:largest|biggest|main|top|leading|chief|most generous"
    r"|second-largest)\s+(?:[\w-]+\s+)?(?:trading partner|trade partner|donor|investor|creditor|supplier"
    r"|export market)s?\b",
)

# Other events a sentence may be about instead of the call: these make it background.
OTHER_EVENT_BACKGROUND = caseless(
    r"\bmet\b|\bat (?:the|a|their) (?:summit|meeting)\b|\bduring (?:the|a|his|her|their) (?:visit|meeting|summit|trip)\b"
    r"|\binterview\b|\bspeech\b|\bnews conference\b|\bpress conference\b|\bhost(?:s|ed|ing)\b"
    # "During the Kishida-Biden summit", "According to a joint declaration", "delivered a televised address"
    r"|\bduring (?:the|a|his|her|their) (?:[\w'’-]+ ){1,2}(?:visit|meeting|summit|trip)\b|\bjoint declaration\b"
    r"|\b(?:televised|joint) address\b|\baddress to (?:the )?(?:nation|congress|parliament)\b"
    # "In addition to his in-person meeting with Trudeau, the President discussed with Trudeau ..."
    r"|\bin[- ]person\b|\bface[- ]to[- ]face\b"
    # "Earlier today, at a Diwali event in the White House, Biden described ..."
    r"|\bat (?:a|an|the) (?:[\w'’-]+ ){0,3}(?:event|reception|ceremony|celebration|dinner|gala|banquet)\b"
    # "There, they agreed on ...": there is the place of a meeting told before
    r"|^there,")
# '"...," Scholz said during a news conference with Mitsotakis', "Trump told a cheering crowd": the occasion of
# what was said, told after the verb of saying, is not the call ("said after the call" is checked apart).
SPEECH_OCCASION = caseless(
    r"\b(?:said|says|told|tells|added|declared|stated|remarked)\s+(?:\w+\s+)?(?:during|at|in)"
    r"\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}"
    r"(?:news conference|press conference|interview|speech|rally|address)\b"
    r"|\btold\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:crowd|rally|audience|supporters|gathering|voters)\b"
    # "Speaking in Brussels after a European Council meeting, Zapatero announced": said at that meeting
    r"|^\s*speaking\s+(?:[^,;:\"“”]{0,60}?\s)?(?:at|after|during|following|on the sidelines of)\s+"
    r"(?:a|an|the|his|her|their)\s+(?:[\w'’-]+\s+){0,3}(?:meeting|summit|conference|session|ceremony|rally|forum)\b"
    r"[^,;:\"“”]{0,60},")


def without_speech_occasions(text: str) -> str:
    """The text with the occasions of what was said blanked: "said in her press conference, adding that she and
    Carney spoke" tells of no meeting."""
    return blanked(text, [occasion.span() for occasion in SPEECH_OCCASION.finditer(text)])


AFTER_THE_CALL = caseless(r"\b(?:after|following)\s+(?:the|their|this|that|his|her)\s+(?:[\w-]+\s+)?"
                          r"(?:call|conversation|talks)\b")
# "Putin and Fernández had shared a videoconference on the occasion of ...", told after the story's call: a call the
# pair held before it, no part of it
PLUPERFECT_CALL = re.compile(r"\s*(?:[A-Z][\w.'’-]*\s+){1,5}(?:and\s+(?:[A-Z][\w.'’-]*\s+){1,5})?had\s+"
                             r"(?:already\s+|previously\s+|also\s+)?(?:held|shared|had|conducted)\s+(?:a|an)\s+"
                             r"(?:[\w-]+\s+){0,2}?(?:call|conversation|videoconference|video\s+call|talks)\b")
# "The call came days after ...", "Tusk's phone call with Nausėda comes two days after ...": the sentence sets the
# call in context rather than reporting it.
CALL_CONTEXT = caseless(r"\b(?:the|their|this|monday's|tuesday's|wednesday's|thursday's|friday's|saturday's"
                        r"|sunday's|\w+['’]s) (?:\w+ )?(?:call|conversation|calls|talk)(?: with(?: [\w.'’-]+){1,4}?)?"
                        r" (?:came|comes|followed|follows|coincided|took place amid)\b"
                        # "It was the first call between the two leaders since a deal restored ties ...": its history
                        r"|\b(?:was|is|marked)\s+(?:the|their)\s+first\s+(?:[\w-]+\s+){0,2}?(?:call|conversation|talks"
                        r"|contact)\b[^.;:]{0,80}?\bsince\b")
# "during a call between Obama and Putin, the latter warned": the last (or first) of the two named before.
FORMER_OR_LATTER = re.compile(r"\bthe\s+(?P<which>latter|former)\b", re.IGNORECASE)
NEGATED_MENTION = caseless(r"\b(?:neither|nor|not|no|never)\b[^.;]{0,50}\b(?:mention(?:ed)?|discuss(?:ed)?|rais(?:e|ed)"
                           r"|address(?:ed)?|come up|came up)\b")

# Who speaks for whom: an institution's statement stands for its country's leader.
# A headline or a staff title names the seat without "the": "..., Kremlin says", "White House aide Kirby said".
_BARE_SEAT = r"(?=\s+(?i:says|said|confirms|confirmed|aide|spokes(?:man|woman|person)|press secretary)\b)"
INSTITUTIONS: dict[str, str] = {
    rf"the White House|Washington|White House{_BARE_SEAT}": "US",
    rf"the Kremlin|Moscow|Kremlin{_BARE_SEAT}|the Russian [Pp]residency|Russia['’]s [Pp]residency": "RU",
    r"Beijing|China's foreign ministry|the Chinese foreign ministry|Chinese state (?:media|television)|Xinhua": "CN",
    r"Egypt's presidency|the Egyptian presidency|Cairo": "EG",
    r"Qatar's Emiri Diwan|the Emiri Diwan|Qatar's state news agency|Doha": "QA",
    r"Bahrain's state news agency": "BH",
    # "Türkiye's Communications Directorate said in a statement": the presidency's press office
    r"Turkey's presidency|the Turkish presidency|Ankara|(?:Türkiye|Turkey)['’]s Communications Directorate"
    r"|the (?:Turkish )?(?:Presidential )?Communications Directorate": "TR",
    rf"the Elysee|the Élysée|Elysee{_BARE_SEAT}|Élysée{_BARE_SEAT}": "FR",
    # "A Number 10 spokesman said", "Downing St said": the British prime minister's office by its door number or street
    rf"Downing St(?:reet)?\b|(?-i:Number|No\.?)\s10{_BARE_SEAT}": "GB",
    r"Kyiv": "UA",
    r"Jerusalem|the Prime Minister's Office": "IL",
    # Seats of government that readouts and wires name as the speaker, as they do the Élysée.
    r"Moncloa|La Moncloa": "ES",
    r"Palazzo Chigi": "IT",
    r"the Blue House": "KR",
    r"the Kantei": "JP",
    r"Malacañang|Malacanang": "PH",
    r"the Planalto|Planalto Palace": "BR",
    r"the Casa Rosada|Casa Rosada": "AR",
    r"the Akorda|Akorda|Ak Orda": "KZ",
}


def _top_level_alternatives(regex: str) -> list[str]:
    """The branches of a regex's outermost alternation: "a|(?:b|c)" gives "a" and "(?:b|c)"."""
    branches, depth, start, at, in_class = [], 0, 0, 0, False
    while at < len(regex):
        char = regex[at]
        if char == "\\":
            at += 1
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            branches.append(regex[start:at])
            start = at + 1
        at += 1
    return [*branches, regex[start:]]


def _institution_branches() -> Iterator[str]:
    """Each way of writing each institution as a branch of its own that opens with a plain letter, marked at its end by
    an empty group named for the institution: the scan then rejects a branch on its first letter without entering it.
    "The White House said" opens a sentence as often as "the White House" ends one; "a" or "an" may stand for "the"."""
    for n, pattern in enumerate(INSTITUTIONS):
        for k, branch in enumerate(_top_level_alternatives(pattern)):
            opening, rest = ("the ", branch[4:]) if branch.startswith("the ") else ("", branch)
            rest = rest.replace("the ", "(?:[Tt]he|[Aa]n?) ")
            articles = ("The", "the", "An", "A", "an", "a") if opening else ("",)  # in the order "[Tt]he|[Aa]n?" tries
            for j, article in enumerate(articles):
                yield f"{article}{' ' if article else ''}{rest}(?P<i{n}_{k}_{j}>)"


INSTITUTION = re.compile("|".join(_institution_branches()))
INSTITUTION_COUNTRIES = list(INSTITUTIONS.values())
# An outlet is named without the article: "Élysée readout", "White House statement", "Kremlin".
OUTLET_INSTITUTION = re.compile("|".join(f"(?P<i{n}>{p})".replace("the ", "(?:[Tt]he )?")
                                         for n, p in enumerate(INSTITUTIONS)))
# Capitals in INSTITUTIONS: "Moscow said" speaks for a government, "troops near Kyiv" only names a place.
CAPITALS_AS_INSTITUTIONS = frozenset({"washington", "moscow", "beijing", "cairo", "doha", "ankara", "kyiv", "jerusalem"})
# "Japarov's press service noted": who tells for that leader
OFFICE_OF = caseless(r"^['’]s\s+(?:office|spokes(?:man|woman|person)|aides?|statement|government|presidency|account"
                     r"|press (?:service|office|secretary))\b")

# "called [the sanctions] [counterproductive]": the thing named (words after a determiner, no preposition among them),
# then the noun or adjective it is called (read over lowered text, so a title such as "president" is no adjective).
_CALLED_THING = (r"(?:the|this|that|these|those|such|his|her|its|their|any|all|[a-z][\w'’-]*['’]s)"
                 r"(?: (?!(?:on|in|at|to|for|with|from|by|after|before|during|over|about|and|but|again|later|earlier"
                 r"|back|up|shortly|twice|once)\b)[a-z][\w'’-]*){0,5}?")
_NOT_A_NAMING = (r"(?:day|week|weekend|month|year|hour|minute|few|couple|second|third|number|total|series|bit|lot"
                 r"|while|fortnight|moment|time|little|short|brief|half|quarter|new|call|phone|video|telephone)\b")
_CALLED_ADJECTIVE = (r"(?:[a-z]+(?:ive|ous|ful|less|able|ible)|illegal|historic|important|significant|excellent"
                     r"|essential|crucial|critical|vital|illegitimate|legitimate|unjust|absurd|wrong)")

# Stated positions: the verb that carries each stance.
STANCES: dict[str, str] = {
    "urges": r"urg(?:ed|es|ing)|press(?:ed|es|ing)|push(?:ed|es|ing)|call(?:ed|s|ing) for|call(?:ed|s|ing) on"
             r"|ask(?:ed|s|ing)|advocat(?:ed|es)"
             r"|appeal(?:ed|s)|insist(?:ed|s) on|demand(?:ed|s)|encourag(?:ed|es)|request(?:ed|s)|sought|want(?:ed|s)",
    "opposes": r"reject(?:ed|s|ing)|oppos(?:ed|es)|dismiss(?:ed|es|ing)|refus(?:ed|es)|object(?:ed|s)|ruled out"
               r"|condemn(?:ed|s)|criticiz(?:ed|es)|complain(?:ed|s)|disputed|denied|denies",
    "supports": r"support(?:ed|s)|back(?:ed|s)|welcom(?:ed|es)|endors(?:ed|es)|prais(?:ed|es)|thank(?:ed|s|ing)"
                r"|congratulat(?:ed|es|ing)|reaffirm(?:ed|s)|affirm(?:ed|s)|appreciat(?:ed|es)|accept(?:ed|s)"
                r"|laud(?:ed|s)"
                r"|hail(?:ed|s)|commend(?:ed|s)|applaud(?:ed|s)|salut(?:ed|es)"
                r"|pa(?:id|ys|ying) (?:an? )?(?:warm |special |glowing |personal )?(?:tribute|homage)"
                # "called him to congratulate him on the result": what the call was placed to do is what was done in it
                r"|(?<=\bto )(?:congratulate|felicitate|thank|greet)",
    "commits": r"agree(?:d|s)|commit(?:ted|s)|pledg(?:ed|es|ing)|vow(?:ed|s)|promis(?:ed|es)|assur(?:ed|es|ing)"
               r"|determined",
    "concerned": r"express(?:ed|es|ing) (?:\w+ )?concerns?|raised concerns?|voiced (?:\w+ )?(?:concern|alarm)"
                 r"|worried|warn(?:ed|s|ing)|caution(?:ed|s)|regrett?(?:ed|s)|deplor(?:ed|es)|lament(?:ed|s)",
    "states": r"said|say(?:s|ing)|stress(?:ed|es|ing)|emphasi[sz](?:ed|es|ing)|underscor(?:ed|es|ing)|not(?:ed|es)"
              r"|told|tell(?:s|ing)|reiterat(?:ed|es)|explain(?:ed|s)|discuss(?:ed|es)|review(?:ed|s)|restat(?:ed|es)"
              r"|describ(?:ed|es)|characteri[sz](?:ed|es)|(?:in|en)quir(?:ed|es) (?:about|after)|set out|pointed out"
              r"|stated|add(?:ed|s)|repl(?:ied|ies)|respond(?:ed|s) (?:that|by)|argu(?:ed|es)"
              r"|convey(?:ed|s)|brief(?:ed|s)|rais(?:ed|es)|proposed|offered|voiced|elaborated|exchanged views"
              r"|recalled|remind(?:ed|s)|underlined|outlined|highlighted|insisted|acknowledg(?:ed|es)|admitted|repeated"
              r"|talked about|spoke about|expressed|pointed to|gave|informed|updated|wrote|posted|tweeted|twitted"
              r"|made (?:it )?(?:clear|plain)|declared|announc(?:ed|es)|confirm(?:ed|s)|suggest(?:ed|s)|invit(?:ed|es)"
              r"|hoped|believ(?:ed|es)|remarked|indicat(?:ed|es)|signal(?:l)?ed|observ(?:ed|es)|extend(?:ed|s)"
              r"|wish(?:ed|es)|shared|look(?:ed|s) forward|recogni[sz](?:ed|es)|touched (?:up)?on|reveal(?:ed|s)"
               r"|assert(?:ed|s)|commented|maintain(?:ed|s)(?= that\b| the (?:importance|need|position|view)\b)"
              r"|mention(?:ed|s)(?= that\b)|explor(?:ed|es)"
              # "the two dealt with the drought": what both sides took up is what they discussed; one leader "dealt
              # with" a crisis at home
              r"|(?:(?<=two )|(?<=both )|(?<=they )|(?<=men )|(?<=leaders )|(?<=sides )|(?<=presidents ))dealt with"
              # "opened by sending his condolences": a message given on the call
              r"|sen(?:t|ds|ding)(?= (?:[\w'’-]+ ){0,3}?(?:condolences|congratulations|greetings|(?:best |good )?wishes"
              r"|sympath(?:y|ies))\b)"
              # "called his winning margin a mandate", "called the sanctions counterproductive": what one calls a thing,
              # not whom one phones ("called his counterpart a day later", "called the emir in a show of support")
              rf"|call(?:ed|s)(?= {_CALLED_THING} (?:an? (?!{_NOT_A_NAMING})[a-z]"
              rf"|{_CALLED_ADJECTIVE}\b(?=[,.;]| and| but)))"
              # "The President was keen to stress that ...": a readout's way of telling what its head stressed
              r"|(?:was|were|is|are) (?:keen|eager) to (?:stress|emphasi[sz]e|underline|affirm|reaffirm|reiterate"
              r"|highlight|express|convey|note|point out|make clear)",
}
# The lookahead on the first letters lets the scan pass over most word starts without trying every verb.
_STANCE_FIRST = sorted({alternative[0].lower() for p in STANCES.values() for alternative in p.split("|")})
STANCE = caseless(r"\b(?=[" + "".join(_STANCE_FIRST) + r"])(?:" + "|".join(f"(?P<{name}>{p})" for name, p in STANCES.items())
                  + r")\b")

# Someone who joined a leaders' call without being a party to it; "was on" only on the call or the line ("said China
# was on the right side of history" is no joining).
_ON_THE_CALL = r"on\b(?=\s+(?:the|that|this|their|his|her)\s+(?:line|(?:tele)?phone|(?:[\w-]+\s+){0,2}?(?:call" \
               r"|conversation|conference|videoconference|talks))\b|\s*[,.;:)]|\s*$|\s+too\b|\s+as\s+well\b)"
JOINED = caseless(r"\b(?:also\s+)?(?:joined|took part|participated|sat in on|listened in on|was (?:also )?"
                  rf"(?:{_ON_THE_CALL}|present (?:on|for|at)|in on)|were (?:also )?(?:{_ON_THE_CALL}|present))\b"
                  # "with Secretary of State Antony Blinken also on the line"
                  r"|\balso (?:on|in on) the (?:line|call)\b")

# "about 90 minutes", "a roughly 30-minute call", "just over an hour", "an hour and 45 minutes".
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10,
                 "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "forty-five": 45, "fifty": 50, "ninety": 90}
DURATION = caseless(
    r"\b(?P<approx>about|around|roughly|nearly|almost|just over|just under|more than|slightly more than|less than"
    r"|over|some)?\s*"
    r"(?:(?P<half>half an hour)|(?P<hours>\d+|an?|one|two|three|four)[ -]hours?(?: and (?:a )?(?P<plus>\d+|half)"
    r"(?: minutes?)?)?|(?P<minutes>\d+|thirty|forty|forty-five|fifty|ninety|fifteen|twenty)[ -]minutes?)\b",
)


def duration_minutes(match: CaselessMatch) -> int | None:
    if match.group("half"):
        return 30
    if match.group("hours"):
        raw_hours = match.group("hours").lower()
        hours = int(raw_hours) if raw_hours.isdigit() else _NUMBER_WORDS.get(raw_hours, 1)
        plus = match.group("plus")
        extra = 30 if plus == "half" else int(plus) if plus else 0
        return hours * 60 + extra
    if match.group("minutes"):
        raw = match.group("minutes").lower()
        return int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw)
    return None


def country_of_institution(match: re.Match[str]) -> str:
    """The country of the institution matched: its group, "i3" or a branch's "i3_0_1", is the last one closed."""
    return INSTITUTION_COUNTRIES[int(match.lastgroup[1:].partition("_")[0])]

# A news dateline's city says whose capital the story is told from ("MOSCOW —", "OTTAWA —").
DATELINE_CITIES: dict[str, str] = {
    "WASHINGTON": "US", "MOSCOW": "RU", "BEIJING": "CN", "OTTAWA": "CA", "MONTREAL": "CA", "MONTRÉAL": "CA",
    "TORONTO": "CA", "SEOUL": "KR", "TOKYO": "JP", "NEW DELHI": "IN", "LONDON": "GB", "PARIS": "FR",
    "BERLIN": "DE", "KYIV": "UA", "KIEV": "UA", "JERUSALEM": "IL", "TEL AVIV": "IL", "ANKARA": "TR",
    "ISTANBUL": "TR", "CAIRO": "EG", "RABAT": "MA", "NAIROBI": "KE", "BRASILIA": "BR", "BRASÍLIA": "BR",
    "SANTIAGO": "CL", "BUENOS AIRES": "AR", "MEXICO CITY": "MX", "CANBERRA": "AU", "WELLINGTON": "NZ",
    "ROME": "IT", "MADRID": "ES", "WARSAW": "PL", "DOHA": "QA", "RIYADH": "SA", "ABU DHABI": "AE",
    "TEHRAN": "IR", "ISLAMABAD": "PK", "JAKARTA": "ID", "MANILA": "PH", "HANOI": "VN", "BANGKOK": "TH",
    "PRETORIA": "ZA", "JOHANNESBURG": "ZA", "ABUJA": "NG", "LAGOS": "NG", "ADDIS ABABA": "ET", "KHARTOUM": "SD",
    "AMMAN": "JO", "BEIRUT": "LB", "BAGHDAD": "IQ", "DAMASCUS": "SY", "TAIPEI": "TW", "PYONGYANG": "KP",
    "BRUSSELS": "EU", "THE HAGUE": "NL", "STOCKHOLM": "SE", "OSLO": "NO", "HELSINKI": "FI", "COPENHAGEN": "DK",
    "VIENNA": "AT", "ATHENS": "GR", "BUDAPEST": "HU", "PRAGUE": "CZ", "BUCHAREST": "RO", "DUBLIN": "IE",
    "LISBON": "PT", "BERN": "CH", "BOGOTA": "CO", "BOGOTÁ": "CO", "LIMA": "PE", "CARACAS": "VE", "HAVANA": "CU",
    "ASTANA": "KZ", "NUR-SULTAN": "KZ", "TASHKENT": "UZ", "BISHKEK": "KG", "DUSHANBE": "TJ", "ASHGABAT": "TM",
    "BAKU": "AZ", "YEREVAN": "AM", "TBILISI": "GE", "MINSK": "BY", "CHISINAU": "MD", "KUALA LUMPUR": "MY",
    "SINGAPORE": "SG", "DHAKA": "BD", "COLOMBO": "LK", "KATHMANDU": "NP", "KABUL": "AF", "MUSCAT": "OM",
    "KUWAIT CITY": "KW", "MANAMA": "BH", "ALGIERS": "DZ", "TUNIS": "TN", "ACCRA": "GH", "DAKAR": "SN",
    "KAMPALA": "UG", "DAR ES SALAAM": "TZ", "DODOMA": "TZ", "KIGALI": "RW", "LUANDA": "AO", "HARARE": "ZW",
    "PHNOM PENH": "KH", "VIENTIANE": "LA", "ULAANBAATAR": "MN", "BELGRADE": "RS", "ZAGREB": "HR", "SOFIA": "BG",
    "VILNIUS": "LT", "RIGA": "LV", "TALLINN": "EE", "BRATISLAVA": "SK", "LJUBLJANA": "SI", "MONTEVIDEO": "UY",
    "QUITO": "EC", "ASUNCION": "PY", "ASUNCIÓN": "PY", "LA PAZ": "BO", "NEW YORK": "US",
}

# An official site's address says whose readout it is.
GOVERNMENT_DOMAINS: dict[str, str] = {
    "whitehouse.gov": "US", "state.gov": "US", "kremlin.ru": "RU", "mid.ru": "RU", "fmprc.gov.cn": "CN",
    "mfa.gov.cn": "CN", "gov.cn": "CN", "xinhuanet.com": "CN", "gov.uk": "GB", "elysee.fr": "FR",
    "bundesregierung.de": "DE", "bundeskanzler.de": "DE", "pm.gc.ca": "CA", "kantei.go.jp": "JP", "mofa.go.jp": "JP",
    "mea.gov.in": "IN", "pmindia.gov.in": "IN", "pib.gov.in": "IN", "president.gov.ua": "UA", "gov.il": "IL",
    "tccb.gov.tr": "TR", "iletisim.gov.tr": "TR", "planalto.gov.br": "BR", "gov.br": "BR", "pm.gov.au": "AU",
    "president.go.kr": "KR", "korea.net": "KR", "presidency.eg": "EG", "ec.europa.eu": "EU", "consilium.europa.eu": "EU",
    "governo.it": "IT", "lamoncloa.gob.es": "ES", "gob.mx": "MX", "casarosada.gob.ar": "AR", "gob.cl": "CL",
    "thepresidency.gov.za": "ZA", "statehouse.gov.ng": "NG", "president.go.ke": "KE", "pmo.gov.sg": "SG",
}
