"""The explorer as people read it: sides, compared accounts, search snippets, index pages, sharing, base URL."""

import html as htmlib
import re
from collections.abc import Iterator
from datetime import date
from xml.etree import ElementTree as ET

import pytest
from fastapi.testclient import TestClient

from app.models import Source
from app.settings import get_settings
from app.web.naming import join_names, minutes, source_labels
from app.web.snippets import search_pattern
from app.web.strip import NARROW_BUCKETS, build_strips
from tests.web_fixtures import CURRENT_SLUG, MOVED_SLUG, web, web_engine  # noqa: F401 - fixtures

RAFAH_CALL = "2024-03-18-benjamin-netanyahu-joe-biden"
BASE = "https://hotline.example.org"


def sides(page: str) -> dict[str, list[str]]:
    """Each block of "What each side said" and the sentences quoted in it."""
    blocks = re.findall(r'<section class="side[^"]*"[^>]*data-side="([\w-]+)">(.*?)</section>', page, re.S)
    return {key: [htmlib.unescape(q).strip() for q in re.findall(r"<blockquote>(.*?)</blockquote>", body, re.S)]
            for key, body in blocks}


def assert_one_side_per_sentence(page: str, where: str) -> None:
    seen: dict[str, str] = {}
    for side, sentences in sides(page).items():
        for sentence in sentences:
            assert seen.setdefault(sentence, side) == side, f"{where}: {sentence!r} under {seen[sentence]} and {side}"
        assert len(sentences) == len(set(sentences)), f"{where}: a sentence repeated under {side}"


def test_no_sentence_is_under_two_leaders_on_any_call_page(web: TestClient) -> None:
    calls = web.get("/calls.json").json()["calls"]
    for call in calls:
        assert_one_side_per_sentence(web.get(f"/calls/{call['id']}").text, call["id"])


def test_no_sentence_is_under_two_leaders_with_the_real_extractor(client: TestClient) -> None:
    for call in client.get("/calls.json").json()["calls"]:
        assert_one_side_per_sentence(client.get(f"/calls/{call['id']}").text, call["id"])


def test_a_sentence_filed_under_both_leaders_goes_to_the_one_it_names_first(web: TestClient) -> None:
    blocks = sides(web.get("/calls/2024-02-11-benjamin-netanyahu-joe-biden").text)
    sentence = "Netanyahu told Biden that Israel would keep fighting until Hamas was defeated."
    assert sentence in blocks["benjamin-netanyahu"] and sentence not in blocks["joe-biden"]
    assert "both" not in blocks


def test_duplicates_fold_into_one_entry_and_quotes_are_whole_sentences(web: TestClient) -> None:
    page = web.get(f"/calls/{RAFAH_CALL}").text
    blocks = sides(page)
    # Extraction kept "Israel was determined ..."; the page quotes the sentence it came from.
    assert "Netanyahu said Israel was determined to eliminate the Hamas battalions in Rafah." in \
        blocks["benjamin-netanyahu"]
    # In both readouts, filed under both leaders, naming neither: once, in a block of its own, "also in" the other.
    assert blocks["both"] == ["The leaders agreed to stay in close touch."]
    both = page[page.index('data-side="both"'):]
    assert re.search(r'class="also">also in <a href="/sources/\w+\?hl=\d+#c-\d+">The White House</a>', both)


def test_stance_chip_only_when_extraction_is_confident(web: TestClient) -> None:
    page = web.get(f"/calls/{RAFAH_CALL}").text
    netanyahu = page[page.index('data-side="benjamin-netanyahu"'):page.index('data-side="joe-biden"')]
    assert "stance-states" not in page and 'class="stance' not in netanyahu  # "states" is no stance
    assert '<span class="stance stance-opposes">opposes</span>' in page


@pytest.mark.parametrize("query", ["ceasefire", "cease-fire", "cease fire", "Cease-Fire"])
def test_hyphen_and_spacing_variants_find_the_same_calls(web: TestClient, query: str) -> None:
    page = web.get("/", params={"q": query}).text
    assert re.search(r'<h2 id="result-count" tabindex="-1">3 calls match', page), query


def test_search_results_show_the_matching_sentence_with_the_terms_marked(web: TestClient) -> None:
    page = web.get("/?q=battalions").text
    match = re.search(r'<p class="match">(.*?)</p>', page, re.S).group(1)
    assert "<q>Netanyahu said Israel was determined to eliminate the Hamas <mark>battalions</mark> in Rafah.</q>" \
        in match
    assert re.search(r'href="/sources/\w+\?hl=\d+#c-\d+">Prime Minister&#39;s Office</a>', match)
    marked = web.get("/?q=ceasefire").text
    assert {"cease-fire", "ceasefire", "cease fire"} <= set(re.findall(r"<mark>([^<]+)</mark>", marked))
    assert 'class="match"' not in web.get("/?topic=rafah").text  # no search, no snippets


