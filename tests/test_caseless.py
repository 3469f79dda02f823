"""Case-insensitive cue patterns run over lowered text find exactly what IGNORECASE finds in the original."""

import re
import string
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.ingest import cues
from app.ingest.caseless import CaselessPattern, GatedPattern, can_run_lowered, caseless, lowered, needed_words

CUE_PATTERNS = {name: value for name, value in vars(cues).items() if isinstance(value, CaselessPattern)}
EVERY_CHARACTER = "".join(chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF)
EVERY_LOWERED = lowered(EVERY_CHARACTER)


def test_lowering_keeps_every_offset():
    assert len(EVERY_LOWERED) == len(EVERY_CHARACTER)


def test_a_lowered_character_is_an_ascii_letter_exactly_when_ignorecase_takes_it_for_one():
    for letter in string.ascii_lowercase:
        taken = {m.start() for m in re.finditer(letter, EVERY_CHARACTER, re.IGNORECASE)}
        assert taken == {m.start() for m in re.finditer(letter, EVERY_LOWERED)}, letter


@pytest.mark.parametrize("pattern", [r"\w", r"\s", r"\d"])
def test_lowering_never_changes_a_character_class(pattern: str):
    regex = re.compile(pattern)
    assert [m.start() for m in regex.finditer(EVERY_CHARACTER)] == [m.start() for m in regex.finditer(EVERY_LOWERED)]


@pytest.mark.parametrize(("pattern", "runs_lowered"), [
    (r"\bspoke (?:by|over) phone\b", True),
    (r"(?P<verb>said)\s+\S+", True),
    (r"[A-Z]\w+ said", False),  # an uppercase class means something else over lowered text
    (r"élysée", False),  # a non-ASCII letter may have case partners IGNORECASE knows
    (r"(?-i:x)y", False),
])
def test_only_patterns_that_mean_the_same_over_lowered_text_are_accepted(pattern: str, runs_lowered: bool):
    assert can_run_lowered(pattern) is runs_lowered


def test_a_pattern_that_cannot_run_lowered_is_refused_with_the_reason():
    with pytest.raises(ValueError, match="uppercase or non-ASCII"):
        caseless(r"[A-Z]")


_PIECES = st.sampled_from(["President", "SPOKE", "Spoke", "by phone", "BY PHONE", "called", "on", "the call",
                           "İstanbul", "ſpoke", "ı", "K", "met", "summit", "telephone meeting", "will hold",
                           "said", "urged", "90 minutes", "an hour", " ", ".", ",", "\n", "’s office", "Ǆ", "ß"])
_TEXTS = st.one_of(st.text(max_size=200), st.lists(_PIECES, max_size=40).map(" ".join))


@settings(max_examples=150, deadline=None)
@given(text=_TEXTS)
def test_every_cue_pattern_finds_what_ignorecase_finds(text: str):
    for name, pattern in CUE_PATTERNS.items():
        reference = re.compile(pattern.pattern, re.IGNORECASE)
        expected = [(m.span(), m.group(), m.groupdict(), m.lastgroup) for m in reference.finditer(text)]
        found = [(m.span(), m.group(), m.groupdict(), m.lastgroup) for m in pattern.finditer(text)]
        assert found == expected, name
        assert pattern.sub(" ", text) == reference.sub(" ", text), name
        assert bool(pattern.search(text)) == bool(reference.search(text)), name


@settings(max_examples=200, deadline=None)
@given(text=st.one_of(_TEXTS, st.just("ΟΔΟΣ ΣΟΦΟΣ."), st.text(alphabet="ΣσςAΑaİıſK ", max_size=30)))
def test_the_quick_lowering_differs_from_the_table_only_where_no_pattern_could_tell(text: str):
    from app.ingest.caseless import _LOWER

    classes = [re.compile(p) for p in (r"\w", r"\s", r"\d")]
    for quick, exact in zip(lowered(text), text.translate(_LOWER), strict=True):
        if quick != exact:
            assert not quick.isascii() and not exact.isascii()
            assert [bool(c.match(quick)) for c in classes] == [bool(c.match(exact)) for c in classes]


@pytest.mark.parametrize(("pattern", "words"), [
    (r"\b(?:(?:tele)?phone|video)[ -]?calls?\b", ("phone", "video")),  # the rarer of the two requirements
    (r"\b(?:video|secure video) link\b", ("video",)),  # "secure video" holds "video"
    (r"\b(?:will|would)\s+(?:speak|talk)\b|\bno call\b", ("no call", "speak", "talk")),
    (r"\bcall(?:s)?\b|\b\d+\b", None),  # a branch that needs no word
    (r"(?:phone)?\s+call", ("call",)),  # an optional word is not needed
])
def test_a_pattern_is_tried_only_where_a_word_every_match_holds_is_found(pattern: str, words: tuple[str, ...] | None):
    assert needed_words(pattern) == words


def _gated_patterns() -> dict[str, GatedPattern]:
    from app.ingest import call_series, calls, content, positions

    return {f"{module.__name__}.{name}": value for module in (call_series, calls, content, positions)
            for name, value in vars(module).items() if isinstance(value, GatedPattern)}


_GATED_PIECES = st.sampled_from(["said", "SAID", "he", "they", "met", "had", "a", "meeting", "spoke", "with", ":",
                                 "Office", "office", "according to", "the", "president's", "declined to", "comment",
                                 "among", "leaders", "whom", "were", "calls", "several", "İ", "ſ", ",", " ", "\n",
                                 "call will take place", "also present", "Ambassador", "ambassador"])


@settings(max_examples=150, deadline=None)
@given(text=st.one_of(st.text(max_size=120), st.lists(_GATED_PIECES, max_size=30).map(" ".join)),
       pos=st.integers(-5, 60), endpos=st.integers(-5, 200))
def test_a_gated_pattern_finds_what_the_pattern_finds(text: str, pos: int, endpos: int):
    for name, gated in _gated_patterns().items():
        assert [m.span() for m in gated.finditer(text, pos, endpos)] == \
            [m.span() for m in gated.regex.finditer(text, pos, endpos)], name
        found, expected = gated.search(text), gated.regex.search(text)
        assert (found and found.span()) == (expected and expected.span()), name
