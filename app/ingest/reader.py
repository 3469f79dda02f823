"""Read files, folders, URLs and feeds into Articles, one at a time, naming every input that cannot be one."""

from __future__ import annotations

import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from app.ingest.articles import Facts, parse_article
from app.ingest.decoding import UndecodableError, decode
from app.ingest.feeds import FeedError, read_feed
from app.ingest.fetching import FetchError, fetch, is_url, open_client
from app.ingest.files import UnreadableError, entries, read_bounded
from app.ingest.formats import ARTICLE_SUFFIXES, READS, FormatReader, url_origin
from app.ingest.manifest import MANIFEST_NAME, Manifest, ManifestEntry, parse_published, read_manifest
from app.ingest.noise import noise_kind, without_page_noise
from app.ingest.notes import NoteKind, ReadProblem
from app.ingest.pages import looks_like_html
from app.ingest.types import Article

if TYPE_CHECKING:
    import httpx

# What other modules and the tests take from here, wherever it is defined.
__all__ = ["ARTICLE_SUFFIXES", "MANIFEST_NAME", "Inputs", "ManifestEntry", "NoteKind", "ReadProblem", "ReadResult",
           "noise_kind", "parse_article", "parse_published", "read_inputs", "read_paths", "without_page_noise"]

# A corpus folder's own documents ("README.txt" beside the articles): found in a folder, they are not articles.
_FOLDER_DOCUMENTS = frozenset({"README", "READ_ME", "LICENSE", "LICENCE", "CHANGELOG", "NOTICE", "AUTHORS",
                               "CONTRIBUTING", "COPYING"})


@dataclass(frozen=True)
class ReadResult:
    articles: list[Article]
    problems: list[ReadProblem]


@dataclass(frozen=True)
class Inputs:
    """What one ingest reads: files and folders, URLs, files listing URLs, and feeds (URLs or files)."""

    paths: Sequence[Path] = ()
    urls: Sequence[str] = ()
    url_lists: Sequence[Path] = ()
    feeds: Sequence[str] = ()


def read_paths(paths: Iterable[Path], *, limit: int | None = None) -> ReadResult:
    """Read every article under the given files and folders, all at once."""
    result = ReadResult([], [])
    for item in read_inputs(Inputs(paths=list(paths)), limit=limit):
        (result.articles if isinstance(item, Article) else result.problems).append(item)
    return result


def read_inputs(inputs: Inputs, *, limit: int | None = None, seen: Callable[[str], bool] = lambda url: False,
                elsewhere: Callable[[str, str], bool] = lambda origin, location: False,
                ) -> Iterator[Article | ReadProblem]:
    """Every article the inputs hold, as it is read, with a note for each input that is not one.

    `seen(url)` tells whether a feed's article is already stored, so that a feed read again fetches only what
    is new; `elsewhere(origin, location)` whether a stored origin is another file's, one still on disk at
    another place. Nothing here raises for a bad input: every one becomes a note and the rest are read.
    """
    run = _Run(limit or _configured_limit(), seen=seen, elsewhere=elsewhere)
    try:
        for path in inputs.paths:
            yield from run.guarded(str(path), run.root(path))
        for url in inputs.urls:
            yield from run.guarded(url, run.url(url, Facts()))
        for listing in inputs.url_lists:
            yield from run.guarded(str(listing), run.url_list(listing))
        for feed in inputs.feeds:
            yield from run.guarded(feed, run.feed(feed))
    finally:
        run.close()


def _configured_limit() -> int:
    from app.settings import get_settings

    return get_settings().max_article_bytes


def _debugging() -> bool:
    from app.settings import get_settings

    return get_settings().debug


