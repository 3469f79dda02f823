"""Ingest under hard conditions, as separate processes: killed at random points, and read from while it writes.

Everything runs on this machine (a SQLite file, a server on 127.0.0.1) and every loop is bounded.
"""

import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from app import SEEDS_DIR

FIXTURES = Path(__file__).parent / "fixtures" / "readouts"
HOTLINE = [str(Path(sys.executable).with_name("hotline"))]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds and part of the readout corpus in one folder: twenty articles, a few seconds of ingest."""
    folder = tmp_path_factory.mktemp("corpus")
    manifest = []
    for source in (SEEDS_DIR, FIXTURES):
        for article in sorted(source.glob("*.txt"))[:15]:
            shutil.copy(article, folder / article.name)
        manifest += (source / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    (folder / "manifest.jsonl").write_text("\n".join(manifest) + "\n", encoding="utf-8")
    return folder


def run(args: list[str], database: Path, **kwargs) -> subprocess.CompletedProcess:  # noqa: ANN003 - Popen options
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}"}
    return subprocess.run([*HOTLINE, *args], env=env, capture_output=True, text=True, timeout=300, **kwargs)


def exported(database: Path) -> list[dict]:
    result = run(["export", "--format", "json"], database)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["calls"]


def test_an_ingest_killed_at_random_points_then_run_again_equals_a_clean_run(corpus: Path, tmp_path: Path):
    clean = tmp_path / "clean.db"
    assert run(["ingest", str(corpus)], clean).returncode in (0, 1)
    expected = exported(clean)
    assert len(expected) > 10

    database = tmp_path / "killed.db"
    assert run(["db", "upgrade"], database).returncode == 0
    chance = random.Random(7)
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}"}
    for _ in range(4):
        process = subprocess.Popen([*HOTLINE, "ingest", str(corpus)], env=env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        time.sleep(chance.uniform(0.3, 2.0))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    assert run(["ingest", str(corpus)], database).returncode in (0, 1)
    assert exported(database) == expected


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_pages_keep_answering_while_an_ingest_writes(corpus: Path, tmp_path: Path):
    database = tmp_path / "served.db"
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}"}
    port = _free_port()
    server = subprocess.Popen([*HOTLINE, "serve", "--no-seed", "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}"
        with httpx.Client(base_url=base, timeout=10) as client:
            for _ in range(600):  # the server starts within a few seconds, within a minute on a loaded machine
                try:
                    client.get("/")
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            ingest = subprocess.Popen([*HOTLINE, "ingest", str(corpus)], env=env, stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL)
            statuses = []
            deadline = time.monotonic() + 60
            while ingest.poll() is None and time.monotonic() < deadline and len(statuses) < 2000:
                for path in ("/", "/api/calls", "/topics", "/leaders"):
                    statuses.append(client.get(path).status_code)
            ingest.wait(timeout=120)
            statuses.append(client.get("/").status_code)
        assert len(statuses) > 4
        assert set(statuses) == {200}
    finally:
        server.terminate()
        server.wait(timeout=10)
