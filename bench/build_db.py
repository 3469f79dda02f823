"""Build a benchmark database of a given number of calls by real ingest, in resumable batches.

    python bench/build_db.py --calls 100000 [--db FILE | --url DATABASE_URL] [--jobs N] [--work DIR]
                             [--seed 1] [--batch-items 2000] [--max-minutes M] [--increment 100]
    python bench/build_db.py --compare-jobs 2000        # ingest speed alone: 1 worker, then all cores

Articles come from bench/generate.py, a batch at a time (each batch its own folder of articles and manifest),
and each batch goes through `hotline ingest` exactly as a user would run it, with DATABASE_URL set, until the
database holds the requested number of calls. For every batch it prints the articles ingested, the seconds
taken, articles/s, the calls now in the database and the ingest process's peak memory (RSS, sampled, and the
kernel's own maximum from getrusage).

Resumable: a batch folder already written is not written again, and a batch already ingested into this
database (recorded in WORK/state-*.json) is skipped; stop it at any point and run the same command again.
`--jobs N` is passed to `hotline ingest --jobs N` when this version of hotline has that option (checked with
`hotline ingest --help`), otherwise ingest runs in one process; without --jobs, hotline's own default applies.
Every figure line says which it was.

With `--increment N` (default 100), once the database is built it also times adding N new articles to it (for
SQLite on a copy of the file, so the database itself is unchanged; for PostgreSQL into the database, with
articles never ingested before). Without `--db`/`--url` the database is WORK/hotline-<calls>.db (SQLite).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from generate import World, write_corpus  # noqa: E402 - after the path is set
from page_latency import code_version, hotline_command, hotline_env, loadavg  # noqa: E402

INCREMENT_FIRST_ITEM = 50_000_000  # items for the increment test start here, far from any build batch


def ingest_supports_jobs(source: Path | None) -> bool:
    found = subprocess.run([*hotline_command(), "ingest", "--help"], check=False, capture_output=True, text=True,
                           timeout=120, cwd=source or ROOT, env=hotline_env(source, COLUMNS="200"))
    return "--jobs" in found.stdout


def rss_tree_kb(pid: int) -> tuple[int, int]:
    """(sum over the process and its descendants, the largest single one) of resident memory, in kB."""
    try:
        import psutil
    except ImportError:
        psutil = None
    if psutil is not None:
        try:
            parent = psutil.Process(pid)
            sizes = [parent.memory_info().rss]
            for child in parent.children(recursive=True):
                try:
                    sizes.append(child.memory_info().rss)
                except psutil.Error:
                    pass
            return sum(sizes) // 1024, max(sizes) // 1024
        except psutil.Error:
            return 0, 0
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                value = int(line.split()[1])
                return value, value
    except OSError:
        pass
    return 0, 0


@dataclass
class Run:
    seconds: float
    peak_tree_kb: int
    peak_one_kb: int
    output: str
    returncode: int


def run_ingest(folder: Path, url: str, jobs: int | None, *, timeout: float, source: Path | None = None) -> Run:
    """`hotline ingest FOLDER`, timed, its memory sampled every 0.2 s; bounded by `timeout` seconds."""
    command = [*hotline_command(), "ingest"]
    if jobs:
        command += ["--jobs", str(jobs)]
    command.append(str(folder))
    env = hotline_env(source, DATABASE_URL=url)
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=source or ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               text=True)
    peaks = [0, 0]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.2):
            tree, one = rss_tree_kb(process.pid)
            peaks[0], peaks[1] = max(peaks[0], tree), max(peaks[1], one)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        output, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        output, _ = process.communicate()
        output += f"\n(stopped after {timeout:.0f} s)"
    done.set()
    sampler.join()
    elapsed = time.perf_counter() - started
    own_max = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # kB on Linux: the largest child so far
    return Run(elapsed, peaks[0] or own_max, peaks[1] or own_max, output, process.returncode)


def database_url(args: argparse.Namespace) -> str:
    if args.db:
        return f"sqlite:///{Path(args.db).resolve()}"
    if args.url:
        return args.url
    if os.environ.get("DATABASE_URL") and not args.ignore_env:
        return os.environ["DATABASE_URL"]
    return f"sqlite:///{(args.work / f'hotline-{args.calls}.db').resolve()}"


def upgrade(url: str, source: Path | None) -> None:
    """`hotline db upgrade`: the schema of the code that will ingest (another --source may know other revisions)."""
    done = subprocess.run([*hotline_command(), "db", "upgrade"], check=False, capture_output=True, text=True,
                          timeout=3600, cwd=source or ROOT, env=hotline_env(source, DATABASE_URL=url))
    if done.returncode != 0:
        sys.exit(f"hotline db upgrade failed on {url.split('@')[-1]}:\n{done.stdout}{done.stderr}")


def count_calls(url: str) -> int:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return int(connection.execute(text('SELECT count(*) FROM "call"')).scalar_one())
    finally:
        engine.dispose()


def state_path(work: Path, url: str) -> Path:
    key = re.sub(r"[^A-Za-z0-9]+", "-", url.split("@")[-1]).strip("-")[-80:]
    return work / f"state-{key}.json"


def batch_folder(work: Path, seed: int, index: int, items: int, world: World | None) -> tuple[Path, int, World | None]:
    """The folder of batch `index`, written unless it already is; returns it, its article count, the world."""
    folder = work / f"corpus-seed{seed}-items{items}" / f"batch-{index:05d}"
    marker = folder / ".complete"
    if marker.exists():
        return folder, int(marker.read_text().split()[0]), world
    if folder.exists():
        shutil.rmtree(folder)  # half written: write it again
    world = world or World()
    corpus = write_corpus(folder, seed=seed, first_item=index * items, items=items, world=world)
    marker.write_text(f"{corpus.articles} articles {corpus.events} calls {corpus.negatives} negatives\n")
    return folder, corpus.articles, world


def describe_workers(jobs: int | None, supported: bool) -> str:
    """What the ingest processes are, in words: the figures mean nothing without it."""
    if not supported:
        return "1 process: this hotline has no --jobs"
    if jobs:
        return f"--jobs {jobs}"
    return f"hotline's default --jobs (this machine has {os.cpu_count()} cores)"


def mb(kb: int) -> str:
    return f"{kb / 1024:.0f} MB"


def build(args: argparse.Namespace) -> None:
    url = database_url(args)
    args.work.mkdir(parents=True, exist_ok=True)
    jobs = args.jobs
    supported = ingest_supports_jobs(args.source)
    if jobs and not supported:
        print(f"note: this hotline's `ingest` has no --jobs option; ingesting in one process (asked for {jobs})")
        jobs = None
    workers = describe_workers(jobs, supported)
    state_file = state_path(args.work, url)
    state = json.loads(state_file.read_text()) if state_file.exists() else {"done": {}}
    if state.get("seed", args.seed) != args.seed or state.get("items", args.batch_items) != args.batch_items:
        sys.exit(f"{state_file} records another seed or batch size; use those, or another --work folder")
    state.update(seed=args.seed, items=args.batch_items, url=url.split("@")[-1])
    upgrade(url, args.source)
    calls = count_calls(url)
    print(f"ingesting with {code_version(args.source)}; {loadavg()}")
    print(f"database {url.split('@')[-1]}: {calls} calls; target {args.calls}; "
          f"batches of {args.batch_items} items (~{args.batch_items * 1.8:.0f} articles) in {args.work}")
    deadline = time.monotonic() + args.max_minutes * 60
    world = None
    max_batches = math.ceil(args.calls / (args.batch_items * 0.5)) + 5  # every item is at most one call short
    total_articles, total_seconds, peak_tree, peak_one = 0, 0.0, 0, 0
    for index in range(max_batches):
        if calls >= args.calls:
            break
        if time.monotonic() > deadline:
            print(f"stopped: --max-minutes {args.max_minutes} reached; run the same command again to go on")
            break
        if str(index) in state["done"]:
            continue
        folder, articles, world = batch_folder(args.work, args.seed, index, args.batch_items, world)
        run = run_ingest(folder, url, jobs, timeout=max(60.0, deadline - time.monotonic() + 60), source=args.source)
        if run.returncode != 0:
            print(run.output[-2000:])
            sys.exit(f"hotline ingest failed on {folder} (exit {run.returncode})")
        before, calls = calls, count_calls(url)
        rate = articles / run.seconds if run.seconds else 0.0
        total_articles += articles
        total_seconds += run.seconds
        peak_tree, peak_one = max(peak_tree, run.peak_tree_kb), max(peak_one, run.peak_one_kb)
        state["done"][str(index)] = {"articles": articles, "seconds": round(run.seconds, 2),
                                     "calls_after": calls, "peak_rss_kb": run.peak_tree_kb, "workers": workers}
        state_file.write_text(json.dumps(state, indent=1))
        print(f"batch {index:4d}: {articles:5d} articles in {run.seconds:7.1f} s = {rate:6.1f} articles/s "
              f"({workers}); calls {before} -> {calls}; "
              f"peak RSS {mb(run.peak_tree_kb)} (largest process {mb(run.peak_one_kb)})", flush=True)
    done = state["done"].values()
    all_articles = sum(d["articles"] for d in done)
    all_seconds = sum(d["seconds"] for d in done)
    print(f"\n{calls} calls in the database from {all_articles} articles; ingest took {all_seconds:.0f} s in all, "
          f"{all_articles / all_seconds if all_seconds else 0:.1f} articles/s overall "
          f"(workers per batch: {', '.join(sorted({str(d.get('workers', d.get('jobs', '?'))) for d in done}))})")
    if total_seconds:
        print(f"this run: {total_articles} articles in {total_seconds:.0f} s = {total_articles / total_seconds:.1f} "
              f"articles/s; peak RSS {mb(peak_tree)} (largest process {mb(peak_one)}); "
              f"getrusage max RSS of any child {mb(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)}")
    if url.startswith("sqlite"):
        path = Path(url.split("///", 1)[1])
        size = sum(p.stat().st_size for p in path.parent.glob(path.name + "*") if p.is_file())
        print(f"database file: {path} ({size / 1e6:.0f} MB with its WAL)")
    if calls < args.calls:
        print(f"not there yet: {calls} of {args.calls} calls")
    elif args.increment:
        increment(args, url, jobs)
    print(loadavg())


def increment(args: argparse.Namespace, url: str, jobs: int | None) -> None:
    """Time adding `args.increment` new articles to the full database."""
    state_file = state_path(args.work, url)
    state = json.loads(state_file.read_text())
    runs = state.get("increments", 0)
    first = INCREMENT_FIRST_ITEM + (0 if url.startswith("sqlite") else runs * 10 * args.increment)
    folder = args.work / f"increment-seed{args.seed}-{first}-{args.increment}"
    if not (folder / "manifest.jsonl").exists():
        write_corpus(folder, seed=args.seed, first_item=first, articles=args.increment)
    with tempfile.TemporaryDirectory(dir=args.work) as scratch:
        target = url
        if url.startswith("sqlite"):
            copy = Path(scratch) / "copy.db"
            source = sqlite3.connect(url.split("///", 1)[1])
            destination = sqlite3.connect(copy)
            source.backup(destination)
            source.close()
            destination.close()
            target = f"sqlite:///{copy}"
        before = count_calls(target)
        run = run_ingest(folder, target, jobs, timeout=3600, source=args.source)
        after = count_calls(target)
    if not url.startswith("sqlite"):
        state["increments"] = runs + 1
        state_file.write_text(json.dumps(state, indent=1))
    where = "a copy of the database" if url.startswith("sqlite") else "the database"
    print(f"increment: {args.increment} new articles into {where} with {before} calls took {run.seconds:.2f} s "
          f"(process start included; calls {before} -> {after}; peak RSS {mb(run.peak_tree_kb)})")


def compare_jobs(args: argparse.Namespace) -> None:
    """Ingest speed on its own: the same fresh corpus into an empty SQLite database, 1 worker then all cores."""
    cores = os.cpu_count() or 1
    supported = ingest_supports_jobs(args.source)
    print(f"ingesting with {code_version(args.source)}; {loadavg()}")
    args.work.mkdir(parents=True, exist_ok=True)
    folder = args.work / f"jobs-seed{args.seed}-{args.compare_jobs}"
    if not (folder / "manifest.jsonl").exists():
        write_corpus(folder, seed=args.seed, first_item=INCREMENT_FIRST_ITEM * 2, articles=args.compare_jobs)
    for jobs in ([1, cores] if supported and cores > 1 else [1] if supported else [None]):
        with tempfile.TemporaryDirectory(dir=args.work) as scratch:
            url = f"sqlite:///{scratch}/jobs.db"
            upgrade(url, args.source)  # the schema first, so the timing is ingest alone
            run = run_ingest(folder, url, jobs, timeout=3600, source=args.source)
            calls = count_calls(url)
        label = f"--jobs {jobs}" if jobs else "1 process (no --jobs option)"
        print(f"{label:>30}: {args.compare_jobs} articles in {run.seconds:.1f} s = "
              f"{args.compare_jobs / run.seconds:.1f} articles/s; {calls} calls; peak RSS {mb(run.peak_tree_kb)} "
              f"(largest process {mb(run.peak_one_kb)})", flush=True)
    if not supported:
        print(f"(`hotline ingest` has no --jobs option yet: all {cores} cores could not be measured)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=0, help="build until the database holds this many calls")
    parser.add_argument("--db", help="an SQLite file to build (default WORK/hotline-<calls>.db)")
    parser.add_argument("--url", help="a DATABASE_URL to build instead, e.g. postgresql+psycopg://u:p@127.0.0.1/db")
    parser.add_argument("--ignore-env", action="store_true", help="do not take the database from $DATABASE_URL")
    parser.add_argument("--jobs", type=int, help="passed to `hotline ingest --jobs` when it has that option (default: hotline's own)")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "hotline-bench",
                        help="where corpora, state and the default database live (default: %(default)s)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch-items", type=int, default=2000, help="corpus items per batch (~1.8 articles, ~0.85 calls each)")
    parser.add_argument("--max-minutes", type=float, default=24 * 60, help="stop after this long (resumable)")
    parser.add_argument("--increment", type=int, default=100, help="then time adding this many articles (0: skip)")
    parser.add_argument("--source", type=Path, help="ingest with the code in this folder instead of this checkout's "
                                                   "(e.g. `git archive COMMIT | tar -x -C DIR`)")
    parser.add_argument("--compare-jobs", type=int, default=0, metavar="N",
                        help="only time ingesting N fresh articles into an empty database, 1 worker and all cores")
    args = parser.parse_args()
    if args.compare_jobs:
        compare_jobs(args)
    elif args.calls > 0:
        build(args)
    else:
        parser.error("give --calls N (or --compare-jobs N)")


if __name__ == "__main__":
    main()
