"""Resolve date mentions against an article's publication date into a day, an honest range, or unknown."""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from typing import Literal

from app.ingest.date_patterns import DateMention, find_date_mentions, parse_dateline
from app.ingest.types import Anchor, DatePrecision, DateResolution

__all__ = ["DateMention", "find_date_mentions", "parse_dateline", "resolve", "resolve_best", "still_to_come", "Tense",
           "WEEKDAY_NAMES"]

Tense = Literal["past", "future"]
_DAY, _RANGE, _UNKNOWN = DatePrecision.DAY, DatePrecision.RANGE, DatePrecision.UNKNOWN
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_NAMES = tuple(calendar.month_name)
# Most specific first: an explicit date outranks a weekday, which outranks "last week".
_RANK = {"full_date": 0, "month_day": 1, "day_of_month": 2, "weekday": 3, "relative_day": 4, "relative_range": 5,
         "month": 6, "year": 7}
# Phrases that can only point ahead of the day they are written on.
_FORWARD = frozenset({"next", "later", "coming"})
# A date after these words bounds the event ("the first call since Feb. 15") rather than dating it.
_BOUNDING_CUES = frozenset({"since", "until", "till", "before", "after", "by"})
_NO_ANCHOR = "no publication date to resolve it against"
_PORTIONS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31),  # of a month, read as its thirds
             # "in the third week of December": the month's days counted in sevens from its first
             "first week of": (1, 7), "second week of": (8, 14), "third week of": (15, 21), "fourth week of": (22, 28)}


def resolve(mention: DateMention, *, anchor: Anchor | None, tense: Tense = "past") -> DateResolution:
    """What one mention says about the day of a past (or, for tense="future", a coming) event."""
    resolution = _within_tense(_RESOLVERS[mention.kind](mention, anchor, tense), mention, anchor, tense)
    if mention.part_of_day and resolution.precision is _DAY:
        resolution = replace(resolution, part_of_day=mention.part_of_day.lower())
    return resolution


def resolve_best(mentions: list[DateMention], *, anchor: Anchor | None, tense: Tense = "past") -> DateResolution:
    """One date from the mentions of one sentence about one event: the most specific, cross-checked by the rest."""
    if not mentions:
        return DateResolution.unknown("no date mentioned")
    dating = [m for m in mentions if m.cue not in _BOUNDING_CUES]
    if not dating:
        bounds = ", ".join(f"{m.cue} {m.text}" for m in mentions)
        return DateResolution.unknown(f"only bounds are given ({bounds}), not the day itself")
    pairs = sorted(((m, resolve(m, anchor=anchor, tense=tense)) for m in dating),
                   key=lambda pair: (_RANK[pair[0].kind], pair[0].start))
    stated_weekday = next((m.weekday for m, _ in pairs if m.weekday is not None), None)
    known = [(m, r) for m, r in pairs if r.precision is not _UNKNOWN]
    if not known:
        best = pairs[0][1]
        return replace(best, weekday=best.weekday if best.weekday is not None else stated_weekday)
    days = [(m, r) for m, r in known if r.precision is _DAY]
    if not days:
        return _narrowest_range(known, stated_weekday)
    best_mention, best = days[0]
    assert best.day is not None
    conflicts = [(m, r) for m, r in pairs if m is not best_mention and not _agrees(best.day, r)]
    if not conflicts:
        others = [m.text for m, r in pairs
                  if m is not best_mention and (r.precision is not _UNKNOWN or r.weekday is not None)]
        agreement = f"; agrees with {', '.join(others)}" if others else ""
        return replace(best, basis=best.basis + agreement)
    combined = _weekday_within_range(best_mention, pairs)
    if combined is not None:
        return combined
    disagreement = "; ".join(f"{m.text} → {_describe(r)}" for m, r in conflicts)
    if best_mention.kind == "full_date":
        return replace(best, basis=f"{best.basis}; kept the explicit date although {disagreement} disagrees")
    return DateResolution.unknown(f"the mentions disagree: {best_mention.text} → {best.day}, but {disagreement}",
                                  weekday=stated_weekday)


def _agrees(day: date, other: DateResolution) -> bool:
    if other.precision is _DAY:
        return other.day == day
    if other.precision is _RANGE:
        assert other.earliest is not None and other.latest is not None
        return other.earliest <= day <= other.latest
    return other.weekday is None or other.weekday == day.weekday()