@pytest.mark.parametrize("needle, text, marked", [
    ("hostages", "the hostage deal", ["hostage"]),
    ("Rafah's", "in Rafah's south", ["Rafah's"]),
    ("cease fire", "a ceasefire now", ["ceasefire"]),
    ("ceasefire", "a cease-fire or a cease fire", ["cease-fire", "cease fire"]),
])
def test_search_pattern_marks_every_spelling(needle: str, text: str, marked: list[str]) -> None:
    assert [m.group() for m in search_pattern(needle).finditer(text)] == marked


def test_filter_summary_counts_active_filters_and_updates_out_of_band(web: TestClient) -> None:
    page = web.get("/?topic=rafah&leader=joe-biden&from=2024-01-01").text
    assert re.search(r'<summary><span class="fold-label">Filter <span id="filter-count" class="filter-count">'
                     r"\(3 active\)</span>", page)
    swap = web.get("/?topic=rafah", headers={"HX-Request": "true", "HX-Target": "results"}).text
    assert '<span id="filter-count" class="filter-count" hx-swap-oob="true">(1 active)</span>' in swap


def test_skip_link_goes_to_the_results(web: TestClient) -> None:
    page = web.get("/").text
    assert '<a class="skip" href="#result-count">Skip to results</a>' in page
    # The exports come after the calls, so the first stop after the skip link is the first call.
    assert page.index('id="result-count"') < page.index('id="feed"') < page.index('class="exports"')


def test_lists_without_month_headings_give_each_date_its_month(web: TestClient) -> None:
    page = web.get("/leaders/joe-biden").text
    days = re.findall(r'<p class="day"><time datetime="[\d-]+">([^<]+)<span class="year">(\d+)</span>', page)
    assert days and all(re.fullmatch(r"\d+ [A-Z][a-z]{2} ", day) for day, _ in days), days


def test_index_pages_are_linked_from_the_header(web: TestClient) -> None:
    page = web.get("/").text
    nav = page[page.index('<nav class="site-nav"'):page.index("</nav>")]
    assert re.findall(r'<a href="([^"]+)"', nav) == ["/", "/topics", "/leaders", "/sources"]
    assert '<a href="/" aria-current="page">Timeline</a>' in nav
    assert 'href="/topics" aria-current="page"' in web.get("/topics/rafah").text


def test_topics_index_lists_each_topic_with_its_count_and_a_small_strip(web: TestClient) -> None:
    page = web.get("/topics").text
    rows = re.findall(r'<a href="/topics/([\w-]+)">[^<]+</a></th>\s*<td class="num"><a href="[^"]+">(\d+)', page)
    assert rows[0] == ("ukraine", "20") and ("rafah", "2") in rows and len(rows) == 6
    assert page.count('<svg class="mini-strip" role="img" aria-label="') == 6


def test_leaders_index_groups_leaders_by_country_with_counts(web: TestClient) -> None:
    page = web.get("/leaders").text
    countries = re.findall(r'<h2 id="c-\d+">([^<]+)</h2>', page)
    assert countries == sorted(countries) and "Israel" in countries and "United States" in countries
    assert re.search(r'href="/leaders/benjamin-netanyahu">Benjamin Netanyahu</a> <span class="role">Prime Minister'
                     r'</span>\s*<a class="count-link" href="/\?leader=benjamin-netanyahu">11 calls', page)
    assert "kamala-harris" not in page  # she joined a call, she was not one of its sides


def test_sources_index_lists_outlet_date_and_calls_found(web: TestClient) -> None:
    page = web.get("/sources").text
    assert "67 articles and readouts, newest first" in page
    rows = re.findall(r"<tr><td>([^<]+)</td>\s*<td class=\"nowrap\">(.*?)</td>\s*<td><a href=\"/sources/\w+\">"
                      r"([^<]+)</a></td>\s*<td class=\"num\">(\d+)<", page)
    assert len(rows) == 67
    assert ("Late Edition", '<time datetime="2024-06-13">13 Jun 2024</time>', "Channel crossings call confirmed",
            "1") in rows
    assert web.get("/sources?page=2").status_code == 404 and web.get("/sources?page=0").status_code == 400


@pytest.mark.parametrize("url", ["/", f"/calls/{RAFAH_CALL}", "/sources/{source}", "/topics/rafah",
                                 "/leaders/joe-biden", "/topics", "/leaders", "/sources", "/no/such/page"])
def test_every_page_type_has_opengraph(web: TestClient, url: str) -> None:
    if "{source}" in url:
        url = re.search(r'href="(/sources/\w+)"', web.get(f"/calls/{RAFAH_CALL}").text).group(1)
    page = web.get(url).text
    for prop in ("og:site_name", "og:type", "og:title", "og:description"):
        assert re.search(rf'<meta property="{prop}" content="[^"]+">', page), (url, prop)


