"""Every bad input is named with its file (or line) and its reason; it never stops, blocks or hides the good ones."""

import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from app.ingest import files
from app.ingest.reader import NoteKind, ReadResult, read_paths
from tests.article_pages import news_page

GOOD = "Biden and Xi spoke by phone about Taiwan\n\nThe two leaders spoke for an hour."


def _fifo(folder: Path) -> None:
    os.mkfifo(folder / "pipe.txt")


def _unreadable(folder: Path) -> None:
    (folder / "locked.txt").write_text(GOOD)
    (folder / "locked.txt").chmod(0)


BAD_FILES: list[tuple[str, Callable[[Path], None], str, str, NoteKind]] = [
    ("empty", lambda f: (f / "empty.txt").write_bytes(b""), "empty.txt", "empty file", NoteKind.FAILED),
    ("whitespace", lambda f: (f / "blank.txt").write_text(" \n\t\n"), "blank.txt", "empty (nothing but white space)",
     NoteKind.FAILED),
    ("binary", lambda f: (f / "photo.txt").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"), "photo.txt",
     "binary file", NoteKind.FAILED),
    ("over-the-limit", lambda f: (f / "huge.txt").write_text("word " * 2000), "huge.txt",
     "larger than the limit of 5 kB (set HOTLINE_MAX_ARTICLE_BYTES to raise it)", NoteKind.FAILED),
    ("broken-link", lambda f: (f / "gone.txt").symlink_to(f / "nowhere.txt"), "gone.txt", "a broken link",
     NoteKind.FAILED),
    ("fifo", _fifo, "pipe.txt", "a named pipe (FIFO), not a file; not opened", NoteKind.FAILED),
    ("proc-mem", lambda f: (f / "mem.txt").symlink_to("/proc/self/mem"), "mem.txt", "cannot be read",
     NoteKind.FAILED),
    ("folder-link", lambda f: (f / "loop").symlink_to(f), "loop", "a link to a folder; not followed",
     NoteKind.SKIPPED),
    ("page-without-article", lambda f: (f / "index.html").write_text("<html><body><nav><a href='/'>Home</a>"
                                                                      "</nav></body></html>"),
     "index.html", "no article text found in the page", NoteKind.FAILED),
    ("only-noise", lambda f: (f / "ad.txt").write_text("Advertisement\n\nShare this article\n"), "ad.txt",
     "no article text once captions, links and notices are removed", NoteKind.FAILED),
    ("unknown-suffix", lambda f: (f / "notes.docx").write_bytes(b"PK\x03\x04"), "notes.docx",
     "not an article: Hotline reads .txt, .html, .htm, .json and .jsonl files, not .docx", NoteKind.SKIPPED),
    ("gold-file", lambda f: (f / "gold.json").write_text('{"events": []}'), "gold.json",
     'no record has a "text" or "html" field: not articles', NoteKind.SKIPPED),
    ("broken-json", lambda f: (f / "batch.json").write_text('[{"text": "x"'), "batch.json", "not valid JSON",
     NoteKind.FAILED),
    ("deep-json", lambda f: (f / "deep.json").write_text("[" * 2_000 + "]" * 2_000), "deep.json",
     "not usable JSON", NoteKind.FAILED),
    ("manifest-missing-file", lambda f: (f / "manifest.jsonl").write_text('{"file": "a99.txt"}\n'),
     "manifest.jsonl:1", "no file a99.txt in this folder", NoteKind.FAILED),
    ("manifest-duplicate", lambda f: (f / "manifest.jsonl").write_text('{"file": "good.txt"}\n{"file": "good.txt"}\n'),
     "manifest.jsonl:2", "a second line for good.txt (the first is line 1)", NoteKind.FAILED),
    ("manifest-huge-number", lambda f: (f / "manifest.jsonl").write_text('{"file": "good.txt", "n": ' + "7" * 4301
                                                                         + "}\n"),
     "manifest.jsonl:1", "not usable JSON", NoteKind.FAILED),
    ("manifest-a-fifo", lambda f: os.mkfifo(f / "manifest.jsonl"), "manifest.jsonl", "named pipe", NoteKind.FAILED),
]


def read_with_a_bound(paths: list[Path], limit: int = 5_000) -> ReadResult:
    """Read in a thread, so that a reader that blocked (on a pipe, say) fails the test instead of hanging it."""
    results: list[ReadResult] = []
    thread = threading.Thread(target=lambda: results.append(read_paths(paths, limit=limit)), daemon=True)
    thread.start()
    thread.join(30)
    assert results, "the reader did not finish within 30 s"
    return results[0]


