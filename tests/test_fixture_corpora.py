"""Extraction over the project's own corpora of readouts and wire reports (tests/fixtures/): it must not slip.

The floors sit just under what the extractor reaches today on each, so a change that loses calls, dates, merges
or attributions fails here even when every single-phenomenon table still passes.
"""

import json
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


@pytest.fixture(scope="module", params=sorted(FLOORS))
def corpus(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Scores]:
    folder = FIXTURES / request.param
    engine = fresh_engine(tmp_path_factory.mktemp(request.param) / "hotline.db")
    with Session(engine) as session:
        ingest_paths(session, [folder])
        calls = calls_json(list_calls(session))["calls"]
    engine.dispose()
    return request.param, score(json.loads((folder / "gold.json").read_text(encoding="utf-8")), calls)


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
