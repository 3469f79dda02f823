"""Sentence splitting keeps offsets, handles abbreviations and stays linear on very long or strange lines."""

import pytest

from app.ingest.sentences import MAX_QUESTIONS, MAX_SENTENCE_CHARS, split_sentences
from app.ingest.types import Sentence


def assert_well_formed(text: str, sentences: list[Sentence]) -> None:
    """Offsets slice to the text, sentences are in order, apart, trimmed, within one line and under the cap."""
    previous_end = 0
    for index, sentence in enumerate(sentences):
        assert sentence.index == index
        assert text[sentence.start:sentence.end] == sentence.text
        assert previous_end <= sentence.start < sentence.end
        assert sentence.text == sentence.text.strip()
        assert "\n" not in sentence.text
        assert len(sentence.text) <= MAX_SENTENCE_CHARS
        previous_end = sentence.end
    # Nothing is lost: every character outside the sentences is a space.
    covered = set().union(*(range(s.start, s.end) for s in sentences)) if sentences else set()
    assert all(char.isspace() for i, char in enumerate(text) if i not in covered)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Biden spoke with Mr. Xi on Feb. 15. The U.S. side said so.",
         ["Mr. Biden spoke with Mr. Xi on Feb. 15.", "The U.S. side said so."]),
        ("The call began at 9 a.m. Washington time and ended at 10:53 a.m., the White House said. Next.",
         ["The call began at 9 a.m. Washington time and ended at 10:53 a.m., the White House said.", "Next."]),
        ("She spoke to him at 7:30 a.m. Thursday. They agreed. It began at 9 p.m. EDT, aides said. Next at 10 a.m. "
         "Eastern. Then 8 a.m. Eastern Europe woke.",
         ["She spoke to him at 7:30 a.m. Thursday.", "They agreed.", "It began at 9 p.m. EDT, aides said.",
          "Next at 10 a.m. Eastern.", "Then 8 a.m.", "Eastern Europe woke."]),
        ("Headline without a stop\nBody sentence one. Body two.", ["Headline without a stop", "Body sentence one.",
                                                                   "Body two."]),
        ("Lt. Gen. H. R. McMaster briefed the U.S. President. They left.",
         ["Lt. Gen. H. R. McMaster briefed the U.S. President.", "They left."]),
        ("The talks began on March 15. Both sides agreed.", ["The talks began on March 15.", "Both sides agreed."]),
        ("Aid rose 3.5% in 2024. Exports fell.", ["Aid rose 3.5% in 2024.", "Exports fell."]),
        ("He met them (in Cairo). Then he left.", ["He met them (in Cairo).", "Then he left."]),
        ("“We agreed. We will meet again,” Mr. Erdogan said. Then he hung up.",
         ["“We agreed. We will meet again,” Mr. Erdogan said.", "Then he hung up."]),
        ("He said: “The talks went well.” The aides left.",
         ["He said: “The talks went well.”", "The aides left."]),
        ("The deal came from the U.S. and the E.U. negotiators. Why? Nobody said!",
         ["The deal came from the U.S. and the E.U. negotiators.", "Why?", "Nobody said!"]),
        ("The firm is Acme Inc. The call lasted an hour.", ["The firm is Acme Inc.", "The call lasted an hour."]),
        ("1. Prime Minister Kishida thanked the President.", ["1. Prime Minister Kishida thanked the President."]),
        ("They met at the talks... Then nothing.", ["They met at the talks...", "Then nothing."]),
    ],
    ids=["abbreviations", "clock-time-runs-on", "clock-time-before-day-or-zone", "lines-are-paragraphs", "titles-and-initials", "day-number-ends",
         "numbers-end", "bracket-then-stop", "quoted-sentences-stay-whole", "quotation-ends-sentence",
         "initials-before-lowercase", "company-abbreviation-ends", "numbered-paragraph", "ellipsis"],
)
def test_split(text: str, expected: list[str]):
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == expected
    assert_well_formed(text, sentences)


