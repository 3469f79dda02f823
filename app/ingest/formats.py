"""Read one input's content by its kind: plain text, a web page, JSON records; each bad part named, never raised."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urldefrag

from app.ingest.articles import Facts, bad_date_line, parse_article
from app.ingest.decoding import Decoded, UndecodableError, decode
from app.ingest.fetching import is_url
from app.ingest.files import UnreadableError, read_bounded, read_lines, too_large
from app.ingest.manifest import ManifestEntry, parse_published
from app.ingest.notes import NoteKind, ReadProblem
from app.ingest.pages import looks_like_html, read_page
from app.ingest.records import Record, RecordProblem, json_records, jsonl_records
from app.ingest.types import Article

TEXT_SUFFIXES = {".txt"}
PAGE_SUFFIXES = {".html", ".htm", ".xhtml"}
RECORD_SUFFIXES = {".jsonl", ".ndjson", ".json"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | PAGE_SUFFIXES | RECORD_SUFFIXES
READS = ".txt, .html, .htm, .json and .jsonl"


@dataclass
class FormatReader:
    """Articles from a file's content, a page or a record, for one run of the reader."""

    limit: int  # the most bytes one article may have
    origins: dict[str, str] = field(default_factory=dict)  # origin -> where it was read, in this run

    def file(self, path: Path, origin: str, entry: ManifestEntry | None) -> Iterator[Article | ReadProblem]:
        suffix = path.suffix.lower()
        where = str(path)
        if suffix not in ARTICLE_SUFFIXES:
            yield ReadProblem(where, f"not an article: Hotline reads {READS} files, not "
                                     f"{suffix or 'files without an extension'}; skipped", NoteKind.SKIPPED)
            return
        if suffix in (".jsonl", ".ndjson"):
            yield from self.records(where, origin, jsonl_records(self._lines(path), limit=self.limit))
            return
        try:
            decoded = decode(read_bounded(path, self.limit))
        except (UnreadableError, UndecodableError) as error:
            yield ReadProblem(where, f"{error}{'' if str(error).endswith('skipped') else '; skipped'}")
            return
        yield from self._encoding_note(where, decoded)
        if suffix == ".json":
            yield from self.records(where, origin, json_records(decoded.text), numbered="record")
        elif suffix in PAGE_SUFFIXES:
            yield from self.page(where, origin, decoded.text, Facts.of(entry))
        else:
            yield from self.text(where, origin, decoded.text, Facts.of(entry))

    def _lines(self, path: Path) -> Iterator[tuple[int, bytes | None]]:
        lines = read_lines(path, self.limit)
        first = next(lines, None)
        if first is None:
            return
        if first[1] is not None and first[1][:2] in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16: decoded whole
            text = decode(read_bounded(path, self.limit)).text
            yield from ((n, line.encode("utf-8")) for n, line in enumerate(text.splitlines(), 1))
            return
        yield first
        yield from lines

    @staticmethod
    def _encoding_note(where: str, decoded: Decoded) -> Iterator[ReadProblem]:
        if decoded.note:
            yield ReadProblem(where, decoded.note, NoteKind.WARNING if decoded.guessed else NoteKind.NOTE)

    # One article's text

    def text(self, where: str, origin: str, text: str, facts: Facts) -> Iterator[Article | ReadProblem]:
        if not text.strip():
            yield ReadProblem(where, "empty (nothing but white space); skipped" if text else "empty file; skipped")
            return
        if looks_like_html(text):
            yield ReadProblem(where, "holds a web page, not plain text: read as HTML", NoteKind.NOTE)
            yield from self.page(where, origin, text, facts)
            return
        if (line := bad_date_line(text)) is not None:
            yield ReadProblem(where, f"first line {line!r} is not a real date; publication date taken from the "
                                     "manifest or the text instead", NoteKind.WARNING)
        yield from self._checked(where, parse_article(origin, text, facts))

    def page(self, where: str, origin: str, html: str, facts: Facts, *,
             address: str | None = None) -> Iterator[Article | ReadProblem]:
        page = read_page(html, url=address or facts.url)
        if page is None:
            yield ReadProblem(where, "no article text found in the page (an index, a login wall or an empty "
                                     "body?); skipped")
            return
        own = Facts(page.published, "page metadata" if page.published else None, page.title, page.outlet, page.url)
        yield from self._checked(where, parse_article(origin, page.text, facts.over(own)))

    @staticmethod
    def _checked(where: str, article: Article) -> Iterator[Article | ReadProblem]:
        if article.text.strip():
            yield article
        else:
            yield ReadProblem(where, "no article text once captions, links and notices are removed; skipped")

    # JSON records

    def records(self, where: str, origin: str, items: Iterator[Record | RecordProblem], *,
                numbered: str = "line") -> Iterator[Article | ReadProblem]:
        def at(number: int | None) -> str:
            return where if number is None else (f"{where}:{number}" if numbered == "line"
                                                 else f"{where}, record {number}")

        for item in items:
            if isinstance(item, RecordProblem):
                yield ReadProblem(at(item.number), item.message, NoteKind.SKIPPED if item.skipped else
                                  NoteKind.FAILED)
                continue
            yield from self.record(at(item.number), f"{origin}:{item.number}", item)

    def record(self, where: str, fallback_origin: str, record: Record) -> Iterator[Article | ReadProblem]:
        published = parse_published(record.published) if record.published else None
        if record.published and published is None:
            yield ReadProblem(where, f'"published" is not a date (write YYYY-MM-DD): {record.published[:80]!r}; '
                                     "read without it", NoteKind.WARNING)
        origin = url_origin(record.url) if record.url and is_url(record.url) else fallback_origin
        if (repeated := self._repeat(origin, where)) is not None:
            yield repeated
            return
        body = record.html or record.text or ""
        if len(body.encode("utf-8")) > self.limit:
            yield ReadProblem(where, too_large(self.limit))
            return
        facts = Facts(published, "record" if published else None, record.title, record.outlet, record.url)
        if record.html:
            yield from self.page(where, origin, record.html, facts)
        else:
            yield from self.text(where, origin, record.text or "", facts)

    def _repeat(self, origin: str, where: str) -> ReadProblem | None:
        if origin in self.origins:
            return ReadProblem(where, f"{origin} was already read in this run (from {self.origins[origin]}); "
                                      "this copy is ignored", NoteKind.WARNING)
        self.origins[origin] = where
        return None


def url_origin(url: str) -> str:
    """A URL as an origin: the page, whichever part of it a link pointed at."""
    return urldefrag(url.strip()).url
