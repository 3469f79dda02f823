"""Find date expressions in English news text and say what each one states, without resolving it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from app.ingest.caseless import CaselessPattern, caseless

KINDS = ("full_date", "month_day", "weekday", "relative_day", "relative_range", "month", "year")

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
}
_NUMBER_WORDS: dict[str, int] = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10,
}


@dataclass(frozen=True)
class DateMention:
    """A date expression as written: where it is and what it states, before any resolution."""

    start: int
    end: int
    text: str
    kind: str  # one of KINDS
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # 0 = Monday
    modifier: str | None = None  # last, next, past, this, earlier, later, early, mid, late
    unit: str | None = None  # relative phrases: day, week, weekend, month, year
    offset: int = 0  # relative phrases: whole units away from the anchor ("last week" = -1, "yesterday" = -1)
    part_of_day: str | None = None  # morning, afternoon, evening, night
    cue: str | None = None  # the word just before: on, in, since, until, by, ...
    # "early Tuesday, Canberra time": told by a clock far ahead of the one a publication date is often given by
    clock_ahead: bool = False


_FULL_MONTH_WORDS = "January|February|March|April|May|June|July|August|September|October|November|December"
_ABBR_MONTH_WORDS = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
_WEEKDAY_WORDS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_FULL_MONTH = f"(?:{_FULL_MONTH_WORDS})"
_ABBR_MONTH = f"(?:{_ABBR_MONTH_WORDS})"
_MONTH = rf"(?P<mon>{_FULL_MONTH}\b|{_ABBR_MONTH}\b\.?)"
# A month's name, full or abbreviated, with no group: for patterns outside this module.
MONTH_WORD = rf"(?:{_FULL_MONTH}\b|{_ABBR_MONTH}\b\.?)"
_WEEKDAY = rf"(?:{_WEEKDAY_WORDS})\b"
WEEKDAY_WORD = _WEEKDAY  # a weekday's full name, with no group: for patterns outside this module
# Abbreviated weekdays ("Tue.") are read only right before a date: alone, "Sun" and "Wed" are other words.
_WEEKDAY_PREFIX = rf"(?:(?P<wd>{_WEEKDAY}|(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\b\.?),?\s+)?"
_PART = r"(?:morning|afternoon|evening|night)"
_PART_PREFIX = rf"(?:(?:[Tt]he\s+)?(?:(?:early|late)\s+)?(?P<part>{_PART})\s+of\s+)?"
# A day number must not be part of a larger number, a decimal or a clock time ("1.4 million", "10:53").
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?![.,:]\d)"
_YEAR = r"(?P<year>(?:18|19|20)\d\d)\b(?![.,:]\d)"

# "March 14/2023", as some agencies' datelines write it: the year after a slash
_MDY = re.compile(rf"{_PART_PREFIX}{_WEEKDAY_PREFIX}{_MONTH}\s+{_DAY}(?:(?:,?\s+|/){_YEAR})?")
_DMY = re.compile(
    rf"(?<![\d.,]){_PART_PREFIX}{_WEEKDAY_PREFIX}(?:[Tt]he\s+)?{_DAY}(?:\s+of)?\s+{_MONTH}(?:,?\s+{_YEAR})?")
_ISO = re.compile(r"(?<![\d/-])(?P<year>(?:18|19|20)\d\d)([-/])(?P<m>\d\d?)\2(?P<d>\d\d?)(?![\d/-])")
# "05.03.2024": day first, as everywhere the dotted form is written
_DOTTED = re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<year>(?:19|20)\d\d)(?![\d]|\.\d)")
# "16/8/2024", "Friday 16/8/2024": day and month in either order, so read only where one order alone is a date
# (or alone falls on the weekday written before it); "5/8/2024" by itself could be May or August.
_SLASHED = re.compile(rf"{_WEEKDAY_PREFIX}(?<![\d/])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<year>(?:19|20)\d\d)(?![\d/])")
# "on the 5th", "on the evening of the 5th": a day of the month the text is written in, as Korean and Japanese
# readouts give it; "the 5th anniversary" or "the 20th century" is no date.
_DAY_OF_MONTH = re.compile(
    rf"(?<=\b[Oo]n\s)(?:(?:[Tt]he\s+)?(?:(?:early|late)\s+)?(?P<part>{_PART})\s+of\s+)?the\s+"
    r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b"
    r"(?=\s*(?:[.,;:)]|$)|\s+(?:and|at|from|in|with|when|after|before|local|this|last|for|to|by)\b)")
# "spoke today (1) with Zelensky", "said on Thursday night (25)", "Yesterday [24]", "yesterday (12 May)", as some
# agencies write it: the day of the month, or the date, in brackets after the time word
_BRACKETED_MONTH = rf"(?P<bmon>{_FULL_MONTH}\b|{_ABBR_MONTH}\b\.?)"
_DAY_IN_BRACKETS = re.compile(r"\b(?:[Tt]oday|[Yy]esterday|[Tt]onight|[Tt]his\s+(?:morning|afternoon|evening)"
                              rf"|[Ll]ast\s+night|{_WEEKDAY}(?:\s+{_PART})?)\s*"
                              r"(?:\((?P<day>[0-3]?\d)\)|\[(?P<bracketed>[0-3]?\d)\]"
                              rf"|[(\[](?:(?P<bday>[0-3]?\d)\s+{_BRACKETED_MONTH}|(?P<bmon2>{_FULL_MONTH}\b|"
                              rf"{_ABBR_MONTH}\b\.?)\s+(?P<bday2>[0-3]?\d))(?:,?\s+{_YEAR})?[)\]])")
_WEEK_OF_A_MONTH = r"(?:the\s+)?(?P<week>(?:first|second|third|fourth)\s+week\s+of)\s+"
_MONTH_YEAR = re.compile(rf"(?:(?P<mod>early|late|mid)[\s-]+|{_WEEK_OF_A_MONTH})?{_MONTH},?\s+{_YEAR}")
_PREPOSITIONS = r"in|since|last|next|this|of|until|till|by|through|from|during|for|before|after|the"
_BARE_MONTH = re.compile(
    rf"\b(?:(?P<edge>(?:the\s+)?(?:end|beginning|start|middle)\s+of)\s+"
    rf"|{_WEEK_OF_A_MONTH}"
    rf"|(?P<pre>(?i:{_PREPOSITIONS}))\s+(?:(?P<mod1>(?i:early|late|mid))[\s-]+)?"
    rf"|(?P<mod2>(?i:early|late|mid))[\s-]+)"
    rf"(?P<mon>{_FULL_MONTH})\b(?!\s*\d)"
)
_YEAR_ALONE = re.compile(
    rf"\b(?:(?P<pre>(?i:in|since|during|until|by|through|from|of|before|after))\s+"
    rf"(?:(?P<mod1>early|late|mid)[\s-]+)?|(?P<mod2>(?i:early|late|mid))[\s-]+)"
    rf"{_YEAR}"
)
_YEAR_LIST = re.compile(rf"\s*(?:,|and|or|to|through|-|–)\s*{_YEAR}")
_WEEKDAY_PHRASE = re.compile(
    rf"(?:\b(?P<mod>(?i:this\s+past|last|next|this|past|early|late|earlier|later))\s+(?:on\s+)?)?"
    rf"\b(?P<wd>{_WEEKDAY})"
    rf"(?:\s+(?P<part>{_PART}))?"
    rf"(?:,?\s+(?:of\s+)?(?P<wk>last|this|next)\s+week\b"
    # "on Wednesday (last)": "last Wednesday", as a translated story may write it
    r"|\s*\((?P<after>last|past)\))?"
)
_RELATIVE_DAY = re.compile(
    r"\b(?i:(?P<before>the\s+day\s+before\s+yesterday)|(?P<after>the\s+day\s+after\s+tomorrow)"
    r"|(?P<mod>earlier|later)\s+today"
    rf"|(?P<word>yesterday|today|tomorrow)(?:\s+(?P<part>{_PART}))?"
    r"|this\s+(?P<this>morning|afternoon|evening)|(?P<tonight>tonight)|last\s+(?P<lastnight>night|evening)"
    r"|(?P<count>\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+days?\s+ago"
    r"|(?P<recent>a short while|a little while|moments|minutes|an hour|a few hours|(?:an? )?few minutes)\s+ago"
    # "in the past hour", as a live page writes it: the day it is told
    r"|(?P<within>(?:in|within|over)\s+the\s+(?:past|last)\s+(?:hour|half[ -]hour|few\s+hours|couple\s+of\s+hours))"
    # "has just had a telephone conversation": the present perfect with "just" is the day it is told.
    r"|(?<=has |ave )(?P<just>just)(?=\s+(?:had|held|spoken|talked|finished|ended|concluded)\b))\b"
)
_RELATIVE_RANGE = re.compile(
    r"\b(?i:(?:(?P<mod>earlier|later|early|late|mid)[\s-]+)?"
    r"(?P<rel>this\s+past|the\s+past|the\s+coming|this|last|next|past)\s+(?P<unit>week|weekend|month|year)"
    # "Earlier in the week, Ramaphosa also spoke to Putin": this week, up to the day it is told
    r"|(?P<inmod>earlier|later)\s+in\s+the\s+(?P<inunit>week|month|year)"
    # "spoke with Trump over the phone overnight": the night before the story, so that day or the one before
    r"|(?P<overnight>overnight)"
    # "a weekend phone call" is as dated as "over the weekend"; "a weekend" alone may be any.
    r"|(?P<the>the|a(?=\s+weekend\s+(?:phone\s+|telephone\s+|video\s+)?(?:call|conversation|talks?)\b))"
    r"\s+(?P<unit2>weekend)"
    r"|(?:the\s+)?(?P<wrel>past|last|coming|next)\s+(?P<count>\d+|two|three|four|five|six|seven|eight|nine|ten)"
    r"\s+(?P<unit3>day|week|month)s)\b"
)

# "May" and "March" are also a verb; without a day or year they count as months only after these words.
_MONTH_VERB_CUES = frozenset({"in", "since", "last", "next", "this", "of", "until", "till", "through", "during",
                              "from", "before", "after"})
# A capitalised word right before "May 10" or "April 5" is more likely a first name ("Theresa May").
_NAME_MONTHS = frozenset({"May", "April", "June", "August"})
_CAPITALISED_OK = frozenset({"On", "In", "Since", "By", "Until", "From", "Through", "Before", "After", "Last",
                             "Next", "This", "Early", "Late", "Mid", "Of", "The", "And", "Or", "As", "For"})
# Every pattern above contains one of these words; a date phrase starts at most _REACH_BEFORE characters before
# its first such word ("the day before yesterday") and ends at most _REACH_AFTER after its last ("Jan. 2").
_TRIGGER = re.compile(
    rf"\b(?:{_FULL_MONTH_WORDS}|{_ABBR_MONTH_WORDS}|{_WEEKDAY_WORDS}"
    r"|[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|[Ww]eek|[Ww]eekend|[Mm]onth|[Yy]ear|ago|days|weeks|months"
    r"|[Mm]orning|[Aa]fternoon|[Ee]vening|[Nn]ight|[Oo]vernight|just|hours?|Christmas|Boxing|New Year"
    r"|(?:18|19|20)\d\d|[0-3]?\d(?:st|nd|rd|th))\b"
)
_REACH_BEFORE, _REACH_AFTER = 40, 24
_ORDINAL_OR_OF = re.compile(r"\d(?:st|nd|rd|th)\b|\bof\b")
_CUE = re.compile(r"\b(as of|since|until|till|before|after|by|on|in|from|through|during|for|of|over|at)\s+(?:the\s+)?$",
                  re.I)
_YEAR_AFTER_DAY = re.compile(r",?\s+(?:of\s+)?")
# "CANADA, October 27 - Today, ...": a dateline's hyphen opens the sentence as a dash does.
_SENTENCE_START = re.compile(r"(?:[.!?:;\"“‘'(—–\n]|\s-)\s*$")
_PREVIOUS_WORD = re.compile(r"([A-Z][a-z]+)\s+$")


def find_date_mentions(text: str) -> list[DateMention]:
    """Every date expression in the text, in reading order, none overlapping; offsets index into `text`."""
    found: list[DateMention] = []
    for low, high in _regions(text):
        # A cheap scan for the word every match of a pattern holds spares the full pattern's, often.
        holds: dict[re.Pattern[str] | CaselessPattern, bool] = {}
        for pattern, build, needs in _BUILDERS:
            if needs not in holds:
                holds[needs] = needs.search(text, low, high) is not None
            if not holds[needs]:
                continue
            for match in pattern.finditer(text, low, high):
                found.extend(build(text, match))
    # The longest reading of a stretch wins: "Sunday, Jan. 2" over "Sunday", "November 2023" over "in November".
    chosen: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for mention in sorted(found, key=lambda m: (m.start - m.end, m.start)):
        if all(mention.end <= s or mention.start >= e for s, e in taken):
            chosen.append(mention)
            taken.append((mention.start, mention.end))
    return _with_clocks_ahead(text, _with_relative_years(text, sorted(chosen, key=lambda m: m.start)))


# A place far east whose time a weekday is told by: its day may be the day after a publication dated in the Americas.
_CLOCK_AHEAD_AFTER = re.compile(r",?\s+(?:Canberra|Sydney|Melbourne|Brisbane|Wellington|Auckland|Tokyo|Seoul|Beijing"
                                r"|Shanghai|Hong\s+Kong|Taipei|Manila|Singapore|Pyongyang|Australian\s+Eastern"
                                r"|Australian|Japanese|Korean|Chinese|Japan|Korea|China|Australia|New\s+Zealand)"
                                r"\s+time\b")


def _with_clocks_ahead(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """"spoke early Tuesday, Canberra time": a weekday told by a clock far ahead says so."""
    return [replace(m, clock_ahead=True) if m.kind == "weekday" and _CLOCK_AHEAD_AFTER.match(text, m.end) else m
            for m in mentions]


def _with_relative_years(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """"October 30th of last year", "30 October last year", "in December last year": the day (or month) in the year
    the phrase after it names, which the latest October 30 before a November publication is not."""
    joined: list[DateMention] = []
    for mention in mentions:
        before = joined[-1] if joined else None
        if before is not None and before.kind in ("month_day", "month") and before.year is None \
                and before.modifier not in ("last", "next", "this") and mention.kind == "relative_range" \
                and mention.unit == "year" and mention.modifier is None \
                and _YEAR_AFTER_DAY.fullmatch(text, before.end, mention.start):
            joined[-1] = replace(before, end=mention.end, text=text[before.start:mention.end], unit="year",
                                 offset=mention.offset)
            continue
        joined.append(mention)
    return joined


def _regions(text: str) -> list[tuple[int, int]]:
    """Stretches around words every date phrase contains; the full patterns run only there, which is much faster."""
    regions: list[tuple[int, int]] = []
    for trigger in _TRIGGER.finditer(text):
        low, high = max(0, trigger.start() - _REACH_BEFORE), trigger.end() + _REACH_AFTER
        # Cutting a word in half would fake a word boundary at the cut.
        while high < len(text) and not text[high].isspace():
            high += 1
        if regions and low <= regions[-1][1]:
            regions[-1] = (regions[-1][0], max(high, regions[-1][1]))
        else:
            regions.append((low, min(high, len(text))))
    return regions


def _cue(text: str, start: int) -> str | None:
    found = _CUE.search(text, max(0, start - 16), start)
    return found.group(1).lower() if found else None


def _mention(text: str, start: int, end: int, kind: str, *, year: int | None = None, month: int | None = None,
             day: int | None = None, weekday: int | None = None, modifier: str | None = None,
             unit: str | None = None, offset: int = 0, part_of_day: str | None = None) -> DateMention:
    return DateMention(start, end, text[start:end], kind, year=year, month=month, day=day, weekday=weekday,
                       modifier=modifier, unit=unit, offset=offset, part_of_day=part_of_day, cue=_cue(text, start))


def _month(word: str) -> int:
    return MONTHS[word.rstrip(".").lower()]


def _weekday(word: str | None) -> int | None:
    return WEEKDAYS[word.rstrip(".").lower()] if word else None


def _looks_like_a_name(text: str, match: re.Match[str]) -> bool:
    if match.group("mon") not in _NAME_MONTHS or match.groupdict().get("wd") or match.groupdict().get("year"):
        # "... between Bush and Kohl June 23, 1989": with its year, a month after a name is a date
        return False
    previous = _PREVIOUS_WORD.search(text, max(0, match.start("mon") - 20), match.start("mon"))
    if previous is None or previous.group(1) in _CAPITALISED_OK:
        return False
    return not _at_sentence_start(text, previous.start())


def _at_sentence_start(text: str, offset: int) -> bool:
    return offset == 0 or bool(_SENTENCE_START.search(text, max(0, offset - 6), offset))


def _calendar_date(text: str, match: re.Match[str]) -> list[DateMention]:
    day = int(match.group("day"))
    if not 1 <= day <= 31 or _looks_like_a_name(text, match):
        return []
    year = int(match.group("year")) if match.group("year") else None
    if match.re is _DMY and not (year or match.group("wd") or _cue(text, match.start())) \
            and not _ORDINAL_OR_OF.search(match.group()):
        return []  # a bare "12 March" is as likely a count ("12 March rallies") as a British date
    return [_mention(text, match.start(), match.end(), "full_date" if year else "month_day", year=year,
                     month=_month(match.group("mon")), day=day, weekday=_weekday(match.group("wd")),
                     part_of_day=match.group("part"))]


def _iso_date(text: str, match: re.Match[str]) -> list[DateMention]:
    """ "2024-03-05", and "05.03.2024" read day first: their groups name the parts whatever the order."""
    month, day = int(match.group("m")), int(match.group("d"))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return []
    return [_mention(text, match.start(), match.end(), "full_date", year=int(match.group("year")), month=month,
                     day=day)]


def _slashed_date(text: str, match: re.Match[str]) -> list[DateMention]:
    first, second, year = int(match.group("a")), int(match.group("b")), int(match.group("year"))
    weekday = _weekday(match.group("wd"))
    readings = set()
    for month, day in ((second, first), (first, second)):
        try:
            found = date(year, month, day)
        except ValueError:
            continue
        if weekday is None or found.weekday() == weekday:
            readings.add((month, day))
    if len(readings) != 1:
        return []
    [(month, day)] = readings
    return [_mention(text, match.start(), match.end(), "full_date", year=year, month=month, day=day, weekday=weekday)]


def _day_of_month(text: str, match: re.Match[str]) -> list[DateMention]:
    day = int(match.group("day"))
    if not 1 <= day <= 31:
        return []
    part = match.group("part")
    return [_mention(text, match.start(), match.end(), "day_of_month", day=day,
                     part_of_day=part.lower() if part else None)]


def _day_in_brackets(text: str, match: re.Match[str]) -> list[DateMention]:
    day = int(match.group("day") or match.group("bracketed") or match.group("bday") or match.group("bday2"))
    if not 1 <= day <= 31:
        return []
    month = match.group("bmon") or match.group("bmon2")
    if month is None:
        return [_mention(text, match.start(), match.end(), "day_of_month", day=day)]
    year = int(match.group("year")) if match.group("year") else None
    return [_mention(text, match.start(), match.end(), "full_date" if year else "month_day", year=year,
                     month=_month(month), day=day)]


def _month_year(text: str, match: re.Match[str]) -> list[DateMention]:
    if _looks_like_a_name(text, match):
        return []
    return [_mention(text, match.start(), match.end(), "month", year=int(match.group("year")),
                     month=_month(match.group("mon")), modifier=match.group("mod") or _week_of(match))]


def _week_of(match: re.Match[str]) -> str | None:
    """"the third week of", words folded, as the modifier that reads the month's days 15 to 21."""
    return " ".join(match.group("week").lower().split()) if match.group("week") else None