@dataclass
class _Run(FormatReader):
    """One reading of the inputs: the folders walked, the URLs fetched, the origins given out so far."""

    seen: Callable[[str], bool] = lambda url: False
    elsewhere: Callable[[str, str], bool] = lambda origin, location: False
    _client: httpx.Client | None = None

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    def guarded(self, where: str, items: Iterator[Article | ReadProblem]) -> Iterator[Article | ReadProblem]:
        """The items, and if reading breaks in a way no rule foresaw, a note instead of a traceback."""
        try:
            yield from items
        except Exception as error:  # noqa: BLE001 - one bad input must never stop the others
            if _debugging():
                traceback.print_exc()  # for a bug report; the input is named and skipped all the same
            yield ReadProblem(where, f"could not be read ({type(error).__name__}: {error}); skipped")

    # Files and folders

    def root(self, path: Path) -> Iterator[Article | ReadProblem]:
        is_folder = path.is_dir()
        manifests: dict[Path, Manifest] = {}
        articles = 0
        for entry in entries(path):
            if entry.problem is not None:
                kind = NoteKind.SKIPPED if entry.is_folder_link else NoteKind.FAILED
                yield ReadProblem(str(entry.path), entry.problem, kind)
                continue
            if entry.path.name == MANIFEST_NAME:
                if entry.path == path:
                    yield ReadProblem(str(path), "a manifest: it gives the facts of the files beside it, so ingest "
                                                 "their folder; skipped", NoteKind.SKIPPED)
                continue
            folder = entry.path.parent
            if folder not in manifests:
                manifests[folder] = read_manifest(folder / MANIFEST_NAME, limit=self.limit)
                yield from self._manifest_notes(folder, manifests[folder])
            manifest_entry = manifests[folder].entries.get(entry.path.name)
            if is_folder and manifest_entry is None and entry.path.stem.upper() in _FOLDER_DOCUMENTS:
                yield ReadProblem(str(entry.path), f"the folder's {entry.path.stem}, not an article (a manifest "
                                                   "line for it has it read as one); skipped", NoteKind.SKIPPED)
                continue
            origin, location = entry.origin, None
            if entry.path.suffix.lower() in ARTICLE_SUFFIXES:
                origin, location = self._claim(entry.origin, path, entry.path)
            if origin != entry.origin:
                yield ReadProblem(str(entry.path), f"stored as {origin}: {entry.origin} is another folder's file",
                                  NoteKind.NOTE)
            for item in self.guarded(str(entry.path), self.file(entry.path, origin, manifest_entry)):
                if isinstance(item, Article):
                    articles += 1
                    item = replace(item, location=location) if item.origin == origin else item
                yield item
        if is_folder and not articles:
            yield ReadProblem(str(path), f"nothing in this folder could be read as an article (Hotline reads "
                                         f"{READS} files)")

    def _manifest_notes(self, folder: Path, manifest: Manifest) -> Iterator[ReadProblem]:
        for problem in manifest.problems:
            yield ReadProblem(problem.where, problem.message, NoteKind.FAILED if problem.failed else NoteKind.WARNING)
        for name, number in manifest.lines.items():
            if not (folder / name).exists():
                yield ReadProblem(f"{folder / MANIFEST_NAME}:{number}", f"no file {name} in this folder; line ignored")

    def _claim(self, origin: str, root: Path, path: Path) -> tuple[str, str]:
        """The origin a file is stored under, and its full path: the origin is its path in the folder given, unless
        a file elsewhere (in this run or stored before) has that; then the folder's name leads it, or failing
        that, the full path does."""
        location = str(path.resolve())
        named = root.name if root.is_dir() else root.resolve().parent.name
        for candidate in (origin, f"{named}/{origin}", location):
            if self.origins.get(candidate, location) == location and not self.elsewhere(candidate, location):
                break
        self.origins[candidate] = location
        return candidate, location

    # URLs and feeds

    def client(self) -> httpx.Client:
        """One client for the run, opened when the first URL is fetched."""
        if self._client is None:
            self._client = open_client()
        return self._client

    def url(self, url: str, facts: Facts, *, outlet: str | None = None) -> Iterator[Article | ReadProblem]:
        """The article at `url`; `outlet` names it when the page does not (a feed's title, else the host)."""
        url = url.strip()
        if not is_url(url):
            yield ReadProblem(url, "not an http or https URL; skipped")
            return
        origin = url_origin(url)
        if (repeated := self._repeat(origin, url)) is not None:
            yield repeated
            return
        try:
            fetched = fetch(self.client(), url, limit=self.limit)
        except FetchError as error:
            yield ReadProblem(url, str(error))
            return
        kind = fetched.media_type
        if "rss" in kind or "atom" in kind or (kind.endswith("xml") and "xhtml" not in kind):
            yield ReadProblem(url, f"a feed, not an article ({kind}): ingest it with --feed {url}")
            return
        if kind not in ("text/html", "application/xhtml+xml", "text/plain", ""):
            yield ReadProblem(url, f"not a web page or text (the server says {kind}); skipped")
            return
        try:
            decoded = decode(fetched.content, declared=fetched.charset)
        except UndecodableError as error:
            yield ReadProblem(url, f"{error}; skipped")
            return
        yield from self._encoding_note(url, decoded)
        if kind == "text/plain" or (not kind and not looks_like_html(decoded.text)):
            items = self.text(url, origin, decoded.text, facts.over(Facts(url=fetched.url)))
        else:
            items = self.page(url, origin, decoded.text, facts, address=fetched.url)
        for item in items:
            if isinstance(item, Article) and not item.outlet:
                item = replace(item, outlet=outlet or urlsplit(fetched.url).hostname)
            yield item

    def url_list(self, listing: Path) -> Iterator[Article | ReadProblem]:
        try:
            text = decode(read_bounded(listing, self.limit)).text
        except (UnreadableError, UndecodableError) as error:
            yield ReadProblem(str(listing), str(error))
            return
        for number, line in enumerate(text.splitlines(), 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if not is_url(line):
                yield ReadProblem(f"{listing}:{number}", f"not an http or https URL: {line[:80]!r}; line skipped")
                continue
            yield from self.guarded(line, self.url(line, Facts()))

    def feed(self, feed: str) -> Iterator[Article | ReadProblem]:
        try:
            if is_url(feed):
                fetched = fetch(self.client(), feed, limit=self.limit)
                content, address = fetched.content, fetched.url
            else:
                content, address = read_bounded(Path(feed), self.limit), None
            parsed = read_feed(content, address=address)
        except (FetchError, UnreadableError, FeedError) as error:
            yield ReadProblem(feed, str(error))
            return
        if not parsed.entries:
            yield ReadProblem(feed, "the feed links to no articles", NoteKind.WARNING)
        for entry in parsed.entries:
            if not is_url(entry.url):
                yield ReadProblem(f"{feed}: {entry.url}", "not an http or https link; skipped")
                continue
            if self.seen(url_origin(entry.url)):
                yield ReadProblem(entry.url, "already ingested; not fetched again", NoteKind.SEEN)
                continue
            facts = Facts(entry.published, "feed" if entry.published else None)
            yield from self.guarded(entry.url, self.url(entry.url, facts, outlet=parsed.title))
