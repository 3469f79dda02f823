"""Extraction over the project's own corpora of readouts and wire reports (tests/fixtures/): it must not slip.

The floors sit just under what the extractor reaches today on each, so a change that loses calls, dates, merges
or attributions fails here even when every single-phenomenon table still passes. Each corpus is read five times more,
as plain text also arrives: with every line break of its text articles lost (some scrapers deliver one line), and
hard-wrapped at 72 columns (wire feeds, e-mail, text saved from a terminal), with no-break spaces between its
words (a page's `&nbsp;`), with its headline in capitals, and with HTML character references for its quotes, dashes
and ampersands. The same floors hold.
"""

import html
import json
import re
import shutil
import textwrap
from pathlib import Path

import pytest
from sqlmodel import Session

from app.evaluation import Scores, score
from app.export import calls_json
from app.ingest.pipeline import ingest_paths
from app.queries import list_calls
from tests.conftest import fresh_engine

FIXTURES = Path(__file__).parent / "fixtures"
# corpus: (events F1, dates exact, wrong dates, merge pair recall, attributed, positions recall, topics F1, also)
FLOORS = {
    "readouts": (0.97, 0.97, 0, 1.00, 0.95, 0.91, 0.86, 1.00),
    "wires": (0.97, 0.97, 0, 0.97, 0.95, 0.93, 0.81, 1.00),
}


def _headline_in_capitals(text: str) -> str:
    """The first line in capitals when it is a headline (after a feed's date, if one leads it)."""
    lines = text.split("\n")
    index = next(index for index, line in enumerate(lines) if line.strip())
    dated = re.match(r"(\s*date\s+\S+\s*)(.*)", lines[index])
    lead, headline = dated.groups() if dated else ("", lines[index])
    if len(headline.split()) <= 25:
        lines[index] = lead + headline.upper()
    return "\n".join(lines)


# How a text article's layout is changed before it is read.
LAYOUTS = {
    "as-written": None,
    "one-line": lambda text: " ".join(text.split()),
    "wrapped": lambda text: "\n".join("\n".join(textwrap.wrap(line, 72)) for line in text.split("\n")),
    "no-break-spaces": lambda text: text.replace(" ", "\u00a0"),
    "headline-in-capitals": _headline_in_capitals,
    "character-references": lambda text: html.escape(text).replace("’", "&#8217;").replace("—", "&mdash;"),
}


@pytest.fixture(scope="module", params=[(name, layout) for name in sorted(FLOORS) for layout in LAYOUTS],
                ids=lambda param: f"{param[0]}-{param[1]}")
def corpus(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Scores]:
    name, layout = request.param
    folder = FIXTURES / name
    if LAYOUTS[layout] is not None:
        folder = shutil.copytree(folder, tmp_path_factory.mktemp(f"{name}-{layout}") / name)
        for path in folder.glob("*.txt"):
            path.write_text(LAYOUTS[layout](path.read_text(encoding="utf-8")), encoding="utf-8")
    engine = fresh_engine(tmp_path_factory.mktemp(name) / "hotline.db")
    with Session(engine) as session:
        ingest_paths(session, [folder])
        calls = calls_json(list_calls(session))["calls"]
    engine.dispose()
    return name, score(json.loads((folder / "gold.json").read_text(encoding="utf-8")), calls)


def test_calls_are_found_and_nothing_is_invented(corpus: tuple[str, Scores]):
    name, scores = corpus
    assert scores.events_f1 >= FLOORS[name][0], scores.misses


def test_dates_are_exact_and_wrong_ones_rare(corpus: tuple[str, Scores]):
    name, scores = corpus
    assert scores.dates_exact / scores.dates_n >= FLOORS[name][1], scores.misses
    assert scores.wrong_dates <= FLOORS[name][2], scores.misses


def test_reports_of_one_call_are_merged(corpus: tuple[str, Scores]):
    name, scores = corpus
    assert scores.merge_pairs_together / scores.merge_pairs >= FLOORS[name][3], scores.misses


def test_statements_are_filed_under_their_leader(corpus: tuple[str, Scores]):
    name, scores = corpus
    assert scores.positions_attributed >= FLOORS[name][4], scores.misses
    assert scores.positions_found / scores.positions_n >= FLOORS[name][5], scores.misses


def test_topics_and_who_else_joined(corpus: tuple[str, Scores]):
    name, scores = corpus
    assert scores.topics_f1 >= FLOORS[name][6], scores.misses
    assert scores.also_found / scores.also_n >= FLOORS[name][7], scores.misses
