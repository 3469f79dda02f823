"""Decide which sentences tell of which call, rather than of background, and what they add."""

from __future__ import annotations

import re

from app.ingest import cues
from app.ingest.caseless import CaselessMatch, gated
from app.ingest.analysis import ArticleFacts, PersonSpan, SentenceFacts
from app.ingest.call_plans import opener_plan_only
from app.ingest.call_roles import clause_around
from app.ingest.call_frame import CallFrame
from app.ingest.dates import resolve
from app.ingest.quotations import quotation_runs, whole_quotation
from app.ingest.text import slugify
from app.ingest.types import DatePrecision, LeaderRef


# A minister or adviser by title and name; the name runs on while words are capitalised (or "de", "la", "bin").
_OFFICIAL = re.compile(
    # "Home Secretary James Cleverly", "Italy's interior minister Matteo Piantedosi": wire copy lowercases the office.
    # "Minister of External Affairs Dr S Jaishankar": a title of two words before "Affairs", and a doctor's title
    # "Foreign Affairs Secretary Teodoro Locsin Jr. and Senator Christopher Go": as Manila titles them
    r"\b(?P<title>(?:(?i:(?:Foreign|Security|Defen[cs]e|Finance|Trade|Economy|Interior|Energy|Health|Commerce|Home)"
    r"\s+(?:Affairs\s+)?(?:Minister|Secretary))|Senator|Minister\s+of\s+(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+(?:\s+Affairs)?"
    r"|Secretary\s+of\s+(?:State|Defense|the\s+Treasury)"
    r"|Vice[\s-]+President|Deputy\s+Prime\s+Minister|National\s+Security\s+Advis[eo]r|Chief\s+of\s+Staff"
    # "chief strategist Stephen Bannon, press secretary Sean Spicer", "cabinet chief Marcos Peña": an aide's office,
    # which wire copy writes in lowercase
    r"|(?i:chief\s+strategist|press\s+secretary|national\s+security\s+advis[eo]r|cabinet\s+chief|chief\s+of\s+staff"
    r"|(?:Strategic|Political|Legal)\s+Affairs\s+Secretary)))"
    r"\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?(?P<name>(?!(?:Affairs|Dr|Mr|Mrs|Ms|Prof)\b)[A-Z][\w'’.-]*"
    r"(?:\s+(?:(?:de|la|del|van|von|der|bin|al|da|dos)\s+)*[A-Z][\w'’.-]+){1,4})")
# The name first: "H.E. Mr. Sihasak Phuangketkaew, Minister of Foreign Affairs", "Celso Amorim, Lula's chief adviser".
_OFFICIAL_AFTER_NAME = re.compile(
    r"(?P<name>[A-Z][\w'’.-]+(?:\s+(?:(?:de|la|del|van|von|der|bin|al|da|dos)\s+)*[A-Z][\w'’.-]+){1,5}),\s+"
    r"(?:(?:the|his|her|[A-Z][\w'’-]*['’]s)\s+)?(?i:(?:(?!prime\b|first\b)[\w-]+\s+){0,3}?"
    r"(?P<title>minister|secretary|adviser|advisor|vice president|chief of staff))\b")
_SENTENCE_STOP = re.compile(r"(?<!\bJr)(?<!\bSr)(?<=[a-z])\.$")
_HONORIFICS = re.compile(r"^(?:(?:H\.E\.|Mr\.|Ms\.|Mrs\.|Dr\.)\s+)+")
# Being on the call, in wordings that tell of no leader joining it: "with Foreign Minister X also present", "Also
# participating in the call were ...", "were in the room with Trump during the call".
_ALSO_ON_THE_CALL = re.compile(r"\balso present\b|\bparticipating in the (?:[\w-]+\s+)?(?:call|conversation)\b"
                               # "Participants in the extended call included Macron and Merz": more on the call
                               r"|\bparticipants in the (?:[\w-]+\s+)?(?:call|conversation)\s+(?:included|were)\b"
                               r"|\b(?:was|were)\s+(?:also\s+)?in the room\b[^.;]{0,60}?\b(?:during|for|on)\s+the\s+"
                               r"(?:call|conversation)\b"
                               # "In the room during the call were A, B and C": the same, the subject after the verb
                               r"|\bin the room (?:during|for|on) the (?:[\w-]+\s+)?(?:call|conversation),?\s+"
                               r"(?:were|was)\b"
                               # "the crown prince was with Secretary of State Mike Pompeo during the phone call"
                               r"|\b(?:was|were)\s+with\s+[^.;]{0,80}?\bduring\s+the\s+(?:[\w-]+\s+)?"
                               r"(?:call|conversation)\b"
                               # "Berdimuhamedov then handed the receiver to President-elect Serdar Berdimuhamedov"
                               r"|\bhand(?:ed|s)\s+(?:over\s+)?the\s+(?:receiver|phone|handset)\s+(?:over\s+)?to\b"
                               # "During the phone call at his office, Macri was accompanied by A and B"
                               r"|\bduring the (?:[\w-]+\s+)?(?:call|conversation)\b[^.;]{0,60}?\b(?:was|were)\s+"
                               r"accompanied by\b", re.IGNORECASE)
