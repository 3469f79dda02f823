"""One call reported from two time zones: a Washington evening is the next morning in Beijing."""

import json
from pathlib import Path

from sqlmodel import Session

from app.export import calls_json
from app.ingest.pipeline import ingest_paths
from app.queries import list_calls
from tests.conftest import fresh_engine

WASHINGTON = """Readout of the President's call with President Xi Jinping

President Joe Biden spoke this evening with President Xi Jinping of the People's Republic of China. The two leaders \
discussed export controls on advanced semiconductors, fentanyl and the Taiwan Strait.

President Biden raised concerns about China's support for Russia's defense industrial base.
"""

BEIJING = """Xi holds phone talks with Biden

BEIJING, Nov. 16 -- Chinese President Xi Jinping held a phone conversation with U.S. President Joe Biden on \
Wednesday morning at the latter's request.

Xi said the U.S. side should stop its crackdown on Chinese technology companies and lift its export controls on \
semiconductors. On the Taiwan question, Xi said the island is part of China's territory.
"""


def ingest(folder: Path, articles: dict[str, tuple[str, str]]) -> list[dict]:
    folder.mkdir()
    manifest = []
    for name, (text, published) in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
        manifest.append(json.dumps({"file": name, "published": published}))
    (folder / "manifest.jsonl").write_text("\n".join(manifest) + "\n", encoding="utf-8")
    with Session(fresh_engine(folder.parent / "hotline.db")) as session:
        ingest_paths(session, [folder])
        return calls_json(list_calls(session))["calls"]


def test_an_evening_call_and_the_next_mornings_readout_are_one_call(tmp_path: Path):
    [call] = ingest(tmp_path / "articles", {"washington.txt": (WASHINGTON, "2022-11-15"),
                                            "beijing.txt": (BEIJING, "2022-11-16")})
    assert call["date"] == "2022-11-15"
    assert "dated 16 November 2022 by a report from a time zone ahead" in call["date_basis"]
    reasons = {source["origin"]: source["merge_reason"] for source in call["sources"]}
    assert reasons["washington.txt"] == "dated 15 November 2022"
    assert reasons["beijing.txt"].startswith("dated 16 November 2022, the morning after the evening of 15 November")


def test_a_morning_call_and_the_next_mornings_readout_are_two_calls(tmp_path: Path):
    calls = ingest(tmp_path / "articles", {"washington.txt": (WASHINGTON.replace("this evening", "this morning"),
                                                              "2022-11-15"),
                                           "beijing.txt": (BEIJING, "2022-11-16")})
    assert sorted(call["date"] for call in calls) == ["2022-11-15", "2022-11-16"]
