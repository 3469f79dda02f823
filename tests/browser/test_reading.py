"""Issue-level checks in Chromium: a phone layout that starts with the calls, every state visible, one side per
sentence on every call page, search snippets, index pages."""

import re
from collections.abc import Iterator

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, BrowserContext, Page, expect
from sqlmodel import Session

from app import SEEDS_DIR
from app.ingest.pipeline import ingest_paths
from tests.browser.conftest import PHONE, Watch, open_context
from tests.conftest import fresh_engine
from tests.web_fixtures import LiveServer, client_for

pytestmark = pytest.mark.browser

FEED = "#feed > article"
RAFAH_CALL = "2024-03-18-benjamin-netanyahu-joe-biden"
axe = Axe()


@pytest.fixture
def phone(browser: Browser, server: LiveServer, watch: Watch) -> Iterator[BrowserContext]:
    context = open_context(browser, server, watch, viewport=PHONE, is_mobile=True, has_touch=True)
    yield context
    context.close()
    assert not watch.foreign and not watch.unexpected(), (watch.foreign, watch.unexpected())


def test_on_a_phone_the_first_call_is_on_the_first_screen_after_the_filter_summary(phone: BrowserContext) -> None:
    page = phone.new_page()
    page.goto("/?topic=hostages&leader=joe-biden&from=2023-06-01")
    summary = page.locator("#filter-panel > summary")
    expect(summary).to_have_text(re.compile(r"Filter\s+\(3 active\)"))
    expect(page.locator("#filters")).not_to_be_visible()  # folded
    first = page.locator(FEED).first.bounding_box()
    assert summary.bounding_box()["y"] < first["y"] and first["y"] + 40 < PHONE["height"], first
    summary.click()
    expect(page.locator("#topic-hostages")).to_be_visible()
    expect(page.locator("#topic-hostages")).to_be_checked()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], "no sideways scrolling"


def test_on_a_phone_the_strip_keeps_readable_bars(phone: BrowserContext) -> None:
    page = phone.new_page()
    for url in ["/", "/?from=2014-01-01", "/?from=2024-01-01&to=2024-03-31"]:
        page.goto(url)
        widths = page.locator(".strip-svg rect.bar").evaluate_all(
            "bars => bars.filter(b => b.getClientRects().length).map(b => b.getBoundingClientRect().width)")
        assert widths and min(widths) >= 4, (url, min(widths))
    expect(page.locator(".strip figcaption")).to_contain_text("counted by week")  # the phone's own scale
    page.set_viewport_size({"width": 1280, "height": 800})
    expect(page.locator(".strip figcaption")).to_contain_text("counted by day")


def test_on_a_phone_a_call_page_folds_its_accounts_and_sources(phone: BrowserContext) -> None:
    page = phone.new_page()
    page.goto(f"/calls/{RAFAH_CALL}")
    expect(page.locator(".compare-summary")).to_be_visible()
    expect(page.locator(".accounts-table")).not_to_be_visible()
    expect(page.locator("ol.sources")).not_to_be_visible()
    height = page.evaluate("document.documentElement.scrollHeight")
    assert height < 4 * PHONE["height"], height
    page.locator("#compare-fold > summary").click()
    expect(page.locator(".accounts-table")).to_be_visible()
    expect(page.get_by_role("button", name="Copy link")).to_be_visible()
    columns = page.locator(".side").evaluate_all("els => els.map(e => e.getBoundingClientRect().left)")
    assert len(set(columns)) == 1, "the sides stack on a phone"


def test_on_a_wide_screen_folded_parts_are_open(page: Page) -> None:
    page.goto(f"/calls/{RAFAH_CALL}")
    expect(page.locator(".accounts-table")).to_be_visible()
    expect(page.locator("ol.sources")).to_be_visible()
    expect(page.locator("#compare-fold > summary")).not_to_be_visible()
    page.goto("/")
    expect(page.locator("#topic-rafah")).to_be_visible()


