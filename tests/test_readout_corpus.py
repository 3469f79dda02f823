"""Extraction over the project's own corpus of readouts and reports (tests/fixtures/readouts): it must not slip.

The floors sit just under what the extractor reaches today, so a change that loses calls, dates, merges or
attributions fails here even when every single-phenomenon table still passes.
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

CORPUS = Path(__file__).parent / "fixtures" / "readouts"


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory) -> Scores:
    engine = fresh_engine(tmp_path_factory.mktemp("readouts") / "hotline.db")
    with Session(engine) as session:
        ingest_paths(session, [CORPUS])
        calls = calls_json(list_calls(session))["calls"]
    engine.dispose()
    return score(json.loads((CORPUS / "gold.json").read_text(encoding="utf-8")), calls)


def test_calls_are_found_and_nothing_is_invented(scores: Scores):
    assert scores.events_f1 >= 0.90, scores.misses


def test_no_wrong_date_is_asserted_and_most_are_exact(scores: Scores):
    assert scores.wrong_dates == 0, scores.misses
    assert scores.dates_exact / scores.dates_n >= 0.80, scores.misses


def test_reports_of_one_call_are_merged(scores: Scores):
    assert scores.merge_pairs_together == scores.merge_pairs, scores.misses


def test_statements_are_filed_under_their_leader(scores: Scores):
    assert scores.positions_attributed >= 0.95, scores.misses
    assert scores.positions_found / scores.positions_n >= 0.72, scores.misses


def test_topics_and_who_else_joined(scores: Scores):
    assert scores.topics_f1 >= 0.80, scores.misses
    assert scores.also_found == scores.also_n, scores.misses
