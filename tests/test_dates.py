"""Date mentions and their resolution: every expected value below was worked out by hand from a calendar."""

from __future__ import annotations

from datetime import date

import pytest

from app.ingest.dates import DateMention, find_date_mentions, parse_dateline, resolve, resolve_best
from app.ingest.types import Anchor, DatePrecision

DAY, RANGE, UNKNOWN = DatePrecision.DAY, DatePrecision.RANGE, DatePrecision.UNKNOWN

# 2024-03-19 is a Tuesday: Monday 18th, Sunday 17th, ... Wednesday 13th; the week runs Mon 18th - Sun 24th.
TUE = date(2024, 3, 19)


def anchor(day: date | None, how: str = "date line") -> Anchor | None:
    return Anchor(day, f"publication date {day} ({how})") if day else None


def only(text: str) -> DateMention:
    mentions = find_date_mentions(text)
    assert len(mentions) == 1, mentions
    return mentions[0]


# (sentence, anchor day, tense, precision, day or (earliest, latest), weekday stated or implied)
RESOLVE = [
    # Weekdays, past tense: the latest such day on or before the anchor, the same day allowed.
    pytest.param("spoke on Tuesday", TUE, "past", DAY, date(2024, 3, 19), 1, id="weekday same day as anchor"),
    pytest.param("spoke on Monday", TUE, "past", DAY, date(2024, 3, 18), 0, id="weekday one day before"),
    pytest.param("spoke on Wednesday", TUE, "past", DAY, date(2024, 3, 13), 2, id="weekday six days before"),
    pytest.param("Sunday's call was tense", TUE, "past", DAY, date(2024, 3, 17), 6, id="possessive weekday"),
    pytest.param("said late Wednesday", TUE, "past", DAY, date(2024, 3, 13), 2, id="late weekday"),
    pytest.param("took place on Thursday evening", TUE, "past", DAY, date(2024, 3, 14), 3, id="weekday evening"),
    pytest.param("Last Thursday, Schumer spoke", date(2024, 3, 20), "past", DAY, date(2024, 3, 14), 3,
                 id="last weekday in the previous week"),
    pytest.param("spoke last Monday", TUE, "past", RANGE, (date(2024, 3, 11), date(2024, 3, 18)), 0,
                 id="last weekday ambiguous within this week"),
    pytest.param("met on Tuesday of last week", TUE, "past", DAY, date(2024, 3, 12), 1, id="weekday of last week"),
    # "on Wednesday (last)", as a translated story writes "last Wednesday"
    pytest.param("spoke on the same day Wednesday (last)", date(2024, 3, 20), "past", DAY, date(2024, 3, 13), 2,
                 id="weekday then last in brackets on that weekday is the week before"),
    pytest.param("called on Monday (past)", TUE, "past", RANGE, (date(2024, 3, 11), date(2024, 3, 18)), 0,
                 id="weekday then past in brackets as last weekday"),
    # A weekday told by a clock far ahead may be the day after a publication dated in the Americas.
    pytest.param("spoke early Tuesday, Canberra time", date(2024, 3, 18), "past", DAY, date(2024, 3, 19), 1,
                 id="weekday by a clock ahead the day after the anchor"),
    pytest.param("spoke on Wednesday Tokyo time", TUE, "past", DAY, date(2024, 3, 20), 2,
                 id="weekday by tokyo time the day after the anchor"),
    pytest.param("spoke on Tuesday, Canberra time", date(2024, 3, 17), "past", DAY, date(2024, 3, 12), 1,
                 id="weekday by a clock ahead two days after the anchor is the one before"),
    pytest.param("spoke on Tuesday, Canberra time", TUE, "past", DAY, date(2024, 3, 19), 1,
                 id="weekday by a clock ahead on the anchor day"),
    pytest.param("met this past Sunday", date(2024, 3, 17), "past", DAY, date(2024, 3, 10), 6,
                 id="this past weekday excludes the anchor day"),
    # Weekdays, future tense: the next such day on or after the anchor.
    pytest.param("will speak on Tuesday", TUE, "future", DAY, date(2024, 3, 19), 1, id="future weekday same day"),
    pytest.param("will speak on Wednesday", TUE, "future", DAY, date(2024, 3, 20), 2, id="future weekday next day"),
    pytest.param("will speak on Monday", TUE, "future", DAY, date(2024, 3, 25), 0, id="future weekday six days on"),
    pytest.param("will attend next Tuesday", date(2024, 3, 21), "future", DAY, date(2024, 3, 26), 1,
                 id="next weekday in the following week"),
    # Month and day without a year: the latest on or before the anchor (past), the next on or after (future).
    pytest.param("since Feb. 15", TUE, "past", DAY, date(2024, 2, 15), 3, id="month day same year"),
    pytest.param("on Dec. 30", date(2024, 1, 3), "past", DAY, date(2023, 12, 30), 5, id="month day year rollover"),
    pytest.param("on March 19", TUE, "past", DAY, date(2024, 3, 19), 1, id="month day on the anchor day"),
    pytest.param("on March 20", TUE, "past", DAY, date(2023, 3, 20), 0, id="month day one day after goes back a year"),
    pytest.param("set for Jan. 9", date(2022, 1, 3), "future", DAY, date(2022, 1, 9), 6, id="future month day"),
    pytest.param("on Feb. 29", date(2023, 3, 1), "past", DAY, date(2020, 2, 29), 5, id="leap day finds a leap year"),
    pytest.param("on the evening of July 28", date(2022, 7, 29), "past", DAY, date(2022, 7, 28), 3,
                 id="evening of month day"),
    pytest.param("on March 3rd", TUE, "past", DAY, date(2024, 3, 3), 6, id="ordinal month day"),
    # Explicit dates: exact, with or without an anchor.
    pytest.param("on Feb. 15, 2024", None, "past", DAY, date(2024, 2, 15), 3, id="AP abbreviation with year"),
    pytest.param("on Sept. 11, 2001", None, "past", DAY, date(2001, 9, 11), 1, id="Sept abbreviation"),
    pytest.param("on Sep 3, 2023", None, "past", DAY, date(2023, 9, 3), 6, id="Sep without dot"),
    pytest.param("on Aug. 21 2024", None, "past", DAY, date(2024, 8, 21), 2, id="no comma before year"),
    pytest.param("on Oct. 7, 2023", TUE, "past", DAY, date(2023, 10, 7), 5, id="explicit date with anchor"),
    pytest.param("on 15 February 2024", None, "past", DAY, date(2024, 2, 15), 3, id="day first"),
    pytest.param("on the 3rd of March, 2024", None, "past", DAY, date(2024, 3, 3), 6, id="the nth of month"),
    pytest.param("on March 21st, 2024", None, "past", DAY, date(2024, 3, 21), 3, id="ordinal with year"),
    pytest.param("dated 2024-02-15", None, "past", DAY, date(2024, 2, 15), 3, id="ISO date"),
    pytest.param("On the evening of April 2, 2024, Xi spoke", None, "past", DAY, date(2024, 4, 2), 1,
                 id="evening of full date"),
    pytest.param("on Feb. 15, 2025", TUE, "past", UNKNOWN, None, None, id="past event after the anchor is left open"),
    pytest.param("on Feb. 30, 2024", None, "past", UNKNOWN, None, None, id="no such calendar date"),
    # A weekday beside a date must agree with it.
    pytest.param("on Sunday, Jan. 2", date(2022, 1, 3), "past", DAY, date(2022, 1, 2), 6, id="weekday agrees"),
    pytest.param("on Monday, Jan. 2", date(2022, 1, 3), "past", UNKNOWN, None, 0,
                 id="weekday disagrees with inferred year"),
    pytest.param("on Sunday, Jan. 2, 2022", None, "past", DAY, date(2022, 1, 2), 6, id="weekday agrees with year"),
    pytest.param("on Monday, Jan. 2, 2022", None, "past", DAY, date(2022, 1, 2), 6,
                 id="weekday disagrees but year explicit"),
    pytest.param("will call on Sunday, Jan. 2", date(2021, 12, 31), "future", DAY, date(2022, 1, 2), 6,
                 id="future weekday and date agree"),
    # No anchor: never guess.
    pytest.param("spoke on Tuesday", None, "past", UNKNOWN, None, 1, id="no anchor weekday"),
    pytest.param("on March 18", None, "past", UNKNOWN, None, None, id="no anchor month day"),
    pytest.param("on Sunday, Jan. 2", None, "past", UNKNOWN, None, 6, id="no anchor weekday and month day"),
    pytest.param("last week", None, "past", UNKNOWN, None, None, id="no anchor relative range"),
    pytest.param("yesterday", None, "past", UNKNOWN, None, None, id="no anchor relative day"),
    pytest.param("in November", None, "past", UNKNOWN, None, None, id="no anchor month"),
    pytest.param("in November 2023", None, "past", RANGE, (date(2023, 11, 1), date(2023, 11, 30)), None,
                 id="no anchor month with year"),
    # Relative days.
    pytest.param("spoke today", TUE, "past", DAY, date(2024, 3, 19), 1, id="today"),
    pytest.param("This morning, Biden called", TUE, "past", DAY, date(2024, 3, 19), 1, id="this morning"),
    pytest.param("said earlier today", TUE, "past", DAY, date(2024, 3, 19), 1, id="earlier today"),
    pytest.param("will speak tonight", TUE, "future", DAY, date(2024, 3, 19), 1, id="tonight"),
    pytest.param("spoke yesterday", TUE, "past", DAY, date(2024, 3, 18), 0, id="yesterday"),
    pytest.param("spoke last night", TUE, "past", DAY, date(2024, 3, 18), 0, id="last night"),
    pytest.param("spoke three days ago", TUE, "past", DAY, date(2024, 3, 16), 5, id="three days ago"),
    pytest.param("spoke a short while ago", TUE, "past", DAY, date(2024, 3, 19), 1, id="a short while ago"),
    pytest.param("he has just spoken with", TUE, "past", DAY, date(2024, 3, 19), 1, id="has just spoken"),
    pytest.param("spoke the day before yesterday", TUE, "past", DAY, date(2024, 3, 17), 6, id="day before yesterday"),
    pytest.param("will speak tomorrow", TUE, "past", UNKNOWN, None, None, id="tomorrow in the past tense"),
    # Relative ranges (Mon..Sun weeks).
    pytest.param("spoke last week", TUE, "past", RANGE, (date(2024, 3, 11), date(2024, 3, 17)), None, id="last week"),
    pytest.param("spoke earlier this week", TUE, "past", RANGE, (date(2024, 3, 18), date(2024, 3, 19)), None,
                 id="earlier this week"),
    pytest.param("spoke this week", TUE, "past", RANGE, (date(2024, 3, 18), date(2024, 3, 19)), None,
                 id="this week clipped at anchor"),
    pytest.param("will speak this week", TUE, "future", RANGE, (date(2024, 3, 19), date(2024, 3, 24)), None,
                 id="this week future"),
    pytest.param("will meet early next week", TUE, "future", RANGE, (date(2024, 3, 25), date(2024, 3, 27)), None,
                 id="early next week"),
    pytest.param("will meet next week", TUE, "past", UNKNOWN, None, None, id="next week in the past tense"),
    pytest.param("Earlier this month, he spoke", TUE, "past", RANGE, (date(2024, 3, 1), date(2024, 3, 19)), None,
                 id="earlier this month"),
    pytest.param("spoke last month", TUE, "past", RANGE, (date(2024, 2, 1), date(2024, 2, 29)), None,
                 id="last month leap February"),
    pytest.param("spoke last month", date(2024, 1, 3), "past", RANGE, (date(2023, 12, 1), date(2023, 12, 31)), None,
                 id="last month across new year"),
    pytest.param("spoke over the weekend", TUE, "past", RANGE, (date(2024, 3, 16), date(2024, 3, 17)), None,
                 id="over the weekend"),
    pytest.param("pressed him during a weekend phone call", TUE, "past", RANGE, (date(2024, 3, 16), date(2024, 3, 17)),
                 None, id="a weekend call"),
    pytest.param("spoke over the weekend", date(2024, 3, 17), "past", RANGE, (date(2024, 3, 16), date(2024, 3, 17)),
                 None, id="weekend on its Sunday"),
    pytest.param("spoke last weekend", date(2024, 3, 16), "past", RANGE, (date(2024, 3, 9), date(2024, 3, 10)), None,
                 id="last weekend said on a Saturday"),
    pytest.param("will talk this weekend", TUE, "future", RANGE, (date(2024, 3, 23), date(2024, 3, 24)), None,
                 id="this weekend future"),
    pytest.param("will talk the coming weekend", TUE, "past", UNKNOWN, None, None,
                 id="coming weekend in the past tense"),
    pytest.param("will talk next Friday", TUE, "future", RANGE, (date(2024, 3, 22), date(2024, 3, 29)), 4,
                 id="next weekday ambiguous within this week"),
    pytest.param("talks in mid-2023", TUE, "past", RANGE, (date(2023, 5, 1), date(2023, 8, 31)), None,
                 id="mid year"),
    pytest.param("spoke last year", TUE, "past", RANGE, (date(2023, 1, 1), date(2023, 12, 31)), None, id="last year"),
    pytest.param("the past week", TUE, "past", RANGE, (date(2024, 3, 12), date(2024, 3, 19)), None,
                 id="the past week rolling"),
    # Months.
    pytest.param("met in November", TUE, "past", RANGE, (date(2023, 11, 1), date(2023, 11, 30)), None,
                 id="month before anchor month goes back a year"),
    pytest.param("met in March", TUE, "past", RANGE, (date(2024, 3, 1), date(2024, 3, 19)), None,
                 id="anchor month clipped"),
    pytest.param("met last November", TUE, "past", RANGE, (date(2023, 11, 1), date(2023, 11, 30)), None,
                 id="last November in March"),
    pytest.param("met last November", date(2023, 11, 20), "past", RANGE, (date(2022, 11, 1), date(2022, 11, 30)),
                 None, id="last November in November"),
    pytest.param("collapsed in May", date(2019, 6, 19), "past", RANGE, (date(2019, 5, 1), date(2019, 5, 31)), None,
                 id="in May as a month"),
    pytest.param("in early March", date(2020, 3, 31), "past", RANGE, (date(2020, 3, 1), date(2020, 3, 10)), None,
                 id="early month"),
    pytest.param("the late-November truce", date(2023, 12, 26), "past", RANGE,
                 (date(2023, 11, 21), date(2023, 11, 30)), None, id="late month hyphenated"),
    pytest.param("at the end of May", date(2024, 8, 1), "past", RANGE, (date(2024, 5, 21), date(2024, 5, 31)), None,
                 id="end of month"),
    pytest.param("met next November", TUE, "past", UNKNOWN, None, None, id="next month name in the past tense"),
    pytest.param("tariffs imposed in 2018", None, "past", RANGE, (date(2018, 1, 1), date(2018, 12, 31)), None,
                 id="year alone"),
    pytest.param("spoke on October 30th of last year", date(2022, 11, 21), "past", DAY, date(2021, 10, 30), 5,
                 id="a day of last year is not the latest such day"),
    pytest.param("spoke on 3 March this year", date(2022, 11, 21), "past", DAY, date(2022, 3, 3), 3,
                 id="a day of this year"),
    pytest.param("spoke on Sunday, October 30 last year", date(2022, 11, 21), "past", UNKNOWN, None, 6,
                 id="a day of last year whose weekday does not fit"),
    pytest.param("In December last year, he called Abe", date(2017, 5, 1), "past", RANGE,
                 (date(2016, 12, 1), date(2016, 12, 31)), None, id="a month of last year is that month, not the year"),
    pytest.param("spoke in early March of last year", date(2024, 3, 30), "past", RANGE,
                 (date(2023, 3, 1), date(2023, 3, 10)), None, id="part of a month of last year"),
    pytest.param("talked in February this year", date(2024, 11, 5), "past", RANGE,
                 (date(2024, 2, 1), date(2024, 2, 29)), None, id="a month of this year"),
    pytest.param("spoke in the past hour", TUE, "past", DAY, TUE, 1, id="in the past hour, as a live page says"),
    pytest.param("spoke within the last few hours", TUE, "past", DAY, TUE, 1, id="within the last few hours"),
    pytest.param("Earlier in the week, he also spoke to Putin", date(2025, 4, 24), "past", RANGE,
                 (date(2025, 4, 21), date(2025, 4, 24)), None, id="earlier in the week is this week up to the day"),
    pytest.param("talks held later in the month", date(2025, 4, 24), "future", RANGE,
                 (date(2025, 4, 24), date(2025, 4, 30)), None, id="later in the month is the rest of this month"),
    pytest.param("spoke over the phone overnight", date(2025, 9, 5), "past", RANGE,
                 (date(2025, 9, 4), date(2025, 9, 5)), None, id="overnight is the night before the story"),
    pytest.param("spoke today (1) with him", date(2022, 3, 2), "past", DAY, date(2022, 3, 1), 1,
                 id="a day of the month in brackets after today"),
    pytest.param("talked yesterday (28) with him", date(2024, 3, 1), "past", DAY, date(2024, 2, 28), 2,
                 id="a day of the month in brackets after yesterday, in the month before"),
]


