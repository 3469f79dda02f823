"""Extraction in worker processes, ahead of the one writer: the pure, CPU-bound step runs on every core."""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from app.ingest.types import Article, Extraction

_worker_extract: Callable[[Article], Extraction] | None = None


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def _start_worker(topics_file: Path | None, parent: int | None = None) -> None:
    # Each worker loads the leaders and the topic vocabulary once, then extracts article after article.
    global _worker_extract
    if parent is not None:
        threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()
    from functools import partial

    from app.ingest.extract import extract_article
    from app.ingest.leaders import load_directory
    from app.ingest.topics import load_vocabulary

    from app.memory import settle_startup_heap

    _worker_extract = partial(extract_article, directory=load_directory(),
                              vocabulary=load_vocabulary(extra=topics_file))
    settle_startup_heap()


def _exit_with(parent: int) -> None:
    """End this worker once the ingest that started it is gone, even when it was killed outright."""
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(0)


def _extract_in_worker(article: Article) -> Extraction:
    assert _worker_extract is not None, "the worker was started without its extractor"
    return _worker_extract(article)


class ExtractionAhead:
    """Extracts the articles a reader yields in worker processes, a few ahead of the writer that stores them.

    Iterate over it to get the articles in reading order; call it with an article to get that article's
    extraction (waiting for it if needed). `needed` says whether an article must be extracted at all, so an
    unchanged article costs the workers nothing.
    """

    def __init__(self, articles: Iterable[Article], *, jobs: int, topics_file: Path | None,
                 needed: Callable[[Article], bool]) -> None:
        self._articles = iter(articles)
        self._needed = needed
        self._jobs = jobs
        self._topics_file = topics_file
        self._pool: ProcessPoolExecutor | None = None
        self._ahead = max(2, jobs * 4)
        # Keyed by the article itself (a frozen value): an equal article gets the same extraction, and no
        # object id can be reused for another article while its extraction waits here.
        self._futures: dict[Article, Future[Extraction]] = {}

    def _start_pool(self) -> ProcessPoolExecutor:
        # Spawned, not forked: a forked worker would hold the ingest lock's file open, so an ingest killed with
        # its workers still waiting would keep every later ingest waiting too.
        return ProcessPoolExecutor(max_workers=self._jobs, initializer=_start_worker,
                                   initargs=(self._topics_file, os.getpid()),
                                   mp_context=multiprocessing.get_context("spawn"))

    def __iter__(self) -> Iterator[Article]:
        window: deque[Article] = deque()
        waiting: list[Article] = []  # needed, and not given to a worker yet
        finished = False
        try:
            for article in self._articles:
                window.append(article)
                if self._needed(article):
                    waiting.append(article)
                # A worker loads the leaders and the vocabulary afresh, which costs more than extracting one
                # article: the pool starts only once a second article needs extraction.
                if self._pool is None and len(waiting) > 1:
                    self._pool = self._start_pool()
                if self._pool is not None:
                    for queued in waiting:
                        self._futures[queued] = self._pool.submit(_extract_in_worker, queued)
                    waiting.clear()
                while len(window) > self._ahead:
                    yield self._passed_on(window.popleft(), waiting)
            while window:
                yield self._passed_on(window.popleft(), waiting)
            finished = True
        finally:
            # A finished run has nothing left to wait for, so its pool is closed at once. A pool left closing would be
            # closed again at the interpreter's exit, which can fail on its shut pipe and print a traceback.
            if self._pool is not None:
                self._pool.shutdown(wait=finished, cancel_futures=True)

    @staticmethod
    def _passed_on(article: Article, waiting: list[Article]) -> Article:
        """The article, no longer waiting for a pool: the writer extracts it itself when it gets there."""
        if article in waiting:
            waiting.remove(article)
        return article

    def __call__(self, article: Article) -> Extraction:
        future = self._futures.pop(article, None)
        if future is None:  # a lone article, or the writer found more to do than was foreseen: extract it here
            _start_worker_if_needed()
            return _extract_in_worker(article)
        return future.result()


def _start_worker_if_needed() -> None:
    if _worker_extract is None:
        from app.settings import get_settings

        _start_worker(get_settings().topics_file)