def _bare_month(text: str, match: re.Match[str]) -> list[DateMention]:
    word = match.group("mon")
    pre = (match.group("pre") or "").lower()
    modifier = (match.group("mod1") or match.group("mod2") or "").lower() or None
    edge = match.group("edge")
    if edge:
        modifier = {"end": "late", "beginning": "early", "start": "early", "middle": "mid"}[edge.split()[-2].lower()]
    if match.group("week"):
        modifier = _week_of(match)
    if word in ("May", "March") and not (modifier or pre in _MONTH_VERB_CUES):
        return []
    if word == "May" and text.startswith(("'s", "’s"), match.end()):
        return []
    if pre in ("last", "next", "this"):
        start, modifier = match.start("pre"), modifier or pre
    elif match.group("mod1") or match.group("mod2"):
        start = match.start("mod1") if match.group("mod1") else match.start("mod2")
    elif match.group("week"):
        start = match.start()
    else:
        start = match.start("edge") if edge else match.start("mon")
    shift = pre if pre in ("last", "next", "this") else None
    return [_mention(text, start, match.end(), "month", month=_month(word), modifier=shift or modifier)]


def _year_alone(text: str, match: re.Match[str]) -> list[DateMention]:
    modifier = match.group("mod1") or match.group("mod2")
    start = match.start("mod1") if match.group("mod1") else (
        match.start("mod2") if match.group("mod2") else match.start("year"))
    mentions: list[DateMention] = [
        _mention(text, start, match.end(), "year", year=int(match.group("year")), modifier=modifier)]
    cursor = match.end()
    # "in 2018 and 2019": the preposition governs every year in the list.
    while (more := _YEAR_LIST.match(text, cursor)) is not None:
        mentions.append(_mention(text, more.start("year"), more.end(), "year", year=int(more.group("year"))))
        cursor = more.end()
    return mentions


