"""A headline set in capitals is read in the case its words take in the story."""

from __future__ import annotations

from datetime import date

import pytest

from app.ingest.headline_case import with_headline_case
from tests.test_extraction import Expected, calls_in

STORY = ("Kishida holds separate calls with the leaders of Germany and France\n\n"
         "TOKYO — Prime Minister Fumio Kishida held separate phone calls on Thursday with Chancellor Olaf Scholz and "
         "President Emmanuel Macron of France about the G7 summit and the war in Ukraine, a day after Germany "
         "proposed new talks.")


def test_a_headline_in_capitals_takes_the_case_of_the_story():
    text = STORY.upper().split("\n", 1)[0] + "\n" + STORY.split("\n", 1)[1]
    restored = with_headline_case(text)
    assert len(restored) == len(text)
    assert restored.split("\n", 1)[0] == "Kishida holds separate calls with the leaders of Germany and France"


def test_acronyms_the_story_does_not_spell_out_stay_in_capitals():
    text = "US AND EU LEADERS AGREE ON TARIFF TRUCE BY PHONE\n\nThe leaders of the two economies agreed on a truce."
    assert with_headline_case(text).split("\n", 1)[0] == "US and EU leaders agree on tariff truce by phone"


@pytest.mark.parametrize("text", [
    "WASHINGTON\n\nPresident Joe Biden spoke with Chancellor Olaf Scholz on Monday.",  # a dateline on its own line
    "THE TWO LEADERS " * 10 + "SPOKE.\n\nThe call lasted an hour.",  # capitals for a whole paragraph
    "Biden and Scholz speak by phone\n\nNATO IS NOT PART OF THE TALKS, AIDES SAID\n\nThe call lasted an hour.\n\n"
    "LATER LINES IN CAPITALS ARE THE STORY'S OWN",
], ids=["dateline", "paragraph-in-capitals", "capitals-below-the-headline"])
def test_other_capitals_are_left_alone(text: str):
    restored = with_headline_case(text)
    assert restored.split("\n")[-1] == text.split("\n")[-1]
    if text.startswith(("WASHINGTON", "THE TWO")):
        assert restored == text


def test_separate_calls_under_a_headline_in_capitals_stay_separate():
    text = STORY.upper().split("\n", 1)[0] + "\n" + STORY.split("\n", 1)[1]
    assert calls_in(text, date(2023, 4, 21)) == calls_in(STORY, date(2023, 4, 21)) == [
        Expected(("Emmanuel Macron", "Fumio Kishida"), date(2023, 4, 20)),
        Expected(("Fumio Kishida", "Olaf Scholz"), date(2023, 4, 20))]
