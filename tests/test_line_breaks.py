"""Plain text whose line breaks mislead: hard-wrapped lines join again, a run-on headline gets its line back."""

from __future__ import annotations

import textwrap
from datetime import date

import pytest

from app.ingest.line_breaks import joined_after_honorifics, unwrapped, with_lead_breaks
from app.ingest.reader import parse_article
from tests.test_extraction import Expected, calls_in

RESTORED = [
    pytest.param("Rutte and Frederiksen agree to keep talking on defence spending THE HAGUE — Prime Minister Mark "
                 "Rutte spoke by phone on Tuesday with Danish Prime Minister Mette Frederiksen.",
                 ["Rutte and Frederiksen agree to keep talking on defence spending",
                  "THE HAGUE — Prime Minister Mark Rutte spoke by phone on Tuesday with Danish Prime Minister Mette "
                  "Frederiksen."], id="capital-city-and-dash"),
    pytest.param("Albanese, Luxon discuss trade in Pacific call WELLINGTON, March 4 (Agency) -- New Zealand's prime "
                 "minister spoke with Australia's on Monday.",
                 ["Albanese, Luxon discuss trade in Pacific call",
                  "WELLINGTON, March 4 (Agency) -- New Zealand's prime minister spoke with Australia's on Monday."],
                 id="city-day-and-agency"),
    pytest.param("Leaders of Japan and the U.K. speak about shipping Tokyo (JJI) – The two prime ministers spoke "
                 "on Friday.",
                 ["Leaders of Japan and the U.K. speak about shipping",
                  "Tokyo (JJI) – The two prime ministers spoke on Friday."], id="initials-in-the-headline"),
    pytest.param("Call with the Prime Minister of Spain 14 June 2023 The President spoke with Pedro Sánchez today.",
                 ["Call with the Prime Minister of Spain", "14 June 2023", "The President spoke with Pedro Sánchez "
                                                                           "today."], id="readout-date-stamp"),
    pytest.param("President's call with Chancellor Scholz: 2 May 2024 The President spoke with the Chancellor.",
                 ["President's call with Chancellor Scholz: 2 May 2024", "The President spoke with the Chancellor."],
                 id="dated-readout-title"),
    pytest.param("Macron calls Tebboune over gas Macron calls Tebboune over gas PARIS — The French president spoke "
                 "with his Algerian counterpart on Sunday.",
                 ["Macron calls Tebboune over gas", "PARIS — The French president spoke with his Algerian "
                                                    "counterpart on Sunday."], id="headline-repeated-as-subtitle"),
]


@pytest.mark.parametrize(("text", "lines"), RESTORED)
def test_the_headline_gets_its_line_back(text: str, lines: list[str]):
    restored = with_lead_breaks(text)
    assert len(restored) == len(text)  # offsets into the text stay valid
    assert parse_article("t.txt", text).text.split("\n") == lines


@pytest.mark.parametrize("text", [
    # A sentence that names an alliance before a dash is not a headline before a dateline.
    "The leaders of the G7 and NATO — the alliance's members — spoke by phone on Monday about Ukraine and aid.",
    "Biden and Xi speak by phone on Taiwan\nWASHINGTON — President Joe Biden spoke with Xi Jinping on Thursday.",
    "The call ended late. WASHINGTON — officials said little more about it that night or the next morning.",
    "Talks set for May 5, 2025 Leaders will meet in Rome to discuss the ceasefire and the hostages.",
    "Putin and Erdogan talk Syria MOSCOW — the two presidents spoke by phone, the Kremlin said.",
], ids=["acronym-mid-sentence", "already-on-its-own-line", "a-sentence-ends-before", "date-inside-the-headline",
        "lowercase-after-the-dash"])
def test_text_without_a_lost_headline_break_is_left_alone(text: str):
    assert with_lead_breaks(text) == text


@pytest.mark.parametrize(("text", "published", "expected"), [
    pytest.param("Sunak phones Zelensky after drone strikes on Kyiv LONDON — Prime Minister Rishi Sunak spoke by "
                 "phone with Ukrainian President Volodymyr Zelensky on Tuesday, his office said. Mr. Sunak promised "
                 "more air defence. Zelensky thanked him, the office said.", date(2023, 5, 31),
                 [Expected(("Rishi Sunak", "Volodymyr Zelensky"), date(2023, 5, 30))],
                 id="weekday-of-a-one-line-wire-story"),
])
def test_a_one_line_article_is_read_as_its_paragraphs_would_be(text: str, published: date | None,
                                                              expected: list[Expected]):
    assert "\n" not in text
    assert calls_in(text, published) == expected


