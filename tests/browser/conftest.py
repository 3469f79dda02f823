"""Browser fixtures: one Chromium and one live server for the whole session, a fresh context per test."""

from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, sync_playwright

from tests.browser.launch import ChromiumMissing, launch_chromium
from tests.web_fixtures import LiveServer, build_database, client_for

DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 360, "height": 740}


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    app, _ = client_for(build_database(tmp_path_factory.mktemp("browser") / "hotline.db"))
    with LiveServer(app) as live:
        yield live


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    try:
        chromium = launch_chromium(playwright)
    except ChromiumMissing as missing:
        pytest.fail(str(missing), pytrace=False)
    yield chromium
    chromium.close()


class Watch:
    """What went wrong in the page: console errors (CSP refusals among them) and requests to other hosts."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.foreign: list[str] = []
        self.allowed: list[str] = []  # substrings of errors a test expects, e.g. a 404's own status

    def unexpected(self) -> list[str]:
        return [e for e in self.errors if not any(a in e for a in self.allowed)]


def open_context(browser: Browser, server: LiveServer, watch: Watch, **options: object) -> BrowserContext:
    context = browser.new_context(base_url=server.url, **{"viewport": DESKTOP, **options})
    host = urlsplit(server.url).netloc

    def guard(route) -> None:  # noqa: ANN001 - a Playwright Route
        if urlsplit(route.request.url).netloc in (host, "") or route.request.url.startswith("data:"):
            route.continue_()
        else:
            watch.foreign.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    context.on("console", lambda message: watch.errors.append(message.text) if message.type == "error" else None)
    context.on("weberror", lambda error: watch.errors.append(str(error.error)))
    return context


@pytest.fixture
def watch() -> Watch:
    return Watch()


@pytest.fixture
def context(browser: Browser, server: LiveServer, watch: Watch) -> Iterator[BrowserContext]:
    context = open_context(browser, server, watch)
    yield context
    context.close()
    assert not watch.foreign, f"pages loaded from another host: {watch.foreign}"
    assert not watch.unexpected(), f"errors in the browser console: {watch.unexpected()}"


@pytest.fixture
def page(context: BrowserContext) -> Page:
    return context.new_page()