@pytest.mark.parametrize(("text", "day", "tense", "precision", "expected", "weekday"), RESOLVE)
def test_resolve(text: str, day: date | None, tense: str, precision: DatePrecision,
                 expected: date | tuple[date, date] | None, weekday: int | None) -> None:
    result = resolve(only(text), anchor=anchor(day), tense=tense)  # type: ignore[arg-type]
    assert result.precision is precision, result.basis
    if precision is DAY:
        assert result.day == expected
    elif precision is RANGE:
        assert (result.earliest, result.latest) == expected
    else:
        assert result.day is None and result.earliest is None
    assert result.weekday == weekday
    assert result.basis


@pytest.mark.parametrize(("text", "day", "basis"), [
    pytest.param("spoke on Monday", TUE,
                 "Monday resolved against publication date 2024-03-19 (date line) → 2024-03-18",
                 id="weekday basis names the anchor"),
    pytest.param("spoke on Tuesday", None, "a Tuesday; no publication date to resolve it against",
                 id="weekday without anchor"),
    pytest.param("on March 18", None, "March 18, year unknown; no publication date to resolve it against",
                 id="month day without anchor keeps the surface"),
    pytest.param("on Feb. 15, 2024", None, "explicit date Feb. 15, 2024 → 2024-02-15", id="explicit date basis"),
])
def test_basis_wording(text: str, day: date | None, basis: str) -> None:
    assert resolve(only(text), anchor=anchor(day)).basis == basis


