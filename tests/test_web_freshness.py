"""Reads that do not grow with the database: index-only plans, counts kept per data version, ETags and 304,
answers kept until a write, gzip, and page markers that never recount."""

from __future__ import annotations

import gzip
import os
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, create_engine, event, text
from sqlmodel import Session

from app.db import make_engine, schema_problem, upgrade
from app.ingest.store import ingest_articles
from app.queries import CallFilter, matching, page_calls, summary, topic_counts
from app.versioned import VersionCache, cache_for, read_version
from tests.web_fixtures import (  # noqa: F401 - fixtures
    TOPICS,
    _extractor,
    build_database,
    client_for,
    routine_stories,
    web,
    web_engine,
    web_session,
)

TOTAL, PAGE = 65, 50
WATCHED = ["call", "callparticipant", "calltopic", "callsource", "position", "evidence", "source", "sourceorigin",
           "leader", "topic", "report", "slugredirect"]


@pytest.fixture
def scratch_engine(tmp_path: Path) -> Iterator[Engine]:
    """A database of its own, for tests that write."""
    engine = build_database(tmp_path / "scratch.db")
    yield engine
    engine.dispose()


@contextmanager
def statements(engine: Engine) -> Iterator[list[tuple[str, tuple]]]:
    """The SQL statements run on an engine meanwhile, with their parameters."""
    seen: list[tuple[str, tuple]] = []

    def record(_conn, _cursor, statement, parameters, _context, _many) -> None:  # noqa: ANN001 - an event hook
        seen.append((statement, tuple(parameters) if isinstance(parameters, (list, tuple)) else ()))

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


def plan(engine: Engine, statement: str, parameters: tuple) -> list[str]:
    with engine.connect() as connection:
        return [row[3] for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)]


def test_the_timeline_reads_calls_only_through_indexes(web_engine: Engine, web: TestClient) -> None:
    """Every statement `/` runs, its counts included, searches `call` by an index and never scans it, not even
    an index of it whole; and no page sorts every call (the old `ORDER BY sort_date IS NULL, …` did)."""
    cache_for(web_engine).clear()
    with statements(web_engine) as seen:
        assert web.get("/", headers={"Cache-Control": "no-cache"}).status_code == 200
        assert web.get("/?after=2024-06-01.10").status_code == 200
    plans = {statement: plan(web_engine, statement, parameters) for statement, parameters in seen
             if statement.lstrip().upper().startswith("SELECT")}
    on_calls = {statement: lines for statement, lines in plans.items() if re.search(r"\bFROM call\b", statement)}
    assert on_calls
    for statement, lines in on_calls.items():
        assert not any(line.startswith("SCAN call") for line in lines), (statement, lines)
        if "ORDER BY" in statement and "LIMIT" in statement:
            assert not any("TEMP B-TREE FOR ORDER BY" in line for line in lines), (statement, lines)


def test_a_second_request_recounts_nothing(web_engine: Engine) -> None:
    """Counts, strip, facets and leaders are computed once per data version; a later page reads its calls, and
    finds where it stands by counting the calls of its marker's day alone (the days after it are kept counts)."""
    _, client = client_for(web_engine)
    with client:
        first = client.get("/?topic=rafah")
        client.get("/")
        with statements(web_engine) as seen:
            client.get("/?topic=rafah", headers={"Accept-Encoding": "identity"})  # another answer than the kept one
            page_two = client.get("/", headers={"HX-Request": "true", "HX-Target": "feed"},
                                  params={"after": "2024-03-18.1000"})
    assert first.status_code == page_two.status_code == 200 and 'aria-posinset="' in page_two.text
    counting = [(statement, parameters) for statement, parameters in seen
                if re.search(r"count\(|GROUP BY", statement, re.IGNORECASE)]
    assert len(counting) == 1 and "GROUP BY" not in counting[0][0]
    assert all(line.startswith("SEARCH call USING COVERING INDEX") for line in plan(web_engine, *counting[0]))


