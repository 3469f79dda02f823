"""axe-core finds no violation on any page type, in light and dark mode."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser

from tests.browser.conftest import DESKTOP, PHONE, Watch, open_context
from tests.web_fixtures import LiveServer

pytestmark = pytest.mark.browser

PAGE_TYPES = {
    "timeline": "/",
    "filtered timeline": "/?topic=hostages&leader=joe-biden&from=2023-06-01",
    "call": "/calls/2024-03-18-benjamin-netanyahu-joe-biden",
    "video call": "/calls/2024-05-06-joe-biden-olaf-scholz",
    "source": "/sources/{source}?hl={start}",
    "topic": "/topics/rafah",
    "leader": "/leaders/joe-biden",
    "not found": "/calls/no-such-call",
    "bad request": "/?from=someday",
    "search results": "/?q=cease-fire",
    "topics index": "/topics",
    "leaders index": "/leaders",
    "sources index": "/sources",
    "timeline on a phone": "/?topic=hostages&leader=joe-biden",
    "call on a phone": "/calls/2024-03-18-benjamin-netanyahu-joe-biden",
}
ON_A_PHONE = {"timeline on a phone", "call on a phone"}

axe = Axe()


@pytest.fixture(scope="module")
def evidence_link(browser: Browser, server: LiveServer) -> str:
    context = browser.new_context(base_url=server.url)
    page = context.new_page()
    page.goto(PAGE_TYPES["call"])
    href = page.locator(".side .source-link").first.get_attribute("href")
    context.close()
    return href


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", list(PAGE_TYPES))
def test_no_axe_violations(browser: Browser, server: LiveServer, evidence_link: str, name: str, scheme: str) -> None:
    url = evidence_link if name == "source" else PAGE_TYPES[name]
    watch = Watch()
    watch.allowed = ["status of 404", "status of 400"]
    context = open_context(browser, server, watch, color_scheme=scheme,
                           viewport=PHONE if name in ON_A_PHONE else DESKTOP)
    page = context.new_page()
    response = page.goto(url)
    expected_status = {"not found": 404, "bad request": 400}.get(name, 200)
    assert response is not None and response.status == expected_status, f"{url} answered {response and response.status}"
    results = axe.run(page)
    context.close()
    assert results.violations_count == 0, results.generate_report()
    assert not watch.unexpected() and not watch.foreign, (watch.unexpected(), watch.foreign)
