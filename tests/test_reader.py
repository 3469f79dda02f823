"""Reading article files and manifests: publication facts, date lines, titles and bad input."""

import json
from datetime import date
from pathlib import Path

import pytest

from app.ingest.reader import parse_article, read_paths


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "published", "basis"),
    [
        (" date 2024-03-19 International\nHeadline here about calls\nBody.", date(2024, 3, 19), "date line"),
        ("THE WHITE HOUSE\nReadout of a call between two leaders\n\nFebruary 11, 2024\n\nBody.",
         date(2024, 2, 11), "dateline in text"),
        ("Opinion: nothing dated here at all\n\nBody text.", None, None),
        ("Crown Prince calls Chinese President\n\nAmal Haddad Published March 28, 2023 | 01:20 PM\n\nBody.",
         date(2023, 3, 28), "dateline in text"),
    ],
    ids=["date-line", "readout-dateline", "undated", "byline-and-stamp"],
)
def test_publication_day_comes_from_the_text_when_no_manifest(text: str, published: date | None, basis: str | None):
    article = parse_article("x.txt", text)
    assert article.published == published
    assert article.published_basis == basis


def test_the_date_line_is_not_part_of_the_stored_text():
    article = parse_article("x.txt", " date 2024-03-19 International\nBiden and Netanyahu speak\nBody.")
    assert article.text.startswith("Biden and Netanyahu speak")
    assert article.title == "Biden and Netanyahu speak"


def test_manifest_gives_publication_facts_and_wins_over_the_text(tmp_path: Path):
    write(tmp_path, "a.txt", " date 2020-01-01\nSome headline for the story\nBody.")
    manifest = {"file": "a.txt", "published": "2024-02-11", "outlet": "Wire", "url": "https://example.org/a"}
    write(tmp_path, "manifest.jsonl", json.dumps(manifest) + "\n")
    result = read_paths([tmp_path])
    assert result.problems == []
    [article] = result.articles
    assert (article.published, article.published_basis) == (date(2024, 2, 11), "manifest")
    assert (article.outlet, article.url) == ("Wire", "https://example.org/a")


def test_every_bad_input_is_reported_and_good_files_still_read(tmp_path: Path):
    write(tmp_path, "good.txt", "A headline about a phone call\nBody.")
    (tmp_path / "binary.txt").write_bytes(b"abc\x00def")
    (tmp_path / "latin.txt").write_bytes("Caf\xe9 story".encode("latin-1"))
    write(tmp_path, "baddate.txt", " date 2024-13-45 nonsense\nA headline about a phone call\nBody.")
    write(tmp_path, "notes.md", "Not an article")
    write(tmp_path, "manifest.jsonl", '{"file": "good.txt", "published": "not a date"}\nnot json\n{"nofile": 1}\n')
    result = read_paths([tmp_path, tmp_path / "missing.txt"])
    messages = " | ".join(f"{p.path}: {p.message}" for p in result.problems)
    assert "binary" in messages and "NUL" in messages
    assert "not UTF-8: decoded as cp1252" in messages
    assert "manifest.jsonl:1" in messages and "YYYY-MM-DD" in messages
    assert "manifest.jsonl:2" in messages and "not valid JSON" in messages
    assert "manifest.jsonl:3" in messages and '"file"' in messages
    assert "missing.txt: no such file or folder" in messages
    assert "notes.md: not an article: Hotline reads .txt, .html, .htm, .json and .jsonl files, not .md" in messages
    assert "baddate.txt: first line 'date 2024-13-45 nonsense' is not a real date" in messages
    assert sorted(a.origin for a in result.articles) == ["baddate.txt", "good.txt", "latin.txt"]
    assert next(a for a in result.articles if a.origin == "latin.txt").text == "Caf\xe9 story"


def test_a_folders_readme_is_skipped_unless_named_or_listed_as_an_article(tmp_path: Path):
    from app.ingest.notes import NoteKind

    write(tmp_path, "call.txt", "Biden spoke by phone with Scholz on Monday.")
    write(tmp_path, "README.txt", "How these articles were collected: Biden and Scholz pages, May 2024.")
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "License.txt", "Articles are quoted under the outlets' terms.")
    result = read_paths([tmp_path])
    assert [a.origin for a in result.articles] == ["call.txt"]
    assert sorted((Path(p.path).name, p.kind) for p in result.problems) == [
        ("License.txt", NoteKind.SKIPPED), ("README.txt", NoteKind.SKIPPED)]
    assert "not an article" in result.problems[0].message
    # Named on its own, or listed in the folder's manifest, the file is what the user says it is.
    assert [a.origin for a in read_paths([tmp_path / "README.txt"]).articles] == ["README.txt"]
    write(tmp_path, "manifest.jsonl", json.dumps({"file": "README.txt", "published": "2024-05-07"}) + "\n")
    assert sorted(a.origin for a in read_paths([tmp_path]).articles) == ["README.txt", "call.txt"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2024-02-11", date(2024, 2, 11)), ("2024-02-11T09:30:00Z", date(2024, 2, 11)),
     ("Feb. 11, 2024", date(2024, 2, 11)), ("11 February 2024 10:00 UTC", date(2024, 2, 11)),
     ("February 2024", None), ("soon", None)],
)
def test_manifest_publication_dates_in_common_feed_forms(value: str, expected: date | None):
    from app.ingest.reader import parse_published

    assert parse_published(value) == expected
