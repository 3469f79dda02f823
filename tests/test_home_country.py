"""Whose government speaks in an article: the dateline's city, in the forms wires and state agencies write it."""

import pytest

from app.ingest.analysis import analyse
from app.ingest.leaders import load_directory
from app.ingest.reader import parse_article


@pytest.mark.parametrize(("opening", "country"), [
    ("WASHINGTON — President Joe Biden spoke", "US"),
    ("ISLAMABAD: Prime Minister Shehbaz Sharif received a call", "PK"),
    ("NUR-SULTAN. KAZINFORM – President Kassym-Jomart Tokayev had a call", "KZ"),
    ("Hanoi (VNA) – Prime Minister Pham Minh Chinh held talks", "VN"),
    ("BEIJING, Nov. 16 (Xinhua) -- President Xi Jinping held a call", "CN"),
    ("JERUSALEM, March 5 — Prime Minister Benjamin Netanyahu spoke", "IL"),
    ("NOTE: Prime Minister Shehbaz Sharif received a call", None),
    ("Prime Minister Shehbaz Sharif received a call", None),
])
def test_the_dateline_says_whose_government_speaks(opening: str, country: str | None):
    facts = analyse(parse_article("t.txt", f"{opening} on Tuesday.\n"), load_directory())
    assert facts.home_country == country


@pytest.mark.parametrize(("outlet", "country"), [
    ("Élysée readout", "FR"),
    ("White House statement", "US"),
    ("Kremlin", "RU"),
    ("Daily Planet", None),
    ("Prime Minister's Office", "IL"),
    ("UK Prime Minister's Office", "GB"),
    ("White House readout of a call with the UK Prime Minister", "US"),
])
def test_an_outlet_named_for_an_institution_is_its_government(outlet: str, country: str | None):
    article = parse_article("t.txt", "The President of the Republic spoke this Monday with President Tebboune.\n")
    facts = analyse(type(article)(**{**article.__dict__, "outlet": outlet}), load_directory())
    assert (facts.home_country, facts.issuer) == (country, country is not None)


def test_a_presidency_the_lead_cites_is_the_datelines_over_an_institution_cited_later():
    text = ("PRETORIA — President Cyril Ramaphosa spoke with President Vladimir Putin on Saturday, the Presidency said."
            "\n\nPutin reaffirmed his readiness for dialogue, according to the Kremlin.\n")
    facts = analyse(parse_article("t.txt", text), load_directory())
    assert facts.home_country == "ZA"


@pytest.mark.parametrize(("text", "country"), [
    ("THE WHITE HOUSE\nOffice of the Press Secretary\n\nThe President spoke today with President Putin.\n", "US"),
    ("For Immediate Release\nThe Kremlin\n\nThe President had a call with President Macron.\n", "RU"),
    ("PM call with President Macron: 4 June 2023\n\nThe Prime Minister spoke to President Macron.\n", "GB"),
    ("Moscow\n\nThe President had a call with President Macron.\n", None),
])
def test_a_letterhead_or_a_downing_street_title_is_the_issuing_government(text: str, country: str | None):
    facts = analyse(parse_article("t.txt", text), load_directory())
    assert (facts.home_country, facts.issuer) == (country, country is not None)
