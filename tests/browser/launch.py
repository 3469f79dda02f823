"""Launch Debian's Chromium for Playwright: the one browser the tests and the screenshots use."""

from pathlib import Path

from playwright.sync_api import Browser, Playwright

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


class ChromiumMissing(RuntimeError):
    pass


def launch_chromium(playwright: Playwright) -> Browser:
    if not CHROMIUM.exists():
        raise ChromiumMissing(f"{CHROMIUM} is missing: install Debian's chromium package "
                              "(`make browser`, or `apt-get install chromium`) to run the browser tests.")
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
