"""Annotate an article once: its sentences, the people and dates in each, its anchor day."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from urllib.parse import urlsplit
from dataclasses import dataclass, field, replace as dataclass_replace
from datetime import date, timedelta
from functools import cached_property, lru_cache
from itertools import islice

from app.ingest import cues
from app.ingest.caseless import caseless, gated, lowered
from app.ingest.date_patterns import MONTH_WORD, MONTHS, parse_dateline
from app.ingest.dates import WEEKDAY_NAMES, DateMention, find_date_mentions
from app.ingest.leaders import LeaderDirectory, LeaderMention, MentionContext
from app.ingest.sentences import split_sentences
from app.ingest.text import fold
from app.ingest.types import Anchor, Article, LeaderRef, Sentence

# "MONTRÉAL, March 28, 2025 — Today, the Prime Minister ...": a dateline that carries the day.
# "ABU DHABI, 11th October, 2023 (WAM) —", after the credit line of an outlet that reposts it.
_DATED_DATELINE = re.compile(r"^(?:\([^)\n]{0,80}\)\s*)?(?P<place>[A-ZÀ-Þ][\w.'’ -]{1,40}?),\s+"
                             r"(?P<date>(?:\w+,?\s+)?\w+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
                             r"|\d{1,2}(?:st|nd|rd|th)?\s+\w+,?\s+\d{4})(?:\s+(?:\([A-Za-z]{2,12}\)\s*)?[—–-]{1,2}\s"
                             # "Paris, November 12, 2011" on a line of its own, as a government site dates a release
                             r"|[^\S\n]*$)", re.MULTILINE)
# "ABU DHABI, (UrduPoint / WAM - 13th Jan, 2020) Sheikh ...": a wire dateline whose day follows its agencies.
_AGENCY_DATELINE = re.compile(r"^(?P<place>[A-ZÀ-Þ][\w.'’ -]{1,40}?),?\s*\([^()\n]{2,80}?\s[—–-]{1,2}\s*"
                              r"(?P<date>(?:\w+,?\s+)?\w+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
                              r"|\d{1,2}(?:st|nd|rd|th)?\s+\w+,?\s+\d{4})\s*\)", re.MULTILINE)
# "March 19, 2025" alone on a line below the title: the day a release was issued, which its "Today" means.
_DATE_LINE = re.compile(r"(?<=\n)[^\S\n]*(?P<place>)"
                        r"(?P<date>(?:[A-Z][a-z]+,?\s+)?[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?"
                        r"\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4})[^\S\n]*$", re.MULTILINE)
# "KENNEBUNKPORT, Maine, July 6 --", "ASTANA, Kazakhstan, April 9. Russian President ...", "MOSCOW, September 15.
# /TASS/": a dateline without its year, which is the publication's (or the year before, across New Year).
_YEARLESS_DATELINE = re.compile(r"^(?:\([^)\n]{0,80}\)\s*)?"
                                r"(?!(?:On|In|At|By|From|During|Since|Until|After|Before|Earlier|Later|Last|This|Next)\b)"
                                r"(?P<place>[A-ZÀ-Þ][\w.'’ /\[\]-]{1,40}?),\s+(?:[A-Z][\w.'’ -]{1,30}?,\s+)?"
                                rf"(?P<month>{MONTH_WORD})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s*"
                                r"(?:\([A-Za-z]{2,12}\)\s*)?(?:[—–-]{1,2}\s|:\s|\.\s+(?=/?[A-Z]))", re.MULTILINE)
_DATED_TITLE = re.compile(r"\s*[^\n]{5,200}?:\s*(?P<date>[^\n:]{6,30}?)\s*(?:\n|$)"
                          # "PM call with President Putin, 25 May 2015"
                          rf"|\s*[^\n]{{5,200}}?,\s*(?P<day_first>\d{{1,2}}\s+{MONTH_WORD}\s+\d{{4}})\s*(?:\n|$)")
# "WASHINGTON —", "ISLAMABAD:", "NUR-SULTAN. KAZINFORM –", "Hanoi (VNA) –", "BEIJING, Nov. 16 (Xinhua) --"
# A presidency the lead cites with no country named: the one of the dateline's capital.
_OWN_PRESIDENCY_SAID = re.compile(r"\b(?:the|its) (?:Presidency|presidency|presidential office|presidential palace|State House)"
                                  r"\s+(?:said|says|announced|reported)\b")
_LEAD_CHARS = 600
# "17:45 GMT – Biden and Netanyahu speak by phone": a live page's entry, opening a line with its clock time.
_LIVE_STAMP = re.compile(r"^[ \t]*\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?\s*)?(?:[A-Z]{2,4}\s*)?[–—-]\s", re.MULTILINE)
_LIVE_STAMPS = 2  # one stamped line may be anything; two make a live page
# "I", and the subject a post leaves out: "Just spoke with Prime Minister Starmer.", "Had a good call with Macron."
# ("Just" and "Had" stand for the writer).
_FIRST_PERSON = re.compile(r"(?<![\w.'’])I(?![\w.'’])|^Just(?=\s+(?:spoke|had|held|talked|finished)\b)"
                           r"|^Had(?=\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:call|conversation|phone call|talk)\b)"
                           # "Spoke to PM Sharif ...", "Also conveyed our decision ...": a post's verb with no subject
                           r"|^(?=(?:Also\s+)?(?i:spoke|talked|conveyed|discussed|thanked|congratulated|called|reiterated"
                           r"|assured|expressed|reaffirmed|emphasi[sz]ed|agreed|wished|extended)\s)")
_NEWS_DATELINE = re.compile(
    r"^(?P<city>[A-ZÀ-Þ][A-ZÀ-Þ.'’ -]{2,30}?)(?:,[A-Za-z0-9.'’ ,-]{0,30})?"
    r"(?:\s+[—–-]{1,2}\s|:\s|\.\s+[A-Z]{3,}\s+[—–-]{1,2}\s|\s*\([A-Za-z ]{2,20}\)\s*[—–-]{1,2}\s)"
    r"|^(?P<titled>[A-Z][a-zà-ÿ]+(?: [A-Z][a-zà-ÿ]+)?)\s*\((?:[A-Z]{2,8}|Xinhua)\)\s*[—–-]{1,2}\s", re.MULTILINE)
_READOUT_TITLE = re.compile(r"^(?:readout|statement|telephone|phone call|call with|video ?conference|video call"
                            r"|(?:PM|President's|Prime Minister's) call)\b|\bsummit telephone talk"
                            r"|\b(?:speaks|holds|has) (?:a )?(?:phone |telephone )?(?:with|call|conversation|talks)\b",
                            re.IGNORECASE)
# A country's name, which may hold an "of": "the Islamic Republic of Iran".
_PLACE_NAME = r"[A-Z][\w.'’-]*(?: (?:of (?:the )?)?[A-Z][\w.'’-]*)*"
# "The Presidents of the United States and Ukraine spoke", capitalised as some outlets write it, too
# "the United Arab Emirates (UAE)": a place may carry its abbreviation in brackets
_PLACE_GLOSSED = rf"{_PLACE_NAME}(?: \([A-Z][A-Za-z.]{{1,7}}\))?"
_LEADERS_OF = re.compile(r"\b(?:[Tt]he )?(?P<office>(?i:presidents|leaders|heads of (?:state|government)"
                         rf"(?: and government)?|prime ministers)) of (?P<places>(?:the )?{_PLACE_GLOSSED}"
                         rf"(?:(?:, | and |, and )(?:the )?{_PLACE_GLOSSED})+)"
                         # "Russian and Ukrainian presidents have discussed ...": the same, told by adjectives
                         r"|\b(?P<adjectives>[A-Z][a-z]+(?:(?:, | and |, and )[A-Z][a-z]+)+) "
                         r"(?P<office2>presidents|leaders|prime ministers)\b")
_OFFICES_OF_MANY = ("presidents", "leaders", "heads of", "prime ministers")  # one of them is in every match above
_DAY_AFTER_PLACE = re.compile(rf"\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|{MONTH_WORD})$")
# "The Prime Minister spoke to Prime Minister Modi", "... to German Chancellor Angela Merkel": a bare title calling a
# titled leader, as a government's readout names only the other side.
_BARE_TITLE_CALL = re.compile(r"\b[Tt]he (Prime Minister|President|Chancellor|Premier) (?:spoke|talked|held|had"
                              r"|received|called)\b[^.\n]{0,60}?\b(?:Prime Minister|President|Chancellor|Premier|King"
                              r"|Queen|Emir|Sultan|Crown Prince|Taoiseach)\b")
# A title saying whose words follow: "Press Conference by the Prime Minister ...", "Statement by President Lula".
_SPEAKER_TITLE = re.compile(r"\s*(?:(?:Press|News)\s+Conference|Statement|Remarks|Speech|Address|(?:Video\s+)?Message)"
                            r"\s+by\s+(?P<speaker>(?:the\s+)?(?:(?P<office>Prime\s+Minister|President|Chancellor)\b)?"
                            r"[^\n]{0,60}?)(?=\s+(?:regarding|on|about|concerning|following|after|with|at|to|in)\b"
                            r"|\s*[:,;\n]|\s*$)", re.IGNORECASE)
_OFFICE_OF_COUNTRY = re.compile(r"(?:The\s+)?(?:Office\s+of\s+the\s+)?(?P<office>Prime Minister|President|Chancellor)\s+of\s+"
                                r"(?:the\s+)?(?P<country>[A-Z][\w.'’ -]+)", re.IGNORECASE)
# An office many governments have, which names Israel's only when no other country is named beside it.
_GENERIC_OFFICE = re.compile(r"Prime Minister's Office", re.IGNORECASE)
_OFFICIAL_OUTLET = re.compile(r"\b(?:readout|government|presidency|presidential|ministry|office|statement|cabinet"
                              r"|palace|chancellery|embassy|press service|official)\b", re.IGNORECASE)
# "THE WHITE HOUSE / Office of the Press Secretary": a release's letterhead, a short opening line that is an office.
_LETTERHEAD_LINES = 3
_LETTERHEAD_CHARS = 60
# "PM call with Prime Minister of Hungary: 27 May 2022": Downing Street's readout title, wherever it is copied.
_DOWNING_STREET_TITLE = re.compile(r"\s*(?:Press release:?\s*)?PM(?:['’]s)? (?:phone |telephone )?call with "
                                   rf"[^\n]{{3,100}}?:\s*\d{{1,2}} {MONTH_WORD} \d{{4}}[ \t]*(?:\n|$)")
# "deepen the UK-Denmark relationship": a bilateral pair names the readout's country beside the counterpart's.
_BILATERAL_PAIR = r"(?P<first>{words})\s?[-–]\s?(?P<second>{words})\s+(?:relationship|relations|ties|partnership)\b"
# "Since Trump returned to the White House": the office as the seat one holds, not a source telling the story.
_TOOK_OFFICE_IN = re.compile(r"\b(?:returned|returns|returning|return|back|moved|moves|entered|enters|left|leaves"
                             r"|won|wins)\s+(?:to\s+|into\s+|in\s+)?$", re.IGNORECASE)
_SOURCE_AFTER = re.compile(r"\s*(?:said|says|announced|reported|stated|added|statement|readout|in a statement)\b",
                           re.IGNORECASE)
# "The White House said last month that ...": a statement of another time, told as background, tells no call.
_SAID_THEN = re.compile(r"\s*(?:said|says|announced|stated)\s+(?:at the time|last (?:week|month|year)|earlier"
                        r"|previously|in (?:January|February|March|April|May|June|July|August|September|October"
                        r"|November|December)\b)", re.IGNORECASE)
_SIDE_WORD = caseless(r"\b(?:side|presidency|government|ministry|office|media|agency|readout|statement|embassy"
                     r"|officials?)\b")
_OFFICIALS_TELL = re.compile(r"\s+(?:said|say|says|told|added|confirmed|stressed|noted)\b")
# "White House spokesman Ari Fleischer": a spokesperson a side names, who speaks for it wherever named again.
_SPOKESPERSON = re.compile(r"\s+(?:spokes(?:man|woman|person)|press secretary)\s+(?P<name>(?:[A-Z][\w'’-]+\s+){0,2}"
                           r"(?P<surname>[A-Z][\w'’-]{2,}))")
_PRONOUN = re.compile(r"\b(?:he|she|He|She)\b")
_POSSESSIVE = re.compile(r"^['’]s\b")
# A country as the subject that opens a sentence: "China stands ready", "Today, Russia ...", "The armed forces
# of the United States will", "United States forces will".
_SUBJECT_COUNTRY = re.compile(r"(?:[A-Z]\w+,\s+)?(?:The\s+)?(?:(?:[Aa]rmed\s+)?(?:[Ff]orces|[Gg]overnment|[Pp]eople"
                              r"|[Tt]roops|[Mm]ilitary|[Ll]eadership|[Ss]ide)\s+of\s+(?:the\s+)?)?"
                              r"(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})")
# "He also reiterated Saudi Arabia's rejection of ...": restating a country's stance is speaking for that country
# ("He welcomed Saudi Arabia's support" is not: the one welcoming is the other side).
_RESTATED_STANCE = re.compile(r"\b(?:reiterat|reaffirm|affirm|restat|emphasi[sz]|underlin|underscor)\w*\s+(?:the\s+)?"
                              r"(?P<place>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})['’]s\s+(?:[a-z]+\s+){0,2}?"
                              r"(?:rejection|position|stance|support|commitment|opposition|condemnation)\b")
_PAIRED_PLACE = re.compile(r"\s+and\s+(?:the\s+)?(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})")
# Run over every sentence and rarely matching: tried only where one of the restating verbs is found.
_RESTATED_STANCE = gated(_RESTATED_STANCE)


@dataclass(frozen=True)
class PersonSpan:
    """A person named or described in a sentence; offsets are within the sentence."""

    start: int
    end: int
    ref: LeaderRef
    possessive: bool  # "Biden's adviser": the person is not the one acting


@dataclass
class SentenceFacts:
    sentence: Sentence
    people: list[PersonSpan] = field(default_factory=list)
    sides: list[tuple[int, int, str]] = field(default_factory=list)  # "the Kremlin", "the Chinese side": country
    spokespeople: set[int] = field(default_factory=set)  # starts of the sides that are a spokesperson's name
    pronouns: list[int] = field(default_factory=list)  # offsets of he/she within the sentence
    dates: list[DateMention] = field(default_factory=list)
    subject_country: str | None = None  # "China stands ready", "The armed forces of the United States will"
    subject_countries: list[str] = field(default_factory=list)  # "China and Russia have sought ...": both
    restated_countries: list[str] = field(default_factory=list)  # "He reiterated Saudi Arabia's rejection of ..."
    peoples: list[str] = field(default_factory=list)  # "asked the Saudis", "the French would": countries, by people
    countries: set[str] = field(default_factory=set)  # "Pakistani fishermen", "in Bangladesh": countries named
    posted_on: date | None = None  # the day the signature of a quoted post gives, for a sentence of that post
    posted_by: LeaderRef | None = None  # the leader whose post, given without quotation marks, the sentence is of

    @property
    def text(self) -> str:
        return self.sentence.text

    @cached_property
    def stances(self) -> list[re.Match[str]]:
        """The verbs of stating in the sentence ("urged", "said"): read once, used by several steps."""
        return list(cues.STANCE.finditer(self.sentence.text))

    def leaders(self) -> list[PersonSpan]:
        return [p for p in self.people if p.ref.is_leader]

    def leader_slugs(self) -> set[str]:
        return {p.ref.slug for p in self.people if p.ref.is_leader}


@dataclass(frozen=True)
class ArticleFacts:
    article: Article
    anchor: Anchor | None
    sentences: list[SentenceFacts]
    readout_day: date | None = None  # an official readout is issued the day of the call it reports
    home_country: str | None = None  # the government whose account the article gives, when it says so
    warnings: list[str] = field(default_factory=list)  # what the reader should know about how it was read
    issuer: bool = False  # the article is that government's own readout, not a report about it
    live_day: date | None = None  # a live page's entries, stamped with clock times, are of the day it is published
    readout_month_day: tuple[int, int] | None = None  # the stamp of a readout nothing else dates gives no year
    # What later steps work out once for the whole article and read for each call, by name.
    memo: dict[str, object] = field(default_factory=dict, compare=False, repr=False)


def analyse(article: Article, directory: LeaderDirectory) -> ArticleFacts:
    anchor = _anchor(article)
    warnings: list[str] = []
    sentences = split_sentences(article.text)
    on = anchor.day if anchor else None
    first_pass = directory.named_in(article.text, on=on)
    if on is not None and not any(ref.is_leader for ref in first_pass):
        undated = directory.named_in(article.text, on=None)
        if any(ref.is_leader for ref in undated):
            # A wrong publication date would make every leader a former one and the calls vanish.
            warnings.append(f"no leader the text names was in office on {on} ({anchor.basis}); "
                            "the date is not used to resolve weekdays or offices")
            anchor, on, first_pass = None, None, undated
    home, issuer = _home_country(article, directory)
    context = MentionContext(
        home_country=home,
        issuer=issuer,
        named_slugs=frozenset(ref.slug for ref in first_pass if ref.is_leader),
    )
    mentions = directory.find_mentions(article.text, on=on, context=context)
    facts = [SentenceFacts(s) for s in sentences]
    starts = [s.start for s in sentences]
    led_then = _leading_on_dates_told(mentions, sentences, starts, directory, on)
    for mention in mentions:
        index = _sentence_at(starts, mention.start)
        sentence = sentences[index]
        if mention.end > sentence.end:
            continue
        rest = article.text[mention.end:mention.end + 3]
        ref = led_then.get(mention.person.slug, mention.person) if mention.qualifier in (None, "then") \
            else mention.person
        facts[index].people.append(PersonSpan(mention.start - sentence.start, mention.end - sentence.start,
                                              ref, bool(_POSSESSIVE.match(rest))))
    author = _author(article, directory, on) or _speaker_of_title(article, directory, on, home if issuer else None)
    if author is not None:  # a leader's own post or statement: "I had a call with President Macron"
        for item in facts:
            _add_first_person(item, author)
    for low, high, poster, posted_on in _signed_posts(article.text, directory, on):
        # A post quoted with its signature ("— Lula (@LulaOficial) January 9, 2023"): its "I" is the one who signed,
        # and a call it tells with no day of its own is of the day it was posted.
        for item in facts:
            if low <= item.sentence.start and item.sentence.end <= high:
                _add_first_person(item, poster)
                item.posted_on = posted_on
    if author is None:
        _add_poster_after_telling(facts, article.text)
        for low, high, speaker in _labelled_speeches(article.text, mentions):
            # "Bush: Well, ...\n\nI have this morning spoken with Boris Yeltsin": a transcript's speaker goes on
            # speaking, paragraph after paragraph, until the next label.
            for item in facts:
                if low <= item.sentence.start and item.sentence.end <= high:
                    _add_first_person(item, speaker)
    sides = _sides(article.text, _side_pattern(directory))
    spokespeople = _spokespeople(article.text, sides)
    for start, end, country in sorted(sides + spokespeople):
        index = _sentence_at(starts, start)
        sentence = sentences[index]
        if end <= sentence.end:
            facts[index].sides.append((start - sentence.start, end - sentence.start, country))
    for start, _, _ in spokespeople:
        index = _sentence_at(starts, start)
        facts[index].spokespeople.add(start - sentences[index].start)
    country_regex, country_codes = _country_word_pattern(directory)
    for match in country_regex.finditer(article.text):
        if code := country_codes.get(fold(match.group("country"))):
            facts[_sentence_at(starts, match.start())].countries.add(code)
    by_country: list[PersonSpan] = []
    named_leaders = list({p.ref.slug: p.ref for item in facts for p in item.leaders()}.values())
    codes = _country_codes(directory)
    for item in facts:
        item.pronouns = [m.start() for m in _PRONOUN.finditer(item.text)]
        item.dates = _restated(item.text, _without_dateline(item, find_date_mentions(item.text)))
        item.subject_country, item.subject_countries = _subject_countries(item.text, codes)
        item.restated_countries = [code for m in _RESTATED_STANCE.finditer(item.text)
                                   if (code := _place_code(m.group("place"), codes))]
        item.peoples = _peoples(item.text, directory)
        by_country += _add_leaders_named_by_country(item, directory, anchor.day if anchor else None, named_leaders)
    _prefer_leaders_named_outright(facts, by_country)
    # A leader's own post tells of a call the day it is posted, as an official readout does.
    readout_day = _readout_day(article, anchor) or (anchor.day if author is not None and anchor else None)
    live_day = anchor.day if anchor and len(_LIVE_STAMP.findall(article.text)) >= _LIVE_STAMPS else None
    return ArticleFacts(article, anchor, facts, readout_day, home, warnings, issuer, live_day,
                        readout_month_day=_readout_month_day(article, anchor))


def _leading_on_dates_told(mentions: list[LeaderMention], sentences: list[Sentence], starts: list[int],
                           directory: LeaderDirectory, on: date | None) -> dict[str, LeaderRef]:
    """People out of office on the anchor day whom a sentence naming them dates to a day they led: "On March 5, 2018,
    President Nazarbayev held a telephone conversation with ...", published years later, is a call between leaders;
    "spoke with then-president Donald Trump in March last year" too: "then-" says he led when the sentence tells."""
    found: dict[str, LeaderRef] = {}
    days_told: dict[int, list[list[date]]] = {}  # by sentence: each date it states, as its first and last day
    for mention in mentions:
        person = directory.people.get(mention.person.slug)
        if on is None or person is None or not person.ever_leader or mention.person.is_leader \
                or mention.qualifier not in (None, "then") or mention.via not in ("name", "surname") \
                or person.slug in found:
            continue
        index = _sentence_at(starts, mention.start)
        if index not in days_told:
            days_told[index] = [days for told in find_date_mentions(sentences[index].text)
                                if (days := _days_of(told, on))]
        for days in days_told[index]:
            if all(person.leads_on(day) for day in days):
                found[person.slug] = directory.leader_for(person.slug, days[0])
                break
    return found


def _days_of(told: DateMention, on: date) -> list[date]:
    """The first and last day a date with its year states ("March 5, 2018"; "in March 2018"; "in March last year"),
    else none."""
    # "in March last year": the year counted from the anchor's
    year = on.year + told.offset if told.year is None and told.unit == "year" and told.offset < 0 else told.year
    if year is None or told.month is None or told.modifier is not None:
        return []
    try:
        first = date(year, told.month, told.day or 1)
        if told.day is not None:
            return [first]
        following = date(year + told.month // 12, told.month % 12 + 1, 1)
    except ValueError:
        return []
    return [first, following - timedelta(days=1)]


# "Støre posted on Facebook about his call with Zelensky. I had a good conversation with ...": the post given after.
_POSTED_ON_NETWORK = gated(re.compile(r"\b(?:posted|wrote)\s+(?:on|to)\s+(?:Facebook|X|Twitter|Telegram|Instagram"
                                      r"|LinkedIn|social\s+media)\b"))
_POSTED_REACH = 3  # sentences of a post given after the sentence that says it was posted


def _add_poster_after_telling(facts: list[SentenceFacts], text: str) -> None:
    """The unquoted sentences right after "<leader> posted on Facebook", and their "I": the leader who posted them.
    The post goes on to the end of the paragraph of its first-person lines ("... I told him so. Ukraine must have a
    seat at the table.")."""
    for index, item in enumerate(facts):
        posted = _POSTED_ON_NETWORK.search(item.text)
        poster = next((p for p in item.leaders() if p.end <= posted.start() and not p.possessive), None) \
            if posted is not None else None
        if poster is None:
            continue
        before = item
        for following in facts[index + 1:index + 1 + _POSTED_REACH]:
            in_the_post = before is not item and "\n\n" not in text[before.sentence.end:following.sentence.start]
            if any(mark in following.text for mark in '"“”') \
                    or not (in_the_post or _FIRST_PERSON.search(following.text)):
                break
            _add_first_person(following, poster.ref)
            following.posted_by = poster.ref
            before = following


def _add_first_person(item: SentenceFacts, writer: LeaderRef) -> None:
    """The sentence's "I" as the leader who wrote it."""
    item.people += [PersonSpan(m.start(), m.end(), writer, False) for m in _FIRST_PERSON.finditer(item.text)
                    if not any(p.start <= m.start() < p.end for p in item.people)]
    item.people.sort(key=lambda person: person.start)


# The signature an embedded post ends with: "— Lula (@LulaOficial) January 9, 2023".
_POST_SIGNATURE = re.compile(r"[—–]\s*(?P<name>[A-ZÀ-Þ][^()\n—–]{1,60}?)\s*\(@\w{1,30}\)"
                             r"(?:\s+(?P<day>[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}))?[ \t]*(?:\n|$)")


def _signed_posts(text: str, directory: LeaderDirectory, on: date | None
                  ) -> list[tuple[int, int, LeaderRef, date | None]]:
    """(start, end, leader, day) of each post in the text signed by one leader: from its paragraph's start to the
    dash, with the day its signature gives."""
    found = []
    for signature in _POST_SIGNATURE.finditer(text):
        leaders = [ref for ref in directory.named_in(signature.group("name"), on=on) if ref.is_leader]
        if len(leaders) == 1:
            start = text.rfind("\n\n", 0, signature.start()) + 1
            if not text[start:signature.start()].strip():
                start = text.rfind("\n\n", 0, max(0, start - 1)) + 1  # the signature on a line of its own, under the post
            found.append((start, signature.end(), leaders[0], _signature_day(signature.group("day"))))
    return found


# A transcript's paragraph opening with its speaker's name: "Bush: Well, events ...". Any label ends the one before.
_SPEAKER_LABEL = re.compile(r"(?:^|\n[ \t]*\n)[ \t]*(?P<name>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2}):[ \t]+(?=\S)")


def _labelled_speeches(text: str, mentions: list[LeaderMention]) -> list[tuple[int, int, LeaderRef]]:
    """(start, end, leader) of each stretch of a transcript a leader's label opens, past the text's first line."""
    labels = [label for label in _SPEAKER_LABEL.finditer(text) if label.start("name") > text.find("\n")]
    found = []
    for label, following in zip(labels, [*labels[1:], None]):
        named = {m.person.slug: m.person for m in mentions
                 if m.start == label.start("name") and m.end == label.end("name") and m.person.is_leader}
        if len(named) == 1:
            found.append((label.start("name"), following.start("name") if following else len(text), *named.values()))
    return found


def _signature_day(written: str | None) -> date | None:
    """"May 24, 2019" or "Jan. 9, 2023" under a post, as a day."""
    found = find_date_mentions(written) if written else []
    if len(found) != 1 or found[0].kind != "full_date":
        return None
    mention = found[0]
    try:
        return date(mention.year, mention.month, mention.day)
    except (TypeError, ValueError):
        return None


def _author(article: Article, directory: LeaderDirectory, on: date | None) -> LeaderRef | None:
    """The leader an outlet names as the writer ("Volodymyr Zelensky on Telegram"), whose "I" the text is."""
    if not article.outlet:
        return None
    leaders = [ref for ref in directory.named_in(article.outlet, on=on) if ref.is_leader]
    if len(leaders) == 1:
        return leaders[0]
    # "Prime Minister of Australia", "President of Ukraine": the office's own site, written by its holder that day.
    office = _OFFICE_OF_COUNTRY.fullmatch(article.outlet.strip())
    if leaders or office is None or on is None:
        return None
    regex, codes = _country_word_pattern(directory)
    country = regex.fullmatch(office.group("country"))
    code = codes.get(fold(country.group("country"))) if country else None
    return directory.office_holder(code, office.group("office").lower(), on) if code else None


def _speaker_of_title(article: Article, directory: LeaderDirectory, on: date | None,
                      issuing: str | None) -> LeaderRef | None:
    """ "Press Conference by the Prime Minister regarding a Telephone Talk with President Putin": the words below are
    the prime minister's own, "I had a summit telephone talk with ..."; the one the title names, or else the
    issuing government's holder of the office it names."""
    titled = _SPEAKER_TITLE.match(article.text)
    if titled is None:
        return None
    named = [ref for ref in directory.named_in(titled.group("speaker"), on=on) if ref.is_leader]
    if len(named) == 1:
        return named[0]
    if named or issuing is None or on is None or titled.group("office") is None:
        return None
    return directory.office_holder(issuing, " ".join(titled.group("office").lower().split()), on)


@lru_cache(maxsize=4)
def _institutions(text: str) -> tuple[re.Match[str], ...]:
    """Every institution the text names ("the White House", "Moscow"): read once for its home country and its sides."""
    return tuple(cues.INSTITUTION.finditer(text))


def _sides(text: str, pattern: tuple[re.Pattern[str], dict[str, str]]) -> list[tuple[int, int, str]]:
    found = [(m.start(), m.end(), cues.country_of_institution(m)) for m in _institutions(text)]
    regex, codes = pattern
    # The spans taken so far never overlap, so sorted by start they are sorted by end too: only the last one
    # starting before a match can overlap it. (Testing every span made a long article quadratic.)
    starts, ends = [a for a, _, _ in found], [b for _, b, _ in found]
    # The country alternation is long: try it only just before a word that can close a side's name.
    for word in _SIDE_WORD.finditer(text):
        low = max(0, word.start() - 60)
        for match in regex.finditer(text, low, word.end()):
            code = codes.get(fold(match.group("country")))
            if match.group().endswith("officials") and not _OFFICIALS_TELL.match(text, match.end()):
                continue  # "talks with top EU officials": officials talked about, not telling
            if match.group().endswith("official") and not (match.group().lower().startswith("the ")
                                                            and cues.STANCE.match(text, match.end() + 1)):
                continue  # "a Myanmar official visited": only "the Myanmar official thanked" is the side's leader
            before = bisect_left(starts, match.end())
            if code and match.end() == word.end() and not (before and ends[before - 1] > match.start()):
                found.append((match.start(), match.end(), code))
                starts.insert(before, match.start())
                ends.insert(before, match.end())
    return sorted(found)


def _spokespeople(text: str, sides: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Each later mention of a spokesperson a side introduced ("Mr. Fleischer says"), as a side of its own."""
    speaking_for: dict[str, tuple[int, str]] = {}
    for start, end, country in sides:
        named = _SPOKESPERSON.match(text, end)
        if named is not None and named.group("surname") not in speaking_for:
            speaking_for[named.group("surname")] = (named.end(), country)
    starts, ends = [start for start, _, _ in sides], [end for _, end, _ in sides]  # sorted, never overlapping
    found = []
    for surname, (introduced, country) in speaking_for.items():
        for mention in re.compile(rf"\b{re.escape(surname)}\b").finditer(text, introduced):
            before = bisect_left(starts, mention.end())
            if not (before and ends[before - 1] > mention.start()):
                found.append((mention.start(), mention.end(), country))
    return found


def _alternation(words: list[str]) -> str:
    """A regex for any of the words, tried in the order given, with those sharing a first letter under one branch:
    a branch opening with a plain letter is skipped at a glance where that letter is not, hundreds are not tried."""
    by_first: dict[str, list[str]] = {}
    for word in words:
        by_first.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in by_first.items())


def _side_pattern(directory: LeaderDirectory) -> tuple[re.Pattern[str], dict[str, str]]:
    """"the Chinese side", "Egypt's presidency", "the Brazilian government": a country's side in a call."""
    key = ("sides", id(directory))
    if key not in _CACHE:
        codes: dict[str, str] = {}
        for code, country in directory.countries.items():
            for word in (country.name, *country.names, *country.adjectives):
                codes.setdefault(fold(word), code)
        names = {w for c in directory.countries.values() for w in (c.name, *c.names, *c.adjectives)}
        words = _alternation(sorted(names, key=len, reverse=True))
        # "Chinese Foreign Ministry spokesman Ma Zhaoxu says": the side's words capitalised as a name.
        # "the Myanmar official thanked Thailand": an official of the side, as much as its officials.
        regex = re.compile(rf"\b(?:the\s+)?(?P<country>{words})(?:['’]s)?\s+"
                           rf"(?i:side|presidency|government|foreign ministry|ministry of foreign affairs"
                           rf"|leader's office|president's office|prime minister's office"
                           rf"|state media|state news agency|official news agency|readout|statement|embassy"
                           rf"|(?-i:officials?))\b")
        _CACHE[key] = (regex, codes)
    return _CACHE[key]


def _dateline_country(text: str) -> str | None:
    match = _NEWS_DATELINE.search(text[:400])
    if not match:
        return None
    city = (match.group("city") or match.group("titled")).strip(" .").upper()
    return cues.DATELINE_CITIES.get(city)


def _anchor(article: Article) -> Anchor | None:
    titled = _DATED_TITLE.match(article.text)  # "PM call with Prime Minister Modi of India: 6 May 2025"
    title_date = (titled.group("date") or titled.group("day_first")) if titled else None
    title_day = parse_dateline(title_date) if title_date else None
    match = _DATED_DATELINE.search(article.text[:600]) or _AGENCY_DATELINE.search(article.text[:600]) \
        or _DATE_LINE.search(article.text[:600])
    day = parse_dateline(match.group("date")) if match else None
    if match is None and article.published and (match := _YEARLESS_DATELINE.search(article.text[:600])) is not None:
        day = _day_before(article.published, match)
    if article.published:
        if title_day and timedelta(0) < article.published - title_day <= _REPOSTED_WITHIN \
                and not _counts_from_publication(article, titled.end(), title_day):
            # A readout posted again days later: "this evening" is the evening of the day in its title.
            return Anchor(title_day, f"the date in the readout's title, {title_date} (published "
                                     f"{article.published:%-d %B %Y})")
        if match and day and timedelta(0) < article.published - day <= (
                _OWN_DATE_WITHIN if _right_under_the_title(article.text, match) else _REPOSTED_WITHIN):
            # A story filed the day before it was posted: its "today" is the day of its dateline.
            line = article.text[match.start("place"):match.end("date" if "date" in match.re.groupindex else "day")]
            return Anchor(day, f"dateline {line} (published {article.published:%-d %B %Y})")
        if (restated := _HAPPENED_YESTERDAY.search(article.text[:600])) is not None:
            # "This happened yesterday:\nEarlier today the President held a videoconference ...": the quoted
            # readout's "today" is the day before the post.
            line = restated.group().strip()
            return Anchor(article.published - timedelta(days=1), f"the day before publication, as \"{line}\" restates "
                                                                 f"the day of what follows (published "
                                                                 f"{article.published:%-d %B %Y})")
        if (spoken := _transcribed_day(article)) is not None:
            return Anchor(spoken, f"the day of the words the text transcribes, {spoken:%A %-d %B %Y} (published "
                                  f"{article.published:%-d %B %Y})")
        return Anchor(article.published, f"publication date {article.published} ({article.published_basis})")
    if day:
        return Anchor(day, f"dateline {article.text[match.start('place'):match.end('date')]}")
    return Anchor(title_day, f"the date in the readout's title, {title_date}") if title_day else None


# "This happened yesterday:" on a line of its own, above the readout it reposts
_HAPPENED_YESTERDAY = re.compile(r"^[^\S\n]*(?:This|It|That)\s+(?:happened|took\s+place)\s+yesterday\s*:[^\S\n]*$",
                                 re.MULTILINE | re.IGNORECASE)
_REPOSTED_WITHIN = timedelta(days=31)
# "Telephone conversation between PM and Prime Minister of Vietnam\n\n13 April 2020", posted two months later: the
# document's own date on the line under its title is the day its "today" means.
_OWN_DATE_WITHIN = timedelta(days=366)


def _right_under_the_title(text: str, match: re.Match[str]) -> bool:
    return match.re is _DATE_LINE and "\n" not in text[:match.start()].strip()
# "Here are highlights from President Obama's Tuesday morning press conference:": a transcript of words spoken that
# day, whose "this morning" is that Tuesday's, not the day the text was posted.
_TRANSCRIPT_OF_A_DAY = re.compile(
    r"\s*(?:Here\s+(?:are|is)\s+)?(?:the\s+|a\s+)?(?:highlights|excerpts|transcript|full\s+text|text)\s+(?:from|of)\s+"
    r"(?:[\w.'’-]+\s+){0,6}?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]?s?\s+"
    r"(?:(?:morning|afternoon|evening|night)\s+)?(?:press\s+conference|news\s+conference|press\s+briefing|briefing"
    r"|remarks|speech|address|interview)\b", re.IGNORECASE)


def _transcribed_day(article: Article) -> date | None:
    """The day, within the week before publication, of the press conference or speech a transcript opens by naming."""
    found = _TRANSCRIPT_OF_A_DAY.match(article.text)
    if found is None or article.published is None:
        return None
    back = (article.published.weekday() - WEEKDAY_NAMES.index(found.group("weekday").capitalize())) % 7
    return article.published - timedelta(days=back) if back else None


def _counts_from_publication(article: Article, body_start: int, title_day: date) -> bool:
    """"PM call with Prime Minister Luxon: 2 February 2024", published the 3rd, whose text says they spoke
    "yesterday": the title gives the call's day, and only counted from publication does the text agree with it."""
    assert article.published is not None
    relative = next((m for m in find_date_mentions(article.text[body_start:body_start + 600])
                     if m.kind == "relative_day"), None)
    return relative is not None and relative.offset != 0 \
        and article.published + timedelta(days=relative.offset) == title_day


def _day_before(published: date, match: re.Match[str]) -> date | None:
    """The last day on or before publication with the dateline's month and day."""
    month, day = MONTHS[match.group("month").rstrip(".").lower()], int(match.group("day"))
    for year in (published.year, published.year - 1):
        try:
            found = date(year, month, day)
        except ValueError:
            continue
        if found <= published:
            return found
    return None


# "Washington, June 22: US President ...": the day the story was filed, which is its anchor, not an event's day.
# A place, its day and a colon or dash. "On March 12, commencing at 8:30 p.m." opens a sentence with the call's
# own day: a dateline's place is no preposition, and a colon with a digit after it is a clock time.
_DATELINE_PREFIX = re.compile(r"(?!(?:On|In|At|By|From|During|Since|Until|After|Before)\b)"
                              # "Islamabad/Brussels, Feb. 22:": a story filed from two places
                              r"[A-ZÀ-Þ][\w.'’ /\[\]-]{1,40}?,\s+(?:\w+,?\s+)?"
                              r"(?:\w+\.?\s+\d{1,2}|\d{1,2}(?:st|nd|rd|th)?\s+\w+)"
                              r"(?:,?\s+\d{4})?\s*(?::(?!\d)|[—–]|--|-\s|\(\w+\)\s*[:—–-]|/\w+/)"
                              # "August 24/2021 (ENA) Prime Minister ...", "Addis Ababa, August 24/2021 (ENA)"
                              r"|(?:[A-ZÀ-Þ][\w.'’ -]{1,40}?,\s+)?[A-Z][a-z]+\.?\s+\d{1,2}/\d{4}\s*\([A-Z]{2,8}\)")


_APPOSITION = re.compile(r"\s*(?:[(\[]\s*|,\s*)")


def _restated(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """"earlier today (Monday), 6 April 2009", "today, Monday,": a day the writer restates right after "today" is
    the day meant, whenever the story was published; the relative word gives way to it."""
    restated = [(m, after) for m, after in zip(mentions, [*mentions[1:], None])
                if m.kind == "relative_day" and after is not None and after.kind in ("weekday", "full_date")
                and _APPOSITION.fullmatch(text, m.end, after.start)]
    if not restated:
        return mentions
    told, weekday = restated[0]
    named = {id(m) for m, _ in restated}
    # "our talks yesterday and today [Monday]": the other time words count from the day "today" was said to be
    return [_counted_from_weekday(m, told, weekday) if m.kind == "relative_day" and weekday.kind == "weekday"
            and m.offset < told.offset else m for m in mentions if id(m) not in named]


def _counted_from_weekday(mention: DateMention, told: DateMention, weekday: DateMention) -> DateMention:
    """"yesterday", beside "today [Monday]": the Sunday, as a weekday of its own (a day after it is left alone, as a
    weekday read in the past would go back a week)."""
    day = (weekday.weekday - told.offset + mention.offset) % 7
    return dataclass_replace(mention, kind="weekday", weekday=day, offset=0,
                             text=f"{mention.text}, the day before {told.text} [{weekday.text}]"
                             if told.offset - mention.offset == 1 else f"{mention.text} [{WEEKDAY_NAMES[day]}]")


def _without_dateline(item: SentenceFacts, mentions: list[DateMention]) -> list[DateMention]:
    if item.sentence.start > 400 or not mentions:
        return mentions
    prefix = _DATELINE_PREFIX.match(item.text)
    return [m for m in mentions if m.start >= prefix.end()] if prefix else mentions


# "talked by phone, the Saudi Press Agency reported", "state media reported": another outlet's account retold.
# "..., the spokesperson said, as quoted by The Hill": a story quoting another outlet's report, not a readout
_REPORTED_BY_MEDIA = re.compile(r"\b(?:[Aa]gency|[Mm]edia|[Nn]ews|[A-Z]{2,6})\s+(?:has\s+|had\s+)?reported\b"
                                r"|\bas\s+(?:quoted|cited|reported)\s+by\s+(?:the\s+)?[A-Z]")
_UPDATED_STAMP = re.compile(r"\s*(?:last\s+)?updated\b", re.IGNORECASE)
# A readout's date stamp may follow a title, a byline, a photo caption and a site's settings ("Font size:"); blank
# lines are not counted, as pages space their lines differently.
_STAMP_LINES = 12
# "11:20, 5 September" on a line of its own: a news site's stamp of the day, with no year.
_YEARLESS_STAMP = re.compile(rf"(?:\d{{1,2}}:\d\d,?\s+)?(?:(?P<day>\d{{1,2}})\s+(?P<month>{MONTH_WORD})"
                             rf"|(?P<month2>{MONTH_WORD})\s+(?P<day2>\d{{1,2}}))")


def _stamp_lines(article: Article) -> Iterator[str]:
    return islice((line for line in article.text.split("\n") if line.strip()), _STAMP_LINES)


def _yearless_stamp(line: str) -> tuple[int, int] | None:
    """The month and day of a stamp line without its year."""
    found = _YEARLESS_STAMP.fullmatch(line.strip())
    if found is None:
        return None
    month = found.group("month") or found.group("month2")
    return MONTHS[month.rstrip(".").lower()], int(found.group("day") or found.group("day2"))


def _readout_day(article: Article, anchor: Anchor | None) -> date | None:
    """The day an official readout was issued: its own dateline, or its publication date under a readout title."""
    if anchor is None:
        return None
    if article.published_basis == "dateline in text" or anchor.basis.startswith(("dateline", "the date in the readout")):
        return anchor.day
    if article.title and _READOUT_TITLE.search(article.title) and not _NEWS_DATELINE.search(article.text[:400]):
        return anchor.day
    if _REPORTED_BY_MEDIA.search(article.text[:_LEAD_CHARS]):
        return None  # "..., the Saudi Press Agency reported": a news story's date line, not the day a readout was issued
    for line in _stamp_lines(article):
        # "March 30, 2021" on a line of its own under the title; "Updated on ..." is a news page's stamp
        if (parse_dateline(line) == anchor.day or _yearless_stamp(line) == (anchor.day.month, anchor.day.day)) \
                and not _UPDATED_STAMP.match(line):
            return anchor.day
    return None


def _readout_month_day(article: Article, anchor: Anchor | None) -> tuple[int, int] | None:
    """"11:20, 5 September" under the title of a readout nothing else dates: its month and day, the year unknown."""
    if anchor is not None or _REPORTED_BY_MEDIA.search(article.text[:_LEAD_CHARS]):
        return None
    return next((found for line in _stamp_lines(article) if (found := _yearless_stamp(line))), None)


def _prefer_leaders_named_outright(facts: list[SentenceFacts], by_country: list[PersonSpan]) -> None:
    """"The leaders of Egypt, Ethiopia and Sudan ... Prime Minister Abdalla Hamdok of Sudan": the country stood for
    the leader the text goes on to name, not for whoever its first office holder is."""
    if not by_country:
        return
    derived = {id(span) for span in by_country}
    named: dict[str, set[LeaderRef]] = {}
    for item in facts:
        for person in item.leaders():
            if id(person) not in derived and person.ref.country:
                named.setdefault(person.ref.country, set()).add(person.ref)
    for item in facts:
        for index, person in enumerate(item.people):
            choices = named.get(person.ref.country or "", set())
            if id(person) in derived and len(choices) == 1 and person.ref not in choices:
                item.people[index] = PersonSpan(person.start, person.end, next(iter(choices)), person.possessive)


def _add_leaders_named_by_country(item: SentenceFacts, directory: LeaderDirectory, on: date | None,
                                  named: list[LeaderRef]) -> list[PersonSpan]:
    """"The presidents of Russia, Turkey and Iran held a video conference": each country's leader that day, or, with
    no day known, the one leader the text names who holds that office of that country."""
    added: list[PersonSpan] = []
    folded = lowered(item.text)
    if not any(office in folded for office in _OFFICES_OF_MANY):
        return added  # a quick test first: the pattern's second branch would try every capitalised word
    for match in _LEADERS_OF.finditer(item.text):
        said = (match.group("office") or match.group("office2")).lower()
        office = "president" if said == "presidents" else "prime minister" if said == "prime ministers" else "leader"
        group = "places" if match.group("places") else "adjectives"
        codes = _country_codes(directory) if group == "places" else _side_pattern(directory)[1]
        places = list(re.finditer(_PLACE_NAME, match.group(group)))
        if group == "adjectives" and not all(fold(place.group()) in codes for place in places):
            continue  # "European and American leaders": a continent's leaders are no one leader
        for place in places:
            if match.group(group)[:place.start()].endswith("("):
                continue  # "(UAE)": the abbreviation of the place before, no other place
            name = place.group()
            if fold(name) not in codes and name.endswith("."):
                name = name[:-1]  # "the leaders of Egypt and Qatar.": the sentence's full stop, not "U.S."
            if fold(name) not in codes:
                name = _DAY_AFTER_PLACE.sub("", name)  # "the leaders of Germany and Angola Thursday"
            code = codes.get(fold(name))
            if on is None:
                holders = [ref for ref in named if ref.country == code
                           and (office == "leader" or (ref.office or "").lower() == office)]
                ref = holders[0] if code and len(holders) == 1 else None
            else:
                ref = directory.office_holder(code, office, on) if code else None
            start = match.start(group) + place.start()
            end = start + len(name)
            if ref is not None and not any(p.start < end and start < p.end for p in item.people):
                added.append(PersonSpan(start, end, ref, False))
                item.people.append(added[-1])
        item.people.sort(key=lambda p: p.start)
    return added


_CACHE: dict[tuple[str, int], object] = {}  # per-directory lookups, built once


_NOT_SEATS = frozenset({"MONTREAL", "MONTRÉAL", "TORONTO", "TEL AVIV", "ISTANBUL", "JOHANNESBURG", "LAGOS", "NEW YORK"})


def _subject_countries(text: str, codes: dict[str, str]) -> tuple[str | None, list[str]]:
    """The country that opens the sentence as its subject ("China stands ready"), and the two that do so together
    ("China and Russia have sought ...", which is both sides, so no one country's)."""
    first = _SUBJECT_COUNTRY.match(text)
    if first is None:
        return None, []
    if not _AND_FOLLOWS.match(text, first.end()):
        return _place_code(first.group("place"), codes), []
    second = _PAIRED_PLACE.match(text, first.end())
    named = [_place_code(first.group("place"), codes), _place_code(second.group("place"), codes)] if second else []
    return None, named if named and all(named) else []


_AND_FOLLOWS = re.compile(r"\s+and\s")


def _place_code(place: str, codes: dict[str, str]) -> str | None:
    words = place.split()
    for size in range(len(words), 0, -1):  # "United States forces": the longest run of words that is a country
        name = " ".join(words[:size]).removesuffix("'s").removesuffix("’s")
        code = codes.get(fold(name))
        if code is None and not name.isupper():
            # "Moscow reiterated ...": a seat of government for its government
            code = cues.DATELINE_CITIES.get(name.upper()) if name.upper() not in _NOT_SEATS else None
        if code is not None:
            return code
    return None


def place_country(place: str, directory: LeaderDirectory) -> str | None:
    """The country a place names: "Pakistan", "Pakistani", "Islamabad" (its seat of government)."""
    return _place_code(place, _country_word_pattern(directory)[1])


def _country_codes(directory: LeaderDirectory) -> dict[str, str]:
    key = ("codes", id(directory))
    if key not in _CACHE:
        _CACHE[key] = {fold(name): code for code, country in directory.countries.items()
                       for name in (country.name, *country.names)}
    return _CACHE[key]


def _home_country(article: Article, directory: LeaderDirectory) -> tuple[str | None, bool]:
    """The country whose government speaks in the text, if anything says so: the outlet or the address it was
    published under (then it is the issuer), an institution the text cites ("the White House said"), or the
    dateline's city.

    The first leader named is no guide: a readout's "The Prime Minister spoke to President Zelenskyy" is the
    issuing government's prime minister, not Ukraine's. Without such a signal a bare title stays unresolved.
    An office merely named ("hosted from the White House") comes after the dateline and the outlet's country.
    """
    outlet = article.outlet or ""
    regex, codes = _country_word_pattern(directory)
    named = {codes.get(fold(m.group("country"))) for m in regex.finditer(outlet)} - {None}
    match = cues.OUTLET_INSTITUTION.search(outlet)
    if match and not (_GENERIC_OFFICE.search(match.group()) and len(named) == 1):
        return cues.country_of_institution(match), True
    # "US presidential readout", "UK government", "UK Prime Minister's Office": the country named, not the one whose
    # offices are usually called so
    if _OFFICIAL_OUTLET.search(outlet) and len(named) == 1:
        return next(iter(named)), True
    host = urlsplit(article.url or "").hostname or ""
    if not host and re.fullmatch(r"[\w-]+(?:\.[\w-]+)+", outlet.strip()):
        host = outlet.strip().lower()  # an outlet known by its address: "GOV.UK", "kremlin.ru"
    for domain, code in cues.GOVERNMENT_DOMAINS.items():
        if host == domain or host.endswith("." + domain):
            return code, True
    if (letterhead := _letterhead_country(article.text)) is not None:
        return letterhead, True
    if _DOWNING_STREET_TITLE.match(article.text):
        return "GB", True
    dateline = _dateline_country(article.text)
    if dateline and _OWN_PRESIDENCY_SAID.search(article.text[:_LEAD_CHARS]):
        return dateline, False  # "PRETORIA — ..., the Presidency said": the dateline's own presidency
    matches = _institutions(article.text)
    for match in matches:  # an institution the text cites as its source, "the Kremlin said"
        before, after = article.text[max(0, match.start() - 20):match.start()], article.text[match.end():match.end() + 30]
        if _SAID_THEN.match(after):
            continue
        if re.search(r"according to\s+$", before, re.IGNORECASE) or _SOURCE_AFTER.match(after):
            return cues.country_of_institution(match), False
    if dateline:
        return dateline, False
    if outlet:  # "Indian daily": a national outlet tells its government's account, without issuing it
        regex, codes = _country_word_pattern(directory)
        named = {codes.get(fold(m.group("country"))) for m in regex.finditer(outlet)} - {None}
        if len(named) == 1:
            return named.pop(), False
    for match in matches:  # a capital's name is often only a place ("troops near Kyiv"); an office is not
        if match.group().strip().lower() not in cues.CAPITALS_AS_INSTITUTIONS \
                and not _SAID_THEN.match(article.text, match.end()) \
                and not _TOOK_OFFICE_IN.search(article.text, max(0, match.start() - 25), match.start()):
            return cues.country_of_institution(match), False
    implied = _implied_home(article, directory)
    return implied, implied is not None


def _letterhead_country(text: str) -> str | None:
    """ "THE WHITE HOUSE" alone on one of the first lines: the release of that government's office."""
    lines = [line.strip() for line in text[:_LETTERHEAD_LINES * (_LETTERHEAD_CHARS + 10)].split("\n") if line.strip()]
    for line in lines[:_LETTERHEAD_LINES]:
        seat = line.title() if line.isupper() else line
        match = cues.OUTLET_INSTITUTION.fullmatch(seat) if len(seat) <= _LETTERHEAD_CHARS else None
        if match and seat.lower() not in cues.CAPITALS_AS_INSTITUTIONS and not _GENERIC_OFFICE.search(seat):
            return cues.country_of_institution(match)
    return None


def _implied_home(article: Article, directory: LeaderDirectory) -> str | None:
    """"The Prime Minister spoke to Prime Minister Modi of India ... a trade deal between the United Kingdom and
    India": a readout's own head is of the one country it names that is not the counterpart's and has its bare
    title's office."""
    titles = {m.group(1).lower() for m in _BARE_TITLE_CALL.finditer(article.text)}
    anchor = _anchor(article)
    on = anchor.day if anchor else None
    if len(titles) != 1 or on is None:
        return None
    regex, codes = _country_word_pattern(directory)
    named = {codes.get(fold(m.group("country"))) for m in regex.finditer(article.text)} - {None}
    counterparts = {ref.country for ref in directory.named_in(article.text, on=on) if ref.is_leader}
    title = titles.pop()
    homes = [code for code in named - counterparts if directory.office_holder(code, title, on) is not None]
    if len(homes) > 1:  # "the UK-Poland relationship": the one of them paired with a counterpart's country
        pairs = _bilateral_pairs(article.text, directory)
        paired = {code for code in homes for first, second in pairs
                  if {code} | counterparts >= {first, second} and code in {first, second}}
        if len(paired) == 1:
            return paired.pop()
    return homes[0] if len(homes) == 1 else None


def _bilateral_pairs(text: str, directory: LeaderDirectory) -> list[tuple[str | None, str | None]]:
    key = ("bilateral", id(directory))
    if key not in _CACHE:
        words = "|".join(re.escape(w) for w in sorted({w for c in directory.countries.values() for w in c.names},
                                                      key=len, reverse=True))
        _CACHE[key] = re.compile(_BILATERAL_PAIR.format(words=words))
    codes = _country_word_pattern(directory)[1]
    pattern: re.Pattern[str] = _CACHE[key]  # type: ignore[assignment]
    return [(codes.get(fold(m.group("first"))), codes.get(fold(m.group("second")))) for m in pattern.finditer(text)]


def _country_word_pattern(directory: LeaderDirectory) -> tuple[re.Pattern[str], dict[str, str]]:
    key = ("country words", id(directory))
    if key not in _CACHE:
        codes = _side_pattern(directory)[1]
        names = {w for c in directory.countries.values() for w in (c.name, *c.names, *c.adjectives)}
        words = _alternation(sorted(names, key=len, reverse=True))
        _CACHE[key] = (re.compile(rf"(?<!\w)(?P<country>{words})(?!\w)"), codes)
    return _CACHE[key]


# "the Saudis to", "the French would": a country's people as a party, not "the French president".
_PEOPLE_FOLLOWS = r"(?=\s*[,.;:]|\s+(?:to|and|that|of|on|in|for|would|will|had|have|were|are|about|with)\b)"


def _peoples(text: str, directory: LeaderDirectory) -> list[str]:
    if "the " not in text.lower():
        return []
    key = ("peoples", id(directory))
    if key not in _CACHE:
        words = _alternation(sorted({w for c in directory.countries.values() for w in c.adjectives},
                                    key=len, reverse=True))
        _CACHE[key] = re.compile(rf"\b[Tt]he\s+(?P<country>{words})s?{_PEOPLE_FOLLOWS}")
    codes = _side_pattern(directory)[1]
    pattern: re.Pattern[str] = _CACHE[key]  # type: ignore[assignment]
    return [code for m in pattern.finditer(text) if (code := codes.get(fold(m.group("country"))))]


def _sentence_at(starts: list[int], offset: int) -> int:
    return max(bisect_right(starts, offset) - 1, 0)