@pytest.mark.parametrize(("text", "basis_says"), [
    pytest.param("on Monday, Jan. 2, 2022", "not a Monday", id="disagreeing weekday is reported"),
    pytest.param("on Monday, Jan. 2", "left open", id="disagreeing weekday leaves an inferred date open"),
    pytest.param("on Feb. 15, 2025", "after publication date", id="after the anchor is reported"),
    pytest.param("spoke in March", "clipped at the publication date", id="clipping is reported"),
])
def test_basis_explains_doubt(text: str, basis_says: str) -> None:
    day = date(2022, 1, 3) if "Jan. 2" in text else TUE
    assert basis_says in resolve(only(text), anchor=anchor(day)).basis


# (sentence about one event, anchor day, precision, day or (earliest, latest))
BEST = [
    pytest.param("spoke on Monday, a call on March 18", TUE, DAY, date(2024, 3, 18), id="weekday and date agree"),
    pytest.param("on Monday, Feb. 12, they spoke", TUE, DAY, date(2024, 2, 12), id="weekday beside date agrees"),
    pytest.param("spoke on Sunday, in a call on March 18", TUE, UNKNOWN, None,
                 id="weekday and inferred date disagree"),
    pytest.param("spoke on Sunday, in a call on March 18, 2024", TUE, DAY, date(2024, 3, 18),
                 id="explicit year wins over a disagreeing weekday"),
    pytest.param("Last week, on Tuesday, they spoke", TUE, DAY, date(2024, 3, 12), id="weekday within last week"),
    pytest.param("spoke yesterday, late last week", date(2024, 3, 18), DAY, date(2024, 3, 17),
                 id="relative day inside range"),
    pytest.param("spoke on Monday, the first call since Feb. 15", TUE, DAY, date(2024, 3, 18),
                 id="since date only bounds the event"),
    pytest.param("the first call since Feb. 15", TUE, UNKNOWN, None, id="only a bound gives unknown"),
    pytest.param("spoke last week and earlier this month", TUE, RANGE, (date(2024, 3, 11), date(2024, 3, 17)),
                 id="narrowest range wins"),
    pytest.param("spoke last week, in November", TUE, UNKNOWN, None, id="disjoint ranges disagree"),
    pytest.param("spoke last week, earlier this month", date(2024, 3, 5), RANGE, (date(2024, 3, 1), date(2024, 3, 3)),
                 id="overlapping ranges give what they share"),
    pytest.param("no date here at all", TUE, UNKNOWN, None, id="no mentions"),
]


