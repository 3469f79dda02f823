"""A synthetic call database for the explorer's tests: known calls, built without the real extractor.

The stories below are written so that every feature of the explorer has something to show: two years of
calls with a quiet summer, undated calls, a video call someone else joined, two readouts that disagree,
a call whose permalink changed when a later report dated it, and an article carrying hostile HTML. The
hostile stories add what no page expects; `build_many_calls` writes thousands of calls as rows, for load.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from calendar import day_name
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import httpx
import pytest
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Engine, insert
from sqlmodel import Session

from app.db import get_session, make_engine, upgrade
from app.ingest.sentences import split_sentences
from app.ingest.store import ingest_articles
from app.ingest.types import Article, CallDraft, DatePrecision, DateResolution, LeaderRef, PositionDraft, Sentence
from app.main import create_app
from app.models import Call, CallParticipant, CallSource, CallTopic, Evidence, Leader, Position, Source, Topic

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
    url: str | None = None

    def article(self) -> Article:
        return Article(origin=self.origin, text="\n".join(line.text for line in self.lines), title=self.title,
                       outlet=self.outlet, url=self.url, published=self.published or self.day)

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


# Stored data no page may trip over: dates an article can carry but no calendar strip can draw, control
# characters, spreadsheet formulas and addresses that would run script if they were made links.
CONTROL = "\x00\x01\x08\x0b\x0c\x1b\x7f\ufffe"
FAR_FUTURE, FAR_PAST = date(9999, 12, 31), date(1, 1, 1)
UNSAFE_URLS = ["javascript:alert(document.domain)", " JaVaScRiPt:alert(1)", "data:text/html,<script>alert(1)</script>",
               "vbscript:msgbox(1)"]


def hostile_stories() -> list[Story]:
    macron, scholz, biden, sunak = "emmanuel-macron", "olaf-scholz", "joe-biden", "rishi-sunak"
    stories = [
        Story("far-future.txt", (macron, scholz), FAR_FUTURE, [
            Line("President Macron spoke with Chancellor Scholz on Friday about the year ten thousand."),
            Line("They discussed energy supplies ahead of the winter.", "energy"),
        ], title="A call at the end of time", outlet="Typo Times"),
        Story("far-past.txt", (biden, sunak), FAR_PAST, [
            Line("President Biden spoke with Prime Minister Sunak on Monday in the year one."),
        ], title="A call at the start of time", outlet="Typo Times"),
        Story("just-before.txt", (biden, scholz), date(1899, 12, 31), [
            Line("President Biden spoke with Chancellor Scholz on Sunday, the last day of 1899."),
        ], title="A call before the strip begins", outlet="Typo Times"),
        Story("-formula.txt", (biden, sunak), date(2024, 7, 1), [
            Line('=HYPERLINK("http://evil.example/steal","Open") President Biden called Prime Minister Sunak '
                 "on Monday."),
            Line("They discussed trade ties and tariffs on steel.", "trade"),
        ], title="@SUM(1+1)*cmd|' /C calc'!A0", outlet="+Formula Daily", url="https://news.example/formula"),
        Story("control.txt", (macron, sunak), date(2024, 7, 2), [
            Line(f"President Macron{CONTROL} spoke with Prime Minister Sunak on Tuesday about aid."),
            Line(f"They discussed the delivery of humanitarian aid to civilians{CONTROL}.", "humanitarian-aid"),
        ], title=f"Control{CONTROL} characters", outlet=f"Odd{CONTROL} Bytes"),
    ]
    for n, url in enumerate(UNSAFE_URLS):
        stories.append(Story(f"unsafe-url-{n}.txt", (biden, macron), date(2024, 7, 8 + n), [
            Line(f"President Biden spoke with President Macron on {day_name[date(2024, 7, 8 + n).weekday()]}."),
        ], title=f"Unsafe address {n}", outlet="Link Farm", url=url))
    return stories


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


def build_hostile_database(path: Path) -> Engine:
    """The explorer's database with the hostile stories added."""
    engine = build_database(path)
    extra = hostile_stories()
    with Session(engine) as session:
        ingest_articles(session, [s.article() for s in extra], extractor=_extractor(extra), version="t", topics=TOPICS)
    return engine


