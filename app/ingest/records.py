"""Articles as JSON records (scraper output): one per line of a .jsonl file, or a .json list of them."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from app.ingest.files import too_large
from app.ingest.manifest import text_or_none, unusable_json

FIELDS = '"text" or "html"'
# Lines without an article are listed one by one only when others in the file have one; a file none of whose
# records has one is named once, as not being articles. Past this many, the rest are counted, not kept.
_MAX_LISTED = 200


@dataclass(frozen=True)
class Record:
    """One article as a record gives it."""

    number: int  # its line in a .jsonl file, or its place in a .json list, from 1
    text: str | None
    html: str | None
    title: str | None
    published: str | None
    outlet: str | None
    url: str | None


@dataclass(frozen=True)
class RecordProblem:
    number: int | None  # None: the file as a whole
    message: str
    skipped: bool = False  # not articles at all, rather than a broken one


def jsonl_records(lines: Iterable[tuple[int, bytes | None]], *, limit: int) -> Iterator[Record | RecordProblem]:
    """The records of a JSON lines file, read a line at a time; each bad line is named and the rest are read."""
    return _with_verdict(_parse_lines(lines, limit=limit))


def json_records(text: str) -> Iterator[Record | RecordProblem]:
    """The records of a .json file: a list of article objects, or one."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        yield RecordProblem(None, f"not valid JSON (line {error.lineno}: {error.msg})")
        return
    except (ValueError, RecursionError) as error:  # a number of more digits than Python converts, deep nesting
        yield RecordProblem(None, unusable_json(error))
        return
    items = data if isinstance(data, list) else [data]
    yield from _with_verdict((number, item) for number, item in enumerate(items, 1))


def _parse_lines(lines: Iterable[tuple[int, bytes | None]], *, limit: int) -> Iterator[tuple[int, object]]:
    for number, raw in lines:
        if raw is None:
            yield number, RecordProblem(number, too_large(limit))
            continue
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as error:
            yield number, RecordProblem(number, f"not UTF-8 (byte {error.start}); JSON lines are UTF-8")
            continue
        if not line.strip():
            continue
        try:
            yield number, json.loads(line)
        except json.JSONDecodeError as error:
            yield number, RecordProblem(number, f"not valid JSON ({error.msg})")
        except (ValueError, RecursionError) as error:
            yield number, RecordProblem(number, unusable_json(error))


def _with_verdict(items: Iterable[tuple[int, object]]) -> Iterator[Record | RecordProblem]:
    """Records, and problems; records with no article field are failures only in a file that has articles."""
    articles_file = False
    waiting: list[RecordProblem] = []  # records with no article field, before the file shows it holds articles
    unlisted = 0
    for number, item in items:
        if isinstance(item, RecordProblem):
            yield item
            continue
        record = _record(number, item)
        if isinstance(record, RecordProblem) and record.skipped:  # no article field
            if articles_file:
                yield RecordProblem(number, record.message)
            elif len(waiting) < _MAX_LISTED:
                waiting.append(record)
            else:
                unlisted += 1
            continue
        if not articles_file:
            articles_file = True
            yield from (RecordProblem(problem.number, problem.message) for problem in waiting)
            if unlisted:
                yield RecordProblem(None, f"{unlisted} more records have no {FIELDS} field")
        yield record
    if not articles_file and (waiting or unlisted):
        yield RecordProblem(None, f"no record has a {FIELDS} field: not articles (a gold or settings file?); "
                                  "skipped", skipped=True)


def _record(number: int, item: object) -> Record | RecordProblem:
    """The record; or why it holds no article (`skipped` when it has no article field at all)."""
    if not isinstance(item, dict):
        return RecordProblem(number, f"not a JSON object with a {FIELDS} field", skipped=True)
    text, html = item.get("text"), item.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        return RecordProblem(number, f"no {FIELDS} field", skipped=True)
    text = text if isinstance(text, str) and text.strip() else None
    html = html if isinstance(html, str) and html.strip() else None
    if text is None and html is None:
        return RecordProblem(number, "its text is empty")
    return Record(number, text, html, text_or_none(item.get("title")), text_or_none(item.get("published")),
                  text_or_none(item.get("outlet")), text_or_none(item.get("url")))
