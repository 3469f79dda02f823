"""A synthetic call database for the explorer's tests: known calls, built without the real extractor.

The stories below are written so that every feature of the explorer has something to show: two years of
calls with a quiet summer, undated calls, a video call someone else joined, two readouts that disagree,
a call whose permalink changed when a later report dated it, and an article carrying hostile HTML.
"""

from __future__ import annotations

import socket
from calendar import day_name
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from sqlmodel import Session

from app.db import get_session, make_engine, upgrade
from app.ingest.sentences import split_sentences
from app.ingest.store import ingest_articles
from app.ingest.types import Article, CallDraft, DatePrecision, DateResolution, LeaderRef, PositionDraft, Sentence
from app.main import create_app

PEOPLE = {ref.slug: ref for ref in [
    LeaderRef("joe-biden", "Joe Biden", "President", "United States"),
    LeaderRef("benjamin-netanyahu", "Benjamin Netanyahu", "Prime Minister", "Israel"),
    LeaderRef("emmanuel-macron", "Emmanuel Macron", "President", "France"),
    LeaderRef("olaf-scholz", "Olaf Scholz", "Chancellor", "Germany"),
    LeaderRef("volodymyr-zelenskyy", "Volodymyr Zelenskyy", "President", "Ukraine"),
    LeaderRef("rishi-sunak", "Rishi Sunak", "Prime Minister", "United Kingdom"),
    LeaderRef("kamala-harris", "Kamala Harris", "Vice President", "United States", is_leader=False),
]}

TOPICS = [
    ("rafah", "Rafah", "The offensive on Rafah in southern Gaza."),
    ("hostages", "Hostages", "Hostages held in Gaza."),
    ("humanitarian-aid", "Humanitarian aid", "Aid deliveries and civilian protection."),
    ("ukraine", "Ukraine war", "Russia's war against Ukraine."),
    ("energy", "Energy", "Gas, oil and electricity supply."),
    ("trade", "Trade", "Tariffs and trade agreements."),
]

TOPIC_PHRASES = {
    "humanitarian-aid": "the delivery of humanitarian aid to civilians",
    "ukraine": "support for Ukraine against the Russian invasion",
    "energy": "energy supplies ahead of the winter",
    "trade": "trade ties and tariffs on steel",
    "hostages": "the release of the hostages",
}


@dataclass
class Line:
    """One sentence of a synthetic article and what the fake extractor should find in it."""

    text: str
    topic: str | None = None
    position: tuple[str, str] | None = None  # (leader slug, stance); its topic is `topic`
    shared: tuple[str, ...] = ()  # leaders the fake extractor also files the position under, as "states"
    fragment: int = 0  # the fake extractor keeps the position's text from this character on, as a real one may


@dataclass
class Story:
    """A synthetic article reporting one call."""

    origin: str
    leaders: tuple[str, str]
    day: date | None
    lines: list[Line]
    published: date | None = None
    weekday: int | None = None
    kind: str = "call"
    also: tuple[str, ...] = ()
    duration: tuple[int, str] | None = None
    outlet: str = "Wire Service"
    title: str | None = None

    def article(self) -> Article:
        return Article(origin=self.origin, text="\n".join(line.text for line in self.lines), title=self.title,
                       outlet=self.outlet, published=self.published or self.day)

    def draft(self, article: Article) -> CallDraft:
        sentences = split_sentences(article.text)
        assert len(sentences) == len(self.lines), f"{self.origin}: one sentence per line expected"
        if self.day:
            resolution = DateResolution(DatePrecision.DAY, day=self.day, earliest=self.day, latest=self.day,
                                        basis=f"“on {day_name[self.day.weekday()]}” read against the "
                                              f"publication date {article.published}", weekday=self.day.weekday())
        else:
            resolution = DateResolution.unknown("a weekday is named but the publication date is unknown",
                                                weekday=self.weekday)
        topics: dict[str, list] = {}
        positions = []
        for line, sentence in zip(self.lines, sentences):
            if line.topic:
                topics.setdefault(line.topic, []).append(sentence)
            if line.position:
                leader, stance = line.position
                kept = Sentence(sentence.index, sentence.start + line.fragment, sentence.end,
                                sentence.text[line.fragment:])
                positions.append(PositionDraft(leader, stance, line.topic, kept, self.origin))
                positions += [PositionDraft(other, "states", line.topic, sentence, self.origin)
                              for other in line.shared]
        return CallDraft(origin=self.origin, kind=self.kind, leaders=[PEOPLE[s] for s in self.leaders],
                         also_present=[PEOPLE[s] for s in self.also], date=resolution, topics=topics,
                         positions=positions, sentences=sentences, passing=False,
                         duration_minutes=self.duration[0] if self.duration else None,
                         duration_text=self.duration[1] if self.duration else None)


