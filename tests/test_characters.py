"""Mis-decoded text, character references and odd spaces are read as the clean text would be."""

from __future__ import annotations

from datetime import date

import pytest

from app.ingest.characters import plain_characters
from app.ingest.reader import parse_article
from tests.test_extraction import Expected, calls_in

CLEAN = ("ANKARA — President Recep Tayyip Erdoğan spoke by phone on Monday with Chancellor Olaf Scholz, who welcomed "
         "Türkiye’s role in the grain talks – the presidency said.")


def _read_as_windows_1252(text: str) -> str:
    """UTF-8 text decoded with the Windows Western code page, as a careless scraper does (no character here
    holds a byte that code page leaves undefined)."""
    return "".join(char if char.isascii() else char.encode("utf-8").decode("cp1252", errors="ignore") for char in text)


def test_text_decoded_with_the_wrong_code_page_is_repaired():
    broken = _read_as_windows_1252(CLEAN)
    assert "Ã" in broken or "Ä" in broken
    assert plain_characters(broken) == CLEAN
    assert calls_in(broken, date(2023, 7, 11)) == calls_in(CLEAN, date(2023, 7, 11)) == [
        Expected(("Olaf Scholz", "Recep Tayyip Erdogan"), date(2023, 7, 10))]


@pytest.mark.parametrize("text", [
    CLEAN,
    "Luiz Inácio Lula da Silva met Olaf Scholz in Düsseldorf; the café near the Rhône was closed — “fermé”.",
    "Ñandú, Øresund, Ångström, Ðakovo, São Paulo, Ålesund: names a code page check must not touch.",
], ids=["turkish-and-typography", "accents", "capital-accents"])
def test_text_decoded_right_is_left_as_it_is(text: str):
    assert plain_characters(text) == text


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2009", "\u3000"],
                         ids=["no-break", "narrow-no-break", "thin", "ideographic"])
def test_typographic_spaces_read_as_spaces(space: str):
    text = "President Joe Biden spoke by phone with Prime Minister Benjamin Netanyahu on Sunday.".replace(" ", space)
    assert calls_in(text, date(2024, 2, 12)) == [
        Expected(("Benjamin Netanyahu", "Joe Biden"), date(2024, 2, 11))]


def test_invisible_characters_inside_names_are_dropped():
    text = "President Joe Biden spoke by phone with Prime Minister Benjamin Netan\u00adyahu on Sun\u200bday."
    assert parse_article("t.txt", text).text == text.replace("\u00ad", "").replace("\u200b", "")
    assert calls_in(text, date(2024, 2, 12)) == [Expected(("Benjamin Netanyahu", "Joe Biden"), date(2024, 2, 11))]


def test_character_references_read_as_their_characters():
    text = ("President Joe Biden&#8217;s call with Prime Minister Benjamin Netanyahu on Sunday &mdash; the first in "
            "a month &ndash; was about &quot;Rafah&quot; and aid, AT&amp;T&#x27;s R&D chief said.")
    assert parse_article("t.txt", text).text == ("President Joe Biden’s call with Prime Minister Benjamin Netanyahu on "
                                                 "Sunday — the first in a month – was about \"Rafah\" and aid, AT&T's "
                                                 "R&D chief said.")
    assert calls_in(text, date(2024, 2, 12)) == [Expected(("Benjamin Netanyahu", "Joe Biden"), date(2024, 2, 11))]
