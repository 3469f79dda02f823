"""Who the leaders on a call are: a name, a title or a description read as the leader the text means."""

from datetime import date

import pytest

from tests.test_extraction import Expected, calls_in

# A leader out of office when the text is published, named in a sentence that dates the call to their term.
LEADERS_ON_THE_DAY_THE_TEXT_GIVES = [
    pytest.param("On September 9, 2016, President Vladimir Putin had a telephone conversation with President Barack "
                 "Obama about Syria.", date(2022, 4, 2),
                 [Expected(("Barack Obama", "Vladimir Putin"), date(2016, 9, 9))],
                 id="a-past-president-on-a-full-date-years-before-publication"),
    pytest.param("Prime Minister Theresa May spoke by phone with President Emmanuel Macron in March 2019 about "
                 "Brexit.", date(2024, 6, 1), [Expected(("Emmanuel Macron", "Theresa May"))],
                 id="a-past-prime-minister-in-a-month-of-her-term"),
    pytest.param("Theresa May, who left office in 2019, spoke by phone with President Emmanuel Macron on Tuesday.",
                 date(2024, 6, 1), [], id="a-past-leader-on-a-day-after-her-term-is-no-call-of-leaders"),
]

CALL_LEADERS = [*LEADERS_ON_THE_DAY_THE_TEXT_GIVES]


@pytest.mark.parametrize(("text", "published", "expected"), CALL_LEADERS)
def test_call_leaders(text: str, published: date | None, expected: list[Expected]):
    assert calls_in(text, published) == sorted(expected, key=lambda e: (e.leaders, e.day or date.min))