@pytest.mark.parametrize(("make", "name", "reason", "kind"), [row[1:] for row in BAD_FILES],
                         ids=[row[0] for row in BAD_FILES])
def test_a_bad_file_is_named_with_its_reason_and_the_good_one_is_still_read(
        tmp_path: Path, make: Callable[[Path], None], name: str, reason: str, kind: NoteKind):
    (tmp_path / "good.txt").write_text(GOOD)
    make(tmp_path)
    result = read_with_a_bound([tmp_path])
    assert [a.origin for a in result.articles] == ["good.txt"]
    named = [p for p in result.problems if p.path == str(tmp_path / name)]
    assert named, result.problems
    assert reason in named[0].message and named[0].kind is kind


def test_a_file_without_read_permission_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    (tmp_path / "good.txt").write_text(GOOD)
    (tmp_path / "locked.txt").write_text(GOOD)
    real_open = os.open

    def refuse(path: object, *args: object) -> int:  # root may read anything: refuse as the kernel would a user
        if str(path).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args)

    monkeypatch.setattr(files.os, "open", refuse)
    result = read_paths([tmp_path])
    assert [a.origin for a in result.articles] == ["good.txt"]
    assert [(p.path, p.message) for p in result.problems] == [
        (str(tmp_path / "locked.txt"), "cannot be read: Permission denied; skipped")]


def test_a_fifo_given_by_name_is_named_and_never_opened(tmp_path: Path):
    os.mkfifo(tmp_path / "pipe.txt")
    result = read_with_a_bound([tmp_path / "pipe.txt", tmp_path / "dangling"])
    assert [(Path(p.path).name, p.message) for p in result.problems] == [
        ("pipe.txt", "a named pipe (FIFO), not a file; not opened"), ("dangling", "no such file or folder")]


@pytest.mark.parametrize(
    ("contents", "message"),
    [({}, "nothing in this folder could be read as an article"),
     ({"README.md": "about", "gold.json": '{"events": []}'}, "nothing in this folder could be read as an article"),
     ({"empty.txt": ""}, "nothing in this folder could be read as an article")],
    ids=["empty-folder", "only-skipped-files", "only-broken-files"],
)
def test_a_folder_with_nothing_readable_is_named(tmp_path: Path, contents: dict[str, str], message: str):
    for name, text in contents.items():
        (tmp_path / name).write_text(text)
    result = read_paths([tmp_path])
    assert result.articles == []
    folder_notes = [p for p in result.problems if p.path == str(tmp_path)]
    assert [(p.kind, message in p.message) for p in folder_notes] == [(NoteKind.FAILED, True)]


def test_a_json_lines_line_over_the_limit_is_named_and_the_next_read(tmp_path: Path):
    long_line = '{"text": "' + "x " * 4000 + '"}'
    (tmp_path / "big.jsonl").write_text(long_line + '\n{"text": "Macron calls Biden today\\n\\nBody."}\n')
    result = read_paths([tmp_path], limit=5_000)
    assert [a.origin for a in result.articles] == ["big.jsonl:2"]
    assert [(Path(p.path).name, "larger than the limit" in p.message) for p in result.problems] == [
        ("big.jsonl:1", True)]


def test_a_page_over_the_limit_is_not_parsed(tmp_path: Path):
    (tmp_path / "page.html").write_text(news_page(body=["A long paragraph of words. " * 400]))
    result = read_paths([tmp_path], limit=5_000)
    assert result.articles == [] and "larger than the limit of 5 kB" in result.problems[0].message


def test_the_size_limit_comes_from_hotline_max_article_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from app.settings import get_settings

    (tmp_path / "a.txt").write_text(GOOD)
    monkeypatch.setenv("HOTLINE_MAX_ARTICLE_BYTES", "20")
    get_settings.cache_clear()
    try:
        result = read_paths([tmp_path])
    finally:
        get_settings.cache_clear()
    assert result.articles == []
    assert "larger than the limit of 20 bytes (set HOTLINE_MAX_ARTICLE_BYTES to raise it)" in result.problems[0].message


def test_a_manifest_given_by_name_is_a_skipped_note(tmp_path: Path):
    (tmp_path / "manifest.jsonl").write_text('{"file": "a.txt"}\n')
    result = read_paths([tmp_path / "manifest.jsonl"])
    assert [(p.kind, p.message.split(":")[0]) for p in result.problems] == [(NoteKind.SKIPPED, "a manifest")]