def _weekday_within_range(best_mention: DateMention, pairs: list[tuple[DateMention, DateResolution]]
                          ) -> DateResolution | None:
    """A weekday with a range beside it ("last week, on Tuesday"): the one such weekday inside the range."""
    if best_mention.kind != "weekday" or best_mention.weekday is None:
        return None
    ranges = [(m, r) for m, r in pairs if m is not best_mention and r.precision is _RANGE]
    if not ranges or any(r.precision is _DAY for m, r in pairs if m is not best_mention):
        return None
    earliest = max(r.earliest for _, r in ranges if r.earliest is not None)
    latest = min(r.latest for _, r in ranges if r.latest is not None)
    matching = [earliest + timedelta(days=i) for i in range((latest - earliest).days + 1)
                if (earliest + timedelta(days=i)).weekday() == best_mention.weekday]
    if len(matching) != 1:
        return None
    within = ", ".join(m.text for m, _ in ranges)
    return DateResolution(_DAY, day=matching[0], basis=f"the {best_mention.text} within {within} → {matching[0]}",
                          weekday=best_mention.weekday)


def _narrowest_range(known: list[tuple[DateMention, DateResolution]], weekday: int | None) -> DateResolution:
    """Ranges only: the narrowest, when the others contain it; else what they share; else nothing."""
    _, best = min(known, key=lambda pair: (_span(pair[1]), _RANK[pair[0].kind]))
    earliest = max(r.earliest for _, r in known if r.earliest is not None)
    latest = min(r.latest for _, r in known if r.latest is not None)
    if (earliest, latest) == (best.earliest, best.latest):
        return replace(best, weekday=weekday)
    described = "; ".join(f"{m.text} → {_describe(r)}" for m, r in known)
    if earliest > latest:
        return DateResolution.unknown(f"the mentions disagree: {described}", weekday=weekday)
    return _between(earliest, latest, f"where the mentions overlap: {described}", weekday)


def _span(resolution: DateResolution) -> int:
    assert resolution.earliest is not None and resolution.latest is not None
    return (resolution.latest - resolution.earliest).days


def _describe(resolution: DateResolution) -> str:
    if resolution.precision is _DAY:
        return str(resolution.day)
    if resolution.precision is _RANGE:
        return f"{resolution.earliest} to {resolution.latest}"
    if resolution.weekday is not None:
        return f"a {WEEKDAY_NAMES[resolution.weekday]}"
    return "unknown"


def _on_day(day: date, basis: str, weekday: int | None = None) -> DateResolution:
    return DateResolution(_DAY, day=day, basis=basis, weekday=day.weekday() if weekday is None else weekday)


def _between(earliest: date, latest: date, basis: str, weekday: int | None = None) -> DateResolution:
    return DateResolution(_RANGE, earliest=earliest, latest=latest, basis=basis, weekday=weekday)


def _against(mention: DateMention, anchor: Anchor) -> str:
    return f"{mention.text} resolved against {anchor.basis}"


def _within_tense(resolution: DateResolution, mention: DateMention, anchor: Anchor | None,
                  tense: Tense) -> DateResolution:
    """A past event is never after the publication date, nor a coming one before it: open or clip, and say so."""
    if anchor is None or resolution.precision is _UNKNOWN:
        return resolution
    today = anchor.day
    if resolution.precision is _DAY:
        assert resolution.day is not None
        earliest = latest = resolution.day
    else:
        assert resolution.earliest is not None and resolution.latest is not None
        earliest, latest = resolution.earliest, resolution.latest
    if tense == "past" and earliest > today and not _next_day_by_a_clock_ahead(mention, earliest, today) \
            or tense == "future" and latest < today:
        side = "after" if tense == "past" else "before"
        return DateResolution.unknown(
            f"{resolution.basis}, which is {side} {anchor.basis}; a {tense} event cannot be, so the date is left open",
            weekday=mention.weekday)
    if tense == "past" and latest > today and not _next_day_by_a_clock_ahead(mention, earliest, today):
        latest, note = today, "clipped at the publication date: a past event cannot be later"
    elif tense == "future" and earliest < today:
        earliest, note = today, "clipped at the publication date: a coming event cannot be earlier"
    else:
        return resolution
    if earliest == latest:
        return _on_day(earliest, f"{resolution.basis}; {note}", mention.weekday)
    return _between(earliest, latest, f"{resolution.basis}; {note}", resolution.weekday)