def test_a_very_long_paragraph_splits_as_its_parts_would():
    sentence = "President Joe Biden spoke by phone with Mr. Netanyahu of Israel on Monday about the U.S. plan. "
    count = 3 * MAX_SENTENCE_CHARS // len(sentence)
    text = sentence * count
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [sentence.strip()] * count
    assert_well_formed(text, sentences)


@pytest.mark.parametrize(("opening", "closing"), [('"', '"'), ("“", "”"), ("(", ")")])
def test_a_mark_left_open_hides_no_sentence_end_beyond_a_sentence_length(opening: str, closing: str):
    # One line of scraped text: a quotation left open in one paragraph would pair with a mark many sentences on.
    filler = "The leaders spoke on Monday. " * (MAX_SENTENCE_CHARS // 29 + 5)
    text = f"He called it {opening}a start. {filler}They called it {opening}a first step.{closing} Then they left."
    sentences = [s.text for s in split_sentences(text)]
    assert sentences.count("The leaders spoke on Monday.") >= MAX_SENTENCE_CHARS // 29
    assert sentences[-2:] == [f"They called it {opening}a first step.{closing}", "Then they left."]
    assert_well_formed(text, split_sentences(text))


@pytest.mark.parametrize(
    "text",
    [
        "leaders spoke about the ceasefire and the hostages " * 400,  # a line with no sentence end at all
        "x" * (5 * MAX_SENTENCE_CHARS + 7),  # one unbroken token
        "a. b. c. " * 2000,  # every full stop a question
        "1. 2. 3. " * 2000,  # list numbers with nothing between them
        "Gen. Mr. Dr. St. " * 800,  # titles, each of which runs on
        "The leaders, the aides; the envoys, " * 300,  # commas and semicolons only
        "“" * 3000 + "a. B. " * 500,  # opening quotes that never close
        "(" * 3000 + "said. Then " * 500 + ")" * 3000,
        "'" + " 'a" * 3000 + ". B",
    ],
    ids=["no-sentence-end", "one-token", "initials", "list-numbers", "titles", "clauses", "unclosed-quotes",
         "deep-brackets", "apostrophes"],
)
def test_pathological_lines_are_cut_under_the_cap(text: str):
    assert_well_formed(text, split_sentences(text))


def test_a_long_line_is_cut_at_the_best_break_first():
    clause = "the leaders discussed aid and hostages and the border, "
    text = clause * (3 * MAX_SENTENCE_CHARS // len(clause))
    sentences = split_sentences(text)
    assert len(sentences) > 1
    assert all(s.text.endswith(",") for s in sentences[:-1])  # at a comma, not inside a word
    assert_well_formed(text, sentences)


def test_a_dense_run_of_questions_is_cut_by_rule():
    text = " ".join(f"{letter}." for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" * 2)
    assert len(text.split()) > MAX_QUESTIONS
    assert_well_formed(text, split_sentences(text))


hypothesis = pytest.importorskip("hypothesis")
strategies = pytest.importorskip("hypothesis.strategies")

# Text built from the pieces that steer the splitter, so that random draws reach its rules, not just letters.
_PIECES = strategies.sampled_from(
    [" ", "  ", "\n", "\t", ".", "!", "?", "...", ",", ";", "“", "”", '"', "'", "‘", "’", "(", ")", "[", "]",
     "--",
     "Mr", "U.S", "a.m", "No", "Inc", "F", "I", "i", "15", "2024", "The", "said", "Gaza", "leaders", "state.gov",
     "3.5", "Erdoğan", "\u00a0", "\u2028", "é"])
_TEXT = strategies.one_of(strategies.text(max_size=300), strategies.lists(_PIECES, max_size=200).map("".join))


@hypothesis.given(_TEXT)
@hypothesis.settings(max_examples=400, deadline=None)
def test_any_text_splits_into_well_formed_sentences(text: str):
    assert_well_formed(text, split_sentences(text))
