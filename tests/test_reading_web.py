"""Articles from URLs, lists of URLs and RSS/Atom feeds, fetched from a server on 127.0.0.1 that the tests run."""

import json
import socket
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from app.cli import cli
from app.ingest import fetching
from app.ingest.reader import Inputs, NoteKind, ReadProblem, read_inputs
from app.ingest.types import Article
from tests.article_pages import BODY, Route, Site, atom, local_site, news_page, rss

runner = CliRunner()


@pytest.fixture
def site() -> Iterator[Site]:
    with local_site() as served:
        yield served


def read(inputs: Inputs, **options: object) -> tuple[list[Article], list[ReadProblem]]:
    items = list(read_inputs(inputs, **options))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, ReadProblem)]


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # nothing listens there once the socket is closed


def test_a_url_is_fetched_and_read_as_a_page(site: Site):
    url = site.page("/news/biden-netanyahu", news_page())
    [article], problems = read(Inputs(urls=[url + "#top"]))
    assert problems == []
    assert article.origin == url
    assert (article.url, article.outlet, article.published) == (
        "https://example.org/meridian/biden-netanyahu", "Meridian Wire", date(2024, 2, 11))
    assert all(paragraph in article.text for paragraph in BODY) and "Related" not in article.text
    assert site.requests[0][1].startswith("Hotline/")


def test_redirects_are_followed_and_the_page_address_kept(site: Site):
    target = site.page("/new", news_page(canonical=None))
    site.routes["/old"] = Route(status=301, location=target)
    [article], _ = read(Inputs(urls=[site.url("/old")]))
    assert (article.origin, article.url) == (site.url("/old"), target)


@pytest.mark.parametrize(
    ("route", "reason"),
    [(None, "the server answered HTTP 404 Not Found"),
     (Route(b"oops", 500, "text/plain"), "the server answered HTTP 500 Internal Server Error"),
     (Route(b"x" * 6_000), "larger than the limit of 5 kB"),
     (Route(b"\x89PNG\r\n", content_type="image/png"), "not a web page or text (the server says image/png)"),
     (Route(rss("Feed", []).encode(), content_type="application/rss+xml"), "a feed, not an article"),
     (Route(b"<html><body><nav><a href='/'>Home</a></nav></body></html>"), "no article text found in the page"),
     (Route(status=302, location="/loop"), "more than 5 redirects")],
    ids=["404", "500", "too-large", "image", "feed", "no-article", "redirect-loop"],
)
def test_a_url_that_gives_no_article_is_named_with_the_reason(site: Site, route: Route | None, reason: str):
    if route is not None:
        site.routes["/loop"] = route
    good = site.page("/good", news_page())
    articles, problems = read(Inputs(urls=[site.url("/loop"), good]), limit=5_000 if "large" in reason else None)
    assert [a.origin for a in articles] == [good]
    assert [(p.path, reason in p.message, p.kind) for p in problems] == [(site.url("/loop"), True, NoteKind.FAILED)]