def build_many_calls(path: Path, count: int = 3000) -> Engine:
    """A database of `count` calls, one a day back from the end of 2024 over every pair of six leaders, written
    as rows (the full-text index follows by its triggers): a second or so, for measuring exports under load."""
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    leaders = [ref for ref in PEOPLE.values() if ref.is_leader]
    pairs = [(a, b) for i, a in enumerate(leaders) for b in leaders[i + 1:]]
    rows: dict[type, list[dict]] = {model: [] for model in (Leader, Topic, Source, Call, CallParticipant, CallTopic,
                                                             CallSource, Position, Evidence)}
    rows[Leader] = [{"id": r.slug, "name": r.name, "office": r.office, "country": r.country, "is_head": r.is_leader}
                    for r in PEOPLE.values()]
    rows[Topic] = [{"slug": slug, "label": label, "description": text} for slug, label, text in TOPICS]
    for n in range(count):
        a, b = pairs[n % len(pairs)]
        day = date(2024, 12, 31) - timedelta(days=n)
        topic = TOPICS[n % len(TOPICS)][0]
        first = (f"{a.office} {a.name.split()[-1]} spoke by phone with {b.office} {b.name.split()[-1]} on "
                 f"{day_name[day.weekday()]}, call number {n}.")
        said = f"{a.name.split()[-1]} said {TOPIC_PHRASES.get(topic, 'the offensive on Rafah')} remained a priority."
        text, source_id, call_id = f"{first}\n{said}", f"many{n:05d}", n + 1
        rows[Source].append({"id": source_id, "origin": f"many-{n:05d}.txt", "title": f"Call number {n}",
                             "outlet": "Wire Service", "url": f"https://news.example/{n}", "published": day,
                             "published_basis": "manifest", "text": text, "content_hash": source_id,
                             "ingested_at": datetime(2025, 1, 1, tzinfo=timezone.utc)})
        rows[Call].append({"id": call_id, "slug": f"{day}-{a.slug}-{b.slug}", "kind": "call",
                           "pair_key": f"{a.slug}+{b.slug}", "date": day, "date_precision": "day",
                           "date_earliest": day, "date_latest": day, "date_basis": f"explicit date {day}",
                           "weekday": day.weekday(), "sort_date": day, "summary": first, "passing": False,
                           "updated_at": datetime(2025, 1, 1, tzinfo=timezone.utc)})
        rows[CallParticipant] += [{"call_id": call_id, "leader_id": ref.slug, "role": "participant"} for ref in (a, b)]
        rows[CallTopic].append({"call_id": call_id, "topic_slug": topic})
        rows[CallSource].append({"call_id": call_id, "source_id": source_id, "date_basis": f"explicit date {day}",
                                 "passing": False, "merge_reason": ""})
        span = {"source_id": source_id, "start": len(first) + 1, "end": len(text)}
        rows[Position].append({"call_id": call_id, "leader_id": a.slug, "topic_slug": topic, "stance": "urges",
                               "text": said, **span})
        rows[Evidence].append({"call_id": call_id, "topic_slug": topic, **span})
    with Session(engine) as session:
        for model, values in rows.items():
            session.execute(insert(model), values)
        session.commit()
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


class ServerProcess:
    """`uvicorn --factory app.main:create_app` over a database file, in its own process on a free loopback port,
    so its memory can be measured apart from its clients'."""

    def __init__(self, database: Path, **environment: str) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.environment = {**os.environ, "DATABASE_URL": f"sqlite:///{database}",
                            "PYTHONPATH": str(Path(__file__).resolve().parent.parent), **environment}
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> "ServerProcess":
        self.process = subprocess.Popen([sys.executable, "-m", "uvicorn", "--factory", "app.main:create_app",
                                         "--host", "127.0.0.1", "--port", str(self.port), "--log-level", "warning"],
                                        env=self.environment)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and self.process.poll() is None:
            try:
                if httpx.get(f"{self.url}/api/openapi.json", timeout=2).status_code == 200:
                    return self
            except httpx.TransportError:
                time.sleep(0.1)
        self.__exit__()
        raise RuntimeError(f"the server did not start on port {self.port}")

    def __exit__(self, *_: object) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)

    def memory(self) -> dict[str, int]:
        """VmRSS (now) and VmHWM (the peak so far) of the server, in kB, from Linux's /proc."""
        assert self.process
        fields = {}
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                fields[key] = int(value.split()[0])
        return fields


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