@pytest.mark.parametrize("flt", [CallFilter(), CallFilter(topics=("hostages",)), CallFilter(text="call")])
def test_every_page_knows_where_it_stands(web_session: Session, flt: CallFilter) -> None:
    pages = list(_pages(web_session, flt, size=4))
    assert [page.offset for page in pages] == list(range(0, 4 * len(pages), 4))
    assert sum(len(page.views) for page in pages) == pages[0].total


@pytest.mark.parametrize("flt", [CallFilter(), CallFilter(topics=("rafah",)), CallFilter(leader="joe-biden"),
                                 CallFilter(topics=("hostages", "rafah"), leader="joe-biden"),
                                 CallFilter(text="ceasefire"), CallFilter(text="zzzz-nothing"),
                                 CallFilter(start=__import__("datetime").date(2024, 1, 1))])
def test_counts_kept_per_version_are_the_counts_of_the_calls(web_session: Session, flt: CallFilter) -> None:
    """The kept summary of a view agrees with its calls, read one by one."""
    found = summary(web_session, flt)
    calls = [view for page in _pages(web_session, flt) for view in page.views]
    assert found.total == len(calls)
    assert found.undated == sum(view.call.sort_date is None for view in calls)
    assert sum(n for _, n in found.days) == found.total - found.undated
    topics: dict[str, int] = {}
    for view in calls:
        for topic in view.topics:
            topics[topic.slug] = topics.get(topic.slug, 0) + 1
    assert {slug: n for slug, n in topic_counts(web_session, flt).items() if n} == topics
    if not flt.is_empty:
        assert list(matching(web_session, flt).ids) == [view.call.id for view in calls]


