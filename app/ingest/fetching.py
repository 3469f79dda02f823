"""Fetch a page or feed over HTTP with httpx: bounded in time and size, with the failure named in words."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from app.ingest.files import too_large

if TYPE_CHECKING:
    import httpx

USER_AGENT = "Hotline/0.1 (timeline of leaders' calls; reads one article per request)"
TIMEOUT_SECONDS = 20.0
MAX_REDIRECTS = 5


class FetchError(Exception):
    """A URL that could not be fetched; the message says why (the HTTP status, the network error)."""


@dataclass(frozen=True)
class Fetched:
    url: str  # where the content came from, after redirects
    content: bytes
    media_type: str  # "text/html", "application/rss+xml", … ("" when the server names none)
    charset: str | None


def is_url(value: str) -> bool:
    return urlsplit(value.strip()).scheme.lower() in ("http", "https")


def open_client() -> httpx.Client:
    """One client for a whole ingest, so connections to one site are reused."""
    import httpx  # here, not above: a quarter of a second that an ingest of files never needs

    return httpx.Client(follow_redirects=True, max_redirects=MAX_REDIRECTS, headers={"User-Agent": USER_AGENT},
                        timeout=httpx.Timeout(TIMEOUT_SECONDS))


def fetch(client: httpx.Client, url: str, *, limit: int) -> Fetched:
    """The body at `url`, at most `limit` bytes of it, read as it streams so a huge answer is cut off early."""
    import httpx

    if not is_url(url):
        raise FetchError("not an http or https URL")
    try:
        with client.stream("GET", url) as response:
            if response.status_code >= 400:
                raise FetchError(f"the server answered HTTP {response.status_code} {response.reason_phrase}".rstrip())
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limit:
                raise FetchError(too_large(limit))
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise FetchError(too_large(limit))
                chunks.append(chunk)
            media_type, _, parameters = response.headers.get("content-type", "").partition(";")
            return Fetched(str(response.url), b"".join(chunks), media_type.strip().lower(), _charset(parameters))
    except httpx.TooManyRedirects:
        raise FetchError(f"more than {MAX_REDIRECTS} redirects") from None
    except httpx.TimeoutException:
        raise FetchError(f"no answer within {TIMEOUT_SECONDS:g} s") from None
    except (httpx.HTTPError, httpx.InvalidURL) as error:  # refused, unresolvable host, broken connection
        raise FetchError(f"cannot be reached ({type(error).__name__}: {error})") from None


def _charset(parameters: str) -> str | None:
    for parameter in parameters.split(";"):
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            return value.strip().strip('"')
    return None