_WHO_OPENS = re.compile(r"(?:who|whom)\b")
TIME_ADVERBIAL_REACH = 60
# '"... in the conversation" with Trump': a quotation may close between the call and its "with"
_CALL_WITH = re.compile(r"\b(?:phone |telephone |video )?(?:call|conversation|talks)[\"”’]?\s+"
                        r"(?:[\w-]+\s+){0,3}?with\s+"
                        # "confirmed that the prime minister had lately spoken with President Macron"
                        r"|\b(?:had|has|have)\s+(?:\w+ly\s+)?(?:spoken|talked)\s+(?:by phone\s+)?(?:with|to)\s+"
                        # "Netanyahu spoke with US President-elect Donald Trump and thanked him"
                        r"|\b(?:spoke|talked)\s+(?:by (?:tele)?phone\s+)?with\s+",
                        re.IGNORECASE)
_TITLE_REACH = 45  # "a call with the newly elected American President Donald Trump"
_PAIR_AND = re.compile(r"\s+and\s+")
_THEN_SPOKE = re.compile(r"\s+(?:(?:also|had|have|then)\s+)?"
                         r"(?:spoke|talked|held\s+(?:a\s+)?(?:phone|telephone|video))\b")
_OFFICIAL_TITLE = re.compile(r"\b(?:vice|deputy|minister|secretary|adviser|advisor|envoy)\b", re.IGNORECASE)
_ASIDE = re.compile(r",\s+(?:who|whose|which)\b[^,]*,")
_GROUP_OPENING = re.compile(
    # A readout quoting a spokesperson opens each paragraph with a quotation mark.
    # "According to a note from the presidency, the two dealt with ...": after a phrase that opens the sentence.
    r"[\"“‘']?(?:(?:[A-Z]\w+,\s+|According to [^,;:\"“”]{1,60},\s+)?(?:they|the (?:two|three|four)|both)\b"
    r"(?!\s+(?:countries|nations|governments|sides)\b)"
    # "The U.S. and Russian presidents", "The leaders", "The French and German leaders": the call's leaders.
    # A readout may capitalise the office: "The Presidents agreed"; "Besides, the heads of state discussed ...".
    r"|(?-i:(?:The|[A-Z]\w+(?: [a-z]+)?, the) (?:(?:[A-Z][\w.]*(?:, | and ))*[A-Z][\w.]* )?"
    r"(?i:leaders|presidents|prime ministers|heads of state|heads of (?:the )?(?:two|both) (?:states|countries))\b))",
    re.IGNORECASE)
_SAID_AT_END = re.compile(r",\s+(?:(?P<who>he|she)|(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}))\s+"
                          r"(?:said|declared|added|wrote|announced|stated|told reporters)\b[^,;]{0,40}[.!?\"”’]*\s*$")
_QUOTATION_CLOSED_BY = re.compile(r"[,!?][\"”]\s+(?:(?P<who>he|she)"
                                  r"|(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}))"
                                  r"\s+(?:said|added|declared|told reporters|went on)\b[^,;]{0,40}[.!?]\s*$")
_THAT_AFTER = re.compile(r"\s+that\b")
_AND_BETWEEN = re.compile(r",?\s+(?:and|accompanied by|along with|alongside|together with|in the company of)\s+")
# "Former President Trump and President Biden both spoke with ...": a former or future leader is not an aide
_NO_LONGER_OR_NOT_YET = re.compile(r"\b(?:former|ex|late|then|incoming|outgoing|elect|designate)\b", re.IGNORECASE)
# "Talks focused on the war in Ukraine": a readout's bare "Talks" or "Discussions" opening a sentence are the call's.
_BARE_TALKS_OPENING = re.compile(
    r"(?:Talks|Discussions?|Conversation)\s+(?:also\s+|mainly\s+|largely\s+|then\s+)?"
    r"(?:focus(?:s|es|ed|sed)?|cent(?:red|ered)|concentrated|revolved|touched|dealt|covered)\b")
# "The sides discussed trade", "Both parties confirmed ...": a Kremlin or Akorda readout's name for the two leaders,
# known by the verb of stating that follows ("The two sides have fought since 1991" tells of others).
# "Despite deep differences on many questions, both sides stressed ...": after a clause of concession too.
_SIDES_OPENING = re.compile(
    r"[\"“‘']?(?:(?:Despite|Although|Though|While|Notwithstanding)\b[^,;:\"“”]{1,80},\s+)?"
    r"(?:The (?:two )?|Both )(?:sides|parties)\s+(?:(?:also|further|then|jointly)\s+)?", re.IGNORECASE)
# "Russia's war in Ukraine was also discussed, the PMO said", "Also discussed were ...": what was discussed, in the
# passive, naming no one.
_DISCUSSED_PASSIVE = re.compile(
    r"\b(?:was|were)\s+(?:also\s+|briefly\s+|further\s+)?(?:discussed|raised|touched (?:up)?on|addressed|reviewed)\b"
    r"|^(?:Also|Further) (?:discussed|raised|addressed) (?:was|were)\b"
    # 'On the agenda was "bilateral relations, EU affairs and health security"': what the call took up
    # "The main attention was paid to trade": a Central Asian readout's word for what the call took up
    r"|\battention\s+(?:was|were)\s+(?:also\s+)?(?:paid|given|devoted)\s+to\b"
    r"|^(?:(?:also|high|first|next)\s+)?on\s+the\s+agenda\s+(?:was|were)\b|^the\s+agenda\s+(?:included|covered)\b"
    # "A separate topic of discussion was the situation around Ukraine", "The main subject was gas supplies"
    r"|^(?:a|an|the|another)\s+(?:(?:separate|other|further|second|third|next|main|key|central|last|final)\s+)?"
    r"(?:topics?|subjects?|themes?)\s+(?:of\s+(?:the\s+)?discussions?\s+)?(?:was|were)\b",
    re.IGNORECASE)
