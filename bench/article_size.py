"""Benchmark: extraction time against article size, to show it stays linear (a 1 MB article in under 2 s).

    python bench/article_size.py [--sizes 250000 500000 1000000 2000000]

The articles are the bundled seed articles repeated to the size asked for, so the text reads like news
throughout and every part of the pipeline has work to do. Times are the process's CPU seconds, which other work
on a shared machine does not inflate, with wall seconds beside them.
"""

import argparse
import time

from app import SEEDS_DIR
from app.ingest.extract import extract_calls
from app.ingest.leaders import load_directory
from app.ingest.reader import parse_article
from app.ingest.topics import load_vocabulary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[250_000, 500_000, 1_000_000, 2_000_000])
    args = parser.parse_args()
    directory, vocabulary = load_directory(), load_vocabulary()
    body = "\n\n".join(path.read_text(encoding="utf-8") for path in sorted(SEEDS_DIR.glob("*.txt")))
    print(f"{'bytes':>10} {'CPU s':>8} {'s per MB':>9} {'wall s':>8} {'calls':>6}")
    for size in args.sizes:
        text = (body * (size // len(body) + 1))[:size]
        article = parse_article("bench.txt", text)
        cpu, wall = time.process_time(), time.perf_counter()
        drafts = extract_calls(article, directory=directory, vocabulary=vocabulary)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        print(f"{size:>10} {cpu:>8.2f} {cpu / size * 1_000_000:>9.2f} {wall:>8.2f} {len(drafts):>6}", flush=True)


if __name__ == "__main__":
    main()
