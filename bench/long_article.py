"""Benchmark: ingest and sentence-splitting time on very long inputs of several shapes, to show they grow linearly.

    python bench/long_article.py [--sizes 0.25 0.5 1 2] [--shapes prose one-line ...] [--budget SECONDS]
                                 [--ingest one-line ...] [--published YYYY-MM-DD] [--ingest-only | --split-only]

First, for each `--ingest` shape and size, the text is written as a `.txt` file and ingested as
`hotline ingest FILE` would (reading, extraction, storing) into a fresh SQLite database: a 2 MB file that is one
line of prose must ingest in under 5 s. With `--published`, a manifest beside the file gives that publication date,
so the dates in the text resolve to days, as they do for most real articles. Then sentence splitting alone is timed for every shape. Each shape is built to a target size in megabytes; a shape whose time at one size
passes the budget is not tried at larger sizes (a quadratic splitter would otherwise run for hours). Times are the
process's CPU seconds, which other work on a shared machine does not inflate; the ingest also shows wall seconds.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from app.ingest.sentences import split_sentences

MB = 1_000_000

# Each sentence raises a different question: abbreviations, initials, clock times, quotations, day numbers.
_PROSE = ("President Joe Biden spoke by phone with Prime Minister Benjamin Netanyahu of Israel on March 15. "
          "The two leaders discussed the U.S. proposal for a pause in the fighting, a White House official said. "
          "Mr. Netanyahu said Israel would consider it, according to a readout released at 9 a.m. Washington "
          "time. “We will stay in close touch. Our teams meet again soon,” the U.S. President told reporters. "
          "Aides from the U.N. and the E.U. will meet in Cairo on Feb. 15 (at the request of Egypt’s Gen. "
          "Abdel Fattah el-Sisi). Lt. Gen. H. R. McMaster, a former adviser, called it “a first step.” No date "
          "was set for the next call, the officials said!")


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def prose(size: int) -> str:
    """Normal news prose in paragraphs of four sentences."""
    return _repeat(_PROSE + "\n\n", size)


def one_line(size: int) -> str:
    """The same prose with every paragraph break lost, as some scrapers deliver it."""
    return _repeat(_PROSE + " ", size)


def no_breaks(size: int) -> str:
    """One line of words with no sentence end anywhere: nothing for a splitter to cut at."""
    words = itertools.cycle("leaders spoke about the ceasefire and hostages and aid and the border".split())
    parts, total = [], 0
    while total < size:
        word = next(words)
        parts.append(word)
        total += len(word) + 1
    return " ".join(parts)[:size]


def initials(size: int) -> str:
    """One line of "a. b. c.": every full stop could be an abbreviation or a sentence end."""
    return _repeat("a. b. c. ", size)


def numbered(size: int) -> str:
    """One line of "1. 2. 3.": numbered-list markers with nothing between them."""
    return _repeat("1. 2. 3. ", size)


def run_together(size: int) -> str:
    """Scraped prose whose sentences lost the space after their full stop."""
    return _repeat(_PROSE.replace(". ", "."), size)


def corpus_line(size: int) -> str:
    """The project's own articles (seeds and both fixture corpora) run together into one line: real news and readout
    prose, with its names, dates and calls as varied as they come, as a scraper that lost every break delivers it."""
    root = Path(__file__).resolve().parent.parent
    paths = sorted([*root.glob("seeds/*.txt"), *root.glob("tests/fixtures/wires/*.txt"),
                    *root.glob("tests/fixtures/readouts/*.txt")])
    unit = " ".join(" ".join(path.read_text(encoding="utf-8").split()) for path in paths)
    return _repeat(unit + " ", size)


def no_spaces(size: int) -> str:
    """One unbroken token, as a pasted data blob or a long URL would be."""
    return _repeat("abcdefghij", size)


SHAPES: dict[str, Callable[[int], str]] = {f.__name__.replace("_", "-"): f for f in
                                           (prose, one_line, corpus_line, no_breaks, initials, numbered,
                                            run_together, no_spaces)}


def ingest_file(text: str, published: str | None = None) -> tuple[float, float, int]:
    """(CPU seconds, wall seconds, sentences stored) to ingest `text` as one .txt file into a fresh database."""
    with tempfile.TemporaryDirectory(prefix="hotline-long-") as folder:
        os.environ["DATABASE_URL"] = f"sqlite:///{folder}/bench.db"
        from sqlmodel import Session, select

        from app.db import get_engine, upgrade
        from app.ingest.pipeline import ingest_paths
        from app.models import SourceSentences
        from app.settings import get_settings

        get_settings.cache_clear()
        get_engine.cache_clear()
        engine = get_engine()
        upgrade(engine)
        articles = Path(folder) / "articles"
        articles.mkdir()
        (articles / "long.txt").write_text(text, encoding="utf-8")
        if published:
            (articles / "manifest.jsonl").write_text(json.dumps({"file": "long.txt", "published": published}) + "\n")
        with Session(engine) as session:
            cpu, wall = time.process_time(), time.perf_counter()
            outcome = ingest_paths(session, [articles])
            cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
            if outcome.report.failed:
                raise SystemExit(f"the article was not stored: {outcome.report.failed}")
            stored = sum(len(row.spans) // 2 for row in session.exec(select(SourceSentences)).all())
        engine.dispose()
    return cpu, wall, stored


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.25, 0.5, 1, 2], help="megabytes")
    parser.add_argument("--shapes", nargs="+", choices=sorted(SHAPES), help="shapes to split (default: all)")
    parser.add_argument("--ingest", nargs="*", choices=sorted(SHAPES), default=["one-line"],
                        help="shapes to ingest whole (default: one-line)")
    parser.add_argument("--published", metavar="YYYY-MM-DD", help="publication date the ingested file is given")
    parser.add_argument("--split-only", action="store_true", help="only time splitting")
    parser.add_argument("--ingest-only", action="store_true", help="only time ingesting")
    parser.add_argument("--budget", type=float, default=30.0, help="seconds; larger sizes are skipped past it")
    args = parser.parse_args()

    if not args.split_only and args.ingest:
        print(f"{'ingest of a .txt':<16}{'MB':>6}{'CPU s':>8}{'wall s':>8}{'sentences':>11}")
        for name in args.ingest:
            for size in args.sizes:
                cpu, wall, stored = ingest_file(SHAPES[name](int(size * MB)), args.published)
                print(f"{name:<16}{size:>6g}{cpu:>8.2f}{wall:>8.2f}{stored:>11}", flush=True)
                if cpu > args.budget:
                    break
        print()
        if args.ingest_only:
            return
    args.shapes = args.shapes or list(SHAPES)
    print(f"{'shape':<14}" + "".join(f"{size:>9g} MB" for size in args.sizes) + "   sentences at largest")
    for name in args.shapes:
        cells, count, over = [], 0, False
        for size in args.sizes:
            if over:
                cells.append(f"{'skipped':>12}")
                continue
            text = SHAPES[name](int(size * MB))
            started = time.process_time()
            count = len(split_sentences(text))
            took = time.process_time() - started
            cells.append(f"{took:>10.2f} s")
            over = took > args.budget
        print(f"{name:<14}" + "".join(cells) + f"   {count}")


if __name__ == "__main__":
    main()
