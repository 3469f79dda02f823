"""No article, URL or client can hang, crash or poison the explorer.

Stored data no page expects (dates from year 1 to 9999, control characters, spreadsheet formulas, script
addresses), every URL a client can send (schemathesis over the whole OpenAPI schema, in process), and many
clients downloading every export at once (uvicorn on the loopback interface). Every loop here is bounded.
"""

from __future__ import annotations

import csv
import io
import re
import statistics
import threading
import time
from collections.abc import Iterator
from xml.etree import ElementTree as ET

import httpx
import pytest
import schemathesis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from sqlalchemy import Engine

from app.db import get_session
from app.export import CSV_COLUMNS, FORMULA_STARTS, inert
from app.main import create_app
from app.settings import get_settings
from app.web.params import CURSOR, DAY, FIRST_DAY, LAST_DAY
from app.web.urls import safe_link
from tests.web_fixtures import UNSAFE_URLS, ServerProcess, build_hostile_database, build_many_calls, client_for

FAR_FUTURE_CALL = "9999-12-31-emmanuel-macron-olaf-scholz"
FAR_PAST_CALL = "0001-01-01-joe-biden-rishi-sunak"
FORMULA_CALL = "2024-07-01-joe-biden-rishi-sunak"
CONTROL_CALL = "2024-07-02-emmanuel-macron-rishi-sunak"
TOTAL = 74  # the explorer's 65 calls and the hostile stories' 9
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
SECURITY_HEADERS = ["content-security-policy", "x-content-type-options", "referrer-policy"]


@pytest.fixture(scope="module")
def hostile_engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return build_hostile_database(tmp_path_factory.mktemp("hostile") / "hotline.db")


@pytest.fixture(scope="module")
def hostile_app(hostile_engine: Engine) -> FastAPI:
    app, _ = client_for(hostile_engine)
    return app


@pytest.fixture
def hostile(hostile_app: FastAPI) -> Iterator[TestClient]:
    with TestClient(hostile_app) as client:
        yield client


@pytest.fixture
def export_cap(monkeypatch: pytest.MonkeyPatch) -> Iterator[int]:
    monkeypatch.setenv("HOTLINE_EXPORT_MAX_CALLS", "20")
    get_settings.cache_clear()
    yield 20
    monkeypatch.delenv("HOTLINE_EXPORT_MAX_CALLS")
    get_settings.cache_clear()


def follow(client: TestClient, url: str, *, limit: int = 50) -> list[httpx.Response]:
    """A paged answer and every part after it, by its `Link: rel="next"` headers (at most `limit` parts)."""
    parts = [client.get(url)]
    while "next" in parts[-1].links and len(parts) < limit:
        parts.append(client.get(parts[-1].links["next"]["url"]))
    return parts


# Stored dates outside 1900-2100 -------------------------------------------------------------------------------

@pytest.mark.parametrize("url", [
    "/", "/?leader=emmanuel-macron", "/calls.ics", "/calls.json", "/calls.csv", "/calls.atom", "/api/calls",
    "/leaders/emmanuel-macron", "/leaders/joe-biden", "/leaders", "/topics", "/topics/energy", "/sources",
    f"/calls/{FAR_FUTURE_CALL}", f"/calls/{FAR_PAST_CALL}", f"/api/calls/{FAR_FUTURE_CALL}",
])
def test_calls_dated_in_year_1_or_9999_never_break_a_page(hostile: TestClient, url: str) -> None:
    response = hostile.get(url)
    assert response.status_code == 200, response.text[:500]


def test_the_strip_notes_the_calls_it_cannot_draw(hostile: TestClient) -> None:
    html = hostile.get("/").text
    caption = html[html.index('<figcaption id="strip-caption">'):html.index("</figcaption>")]
    assert "3 calls dated before 1900 or after 2100 are not drawn." in caption
    assert "counted by month" in caption and "to 13 Jul 2024" not in caption.split("not drawn")[-1]
    leader = hostile.get("/leaders/emmanuel-macron").text
    assert "1 call dated before 1900 or after 2100 is not drawn." in leader
    assert "Friday, 31 December 9999" in hostile.get(f"/calls/{FAR_FUTURE_CALL}").text