def _wrapped(paragraphs: list[str], width: int, between: str = "\n\n") -> str:
    return between.join("\n".join(textwrap.wrap(paragraph, width)) for paragraph in paragraphs)


STORY = [
    "Scholz and Macron talk energy prices by phone",
    "BERLIN — Chancellor Olaf Scholz spoke by telephone with President Emmanuel Macron of France on Wednesday about "
    "the rising price of gas and electricity, a government spokesman said.",
    "The two leaders agreed that European ministers should meet again before the end of the month and that a joint "
    "purchase of gas ought to be prepared quickly, according to the spokesman.",
    "Mr. Macron said France would keep its nuclear plants running through the winter.",
]


@pytest.mark.parametrize("width", [60, 72, 80])
@pytest.mark.parametrize("between", ["\n\n", "\n"], ids=["blank-line", "single-newline"])
def test_a_hard_wrapped_text_gets_its_paragraphs_back(width: int, between: str):
    assert unwrapped(_wrapped(STORY, width, between)) == between.join(STORY)


def test_a_word_broken_at_its_hyphen_is_whole_again():
    paragraph = ("The Prime Minister congratulated Prime Minister Albanese on his re-election and on the scale of his "
                 "party's victory in the federal election, and the two leaders agreed to meet at the summit next month.")
    text = _wrapped([paragraph] * 3, 70)
    assert text.count("re-\n") == 3
    assert unwrapped(text) == "\n\n".join([paragraph] * 3)


def test_list_items_and_short_lines_keep_their_breaks():
    items = ["The leaders agreed on the following points after a long conversation on the telephone:",
             "- a ceasefire of thirty days along the whole front line, starting at once",
             "- the exchange of all prisoners held by either side before the end of the year",
             "1. humanitarian corridors from the besieged cities to safe areas further west",
             "Signed,", "The Office of the President"]
    text = _wrapped(items, 60, "\n")
    assert unwrapped(text).split("\n") == items


@pytest.mark.parametrize("text", [
    "\n\n".join(STORY),  # paragraphs written on one line each
    "Contents\nWorld\nPolitics\nBusiness\nSport\nWeather",  # short lines that no wrapper made
    "\n".join(["A headline of a few words", "", "WASHINGTON — A single short paragraph about a call."]),
], ids=["long-lines", "menu", "short-article"])
def test_text_that_was_not_wrapped_is_left_alone(text: str):
    assert unwrapped(text) == text


def test_a_hard_wrapped_article_yields_the_calls_of_its_unwrapped_self():
    published = date(2022, 9, 9)
    assert calls_in(_wrapped(STORY, 60), published) == calls_in("\n\n".join(STORY), published) == [
        Expected(("Emmanuel Macron", "Olaf Scholz"), date(2022, 9, 7))]


@pytest.mark.parametrize(("text", "expected"), [
    ("with Prime Minister Mr.\n\nScott Morrison on Friday.", "with Prime Minister Mr. Scott Morrison on Friday."),
    ("Minister of External Affairs Dr.\nS Jaishankar said.", "Minister of External Affairs Dr. S Jaishankar said."),
    ("He said so, Mrs.\n   Ardern recalled.", "He said so, Mrs. Ardern recalled."),
    ("It was a good call.\n\nMr. Biden left.", "It was a good call.\n\nMr. Biden left."),
], ids=["paragraph-break-after-mr", "line-break-after-dr", "indented-line-after-mrs", "no-honorific-at-the-break"])
def test_a_name_broken_off_its_honorific_is_joined_again(text: str, expected: str):
    assert joined_after_honorifics(text) == expected


def test_a_call_with_a_name_broken_off_its_honorific_names_the_leader():
    text = ("\"Prime Minister Narendra Modi will hold a virtual summit with Prime Minister Mr.\n\nScott Morrison on "
            "4th June,\" the ministry said on Wednesday.\n\nIn April, the prime ministers had a phone conversation "
            "about the pandemic.")
    assert [e.leaders for e in calls_in(text, date(2020, 6, 4))] == [("Narendra Modi", "Scott Morrison")]
