"""Keep a threaded server's memory from growing with its number of threads.

glibc gives each thread that allocates its own malloc arena, up to eight per core, and memory freed in one arena
is not reused by another. A server answering 16 connections from a pool of threads ends up holding many half-empty
arenas: at 100,000 calls one worker ended a benchmark at 304 MiB, and at 243 MiB with two arenas, serving as
many requests a second (bench/performance.md). Two arenas still let the two cores allocate without waiting on each other.
"""

from __future__ import annotations

import ctypes
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
