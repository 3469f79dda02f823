"""Exports of a timeline view: JSON and CSV in the stable public shape, an Atom feed and an iCalendar file."""

import csv
import io
from xml.etree import ElementTree as ET

from fastapi.testclient import TestClient
from sqlmodel import Session

from app.export import CSV_COLUMNS, calls_json
from app.queries import list_calls
from tests.web_fixtures import web, web_engine, web_session  # noqa: F401 - fixtures

ATOM = "{http://www.w3.org/2005/Atom}"
STABLE_FIELDS = {"id", "url", "kind", "date", "date_precision", "date_earliest", "date_latest", "date_basis",
                 "weekday", "passing_mention", "summary", "participants", "also_present", "topics", "positions",
                 "sources"}


def test_json_export_has_every_call_in_the_stable_shape(web: TestClient, web_session: Session) -> None:
    response = web.get("/calls.json")
    assert response.status_code == 200
    calls = response.json()["calls"]
    assert len(calls) == 65 and STABLE_FIELDS <= set(calls[0])
    assert calls[0]["url"].startswith("/calls/")  # relative: no HOTLINE_BASE_URL here, and never the Host header
    assert [c["id"] for c in calls] == [c["id"] for c in calls_json(list_calls(web_session))["calls"]]


def test_json_export_follows_the_filter(web: TestClient) -> None:
    calls = web.get("/calls.json?topic=rafah").json()["calls"]
    assert {c["id"] for c in calls} == {"2024-03-18-benjamin-netanyahu-joe-biden", "2024-02-11-benjamin-netanyahu-joe-biden"}
    assert all("rafah" in c["topics"] for c in calls)


def test_csv_export_has_a_header_and_a_row_per_call(web: TestClient) -> None:
    response = web.get("/calls.csv?leader=joe-biden")
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.reader(io.StringIO(response.text)))
    assert rows[0] == CSV_COLUMNS
    assert len(rows) - 1 == len(web.get("/calls.json?leader=joe-biden").json()["calls"]) > 10
    assert all("Joe Biden" in row[CSV_COLUMNS.index("participants")] for row in rows[1:])


def test_atom_feed_is_well_formed_with_entries_per_filter(web: TestClient) -> None:
    response = web.get("/calls.atom?topic=rafah")
    assert response.headers["content-type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 2
    for entry in entries:
        assert entry.findtext(f"{ATOM}id").startswith("urn:hotline:call:")  # with no base URL; see test_web_reading
        assert entry.find(f"{ATOM}link").get("href").startswith("/calls/")
        assert entry.findtext(f"{ATOM}title") and entry.findtext(f"{ATOM}updated").endswith("Z")
        assert "rafah" in [c.get("term") for c in entry.findall(f"{ATOM}category")]
    assert feed.find(f"{ATOM}link[@rel='self']").get("href") == "/calls.atom?topic=rafah"
    assert len(ET.fromstring(web.get("/calls.atom").content).findall(f"{ATOM}entry")) == 50


def test_icalendar_has_an_event_for_each_dated_call_only(web: TestClient) -> None:
    response = web.get("/calls.ics")
    assert response.headers["content-type"].startswith("text/calendar")
    text = response.text
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    events = text.split("BEGIN:VEVENT")[1:]
    assert len(events) == 63  # 65 calls, two of them undated
    assert all("\r\nDTSTART;VALUE=DATE:" in event for event in events)
    assert "UID:undated-" not in text
    assert "DTSTART;VALUE=DATE:20240318" in text
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))


def test_exports_of_unknown_filters_are_clear_errors(web: TestClient) -> None:
    response = web.get("/calls.json?topic=nothing")
    assert response.status_code == 404 and "There is no topic 'nothing'" in response.json()["error"]