def test_the_calendar_writes_far_dates_as_they_are(hostile: TestClient) -> None:
    text = hostile.get("/calls.ics").text
    events = {event.split("UID:")[1].split("@")[0]: event for event in text.split("BEGIN:VEVENT")[1:]}
    assert "DTSTART;VALUE=DATE:99991231" in events[FAR_FUTURE_CALL] and "DTEND" not in events[FAR_FUTURE_CALL]
    assert "DTSTART;VALUE=DATE:00010101\r\nDTEND;VALUE=DATE:00010102" in events[FAR_PAST_CALL]


def test_paging_walks_past_far_dates_and_reaches_every_call_once(hostile: TestClient) -> None:
    seen, url = [], "/"
    for _ in range(10):
        html = hostile.get(url).text
        seen += re.findall(r'<article class="call-item" id="call-(\d+)"', html)
        found = re.search(r'<a class="button" href="([^"]+)"', html)
        if not found:
            break
        url = found.group(1).replace("&amp;", "&")
    assert len(seen) == len(set(seen)) == TOTAL
    ids = [call["id"] for part in follow(hostile, "/api/calls?limit=7") for call in part.json()["calls"]]
    assert len(ids) == len(set(ids)) == TOTAL and FAR_FUTURE_CALL == ids[0] and FAR_PAST_CALL in ids


# Every parameter checked at the edge ---------------------------------------------------------------------------

DAY_RULE = "must be a date written YYYY-MM-DD, from 1900-01-01 to 2100-12-31"


@pytest.mark.parametrize("url, message", [
    ("/?to=9999-12-31", f"'to' {DAY_RULE}, not '9999-12-31'"),
    ("/?from=1899-12-31", f"'from' {DAY_RULE}, not '1899-12-31'"),
    ("/?from=2024-02-30", f"'from' {DAY_RULE}, not '2024-02-30'"),
    ("/?from=20240101", f"'from' {DAY_RULE}"),
    ("/?after=undated.99999999999999999999", "'after' must be a page marker"),
    ("/?after=2024-13-01.5", "'after' must be a page marker"),
    ("/?q=" + "x" * 201, "'q' must be text of at most 200 characters"),
    ("/?q=cease%00fire", "'q' must be text of at most 200 characters, without control characters"),
    ("/?" + "&".join(f"topic=t{n}" for n in range(9)), "'topic'"),
    ("/?leader=joe%1Bbiden", "'leader' must be a name"),
    ("/sources?page=0", "'page'"),
    ("/sources?page=100001", "'page'"),
    ("/sources/x?hl=-1", "'hl'"),
    ("/calls/a%00b", "'slug' must be a name of at most 160 characters, without control characters"),
    ("/calls.ics?to=9999-12-31", f"'to' {DAY_RULE}"),
    ("/calls.json?after=undated.1e5", "'after' must be a page marker"),
    ("/api/calls?limit=501", "'limit'"),
    ("/api/calls?limit=0", "'limit'"),
    ("/api/calls?limit=ten", "'limit'"),
])
def test_a_url_alone_gets_a_400_that_names_the_parameter(hostile: TestClient, url: str, message: str) -> None:
    response = hostile.get(url)
    assert response.status_code == 400
    text = response.json()["error"] if "/calls." in url or "/api/" in url else response.text.replace("&#39;", "'")
    assert message in text and "Traceback" not in text


def test_the_date_pattern_admits_exactly_the_days_from_1900_to_2100() -> None:
    day, bad = FIRST_DAY.replace(year=1899), []
    pattern = re.compile(DAY)
    while day <= LAST_DAY.replace(year=2101):
        if bool(pattern.fullmatch(day.isoformat())) != (FIRST_DAY <= day <= LAST_DAY):
            bad.append(day)
        day = day.fromordinal(day.toordinal() + 1)
    assert not bad
    assert not any(pattern.fullmatch(text) for text in ["2024-02-30", "2023-02-29", "1900-02-29", "2100-02-29",
                                                         "2024-04-31", "2024-00-10", "2024-1-1", "２０２４-01-01"])
    assert pattern.fullmatch("2000-02-29") and pattern.fullmatch("2096-02-29")


@pytest.mark.parametrize("token, valid", [
    ("2024-03-18.7", True), ("undated.12", True), ("9999-12-31.5", True), ("0001-01-01.1", True),
    ("0004-02-29.1", True), ("2000-02-29.3", True), ("999999999999999999", False), ("undated.999999999999999999", True),
    ("undated.9999999999999999999", False), ("0000-01-01.1", False), ("1900-02-29.1", False),
    ("2024-02-30.1", False), ("undated.01", False), ("undated.", False), ("yesterday", False), ("undated.-1", False),
])
def test_the_page_marker_pattern_admits_only_tokens_the_server_writes(token: str, valid: bool) -> None:
    assert bool(re.fullmatch(CURSOR, token)) is valid