def _pages(session: Session, flt: CallFilter, size: int = 7) -> Iterator:
    after = None
    for _ in range(TOTAL // size + 2):
        page = page_calls(session, flt, after=after, limit=size)
        yield page
        after = page.next
        if after is None:
            return


def test_an_unchanged_view_answers_304_and_a_write_changes_its_etag(scratch_engine: Engine) -> None:
    _, client = client_for(scratch_engine)
    with client:
        first = client.get("/?topic=rafah")
        tag = first.headers["etag"]
        assert first.status_code == 200 and tag.startswith('W/"') and first.headers["cache-control"] == "no-cache"
        again = client.get("/?topic=rafah", headers={"If-None-Match": tag})
        assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == tag
        assert "content-security-policy" in again.headers
        fragment = client.get("/?topic=rafah", headers={"HX-Request": "true", "If-None-Match": tag})
        assert fragment.status_code == 200 and fragment.headers["etag"] != tag  # another representation
        with Session(scratch_engine) as session:
            session.execute(text("UPDATE call SET summary = 'A summary written later.' WHERE slug = "
                                 "'2024-03-18-benjamin-netanyahu-joe-biden'"))
            session.commit()
        changed = client.get("/?topic=rafah", headers={"If-None-Match": tag})
        assert changed.status_code == 200 and changed.headers["etag"] != tag
        assert "A summary written later." in changed.text


def test_kept_answers_follow_every_write(scratch_engine: Engine) -> None:
    """A page is served from memory until a write, by any connection, changes the data version."""
    _, client = client_for(scratch_engine)
    with client:
        before = client.get("/topics")
        assert client.get("/topics").text == before.text
        with Session(scratch_engine) as session:
            session.execute(text("UPDATE topic SET label = 'Rafah offensive' WHERE slug = 'rafah'"))
            session.commit()
        after = client.get("/topics")
    assert "Rafah offensive" in after.text and "Rafah offensive" not in before.text


def test_errors_and_redirects_carry_no_etag(web: TestClient) -> None:
    assert "etag" not in web.get("/topics/no-such-topic").headers
    assert "etag" not in web.get("/?q=", follow_redirects=False).headers
    static = web.get("/static/app.css")
    assert static.status_code == 200 and not static.headers.get("etag", "").startswith('W/"')  # its own


@pytest.mark.parametrize("path, streamed", [
    ("/", False), ("/api/calls?limit=200", True), ("/calls.csv", True), ("/calls.json", True),
    ("/api/calls/2024-03-18-benjamin-netanyahu-joe-biden", False),
])
def test_answers_are_compressed_and_exports_still_stream(web: TestClient, path: str, streamed: bool) -> None:
    with web.stream("GET", path, headers={"Accept-Encoding": "gzip"}) as response:
        raw = b"".join(response.iter_raw())
    assert response.status_code == 200 and response.headers["content-encoding"] == "gzip"
    assert ("content-length" not in response.headers) == streamed
    assert "Accept-Encoding" in response.headers["vary"]
    plain = web.get(path, headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers and gzip.decompress(raw) == plain.content
    assert len(raw) < len(plain.content) / 3


@pytest.mark.parametrize("table", WATCHED)
def test_every_write_to_a_table_pages_show_changes_the_data_version(scratch_engine: Engine, table: str) -> None:
    with Session(scratch_engine) as session:
        before = read_version(session)
        key = "rowid" if table != "call" else "id"
        session.execute(text(f'UPDATE "{table}" SET {_some_column(session, table)} = '
                             f'{_some_column(session, table)} WHERE {key} = (SELECT min({key}) FROM "{table}")'))
        session.commit()
        assert session.execute(text(f'SELECT count(*) FROM "{table}"')).scalar_one() > 0
        assert read_version(session) != before


def _some_column(session: Session, table: str) -> str:
    return '"' + session.execute(text(f'PRAGMA table_info("{table}")')).all()[-1][1] + '"'


KEPT_AND_COUNTED = [
    ("SELECT day, calls FROM callday WHERE calls > 0",
     "SELECT sort_date, count(*) FROM call WHERE sort_date IS NOT NULL GROUP BY sort_date"),
    ("SELECT topic_slug, calls FROM topiccount WHERE calls > 0",
     "SELECT topic_slug, count(*) FROM calltopic GROUP BY topic_slug"),
    ("SELECT leader_id, calls FROM leadercount WHERE calls > 0",
     "SELECT leader_id, count(*) FROM callparticipant WHERE role = 'participant' GROUP BY leader_id"),
]


def kept_counts_agree(session: Session) -> bool:
    return all(set(session.execute(text(kept)).all()) == set(session.execute(text(counted)).all())
               for kept, counted in KEPT_AND_COUNTED)


@pytest.mark.parametrize("write", [
    "UPDATE call SET sort_date = '2020-02-02' WHERE slug = '2024-03-18-benjamin-netanyahu-joe-biden'",
    "UPDATE call SET sort_date = NULL WHERE id = (SELECT min(id) FROM call WHERE sort_date IS NOT NULL)",
    "UPDATE call SET sort_date = '2024-03-18' WHERE id = (SELECT min(id) FROM call WHERE sort_date IS NULL)",
    "DELETE FROM call WHERE slug = '2024-03-18-benjamin-netanyahu-joe-biden'",  # its topics and people cascade
    "DELETE FROM calltopic WHERE topic_slug = 'rafah'",
    "UPDATE calltopic SET topic_slug = 'trade' WHERE topic_slug = 'energy'",
    ("INSERT INTO calltopic (call_id, topic_slug) SELECT id, 'energy' FROM call WHERE id NOT IN "
     "(SELECT call_id FROM calltopic WHERE topic_slug = 'energy')"),
    "UPDATE callparticipant SET role = 'also-present' WHERE leader_id = 'joe-biden'",
    "UPDATE callparticipant SET role = 'participant' WHERE role = 'also-present'",
    "DELETE FROM callparticipant WHERE leader_id = 'olaf-scholz'",
])
def test_counts_kept_by_triggers_follow_every_write(scratch_engine: Engine, write: str) -> None:
    with Session(scratch_engine) as session:
        assert kept_counts_agree(session)
        session.execute(text("PRAGMA foreign_keys = ON"))
        session.execute(text(write))
        session.commit()
        assert kept_counts_agree(session)


def test_a_rolled_back_write_leaves_the_version(scratch_engine: Engine) -> None:
    with Session(scratch_engine) as session:
        before = read_version(session)
        session.execute(text("DELETE FROM calltopic"))
        session.rollback()
        assert read_version(session) == before


def test_the_cache_computes_once_for_requests_that_arrive_together() -> None:
    cache, calls, gate = VersionCache(), [], threading.Event()

    def slow() -> str:
        calls.append(1)
        gate.wait(5)
        return "value"

    results: list[str] = []
    threads = [threading.Thread(target=lambda: results.append(cache.get(1, "key", slow))) for _ in range(8)]
    for thread in threads:
        thread.start()
    gate.set()
    for thread in threads:
        thread.join(10)
    assert results == ["value"] * 8 and len(calls) == 1


def test_the_cache_forgets_another_version_and_stays_within_its_weight() -> None:
    cache = VersionCache(max_weight=100)
    assert cache.get(1, "a", lambda: "one", weigh=lambda _: 60) == "one"
    assert cache.get(1, "a", lambda: "other") == "one"
    assert cache.get(2, "a", lambda: "two", weigh=lambda _: 60) == "two"  # a write: computed again
    cache.get(2, "b", lambda: "three", weigh=lambda _: 60)  # over the weight: the least recent goes
    assert cache.peek(2, "a") is None and cache.peek(2, "b") == "three"
    assert cache.get(3, "huge", lambda: "x", weigh=lambda _: 1000) == "x" and cache.peek(3, "huge") is None


def test_server_workers_each_see_every_write(tmp_path: Path) -> None:
    """`hotline serve --workers 2`: two processes, each keeping its own answers, all following one data version."""
    database = tmp_path / "workers.db"
    build_database(database).dispose()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    environment = {**os.environ, "DATABASE_URL": f"sqlite:///{database}"}
    server = subprocess.Popen([sys.executable, "-c", "from app.cli import main; main()", "serve", "--workers", "2",
                               "--port", str(port), "--no-seed"], env=environment, cwd=Path(__file__).parent.parent,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            for _ in range(300):  # up to 30 s for both workers to start
                try:
                    if client.get("/topics").status_code == 200 and len(_children(server.pid)) == 2:
                        break
                except httpx.TransportError:
                    pass
                time.sleep(0.1)
            before = {client.get("/topics").text for _ in range(12)}
            with Session(create_engine(f"sqlite:///{database}")) as session:
                session.execute(text("UPDATE topic SET label = 'Rafah offensive' WHERE slug = 'rafah'"))
                session.commit()
            after = [client.get("/topics", headers={"Connection": "close"}).text for _ in range(12)]
        assert len(_children(server.pid)) == 2 and len(before) == 1
        assert all("Rafah offensive" in page for page in after)
    finally:
        server.terminate()
        server.wait(timeout=30)


def _children(pid: int) -> list[int]:
    """The server's worker processes (multiprocessing also starts a resource tracker, which is not one)."""
    found = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(line.split(":\t", 1) for line in status.read_text().splitlines() if ":\t" in line)
            command = (status.parent / "cmdline").read_bytes()
        except OSError:
            continue
        if fields.get("PPid", "").strip() == str(pid) and b"resource_tracker" not in command:
            found.append(int(status.parent.name))
    return found


# ---------------------------------------------------------------------------------------------- databases of older code


def _stored_then_taken_back_to_0005(engine: Engine) -> None:
    """A database as revision 0005 left it, with calls: stored by today's ingest, then downgraded."""
    from alembic import command

    from app.db import alembic_config

    upgrade(engine)
    with Session(engine) as session:
        ingest_articles(session, [story.article() for story in routine_stories()],
                        extractor=_extractor(routine_stories()), version="t", topics=TOPICS)
    config = alembic_config(str(engine.url.render_as_string(hide_password=False)))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0005")


def test_a_database_of_an_older_schema_is_answered_clearly_then_upgraded_with_its_counts(tmp_path: Path) -> None:
    """A server started without `hotline serve` on a database of the previous revision says what to run, on pages
    and in the API, instead of failing on tables it lacks; upgraded, the counts are those of the calls it holds."""
    engine = make_engine(f"sqlite:///{tmp_path / 'older.db'}")
    _stored_then_taken_back_to_0005(engine)
    _, client = client_for(engine)
    with client:
        page, api = client.get("/"), client.get("/api/calls")
        assert page.status_code == api.status_code == 503 and page.headers["retry-after"]
        assert "revision 0005" in page.text and "hotline db upgrade" in page.text
        assert "hotline db upgrade" in api.json()["error"]
        assert client.get("/api/openapi.json").status_code == client.get("/static/app.css").status_code == 200
        upgrade(engine)
        upgraded = client.get("/")
    assert upgraded.status_code == 200
    with Session(engine) as session:
        calls = session.execute(text("SELECT count(*) FROM call")).scalar_one()
        assert calls > 10 and summary(session).total == calls and kept_counts_agree(session)
        assert f'aria-setsize="{calls}"' in upgraded.text
    engine.dispose()


def test_counts_follow_ingest_re_ingest_and_calls_undone(scratch_engine: Engine) -> None:
    """Real ingest keeps the count tables equal to a recount: new calls, a second extraction that drops some
    calls and moves others, and the same articles again."""
    stories = routine_stories()
    kept = stories[::2]
    for version, extractor in (("t2", _extractor(kept)), ("t3", _extractor(stories)), ("t3", _extractor(stories))):
        with Session(scratch_engine) as session:
            before = session.execute(text("SELECT count(*) FROM call")).scalar_one()
            ingest_articles(session, [story.article() for story in stories],
                            extractor=lambda article, extract=extractor, keep={s.origin for s in kept}, v=version:
                            extract(article) if v != "t2" or article.origin in keep else [],
                            version=version, topics=TOPICS)
        with Session(scratch_engine) as session:
            now = session.execute(text("SELECT count(*) FROM call")).scalar_one()
            assert kept_counts_agree(session) and summary(session).total == now
        if version == "t2":
            assert now < before


def test_an_ingest_in_another_process_reaches_the_kept_answers(scratch_engine: Engine, tmp_path: Path) -> None:
    """`hotline ingest` run beside the server: the next request sees the new call, and the old ETag is stale."""
    article = tmp_path / "articles" / "call.txt"
    article.parent.mkdir()
    article.write_text("Chancellor Olaf Scholz spoke by phone with President Emmanuel Macron on Monday about the "
                       "harvest of Normandy apples.\nScholz said the apple harvest mattered to both countries.\n")
    _, client = client_for(scratch_engine)
    with client:
        before = client.get("/?q=apples")
        assert before.status_code == 200 and "Normandy" not in before.text
        assert client.get("/?q=apples", headers={"If-None-Match": before.headers["etag"]}).status_code == 304
        environment = {**os.environ, "DATABASE_URL": str(scratch_engine.url)}
        done = subprocess.run([sys.executable, "-c", "from app.cli import main; main()", "ingest", str(article)],
                              env=environment, cwd=Path(__file__).parent.parent, capture_output=True, text=True,
                              timeout=300, check=False)
        assert done.returncode == 0, done.stdout + done.stderr
        after = client.get("/?q=apples", headers={"If-None-Match": before.headers["etag"]})
    assert after.status_code == 200 and "Normandy" in after.text and after.headers["etag"] != before.headers["etag"]


# A fresh request (nothing kept) runs a bounded number of statements whatever the database holds, and evaluates
# the view's filter once: the calls a filter selects are found in one query, then pages and counts use the ids.
REQUEST_BUDGET = [
    ("/", 16, None),
    ("/?topic=rafah&topic=hostages&leader=joe-biden", 18, "INTERSECT"),
    ("/?q=ceasefire", 16, "MATCH"),
    ("/?q=ceasefire&after=2024-03-18.1000", 16, "MATCH"),
    ("/api/calls?topic=rafah", 16, "calltopic.topic_slug ="),
    ("/calls/2024-03-18-benjamin-netanyahu-joe-biden", 16, None),
    ("/leaders/joe-biden", 15, None),
    ("/topics/rafah", 18, None),
]


@pytest.mark.parametrize("path, budget, filter_mark", REQUEST_BUDGET)
def test_a_request_runs_few_statements_and_its_filter_once(web_engine: Engine, path: str, budget: int,
                                                          filter_mark: str | None) -> None:
    cache_for(web_engine).clear()
    _, client = client_for(web_engine)
    with client, statements(web_engine) as seen:
        assert client.get(path).status_code == 200
    assert len(seen) <= budget, [statement for statement, _ in seen]
    if filter_mark:
        assert sum(filter_mark in statement for statement, _ in seen) == 1, [statement for statement, _ in seen]


def test_kept_model_objects_outlive_a_commit_of_the_session_that_read_them(scratch_engine: Engine) -> None:
    from app.queries import all_leaders
    from app.web.insights import counterparts

    cache_for(scratch_engine).clear()
    with Session(scratch_engine) as session:
        first = all_leaders(session), counterparts(session, "joe-biden")
        session.commit()  # nothing written: the data version stays, and so do the kept values
    with Session(scratch_engine) as session:
        again = all_leaders(session), counterparts(session, "joe-biden")
    assert again[0] is first[0] and [leader.name for leader in again[0]]
    assert [leader.name for leader, _ in again[1]]


def test_a_backup_of_an_older_schema_is_restored_to_the_current_one(database_env: str, tmp_path: Path) -> None:
    """`hotline restore` of a file written before revision 0006: the database ends at the code's schema, its
    kept counts those of the restored calls, and its pages answer."""
    from typer.testing import CliRunner

    from app.cli import cli
    from app.db import get_engine

    older = make_engine(f"sqlite:///{tmp_path / 'older.db'}")
    _stored_then_taken_back_to_0005(older)
    with Session(older) as session:
        calls = session.execute(text("SELECT count(*) FROM call")).scalar_one()
    older.dispose()
    runner = CliRunner()
    assert runner.invoke(cli, ["db", "upgrade"]).exit_code == 0
    result = runner.invoke(cli, ["restore", str(tmp_path / "older.db")])
    assert result.exit_code == 0, result.output
    engine = get_engine()
    with Session(engine) as session:
        assert schema_problem(session) is None
        assert summary(session).total == calls and kept_counts_agree(session)
    _, client = client_for(engine)
    with client:
        assert client.get("/").status_code == 200


@pytest.mark.parametrize("stored, told", [
    (None, "revision none"),  # no schema at all
    ("0001", "revision 0001"),
    ("0005", "revision 0005"),
    ("head", None),
    ("f00dfeed", None),  # a newer release's revision: what this code reads is there
])
def test_the_schema_check_names_what_is_missing(tmp_path: Path, stored: str | None, told: str | None) -> None:
    from alembic.script import ScriptDirectory

    from app.db import alembic_config

    head = ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
    engine = create_engine(f"sqlite:///{tmp_path / 'versions.db'}")
    with engine.begin() as connection:
        if stored:
            connection.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)"))
            connection.execute(text("INSERT INTO alembic_version VALUES (:v)"), {"v": head if stored == "head" else stored})
        found = schema_problem(connection)
    engine.dispose()
    assert (found is None) == (told is None)
    if told:
        assert told in found and f"revision {head}" in found and "hotline db upgrade" in found