def surname(slug: str) -> str:
    return PEOPLE[slug].name.split()[-1]


def routine_stories() -> list[Story]:
    """Forty-odd ordinary calls over 2023 and 2024, with a quiet summer in 2023."""
    pairs = [("joe-biden", "volodymyr-zelenskyy"), ("emmanuel-macron", "olaf-scholz"),
             ("joe-biden", "emmanuel-macron"), ("rishi-sunak", "volodymyr-zelenskyy"),
             ("olaf-scholz", "volodymyr-zelenskyy"), ("joe-biden", "benjamin-netanyahu")]
    topics = ["ukraine", "energy", "trade", "ukraine", "humanitarian-aid", "hostages"]
    stances = ["urges", "supports", "concerned", "commits"]
    stories, day, n = [], date(2023, 1, 4), 0
    while day < date(2024, 12, 20):
        if not date(2023, 6, 1) <= day <= date(2023, 8, 20):
            a, b = pairs[n % len(pairs)]
            topic = topics[(n + n // len(pairs)) % len(topics)]
            phrase = TOPIC_PHRASES[topic]
            stories.append(Story(f"wire-{n:03d}.txt", (a, b), day, [
                Line(f"{PEOPLE[a].office} {surname(a)} spoke by phone with {PEOPLE[b].office} {surname(b)} "
                     f"on {day_name[day.weekday()]}, call number {n}."),
                Line(f"The two leaders discussed {phrase}.", topic),
                Line(f"{surname(a)} said {phrase} remained a priority for his government.", topic,
                     (a, stances[n % len(stances)])),
            ], title=f"{surname(a)} and {surname(b)} speak by phone"))
            n += 1
        day += timedelta(days=8 + (n * 5) % 7)
    return stories


def special_stories() -> list[Story]:
    biden, bibi = "joe-biden", "benjamin-netanyahu"
    return [
        Story("wh-2024-02-11.txt", (biden, bibi), date(2024, 2, 11), [
            Line("President Biden spoke with Prime Minister Netanyahu of Israel on Sunday about the situation in Gaza."),
            Line("Biden said a military operation in Rafah should not proceed without a credible plan to protect "
                 "civilians.", "rafah", (biden, "urges")),
            Line("The leaders discussed the release of the hostages held by Hamas and a temporary cease-fire.",
                 "hostages"),
            # Filed under both leaders: shown once, under the one it names first.
            Line("Netanyahu told Biden that Israel would keep fighting until Hamas was defeated.", "rafah",
                 (bibi, "states"), shared=(biden,)),
        ], title="Biden presses Netanyahu on Rafah", outlet="The White House"),
        # Two readouts of one call: they disagree on its length, and only one mentions the hostages.
        Story("wh-2024-03-18.txt", (biden, bibi), date(2024, 3, 18), [
            Line("President Biden spoke by phone with Prime Minister Netanyahu on Monday about Rafah and aid."),
            Line("Biden warned that a major ground operation in Rafah would be a mistake.", "rafah", (biden, "opposes")),
            Line("The call lasted 30 minutes, officials said."),
            Line("The president stressed the need to release the hostages held in Gaza.", "hostages",
                 (biden, "urges")),
            # In both readouts and filed under both leaders: one entry, "also in" the other readout.
            Line("The leaders agreed to stay in close touch.", None, (biden, "commits"), shared=(bibi,)),
        ], duration=(30, "30 minutes"), title="Readout of President Biden's call with Prime Minister Netanyahu",
            outlet="The White House"),
        Story("pmo-2024-03-18.txt", (bibi, biden), date(2024, 3, 18), [
            Line("Prime Minister Netanyahu spoke by phone with President Biden on Monday about Rafah and aid."),
            Line("Netanyahu said Israel was determined to eliminate the Hamas battalions in Rafah.", "rafah",
                 (bibi, "states"), fragment=len("Netanyahu said ")),  # extraction kept only the reported clause
            Line("The leaders spoke for 50 minutes."),
            Line("The leaders agreed to stay in close touch.", None, (bibi, "commits"), shared=("joe-biden",)),
        ], duration=(50, "50 minutes"), title="PM Netanyahu speaks with US President Biden",
            outlet="Prime Minister's Office"),
        Story("video-2024-05-06.txt", (biden, "olaf-scholz"), date(2024, 5, 6), [
            Line("President Biden held a video call with Chancellor Scholz on Monday, joined by Vice President Harris."),
            Line("They discussed energy supplies and the grid in Ukraine.", "energy"),
            Line("Scholz said a ceasefire in Gaza was urgent."),
        ], kind="video-call", also=("kamala-harris",), title="Biden, Scholz hold video call"),
        Story("undated-tuesday.txt", ("emmanuel-macron", "olaf-scholz"), None, [
            Line("President Macron and Chancellor Scholz talked by phone on Tuesday about semiconductor subsidies."),
            Line("Macron urged a joint European fund for chipmakers.", "trade", ("emmanuel-macron", "urges")),
        ], weekday=1, outlet="Undated Wire", title="Macron and Scholz talk chips"),
        Story("undated-friday.txt", ("rishi-sunak", "olaf-scholz"), None, [
            Line("Prime Minister Sunak called Chancellor Scholz on Friday to discuss gas storage."),
            Line("They weighed a shared reserve of liquefied methane.", "energy"),
        ], weekday=4, outlet="Undated Wire", title="Sunak calls Scholz"),
        Story("hostile.txt", ("emmanuel-macron", "rishi-sunak"), date(2024, 1, 9), [
            Line("President Macron spoke with Prime Minister Sunak on Tuesday <script>alert('x')</script> about aid."),
            Line("They discussed <b onmouseover=\"alert(1)\">humanitarian aid</b> for Gaza and a cease fire.",
                 "humanitarian-aid"),
        ], title="<img src=x onerror=alert(1)> Macron and Sunak", outlet="Odd Markup Daily"),
        # Reported first without a date; a later article dates it and its permalink moves.
        Story("first-word.txt", ("rishi-sunak", "emmanuel-macron"), None, [
            Line("Prime Minister Sunak and President Macron discussed the Channel crossings and smuggling gangs "
                 "on Thursday."),
        ], weekday=3, outlet="Early Edition", title="Sunak and Macron on Channel crossings"),
    ]


LATER_STORY = Story("later-word.txt", ("rishi-sunak", "emmanuel-macron"), date(2024, 6, 13), [
    Line("Prime Minister Sunak and President Macron discussed the Channel crossings and smuggling gangs on "
         "Thursday, officials said."),
], title="Channel crossings call confirmed", outlet="Late Edition")

MOVED_SLUG = "undated-emmanuel-macron-rishi-sunak"
CURRENT_SLUG = "2024-06-13-emmanuel-macron-rishi-sunak"


def _extractor(stories: list[Story]):  # noqa: ANN202 - the Extractor callable
    by_origin = {story.origin: story for story in stories}
    return lambda article: [by_origin[article.origin].draft(article)]


def build_database(path: Path) -> Engine:
    """A fresh database at path with every story ingested, the late report last so a slug moves."""
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    first = routine_stories() + special_stories()
    with Session(engine) as session:
        ingest_articles(session, [s.article() for s in first], extractor=_extractor(first), version="t",
                        topics=TOPICS)
        ingest_articles(session, [LATER_STORY.article()], extractor=_extractor([LATER_STORY]), version="t")
    return engine


def client_for(engine: Engine) -> tuple[FastAPI, TestClient]:
    app = create_app()

    def override() -> Iterator[Session]:
        with Session(engine) as session:
            yield session

    app.dependency_overrides[get_session] = override
    return app, TestClient(app)


class LiveServer:
    """The app served by uvicorn on a free loopback port, in a background thread."""

    def __init__(self, app: FastAPI) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning",
                                                    lifespan="off"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> "LiveServer":
        self.thread.start()
        deadline = time.monotonic() + 15
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError(f"the test server did not start on port {self.port}")
            time.sleep(0.02)
        return self

    def __exit__(self, *_: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="session")
def web_engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return build_database(tmp_path_factory.mktemp("web") / "hotline.db")


@pytest.fixture
def web_session(web_engine: Engine) -> Iterator[Session]:
    with Session(web_engine) as session:
        yield session


@pytest.fixture
def web(web_engine: Engine) -> Iterator[TestClient]:
    _, client = client_for(web_engine)
    with client:
        yield client


__all__ = ["web", "web_engine", "web_session", "build_database", "client_for"]