def _weekday_phrase(text: str, match: re.Match[str]) -> list[DateMention]:
    modifier = match.group("mod") or ("last" if match.group("after") else None)
    modifier = " ".join(modifier.lower().split()) if modifier else None
    modifier = "past" if modifier == "this past" else modifier
    week = match.group("wk")
    return [_mention(text, match.start(), match.end(), "weekday", weekday=_weekday(match.group("wd")),
                     modifier=None if week else modifier, unit="week" if week else None,
                     offset={"last": -1, "this": 0, "next": 1}.get(week or "", 0), part_of_day=match.group("part"))]


# "in the world today", "the Europe of today", "today's world": the present age, not the day.
_AGE_BEFORE_TODAY = re.compile(r"\b(?:world|of)\s+$", re.IGNORECASE)
_AGE_AFTER_TODAY = re.compile(r"['’]s\s+(?:world|era|age|times|society|generation)\b", re.IGNORECASE)


def _relative_day(text: str, match: re.Match[str]) -> list[DateMention]:
    if text[match.start()].isupper() and not _at_sentence_start(text, match.start()):
        return []  # "USA Today", "Russia Today": a name, not the day
    group = match.group
    if (group("word") or "").lower() == "today" and not group("part") and (
            _AGE_BEFORE_TODAY.search(text[max(0, match.start() - 8):match.start()])
            or _AGE_AFTER_TODAY.match(text, match.end())):
        return []
    part = group("part") or group("this") or group("lastnight") or ("night" if group("tonight") else None)
    if group("before"):
        offset = -2
    elif group("after"):
        offset = 2
    elif group("count"):
        offset = -_count(group("count"))
    elif group("lastnight"):
        offset = -1
    else:
        offset = {"yesterday": -1, "tomorrow": 1}.get((group("word") or "").lower(), 0)
    modifier = group("mod").lower() if group("mod") else None
    return [_mention(text, match.start(), match.end(), "relative_day", unit="day", offset=offset,
                     modifier=modifier, part_of_day=part.lower() if part else None)]


