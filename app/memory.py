"""Keep a threaded server's memory from growing with its number of threads.

glibc gives each thread that allocates its own malloc arena, up to eight per core, and memory freed in one arena
is not reused by another. A server answering 16 connections from a pool of threads ends up holding many half-empty
arenas: at 100,000 calls one worker ended a benchmark at 304 MiB, and at 243 MiB with two arenas, serving as
many requests a second (bench/performance.md). Two arenas still let the two cores allocate without waiting on each
other. It also keeps what a server or an ingest built while starting out of the garbage collector's full collections.
"""

from __future__ import annotations

import ctypes
import gc
import os

M_ARENA_MAX = -8  # glibc's malloc.h
SERVER_ARENAS = 2


def limit_malloc_arenas(arenas: int = SERVER_ARENAS) -> bool:
    """Cap glibc's malloc arenas for threads started from now on; False where that cannot or should not be done.

    A MALLOC_ARENA_MAX the operator set in the environment is theirs and wins. On a C library without glibc's
    `mallopt` (musl, macOS) there is nothing to tune.
    """
    if os.environ.get("MALLOC_ARENA_MAX"):
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes, mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    return mallopt(M_ARENA_MAX, arenas) == 1


def settle_startup_heap() -> int:
    """Put what a process built while starting out of the garbage collector's sight; returns how many objects.

    In the server, modules, the app, its templates and SQLAlchemy's mappings are some 120,000 objects that live as
    long as the process. Each full collection walked all of them again, 75-130 ms, a pause in whichever request
    happened to trigger it (one in every few dozen on a busy page). An ingest's leader directory and topic
    vocabulary are as many again, walked by every full collection while a long article is read. Frozen
    (gc.freeze), they are never walked; what comes after is collected as before. Garbage of the start is
    collected first, so none is frozen with them.
    """
    gc.collect()
    gc.freeze()
    return gc.get_freeze_count()
