"""Sentence splitting keeps offsets, handles abbreviations and stays linear on very long paragraphs."""

import pytest

from app.ingest.sentences import CHUNK_CHARS, split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Biden spoke with Mr. Xi on Feb. 15. The U.S. side said so.",
         ["Mr. Biden spoke with Mr. Xi on Feb. 15.", "The U.S. side said so."]),
        ("The call began at 9 a.m. Washington time and ended at 10:53 a.m., the White House said. Next.",
         ["The call began at 9 a.m. Washington time and ended at 10:53 a.m., the White House said.", "Next."]),
        ("Headline without a stop\nBody sentence one. Body two.", ["Headline without a stop", "Body sentence one.",
                                                                   "Body two."]),
    ],
    ids=["abbreviations", "clock-time-runs-on", "lines-are-paragraphs"],
)
def test_split(text: str, expected: list[str]):
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == expected
    assert all(text[s.start:s.end] == s.text for s in sentences)


def test_a_very_long_paragraph_splits_as_its_parts_would():
    sentence = "President Joe Biden spoke by phone with Mr. Netanyahu of Israel on Monday about the U.S. plan. "
    text = sentence * (3 * CHUNK_CHARS // len(sentence))
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [sentence.strip()] * (3 * CHUNK_CHARS // len(sentence))
    assert all(text[s.start:s.end] == s.text for s in sentences)