_OVERNIGHT_OF_ANOTHER = re.compile(r"\s+(?:[a-z]+\s+)?(?:strikes?|attacks?|raids?|shelling|bombing|stay|flight|train"
                                   r"|curfew|session|talks)\b", re.IGNORECASE)


def _relative_range(text: str, match: re.Match[str]) -> list[DateMention]:
    group = match.group
    if group("unit3"):
        # "the past two days": a rolling window that ends at the anchor (or starts there, for "the coming").
        count = _count(group("count"))
        forward = group("wrel").lower() in ("coming", "next")
        return [_mention(text, match.start(), match.end(), "relative_range", unit=group("unit3").lower(),
                         offset=count if forward else -count, modifier="coming" if forward else "past")]
    if group("the"):
        return [_mention(text, match.start(), match.end(), "relative_range", unit="weekend", offset=0)]
    if group("inunit"):
        return [_mention(text, match.start(), match.end(), "relative_range", unit=group("inunit").lower(), offset=0,
                         modifier=group("inmod").lower())]
    if group("overnight"):
        if text[match.end():match.end() + 1] == "-" or _OVERNIGHT_OF_ANOTHER.match(text, match.end()):
            return []  # "overnight strikes", "an overnight stay": another event's night
        return [_mention(text, match.start(), match.end(), "relative_range", unit="day", offset=-1, modifier="past")]
    rel = " ".join(group("rel").lower().split())
    unit = group("unit").lower()
    modifier: str | None = group("mod").lower() if group("mod") else None
    offset = {"last": -1, "next": 1}.get(rel, 0)
    if unit == "weekend":
        # "this past weekend" is the most recent one, "the coming weekend" the next one to start.
        modifier = "coming" if rel == "the coming" else modifier
    elif rel in ("the past", "past", "the coming"):
        modifier = "coming" if rel == "the coming" else "past"
        offset = 1 if modifier == "coming" else -1
    return [_mention(text, match.start(), match.end(), "relative_range", unit=unit, offset=offset,
                     modifier=modifier)]


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBER_WORDS[word.lower()]


