"""The explorer's pure parts: the density strip, page cursors, search queries and the shared read functions."""

from datetime import date

import pytest
from sqlmodel import Session

from app.queries import CallFilter, Cursor, fts_query, list_calls, page_calls
from app.search import tsqueries
from app.web import urls
from app.web.strip import build_strip, choose_unit
from tests.web_fixtures import web_engine, web_session  # noqa: F401 - fixtures


@pytest.mark.parametrize("start, end, unit", [
    (date(2024, 3, 1), date(2024, 3, 31), "day"),
    (date(2024, 1, 1), date(2024, 12, 31), "week"),
    (date(2023, 1, 1), date(2024, 12, 31), "month"),
    (date(2000, 1, 1), date(2024, 12, 31), "year"),
])
def test_strip_scale_follows_the_range(start: date, end: date, unit: str) -> None:
    assert choose_unit(start, end) == unit


def test_strip_buckets_counts_and_finds_the_longest_gap() -> None:
    strip = build_strip([(date(2024, 1, 3), 2), (date(2024, 1, 20), 1), (date(2024, 5, 2), 4)], 3)
    assert strip.unit == "week" and strip.dated == 7 and strip.undated == 3
    assert [bar.count for bar in strip.bars] == [2, 1, 4]
    assert strip.busiest.count == 4 and max(bar.height for bar in strip.bars) == 56
    assert (strip.longest_gap.days, strip.longest_gap.after) == (103, date(2024, 1, 20))
    assert all(0 <= bar.x < 100 for bar in strip.bars) and strip.ticks


def test_strip_of_a_filter_range_keeps_the_range_even_when_empty() -> None:
    strip = build_strip([], 2, start=date(2024, 3, 1), end=date(2024, 3, 10))
    assert strip.unit == "day" and strip.bars == [] and strip.undated == 2
    assert strip.summary == "No dated calls in this view."


@pytest.mark.parametrize("cursor", [Cursor(date(2024, 3, 18), 7), Cursor(None, 12)])
def test_cursor_tokens_round_trip(cursor: Cursor) -> None:
    assert Cursor.parse(cursor.token) == cursor


@pytest.mark.parametrize("token", ["", "2024-13-01.4", "undated.x", "yesterday"])
def test_bad_cursor_tokens_are_refused(token: str) -> None:
    with pytest.raises(ValueError):
        Cursor.parse(token)


@pytest.mark.parametrize("text, query", [
    ("Rafah", '"rafah"*'),
    ("Rafah's", '("rafahs"* OR "rafah s"*)'),
    ("hostages Gaza", '((("hostages"* OR "hos tages"* OR "host ages"* OR "hosta ges"*) AND "gaza"*) OR '
                      '("hostagesgaza"* OR "hostages gaza"*))'),
    ("cease-fire", '("ceasefire"* OR "cease fire"*)'),  # hyphenated: joined, or as two words in a row
    ("ceasefire", '("ceasefire"* OR "cea sefire"* OR "ceas efire"* OR "cease fire"* OR "ceasef ire"*)'),
    ('"drop" -- OR', '(("drop"* AND "or"*) OR ("dropor"* OR "drop or"*))'),  # FTS syntax in user input is only words
    ("?!", None),
])
def test_search_words_become_a_safe_fts_query(text: str, query: str | None) -> None:
    assert fts_query(text) == query


@pytest.mark.parametrize("text, plain, phrased", [
    ("Rafah", "rafah:*", None),
    ("cease-fire", "ceasefire:*", "((ceasefire:* | cease <-> fire:*) & cease <-> fire:*)"),
    ("truce", "truce:*", None),  # too short to split
    ("cease fire", "((cease:* & fire:*) | ceasefire:*)", "((ceasefire:* | cease <-> fire:*) & cease <-> fire:*)"),
    ('"drop" -- OR', "((drop:* & or:*) | dropor:*)", "((dropor:* | drop <-> or:*) & drop <-> or:*)"),
    ("?!", None, None),
])
def test_search_words_become_postgresql_queries_without_and_with_phrases(text: str, plain: str | None,
                                                                         phrased: str | None) -> None:
    """The phrase-free query's index matches are final; the phrased one only adds matches that need a phrase."""
    assert tsqueries(text) == ((plain, phrased) if plain else None)


def test_list_calls_without_a_filter_returns_every_call(web_session: Session) -> None:
    views = list_calls(web_session)
    assert len(views) == page_calls(web_session, CallFilter()).total == 65
    assert views[-1].call.sort_date is None and views[0].call.sort_date == date(2024, 12, 13)


def test_timeline_urls_round_trip_a_filter() -> None:
    flt = CallFilter(topics=("rafah", "hostages"), leader="joe-biden", with_leader="benjamin-netanyahu",
                     start=date(2024, 1, 1), end=date(2024, 6, 30), text="ground operation")
    assert urls.timeline_url(flt) == ("/?topic=rafah&topic=hostages&leader=joe-biden&with=benjamin-netanyahu"
                                      "&from=2024-01-01&to=2024-06-30&q=ground+operation")
    assert urls.without_topic(flt, "rafah").startswith("/?topic=hostages&leader=")
    assert urls.export_url(CallFilter(), "ics") == "/calls.ics"
    assert urls.source_url("abc", start=12) == "/sources/abc?hl=12#c-12"


@pytest.mark.parametrize("days, start, end, drawn, outside", [
    ([(date(1, 1, 1), 1), (date(2024, 1, 3), 2), (date(9999, 12, 31), 1)], None, None, 2, 2),
    ([(date(1899, 12, 31), 1), (date(1900, 1, 1), 1), (date(2100, 12, 31), 1), (date(2101, 1, 1), 1)], None, None,
     2, 2),
    ([(date(9999, 12, 31), 3)], None, None, 0, 3),
    ([(date(9999, 12, 31), 3)], date(2024, 1, 1), date(9999, 12, 31), 0, 3),  # a range is clamped to 1900-2100
])
def test_the_strip_draws_1900_to_2100_and_counts_the_rest(days: list, start: date | None, end: date | None,
                                                          drawn: int, outside: int) -> None:
    strip = build_strip(days, 0, start=start, end=end)
    assert (strip.dated, strip.outside) == (drawn, outside)
    assert strip.end is None or strip.end <= date(2100, 12, 31)
    assert strip.summary.endswith(f"{outside} call{'s' if outside > 1 else ''} dated before 1900 or after 2100 "
                                  f"{'are' if outside > 1 else 'is'} not drawn.")
