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


def test_a_lone_article_is_extracted_here_without_starting_workers():
    # A worker loads the leaders and the vocabulary afresh: for one article that doubles the ingest's cost.
    ahead = ExtractionAhead(_ARTICLES[:1] + [Article(origin="kept.txt", text="Unchanged.")], jobs=2, topics_file=None,
                            needed=lambda article: article.origin != "kept.txt")
    drafts = {article.origin: ahead(article).drafts for article in ahead if article.origin != "kept.txt"}
    assert ahead._pool is None
    assert [sorted(ref.name for ref in draft.leaders) for draft in drafts["0.txt"]] == [["Joe Biden", "Olaf Scholz"]]


def test_an_article_passed_on_before_the_workers_start_is_not_extracted_twice():
    unchanged = [Article(origin=f"kept{n}.txt", text=f"Unchanged {n}.") for n in range(6)]
    articles = _ARTICLES[:1] + unchanged + _ARTICLES[1:]
    ahead = ExtractionAhead(articles, jobs=1, topics_file=None, needed=lambda article: "kept" not in article.origin)
    extracted = [article.origin for article in ahead if "kept" not in article.origin and ahead(article).drafts]
    assert extracted == ["0.txt", "1.txt", "2.txt"]
    assert ahead._pool is not None and ahead._futures == {}  # nothing was handed to a worker that no one collected
