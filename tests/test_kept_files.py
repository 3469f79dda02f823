"""Answers too large for memory (the file exports) kept on disk per data version, and sent again from there."""

from __future__ import annotations

import gzip
import os
import tempfile
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from starlette.types import Receive, Scope, Send

from app.main import create_app
from app.web.caching import ViewCache
from app.web.head import HeadAsGet
from app.web.kept_files import KeptFiles, Spill

CHUNK = 4000
PLAIN = {"Accept-Encoding": "identity"}


class Export:
    """A streamed CSV answer of three chunks of incompressible bytes, counting how often it was made."""

    def __init__(self) -> None:
        self.made = 0
        self.fail_after_first = False
        self.body_by_path: dict[str, bytes] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        self.made += 1
        body = self.body_by_path.setdefault(scope["path"], os.urandom(3 * CHUNK))
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"text/csv; charset=utf-8")]})
        for start in range(0, len(body), CHUNK):
            if self.fail_after_first and start:
                raise RuntimeError("the database went away")
            last = start + CHUNK >= len(body)
            await send({"type": "http.response.body", "body": body[start:start + CHUNK], "more_body": not last})


@pytest.fixture
def served(tmp_path: Path) -> tuple[Export, list[int], KeptFiles, TestClient]:
    export, version = Export(), [1]
    files = KeptFiles(max_bytes=50_000, folder=tmp_path)
    cache = ViewCache(export, data_version=lambda: version[0], build="test", max_bytes=1 << 20, files=files,
                      max_entry=CHUNK)
    return export, version, files, TestClient(HeadAsGet(cache), headers=PLAIN)


def kept_on_disk(files: KeptFiles) -> list[Path]:
    return sorted(files.folder().iterdir())


def test_a_large_answer_is_made_once_and_then_sent_from_its_file(served) -> None:  # noqa: ANN001
    export, _, files, client = served
    first = client.get("/calls.csv")
    assert first.status_code == 200 and export.made == 1 and "content-length" not in first.headers  # streamed
    assert [path.stat().st_size for path in kept_on_disk(files)] == [3 * CHUNK]
    again = client.get("/calls.csv")
    assert export.made == 1 and again.content == first.content == export.body_by_path["/calls.csv"]
    assert again.headers["content-length"] == str(3 * CHUNK) and again.headers["etag"] == first.headers["etag"]
    assert client.get("/calls.csv", headers={"If-None-Match": first.headers["etag"]}).status_code == 304


def test_a_compressed_answer_is_kept_apart_from_a_plain_one(served) -> None:  # noqa: ANN001
    export, _, files, client = served
    with client.stream("GET", "/calls.csv", headers={"Accept-Encoding": "gzip"}) as response:
        raw = b"".join(response.iter_raw())
    with client.stream("GET", "/calls.csv", headers={"Accept-Encoding": "gzip"}) as response:
        raw_again = b"".join(response.iter_raw())
        assert response.headers["content-encoding"] == "gzip"
    plain = client.get("/calls.csv", headers={"Accept-Encoding": "identity"})
    assert export.made == 2 and len(kept_on_disk(files)) == 2
    assert raw_again == raw and gzip.decompress(raw) == plain.content == export.body_by_path["/calls.csv"]


def test_a_write_makes_the_answer_again_and_deletes_the_old_file(served) -> None:  # noqa: ANN001
    export, version, files, client = served
    client.get("/calls.csv")
    old = kept_on_disk(files)
    version[0] = 2
    export.body_by_path.clear()  # the data changed: so does the export
    changed = client.get("/calls.csv")
    assert export.made == 2 and changed.content == export.body_by_path["/calls.csv"]
    assert not old[0].exists() and len(kept_on_disk(files)) == 1


def test_an_answer_not_sent_whole_leaves_no_file(served) -> None:  # noqa: ANN001
    export, _, files, client = served
    head = client.head("/calls.csv")  # the body is stopped after its first chunk
    assert head.status_code == 200 and head.content == b""
    export.fail_after_first = True
    with pytest.raises(RuntimeError):
        client.get("/calls.json")
    assert kept_on_disk(files) == []
    export.fail_after_first = False
    assert client.get("/calls.csv").content == export.body_by_path["/calls.csv"] and export.made == 3


def test_the_least_recently_sent_go_beyond_the_budget(served) -> None:  # noqa: ANN001
    export, _, files, client = served
    for path in ("/calls.csv", "/calls.json", "/calls.ics", "/calls.csv"):
        client.get(path)
    files.max_bytes = 3 * 3 * CHUNK
    client.get("/calls.csv?after=x")  # a fourth answer: /calls.json, the least recently sent, goes
    assert export.made == 4
    client.get("/calls.csv"), client.get("/calls.ics")
    assert export.made == 4
    client.get("/calls.json")
    assert export.made == 5 and len(kept_on_disk(files)) == 3


def test_an_answer_larger_than_the_budget_is_sent_but_not_kept(tmp_path: Path) -> None:
    export = Export()
    files = KeptFiles(max_bytes=CHUNK, folder=tmp_path)
    client = TestClient(ViewCache(export, data_version=lambda: 1, build="t", max_bytes=0, files=files,
                                  max_entry=CHUNK), headers=PLAIN)
    assert client.get("/calls.csv").content == client.get("/calls.csv").content
    assert export.made == 2 and list(tmp_path.iterdir()) == []


def test_the_folder_goes_with_the_files(tmp_path: Path) -> None:
    files = KeptFiles(max_bytes=1 << 20)
    client = TestClient(ViewCache(Export(), data_version=lambda: 1, build="t", max_bytes=0, files=files,
                                  max_entry=CHUNK))
    client.get("/calls.csv")
    folder = files.folder()
    assert len(list(folder.iterdir())) == 1
    files.close()
    assert not folder.exists()


def test_a_server_removes_its_folder_when_it_stops(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    app = create_app()
    with TestClient(app):
        folder = app.kept_files.folder()
        assert folder.parent == tmp_path and folder.name.startswith(f"hotline-answers-{os.getpid()}-")
    assert not folder.exists()


def test_the_folders_of_killed_servers_are_removed_by_the_next(tmp_path: Path) -> None:
    gone = tmp_path / "hotline-answers-999999999-abc"  # beyond any process id
    living = tmp_path / f"hotline-answers-{os.getppid()}-def"
    for folder in (gone, living):
        folder.mkdir()
        (folder / "x.body").write_bytes(b"kept")
    unrelated = tmp_path / "hotline-answers-notes"
    unrelated.mkdir()
    files = KeptFiles(max_bytes=1, parent=tmp_path)
    mine = files.folder()
    assert not gone.exists() and living.exists() and unrelated.exists() and mine.exists()


def test_a_disk_that_fails_while_writing_costs_the_copy_not_the_answer(served, monkeypatch) -> None:  # noqa: ANN001
    export, _, files, client = served

    def full(spill, chunk: bytes) -> None:  # noqa: ANN001
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Spill, "write", full)
    assert client.get("/calls.csv").content == export.body_by_path["/calls.csv"]
    assert kept_on_disk(files) == []
    monkeypatch.undo()
    client.get("/calls.csv"), client.get("/calls.csv")
    assert export.made == 2 and len(kept_on_disk(files)) == 1