# "Separately, Meloni said in a post on X that ...": another statement of the day, told apart from the call.
# ("Separately, it denied a report that ..." may still be the office's account of the call.)
_SEPARATELY = re.compile(r"\s*(?:Separately|In a separate (?:statement|post|message)),[^;:]{0,80}?"
                         r"(?:\bin an? (?:[\w-]+\s+)?(?:post|interview|speech|message|video|address)\b"
                         r"|\bon (?:X|Twitter|Telegram|Facebook|Instagram|Truth Social|social media)\b)", re.IGNORECASE)
# "Earlier, Trump welcomed Zelensky to his Mar-a-Lago residence, where the two leaders discussed ...": a visit.
_WELCOMED_TO_A_PLACE = re.compile(
    r"\bwelcom(?:ed|es|ing)\s+(?:[A-Z][\w.'’-]*\s+){1,4}to\s+(?:(?:his|her|their|the)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:residence|home|estate|palace|resort|club|ranch|White House|Kremlin|Elys[eé]e|Mar-a-Lago|Camp David)\b")
# "In the phone call then,", "During that conversation,": the other call the sentence before told of.
THAT_CALL_OPENING = re.compile(r"\s*(?:In|During|On)\s+(?:that\s+(?:earlier\s+|previous\s+|first\s+)?"
                               r"(?:(?:tele)?phone\s+|video\s+)?(?:call|conversation)\b"
                               r"|the\s+(?:(?:tele)?phone\s+|video\s+)?(?:call|conversation)\s+then\b)")
# "they will speak by phone on Thursday", "the call will take place at 10 a.m.": a call still to come.
_CALL_TO_COME = re.compile(r"\b(?:will|would|are to|is to|plan to|plans to|expect to|expects to|are set to|is set to)"
                           r"\s+(?:(?:again|also|soon|next)\s+)?(?:speak|talk)\s+(?:by|over|on)\s+(?:the\s+)?"
                           r"(?:tele)?phone\b"
                           # "he plans to have a phone call with Xi next week", "expects to hold another video call"
                           r"|\b(?:will|plans? to|planning to|expects? to|intends? to|hopes? to)\s+(?:have|hold)\s+"
                           r"(?:a|an|another)\s+(?:[\w-]+\s+){0,2}?(?:(?:tele)?phone|video)\s+"
                           r"(?:call|conversation|talks)\b"
                           # opening at the noun, not at "the" or "a", which nearly every sentence holds
                           r"|\b(?:call|conversation)\s+will\s+(?:take place|be held|happen|start|begin)\b",
                           re.IGNORECASE)
# "Modi said that he had a meeting with Suga": what the one stating did in person, not what was said in a call.
_SAID_THEY_MET = re.compile(r"\b(?:said|says|told\s+[\w ]{1,20}?)\s+(?:that\s+)?(?:he|she|they|the two)\s+"
                            r"(?:had\s+)?(?:met\b|(?:had|held)\s+(?:a|an)\s+(?:[\w-]+\s+)?meeting\b)",
                            re.IGNORECASE)
# "Trudeau had been glowing in his praise for Ardern": what a leader had been doing before, told as its background.
_HAD_BEEN_DOING = re.compile(r"(?:[A-Z][\w.'’-]*\s+){1,4}had\s+(?:long\s+|already\s+)?been\s+[a-z]+ing\b")
_PRONOUN_OPENING = re.compile(r"(?:He|She)\s")
# "Egypt and Jordan rejected the plan, and other Arab countries also joined them", "..., as did other Gulf states":
# a stance many countries took, told as the story's background, not what was said in the call.
_SHARED_BY_OTHER_COUNTRIES = re.compile(
    r"(?:,\s+(?:and\s+)?|\band\s+)other\s+(?:[A-Z][\w-]*\s+){0,2}(?:countries|nations|states|governments)\s+"
    r"(?:have\s+|had\s+)?(?:also\s+|soon\s+|later\s+|quickly\s+)?(?:joined|followed|echoed|backed)\b"
    r"|,\s+as did (?:several |many |most )?other\s+(?:[A-Z][\w-]*\s+){0,2}(?:countries|nations|states|governments)\b")
# 'says the two leaders will "talk about the rivalry"': what the leaders are to say when they next talk or meet.
_THEY_WILL_TALK = re.compile(r"\s+(?:that\s+)?(?:the\s+(?:two|three|four)\s+(?:leaders|presidents|men|sides)"
                             r"|both\s+leaders|they)\s+(?:will|are\s+to|are\s+(?:set|due|expected)\s+to)\s+[\"“]?"
                             r"(?:talk|speak|meet|discuss|hold)\b")
_AS_DID = re.compile(r",\s+as did\b", re.IGNORECASE)
_HONORIFIC = re.compile(r"\b(?:His|Her) (?:Royal )?(?:Highness|Majesty)\b")  # a date this early in a sentence sets the time of the whole sentence