def test_the_host_header_never_becomes_a_link(web: TestClient) -> None:
    for url in ["/", f"/calls/{RAFAH_CALL}", "/topics/rafah", "/calls.atom", "/calls.ics", "/calls.json",
                f"/api/calls/{RAFAH_CALL}"]:
        assert "evil.example" not in web.get(url, headers={"Host": "evil.example"}).text, url


@pytest.fixture
def base_url(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("HOTLINE_BASE_URL", BASE + "/")
    get_settings.cache_clear()
    yield BASE
    monkeypatch.delenv("HOTLINE_BASE_URL")
    get_settings.cache_clear()


def test_base_url_makes_canonical_og_url_feed_and_calendar_links(web: TestClient, base_url: str) -> None:
    page = web.get(f"/calls/{RAFAH_CALL}", headers={"Host": "evil.example"}).text
    assert f'<link rel="canonical" href="{base_url}/calls/{RAFAH_CALL}">' in page
    assert f'<meta property="og:url" content="{base_url}/calls/{RAFAH_CALL}">' in page
    assert f'<meta property="og:url" content="{base_url}/topics">' in web.get("/topics").text
    feed = ET.fromstring(web.get("/calls.atom?topic=rafah").content)
    atom = "{http://www.w3.org/2005/Atom}"
    assert feed.find(f"{atom}link[@rel='self']").get("href") == f"{base_url}/calls.atom?topic=rafah"
    assert feed.find(f"{atom}entry/{atom}id").text.startswith(f"{base_url}/calls/")
    assert f"URL:{base_url}/calls/" in web.get("/calls.ics").text.replace("\r\n ", "")
    assert web.get(f"/api/calls/{RAFAH_CALL}").json()["url"] == f"{base_url}/calls/{RAFAH_CALL}"


def test_without_a_base_url_the_calendar_has_no_links(web: TestClient) -> None:
    assert "URL:" not in web.get("/calls.ics").text


def test_api_redirects_an_old_slug_like_the_page(web: TestClient) -> None:
    response = web.get(f"/api/calls/{MOVED_SLUG}", follow_redirects=False)
    assert response.status_code == 301 and response.headers["location"] == f"/api/calls/{CURRENT_SLUG}"
    assert web.get(response.headers["location"]).json()["id"] == CURRENT_SLUG
    assert web.get("/api/calls/no-such-call").status_code == 404


def test_strip_has_a_coarser_twin_for_phones_when_bars_get_thin() -> None:
    days = [(date(2014, 1, 5), 1), (date(2024, 6, 1), 2)]
    strips = build_strips(days, 0)
    assert strips.wide.unit == "month" and strips.narrow is not None and strips.narrow.unit == "quarter"
    assert len(strips.narrow.ticks) <= 6 and strips.narrow.dated == strips.wide.dated == 3
    assert "Q2 2024: 1 call" not in [bar.label for bar in strips.narrow.bars]
    assert "Q2 2024: 2 calls" in [bar.label for bar in strips.narrow.bars]
    assert build_strips([(date(2024, 1, 1), 1), (date(2024, 12, 31), 1)], 0).narrow is not None  # 53 weeks
    assert build_strips([(date(2024, 1, 5), 1), (date(2024, 2, 10), 1)], 0).narrow is None  # 37 days fit
    assert NARROW_BUCKETS * 5 <= 250


def source(id_: str, outlet: str | None = None, title: str | None = None, published: date | None = None) -> Source:
    return Source(id=id_, origin=f"00{id_}_aa15dfed0dcc6847.txt", outlet=outlet, title=title, published=published,
                  text="", content_hash="")


@pytest.mark.parametrize("sources, labels", [
    ([source("a", "Reuters"), source("b", "AP")], ["Reuters", "AP"]),
    ([source("a", None, "Readout"), source("b")], ["Readout", "an untitled source"]),
    ([source("a", "Wire", published=date(2024, 3, 18)), source("b", "Wire", published=date(2024, 3, 19))],
     ["Wire, 18 Mar 2024", "Wire, 19 Mar 2024"]),
    ([source("a", "Wire"), source("b", "Wire")], ["Wire (1)", "Wire (2)"]),
])
def test_sources_are_named_by_outlet_or_title_never_by_file_name(sources: list[Source], labels: list[str]) -> None:
    named = source_labels(sources)
    assert [named[s.id] for s in sources] == labels


@pytest.mark.parametrize("names, text", [(["A"], "A"), (["A", "B"], "A and B"), (["A", "B", "C"], "A, B and C")])
def test_names_join_as_english(names: list[str], text: str) -> None:
    assert join_names(names) == text


@pytest.mark.parametrize("count, text", [(1, "1 minute"), (50, "50 minutes"), (60, "1 hour"), (80, "1 hour 20 minutes"),
                                         (120, "2 hours")])
def test_lengths_read_as_words(count: int, text: str) -> None:
    assert minutes(count) == text
