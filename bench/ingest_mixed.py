"""Benchmark: ingest 2,000 mixed files (text, saved web pages, JSON lines; 5 % broken), and HTML against text.

    python bench/ingest_mixed.py [--files 2000] [--compare 300] [--repeat 3]

Builds the files in a temporary folder from the bundled seeds and the test corpora, each article made unique by a
closing line so that none is taken for another's copy. Every ingest runs `hotline ingest --json` in a process of
its own on a fresh SQLite database, so that its peak memory is its own; its time is the command's own, without
Python's start. Prints articles per second and peak memory for the mixed folder, then the same `--compare`
articles ingested as .txt files and as .html pages (of `--repeat` runs each, the one with the least processor
time, which other work on the machine changes least), and what reading HTML adds. Everything stays on this
machine.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import SEEDS_DIR  # noqa: E402 - after the path is set
from app.ingest.reader import read_paths  # noqa: E402
from tests.article_pages import news_page  # noqa: E402

CORPORA = [SEEDS_DIR, ROOT / "tests" / "fixtures" / "readouts", ROOT / "tests" / "fixtures" / "wires"]
HOTLINE = str(Path(sys.executable).with_name("hotline"))
# `hotline ingest --json FOLDER`, saying on its last line of stderr how long the command itself took.
CHILD = """
import json, sys, time
from app.cli import cli
wall, cpu = time.perf_counter(), time.process_time()
try:
    cli(["ingest", "--json", sys.argv[1]])
except SystemExit:
    pass