def assign_sentences(facts: ArticleFacts, frames: list[CallFrame]) -> dict[int, list[int]]:
    """For each frame index, the sentences that describe that call, in reading order."""
    content: dict[int, list[int]] = {i: [] for i in range(len(frames))}
    if not frames:
        return content  # most texts tell of no call: no sentence to read for one
    anchored: dict[int, list[int]] = {}
    for f_index, frame in enumerate(frames):
        for s_index in frame.anchors:
            anchored.setdefault(s_index, []).append(f_index)
    if all(frame.passing for frame in frames):
        # Every call is told in passing, beside a story of something else (a call refused, a visit): the story's
        # other sentences are not about any of them.
        for f_index, frame in enumerate(frames):
            content[f_index] = sorted(set(frame.anchors))
        return content
    shared = set.intersection(*(set(f.leaders) for f in frames)) if frames else set()
    keys = [frame.key for frame in frames]  # each sentence compares its calls' leaders with every call's
    # A lead that precedes the first anchoring sentence speaks of the article's first call.
    focus: list[int] = anchored[min(anchored)] if anchored else []
    elsewhere: set[str] = set()  # who last spoke on another occasion, in the sentence before
    occasion = False  # whether the sentence before told, with no word of stating, what a leader did elsewhere
    stated_before: list[int] = []  # the calls of the sentence before, when it told what someone stated in them
    for s_index, item in enumerate(facts.sentences):
        speakers_elsewhere, elsewhere = elsewhere, set()
        after_occasion, occasion = occasion, False
        stated_in, stated_before = stated_before, []
        if speakers_elsewhere and _closes_quotation_of(item, speakers_elsewhere):
            elsewhere = speakers_elsewhere
            continue
        if (speakers_elsewhere or after_occasion) and THAT_CALL_OPENING.match(item.text):
            elsewhere, occasion = speakers_elsewhere, after_occasion  # "In the phone call then, Biden expressed ..."
            continue
        if s_index in anchored:
            for f_index in anchored[s_index]:
                content[f_index].append(s_index)
            # "A day after speaking with Jiang, Bush called Putin. Bush announced ...": what follows is about the
            # call the sentence tells, not the one it names in passing.
            focus = [f for f in anchored[s_index] if not frames[f].passing] or anchored[s_index]
            continue
        if _CALL_TO_COME.search(item.text):
            continue  # "Trump said they will speak by phone on Thursday": a call still to come
        if cues.CALL_CONTEXT.search(item.text) and not item.leader_slugs() - shared:
            # "Monday's call came days after ...": the call in focus, set in its context.
            for f_index in focus:
                content[f_index].append(s_index)
            continue
        if after_occasion and _PRONOUN_OPENING.match(item.text) and not cues.CALL_REFERENCE.search(item.text):
            occasion = True  # "Last month Xi paid a state visit to Russia. He proposed a peace plan": on that visit
            continue
        targets = _targets(item, frames, shared, focus)
        if targets and _about_another_call(item, [frames[t] for t in targets]):
            focus = []  # what follows, naming no one, goes on about that other call
            continue
        targets = _on_its_day(item, targets, frames, keys, facts)
        quoted_on = bool(stated_in) and whole_quotation(item)
        if quoted_on:  # 'Macron said Europe must do more. “We have long agreed ...”': his words go on, in his tenses
            targets = targets or stated_in
        if not targets:
            continue
        if not quoted_on and _is_background(item, [frames[t] for t in targets], facts) \
                and not (item.stances and s_index + 1 in anchored
                         and cues.SAID_ON_THE_CALL_BEFORE.match(facts.sentences[s_index + 1].text)):
            if item.stances:
                elsewhere = {p.ref.slug for p in item.people if not p.possessive}
            else:
                occasion = bool(item.leaders())
            continue
        for f_index in targets:
            content[f_index].append(s_index)
        focus = targets
        if item.stances:
            stated_before = targets
    _whole_quotations(facts, content)
    return content


def _whole_quotations(facts: ArticleFacts, content: dict[int, list[int]]) -> None:
    """'“We agreed ... waver.' then '“We will meet again,” Macron said.': a quotation over several paragraphs
    tells of the call its sentence naming the speaker tells of, every sentence of it."""
    runs = quotation_runs(facts)
    if not runs:
        return
    for f_index, indices in content.items():
        told = set(indices)
        added = {member for s_index in indices for member in runs.get(s_index, ())} - told
        if added:
            content[f_index] = sorted(told | added)


def _targets(item: SentenceFacts, frames: list[CallFrame], shared: set[str], focus: list[int]) -> list[int]:
    found = _targets_by_wording(item, frames, shared, focus)
    if found == focus and not item.leader_slugs() and _GROUP_OPENING.match(item.text) \
            and (named := _call_of_the_countries_named(item, frames, focus)):
        return named  # "The two leaders discussed US-India trade" after the call with Pakistan's: the call with India
    if not found or len(set(item.subject_countries)) != 2 or item.leader_slugs() - shared:
        return found
    # "China and Russia have sought a united front" after Xi's call with Trump: the call of China's and Russia's leaders
    paired = [i for i, f in enumerate(frames) if set(item.subject_countries) <= {r.country for r in f.leaders.values()}]
    return ([i for i in paired if i in focus] or paired) if paired and len(paired) < len(frames) else found