def test_an_unreachable_or_slow_server_is_named_and_not_waited_on(site: Site, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(fetching, "TIMEOUT_SECONDS", 0.3)
    site.routes["/slow"] = Route(news_page().encode(), delay=1.2)
    unreachable = f"http://127.0.0.1:{closed_port()}/article"
    articles, problems = read(Inputs(urls=[unreachable, site.url("/slow"), "ftp://example.org/a"]))
    assert articles == []
    assert [(p.path, p.message.split(" (")[0]) for p in problems] == [
        (unreachable, "cannot be reached"), (site.url("/slow"), "no answer within 0.3 s"),
        ("ftp://example.org/a", "not an http or https URL; skipped")]


def test_a_plain_text_url_is_read_as_text(site: Site):
    url = site.page("/readout.txt", " date 2024-03-18\nBiden and Netanyahu speak by phone\n\nBody.",
                    "text/plain; charset=utf-8")
    [article], _ = read(Inputs(urls=[url]))
    assert (article.title, article.published, article.published_basis) == (
        "Biden and Netanyahu speak by phone", date(2024, 3, 18), "date line")


def test_a_file_of_urls_is_read_line_by_line(site: Site, tmp_path: Path):
    first, second = site.page("/a", news_page()), site.page("/b", news_page("Another headline on the same call"))
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# this morning's reading\n{first}\n\nnot a url\n{second}\n{first}\n")
    articles, problems = read(Inputs(url_lists=[listing]))
    assert [a.origin for a in articles] == [first, second]
    assert [(Path(p.path).name, p.kind) for p in problems] == [("urls.txt:4", NoteKind.FAILED),
                                                               (first.rsplit("/", 1)[-1], NoteKind.WARNING)]


def test_a_feed_gives_each_linked_article_with_the_feeds_date(site: Site):
    site.page("/readouts/1", news_page("Readout of the President's call with Prime Minister Netanyahu",
                                       published=None, site=None, canonical=None))
    site.page("/readouts/2", news_page("Readout of the President's call with President Xi"))
    feed = site.page("/feed.xml", rss("White House readouts", [("/readouts/1", "Sun, 11 Feb 2024 18:00:00 GMT"),
                                                               ("/readouts/2", None), ("/readouts/1", None)]),
                     "application/rss+xml")
    articles, problems = read(Inputs(feeds=[feed]))
    assert problems == []
    first, second = articles
    assert (first.origin, first.published, first.published_basis, first.outlet) == (
        site.url("/readouts/1"), date(2024, 2, 11), "feed", "White House readouts")
    assert (second.published, second.published_basis, second.outlet) == (date(2024, 2, 11), "page metadata",
                                                                          "Meridian Wire")


def test_an_atom_feed_file_and_a_feed_that_is_not_one(site: Site, tmp_path: Path):
    page = site.page("/story", news_page())
    feed_file = tmp_path / "feed.atom"
    feed_file.write_text(atom("Press office", [page]))
    site.page("/not-a-feed", "<html><body>Hello</body></html>")
    articles, problems = read(Inputs(feeds=[str(feed_file), site.url("/not-a-feed"), str(tmp_path / "none.xml")]))
    assert [(a.origin, a.published_basis) for a in articles] == [(page, "feed")]
    assert [(p.path, p.message.split(" (")[0].split(":")[0]) for p in problems] == [
        (site.url("/not-a-feed"), "not an RSS or Atom feed"), (str(tmp_path / "none.xml"), "cannot be read")]


def test_a_feed_read_again_fetches_only_what_is_new(site: Site, database_env: str):
    one, two = site.page("/1", news_page()), site.page("/2", news_page("A second report of the call", [*BODY[:2]]))
    site.page("/feed", rss("Wire", [("/1", None)]), "application/rss+xml")
    result = runner.invoke(cli, ["ingest", "--feed", site.url("/feed"), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["added"] == [one]

    site.page("/feed", rss("Wire", [("/2", None), ("/1", None)]), "application/rss+xml")
    site.page("/3", news_page())  # the text of /1 at a new address: one source, two origins
    site.page("/feed2", rss("Wire", [("/3", None)]), "application/rss+xml")
    site.requests.clear()
    result = runner.invoke(cli, ["ingest", "--feed", site.url("/feed"), "--feed", site.url("/feed2"), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert (report["added"], report["unchanged"]) == ([two], [one])
    assert report["same_text"] == [{"input": site.url("/3"), "source": one}]
    assert [path for path, _ in site.requests] == ["/feed", "/2", "/feed2", "/3"]  # /1 was not fetched again


def test_ingest_of_a_url_on_the_command_line(site: Site, database_env: str):
    url = site.page("/article", news_page())
    result = runner.invoke(cli, ["ingest", url, f"http://127.0.0.1:{closed_port()}/gone"])
    assert result.exit_code == 1
    assert "1 added" in result.output and "cannot be reached" in result.output
    assert "no such file" not in result.output and "Traceback" not in result.output
    sources = json.loads(runner.invoke(cli, ["export"]).output)["calls"][0]["sources"]
    assert [(s["origin"], s["outlet"]) for s in sources] == [(url, "Meridian Wire")]
