"""A curator in Chromium: sign in, correct a date through the htmx form, see it marked; signed out, no forms."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from tests.browser.conftest import Watch, open_context
from tests.web_fixtures import ServerProcess, build_database

pytestmark = pytest.mark.browser

RAFAH = "2024-03-18-benjamin-netanyahu-joe-biden"
TOKEN = "correct-horse-battery-staple"


@pytest.fixture(scope="module")
def curated_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    database = tmp_path_factory.mktemp("curation-browser") / "hotline.db"
    build_database(database).dispose()
    # A server of its own, so the curator token is set for it alone.
    with ServerProcess(database, HOTLINE_CURATOR_TOKEN=TOKEN) as server:
        yield server


@pytest.fixture
def curator_context(browser: Browser, curated_server: ServerProcess) -> Iterator[tuple[BrowserContext, Watch]]:
    watch = Watch()
    context = open_context(browser, curated_server, watch)
    yield context, watch
    context.close()
    assert not watch.foreign, f"pages loaded from another host: {watch.foreign}"
    assert not watch.unexpected(), f"errors in the browser console: {watch.unexpected()}"


def test_sign_in_correct_a_date_see_it_marked_then_sign_out(curator_context: tuple[BrowserContext, Watch]) -> None:
    context, _ = curator_context
    page: Page = context.new_page()
    page.goto(f"/calls/{RAFAH}")
    expect(page.locator("section.curation")).to_have_count(0)
    expect(page.locator("form.curate")).to_have_count(0)

    page.goto(f"/curate/sign-in?next=/calls/{RAFAH}")
    page.get_by_label("Your name").fill("Ann")
    page.get_by_label("Curator token").fill(TOKEN)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(f"/calls/{RAFAH}$"))
    expect(page.get_by_role("heading", name="Correct this call")).to_be_visible()
    cookie = next(c for c in context.cookies() if c["name"] == "hotline_curator")
    assert cookie["httpOnly"] and cookie["sameSite"] == "Strict"

    form = page.locator('form[data-action="set-date"]')
    form.get_by_label("Date").fill("2024-03-17")
    form.get_by_role("button", name="Set the date").click()
    expect(form.locator(":invalid")).to_have_count(1)  # the reason is required: the browser will not send it
    form.get_by_label("Why").fill("The readout's Sunday is the earlier call")
    form.get_by_role("button", name="Set the date").click()

    mark = page.locator('.corrected[data-field="date"]')
    expect(mark).to_contain_text(re.compile(r"Date corrected on \d+ \w+ \d{4}: The readout's Sunday is the earlier call"))
    expect(page.locator("p.when time")).to_have_text("Sunday, 17 March 2024")
    extracted = mark.locator("details.extracted")
    expect(extracted.locator("p")).not_to_be_visible()
    extracted.locator("summary").click()
    expect(extracted.locator("p")).to_be_visible()
    expect(extracted.locator("p")).to_contain_text("2024-03-18")

    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url(re.compile(f"/calls/{RAFAH}$"))
    expect(page.locator("form.curate")).to_have_count(0)
    expect(page.get_by_role("heading", name="Correct this call")).to_have_count(0)
    expect(page.locator('.corrected[data-field="date"]')).to_contain_text("Date corrected on")


def test_a_refused_correction_says_why_beside_the_form(curator_context: tuple[BrowserContext, Watch]) -> None:
    context, _ = curator_context
    page = context.new_page()
    page.goto(f"/curate/sign-in?next=/calls/{RAFAH}")
    page.get_by_label("Your name").fill("Ann")
    page.get_by_label("Curator token").fill(TOKEN)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(f"/calls/{RAFAH}$"))
    form = page.locator('form[data-action="people"]')
    form.get_by_label("Change").select_option("remove-also-present")
    form.get_by_label("Leader").fill("joe-biden")
    form.get_by_label("Why").fill("he did not join, he was on it")
    form.get_by_role("button", name="Change").click()
    expect(form.locator(".curate-result")).to_contain_text("Not corrected: Joe Biden is not someone who joined")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_curators_pages_have_no_axe_violations(browser: Browser, curated_server: ServerProcess,
                                                   scheme: str) -> None:
    from axe_playwright_python.sync_playwright import Axe

    watch = Watch()
    context = open_context(browser, curated_server, watch, color_scheme=scheme)
    page = context.new_page()
    page.goto(f"/curate/sign-in?next=/calls/{RAFAH}")
    sign_in_results = Axe().run(page)
    page.get_by_label("Your name").fill("Ann")
    page.get_by_label("Curator token").fill(TOKEN)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(f"/calls/{RAFAH}$"))
    expect(page.get_by_role("heading", name="Correct this call")).to_be_visible()
    call_results = Axe().run(page)
    context.close()
    assert sign_in_results.violations_count == 0, sign_in_results.generate_report()
    assert call_results.violations_count == 0, call_results.generate_report()
    assert not watch.unexpected() and not watch.foreign, (watch.unexpected(), watch.foreign)