def _targets_by_wording(item: SentenceFacts, frames: list[CallFrame], shared: set[str], focus: list[int]) -> list[int]:
    named = item.leader_slugs()
    distinct = named - shared
    hits = [i for i, f in enumerate(frames) if not distinct.isdisjoint(f.leaders)] if distinct else []
    if hits:
        in_focus = [i for i in hits if i in focus]
        return in_focus or [i for i in hits if not frames[i].passing] or hits
    # "Obama also asked the Saudis to ..." after a list of calls: the call with the Saudi leader
    by_people = [i for i, f in enumerate(frames) if any(ref.country in item.peoples and slug not in shared
                                                         for slug, ref in f.leaders.items())] if item.peoples else []
    if by_people and len(by_people) < len(frames):
        return by_people
    # "Modi also called Ghani and Hasina. Modi also announced that Pakistani fishermen would be freed": the call
    # with Pakistan's leader told before, not the calls just listed (a country named after one call is often
    # what was discussed in it: "condemned Israel's actions")
    by_country = [i for i, f in enumerate(frames) if not f.passing and any(
        ref.country in item.countries and slug not in shared for slug, ref in f.leaders.items())] \
        if len(focus) > 1 else []
    if by_country and len(by_country) < len(frames) and not set(by_country) & set(focus):
        return by_country
    if cues.CALL_REFERENCE.search(item.text) or item.sides or named or item.pronouns or _HONORIFIC.search(item.text) \
            or cues.TITLE_OPENING.match(item.text) or cues.ACCORDING_TO_THEM.match(item.text):
        return focus
    if _GROUP_OPENING.match(item.text) or _BARE_TALKS_OPENING.match(item.text):
        return focus  # "The two reaffirmed ...", "They emphasised ...": the leaders of the call in focus
    if (sides := _SIDES_OPENING.match(item.text)) and cues.STANCE.match(item.text, sides.end()):
        return focus
    if _DISCUSSED_PASSIVE.search(item.text):
        return focus
    if item.subject_country is not None and any(ref.country == item.subject_country
                                                for i in focus for ref in frames[i].leaders.values()):
        return focus  # "China stands ready to ...": a side of the call in focus
    return []


def _call_of_the_countries_named(item: SentenceFacts, frames: list[CallFrame], focus: list[int]) -> list[int]:
    """'A urged B to ease tensions. A also spoke to C. "The two leaders discussed how to expand US-India trade"': the
    only call between the two countries the sentence names, when it is not the call in focus. A call told in passing
    does not count: "The two presidents reviewed the calendar: US-Russia talks" after it is still the main call."""
    if len(item.countries) < 2:
        return []
    paired = [i for i, f in enumerate(frames)
              if not f.passing and len(countries := {ref.country for ref in f.leaders.values()}) == 2
              and countries <= item.countries]
    return paired if len(paired) == 1 and paired[0] not in focus else []


def _is_background(item: SentenceFacts, frames: list[CallFrame], facts: ArticleFacts) -> bool:
    text = item.text
    # "the King refused to take a phone call from Netanyahu": a call not held, told of no call that was
    if cues.NEGATED_MENTION.search(text) or cues.CALL_CONTEXT.search(text) or cues.UNANSWERED.search(text):
        return True
    if cues.SPEECH_OCCASION.search(text) and not cues.AFTER_THE_CALL.search(text):
        return True
    if cues.STRONG_CALL_REFERENCE.search(text):
        return False
    if _SEPARATELY.match(text) and not cues.CALL_REFERENCE.search(text) or _WELCOMED_TO_A_PLACE.search(text):
        return True
    if _SHARED_BY_OTHER_COUNTRIES.search(text):
        return True
    first_report = item.stances[0] if item.stances else None
    if _SAID_THEY_MET.search(cues.without_remote_meetings(text)) or _HAD_BEEN_DOING.match(text) \
            or cues.PLUPERFECT_CALL.match(text):
        return True  # "Modi said that he had a meeting with Suga", "Trudeau had been glowing in his praise for ..."
    if first_report is not None and _THEY_WILL_TALK.match(text, first_report.end()):
        return True  # 'Psaki says the two leaders will "talk about ..."': their talks still to come
    plan = cues.NOT_HAPPENED.search(text)
    if plan and not cues.CALL_REFERENCE.search(text) and (
            first_report is None
            or plan.start() < first_report.start() and not opener_plan_only(text, plan.end(), first_report.start())):
        # "Biden will speak with Xi": not "Erdogan told Putin that Turkey was ready to host talks", nor "Ahead of a
        # call with G7 leaders, the two agreed ...", whose call to come is only the opening phrase's
        return True
    # "Biden congratulated Ruto on hosting the summit": a meeting after the verb of stating is what was said;
    # "Modi, who visited Kyiv last week, said": nor is the visit of an aside the sentence's own event.
    own = cues.blanked(text, _leader_asides(item, frames))
    # "Israel and Sudan have agreed to make peace, he declared", "China and France need to support each other in
    # hosting the Olympics, he added": what a leader said, not background.
    said = _SAID_AT_END.search(own)
    if said and (said.group("who") or any(said.start("name") <= p.start < said.end("name") for p in item.people)):
        own = cues.blanked(own, [(0, said.start())])
    if cues.in_person(own[:first_report.start()] if first_report else own, cues.OTHER_EVENT_BACKGROUND):
        return True
    for match in cues.BACKGROUND.finditer(own):
        if _own_account_in_the_perfect(own, match):
            continue
        if first_report is None or match.start() < first_report.start() \
                or not own[first_report.end():match.start()].strip():
            return True  # "has long rejected", "said last month": not "said that the policy has not changed"
    return _set_at_another_time(item, frames, facts)


# "We have discussed", "I have just conveyed": the first person's present perfect, with no adverb of duration.
_FIRST_PERSON_PERFECT = re.compile(r"\b(?:I|[Ww]e)\s+have\s+(?:just\s+|also\s+)?")