def _next_day_by_a_clock_ahead(mention: DateMention, earliest: date, today: date) -> bool:
    """"early Tuesday, Canberra time" in a story dated Monday in the Americas: already Tuesday there."""
    return mention.clock_ahead and earliest - today == timedelta(days=1)


def _calendar_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _full_date(mention: DateMention, anchor: Anchor | None, tense: Tense) -> DateResolution:
    assert mention.year is not None and mention.month is not None and mention.day is not None
    found = _calendar_day(mention.year, mention.month, mention.day)
    if found is None:
        return DateResolution.unknown(f"{mention.text} is not a calendar date", weekday=mention.weekday)
    basis = f"explicit date {mention.text} → {found}"
    if mention.weekday is None:
        return _on_day(found, basis)
    if found.weekday() == mention.weekday:
        return _on_day(found, f"{basis} (a {WEEKDAY_NAMES[found.weekday()]}, as stated)")
    # The year is written out, so the date is firmer than the weekday beside it.
    return _on_day(found, f"{basis}; note: that day is a {WEEKDAY_NAMES[found.weekday()]}, "
                       f"not a {WEEKDAY_NAMES[mention.weekday]} as written")


def _day_of_month(mention: DateMention, anchor: Anchor | None, tense: Tense) -> DateResolution:
    """"On the 5th": that day of the anchor's month, or of the month before (after, for a coming event) when the
    day has not come yet (or has passed) by the anchor."""
    assert mention.day is not None
    if anchor is None:
        return DateResolution.unknown(f"{mention.text}, month unknown; {_NO_ANCHOR}")
    today = anchor.day
    step = -1 if tense == "past" else 1
    for shift in range(3):  # a 31st is at most two months away
        month_index = today.year * 12 + today.month - 1 + step * shift
        candidate = _calendar_day(month_index // 12, month_index % 12 + 1, mention.day)
        if candidate is not None and (candidate <= today if tense == "past" else candidate >= today):
            which = "latest on or before" if tense == "past" else "next on or after"
            return _on_day(candidate, f"{_against(mention, anchor)} → {candidate} (the {which} it)")
    return DateResolution.unknown(f"{mention.text} is not a day of any month near {today}")


# A day and month without a year that fall this soon after the story's own day may be a day still to come: read
# as past, they would be nearly a year back ("talks with Putin on May 30" in a story of May 29).
_SOON_AFTER = timedelta(days=31)


def still_to_come(mention: DateMention, anchor: Anchor | None) -> bool:
    """Whether a day and month written without a year are just after the story's day, so not yet past."""
    if anchor is None or mention.kind != "month_day" or mention.unit == "year" or mention.month is None \
            or mention.day is None:
        return False
    day = _calendar_day(anchor.day.year, mention.month, mention.day)
    return day is not None and timedelta(0) < day - anchor.day <= _SOON_AFTER


def _month_day(mention: DateMention, anchor: Anchor | None, tense: Tense) -> DateResolution:
    assert mention.month is not None and mention.day is not None
    if anchor is None:
        return DateResolution.unknown(f"{mention.text}, year unknown; {_NO_ANCHOR}", weekday=mention.weekday,
                                      month_day=(mention.month, mention.day))
    today = anchor.day
    if mention.unit == "year":  # "October 30 of last year"
        stated = _calendar_day(today.year + mention.offset, mention.month, mention.day)
        if stated is None or mention.weekday not in (None, stated.weekday()):
            return DateResolution.unknown(f"{mention.text} is not a calendar date", weekday=mention.weekday)
        return _on_day(stated, f"{_against(mention, anchor)} → {stated}")
    step = -1 if tense == "past" else 1
    found = None
    # Nine years always reach a leap year, so "Feb. 29" finds its latest (or next) occurrence.
    for shift in range(9):
        candidate = _calendar_day(today.year + step * shift, mention.month, mention.day)
        if candidate is not None and (candidate <= today if tense == "past" else candidate >= today):
            found = candidate
            break
    if found is None:
        return DateResolution.unknown(f"{mention.text} is not a calendar date", weekday=mention.weekday)
    which = "latest on or before" if tense == "past" else "next on or after"
    basis = f"{_against(mention, anchor)} → {found} (the {which} it)"
    if mention.weekday is None:
        return _on_day(found, basis)
    if found.weekday() == mention.weekday:
        return _on_day(found, f"{basis}; a {WEEKDAY_NAMES[found.weekday()]}, as stated")
    # The year was only inferred, so a weekday that does not fit leaves the day open rather than guessed.
    return DateResolution.unknown(
        f"{_against(mention, anchor)} gives {found}, a {WEEKDAY_NAMES[found.weekday()]}, not a "
        f"{WEEKDAY_NAMES[mention.weekday]} as written; the year is only inferred, so the date is left open",
        weekday=mention.weekday)


def _weekday(mention: DateMention, anchor: Anchor | None, tense: Tense) -> DateResolution:
    assert mention.weekday is not None
    weekday = mention.weekday
    if anchor is None:
        return DateResolution.unknown(f"a {WEEKDAY_NAMES[weekday]}; {_NO_ANCHOR}", weekday=weekday)
    today = anchor.day
    monday = today - timedelta(days=today.weekday())
    if mention.unit == "week":  # "Monday of last week"
        found = monday + timedelta(weeks=mention.offset, days=weekday)
        return _on_day(found, f"{_against(mention, anchor)} → {found}")
    back = (today.weekday() - weekday) % 7
    ahead = (weekday - today.weekday()) % 7
    if mention.modifier in ("last", "past"):
        found = today - timedelta(days=back or 7)
        if mention.modifier == "last" and found >= monday:
            # "last Thursday" on a Friday: yesterday, or the Thursday a week before; writers use both.
            return _either(mention, anchor, found - timedelta(days=7), found)
        return _on_day(found, f"{_against(mention, anchor)} → {found}")
    if mention.modifier == "next":
        found = today + timedelta(days=ahead or 7)
        if found <= monday + timedelta(days=6):
            return _either(mention, anchor, found, found + timedelta(days=7))
        return _on_day(found, f"{_against(mention, anchor)} → {found}")
    if tense == "past" and mention.clock_ahead and ahead == 1 and mention.modifier in (None, "early", "late"):
        found = today + timedelta(days=1)
        return _on_day(found, f"{_against(mention, anchor)} → {found}, the day after: told by a clock hours ahead")
    found = today - timedelta(days=back) if tense == "past" else today + timedelta(days=ahead)
    return _on_day(found, f"{_against(mention, anchor)} → {found}")


def _either(mention: DateMention, anchor: Anchor, earlier: date, later: date) -> DateResolution:
    basis = f"{_against(mention, anchor)}: either {earlier} or {later}; writers use it for either, so the range spans both"
    return _between(earlier, later, basis, mention.weekday)


def _relative_day(mention: DateMention, anchor: Anchor | None, tense: Tense) -> DateResolution:
    if anchor is None:
        return DateResolution.unknown(f"{mention.text}; {_NO_ANCHOR}")
    found = anchor.day + timedelta(days=mention.offset)
    return _on_day(found, f"{_against(mention, anchor)} → {found}")


def _month_bounds(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _shift_month(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _portion(earliest: date, latest: date, modifier: str | None, unit: str) -> tuple[date, date]:
    """Narrow a week, month or year to its early, middle or late part."""
    if modifier not in ("early", "mid", "late") and (unit != "month" or modifier not in _PORTIONS):
        return earliest, latest
    if unit == "week":
        first, last = {"early": (0, 2), "mid": (1, 3), "late": (3, 6)}[modifier]
        return earliest + timedelta(days=first), earliest + timedelta(days=last)
    if unit == "year":
        first, last = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[modifier]
        return date(earliest.year, first, 1), _month_bounds(earliest.year, last)[1]
    first, last = _PORTIONS[modifier]
    return earliest.replace(day=first), latest.replace(day=min(last, latest.day))


def _relative_range(mention: DateMention, anchor: Anchor | None, tense: Tense) -> DateResolution:
    if anchor is None:
        return DateResolution.unknown(f"{mention.text}; {_NO_ANCHOR}")
    if tense == "past" and mention.modifier in _FORWARD or tense == "past" and mention.offset > 0:
        return DateResolution.unknown(f"{mention.text} looks ahead of {anchor.basis}; a past event cannot be there")
    earliest, latest = _range_bounds(mention, anchor.day, tense)
    return _between(earliest, latest, f"{_against(mention, anchor)} → {earliest} to {latest}")


def _range_bounds(mention: DateMention, today: date, tense: Tense) -> tuple[date, date]:
    unit, offset, modifier = mention.unit, mention.offset, mention.modifier
    if unit == "weekend":
        saturday = today - timedelta(days=(today.weekday() - 5) % 7)  # the latest Saturday on or before the anchor
        if offset == 0 and (tense == "future" or modifier == "coming") and today.weekday() < 5:
            saturday += timedelta(days=7)
        elif offset == -1 and today.weekday() >= 5:
            saturday -= timedelta(days=7)  # "last weekend" said on a weekend is the one before
        elif offset == 1:
            saturday = today - timedelta(days=today.weekday()) + timedelta(days=12)  # the weekend of next week
        return saturday, saturday + timedelta(days=1)
    if modifier in ("past", "coming"):  # a rolling window of whole units back from (or on from) the anchor
        if unit == "day":
            other = today + timedelta(days=offset)
        elif unit == "week":
            other = today + timedelta(weeks=offset)
        else:
            other = _shift_month(today, offset if unit == "month" else 12 * offset)
        return (other, today) if offset < 0 else (today, other)
    if unit == "week":
        monday = today - timedelta(days=today.weekday()) + timedelta(weeks=offset)
        earliest, latest = _portion(monday, monday + timedelta(days=6), modifier, "week")
    elif unit == "month":
        first = _shift_month(today.replace(day=1), offset)
        earliest, latest = _month_bounds(first.year, first.month)
        earliest, latest = _portion(earliest, latest, modifier, "month")
    else:
        earliest, latest = date(today.year + offset, 1, 1), date(today.year + offset, 12, 31)
        earliest, latest = _portion(earliest, latest, modifier, "year")
    if modifier == "earlier" and offset == 0:
        latest = today
    elif modifier == "later" and offset == 0:
        earliest = today
    return earliest, latest


def _month(mention: DateMention, anchor: Anchor | None, tense: Tense) -> DateResolution:
    assert mention.month is not None
    name = _MONTH_NAMES[mention.month]
    if mention.year is not None:
        year = mention.year
    elif anchor is not None and mention.unit == "year":  # "in December last year"
        year = anchor.day.year + mention.offset
    elif anchor is None:
        return DateResolution.unknown(f"{mention.text}, year unknown; {_NO_ANCHOR}")
    else:
        today = anchor.day
        if mention.modifier == "last":  # the latest such month that ended before the anchor's month began
            year = today.year if mention.month < today.month else today.year - 1
        elif mention.modifier == "next":
            year = today.year if mention.month > today.month else today.year + 1
        elif mention.modifier == "this":
            year = today.year
        elif tense == "past":
            year = today.year if mention.month <= today.month else today.year - 1
        else:
            year = today.year if mention.month >= today.month else today.year + 1
    earliest, latest = _portion(*_month_bounds(year, mention.month), mention.modifier, "month")
    where = f"explicit month {mention.text}" if anchor is None or mention.year is not None \
        else _against(mention, anchor)
    portion = f" ({mention.modifier} {name} read as days {earliest.day}–{latest.day})" \
        if mention.modifier in _PORTIONS else ""
    return _between(earliest, latest, f"{where} → {earliest} to {latest}{portion}")


def _year(mention: DateMention, anchor: Anchor | None, tense: Tense) -> DateResolution:
    assert mention.year is not None
    earliest, latest = _portion(date(mention.year, 1, 1), date(mention.year, 12, 31), mention.modifier, "year")
    return _between(earliest, latest, f"explicit year {mention.text} → {earliest} to {latest}")


_RESOLVERS: dict[str, Callable[[DateMention, Anchor | None, Tense], DateResolution]] = {
    "full_date": _full_date, "month_day": _month_day, "day_of_month": _day_of_month, "weekday": _weekday,
    "relative_day": _relative_day, "relative_range": _relative_range, "month": _month, "year": _year,
}
