"""The server caps glibc's malloc arenas, so its memory does not grow with its threads, and keeps what it built
while starting out of the garbage collector's full collections."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import textwrap

import pytest

from app.memory import limit_malloc_arenas

GLIBC = platform.libc_ver()[0] == "glibc"

# Eight threads allocate at the same time, then glibc reports its heaps (one per arena) as XML.
_COUNT_HEAPS = textwrap.dedent("""
    import ctypes, sys, tempfile, threading
    from app.memory import limit_malloc_arenas
    if sys.argv[1] == "limit":
        assert limit_malloc_arenas()
    barrier = threading.Barrier(8)
    def allocate():
        barrier.wait()
        held = [bytearray(100_000) for _ in range(20)]
        barrier.wait()
    threads = [threading.Thread(target=allocate) for _ in range(8)]
    for thread in threads: thread.start()
    for thread in threads: thread.join()
    libc = ctypes.CDLL(None)
    libc.fopen.restype, libc.fopen.argtypes = ctypes.c_void_p, [ctypes.c_char_p, ctypes.c_char_p]
    libc.malloc_info.argtypes = [ctypes.c_int, ctypes.c_void_p]
    libc.fclose.argtypes = [ctypes.c_void_p]
    with tempfile.NamedTemporaryFile("r", suffix=".xml") as report:
        stream = libc.fopen(report.name.encode(), b"w")
        libc.malloc_info(0, stream)
        libc.fclose(stream)
        print(report.read().count("<heap nr="))
""")


def _heaps(mode: str) -> int:
    env = {key: value for key, value in os.environ.items() if key != "MALLOC_ARENA_MAX"}
    done = subprocess.run([sys.executable, "-c", _COUNT_HEAPS, mode], capture_output=True, text=True, env=env,
                          timeout=60, check=True)
    return int(done.stdout.strip())


@pytest.mark.skipif(not GLIBC, reason="malloc arenas are glibc's")
def test_threads_share_two_arenas_once_the_limit_is_set():
    assert _heaps("free") > 2  # without the cap, threads allocating together get arenas of their own
    assert _heaps("limit") <= 2


def test_the_limit_applies_on_glibc_and_nowhere_else(monkeypatch):
    monkeypatch.delenv("MALLOC_ARENA_MAX", raising=False)
    assert limit_malloc_arenas() is GLIBC


def test_an_operators_own_setting_wins(monkeypatch):
    monkeypatch.setenv("MALLOC_ARENA_MAX", "4")
    assert limit_malloc_arenas() is False


# The app as `hotline serve` builds it, then how many objects a full collection walks, and how long it takes.
_SETTLED = textwrap.dedent("""
    import gc, os, sys, tempfile, time
    os.environ["HOTLINE_DATA_DIR"] = tempfile.mkdtemp()
    from app.main import create_app, serve_app
    app = serve_app() if sys.argv[1] == "serve" else create_app()
    started = time.perf_counter()
    gc.collect()
    print(gc.get_freeze_count(), len(gc.get_objects()), time.perf_counter() - started)
""")


def _collection(mode: str) -> tuple[int, int, float]:
    done = subprocess.run([sys.executable, "-c", _SETTLED, mode], capture_output=True, text=True, timeout=120,
                          check=True)
    frozen, walked, seconds = done.stdout.split()
    return int(frozen), int(walked), float(seconds)


def test_a_full_collection_in_the_server_walks_only_what_came_after_its_start():
    frozen, walked, _ = _collection("serve")
    _, walked_before, _ = _collection("plain")
    assert walked_before > 50_000  # modules, the app, templates, mappings: walked by every full collection
    assert frozen > walked_before / 2 and walked < walked_before / 20


# An extraction worker as an ingest starts it, or a plain process that loads the same directory.
_EXTRACTOR = textwrap.dedent("""
    import gc, sys
    if sys.argv[1] == "worker":
        from app.ingest.workers import _start_worker
        _start_worker(None)
    else:
        from app.ingest.leaders import load_directory
        from app.ingest.topics import load_vocabulary
        load_directory(), load_vocabulary()
    gc.collect()
    print(gc.get_freeze_count(), len(gc.get_objects()))
""")


def test_an_extraction_worker_keeps_its_leader_directory_out_of_full_collections():
    def counts(mode: str) -> tuple[int, int]:
        done = subprocess.run([sys.executable, "-c", _EXTRACTOR, mode], capture_output=True, text=True,
                              timeout=120, check=True)
        frozen, walked = done.stdout.split()
        return int(frozen), int(walked)

    frozen, walked = counts("worker")
    _, walked_before = counts("plain")
    assert walked_before > 20_000  # the directory's people, names and patterns, and the vocabulary
    assert frozen > walked_before / 2 and walked < walked_before / 20