# What every match of a pattern below holds, as the pattern spells it: a month ("Sept" and "September" both hold
# "Sep"), a year, a weekday's "day" (case as written), or one of the relative words (any case).
_MONTH_WORD = re.compile("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_YEAR_DIGITS = re.compile(r"(?:18|19|20)\d\d")
_WEEKDAY_END = re.compile("day")
_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)\b")
_RELATIVE_DAY_WORD = caseless("yesterday|today|tomorrow|morning|afternoon|evening|night|ago|just|hour")
_RELATIVE_RANGE_WORD = caseless("week|month|year|day|overnight")
_BRACKETED_DAY = re.compile(rf"[(\[](?:[0-3]?\d[)\]\s]|{MONTH_WORD}\s+[0-3]?\d)")

_Builder = Callable[[str, re.Match[str]], list[DateMention]]
# Holidays on a fixed day of the year, written as a day: "on Christmas Day", "on New Year's Eve".
_HOLIDAYS = {"christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26),
             "new year's day": (1, 1), "new year's eve": (12, 31), "new year’s day": (1, 1), "new year’s eve": (12, 31)}
# "on the first day of New Year 2020", "the first day of the new year": New Year's Day (not of a Lunar New Year).
_HOLIDAY = re.compile(r"(?P<name>Christmas (?:Day|Eve)|Boxing Day|New Year['’]s (?:Day|Eve)"
                      r"|(?P<first>(?:[Tt]he )?first day of (?:the )?[Nn]ew [Yy]ear))(?:,?\s+(?P<year>(?:19|20)\d\d))?")