def _own_account_in_the_perfect(text: str, background: CaselessMatch) -> bool:
    """'"We have discussed the situation in Gaza and I have conveyed my wish ...," Sánchez said': a speaker's own
    account of the call just held, in the perfect of a verb of stating, is no background ("we have long backed" is)."""
    perfect = _FIRST_PERSON_PERFECT.search(text, max(0, background.start() - 3), background.end())
    if perfect is None or perfect.start() >= background.start():
        return False
    verb = cues.STANCE.match(text, perfect.end())
    return verb is not None and verb.end() == background.end() \
        and _FOR_A_LONG_TIME.search(text, background.end()) is None


# "We have explored these questions for years": a perfect over a long time, told as background.
_FOR_A_LONG_TIME = re.compile(r"\b(?:for (?:many |several |some )?(?:years|decades|months|a long time)|ever since"
                              r"|over the (?:years|decades|past)|in the past)\b", re.IGNORECASE)


def _closes_quotation_of(item: SentenceFacts, speakers: set[str]) -> bool:
    """"At a news conference last week, Kishida said ... "...," Kishida said.": a quotation closed by whoever spoke
    on the other occasion just told goes on telling it, unless it speaks of the call."""
    said = _QUOTATION_CLOSED_BY.search(item.text)
    if said is None or not item.text.startswith(("\"", "“")) or cues.CALL_REFERENCE.search(item.text):
        return False
    return bool(said.group("who")) or any(said.start("name") <= p.start < said.end("name") and p.ref.slug in speakers
                                          for p in item.people)


def _leader_asides(item: SentenceFacts, frames: list[CallFrame]) -> list[tuple[int, int]]:
    """"Modi, who visited Kyiv last week, said": asides about a leader of these calls, whose events and times are
    the aside's, not the sentence's. ("Moscow, which has brokered talks, said" stays background: no leader.)"""
    members = set().union(*(f.leaders for f in frames)) if frames else set()
    return [m.span() for m in _ASIDE.finditer(item.text)
            if any(p.ref.slug in members and not item.text[p.end:m.start()].strip() for p in item.people)]


def _on_its_day(item: SentenceFacts, targets: list[int], frames: list[CallFrame], keys: list[frozenset[str]],
                facts: ArticleFacts) -> list[int]:
    """"In Thursday's call, ...", "On Sunday, the two leaders ...": of the same leaders' calls on several days, the
    one of the day the sentence opens with. `keys` are the frames' keys."""
    targeted = {keys[t] for t in targets}
    same = [i for i, key in enumerate(keys) if key in targeted]
    days = {frames[i].day() for i in same} - {None}
    if len(days) < 2:
        return targets
    for mention in item.dates:
        if mention.start > TIME_ADVERBIAL_REACH:
            break
        resolution = resolve(mention, anchor=facts.anchor, tense="past")
        if resolution.precision is DatePrecision.DAY and resolution.day in days:
            return [i for i in same if frames[i].day() == resolution.day]
    return targets


def _about_another_call(item: SentenceFacts, frames: list[CallFrame]) -> bool:
    """"Scholz said he was surprised by his phone call with Trump" in a story of his call with Putin: a sentence
    about a call with someone who is on none of these calls tells of that other call."""
    members = set().union(*(f.leaders for f in frames))
    for match in _CALL_WITH.finditer(item.text):
        person = next((p for p in item.people if match.end() <= p.start <= match.end() + _TITLE_REACH), None)
        if person is not None and person.ref.slug not in members and not _OFFICIAL_TITLE.search(
                item.text, match.end(), person.start):
            return True
    # "Lee Hsien Loong and former Malaysian prime minister Ismail Sabri Yaakob spoke of their friendship": a leader's
    # talk with someone on none of the calls
    for first, second in zip(item.people, item.people[1:]):
        if _PAIR_AND.fullmatch(item.text, first.end, second.start) and _THEN_SPOKE.match(item.text, second.end) \
                and not (first.possessive or second.possessive) \
                and (first.ref.slug in members) != (second.ref.slug in members):
            return True
    return False


def _set_at_another_time(item: SentenceFacts, frames: list[CallFrame], facts: ArticleFacts) -> bool:
    """A sentence whose own time ("On Thursday, he said") is not the call's day."""
    days = {f.day() for f in frames} - {None}
    asides = [m.span() for m in _ASIDE.finditer(item.text)]
    first = item.stances[0] if item.stances else None
    reported = _THAT_AFTER.match(item.text, first.end()) if first is not None else None
    for mention in item.dates:
        if any(a <= mention.start < b for a, b in asides):
            continue  # "Biden, who leaves office in January, said": the aside's time is not the sentence's
        if reported is not None and mention.start >= reported.end():
            continue  # "He added that since last year they have kept in touch": a time of what was said
        if mention.start > TIME_ADVERBIAL_REACH and not _after_speech_verb(item.text, mention.start):
            continue  # a date deep in the sentence belongs to a clause ("hostages seized on Oct. 7")
        resolution = resolve(mention, anchor=facts.anchor, tense="past")
        if resolution.precision is DatePrecision.DAY and days and resolution.day not in days:
            return True
        if resolution.precision is DatePrecision.RANGE and not any(
                resolution.earliest and resolution.latest and resolution.earliest <= d <= resolution.latest for d in days):
            return True
    return False