@pytest.mark.parametrize(("text", "day", "precision", "expected"), BEST)
def test_resolve_best(text: str, day: date, precision: DatePrecision, expected: date | tuple[date, date] | None
                      ) -> None:
    result = resolve_best(find_date_mentions(text), anchor=anchor(day))
    assert result.precision is precision, result.basis
    if precision is DAY:
        assert result.day == expected
    elif precision is RANGE:
        assert (result.earliest, result.latest) == expected
    assert result.basis


@pytest.mark.parametrize(("text", "part"), [
    ("held a phone conversation on Wednesday morning", "morning"),
    ("spoke this evening with the president", "evening"),
    ("On the evening of March 18, 2024, Xi spoke with Biden", "evening"),
    ("spoke late last night", "night"),
    ("spoke on Wednesday", None),
])
def test_a_day_keeps_the_part_of_it_the_text_gives(text: str, part: str | None) -> None:
    """A Washington evening is the next morning in Beijing: merging reports from two time zones needs the part."""
    result = resolve_best(find_date_mentions(text), anchor=anchor(TUE))
    assert (result.precision, result.part_of_day) == (DAY, part)


@pytest.mark.parametrize(("text", "anchor_day", "day"), [
    ("spoke on the 5th", date(2024, 3, 6), date(2024, 3, 5)),
    ("spoke on the 6th", date(2024, 3, 6), date(2024, 3, 6)),
    ("spoke on the 28th", date(2024, 3, 6), date(2024, 2, 28)),
    ("spoke on the 31st", date(2024, 3, 6), date(2024, 1, 31)),
])
def test_a_day_of_the_month_is_the_latest_such_day(text: str, anchor_day: date, day: date) -> None:
    result = resolve_best(find_date_mentions(text), anchor=anchor(anchor_day))
    assert (result.precision, result.day) == (DAY, day), result.basis


