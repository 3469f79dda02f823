"""Pages as news sites write them, feeds, and a web server on 127.0.0.1 that serves them to the reader's tests."""

from __future__ import annotations

import html
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

BODY = [
    "WASHINGTON — President Joe Biden told Israeli Prime Minister Benjamin Netanyahu on Sunday that Israel should "
    "not move ahead with a military operation in Rafah unless it has a credible plan to protect civilians, "
    "according to the White House.",
    "The phone conversation, which Israeli media said ran about 45 minutes, was the first between the two leaders "
    "in nearly a month.",
    "According to the White House account of the call, Mr. Biden restated that Washington shares Israel's goal of "
    "defeating Hamas and pressed for faster deliveries of humanitarian aid.",
]


def news_page(title: str = "Biden tells Netanyahu a Rafah offensive needs a plan", body: list[str] | None = None, *,
              published: str | None = "2024-02-11T18:30:00Z", site: str | None = "Meridian Wire",
              canonical: str | None = "https://example.org/meridian/biden-netanyahu", charset: str = "utf-8") -> str:
    """A news article page with what surrounds an article on a real site: navigation, a caption, related links."""
    meta = [f'<meta charset="{charset}">', f"<title>{html.escape(title)} | {html.escape(site or 'News')}</title>",
            f'<meta property="og:title" content="{html.escape(title)}">']
    if site:
        meta.append(f'<meta property="og:site_name" content="{html.escape(site)}">')
    if published:
        meta.append(f'<meta property="article:published_time" content="{published}">')
    if canonical:
        meta.append(f'<link rel="canonical" href="{canonical}">')
    paragraphs = "\n".join(f"<p>{html.escape(p)}</p>" for p in (BODY if body is None else body))
    return f"""<!DOCTYPE html>
<html lang="en"><head>{''.join(meta)}</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/opinion">Opinion</a></li>
</ul></nav></header>
<main><article>
<h1>{html.escape(title)}</h1>
<figure><img src="meeting.jpg" alt=""><figcaption>Biden and Netanyahu met in Tel Aviv on October 18, 2023.</figcaption>
</figure>
{paragraphs}
<p>Share this article</p>
<aside class="related"><h2>Related</h2><ul><li><a href="/a">Macron speaks with Xi about trade on Monday</a></li>
<li><a href="/b">Scholz calls Erdogan about Sweden</a></li></ul></aside>
</article></main>
<footer><p>© 2024 Meridian Wire. All rights reserved.</p></footer>
</body></html>
"""


def rss(title: str, links: list[tuple[str, str | None]]) -> str:
    """An RSS 2.0 feed whose items link to the given addresses, each with an optional publication date."""
    items = "".join(f"<item><title>Item {n}</title><link>{html.escape(link)}</link>"
                    + (f"<pubDate>{day}</pubDate>" if day else "") + "</item>" for n, (link, day) in enumerate(links))
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{html.escape(title)}</title>'
            f"<link>https://example.org/</link><description>Readouts</description>{items}</channel></rss>")


def atom(title: str, links: list[str]) -> str:
    entries = "".join(f'<entry><title>Entry {n}</title><link href="{html.escape(link)}"/><id>urn:entry:{n}</id>'
                      f"<updated>2024-02-12T09:00:00Z</updated></entry>" for n, link in enumerate(links))
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>{title}</title>'
            f"<id>urn:feed</id><updated>2024-02-12T09:00:00Z</updated>{entries}</feed>")


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    location: str | None = None  # a redirect's target
    delay: float = 0.0  # seconds before answering


@dataclass
class Site:
    """What the local server answers, path by path, and which paths were asked for."""

    base: str = ""
    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[tuple[str, str]] = field(default_factory=list)  # (path, User-Agent)

    def page(self, path: str, text: str | bytes, content_type: str = "text/html; charset=utf-8") -> str:
        self.routes[path] = Route(text.encode("utf-8") if isinstance(text, str) else text, 200, content_type)
        return self.base + path

    def url(self, path: str) -> str:
        return self.base + path


@contextmanager
def local_site() -> Iterator[Site]:
    """A web server on 127.0.0.1 on a free port, for as long as the block runs."""
    site = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
            site.requests.append((self.path, self.headers.get("User-Agent", "")))
            route = site.routes.get(self.path, Route(b"not here", 404, "text/plain"))
            if route.delay:
                time.sleep(route.delay)
            self.send_response(route.status)
            self.send_header("Content-Type", route.content_type)
            if route.location:
                self.send_header("Location", route.location)
            self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            try:
                self.wfile.write(route.body)
            except OSError:  # the client gave up first (a timeout under test, a size limit): nothing to answer
                pass

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = False  # so that closing the server waits for every answer still being written
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
