"""Any text at all goes through extraction without an error, every quoted sentence is where it says it is, and
extraction time grows in proportion to the text's length."""

import time
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import SEEDS_DIR
from app.ingest.extract import extract_article
from app.ingest.leaders import load_directory
from app.ingest.reader import parse_article
from app.ingest.topics import load_vocabulary

DIRECTORY, VOCABULARY = load_directory(), load_vocabulary()

# Words that make the extractor work hard: leaders, call words, dates, titles, punctuation of every kind.
WORDS = ["President", "Joe", "Biden", "Xi", "Jinping", "Prime", "Minister", "Netanyahu", "spoke", "by", "phone",
         "with", "on", "Monday", "March", "18,", "2024", "said", "the", "two", "leaders", "separately", "called",
         "Mr.", "U.S.", "Rafah", "ceasefire", "—", "\"", "”", ".", ",", ";", "(", ")", "and", "he", "told", "that",
         "The", "Kremlin", "White", "House", "video", "call", "three-way", "a.m.", "No.5", "...", "?", "!"]
texts = st.one_of(
    st.text(max_size=3000),
    st.lists(st.sampled_from(WORDS), max_size=600).map(" ".join),
    st.lists(st.sampled_from(WORDS), max_size=600).map("".join),  # everything run together, no spaces
    st.lists(st.sampled_from([*WORDS, "\n", "\n\n"]), max_size=600).map(" ".join),
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, published=st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2030, 12, 31))))
def test_extraction_never_raises_and_every_sentence_slices_to_its_text(text: str, published: date | None):
    article = parse_article("any.txt", text)
    if published is not None:
        article = type(article)(**{**article.__dict__, "published": published, "published_basis": "manifest"})
    result = extract_article(article, directory=DIRECTORY, vocabulary=VOCABULARY)
    for draft in result.drafts:
        assert len({ref.slug for ref in draft.leaders}) >= 2
        quoted = [*draft.sentences, *(p.sentence for p in draft.positions),
                  *(s for sentences in draft.topics.values() for s in sentences)]
        for sentence in quoted:
            assert article.text[sentence.start:sentence.end] == sentence.text
        accounts = [(p.leader_slug, p.sentence.start) for p in draft.positions]
        assert len(accounts) == len(set(accounts))  # one sentence, one account of each leader


SEED_PROSE = "\n\n".join(path.read_text(encoding="utf-8") for path in sorted(SEEDS_DIR.glob("*.txt")))
# Eight times the text may take at most this many times eight times as long: a quadratic step would take 64 times.
# Generous, so a loaded two-core machine never fails it (a busy neighbour slows even CPU time through shared caches);
# CPU time, best of a few runs, so other processes count as little as they can.
SCALING_SLACK = 3


def _extraction_seconds(text: str, *, tries: int, published: date | None = None) -> float:
    article = parse_article("long.txt", text)
    if published is not None:  # dates then resolve to days, and a call's frame gathers one per sentence that tells it
        article = type(article)(**{**article.__dict__, "published": published, "published_basis": "manifest"})
    best = float("inf")
    for _ in range(tries):
        started = time.process_time()
        extract_article(article, directory=DIRECTORY, vocabulary=VOCABULARY)
        best = min(best, time.process_time() - started)
    return best


@pytest.mark.parametrize("published", [None, date(2024, 8, 22)])
@pytest.mark.parametrize("shape", ["paragraphs", "one-line"])
def test_extraction_time_grows_in_proportion_to_the_length(shape: str, published: date | None):
    def text_of(size: int) -> str:
        text = (SEED_PROSE * (size // len(SEED_PROSE) + 1))[:size]
        return " ".join(text.split()) if shape == "one-line" else text

    small = _extraction_seconds(text_of(25_000), tries=3, published=published)
    large = _extraction_seconds(text_of(200_000), tries=2, published=published)
    assert large <= 8 * SCALING_SLACK * max(small, 0.01), f"25 KB: {small:.2f} s, 200 KB: {large:.2f} s"


def test_finding_the_sides_of_a_long_article_grows_in_proportion_to_the_length():
    """Each side ("the Chinese side") is checked against the institutions already found ("the White House"): against
    all of them, an article of thousands of both took the square of its length."""
    from app.ingest.analysis import _side_pattern, _sides

    pattern = _side_pattern(DIRECTORY)
    unit = "The White House said so. The Chinese side said the Kremlin agreed. "
    assert [country for _, _, country in _sides(unit, pattern)] == ["US", "CN", "RU"]

    def seconds(repeats: int) -> float:
        best = float("inf")
        for _ in range(2):
            started = time.process_time()
            found = _sides(unit * repeats, pattern)
            best = min(best, time.process_time() - started)
        assert len(found) == 3 * repeats
        return best

    small, large = seconds(250), seconds(4000)
    assert large <= 16 * SCALING_SLACK * max(small, 0.005), f"250 units: {small:.3f} s, 4,000 units: {large:.3f} s"
