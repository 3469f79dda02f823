"""Take the README's screenshots: every page type at desktop and phone width, from the test fixture database.

Run from the project root: .venv/bin/python docs/screenshots.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser.launch import launch_chromium  # noqa: E402
from tests.web_fixtures import LiveServer, build_database, client_for  # noqa: E402

PAGES = {
    "timeline": "/",
    "timeline-filtered": "/?topic=rafah&leader=joe-biden&with=benjamin-netanyahu",
    "search": "/?q=cease-fire",
    "call": "/calls/2024-03-18-benjamin-netanyahu-joe-biden",
    "accounts": "/calls/2024-03-18-benjamin-netanyahu-joe-biden",  # the accounts table alone, unfolded
    "source": None,  # the first evidence link of the call page
    "topic": "/topics/rafah",
    "leader": "/leaders/joe-biden",
    "topics": "/topics",
    "leaders": "/leaders",
    "sources": "/sources",
    "not-found": "/calls/no-such-call",
}
SIZES = {"desktop": (1280, 800), "phone": (360, 740)}
# The timelines show their first screen (a phone's starts with the calls); the others the whole page on desktop.
FIRST_SCREEN = {"timeline", "timeline-filtered", "search", "sources"}


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        app, _ = client_for(build_database(Path(folder) / "hotline.db"))
        with LiveServer(app) as server, sync_playwright() as playwright:
            browser = launch_chromium(playwright)
            for size, (width, height) in SIZES.items():
                page = browser.new_page(viewport={"width": width, "height": height})
                for name, path in PAGES.items():
                    if path is None:
                        page.goto(server.url + PAGES["call"])
                        page.locator(".side .source-link").first.click()
                        page.wait_for_load_state()
                    else:
                        page.goto(server.url + path)
                    target = ROOT / "docs" / f"{name}-{size}.png"
                    if name == "accounts":
                        page.locator("#compare-fold").evaluate("details => { details.open = true; }")
                        page.locator(".compared").screenshot(path=str(target))
                    else:
                        page.screenshot(path=str(target), full_page=name not in FIRST_SCREEN and size == "desktop")
                    print(f"wrote {target.relative_to(ROOT)}")
                page.close()
            browser.close()


if __name__ == "__main__":
    main()