# Exports: inert cells, well-formed XML, no script links ------------------------------------------------------

@pytest.mark.parametrize("cell, shown", [
    ("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\rx", "'\rx"),
    ("a=b", "a=b"), ("", ""), ("2024-07-01", "2024-07-01"), (None, None), (3, 3),
])
def test_a_cell_that_would_start_a_formula_is_made_text(cell: object, shown: object) -> None:
    assert inert(cell) == shown


def test_no_csv_cell_starts_a_formula(hostile: TestClient) -> None:
    rows = list(csv.DictReader(io.StringIO(hostile.get("/calls.csv").text)))
    assert len(rows) == TOTAL and list(rows[0]) == CSV_COLUMNS
    assert not [cell for row in rows for cell in row.values() if cell.startswith(FORMULA_STARTS)]
    formula = next(row for row in rows if row["id"] == FORMULA_CALL)
    assert formula["summary"].startswith("'=HYPERLINK(") and formula["sources"] == "'-formula.txt"


@pytest.mark.parametrize("url", ["/calls.atom", "/calls.atom?leader=rishi-sunak", "/calls.atom?q=Macron"])
def test_the_atom_feed_stays_well_formed_whatever_the_articles_hold(hostile: TestClient, url: str) -> None:
    response = hostile.get(url)
    feed = ET.fromstring(response.content)
    assert not CONTROL_CHARACTERS.search(response.content.decode("utf-8"))
    titles = [entry.findtext("{http://www.w3.org/2005/Atom}summary") for entry in feed]
    assert any(title and "President Macron spoke with Prime Minister Sunak" in title for title in titles) \
        or "q=" in url or "rishi" in url


def test_the_calendar_and_json_carry_no_raw_control_characters(hostile: TestClient) -> None:
    assert not CONTROL_CHARACTERS.search(hostile.get("/calls.ics").text)
    call = hostile.get(f"/api/calls/{CONTROL_CALL}").json()
    assert call["summary"].startswith("President Macron\x00")  # JSON escapes them, so the data is kept as it is


@pytest.mark.parametrize("url, link", [
    ("https://example.org/a", "https://example.org/a"), (" http://example.org ", "http://example.org"),
    ("HTTPS://EXAMPLE.ORG", "HTTPS://EXAMPLE.ORG"), ("javascript:alert(1)", None), (" JaVaScRiPt:alert(1)", None),
    ("java\tscript:alert(1)", None), ("\x01javascript:alert(1)", None), ("data:text/html,x", None),
    ("vbscript:x", None), ("//example.org", None), ("/calls", None), ("http://[::1", None), ("", None), (None, None),
])
def test_only_web_addresses_become_links(url: str | None, link: str | None) -> None:
    assert safe_link(url) == link


def test_a_source_address_that_is_not_http_is_never_a_link(hostile: TestClient) -> None:
    sources = {call["sources"][0]["url"]: call["sources"][0]["id"]
               for call in hostile.get("/api/calls?limit=500").json()["calls"] if call["sources"][0]["url"]}
    for url in UNSAFE_URLS:
        html = hostile.get(f"/sources/{sources[url]}").text
        assert ">original</a>" not in html
        assert not re.search(r'href="\s*(javascript|data|vbscript):', html, re.I)
    assert 'href="https://news.example/formula" rel="noopener noreferrer nofollow">original</a>' in \
        hostile.get(f"/sources/{sources['https://news.example/formula']}").text


# HEAD and security headers on every answer ---------------------------------------------------------------------

PATH_VALUES = {"/topics/{slug}": "/topics/energy", "/leaders/{slug}": "/leaders/olaf-scholz",
               "/calls/{slug}": f"/calls/{FAR_FUTURE_CALL}", "/api/calls/{slug}": f"/api/calls/{FAR_FUTURE_CALL}",
               "/sources/{source_id}": "/sources/nothing-here"}


def get_routes(app: FastAPI) -> list[str]:
    """Every GET operation the API schema lists, with its path parameters filled in."""
    return [PATH_VALUES.get(path, path) for path, operations in app.openapi()["paths"].items() if "get" in operations]