def test_resolve_best_keeps_the_weekday_when_the_day_is_unknown() -> None:
    result = resolve_best(find_date_mentions("spoke on Sunday, Jan. 2"), anchor=None)
    assert (result.precision, result.weekday) == (UNKNOWN, 6)


def test_a_day_and_month_with_no_year_to_give_them_are_kept_for_merging() -> None:
    result = resolve_best(find_date_mentions("spoke on May 23"), anchor=None)
    assert (result.precision, result.day, result.month_day) == (UNKNOWN, None, (5, 23))


# (text, [(surface, kind, year, month, day, weekday)])
FIND = [
    pytest.param("Biden spoke with Zelensky on Sunday, Jan. 2.", [("Sunday, Jan. 2", "month_day", None, 1, 2, 6)],
                 id="weekday and date are one mention"),
    pytest.param("Monday's call came days later.", [("Monday", "weekday", None, None, None, 0)], id="possessive"),
    pytest.param("since their meeting last November", [("last November", "month", None, 11, None, None)],
                 id="last month name"),
    pytest.param("in Woodside in November 2023.", [("November 2023", "month", 2023, 11, None, None)],
                 id="month and year"),
    pytest.param("tariffs imposed in 2018 and 2019", [("2018", "year", 2018, None, None, None),
                                                       ("2019", "year", 2019, None, None, None)], id="years listed"),
    pytest.param("the Sept. 11 attacks", [("Sept. 11", "month_day", None, 9, 11, None)], id="anniversary is a date"),
    pytest.param("retaliate for the Oct. 7 attack", [("Oct. 7", "month_day", None, 10, 7, None)], id="Oct 7 attack"),
    pytest.param("began at 9 a.m. on Saturday", [("Saturday", "weekday", None, None, None, 5)],
                 id="clock time is not a date"),
    pytest.param("agreed last week to meet on Feb. 20, 2024", [("last week", "relative_range", None, None, None, None),
                                                              ("Feb. 20, 2024", "full_date", 2024, 2, 20, None)],
                 id="two mentions in reading order"),
    pytest.param("the talks on 15 February ended", [("15 February", "month_day", None, 2, 15, None)],
                 id="day first without year after on"),
    pytest.param("said on Tue., March 19, 2024", [("Tue., March 19, 2024", "full_date", 2024, 3, 19, 1)],
                 id="abbreviated weekday before a date"),
    pytest.param("held a phone call on the 5th.", [("the 5th", "day_of_month", None, None, 5, None)],
                 id="a day of the month alone, as Korean readouts give it"),
    pytest.param("spoke on the evening of the 21st with", [("the evening of the 21st", "day_of_month", None, None, 21,
                                                             None)], id="a day of the month with its part"),
    pytest.param("spoke on 05.03.2024 by phone", [("05.03.2024", "full_date", 2024, 3, 5, None)],
                 id="a dotted date is day first"),
    pytest.param("received a call on Friday 16/8/2024 from", [("Friday 16/8/2024", "full_date", 2024, 8, 16, 4)],
                 id="a slashed date whose first part can only be a day"),
    pytest.param("spoke on 12/25/2023", [("12/25/2023", "full_date", 2023, 12, 25, None)],
                 id="a slashed date whose second part can only be a day"),
    pytest.param("spoke on Monday 5/8/2024", [("Monday 5/8/2024", "full_date", 2024, 8, 5, 0)],
                 id="a slashed date whose weekday picks the order"),
    pytest.param("called him on Christmas Day and again on New Year's Eve, 2023",
                 [("Christmas Day", "month_day", None, 12, 25, None),
                  ("New Year's Eve, 2023", "full_date", 2023, 12, 31, None)], id="holidays on a fixed day"),
    pytest.param("Nairobi (KNA) June 3/2024 President Ruto spoke", [("June 3/2024", "full_date", 2024, 6, 3, None)],
                 id="a month and day with the year after a slash"),
]