def test_a_backwards_range_is_refused_before_sending_and_said_next_to_the_form(page: Page) -> None:
    page.goto("/")
    sent: list[str] = []
    page.on("request", lambda request: sent.append(request.url) if "from=" in request.url else None)
    page.locator("#from").fill("2024-05-01")
    expect(page.locator("#result-count")).to_have_text("23 calls match")
    page.locator("#to").fill("2024-01-01")
    status = page.locator("#form-status")
    expect(status).to_have_text(re.compile(r"The date range is backwards: 'From' \(2024-05-01\) comes after 'To'"))
    expect(page.locator("#to")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#result-count")).to_have_text("23 calls match")  # the last good results stay, labelled
    assert not any("to=2024-01-01" in url for url in sent), "a backwards range is never sent"
    page.locator("#to").fill("2024-06-30")
    expect(status).to_be_empty()
    expect(page.locator("#result-count")).to_have_text("8 calls match")


def test_server_errors_and_lost_connections_are_shown_in_the_live_region(page: Page, watch: Watch) -> None:
    # htmx itself logs the failures this test causes.
    watch.allowed = ["status of 400", "ERR_FAILED", "ERR_INTERNET_DISCONNECTED", "Response Status Error Code 400",
                     "htmx:afterRequest", "htmx:sendError"]
    page.goto("/")
    status = page.locator("#form-status")
    expect(status).to_have_attribute("role", "alert")
    # A request the page's own check does not see (an edited URL, another client): the server's words appear.
    page.evaluate("htmx.ajax('GET', '/?from=2024-05-01&to=2024-01-01', {source: '#results', target: '#results'})")
    expect(status).to_have_text(re.compile(r"The date range is backwards: 'from' \(2024-05-01\) comes after 'to'"))
    page.route("**/?topic=*", lambda route: route.abort("internetdisconnected"))
    page.locator("#topic-energy").check()
    expect(status).to_have_text(re.compile(r"The server could not be reached"))
    expect(page.locator(FEED)).to_have_count(50)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_error_state_passes_axe(browser: Browser, server: LiveServer, scheme: str) -> None:
    watch = Watch()
    context = open_context(browser, server, watch, color_scheme=scheme, viewport=PHONE)
    page = context.new_page()
    page.goto("/?topic=rafah")
    page.locator("#filter-panel > summary").click()
    page.locator("#from").fill("2024-05-01")
    page.locator("#to").fill("2024-01-01")
    expect(page.locator("#form-status")).not_to_be_empty()
    results = axe.run(page)
    context.close()
    assert results.violations_count == 0, results.generate_report()


def test_search_folds_spellings_and_shows_the_matching_sentence(page: Page) -> None:
    page.goto("/")
    page.locator("#q").fill("cease-fire")
    page.locator("#q").press("Enter")
    page.wait_for_url(re.compile(r"q=cease-fire"))
    expect(page.locator(FEED)).to_have_count(3)
    marks = page.locator(f"{FEED} .match mark").all_inner_texts()
    assert {"cease-fire", "ceasefire", "cease fire"} <= set(marks), marks


def test_header_links_reach_the_index_pages(page: Page) -> None:
    page.goto("/")
    for name, path, heading in [("Topics", "/topics", "Topics"), ("Leaders", "/leaders", "Leaders"),
                                ("Sources", "/sources", "Sources")]:
        page.get_by_role("navigation", name="Site").get_by_role("link", name=name).click()
        page.wait_for_url(re.compile(rf"{path}$"))
        expect(page.locator("h1")).to_have_text(heading)
    page.get_by_role("link", name="Biden and Macron speak by phone").first.click()
    expect(page.locator(".kicker")).to_have_text("Source")


@pytest.fixture(scope="module")
def seeded_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """The bundled seed articles through the real extractor: whatever it returns, pages must read honestly."""
    engine = fresh_engine(tmp_path_factory.mktemp("seeds") / "hotline.db")
    with Session(engine) as session:
        ingest_paths(session, [SEEDS_DIR])
    app, _ = client_for(engine)
    with LiveServer(app) as live:
        yield live


SIDES = """() => Array.from(document.querySelectorAll('.side')).map(side =>
    [side.dataset.side, Array.from(side.querySelectorAll('blockquote')).map(q => q.textContent.trim())])"""


@pytest.mark.parametrize("which", ["fixtures", "seeds"])
def test_no_sentence_appears_under_two_leaders_on_any_call_page(browser: Browser, server: LiveServer,
                                                                  seeded_server: LiveServer, which: str) -> None:
    live = server if which == "fixtures" else seeded_server
    context = browser.new_context(base_url=live.url)
    page = context.new_page()
    calls = page.request.get("/calls.json").json()["calls"]
    if which == "fixtures":  # the calls with several sources or statements filed under both leaders
        calls = [c for c in calls if len(c["sources"]) > 1 or len(c["positions"]) > 1]
    assert calls
    for call in calls:
        page.goto(f"/calls/{call['id']}")
        seen: dict[str, str] = {}
        for side, sentences in page.evaluate(SIDES):
            for sentence in sentences:
                assert seen.setdefault(sentence, side) == side, (call["id"], sentence)
    context.close()