def test_head_answers_every_get_route_like_get_without_a_body(hostile_app: FastAPI, hostile: TestClient) -> None:
    paths = get_routes(hostile_app) + ["/static/app.css", "/api/openapi.json", "/no/such/page"]
    assert len(paths) >= 16
    for path in paths:
        got, head = hostile.get(path, follow_redirects=False), hostile.head(path, follow_redirects=False)
        assert (head.status_code, head.headers.get("content-type")) == (got.status_code, got.headers.get("content-type")), path
        assert head.content == b"", path
        assert all(name in head.headers for name in SECURITY_HEADERS), path


def test_head_on_a_large_export_stops_after_the_headers(hostile: TestClient) -> None:
    head = hostile.head("/calls.json")
    assert head.status_code == 200 and head.content == b"" and head.headers["content-type"] == "application/json"


def raise_inside() -> Iterator[None]:
    raise RuntimeError("the database went away")
    yield  # pragma: no cover - makes this a generator dependency like get_session


@pytest.mark.parametrize("method, url, status", [
    ("GET", "/", 200), ("GET", "/no/such/page", 404), ("POST", "/", 405), ("DELETE", "/api/calls", 405),
    ("GET", "/?to=9999-12-31", 400), ("GET", "/api/calls?limit=x", 400), ("HEAD", "/calls.csv", 200),
    ("GET", "/static/app.css", 200), ("GET", "/static/nothing.css", 404), ("GET", "/api/openapi.json", 200),
])
def test_security_headers_are_on_every_answer(hostile: TestClient, method: str, url: str, status: int) -> None:
    response = hostile.request(method, url)
    assert response.status_code == status
    assert all(name in response.headers for name in SECURITY_HEADERS)
    if status == 405:
        assert response.headers["allow"] == "GET, HEAD" and "only GET, HEAD requests" in response.text


@pytest.mark.parametrize("url, json_error", [("/", False), ("/calls/x", False), ("/api/calls", True),
                                              ("/calls.csv", True)])
def test_a_server_error_is_a_page_with_the_security_headers_and_no_traceback(hostile_engine: Engine, url: str,
                                                                             json_error: bool) -> None:
    app, _ = client_for(hostile_engine)
    app.dependency_overrides[get_session] = raise_inside
    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.get(url)
    assert response.status_code == 500
    assert all(name in response.headers for name in SECURITY_HEADERS)
    text = response.json()["error"] if json_error else response.text
    assert "Something went wrong on our side" in text and "database went away" not in text


# Paged API and capped, streamed exports --------------------------------------------------------------------------

def test_the_api_is_paged_with_a_next_marker_and_a_link(hostile: TestClient) -> None:
    first = hostile.get("/api/calls")
    body = first.json()
    assert len(body["calls"]) == 74 and body["next"] is None and "link" not in first.headers
    page = hostile.get("/api/calls?limit=10&leader=joe-biden")
    assert len(page.json()["calls"]) == 10 and page.json()["next"]
    assert page.links["next"]["url"] == f"/api/calls?leader=joe-biden&after={page.json()['next']}&limit=10"


@pytest.mark.parametrize("fmt", ["json", "csv", "ics"])
def test_a_capped_export_names_its_next_part_until_every_call_is_out(hostile: TestClient, export_cap: int,
                                                                    fmt: str) -> None:
    parts = follow(hostile, f"/calls.{fmt}?from=1900-01-01")
    assert len(parts) > 1 and "next" not in parts[-1].links
    assert all(part.status_code == 200 and "content-length" not in part.headers for part in parts)  # streamed
    if fmt == "json":
        ids = [call["id"] for part in parts for call in part.json()["calls"]]
        assert [part.json()["next"] is not None for part in parts] == [True] * (len(parts) - 1) + [False]
    elif fmt == "csv":
        ids = [row["id"] for part in parts for row in csv.DictReader(io.StringIO(part.text))]
    else:
        ids = [uid for part in parts for uid in re.findall(r"UID:([\w-]+)@hotline", part.text)]
    sizes = {len(ids)}
    assert all(len(part.content) for part in parts) and sizes
    assert len(ids) == len(set(ids)) == TOTAL - 4  # neither the two undated calls nor the two before 1900


