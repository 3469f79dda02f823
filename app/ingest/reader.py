"""Read article files and their manifest into Articles, reporting every bad input."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.ingest.date_patterns import parse_dateline
from app.ingest.types import Article

MANIFEST_NAME = "manifest.jsonl"
ARTICLE_SUFFIXES = {".txt"}
MAX_BYTES = 5_000_000

# " date 2024-03-19 International": a first line some feeds prepend with the publication day. What follows the
# day is a section label, or on some feeds the article's first sentence run onto the same line.
_DATE_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b[^\S\n]*(?P<rest>.*)$")
_LOWERCASE_WORD = re.compile(r"(?<!\S)[a-z]")
# A headline is repeated as a subtitle within this many lines of the top; further down a repeat is the text's own.
HEADLINE_REACH = 6


@dataclass(frozen=True)
class NoiseRule:
    """Lines of one kind that a scraped page brings along but that are not the article."""

    kind: str
    pattern: re.Pattern[str]  # matched against the whole line, spaces stripped, case ignored


def _rule(kind: str, *whole_lines: str) -> NoiseRule:
    return NoiseRule(kind, re.compile("|".join(f"(?:{line})" for line in whole_lines), re.IGNORECASE))


# Page noise. A line is dropped only when a pattern matches all of it, so a sentence that merely mentions a photo,
# an email or a copyright stays. Noise lines are short; longer lines are never tested (and so never cost much).
MAX_NOISE_CHARS = 600
PAGE_NOISE = (
    # A caption describes a picture, often of an earlier in-person meeting: read as text it would report that
    # meeting, or its date, as the news.
    _rule("caption",
          r"(?:file\s+)?photo(?:graph)?s?(?:\s+credit)?\s*[:|].*",  # "Photo: ...", "FILE PHOTO: ..."
          r"(?:image|picture)(?:\s+(?:caption|source|credit))?\s*[:|].*|image\s+(?:caption|source),.*",
          r"(?:caption|credit|pictured)\s*:.*",
          r"\(\s*(?:file\s+)?(?:photo|image|picture)\b[^()]*\)",  # "(Photo: Reuters)", "(Photo by ...)"
          r".*\((?:[\w.]+\s+)?photo\s*/[^()]{1,80}\)",  # "... in Ankara. (AP Photo/Jane Doe)"
          # "... in Ankara. REUTERS/Jane Doe/File Photo": the agency in capitals, then a name of capitalised words.
          r".*(?-i:\bREUTERS/[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?:/[A-Z]\w*(?: [A-Z]\w*)?)?)",
          r".*(?:/|\bvia\s+)Getty\s+Images\)?"),
    # Links to other stories: their headlines would read as news of this article.
    _rule("link", r"(?:read\s+more|related(?:\s+(?:articles?|stories|coverage|content|news))?|see\s+also|"
                  r"also\s+read|more\s+on\s+this\s+story)\s*(?:[:|»›]\s*.*)?"),
    # Sharing, printing and mailing buttons flattened to text, alone or in a row.
    _rule("sharing", r"share(?:\s+this(?:\s+(?:article|story|page))?)?\s*:?",
          r"share\s+(?:on|via)\s+\w+(?:\s+\w+)?",
          r"(?:print|email|e-mail|tweet)(?:\s+this(?:\s+(?:article|story|page))?)?",
          r"(?:(?:facebook|twitter|x|whatsapp|linkedin|reddit|telegram|email|print|copy\s+link)\s*[|·•,/]?\s*){2,}",
          r"follow\s+us\b.{0,150}"),
    # Advertising slots and subscription prompts between paragraphs ("Advertisment" is misspelt on some sites).
    _rule("advert", r"advert(?:isement|isment|orial)s?|sponsored(?:\s+content)?",
          r"story\s+continues\s+below(?:\s+(?:this\s+)?advertisement)?|continue\s+reading(?:\s+below)?",
          r"(?:subscribe|sign\s+up)\b.{0,200}"),
    # The rights line at the foot of the page.
    _rule("rights", r"(?:copyright\s*(?:©|\(c\)|\d{4})|©|\(c\)\s*\d{4}).{0,200}",
          r".{0,200}\ball\s+rights\s+reserved\.?"),
    # Cookie and consent banners.
    _rule("cookies", r"(?:we|this\s+(?:web)?site|our\s+(?:web)?site)\s+uses?\s+cookies\b.*",
          r".{0,200}\b(?:accept|manage|reject)(?:\s+all)?\s+cookies\b.{0,100}",
          r"cookie\s+(?:settings|policy|preferences|notice|consent)\b.{0,100}",
          r"by\s+(?:continuing|using)\b.{0,150}\bcookies\b.{0,150}"),
)


def noise_kind(line: str) -> str | None:
    """The kind of page noise a whole line is, or None for a line of the article."""
    stripped = line.strip()
    if not stripped or len(stripped) > MAX_NOISE_CHARS:
        return None
    return next((rule.kind for rule in PAGE_NOISE if rule.pattern.fullmatch(stripped)), None)


def without_page_noise(text: str) -> str:
    """The text without noise lines or a repeated headline.

    Lines are removed rather than blanked: every offset downstream (sentences, mentions, evidence) is taken in
    the stored text, never in the file, so nothing needs the file's positions, and blanks would show in the source
    view. Where a removed line stood between blank lines, one blank goes too, keeping paragraphs one apart.
    """
    kept: list[str] = []
    top: list[str] = []  # the first lines, folded, to catch a headline repeated as a subtitle
    dropped = False
    for line in text.split("\n"):
        folded = " ".join(line.casefold().split()) if len(top) < HEADLINE_REACH else ""
        if noise_kind(line) or (folded and folded in top):
            dropped = True
            continue
        if not line.strip():
            if dropped and (not kept or not kept[-1].strip()):
                continue
        else:
            dropped = False
            if folded:
                top.append(folded)
        kept.append(line)
    return "\n".join(kept)


@dataclass(frozen=True)
class ManifestEntry:
    """Publication facts a manifest line gives for one file."""

    file: str
    published: date | None
    outlet: str | None
    url: str | None


@dataclass(frozen=True)
class ReadProblem:
    """An input that could not be read, and what to do about it."""

    path: str
    message: str


@dataclass(frozen=True)
class ReadResult:
    articles: list[Article]
    problems: list[ReadProblem]


def read_paths(paths: Iterable[Path]) -> ReadResult:
    """Read every article under the given files and folders."""
    articles: list[Article] = []
    problems: list[ReadProblem] = []
    for path in paths:
        if not path.exists():
            problems.append(ReadProblem(str(path), "no such file or folder"))
            continue
        files = sorted(_article_files(path))
        if path.is_dir() and not any(f.suffix.lower() in ARTICLE_SUFFIXES for f in files):
            problems.append(ReadProblem(str(path), "folder holds no .txt articles"))
        manifests: dict[Path, dict[str, ManifestEntry]] = {}
        for file in files:
            folder = file.parent
            if folder not in manifests:
                manifests[folder] = _read_manifest(folder / MANIFEST_NAME, problems)
            entry = manifests[folder].get(file.name)
            article = _read_article(file, entry, problems)
            if article is not None:
                articles.append(article)
    return ReadResult(articles, problems)


def _article_files(path: Path) -> Iterator[Path]:
    if path.is_file():
        if path.name != MANIFEST_NAME:
            yield path
        return
    for file in path.rglob("*"):
        # Every other file is yielded too, so that it is reported rather than silently passed over.
        if file.is_file() and file.name != MANIFEST_NAME and not file.name.startswith("."):
            yield file


def _read_manifest(path: Path, problems: list[ReadProblem]) -> dict[str, ManifestEntry]:
    entries: dict[str, ManifestEntry] = {}
    if not path.exists():
        return entries
    for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as error:
            problems.append(ReadProblem(where, f"not valid JSON ({error.msg}); line skipped"))
            continue
        if not isinstance(data, dict) or not isinstance(data.get("file"), str):
            problems.append(ReadProblem(where, 'each line needs a "file" name; line skipped'))
            continue
        published = None
        if data.get("published"):
            published = parse_published(str(data["published"]))
            if published is None:
                problems.append(ReadProblem(where, f'"published" is not a date (write YYYY-MM-DD): {data["published"]!r}'))
        entries[data["file"]] = ManifestEntry(data["file"], published, _text_or_none(data.get("outlet")),
                                              _text_or_none(data.get("url")))
    return entries


def parse_published(value: str) -> date | None:
    """A publication date as feeds write them: ISO first, then whatever dateparser reads as a full date."""
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        pass
    import dateparser  # imported here: it is slow to load and most manifests are ISO

    parsed = dateparser.parse(value, languages=["en"], settings={"REQUIRE_PARTS": ["day", "month", "year"],
                                                                 "PREFER_DAY_OF_MONTH": "first"})
    return parsed.date() if parsed else None


def _text_or_none(value: object) -> str | None:
    return str(value).strip() or None if value is not None else None


def _read_article(file: Path, entry: ManifestEntry | None, problems: list[ReadProblem]) -> Article | None:
    if file.suffix.lower() not in ARTICLE_SUFFIXES:
        problems.append(ReadProblem(str(file), f"not an article: Hotline reads .txt files, not "
                                               f"{file.suffix or 'files without an extension'}; skipped"))
        return None
    raw = file.read_bytes()
    if len(raw) > MAX_BYTES:
        problems.append(ReadProblem(str(file), f"larger than {MAX_BYTES // 1_000_000} MB; skipped"))
        return None
    if b"\x00" in raw:
        problems.append(ReadProblem(str(file), "binary file (contains NUL bytes); skipped"))
        return None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        problems.append(ReadProblem(str(file), f"not UTF-8 text (byte {error.start}); read with replacements"))
        text = raw.decode("utf-8", errors="replace")
    if (line := bad_date_line(text)) is not None:
        problems.append(ReadProblem(str(file), f"first line {line!r} is not a real date; publication date taken "
                                               "from the manifest or the text instead"))
    return parse_article(file.name, text, entry)


def parse_article(origin: str, text: str, entry: ManifestEntry | None = None) -> Article:
    """Build an Article from raw text, taking the publication day from the best source available."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    published, basis = (entry.published, "manifest") if entry and entry.published else (None, None)
    first_line, _, rest = text.partition("\n")
    line_match = _DATE_LINE.match(first_line)
    if line_match:
        after_date = line_match.group("rest").strip()
        text = f"{after_date}\n{rest}" if _reads_as_prose(after_date) else rest
        line_date = _iso_or_none(line_match.group(1))
        if published is None and line_date is not None:
            published, basis = line_date, "date line"
    text = without_page_noise(text).strip("\n")
    if published is None:
        found = _dateline_in_text(text)
        if found:
            published, basis = found, "dateline in text"
    return Article(origin=origin, text=text, title=_title(text), outlet=entry.outlet if entry else None,
                   url=entry.url if entry else None, published=published, published_basis=basis)


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


def _title(text: str) -> str | None:
    """The headline: an early short line that is not boilerplate and does not read as a sentence."""
    for line in [line.strip() for line in text.split("\n")[:6]]:
        words = line.split()
        if 4 <= len(words) <= 25 and not line.endswith((".", "”", '"')) and not line.isupper():
            return line
        if len(words) > 25:
            return None
    return None
