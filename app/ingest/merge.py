"""Fold reports of one pair of leaders into calls: same day merges, undated reports only on strong evidence."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from app.ingest.cues import DATELINE_CITIES
from app.ingest.types import CallDraft, DatePrecision

# An undated report joins a dated call only when their accounts share this much distinctive content
# (a cosine over IDF-weighted terms), and clearly more than with any other candidate.
MIN_SIMILARITY = 0.09
MIN_MARGIN = 1.25
# When a single call of the pair fits the report's date at all, less shared content suffices: there is no
# other call it could be confused with, only the chance that the pair spoke again unreported.
MIN_SIMILARITY_ALONE = 0.04
REPORT_WINDOW = timedelta(days=30)  # how long after a call an undated report of it may be published
# The lower bar for the only call that fits holds only for a report published within days of it, when the report
# leads with the call: a story about a call published weeks later may as well tell of a later call that nobody else
# reported. A call recalled further down a later story ("Trump also spoke with Buhari") is an earlier one.
_SOON_AFTER = timedelta(days=3)
_LEAD_SENTENCES = 3  # a title and the first paragraphs: where a story says what it is about
_NEIGHBOURING_DAYS = 7  # another call of the pair this close makes an evening and a next morning less surely one
# The parts of the day that tell one call seen from two time zones: a Washington evening, a Beijing morning.
_EVENING = frozenset({"evening", "night"})
_MORNING = frozenset({"morning"})

# Without a part of the day, the clocks a call is told by can place it: a Brasília evening is Beijing's next day.
# Standard hours from UTC of each capital, whose clock the reports told from it date by.
_UTC_HOURS: dict[str, float] = {
    "US": -5, "CA": -5, "MX": -6, "CU": -5, "CO": -5, "PE": -5, "EC": -5, "VE": -4, "CL": -4, "BO": -4, "PY": -4,
    "BR": -3, "AR": -3, "UY": -3, "GB": 0, "IE": 0, "PT": 0, "GH": 0, "SN": 0, "FR": 1, "DE": 1, "IT": 1, "ES": 1,
    "NL": 1, "EU": 1, "PL": 1, "SE": 1, "NO": 1, "DK": 1, "AT": 1, "CH": 1, "CZ": 1, "SK": 1, "HU": 1, "HR": 1,
    "SI": 1, "RS": 1, "MA": 1, "DZ": 1, "TN": 1, "NG": 1, "AO": 1, "FI": 2, "EE": 2, "LV": 2, "LT": 2, "UA": 2,
    "RO": 2, "BG": 2, "GR": 2, "MD": 2, "IL": 2, "EG": 2, "ZA": 2, "ZW": 2, "RW": 2, "LB": 2, "SD": 2, "SY": 3,
    "JO": 3, "TR": 3, "RU": 3, "BY": 3, "IQ": 3, "SA": 3, "QA": 3, "KW": 3, "BH": 3, "KE": 3, "ET": 3, "TZ": 3,
    "UG": 3, "IR": 3.5, "AE": 4, "OM": 4, "AZ": 4, "AM": 4, "GE": 4, "AF": 4.5, "PK": 5, "UZ": 5, "TJ": 5, "TM": 5,
    "KZ": 5, "IN": 5.5, "LK": 5.5, "NP": 5.75, "BD": 6, "KG": 6, "TH": 7, "VN": 7, "KH": 7, "LA": 7, "ID": 7,
    "CN": 8, "TW": 8, "SG": 8, "MY": 8, "PH": 8, "MN": 8, "JP": 9, "KR": 9, "KP": 9, "AU": 10, "NZ": 12,
}
_FAR_APART_HOURS = 8  # clocks this far apart give different days to a third of the day and more
_DATELINE_LEAD = 2  # a dateline opens the story, after its title
# "BEIJING, Aug 12 (Xinhua) --", "MOSCOW —": the city a story is filed from
_DATELINE_CITY = re.compile(r"\s*(?P<city>[A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*){0,2})\s*(?:,|\(|--|[—–-]\s)")
# "Lula's office said": a leader's office dates the call by its own clock
_OFFICE_SAID = re.compile(r"\b(?P<name>[A-Z][\w-]+)['’]s\s+(?:press\s+)?(?:office|spokes(?:man|woman|person))\s+said\b")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]{3,}")
_STOPWORDS = frozenset(
    """about above after again against also among another around because been before being between both
    call called calls conversation could during each either even every from further have having here
    into just last leader leaders like made make more most much must near need only other over phone
    president prime minister said says same should since some such than that their them then there these
    they this those through told under until very were what when where which while whom will with would
    your according statement spoke talked discussed two the and""".split()
)


@dataclass(frozen=True)
class MergeItem:
    """A report to place: its draft, and when its source was published."""

    key: str  # stable identity, e.g. "origin#ordinal"
    draft: CallDraft
    published: date | None


def terms(draft: CallDraft) -> Counter[str]:
    words = Counter()
    for sentence in draft.sentences:
        for word in _WORD.findall(sentence.text):
            lowered = word.lower().removesuffix("'s")
            if lowered not in _STOPWORDS:
                words[lowered] += 1
    for leader in draft.leaders:  # the pair is shared by construction; it proves nothing
        for part in leader.name.lower().split():
            words.pop(part, None)
    return words


def cluster(items: list[MergeItem]) -> list[list[int]]:
    """Groups of item indices, each group one call. Deterministic whatever the input order."""
    return [group for group, _ in cluster_explained(items)]


def cluster_explained(items: list[MergeItem]) -> list[tuple[list[int], dict[int, str]]]:
    """Each group of item indices that make one call, with why each item stands in it, for the call page."""
    order = sorted(range(len(items)), key=lambda i: items[i].key)
    groups: dict[date, list[int]] = {}
    undated: list[int] = []
    for i in order:
        resolution = items[i].draft.date
        if resolution.precision is DatePrecision.DAY and resolution.day:
            groups.setdefault(resolution.day, []).append(i)
        else:
            undated.append(i)
    bags = [terms(item.draft) for item in items]
    idf = _idf(bags)
    reasons: dict[int, str] = {}
    for day, members in groups.items():
        for i in members:
            reasons[i] = f"dated {day:%-d %B %Y}" + (", the same day as the other reports" if len(members) > 1 else "")
    result = _across_time_zones(groups, items, bags, idf, reasons)
    loose: list[list[int]] = []
    for i in undated:
        decision = _best_group(i, result, items, bags, idf, dated=True) \
            or _best_group(i, loose, items, bags, idf, dated=False)
        if decision is None:
            loose.append([i])
            reasons[i] = "no day of its own, and no other report of these leaders clearly tells of the same call"
        else:
            target, reason = decision
            target.append(i)
            reasons[i] = reason
    return [(group, {i: reasons[i] for i in group}) for group in result + loose]


def _across_time_zones(groups: dict[date, list[int]], items: list[MergeItem], bags: list[Counter[str]],
                       idf: dict[str, float], reasons: dict[int, str]) -> list[list[int]]:
    """The day groups in order, each joined by the next day's when both tell of one call seen from two time zones.

    A call on a Washington evening is the next morning in Beijing, Tokyo or Canberra, and each side's readout
    dates it by its own clock. Two days join when one side gives that part of the day (the earlier an evening or
    night, the later a morning) and neither the opposite, no source reports both days, and they tell of the
    same things. Without a part of the day, the places the reports are told from may stand for it: the earlier
    day's all far west of the later day's ("on Monday, Lula's office said", "BEIJING -- on Tuesday").
    """
    result: list[list[int]] = []
    joined: set[date] = set()
    for day in sorted(groups):
        if day in joined:
            continue
        members, following = list(groups[day]), _shifted(day, timedelta(days=1))
        later = groups.get(following)
        how = later and _one_call_in_two_time_zones(members, later, items, bags, idf, _least_similarity(day, groups))
        if how:
            joined.add(following)
            for i in later:
                reasons[i] = (f"dated {following:%-d %B %Y}, {how}; shares distinctive words with the reports of "
                              "that day")
            members += later
        result.append(members)
    return result


def _least_similarity(day: date, groups: dict[date, list[int]]) -> float:
    """With no other call of the pair in the days around, less shared content suffices, as for an undated report."""
    following = _shifted(day, timedelta(days=1))
    near = any(abs((other - day).days) <= _NEIGHBOURING_DAYS for other in groups if other not in (day, following))
    return MIN_SIMILARITY if near else MIN_SIMILARITY_ALONE


def _one_call_in_two_time_zones(earlier: list[int], later: list[int], items: list[MergeItem],
                                bags: list[Counter[str]], idf: dict[str, float], least: float) -> str | None:
    """How the later day's reports tell the earlier day's call from a time zone ahead, or None if they may not."""
    day = items[earlier[0]].draft.date.day
    early_parts = {items[i].draft.date.part_of_day for i in earlier}
    late_parts = {items[j].draft.date.part_of_day for j in later}
    if early_parts - _EVENING - {None} or late_parts - _MORNING - {None}:
        return None
    if {items[i].draft.origin for i in earlier} & {items[j].draft.origin for j in later}:
        return None
    shared = max(_similarity(bags[i], bags[j], idf) for i in earlier for j in later)
    if early_parts & _EVENING or late_parts & _MORNING:
        return f"the morning after the evening of {day:%-d %B %Y} in another time zone" if shared >= least else None
    # The clocks alone, with no other call of the pair that week: the pair does speak on two days running.
    if least == MIN_SIMILARITY_ALONE and shared >= MIN_SIMILARITY and _told_behind_then_ahead(earlier, later, items):
        return f"told by a clock hours ahead of the one that dates the call {day:%-d %B %Y}"
    return None


def _told_behind_then_ahead(earlier: list[int], later: list[int], items: list[MergeItem]) -> bool:
    """Whether every report of the earlier day that says where it is told from is told by a clock far behind every
    such report of the later day, and each day has one: "on Monday, Lula's office said" and "BEIJING -- on Tuesday".
    """
    early_hours = {_UTC_HOURS.get(country) for country in map(_clock_of, [items[i] for i in earlier])}
    late_hours = {_UTC_HOURS.get(country) for country in map(_clock_of, [items[j] for j in later])}
    early_hours.discard(None)
    late_hours.discard(None)
    return bool(early_hours and late_hours) and min(late_hours) - max(early_hours) >= _FAR_APART_HOURS


def _clock_of(item: MergeItem) -> str | None:
    """The country whose clock a report dates the call by: its dateline's, or that of the leader whose office it
    cites; None when it says neither, or names two that differ."""
    countries = set()
    for sentence in item.draft.sentences:
        dateline = _DATELINE_CITY.match(sentence.text) if sentence.index < _DATELINE_LEAD else None
        if dateline and dateline.group("city") in DATELINE_CITIES:
            countries.add(DATELINE_CITIES[dateline.group("city")])
        for office in _OFFICE_SAID.finditer(sentence.text):
            countries |= {ref.country for ref in item.draft.leaders
                          if ref.country and office.group("name") in ref.name.split()}
    return countries.pop() if len(countries) == 1 else None


def reach(item: MergeItem) -> tuple[date, date] | None:
    """The days of the dated calls a report could join or take an undated report from; None when any day could be.

    Outside them a new report changes nothing: a day is grouped only with its own day, and an undated report only
    with a day shortly before it was published and within its bounds.
    """
    resolution = item.draft.date
    if resolution.precision is DatePrecision.DAY and resolution.day:
        return _shifted(resolution.day, -REPORT_WINDOW), _shifted(resolution.day, REPORT_WINDOW)
    low, high = resolution.earliest, resolution.latest
    if item.published:
        low = max(low or date.min, _shifted(item.published, -REPORT_WINDOW))
        high = min(high or date.max, item.published)
    return (low, high) if low and high else None


def _shifted(day: date, by: timedelta) -> date:
    """`day` moved by `by`, held at the ends of the calendar (a stored year 9999 must not break a merge)."""
    try:
        return day + by
    except OverflowError:
        return date.max if by > timedelta(0) else date.min


def _best_group(i: int, groups: list[list[int]], items: list[MergeItem], bags: list[Counter[str]],
                idf: dict[str, float], *, dated: bool) -> tuple[list[int], str] | None:
    """The group an undated report joins, scored on date fit and shared distinctive content; None if unsure."""
    scored = []
    for group in groups:
        if not all(_compatible(items[i], items[j], dated=dated) for j in group):
            continue
        scored.append((max(_similarity(bags[i], bags[j], idf) for j in group), id(group), group))
    scored.sort(key=lambda entry: entry[0], reverse=True)
    alone = len(scored) == 1
    lenient = alone and (not dated or _may_join_on_little(items[i], [items[j] for j in scored[0][2]]))
    if not scored or scored[0][0] < (MIN_SIMILARITY_ALONE if lenient else MIN_SIMILARITY):
        return None
    if not alone and scored[0][0] < scored[1][0] * MIN_MARGIN:
        return None  # two calls fit about equally well: better two entries than a wrong merge
    best, _, group = scored[0]
    fit = _date_fit(items[i], [items[j] for j in group])
    rivals = "the only call of these leaders its date allows" if alone else \
        f"clearly more than with any other call (next best {scored[1][0]:.2f})"
    return group, f"no day of its own; {fit}; shares distinctive words with it ({best:.2f}), {rivals}"


def _may_join_on_little(item: MergeItem, group: list[MergeItem]) -> bool:
    """Whether the report was published within days of the group's call, or recalls it further down its story."""
    day = next((g.draft.date.day for g in group if g.draft.date.precision is DatePrecision.DAY and g.draft.date.day),
               None)
    if day is None or item.draft.first_told is None or item.draft.first_told > _LEAD_SENTENCES:
        return True
    # With no publication date nothing says how long after; its weekday, when it gives one, already had to fit.
    return item.published is None or item.published <= _shifted(day, _SOON_AFTER)