@pytest.mark.parametrize(("text", "expected"), FIND)
def test_find_date_mentions(text: str, expected: list[tuple[str, str, int | None, int | None, int | None, int | None]]
                            ) -> None:
    found = find_date_mentions(text)
    assert [(m.text, m.kind, m.year, m.month, m.day, m.weekday) for m in found] == expected
    assert all(text[m.start:m.end] == m.text for m in found)


@pytest.mark.parametrize("text", [
    pytest.param("Whether it works may become clear within days.", id="may as a modal verb"),
    pytest.param("Beijing may respond in kind.", id="may after a place"),
    pytest.param("The call began at 9 a.m. and ended at 10:53 a.m.", id="clock times"),
    pytest.param("more than 1.4 million Palestinians", id="decimal number"),
    pytest.param("protesters vowed to march on the capital", id="march as a verb"),
    pytest.param("March on the capital, they said.", id="capitalised march without a day"),
    pytest.param("on the 19th anniversary of the attacks", id="ordinal that is not a date"),
    pytest.param("They met on the 20th floor of the tower.", id="an ordinal floor"),
    pytest.param("the 5th of the 12 points", id="an ordinal with no on before it"),
    pytest.param("release 3.1.12.2024 of the app", id="a dotted number of four parts"),
    pytest.param("they spoke on 5/8/2024", id="a slashed date that could be May or August"),
    pytest.param("Prime Minister Theresa May said", id="May as a surname"),
    pytest.param("a story first reported by USA Today", id="Today as a name"),
    pytest.param("Xi pointed out that in the world today, trends of turmoil are growing.", id="the world today"),
    pytest.param("the Europe of today is not the Europe we knew", id="of today"),
    pytest.param("Today's world asks more of both countries.", id="today's world"),
    pytest.param("He works Mondays and Fridays.", id="plural weekdays are habits"),
    pytest.param("killed an estimated 1,200 people and 27,000 more", id="large numbers"),
    pytest.param("organisers counted 12 March rallies", id="count before a month name"),
])
def test_not_date_mentions(text: str) -> None:
    assert find_date_mentions(text) == []


