"""The explorer in Chromium: filters through htmx with real URLs, history, search, infinite scroll, no-JS forms."""

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.conftest import PHONE, Watch, open_context
from tests.web_fixtures import CURRENT_SLUG, MOVED_SLUG, LiveServer

pytestmark = pytest.mark.browser

FEED = "#feed > article"
RAFAH_CALL = "2024-03-18-benjamin-netanyahu-joe-biden"


def mark_document(page: Page) -> None:
    """A flag that survives htmx swaps but not a full page load."""
    page.evaluate("window.sameDocument = true")


def same_document(page: Page) -> bool:
    return page.evaluate("window.sameDocument === true")


def test_topic_click_updates_list_and_url_then_reload_back_and_forward(page: Page) -> None:
    page.goto("/")
    expect(page.locator(FEED)).to_have_count(50)
    mark_document(page)
    page.locator("#topic-rafah").check()
    page.wait_for_url(re.compile(r"/\?topic=rafah$"))
    expect(page.locator(FEED)).to_have_count(2)
    expect(page.locator("#result-count")).to_have_text("2 calls match")
    expect(page.locator("#announce")).to_have_text("2 calls match.")
    assert same_document(page), "the filter should swap the list in place, not reload the page"
    assert page.evaluate("document.activeElement.id") == "topic-rafah", "focus stays on the control used"
    assert page.locator(".strip figcaption").inner_text().startswith("2 dated calls")

    page.reload()
    expect(page.locator(FEED)).to_have_count(2)
    expect(page.locator("#topic-rafah")).to_be_checked()

    page.go_back()
    page.wait_for_url(re.compile(r"/$"))
    expect(page.locator(FEED)).to_have_count(50)
    expect(page.locator("#topic-rafah")).not_to_be_checked()
    page.go_forward()
    page.wait_for_url(re.compile(r"topic=rafah"))
    expect(page.locator(FEED)).to_have_count(2)


def test_quick_successive_filter_changes_are_never_lost(page: Page) -> None:
    page.goto("/")
    page.locator("#topic-hostages").check()
    page.locator("#leader").select_option("joe-biden")  # no waiting between the two changes
    expect(page.locator("#result-count")).to_have_text("7 calls match")
    page.wait_for_url(re.compile(r"/\?topic=hostages&leader=joe-biden$"))
    expect(page.locator("#topic-hostages")).to_be_checked()


def test_removing_a_filter_chip_swaps_in_place_and_focuses_the_count(page: Page) -> None:
    page.goto("/?topic=rafah&leader=joe-biden")
    mark_document(page)
    page.locator(".active-filters a.removable", has_text="topic Rafah").click()
    page.wait_for_url(re.compile(r"/\?leader=joe-biden$"))
    expect(page.locator("#result-count")).to_have_text("32 calls match")
    assert same_document(page)
    assert page.evaluate("document.activeElement.id") == "result-count"


def test_search_finds_words_in_articles_and_quotes(page: Page) -> None:
    page.goto("/")
    page.locator("#q").fill("battalions")
    page.locator("#q").press("Enter")
    page.wait_for_url(re.compile(r"q=battalions"))
    expect(page.locator(FEED)).to_have_count(1)
    expect(page.locator(FEED).first).to_contain_text("Benjamin Netanyahu – Joe Biden")


def test_scrolling_loads_older_calls_into_the_feed(page: Page) -> None:
    page.goto("/")
    expect(page.locator(FEED)).to_have_count(50)
    page.locator("#more a").scroll_into_view_if_needed()
    expect(page.locator(FEED)).to_have_count(65)
    expect(page.locator("#feed")).to_have_attribute("aria-busy", "false")
    expect(page.locator("#more")).to_contain_text("That is the oldest call in this view.")
    expect(page.locator(FEED).last).to_contain_text("date unknown — a")
    assert page.url.endswith("/"), "loading older calls does not change the shared URL"
    positions = page.locator(FEED).evaluate_all("els => els.map(e => Number(e.getAttribute('aria-posinset')))")
    assert positions == list(range(1, 66))