_HOLIDAY_WORD = re.compile(r"Christmas|Boxing|New Year|new year")


def _holiday(text: str, match: re.Match[str]) -> list[DateMention]:
    month, day = (1, 1) if match.group("first") else _HOLIDAYS[match.group("name").lower()]
    year = int(match.group("year")) if match.group("year") else None
    return [_mention(text, match.start(), match.end(), "full_date" if year else "month_day", year=year, month=month,
                     day=day)]


_BUILDERS: tuple[tuple[re.Pattern[str], _Builder, re.Pattern[str] | CaselessPattern], ...] = (
    (_HOLIDAY, _holiday, _HOLIDAY_WORD),
    (_MDY, _calendar_date, _MONTH_WORD), (_DMY, _calendar_date, _MONTH_WORD), (_ISO, _iso_date, _YEAR_DIGITS),
    (_DOTTED, _iso_date, _YEAR_DIGITS), (_SLASHED, _slashed_date, _YEAR_DIGITS), (_DAY_OF_MONTH, _day_of_month, _ORDINAL),
    (_DAY_IN_BRACKETS, _day_in_brackets, _BRACKETED_DAY),
    (_MONTH_YEAR, _month_year, _MONTH_WORD), (_BARE_MONTH, _bare_month, _MONTH_WORD),
    (_YEAR_ALONE, _year_alone, _YEAR_DIGITS), (_WEEKDAY_PHRASE, _weekday_phrase, _WEEKDAY_END),
    (_RELATIVE_DAY, _relative_day, _RELATIVE_DAY_WORD), (_RELATIVE_RANGE, _relative_range, _RELATIVE_RANGE_WORD),
)

