"""The explorer over HTTP: the timeline, its filters and pages, fragments, redirects and error pages."""

import re

import pytest
from fastapi.testclient import TestClient

from tests.web_fixtures import CURRENT_SLUG, MOVED_SLUG, web, web_engine, web_session  # noqa: F401 - fixtures

TOTAL, PAGE = 65, 50
RAFAH_CALL = "2024-03-18-benjamin-netanyahu-joe-biden"


def articles(html: str) -> list[str]:
    return re.findall(r'<article class="call-item" id="call-(\d+)"', html)


def older_link(html: str) -> str | None:
    found = re.search(r'<a class="button" href="([^"]+)"', html)
    return found.group(1).replace("&amp;", "&") if found else None


def test_timeline_is_a_feed_of_the_newest_calls(web: TestClient) -> None:
    response = web.get("/")
    assert response.status_code == 200
    html = response.text
    assert 'role="feed"' in html and 'aria-busy="false"' in html
    assert len(articles(html)) == PAGE
    assert f"{TOTAL} calls" in html
    assert f'aria-setsize="{TOTAL}"' in html and 'aria-posinset="1"' in html
    assert '<h2 class="month">December 2024</h2>' in html
    assert re.search(r"first call in \d+ days", html)
    assert "HX-Request" in response.headers["vary"] and "HX-Target" in response.headers["vary"]


def test_strip_is_drawn_from_counts_with_undated_calls_apart(web: TestClient) -> None:
    html = web.get("/").text
    strip = html[html.index('<figure class="strip">'):html.index("</figure>")]
    assert len(re.findall(r'<rect class="bar"', strip)) > 12
    assert "counted by month" in strip
    assert "Longest gap: 88 days" in strip  # the quiet summer of 2023
    assert '<span class="lane-count">2</span> undated' in strip
    narrow = web.get("/?from=2024-03-01&to=2024-03-31").text
    assert "counted by day" in narrow
    assert "counted by week" in web.get("/?from=2024-01-01&to=2024-12-31").text