def _after_speech_verb(text: str, at: int) -> bool:
    return bool(re.search(r"\b(?:said|told|announced|wrote|added)\s+(?:\w+\s+)?(?:on\s+)?$", text[max(0, at - 30):at]))


def find_also_present(facts: ArticleFacts, frames: list[CallFrame], content: dict[int, list[int]]) -> None:
    """Who "also joined the call": a vice president or minister is also present, a leader takes part."""
    for f_index, frame in enumerate(frames):
        for a_index in frame.anchors:
            _alongside_a_leader(facts.sentences[a_index], frame)
            _called_jointly(facts.sentences[a_index], frame)
        # "... held a video conference on Thursday. Their ministers also took part.": the sentence right after the
        # call's report speaks of it though it names no leader.
        following = {a + 1 for a in frame.anchors if a + 1 < len(facts.sentences)}
        for s_index in sorted(set(content[f_index]) | following):
            item = facts.sentences[s_index]
            joined = next((m for m in cues.JOINED.finditer(item.text)
                           if not _joined_another_event(item.text, m.end(), frame)), None) \
                or _ALSO_ON_THE_CALL.search(item.text)
            if not joined:
                continue
            # "King Abdullah, who was visiting the White House, joined the call": the aside is no clause of its own
            asides = [aside.span() for aside in cues.PERSON_ASIDE.finditer(item.text)]
            low, high = clause_around(cues.blanked(item.text, asides), joined.start())
            comma = item.text.rfind(",", 0, low)
            if _WHO_OPENS.match(item.text, low) and comma > 0:
                _antecedent_present(item, comma, frame)
            as_did = _AS_DID.match(item.text, high)
            if as_did:  # "A and B also took part, as did C": C is in the same clause of joining
                high = clause_around(item.text, as_did.end())[1]
            officials = _official_spans(item, low, high)
            for person in item.people:
                if person.ref.slug in frame.leaders or person.possessive or not low <= person.start < high:
                    continue  # "joined the call, two days after meeting Zelensky": Zelensky was not on it
                if any(start < person.end < end for (start, end), _ in officials):
                    continue  # "Marcos" of "cabinet chief Marcos Peña": part of an official's longer name
                if _NAMES_WHOSE.match(item.text, person.end):
                    continue  # "which a Trump ally, Sen. Graham, joined": Trump names whose ally joined
                if _PARTY_OF_A_CALL_TOLD.search(item.text, max(low, person.start - _CALL_TOLD_REACH), person.start):
                    continue  # "was on a call with Trump to hear details of his call with Putin": Putin was not
                if cues.MEETING_BETWEEN_AS_TIME.search(item.text, max(low, person.start - _MEETING_PAIR_REACH),
                                                       person.start):
                    continue  # "Just before the summit between Trump and Putin, Nawrocki took part": Putin was not
                if person.ref.is_leader:
                    frame.leaders[person.ref.slug] = person.ref
                else:
                    frame.also_present.setdefault(person.ref.slug, person.ref)
            for _, official in officials:
                if official.slug not in frame.leaders:
                    frame.also_present.setdefault(official.slug, official)


# "to hear details of the US president's phone call with Putin": the other party of a call talked about
_PARTY_OF_A_CALL_TOLD = re.compile(r"\b(?:details|results|outcome|substance|contents?|readout)\s+of\s+"
                                   r"(?:[\w.'’-]+\s+){0,5}?(?:call|conversation|talks)\s+with\s+"
                                   r"(?:[\w.'’-]+\s+){0,3}$", re.IGNORECASE)
_CALL_TOLD_REACH = 120  # characters from "details of" to the name of the one the call talked about was with
_MEETING_PAIR_REACH = 120  # characters from "before the summit between" to the second of the pair met
# "a Trump ally", "the Biden campaign": a name used to say whose someone or something is.
_NAMES_WHOSE = re.compile(r"\s+(?:ally|allies|campaign|administration|aides?|advis[eo]rs?|supporters?|loyalists?"
                          r"|spokes(?:man|woman|person)|team|camp|officials?)\b", re.IGNORECASE)
# "took part in the G20 virtual leaders' summit on Thursday, chaired by King Salman": another event's part
_IN_AN_EVENT = re.compile(r"\s+(?:in|at)\s+(?:the|a|an|this|that|its|their)\s+(?:[\w'’-]+\s+){0,4}?"
                          r"(?P<event>summit|meeting|conference|session|forum|ceremony|celebrations?|parade"
                          r"|negotiations|exercises?|rally|debate|vote|election|games|event)\b"
                          r"(?!\s+call)", re.IGNORECASE)


def _joined_another_event(text: str, at: int, frame: CallFrame) -> bool:
    """Whether the joining at `at` was of an event other than the call: one only a video call could be if remote."""
    event = _IN_AN_EVENT.match(text, at)
    return event is not None and not (frame.kind == "video-call" and cues.tells_video_call(event.group()))


def _antecedent_present(item: SentenceFacts, comma: int, frame: CallFrame) -> None:
    """"officials, including Vice President Geraldo Alckmin, who took part in the call,": the official named right
    before the comma of the "who" clause of joining (a leader named there is left to the call's own finding)."""
    for person in item.people:
        if person.end == comma and not person.possessive and not person.ref.is_leader \
                and person.ref.slug not in frame.leaders:
            frame.also_present.setdefault(person.ref.slug, person.ref)
    low = clause_around(item.text, comma - 1)[0]
    for official in _officials_named(item, low, comma):
        if official.slug not in frame.leaders and item.text.endswith(official.name, 0, comma):
            frame.also_present.setdefault(official.slug, official)