_TIME = r"\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?"
_DATELINE = re.compile(
    # "Faizan Hashmi Published March 28, 2023 | 01:20 PM": a byline may lead, a bar may set the time apart.
    # "The press release issued by Downing Street on 7 September 2022.": who issued it may stand before its day.
    rf"(?:(?:[A-Z][\w.'’-]*\s+){{0,4}}(?:published|updated|posted|last updated|dated?|issued|released)"
    rf"(?:\s+by\s+(?:[A-Z][\w.'’-]*\s+){{0,3}}[A-Z][\w.'’-]*)?(?:\s+on)?\s*:?\s*)?(?:{_TIME},?\s+)?"
    rf"(?:(?P<wd>{_WEEKDAY}|(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\b\.?),?\s+)?"
    rf"(?:{_MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})"
    rf"|(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_FULL_MONTH}\b|{_ABBR_MONTH}\b\.?),?\s+"
    rf"(?P<year2>\d{{4}})"
    rf"|(?P<year3>\d{{4}})-(?P<m3>\d\d)-(?P<d3>\d\d)"
    # "17:01 | 26.02.2024", as some government sites stamp a readout
    rf"|(?:{_TIME}\s*\|\s*)?(?P<d4>[0-3]?\d)\.(?P<m4>[01]?\d)\.(?P<year4>\d{{4}}))"
    # "Posted On: 24 MAR 2026 8:48PM by PIB Delhi": the stamp may name who posted it
    rf"(?:,?\s+(?:at\s+|\|\s*)?{_TIME})?(?:\s+by\s+[A-Z][\w .'’-]{{1,40}})?\.?",
    re.IGNORECASE,
)


def parse_dateline(line: str) -> date | None:
    """The date on a line that holds only a date ("February 11, 2024", "2024-03-19"), else None."""
    match = _DATELINE.fullmatch(line.strip())
    if not match:
        return None
    if match.group("year3"):
        parts = int(match.group("year3")), int(match.group("m3")), int(match.group("d3"))
    elif match.group("year4"):
        parts = int(match.group("year4")), int(match.group("m4")), int(match.group("d4"))
    elif match.group("year"):
        parts = int(match.group("year")), _month(match.group("mon")), int(match.group("day"))
    else:
        parts = int(match.group("year2")), _month(match.group("mon2")), int(match.group("day2"))
    try:
        found = date(*parts)
    except ValueError:
        return None
    # A stated weekday that does not fit the date means the line is not a clean date line.
    if match.group("wd") and _weekday(match.group("wd")) != found.weekday():
        return None
    return found