def test_older_calls_links_walk_every_call_once_with_undated_last(web: TestClient) -> None:
    seen, url, pages = [], "/", []
    for _ in range(TOTAL // PAGE + 2):
        if not url:
            break
        html = web.get(url).text
        pages.append(html)
        seen += articles(html)
        url = older_link(html)
    assert len(seen) == len(set(seen)) == TOTAL
    last = pages[-1]
    assert "Date unknown" in last and "date unknown — a Tuesday" in last and "date unknown — a Friday" in last
    assert "That is the oldest call in this view." in last
    assert f'aria-posinset="{PAGE + 1}"' in pages[1]


@pytest.mark.parametrize("headers, full_page", [
    ({}, True),
    ({"HX-Request": "true"}, False),
    ({"HX-Request": "true", "HX-History-Restore-Request": "true"}, True),
])
def test_one_route_serves_page_fragment_and_history_restore(web: TestClient, headers: dict, full_page: bool) -> None:
    response = web.get("/?topic=rafah", headers=headers)
    assert response.status_code == 200
    assert "HX-Request" in response.headers["vary"] and "HX-Target" in response.headers["vary"]
    assert response.text.lstrip().lower().startswith("<!doctype html>") is full_page
    assert 'id="filters"' in response.text and len(articles(response.text)) == 2


def test_infinite_scroll_fragment_appends_calls_and_replaces_the_link(web: TestClient) -> None:
    url = older_link(web.get("/").text)
    response = web.get(url, headers={"HX-Request": "true", "HX-Target": "feed"})
    html = response.text
    assert len(articles(html)) == TOTAL - PAGE
    assert 'id="more"' in html and 'hx-swap-oob="true"' in html
    assert "<form" not in html and "<!doctype" not in html.lower()


def test_infinite_scroll_link_uses_revealed_and_keeps_filters(web: TestClient) -> None:
    html = web.get("/?topic=ukraine").text
    assert 'hx-trigger="revealed, click"' not in html  # 20 calls fit on one page
    html = web.get("/").text
    assert 'hx-trigger="revealed, click"' in html and 'hx-target="#feed"' in html
    assert older_link(web.get("/?from=2023-01-01").text).startswith("/?from=2023-01-01&after=")


@pytest.mark.parametrize("query, expected", [
    ("topic=rafah", 2),
    ("topic=rafah&topic=hostages", 2),  # several topics narrow together
    ("leader=joe-biden&with=benjamin-netanyahu", 11),
    ("with=benjamin-netanyahu", 11),  # "with" alone still means calls with that leader
    ("from=2024-03-01&to=2024-03-31", 3),
    ("q=battalions", 1),  # only in the Israeli readout's position
    ("q=hostage", 12),  # stemmed: finds "hostages"
    ("q=methane", 1),  # an undated call is still found by its words
    ("q=%22%3F%21", 0),  # punctuation alone matches nothing rather than everything
])
def test_filters_narrow_the_timeline(web: TestClient, query: str, expected: int) -> None:
    html = web.get(f"/?{query}").text
    assert re.search(rf"<h2 id=\"result-count\" tabindex=\"-1\">{expected} calls? match", html), query
    assert len(articles(html)) == min(expected, PAGE)


def facet_counts(html: str) -> dict[str, str]:
    return dict(re.findall(r'id="topic-([\w-]+)"[^>]*>\s*[^<]+<span id="count-[\w-]+" class="count">(\d+)', html))


def test_facets_count_calls_in_the_current_view(web: TestClient) -> None:
    counts = facet_counts(web.get("/?leader=joe-biden&with=benjamin-netanyahu").text)
    assert {slug: n for slug, n in counts.items() if n != "0"} == {
        "energy": "2", "hostages": "4", "humanitarian-aid": "1", "rafah": "2", "trade": "1", "ukraine": "3"}
    # The list of topics stays put as the view narrows; only the counts change.
    narrowed = facet_counts(web.get("/?topic=rafah").text)
    assert narrowed.keys() == facet_counts(web.get("/").text).keys()
    assert narrowed["trade"] == "0" and narrowed["hostages"] != "0"  # no Rafah call is about trade


def test_a_filter_change_swaps_the_results_and_sends_counts_out_of_band(web: TestClient) -> None:
    response = web.get("/?topic=rafah", headers={"HX-Request": "true", "HX-Target": "results"})
    assert response.status_code == 200
    assert '<form id="filters"' not in response.text  # the form a person is using is not replaced
    assert 'id="result-count"' in response.text
    assert '<span id="count-trade" class="count" hx-swap-oob="true">0' in response.text
    reset = web.get("/?topic=rafah", headers={"HX-Request": "true", "HX-Target": "explorer"})
    assert '<form id="filters"' in reset.text and 'hx-swap-oob' not in reset.text


def test_active_filters_are_removable_chips(web: TestClient) -> None:
    html = web.get("/?topic=rafah&topic=hostages&q=Rafah").text
    chips = re.findall(r'<a class="chip removable" href="([^"]+)"', html)
    assert [c.replace("&amp;", "&") for c in chips] == ["/?topic=rafah&q=Rafah", "/?topic=hostages&q=Rafah",
                                                         "/?topic=rafah&topic=hostages"]
    assert "Remove filter: </span>topic Hostages" in html


@pytest.mark.parametrize("url, status, message", [
    ("/?from=notadate", 400, "'from' must be a date written YYYY-MM-DD"),
    ("/?from=2024-05-01&to=2024-01-01", 400, "The date range is backwards"),
    ("/?topic=not-a-topic", 404, "There is no topic 'not-a-topic'"),
    ("/?leader=nobody", 404, "There is no leader 'nobody'"),
    ("/?after=yesterday", 400, "'after' must be a page marker"),
    ("/calls/1999-01-01-nobody", 404, "There is no call at /calls/1999-01-01-nobody"),
    ("/topics/nothing", 404, "There is no topic 'nothing'"),
    ("/leaders/nobody", 404, "There is no leader 'nobody'"),
    ("/sources/nothing", 404, "There is no source 'nothing'"),
    ("/no/such/page", 404, "There is no page at this address"),
    ("/calls.csv?to=soon", 400, "'to' must be a date"),
])
def test_bad_input_gets_a_clear_error_page(web: TestClient, url: str, status: int, message: str) -> None:
    response = web.get(url)
    assert response.status_code == status
    assert message in response.text.replace("&#39;", "'")
    assert "Traceback" not in response.text


def test_call_page_shows_date_people_sides_and_sharing(web: TestClient) -> None:
    response = web.get(f"/calls/{RAFAH_CALL}")
    html = response.text
    assert response.status_code == 200
    assert "Monday, 18 March 2024" in html and "How we know the date" in html
    assert re.findall(r'data-side="([\w-]+)"', html) == ["benjamin-netanyahu", "joe-biden", "both"]
    assert re.search(r'href="/sources/\w+\?hl=\d+#c-\d+"', html)
    # No base URL configured: the canonical link is relative and there is no og:url (see test_web_reading).
    assert f'<link rel="canonical" href="/calls/{RAFAH_CALL}">' in html and "og:url" not in html
    assert '<meta property="og:title" content="Benjamin Netanyahu – Joe Biden, Monday, 18 March 2024">' in html
    assert '<meta name="twitter:card" content="summary">' in html and 'name="twitter:description"' in html
    assert f'data-share="/calls/{RAFAH_CALL}"' in html and "Copy link" not in html  # the button is made by app.js
    assert 'rel="prev" href="/calls/2024-02-11-benjamin-netanyahu-joe-biden"' in html
    assert 'rel="next" href="/calls/' in html


def test_call_page_compares_disagreeing_accounts_in_a_table(web: TestClient) -> None:
    html = web.get(f"/calls/{RAFAH_CALL}").text
    section = html[html.index('id="compared"'):html.index('id="sources-h"')]
    summary = re.search(r'<p class="compare-summary">([^<]+)</p>', section).group(1).replace("&#39;", "'")
    assert summary == ("Prime Minister's Office and the White House agree on the date; they disagree on the length: "
                       "30 vs 50 minutes; only the White House mentions Hostages.")
    columns = re.findall(r'<th scope="col"><a href="/sources/\w+">([^<]+)</a></th>', section)
    assert [c.replace("&#39;", "'") for c in columns] == ["Prime Minister's Office", "The White House"]
    rows = re.findall(r'<th scope="row">([^<]+)</th>', section)
    assert rows == ["Length", "Topics only some mention", "What Benjamin Netanyahu said", "What Joe Biden said"]
    assert "Date" not in rows  # the sources agree on it, so it is no row
    assert ">50 minutes</a>" in section and ">30 minutes</a>" in section and "50-minute" not in section
    assert ".txt" not in section  # sources go by outlet or title, never by file name


def test_single_source_call_has_nothing_to_compare(web: TestClient) -> None:
    assert 'id="compared"' not in web.get("/calls/2024-02-11-benjamin-netanyahu-joe-biden").text


def test_video_call_names_who_joined(web: TestClient) -> None:
    html = web.get("/calls/2024-05-06-joe-biden-olaf-scholz").text
    assert "video call" in html and "Kamala Harris" in html and "joined the call" in html


def test_moved_permalink_redirects_permanently(web: TestClient) -> None:
    response = web.get(f"/calls/{MOVED_SLUG}", follow_redirects=False)
    assert response.status_code == 301
    assert response.headers["location"] == f"/calls/{CURRENT_SLUG}"
    assert web.get(response.headers["location"]).status_code == 200


def test_evidence_link_lands_on_the_highlighted_sentence(web: TestClient) -> None:
    html = web.get(f"/calls/{RAFAH_CALL}").text
    link = re.search(r'href="(/sources/\w+)\?hl=(\d+)#c-(\d+)"', html)
    page = web.get(f"{link.group(1)}?hl={link.group(2)}").text
    assert re.search(rf'<mark id="c-{link.group(3)}" class="evidence highlight">', page)
    assert f'href="/calls/{RAFAH_CALL}"' in page


def test_source_text_is_escaped_never_run(web: TestClient) -> None:
    html = web.get("/calls/2024-01-09-emmanuel-macron-rishi-sunak").text
    source = re.search(r'href="(/sources/\w+)"', html).group(1)
    page = web.get(source).text
    assert "<script>alert" not in page and "<b onmouseover" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page


def test_topic_page_shows_one_mark_per_call_and_only_the_changes(web: TestClient) -> None:
    html = web.get("/topics/rafah").text
    tracks = dict(re.findall(r'<h3 id="l-([\w-]+)">(.*?)</section>', html, re.S))
    biden = tracks["joe-biden"]
    marks = re.findall(r'<a class="mark stance-([\w-]+)" href="(/calls/[\w-]+)"', biden)
    assert marks == [("urges", "/calls/2024-02-11-benjamin-netanyahu-joe-biden"), ("opposes", f"/calls/{RAFAH_CALL}")]
    assert "Urged from February 2024; opposed from March 2024." in biden
    assert "No clear stance in 2 calls." in tracks["benjamin-netanyahu"]  # "states" is no stance, so nothing changed
    calls = html[html.index('id="recent"'):]
    assert calls.count('class="call-item"') == 2 and 'href="/?topic=rafah"' in html


def test_leader_page_lists_counterparts_months_and_latest_calls(web: TestClient) -> None:
    html = web.get("/leaders/joe-biden").text
    rows = re.findall(r'<a href="/leaders/([\w-]+)">[^<]+</a></td><td>[^<]*</td>\s*<td class="num">'
                      r'<a href="([^"]+)">(\d+)', html)
    counts = {slug: int(n) for slug, _, n in rows}
    assert counts["benjamin-netanyahu"] == 11 and "olaf-scholz" in counts
    assert rows[0][1].replace("&amp;", "&").startswith("/?leader=joe-biden&with=")
    assert "counted by month" in html and html.count('class="call-item"') == 10
    assert "joined 1 other call" in web.get("/leaders/kamala-harris").text


PAGES = ["/", "/?topic=rafah", f"/calls/{RAFAH_CALL}", "/topics/rafah", "/leaders/joe-biden", "/nowhere", "/topics",
         "/leaders", "/sources"]


@pytest.mark.parametrize("url", PAGES)
def test_pages_are_strict_csp_clean_and_load_nothing_from_elsewhere(web: TestClient, url: str) -> None:
    response = web.get(url)
    policy = response.headers["content-security-policy"]
    for directive in ("default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'",
                      "base-uri 'none'", "form-action 'self'", "img-src 'self' data:"):
        assert directive in policy
    html = response.text
    assert not re.search(r"<script(?![^>]*\bsrc=)", html), "inline script"
    assert not re.search(r"<style|\sstyle=|\shx-on", html), "inline style or hx-on handler"
    assert not re.search(r'<(?:script|img|iframe)[^>]*\ssrc="(?:https?:)?//', html), "loads from another host"
    assert not re.search(r'<link(?![^>]*rel="canonical")[^>]*\shref="(?:https?:)?//', html), "loads from another host"


def test_empty_form_fields_redirect_to_the_tidy_url(web: TestClient) -> None:
    response = web.get("/?topic=rafah&leader=&with=&from=&to=&q=", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/?topic=rafah"
    swap = web.get("/?topic=rafah&leader=&q=", headers={"HX-Request": "true"}, follow_redirects=False)
    assert swap.status_code == 200 and swap.headers["hx-push-url"] == "/?topic=rafah"


def test_every_page_of_the_bundled_seeds_renders(client: TestClient) -> None:
    """The real extractor's output, whatever it finds, renders on every page type."""
    calls = client.get("/calls.json").json()["calls"]
    assert calls and client.get("/").status_code == 200
    for call in calls:
        assert client.get(f"/calls/{call['id']}").status_code == 200, call["id"]
        for source in call["sources"]:
            assert client.get(f"/sources/{source['id']}").status_code == 200
        for topic in call["topics"]:
            assert client.get(f"/topics/{topic}").status_code == 200
        for person in call["participants"]:
            assert client.get(f"/leaders/{person['id']}").status_code == 200