@pytest.mark.parametrize(("line", "expected"), [
    pytest.param("February 11, 2024", date(2024, 2, 11), id="month day year"),
    pytest.param("  December 30, 2021  \n", date(2021, 12, 30), id="surrounding whitespace"),
    pytest.param("2024-03-19", date(2024, 3, 19), id="ISO"),
    pytest.param("Posted On: 24 MAR 2026 8:48PM by PIB Delhi", date(2026, 3, 24), id="posted on, by whom"),
    pytest.param("The statement issued by Number 10 on 4 March 2023.", date(2023, 3, 4), id="issued by whom, then on"),
    pytest.param("Readout released by the Kremlin on June 2, 2021", date(2021, 6, 2), id="released by an institution"),
    pytest.param("The statement issued by the ministry on 4 March 2023 said they spoke.", None,
                 id="a sentence with an issue date"),
    pytest.param("17:01 | 26.02.2024", date(2024, 2, 26), id="clock time then a dotted day"),
    pytest.param("26.13.2024", None, id="a dotted day with no such month"),
    pytest.param("11 February 2024", date(2024, 2, 11), id="day first"),
    pytest.param("Feb. 11, 2024", date(2024, 2, 11), id="AP abbreviation"),
    pytest.param("FEBRUARY 11, 2024", date(2024, 2, 11), id="upper case"),
    pytest.param("Tuesday, March 19, 2024", date(2024, 3, 19), id="with matching weekday"),
    pytest.param("Updated 6:16 PM EDT, Mon March 18, 2024", date(2024, 3, 18), id="updated stamp"),
    pytest.param("Amal Haddad Published March 28, 2023 | 01:20 PM", date(2023, 3, 28), id="byline before the stamp"),
    pytest.param("Monday, March 19, 2024", None, id="weekday that does not fit"),
    pytest.param("February 30, 2024", None, id="no such day"),
    pytest.param("February 11", None, id="no year"),
    pytest.param("Washington", None, id="a word"),
    pytest.param("", None, id="empty"),
    pytest.param("President Biden spoke on February 11, 2024 with Netanyahu.", None, id="sentence with a date"),
])
def test_parse_dateline(line: str, expected: date | None) -> None:
    assert parse_dateline(line) == expected

