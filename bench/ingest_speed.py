"""Benchmark: how fast the pieces of ingest run, on the bundled seeds or any folder given.

    python bench/ingest_speed.py [FOLDER] [--repeat N]
"""

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from sqlmodel import Session

from app import SEEDS_DIR
from app.db import make_engine, upgrade
from app.ingest.dates import find_date_mentions
from app.ingest.extract import extract_calls
from app.ingest.leaders import load_directory
from app.ingest.pipeline import ingest_paths
from app.ingest.reader import read_paths
from app.ingest.topics import load_vocabulary


def timed(function, repeat: int) -> float:  # noqa: ANN001 - any callable
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", type=Path, default=SEEDS_DIR)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    articles = read_paths([args.folder]).articles
    words = sum(len(a.text.split()) for a in articles)
    directory, vocabulary = load_directory(), load_vocabulary()
    text = "\n".join(a.text for a in articles)
    print(f"{len(articles)} articles, {words} words from {args.folder}")
    print(f"date mentions     {timed(lambda: find_date_mentions(text), args.repeat) * 1000:8.1f} ms")
    print(f"leader mentions   {timed(lambda: directory.find_mentions(text, on=None), args.repeat) * 1000:8.1f} ms")
    print(f"topic hits        {timed(lambda: vocabulary.find(text), args.repeat) * 1000:8.1f} ms")
    print(f"extraction        {timed(lambda: [extract_calls(a) for a in articles], args.repeat) * 1000:8.1f} ms")

    def full_ingest() -> None:
        with tempfile.TemporaryDirectory() as scratch:
            engine = make_engine(f"sqlite:///{scratch}/bench.db")
            upgrade(engine)
            with Session(engine) as session:
                ingest_paths(session, [args.folder])
            engine.dispose()

    print(f"ingest to SQLite  {timed(full_ingest, args.repeat) * 1000:8.1f} ms (fresh database, migrations included)")


if __name__ == "__main__":
    main()
