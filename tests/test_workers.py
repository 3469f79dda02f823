"""Extraction in worker processes: results come back in reading order, and a finished run closes its pool."""

from __future__ import annotations

from app.ingest.types import Article
from app.ingest.workers import ExtractionAhead

_ARTICLES = [Article(origin=f"{n}.txt", text=f"President Joe Biden spoke by phone with Chancellor Olaf Scholz. {n}")
             for n in range(3)]


def test_a_finished_run_extracts_each_article_and_leaves_no_pool_thread_behind():
    ahead = ExtractionAhead(_ARTICLES, jobs=1, topics_file=None, needed=lambda article: True)
    seen, manager = [], None
    for article in ahead:
        manager = manager or ahead._pool._executor_manager_thread  # the thread that feeds the workers
        seen.append((article.origin, [sorted(ref.name for ref in draft.leaders) for draft in ahead(article).drafts]))
    assert seen == [(f"{n}.txt", [["Joe Biden", "Olaf Scholz"]]) for n in range(3)]
    # Left running, the interpreter's exit would close the pool again and may print a traceback to the user.
    assert manager is not None and not manager.is_alive()
