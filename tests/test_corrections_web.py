"""Corrections on the site: only a signed-in curator writes, every form needs its CSRF token, readers see marks."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from sqlmodel import Session, select

from app.db import make_engine
from app.models import Call, CallParticipant, CallSource, CallTopic, Correction, Position
from app.settings import get_settings
from tests.web_fixtures import build_database, client_for

RAFAH = "2024-03-18-benjamin-netanyahu-joe-biden"  # two sources, four statements
SCHOLZ = "2024-05-06-joe-biden-olaf-scholz"  # Kamala Harris joined
TOKEN = "correct-horse-battery-staple"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("curation-web") / "hotline.db"
    build_database(path).dispose()
    return path


@pytest.fixture
def engine(template: Path, tmp_path: Path) -> Iterator[Engine]:
    shutil.copy(template, tmp_path / "hotline.db")
    engine = make_engine(f"sqlite:///{tmp_path / 'hotline.db'}")
    yield engine
    engine.dispose()


def with_token(monkeypatch: pytest.MonkeyPatch, token: str | None) -> None:
    if token is None:
        monkeypatch.delenv("HOTLINE_CURATOR_TOKEN", raising=False)
    else:
        monkeypatch.setenv("HOTLINE_CURATOR_TOKEN", token)
    get_settings.cache_clear()


@pytest.fixture
def client(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    with_token(monkeypatch, TOKEN)
    _, client = client_for(engine)
    with client:
        yield client
    get_settings.cache_clear()


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf" value="([0-9a-f]+)"', html).group(1)


def sign_in(client: TestClient, name: str = "Ann") -> None:
    csrf = csrf_of(client.get("/curate/sign-in").text)
    response = client.post("/curate/sign-in", data={"csrf": csrf, "name": name, "token": TOKEN,
                                                    "next": f"/calls/{RAFAH}"}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == f"/calls/{RAFAH}"


def post_correction(client: TestClient, slug: str, fields: dict[str, str], **headers: str):  # noqa: ANN201
    csrf = csrf_of(client.get(f"/calls/{slug}").text)
    return client.post(f"/calls/{slug}/corrections", data={"csrf": csrf, **fields}, headers=headers,
                       follow_redirects=False)


def recorded(engine: Engine) -> list[Correction]:
    with Session(engine) as session:
        return list(session.exec(select(Correction).order_by(Correction.id)).all())


def test_with_no_curator_token_nothing_on_the_site_can_write(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    with_token(monkeypatch, None)
    _, client = client_for(engine)
    with client:
        assert client.get("/curate/sign-in").status_code == 404
        client.cookies.set("hotline_csrf", "n" * 32)
        client.cookies.set("hotline_curator", "forged.0")
        for path in ("/curate/sign-in", "/curate/sign-out", f"/calls/{RAFAH}/corrections"):
            response = client.post(path, data={"csrf": "0" * 64, "token": "", "name": "x", "action": "set-date",
                                               "argument": "2024-03-17", "why": "x"})
            assert response.status_code == 404, path
            assert "no curator token is configured" in response.text
        page = client.get(f"/calls/{RAFAH}").text
        assert "<form class=\"curate\"" not in page and "Correct this call" not in page
    get_settings.cache_clear()
    assert recorded(engine) == []


def test_a_reader_sees_no_forms_and_cannot_post(client: TestClient, engine: Engine) -> None:
    page = client.get(f"/calls/{RAFAH}").text
    assert "Correct this call" not in page and "/corrections\"" not in page
    csrf = csrf_of(client.get("/curate/sign-in").text)  # a valid token, but no curator behind it
    response = client.post(f"/calls/{RAFAH}/corrections", data={"csrf": csrf, "action": "set-date",
                                                                "argument": "2024-03-17", "why": "x"})
    assert response.status_code == 403 and "Only a signed-in curator" in response.text
    assert recorded(engine) == []


@pytest.mark.parametrize("csrf", [None, "", "0" * 64, "from-another-browser"])
def test_a_form_without_its_csrf_token_is_rejected(client: TestClient, engine: Engine, csrf: str | None) -> None:
    sign_in(client)
    fields = {"action": "set-date", "argument": "2024-03-17", "why": "x"}
    if csrf == "from-another-browser":
        _, other = client_for(engine)
        csrf = csrf_of(other.get("/curate/sign-in").text)
    if csrf is not None:
        fields["csrf"] = csrf
    response = client.post(f"/calls/{RAFAH}/corrections", data=fields)
    assert response.status_code == 403 and "did not come from this site" in response.text
    assert recorded(engine) == []


def test_the_session_cookie_is_signed_httponly_and_strict(client: TestClient) -> None:
    csrf = csrf_of(client.get("/curate/sign-in").text)
    wrong = client.post("/curate/sign-in", data={"csrf": csrf, "name": "Eve", "token": "guess"},
                        follow_redirects=False)
    assert wrong.status_code == 403 and "not the one configured" in wrong.text
    assert "hotline_curator" not in wrong.headers.get("set-cookie", "")
    right = client.post("/curate/sign-in", data={"csrf": csrf, "name": "Ann", "token": TOKEN},
                        follow_redirects=False)
    cookie = right.headers["set-cookie"]
    assert cookie.startswith("hotline_curator=") and "HttpOnly" in cookie and "SameSite=strict" in cookie
    value = client.cookies["hotline_curator"]
    payload, signature = value.rsplit(".", 1)
    client.cookies.set("hotline_curator", payload + "." + signature[::-1])
    assert "Correct this call" not in client.get(f"/calls/{RAFAH}").text, "a forged signature is no curator"


def test_changing_the_token_signs_curators_out(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    sign_in(client)
    assert "Correct this call" in client.get(f"/calls/{RAFAH}").text
    with_token(monkeypatch, "a-new-token")
    assert "Correct this call" not in client.get(f"/calls/{RAFAH}").text


def _first_statement(engine: Engine) -> str:
    with Session(engine) as session:
        call = session.exec(select(Call).where(Call.slug == RAFAH)).one()
        return str(session.exec(select(Position.id).where(Position.call_id == call.id).order_by(Position.id)).first())


def _other_call(engine: Engine) -> str:
    with Session(engine) as session:
        return session.exec(select(Call.slug).where(Call.pair_key == "benjamin-netanyahu+joe-biden",
                                                    Call.slug != RAFAH).order_by(Call.slug)).first()


def _state(engine: Engine) -> dict:
    with Session(engine) as session:
        call = session.exec(select(Call).where(Call.slug == RAFAH)).one()
        return {
            "date": call.date and call.date.isoformat(), "precision": call.date_precision,
            "people": dict(session.exec(select(CallParticipant.leader_id, CallParticipant.role)
                                        .where(CallParticipant.call_id == call.id)).all()),
            "topics": set(session.exec(select(CallTopic.topic_slug).where(CallTopic.call_id == call.id)).all()),
            "sources": set(session.exec(select(CallSource.source_id).where(CallSource.call_id == call.id)).all()),
            "statements": {p.id: p.leader_id for p in session.exec(select(Position).where(Position.call_id == call.id))},
            "calls": set(session.exec(select(Call.slug)).all()),
        }


WebAction = tuple[str, Callable[[Engine], dict[str, str]], Callable[[dict, dict, Engine], bool], str]
WEB_ACTIONS: list[WebAction] = [
    ("set-date", lambda e: {"action": "set-date", "argument": "2024-03-17"},
     lambda before, after, e: (after["date"], after["precision"]) == ("2024-03-17", "day"), "Date corrected"),
    ("clear-date", lambda e: {"action": "clear-date"},
     lambda before, after, e: (after["date"], after["precision"]) == (None, "unknown"), "Date cleared"),
    ("add-participant", lambda e: {"action": "add-participant", "argument": "emmanuel-macron"},
     lambda before, after, e: after["people"]["emmanuel-macron"] == "participant", "Participant added"),
    ("remove-participant", lambda e: {"action": "remove-participant", "argument": "joe-biden"},
     lambda before, after, e: "joe-biden" not in after["people"], "Participant removed"),
    ("add-also-present", lambda e: {"action": "add-also-present", "argument": "Kamala Harris"},
     lambda before, after, e: after["people"]["kamala-harris"] == "also-present", "Person who joined added"),
    ("add-topic", lambda e: {"action": "add-topic", "argument": "trade"},
     lambda before, after, e: after["topics"] == before["topics"] | {"trade"}, "Topic added"),
    ("remove-topic", lambda e: {"action": "remove-topic", "argument": "rafah"},
     lambda before, after, e: after["topics"] == before["topics"] - {"rafah"}, "Topic removed"),
    ("move-position", lambda e: {"action": "move-position", "argument": _first_statement(e), "to": "joe-biden"},
     lambda before, after, e: sorted(after["statements"].values()).count("joe-biden")
     == sorted(before["statements"].values()).count("joe-biden") + 1, "Statement moved"),
    ("drop-position", lambda e: {"action": "drop-position", "argument": _first_statement(e)},
     lambda before, after, e: len(after["statements"]) == len(before["statements"]) - 1, "Statement dropped"),
    ("merge", lambda e: {"action": "merge", "argument": _other_call(e)},
     lambda before, after, e: len(after["calls"]) == len(before["calls"]) - 1
     and len(after["sources"]) > len(before["sources"]), "Merged with another call"),
    ("split", lambda e: {"action": "split", "argument": sorted(_state(e)["sources"])[1]},
     lambda before, after, e: len(after["sources"]) == 1 and len(after["calls"]) == len(before["calls"]) + 1,
     "A source split off into a call of its own"),
]


@pytest.mark.parametrize(("name", "fields", "check", "label"), WEB_ACTIONS, ids=[row[0] for row in WEB_ACTIONS])
def test_every_action_through_the_web(client: TestClient, engine: Engine, name: str, fields, check,
                                      label: str) -> None:
    sign_in(client)
    before = _state(engine)
    response = post_correction(client, RAFAH, {**fields(engine), "why": f"checked against the readout ({name})"})
    assert response.status_code == 303, response.text
    assert response.headers["location"] == f"/calls/{RAFAH}"
    after = _state(engine)
    assert check(before, after, engine), (before, after)
    [correction] = recorded(engine)
    assert (correction.action, correction.author, correction.status) == (fields(engine)["action"] if name != "split"
                                                                         else "split", "Ann", "applied")
    client.cookies.delete("hotline_curator")  # a reader sees the mark, and no form
    page = client.get(f"/calls/{RAFAH}").text
    assert label in page and f"checked against the readout ({name})" in page and "Correct this call" not in page


def test_a_call_marked_not_a_call_is_gone_and_a_curator_restores_it(client: TestClient, engine: Engine) -> None:
    sign_in(client)
    response = post_correction(client, SCHOLZ, {"action": "not-a-call", "why": "a summit, not a call"})
    assert response.status_code == 303
    gone = client.get(f"/calls/{SCHOLZ}")
    assert gone.status_code == 410 and "a summit, not a call" in gone.text and "Restore it as a call" in gone.text
    response = client.post(f"/calls/{SCHOLZ}/corrections",
                           data={"csrf": csrf_of(gone.text), "action": "restore", "why": "it was a call"},
                           follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == f"/calls/{SCHOLZ}"
    page = client.get(f"/calls/{SCHOLZ}")
    assert page.status_code == 200 and "Restored as a call" in page.text
    client.cookies.delete("hotline_curator")
    csrf = csrf_of(client.get("/curate/sign-in").text)
    attempt = client.post(f"/calls/{SCHOLZ}/corrections", data={"csrf": csrf, "action": "not-a-call", "why": "x"})
    assert attempt.status_code == 403 and client.get(f"/calls/{SCHOLZ}").status_code == 200


def test_htmx_forms_get_a_redirect_or_the_reason_in_place(client: TestClient, engine: Engine) -> None:
    sign_in(client)
    done = post_correction(client, RAFAH, {"action": "set-date", "argument": "2024-03-17", "why": "x"},
                           **{"HX-Request": "true"})
    assert done.status_code == 204 and done.headers["HX-Redirect"] == f"/calls/{RAFAH}"
    refused = post_correction(client, RAFAH, {"action": "set-date", "argument": "Sunday", "why": "x"},
                              **{"HX-Request": "true"})
    assert refused.status_code == 200 and "Not corrected: &#39;Sunday&#39; is not a date" in refused.text
    plain = post_correction(client, RAFAH, {"action": "add-topic", "argument": "trade", "why": "  "})
    assert plain.status_code == 400 and "a correction needs its reason" in plain.text
    assert len(recorded(engine)) == 1


def test_signing_out_takes_the_forms_away(client: TestClient) -> None:
    sign_in(client)
    page = client.get(f"/calls/{RAFAH}")
    assert "Signed in as curator Ann" in page.text and page.headers["cache-control"] == "private, no-store"
    response = client.post("/curate/sign-out", data={"csrf": csrf_of(page.text), "next": f"/calls/{RAFAH}"},
                           follow_redirects=False)
    assert response.status_code == 303 and 'hotline_curator=""' in response.headers["set-cookie"]
    assert "Correct this call" not in client.get(f"/calls/{RAFAH}").text


def test_the_corrections_feed_lists_them_newest_first(client: TestClient) -> None:
    sign_in(client)
    post_correction(client, RAFAH, {"action": "set-date", "argument": "2024-03-17", "why": "the first"})
    post_correction(client, RAFAH, {"action": "add-topic", "argument": "trade", "why": "the second"})
    assert '<link rel="alternate" type="application/atom+xml" title="Hotline: corrections" href="/corrections.atom">' \
        in client.get("/").text
    feed = client.get("/corrections.atom")
    assert feed.headers["content-type"].startswith("application/atom+xml")
    titles = re.findall(r"<title>([^<]+)</title>", feed.text)
    assert titles == ["Hotline: corrections", f"{RAFAH}: topic added — trade", f"{RAFAH}: date corrected — 2024-03-17"]
    assert "<name>Ann</name>" in feed.text and "Date corrected: the first (extracted: 2024-03-18" in feed.text


def test_the_api_carries_the_corrected_list(client: TestClient) -> None:
    sign_in(client)
    post_correction(client, RAFAH, {"action": "set-date", "argument": "2024-03-17", "why": "the earlier call"})
    [mark] = client.get(f"/api/calls/{RAFAH}").json()["corrected"]
    assert (mark["field"], mark["value"], mark["why"], mark["by"]) == ("date", "2024-03-17", "the earlier call", "Ann")
    exported = client.get("/calls.json").json()["calls"]
    assert [c["id"] for c in exported if c["corrected"]] == [RAFAH]


def test_someone_who_joined_is_removed_through_the_web(client: TestClient, engine: Engine) -> None:
    sign_in(client)
    response = post_correction(client, SCHOLZ, {"action": "remove-also-present", "argument": "kamala-harris",
                                                "why": "she was in the room, not on the line"})
    assert response.status_code == 303
    with Session(engine) as session:
        call = session.exec(select(Call).where(Call.slug == SCHOLZ)).one()
        assert session.get(CallParticipant, {"call_id": call.id, "leader_id": "kamala-harris"}) is None
    assert "Person who joined removed (kamala-harris)" in client.get(f"/calls/{SCHOLZ}").text


def test_a_merge_across_leader_sets_holds_when_only_the_other_set_is_merged_again(client: TestClient,
                                                                                  engine: Engine) -> None:
    from app.ingest.store import ingest_articles
    from tests.web_fixtures import _extractor, special_stories

    sign_in(client)
    assert post_correction(client, RAFAH, {"action": "merge", "argument": SCHOLZ,
                                           "why": "one conference call"}).status_code == 303
    story = next(s for s in special_stories() if s.origin == "video-2024-05-06.txt")
    with Session(engine) as session:  # only Biden and Scholz's calls are extracted and merged again
        ingest_articles(session, [story.article()], extractor=_extractor([story]), version="t-next")
        calls = set(session.exec(select(Call.slug)).all())
        rafah = session.exec(select(Call).where(Call.slug == RAFAH)).one()
        holders = set(session.exec(select(CallSource.call_id).where(CallSource.source_id.in_(
            select(CallSource.source_id).where(CallSource.call_id == rafah.id)))).all())
    assert SCHOLZ not in calls and holders == {rafah.id}
    assert len(_state(engine)["sources"]) == 3


def test_a_curators_page_is_never_kept_for_readers(client: TestClient) -> None:
    first_reader = client.get(f"/calls/{RAFAH}")
    assert "Correct this call" not in first_reader.text and first_reader.headers.get("etag")
    sign_in(client)
    curator = client.get(f"/calls/{RAFAH}")  # not the page kept for readers
    assert "Correct this call" in curator.text and curator.headers["cache-control"] == "private, no-store"
    assert "etag" not in curator.headers
    client.cookies.clear()
    reader = client.get(f"/calls/{RAFAH}")
    assert reader.status_code == 200 and "Correct this call" not in reader.text
