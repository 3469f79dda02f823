"""Read a folder's manifest.jsonl: the publication facts of each file in it, and every bad line named."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.ingest.decoding import UndecodableError, decode
from app.ingest.files import UnreadableError, read_bounded

MANIFEST_NAME = "manifest.jsonl"


@dataclass(frozen=True)
class ManifestEntry:
    """Publication facts a manifest line gives for one file."""

    file: str
    published: date | None
    outlet: str | None
    url: str | None


@dataclass(frozen=True)
class ManifestLine:
    """A problem with one manifest line; `failed` ones make the ingest report a failure."""

    where: str
    message: str
    failed: bool = True


@dataclass(frozen=True)
class Manifest:
    entries: dict[str, ManifestEntry]  # by the file's path relative to the manifest's folder
    lines: dict[str, int]  # the line each entry came from
    problems: list[ManifestLine]


def read_manifest(path: Path, *, limit: int) -> Manifest:
    """The manifest at `path` (an empty one when there is none); unreadable lines are named and skipped."""
    manifest = Manifest({}, {}, [])
    if not path.exists() and not path.is_symlink():
        return manifest
    try:
        text = decode(read_bounded(path, limit)).text
    except (UnreadableError, UndecodableError) as error:
        manifest.problems.append(ManifestLine(str(path), f"{error}; no file in this folder gets its facts"))
        return manifest
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            _read_line(manifest, f"{path}:{number}", number, line)
    return manifest


def _read_line(manifest: Manifest, where: str, number: int, line: str) -> None:
    problems = manifest.problems
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        problems.append(ManifestLine(where, f"not valid JSON ({error.msg}); line skipped"))
        return
    except (ValueError, RecursionError) as error:
        problems.append(ManifestLine(where, f"{unusable_json(error)}; line skipped"))
        return
    if not isinstance(data, dict) or not isinstance(data.get("file"), str) or not data["file"].strip():
        problems.append(ManifestLine(where, 'each line needs a "file" name; line skipped'))
        return
    name = Path(data["file"].strip()).as_posix()
    if name in manifest.entries:
        problems.append(ManifestLine(where, f"a second line for {name} (the first is line {manifest.lines[name]}); "
                                            "this one is ignored"))
        return
    published = None
    if data.get("published"):
        published = parse_published(str(data["published"]))
        if published is None:
            problems.append(ManifestLine(where, f'"published" is not a date (write YYYY-MM-DD): '
                                                f'{_short(data["published"])}; the file is read without it',
                                         failed=False))
    manifest.entries[name] = ManifestEntry(name, published, text_or_none(data.get("outlet")),
                                           text_or_none(data.get("url")))
    manifest.lines[name] = number


def parse_published(value: str) -> date | None:
    """A publication date as feeds write them: ISO first, then whatever dateparser reads as a full date."""
    value = value.strip()
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        pass
    if len(value) > 100:  # no date is written at such length
        return None
    import dateparser  # imported here: it is slow to load and most manifests are ISO

    parsed = dateparser.parse(value, languages=["en"], settings={"REQUIRE_PARTS": ["day", "month", "year"],
                                                                 "PREFER_DAY_OF_MONTH": "first"})
    return parsed.date() if parsed else None


def unusable_json(error: ValueError | RecursionError) -> str:
    """Why JSON that parses as JSON cannot be read by Python: a number too long to convert, nesting too deep."""
    if isinstance(error, RecursionError):
        return "not usable JSON (nested too deeply)"
    if "integer string conversion" in str(error):
        return "not usable JSON (a number of more than 4,300 digits)"
    return f"not usable JSON ({_short(error)})"


def text_or_none(value: object) -> str | None:
    """A field's text, or None when it is absent, empty or not a plain value."""
    if value is None or isinstance(value, (dict, list)):
        return None
    return str(value).strip() or None


def _short(value: object) -> str:
    text = repr(value) if not isinstance(value, Exception) else str(value)
    return text if len(text) <= 80 else f"{text[:77]}…"