def test_the_atom_feed_pages_to_older_calls(hostile: TestClient) -> None:
    parts = follow(hostile, "/calls.atom")
    entries = [entry.findtext("{http://www.w3.org/2005/Atom}id") for part in parts
               for entry in ET.fromstring(part.content).findall("{http://www.w3.org/2005/Atom}entry")]
    assert len(parts) == 2 and len(entries) == len(set(entries)) == TOTAL
    feed = ET.fromstring(parts[0].content)
    assert feed.find("{http://www.w3.org/2005/Atom}link[@rel='next']").get("href") == parts[0].links["next"]["url"]


# Every URL a client can send: schemathesis over the whole API schema, in process -------------------------------

# The schema does not depend on the data, so it is read from an app that never opens a database; every case is
# then sent to the app over the hostile database.
api_schema = schemathesis.openapi.from_asgi("/api/openapi.json", create_app())


@api_schema.hook("map_query")
def dates_in_order(_context, query: dict | None) -> dict | None:  # noqa: ANN001 - a hook context
    """One rule no schema can state: 'from' may not come after 'to' (the server answers that with a 400)."""
    if query and all(re.fullmatch(DAY, str(query.get(key, ""))) for key in ("from", "to")) \
            and query["from"] > query["to"]:
        query["from"], query["to"] = query["to"], query["from"]
    return query


@api_schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_url_makes_a_server_error_or_breaks_the_schema(case, hostile_app: FastAPI) -> None:  # noqa: ANN001
    case.call_and_validate(app=hostile_app)


# Many clients at once, over the loopback interface ----------------------------------------------------------------

EXPORTS = ["/calls.json", "/calls.csv", "/calls.ics", "/calls.atom"]
MANY = 3000


@pytest.fixture(scope="module")
def busy_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    database = tmp_path_factory.mktemp("many") / "hotline.db"
    build_many_calls(database, MANY).dispose()
    with ServerProcess(database) as server:
        yield server


def test_eight_clients_downloading_every_export_leave_the_timeline_answering(busy_server: ServerProcess) -> None:
    """Figures under this load are printed by bench/export_load.py; here only generous bounds are asserted."""
    with httpx.Client(base_url=busy_server.url, timeout=60) as warm:
        for path in ["/", *EXPORTS]:
            assert warm.get(path).status_code == 200
    before = busy_server.memory()["VmRSS"]
    done, peak = threading.Event(), [before]
    downloads: list[tuple[str, int, int, bool]] = []

    def sample() -> None:
        while not done.wait(0.02):
            peak[0] = max(peak[0], busy_server.memory()["VmRSS"])

    def download_everything(client_number: int) -> None:
        # An end date past every call, different for each client: the same calls, but no answer kept for another.
        with httpx.Client(base_url=busy_server.url, timeout=120) as client:
            for path in EXPORTS:
                with client.stream("GET", f"{path}?to=2099-12-{10 + client_number}") as response:
                    size = sum(len(chunk) for chunk in response.iter_bytes())
                    downloads.append((path, response.status_code, size, "content-length" in response.headers))

    threads = [threading.Thread(target=download_everything, args=(number,)) for number in range(8)]
    sampler = threading.Thread(target=sample)
    for thread in [sampler, *threads]:
        thread.start()
    timings, statuses = [], []
    with httpx.Client(base_url=busy_server.url, timeout=60) as reader:
        deadline = time.monotonic() + 180
        while any(thread.is_alive() for thread in threads) and time.monotonic() < deadline:
            started = time.perf_counter()
            statuses.append(reader.get("/").status_code)
            timings.append(time.perf_counter() - started)
            time.sleep(0.25)
    for thread in threads:
        thread.join(timeout=60)
    done.set()
    sampler.join()
    peak_kb = max(peak[0], busy_server.memory()["VmRSS"])

    assert len(downloads) == 8 * len(EXPORTS) and {status for _, status, _, _ in downloads} == {200}
    assert all(len({size for p, _, size, _ in downloads if p == path}) == 1 for path in EXPORTS)  # all complete
    assert not any(sized for path, _, _, sized in downloads if path != "/calls.atom")  # streamed, not buffered
    assert len(statuses) >= 5 and set(statuses) == {200}
    assert statistics.median(timings) < 2.0 and max(timings) < 10.0  # the figure itself is well under 0.2 s
    assert (peak_kb - before) / 1024 < 150  # the code before streaming grew by over 300 MB at 2,900 calls