def _alongside_a_leader(item: SentenceFacts, frame: CallFrame) -> None:
    """"Biden and Vice President Harris spoke with Netanyahu": someone who is no leader, named with "and" beside a
    leader of the call in the sentence that reports it, was on the call."""
    people = [p for p in item.people if not p.possessive]
    joined = [_AND_BETWEEN.fullmatch(item.text, a.end, b.start) is not None for a, b in zip(people, people[1:])]
    for index, (a, b) in enumerate(zip(people, people[1:])):
        if not joined[index] or _lists_another_call(people, joined, index, frame):
            continue
        for leader, other in ((a, b), (b, a)):
            if leader.ref.slug in frame.leaders and not other.ref.is_leader and other.ref.slug not in frame.leaders \
                    and not _NO_LONGER_OR_NOT_YET.search(item.text, other.start, other.end):
                frame.also_present.setdefault(other.ref.slug, other.ref)


# "held a video conference on Monday with UN Secretary-General Guterres", as a call with him is
_CALL_OR_CONFERENCE_WITH = re.compile(rf"{_CALL_WITH.pattern}|\b(?:video\s*|tele|phone\s+)conference\s+"
                                      r"(?:[\w-]+\s+){0,3}?with\s+", re.IGNORECASE)


def _called_jointly(item: SentenceFacts, frame: CallFrame) -> None:
    """"A, B and C had a phone conversation with NATO Secretary General D": several leaders of the call together
    on a call with someone who is no leader, who was on it with them."""
    if len(frame.leaders) < 2:
        return
    for match in _CALL_OR_CONFERENCE_WITH.finditer(item.text):
        other = next((p for p in item.people if match.end() <= p.start <= match.end() + _TITLE_REACH), None)
        if other is None or other.ref.is_leader or other.possessive or other.ref.slug in frame.leaders:
            continue
        low, high = clause_around(item.text, match.start())
        before = {p.ref.slug for p in item.people if low <= p.start and p.end <= match.start()}
        after = {p.ref.slug for p in item.people if other.start < p.start < high}
        if len(before & frame.leaders.keys()) >= 2 and not after & frame.leaders.keys() \
                and not _NO_LONGER_OR_NOT_YET.search(item.text, match.end(), other.end):
            frame.also_present.setdefault(other.ref.slug, other.ref)


def _lists_another_call(people: list[PersonSpan], joined: list[bool], index: int, frame: CallFrame) -> bool:
    """"spoke with Brown and King Abdullah, along with Ban Ki-moon": a list that names a leader of another call is
    a list of those spoken with, each on a call of their own, so none of them was on this one beside another."""
    first = index
    while first > 0 and joined[first - 1]:
        first -= 1
    last = index + 1
    while last < len(joined) and joined[last]:
        last += 1
    return any(p.ref.is_leader and p.ref.slug not in frame.leaders for p in people[first:last + 1])


def officials_by_title(text: str, low: int, high: int) -> list[re.Match[str]]:
    """Ministers and advisers named with their title between low and high: "Foreign Minister Sameh Shoukry"."""
    return [*_OFFICIAL.finditer(text, low, high), *_OFFICIAL_AFTER_NAME.finditer(text, low, high)]


def _officials_named(item: SentenceFacts, low: int, high: int) -> list[LeaderRef]:
    """"joined by Foreign Minister Juan Ramón de la Fuente": officials no data file lists, known by their title."""
    return [ref for _, ref in _official_spans(item, low, high)]


def _official_spans(item: SentenceFacts, low: int, high: int) -> list[tuple[tuple[int, int], LeaderRef]]:
    """Each official named with a title between low and high, where the name stands, unless someone the data lists
    is named there: "cabinet chief Marcos Peña" is no one listed, though "Marcos" alone may be."""
    found = []
    for match in officials_by_title(item.text, low, high):
        start, end = match.span("name")
        if any(p.start <= start < p.end and (p.ref.is_leader or end <= p.end) for p in item.people):
            continue  # already known by name
        # "and Senator Christopher Go.": the sentence's full stop is no part of the name, as "Jr." is
        name = _SENTENCE_STOP.sub("", _HONORIFICS.sub("", match.group("name").strip()))
        title = match.group("title")
        office = title.title() if title.islower() else title
        found.append(((start, end), LeaderRef(slugify(name), name, office=office, is_leader=False)))
    return found


def find_duration(facts: ArticleFacts, sentence_indices: list[int]) -> tuple[int | None, str | None]:
    for s_index in sentence_indices:
        text = facts.sentences[s_index].text
        lowered = text.lower()
        if "minute" not in lowered and "hour" not in lowered:
            continue  # every length the pattern knows is counted in minutes or hours
        if not (cues.CALL_REFERENCE.search(text) or cues.CALL_NOUN.search(text) or cues.SPEAK_VERB.search(text)):
            continue
        for match in cues.DURATION.finditer(text):
            minutes = cues.duration_minutes(match)
            if minutes and 3 <= minutes <= 300 and not cues.in_person(text):
                return minutes, match.group().strip()
    return None, None


# Run over whole sentences and rarely matching: each is tried only where a word all its matches hold is found.
_ALSO_ON_THE_CALL, _CALL_TO_COME, _SAID_THEY_MET = map(gated, (_ALSO_ON_THE_CALL, _CALL_TO_COME, _SAID_THEY_MET))