def test_without_javascript_the_same_forms_and_links_work(browser: Browser, server: LiveServer) -> None:
    watch = Watch()
    context = open_context(browser, server, watch, java_script_enabled=False)
    page = context.new_page()
    page.goto("/")
    page.locator("#topic-rafah").check()
    page.locator("#leader").select_option("joe-biden")
    page.get_by_role("button", name="Apply").click()
    page.wait_for_url(re.compile(r"topic=rafah.*leader=joe-biden"))
    expect(page.locator(FEED)).to_have_count(2)
    page.goto("/")
    page.get_by_role("link", name="Older calls").click()
    page.wait_for_url(re.compile(r"after="))
    expect(page.locator(FEED)).to_have_count(15)
    page.goto(f"/calls/{RAFAH_CALL}")
    expect(page.get_by_role("button", name="Copy link")).to_have_count(0)  # no button that would do nothing
    context.close()
    assert not watch.unexpected() and not watch.foreign


def test_evidence_link_opens_the_highlighted_sentence(page: Page) -> None:
    page.goto(f"/calls/{RAFAH_CALL}")
    link = page.locator(".side .source-link").first
    href = link.get_attribute("href")
    link.click()
    page.wait_for_url(re.compile(r"/sources/\w+\?hl=\d+#c-\d+$"))
    anchor = href.split("#")[1]
    sentence = page.locator(f"#{anchor}")
    expect(sentence).to_have_class(re.compile(r"\bhighlight\b"))
    expect(sentence).to_be_in_viewport()
    expect(page.locator(f"#{anchor} ~ a.backlink").first).to_have_attribute("href", f"/calls/{RAFAH_CALL}")


def test_call_page_fits_a_phone(browser: Browser, server: LiveServer) -> None:
    watch = Watch()
    context = open_context(browser, server, watch, viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(f"/calls/{RAFAH_CALL}")
    expect(page.locator("h1")).to_have_text("Benjamin Netanyahu – Joe Biden")
    expect(page.get_by_role("button", name="Copy link")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], "no sideways scrolling"
    columns = page.locator(".side").evaluate_all("els => els.map(e => e.getBoundingClientRect().left)")
    assert len(set(columns)) == 1, "the two sides stack on a phone"
    context.close()
    assert not watch.unexpected() and not watch.foreign


def test_shared_links_open_the_same_view_in_a_fresh_browser(page: Page, browser: Browser, server: LiveServer) -> None:
    page.goto("/")
    page.locator("#topic-hostages").check()
    expect(page.locator("#result-count")).to_have_text("12 calls match")
    page.locator("#leader").select_option("joe-biden")  # at once: the form is never swapped out from under us
    expect(page.locator("#result-count")).to_have_text("7 calls match")
    page.wait_for_url(re.compile(r"/\?topic=hostages&leader=joe-biden$"))
    shared, seen = page.url, page.locator(FEED).evaluate_all("els => els.map(e => e.id)")

    watch = Watch()
    fresh = open_context(browser, server, watch)
    other = fresh.new_page()
    other.goto(shared)
    assert other.locator(FEED).evaluate_all("els => els.map(e => e.id)") == seen
    expect(other.locator("#topic-hostages")).to_be_checked()
    other.goto(f"/calls/{MOVED_SLUG}")
    assert other.url.endswith(f"/calls/{CURRENT_SLUG}")
    expect(other.locator("h1")).to_have_text("Emmanuel Macron – Rishi Sunak")
    fresh.close()
    assert not watch.unexpected() and not watch.foreign


def test_keyboard_skip_link_lands_on_the_results_and_the_first_call_is_next(page: Page) -> None:
    page.goto("/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "result-count"
    page.keyboard.press("Tab")
    first = page.locator(f"{FEED} h3 a").first
    assert page.evaluate("document.activeElement.getAttribute('href')") == first.get_attribute("href")
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    # Without the skip link the filters come first, each reachable in turn.
    page.goto("/")
    for _ in range(7):
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id").startswith("topic-")