print(json.dumps({"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu}), file=sys.stderr)
"""


@dataclass(frozen=True)
class Run:
    seconds: float  # the command's own time on the clock
    cpu: float  # and in processor time
    peak_mb: float
    report: dict

    @property
    def articles(self) -> int:
        counts = self.report["counts"]
        return counts["added"] + counts["updated"] + counts["unchanged"] + counts["same_text"]


def base_articles() -> list[tuple[str, str]]:
    """(title, paragraphs) of every article in the corpora, as the reader sees them."""
    found = []
    for corpus in CORPORA:
        for article in read_paths([corpus]).articles:
            found.append((article.title or "News", article.text))
    return found


def unique(text: str, number: int) -> str:
    return f"{text}\n\nThis is archive copy {number:05d} of the report."


def as_page(text: str, number: int) -> str:
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    title = paragraphs[0] if len(paragraphs[0].split()) <= 25 else f"Report {number}"
    return news_page(title, paragraphs[1:] if title == paragraphs[0] else paragraphs,
                     canonical=f"https://example.org/report/{number}")


BROKEN = [
    ("empty.txt", b""),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20),
    ("menu.html", b"<html><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav></body></html>"),
    ("broken.json", b'[{"text": "unfinished'),
    ("bad-utf16.txt", b"\xff\xfe\x00\xd8"),
]


def build_mixed(folder: Path, count: int, articles: list[tuple[str, str]]) -> None:
    """`count` files: 5 % broken, 45 % text, 40 % web pages, 10 % JSON lines of four records each."""
    chance = random.Random(9)
    number = 0
    for index in range(count):
        sub = folder / f"batch{index % 20:02d}"
        sub.mkdir(exist_ok=True)
        draw = chance.random()
        if draw < 0.05:
            name, content = BROKEN[index % len(BROKEN)]
            (sub / f"{index:05d}-{name}").write_bytes(content)
            continue
        _, text = articles[index % len(articles)]
        number += 1
        if draw < 0.50:
            (sub / f"{index:05d}.txt").write_text(unique(text, number), encoding="utf-8")
        elif draw < 0.90:
            (sub / f"{index:05d}.html").write_text(as_page(unique(text, number), number), encoding="utf-8")
        else:
            lines = []
            for record in range(4):
                number += 1
                _, text = articles[(index + record) % len(articles)]
                lines.append(json.dumps({"text": unique(text, number), "outlet": "Scraper",
                                         "url": f"https://example.org/scraped/{number}"}))
            (sub / f"{index:05d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def build_pair(text_folder: Path, page_folder: Path, count: int, articles: list[tuple[str, str]]) -> None:
    """The same `count` articles twice: as .txt files, and as web pages around the same words."""
    for number in range(count):
        _, text = articles[number % len(articles)]
        (text_folder / f"{number:05d}.txt").write_text(unique(text, 10_000 + number), encoding="utf-8")
        (page_folder / f"{number:05d}.html").write_text(as_page(unique(text, 10_000 + number), number),
                                                        encoding="utf-8")


def ingest(folder: Path, scratch: Path) -> Run:
    """`hotline ingest --json FOLDER` in a process of its own, on a fresh database: its times and peak memory."""
    database = scratch / f"{folder.name}.db"
    for stale in scratch.glob(f"{folder.name}.db*"):
        stale.unlink()
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}", "PYTHONPATH": str(ROOT)}
    subprocess.run([HOTLINE, "db", "upgrade"], env=env, check=True, capture_output=True, timeout=120)
    with tempfile.TemporaryFile() as output, tempfile.TemporaryFile() as errors:
        process = subprocess.Popen([sys.executable, "-c", CHILD, str(folder)], env=env, stdout=output, stderr=errors)
        _, _, usage = os.wait4(process.pid, 0)
        output.seek(0)
        errors.seek(0)
        report = json.loads(output.read())
        timing = json.loads(errors.read().decode().strip().splitlines()[-1])
    return Run(timing["wall"], timing["cpu"], usage.ru_maxrss / 1024, report)


def reading_only(folder: Path) -> float:
    started = time.process_time()
    read_paths([folder])
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--compare", type=int, default=300,
                        help="articles in the text-against-HTML comparison (0 skips it)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each side of the comparison")
    args = parser.parse_args()
    articles = base_articles()
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        mixed, text, pages = scratch / "mixed", scratch / "text", scratch / "pages"
        for folder in (mixed, text, pages):
            folder.mkdir()
        build_mixed(mixed, args.files, articles)
        build_pair(text, pages, args.compare, articles)

        run = ingest(mixed, scratch)
        counts = run.report["counts"]
        print(f"mixed: {args.files} files -> {run.articles} articles, {counts['failed']} failed inputs named, "
              f"{counts['skipped']} skipped, {counts['calls_written']} calls")
        print(f"       {run.seconds:.1f} s ({run.cpu:.1f} s of processor), "
              f"{run.articles / run.seconds:.1f} articles/s, peak memory {run.peak_mb:.0f} MB")

        if not args.compare:
            return
        # Taken in turn, so that whatever else the machine does weighs on both sides alike.
        runs: dict[Path, list[Run]] = {text: [], pages: []}
        for _ in range(args.repeat):
            for folder in runs:
                runs[folder].append(ingest(folder, scratch))
        as_text, as_pages = (min(runs[folder], key=lambda run: run.cpu) for folder in (text, pages))
        for name, side in ((".txt ", as_text), (".html", as_pages)):
            print(f"same {args.compare} articles as {name}: {side.seconds:5.1f} s ({side.cpu:.1f} s of processor), "
                  f"{side.articles / side.seconds:.1f} articles/s, peak memory {side.peak_mb:.0f} MB")
        print(f"HTML adds {(as_pages.cpu / as_text.cpu - 1) * 100:+.0f} % to the processor time of the ingest "
              f"({(as_pages.seconds / as_text.seconds - 1) * 100:+.0f} % on the clock)")
        read_paths([pages / "00000.html"])  # loads trafilatura, once per process, before it is timed
        read_text, read_pages = reading_only(text), reading_only(pages)
        print(f"reading alone: {read_text / args.compare * 1000:.2f} ms per .txt, "
              f"{read_pages / args.compare * 1000:.2f} ms per .html (processor time)")


if __name__ == "__main__":
    main()