def _date_fit(item: MergeItem, group: list[MergeItem]) -> str:
    resolution = item.draft.date
    day = next((g.draft.date.day for g in group if g.draft.date.precision is DatePrecision.DAY), None)
    if day is None:
        return "joined another undated report with nothing in their dates in conflict"
    if resolution.weekday is not None:
        return f"its weekday fits the call of {day:%-d %B %Y}"
    if item.published:
        return f"the call of {day:%-d %B %Y} came before it was published"
    return f"nothing in it conflicts with the call of {day:%-d %B %Y}"


def _compatible(item: MergeItem, other: MergeItem, *, dated: bool) -> bool:
    mine, theirs = item.draft.date, other.draft.date
    # A passing mention with no day of its own cannot be told apart from the call it mentions.
    if item.draft.passing or (not dated and other.draft.passing):
        return False
    day = theirs.day if theirs.precision is DatePrecision.DAY else None
    if mine.month_day and theirs.month_day and mine.month_day != theirs.month_day:
        return False  # "May 23" and "May 29", years unknown: two calls
    if mine.month_day and day is not None and mine.month_day not in _month_days_around(day):
        return False  # "on May 23", with no year: only a call of May 23 of some year, or the evening before elsewhere
    if day is None:
        # Both tell of the call shortly after it, so within the window of each other.
        apart = item.published and other.published and abs(item.published - other.published) > REPORT_WINDOW
        if not dated and (mine.weekday is None) != (theirs.weekday is None) and not (item.published and other.published):
            # "on Monday" in a report with no publication date, beside one that names no day: nothing in their
            # dates ties them, and such pairs are as often two calls as one. (In a dated call's group, its day does.)
            return False
        return not apart and (mine.weekday is None or theirs.weekday is None or mine.weekday == theirs.weekday)
    if mine.weekday is not None and day.weekday() != mine.weekday:
        return False
    if mine.earliest and day < mine.earliest or mine.latest and day > mine.latest:
        return False
    # A report tells of a call shortly before it is published; a call of the same leaders years earlier is
    # another call, however alike the words (they tend to discuss the same things every time).
    return not (item.published and not day <= item.published <= day + REPORT_WINDOW)


def _month_days_around(day: date) -> set[tuple[int, int]]:
    """(month, day) of the day and of the days either side: one call is dated a day apart across time zones."""
    return {((d := _shifted(day, timedelta(days=shift))).month, d.day) for shift in (-1, 0, 1)}


def _idf(bags: list[Counter[str]]) -> dict[str, float]:
    document_frequency: Counter[str] = Counter()
    for bag in bags:
        document_frequency.update(bag.keys())
    total = len(bags)
    return {term: math.log(1 + total / count) for term, count in document_frequency.items()}


def _similarity(a: Counter[str], b: Counter[str], idf: dict[str, float]) -> float:
    shared = a.keys() & b.keys()
    if not shared:
        return 0.0
    dot = sum(idf[t] ** 2 for t in shared)
    norm_a = math.sqrt(sum(idf[t] ** 2 for t in a))
    norm_b = math.sqrt(sum(idf[t] ** 2 for t in b))
    return dot / (norm_a * norm_b)
