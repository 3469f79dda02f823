"""Read a web page with trafilatura: its main text, without navigation or related links, and its metadata."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

# A document that starts like a web page, whatever its file is called.
_PAGE_START = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>])",
                         re.IGNORECASE | re.DOTALL)

# A sentence: six words or more, ending as sentences end. Menus and buttons, all a page without an article
# yields when its text is extracted, have none.
_SENTENCE = re.compile(r"(?:\S+\s+){5,}\S*[.!?…][”’\"'»)]?$")


@dataclass(frozen=True)
class Page:
    """What a page says about itself, and its article text (paragraphs one blank line apart)."""

    text: str
    title: str | None = None
    published: date | None = None  # the page's own publication date, from its metadata or markup
    outlet: str | None = None  # the site's name
    url: str | None = None  # its canonical address


def looks_like_html(text: str) -> bool:
    """Whether text holds a web page (a saved page given a .txt name, say) rather than an article's words."""
    return bool(_PAGE_START.match(text[:2000]))


def read_page(html: str, *, url: str | None = None) -> Page | None:
    """The article in a page, or None when the page has no article text (an index, a login wall, an empty body)."""
    import trafilatura  # imported here: it takes a moment to load and many ingests read no HTML

    document = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False, include_images=False,
        # Fast mode skips only the second opinion of readability and jusText, a quarter of the time a page takes;
        # the rescue stages still run when the main extractor finds too little.
        fast=True,
        # The page's own date from its markup; a guess from any date in the text would not be its own.
        date_extraction_params={"extensive_search": False, "original_date": True})
    if document is None or not (document.text or "").strip():
        return None
    title = _clean(document.title)
    paragraphs = [line.strip() for line in document.text.split("\n") if line.strip()]
    if not any(_SENTENCE.search(paragraph) for paragraph in paragraphs):
        return None  # link labels and buttons, which is what is left of a page with no article
    if title and " ".join(paragraphs[0].split()).casefold() != " ".join(title.split()).casefold():
        paragraphs.insert(0, title)  # the headline leads the text, as it does in a saved .txt article
    outlet = _clean(document.sitename)
    if outlet and outlet.casefold() in {(document.hostname or "").casefold(), urlsplit(url or "").netloc.casefold(),
                                        (title or "").casefold()}:
        # the host's name or the headline, trafilatura's fallbacks: whoever links to the page may know the name
        outlet = None
    return Page(text="\n\n".join(paragraphs), title=title, published=_day(document.date), outlet=outlet,
                url=_clean(document.url) or url)


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _clean(value: str | None) -> str | None:
    return " ".join(value.split()) or None if value else None
