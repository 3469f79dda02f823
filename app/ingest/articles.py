"""Build an Article from an article's text and the publication facts known for it, the best source first."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from app.ingest.characters import plain_characters
from app.ingest.date_patterns import MONTHS, WEEKDAYS, parse_dateline
from app.ingest.headline_case import with_headline_case
from app.ingest.line_breaks import joined_after_honorifics, joined_inside_sentences, unwrapped, with_lead_breaks
from app.ingest.manifest import ManifestEntry
from app.ingest.noise import without_page_noise
from app.ingest.types import Article

# " date 2024-03-19 International": a first line some feeds prepend with the publication day. What follows the
# day is a section label, or on some feeds the article's first sentence run onto the same line.
_DATE_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b[^\S\n]*(?P<rest>.*)$")
_LOWERCASE_WORD = re.compile(r"(?<!\S)[a-z]")


@dataclass(frozen=True)
class Facts:
    """Publication facts from outside the text: a manifest line, a JSON record, a feed entry, a page's metadata."""

    published: date | None = None
    basis: str | None = None  # where `published` comes from: "manifest", "record", "feed", "page metadata"
    title: str | None = None
    outlet: str | None = None
    url: str | None = None

    @classmethod
    def of(cls, entry: ManifestEntry | Facts | None) -> Facts:
        if entry is None or isinstance(entry, Facts):
            return entry or cls()
        return cls(entry.published, "manifest" if entry.published else None, None, entry.outlet, entry.url)

    def over(self, other: Facts) -> Facts:
        """These facts, with the gaps filled from `other` (a page's own date fills in where the manifest has none)."""
        dated = self if self.published else other
        return Facts(dated.published, dated.basis if dated.published else None, self.title or other.title,
                     self.outlet or other.outlet, self.url or other.url)


def parse_article(origin: str, text: str, entry: ManifestEntry | Facts | None = None) -> Article:
    """Build an Article from raw text, taking the publication day from the best source available."""
    facts = Facts.of(entry)
    text = joined_inside_sentences(joined_after_honorifics(
        unwrapped(plain_characters(text.replace("\r\n", "\n").replace("\r", "\n")))))
    published, basis = (facts.published, facts.basis) if facts.published else (None, None)
    first_line, _, rest = text.partition("\n")
    line_match = _DATE_LINE.match(first_line)
    if line_match:
        after_date = line_match.group("rest").strip()
        text = f"{after_date}\n{rest}" if _reads_as_prose(after_date) else rest
        line_date = _iso_or_none(line_match.group(1))
        if published is None and line_date is not None:
            published, basis = line_date, "date line"
    text = without_page_noise(with_lead_breaks(with_headline_case(text))).strip("\n")
    if published is None:
        found = _dateline_in_text(text)
        if found:
            published, basis = found, "dateline in text"
    return Article(origin=origin, text=text, title=facts.title or _title(text), outlet=facts.outlet, url=facts.url,
                   published=published, published_basis=basis)


def _reads_as_prose(text: str) -> bool:
    """Whether what follows a date line's day is a sentence to keep rather than a section label like "World"."""
    return text.endswith((".", "!", "?", "”", '"')) or (len(text.split()) >= 5 and
                                                         len(_LOWERCASE_WORD.findall(text)) >= 2)


def _iso_or_none(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def bad_date_line(text: str) -> str | None:
    """The first line when it has the form of a date line but names no real day."""
    first_line = text.lstrip("\ufeff").split("\n", 1)[0]
    match = _DATE_LINE.match(first_line)
    return first_line.strip() if match and _iso_or_none(match.group(1)) is None else None


def _dateline_in_text(text: str) -> date | None:
    for line in text.split("\n")[:8]:
        found = parse_dateline(line)
        if found:
            return found
    return None


# "Thursday, 09, May, 2024": a site's line of today's date above the headline, no headline itself.
_CALENDAR_WORD = "|".join(sorted({*MONTHS, *WEEKDAYS}, key=len, reverse=True))
DATE_ONLY_LINE = re.compile(rf"[ \t]*(?:(?:(?:{_CALENDAR_WORD})\b\.?|\d{{1,4}})[,./-]?[ \t]*){{2,6}}(?:\n|$)",
                            re.IGNORECASE)


def _title(text: str) -> str | None:
    """The headline: an early short line that is not boilerplate and does not read as a sentence."""
    for line in [line.strip() for line in text.split("\n")[:6]]:
        words = line.split()
        if DATE_ONLY_LINE.fullmatch(line):
            continue
        if 4 <= len(words) <= 25 and not line.endswith((".", "”", '"')) and not line.isupper():
            return line
        if len(words) > 25:
            return None
    return None
