"""Benchmark: single-client latency of every page, p50 and p99, against a built database.

    python bench/page_latency.py DATABASE_URL [--requests 100] [--warmup 3] [--budget 60] [--vary]
                                 [--load] [--datasette] [--json FILE] [--source DIR]
    python bench/page_latency.py --base-url http://127.0.0.1:8000 [--pid PID]   # a server already running

Starts `hotline serve` (one process, one worker) on 127.0.0.1 on a free port against DATABASE_URL (an SQLite
file path is taken as sqlite:///PATH), warms every page up, then for each page sends `--requests` requests one
after another (at most `--budget` seconds per page) and prints n, p50, p99 and max in ms and the body size.
A request's time runs until the last byte of its answer has arrived, as sent (compressed, as a browser asks
for it); the size printed is the size sent.
The slugs, source ids, leaders and topics asked for are read from the database, so the pages show real calls.
The page URLs are the issue's own and repeat; a server that keeps whole answers until the data changes serves
most of them from memory. `--vary` measures every page a second time with as many different URLs as requests
(other page markers, topics, leaders, pairs, search words, export filters), each asked once: what the first
visitor of a URL waits. `--load` then runs bench/load.py (16 connections) on `/` and `/?topic=`, `--datasette` runs
bench/datasette_compare.py against the same SQLite file, and at the very end the server's resident memory is
printed (now and at its peak), so the figure is the memory after the whole benchmark. With `--vary`, the load
test also runs on `/` and `/?topic=` with thousands of different URLs in turn. `--source DIR` serves the code
in DIR (an export of another commit) instead of this checkout's, to compare versions on one machine.
Everything stays on the loopback interface; every loop is bounded in count and time.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import quote, urlencode

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

HOST = "127.0.0.1"


# ---------------------------------------------------------------------------------------------- shared helpers


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def as_url(database: str) -> str:
    return database if "://" in database else f"sqlite:///{Path(database).resolve()}"


def hotline_command() -> list[str]:
    return [sys.executable, "-c", "import sys; from app.cli import main; sys.argv[0] = 'hotline'; main()"]


def hotline_env(source: Path | None = None, **extra: str) -> dict[str, str]:
    """The environment for a hotline process: the code of `source` (another checkout or export) when given."""
    env = {**os.environ, **extra}
    if source is not None:
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(source.resolve()), env.get("PYTHONPATH", "")) if p)
    return env


def code_version(source: Path | None = None) -> str:
    """Which code a run measures: the source folder given, or this checkout's commit and whether it has edits."""
    if source is not None:
        return f"the code in {source.resolve()}"
    try:
        head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], check=True,
                              capture_output=True, text=True, timeout=30).stdout.strip()
        edits = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--", "app", "migrations",
                                "templates", "static"], check=True, capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return f"the code in {ROOT}"
    return f"commit {head}" + (" with uncommitted changes to app/, migrations/, templates/ or static/" if edits else "")


def serve_options(source: Path | None = None) -> str:
    found = subprocess.run([*hotline_command(), "serve", "--help"], check=False, capture_output=True, text=True,
                           timeout=120, cwd=source or ROOT, env=hotline_env(source, COLUMNS="200"))
    return found.stdout


def wait_ready(base: str, process: subprocess.Popen | None, *, path: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"the server exited with code {process.returncode} before answering")
        try:
            if httpx.get(base + path, timeout=10).status_code < 500:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"no answer from {base}{path} within {timeout:.0f} s")


def start_hotline(database_url: str, *, port: int | None = None, timeout: float = 300,
                  source: Path | None = None) -> tuple[subprocess.Popen, str]:
    """`hotline serve` on 127.0.0.1 against the database; returns the process and its base URL once it answers.

    It upgrades the database's schema first, as `hotline serve` always does. With `source`, the code of that
    folder is served (PYTHONPATH), e.g. an export of an earlier commit to measure against.
    """
    port = port or free_port()
    command = [*hotline_command(), "serve", "--host", HOST, "--port", str(port)]
    if "--no-seed" in serve_options(source):
        command.append("--no-seed")
    env = hotline_env(source, DATABASE_URL=database_url)
    process = subprocess.Popen(command, cwd=source or ROOT, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    base = f"http://{HOST}:{port}"
    try:
        wait_ready(base, process, path="/api/openapi.json", timeout=timeout)
    except RuntimeError:
        stop(process)
        raise
    return process, base


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=20)


def memory_kb(pid: int) -> dict[str, int]:
    """VmRSS (now) and VmHWM (peak) of a process and, with psutil, the RSS of it and all its children, in kB."""
    found: dict[str, int] = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                found[key] = int(value.split()[0])
    except OSError:
        return found
    try:
        import psutil

        parent = psutil.Process(pid)
        workers = parent.children(recursive=True)
        found["tree_rss"] = (parent.memory_info().rss + sum(w.memory_info().rss for w in workers)) // 1024
        found["processes"] = 1 + len(workers)
    except Exception:  # noqa: BLE001 - psutil is optional, and a worker may exit meanwhile
        return found
    return found


def describe_memory(pid: int) -> str:
    m = memory_kb(pid)
    if not m:
        return f"(no /proc/{pid}/status: memory unknown)"
    text = f"RSS {m.get('VmRSS', 0) / 1024:.0f} MB now, peak {m.get('VmHWM', 0) / 1024:.0f} MB (VmHWM)"
    if m.get("processes", 1) > 1:
        text += f"; {m['processes']} processes together {m['tree_rss'] / 1024:.0f} MB"
    return text


def loadavg() -> str:
    try:
        one, five, _ = os.getloadavg()
        return f"load average {one:.2f} (1 min) {five:.2f} (5 min) on {os.cpu_count()} cores"
    except OSError:
        return "load average unknown"


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile: the smallest value at or above `fraction` of the sorted values."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


# ---------------------------------------------------------------------------------------------- what to ask for


@dataclass
class Subjects:
    """Real values from the database for the URLs: a topic, a pair of topics and a leader, calls and sources."""

    topic: str
    topics: tuple[str, str]
    leader: str
    pair_leader: str
    profile_leader: str
    slugs: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    calls: int = 0


def pick_subjects(database_url: str, *, sample: int = 50, seed: int = 1) -> Subjects:
    from sqlalchemy import create_engine, text

    engine = create_engine(database_url)
    q = {name: text(sql) for name, sql in {
        "calls": 'SELECT count(*) FROM "call"',
        "topics": "SELECT topic_slug, count(*) FROM calltopic GROUP BY topic_slug ORDER BY count(*) DESC",
        "partner": "SELECT b.topic_slug, count(*) FROM calltopic a JOIN calltopic b ON a.call_id = b.call_id "
                   "AND b.topic_slug <> a.topic_slug WHERE a.topic_slug = :topic GROUP BY b.topic_slug "
                   "ORDER BY count(*) DESC LIMIT 1",
        "leader_in": "SELECT p.leader_id, count(*) FROM callparticipant p JOIN calltopic a ON a.call_id = p.call_id "
                     "JOIN calltopic b ON b.call_id = p.call_id WHERE a.topic_slug = :a AND b.topic_slug = :b "
                     "AND p.role = 'participant' GROUP BY p.leader_id ORDER BY count(*) DESC LIMIT 1",
        "leaders": "SELECT leader_id, count(*) FROM callparticipant WHERE role = 'participant' GROUP BY leader_id "
                   "ORDER BY count(*) DESC LIMIT 1",
        "has_leader": "SELECT count(*) FROM callparticipant WHERE leader_id = :leader",
        "slugs": 'SELECT slug FROM "call" ORDER BY id',
        "sources": "SELECT id FROM source ORDER BY id",
    }.items()}
    rng = random.Random(seed)
    try:
        with engine.connect() as db:
            calls = db.execute(q["calls"]).scalar_one()
            counts = db.execute(q["topics"]).all()
            topic = "ukraine-war" if any(slug == "ukraine-war" for slug, _ in counts) else \
                (counts[0][0] if counts else "ukraine-war")
            partner = db.execute(q["partner"], {"topic": topic}).first()
            other = partner[0] if partner else topic
            leader = db.execute(q["leader_in"], {"a": topic, "b": other}).first()
            busiest = db.execute(q["leaders"]).first()
            putin = db.execute(q["has_leader"], {"leader": "vladimir-putin"}).scalar_one()
            slugs = [row[0] for row in db.execute(q["slugs"])]
            sources = [row[0] for row in db.execute(q["sources"])]
    finally:
        engine.dispose()
    fallback = busiest[0] if busiest else "vladimir-putin"
    return Subjects(topic=topic, topics=(topic, other), leader=leader[0] if leader else fallback,
                    pair_leader=leader[0] if leader else fallback,
                    profile_leader="vladimir-putin" if putin else fallback,
                    slugs=rng.sample(slugs, min(sample, len(slugs))),
                    sources=rng.sample(sources, min(sample, len(sources))), calls=calls)


SEARCH_WORDS = ["tariffs", "ceasefire", "sanctions", "hostages", "grain", "vaccine", "semiconductors", "migration",
                "pipeline", "climate", "refugees", "Donbas", "Taiwan Strait", "fentanyl", "emissions", "Red Sea",
                "air defence", "peace talks", "human rights", "arms control", "investment", "oil prices",
                "steel", "asylum", "Hezbollah", "Rafah", "Palestinian state", "supply chains", "artificial intelligence",
                "Korean Peninsula", "South China Sea", "bilateral", "partnership", "energy security", "nuclear",
                "cease-fire", "trade", "pandemic", "press freedom", "market access"]


def varied_pages(database_url: str, subjects: Subjects, *, count: int = 100, seed: int = 1,
                 ) -> list[tuple[str, list[str]]]:
    """The same pages, each asked with up to `count` different URLs: what a cache of whole answers cannot serve.

    Timeline and API pages continue after real page markers (`after=`), filters take other topics, leaders and
    pairs found together on calls, searches other words, exports other filters.
    """
    from sqlalchemy import create_engine, text

    rng = random.Random(seed)
    engine = create_engine(database_url)
    try:
        with engine.connect() as db:
            marks = db.execute(text('SELECT sort_date, id FROM "call" ORDER BY random() LIMIT :n'), {"n": count}).all()
            topics = [r[0] for r in db.execute(text("SELECT topic_slug FROM calltopic GROUP BY topic_slug "
                                                    "ORDER BY count(*) DESC"))]
            leaders = [r[0] for r in db.execute(text(
                "SELECT leader_id FROM callparticipant WHERE role = 'participant' GROUP BY leader_id "
                "ORDER BY count(*) DESC LIMIT :n"), {"n": count})]
            combos = db.execute(text(
                "SELECT a.topic_slug, b.topic_slug, p.leader_id FROM calltopic a JOIN calltopic b "
                "ON a.call_id = b.call_id AND a.topic_slug < b.topic_slug JOIN callparticipant p "
                "ON p.call_id = a.call_id AND p.role = 'participant' ORDER BY random() LIMIT :n"), {"n": count}).all()
            slugs = [r[0] for r in db.execute(text('SELECT slug FROM "call" ORDER BY random() LIMIT :n'),
                                              {"n": count})]
            sources = [r[0] for r in db.execute(text("SELECT id FROM source ORDER BY random() LIMIT :n"),
                                                {"n": count})]
    finally:
        engine.dispose()
    cursors = [f"{str(day)[:10] if day else 'undated'}.{number}" for day, number in marks] or [None]
    topics, leaders = topics or [subjects.topic], leaders or [subjects.profile_leader]

    def spread(make: Callable[[int], str]) -> list[str]:
        return list(dict.fromkeys(make(i) for i in range(count)))

    def after(i: int) -> list[tuple[str, str]]:
        return [("after", cursors[i % len(cursors)])] if i and cursors[i % len(cursors)] else []

    def q(pairs: list[tuple[str, str]]) -> str:
        return "?" + urlencode(pairs) if pairs else ""

    words = rng.sample(SEARCH_WORDS, len(SEARCH_WORDS))
    return [
        ("/ (other pages)", spread(lambda i: "/" + q(after(i)))),
        ("/?topic= (other topics, pages)", spread(lambda i: "/" + q([("topic", topics[i % len(topics)]), *after(i)]))),
        ("/?topic=A&topic=B&leader=X (others)", spread(lambda i: "/" + q(
            [("topic", combos[i][0]), ("topic", combos[i][1]), ("leader", combos[i][2])]) if i < len(combos)
            else "/" + q([("topic", topics[i % len(topics)]), ("leader", leaders[i % len(leaders)])]))),
        ("/?q= (other words, pages)", spread(lambda i: "/" + q([("q", words[i % len(words)]), *after(i)]))),
        ("/topics/{slug} (every topic)", spread(lambda i: f"/topics/{quote(topics[i % len(topics)])}")),
        ("/leaders/{slug} (busiest leaders)", spread(lambda i: f"/leaders/{quote(leaders[i % len(leaders)])}")),
        ("/api/calls?limit=500 (other pages)", spread(lambda i: "/api/calls" + q([("limit", "500"), *after(i)]))),
        ("/calls.json (other filters)", spread(lambda i: "/calls.json" + q([("topic", topics[i % len(topics)])]))),
        ("/calls.csv (other filters)", spread(lambda i: "/calls.csv" + q([("leader", leaders[i % len(leaders)])]))),
        ("/calls/{slug} (others)", [f"/calls/{quote(slug)}" for slug in slugs] or ["/calls/none"]),
        ("/sources/{id} (others)", [f"/sources/{quote(source)}" for source in sources] or ["/sources/none"]),
        ("/calls.atom (other filters)", spread(lambda i: "/calls.atom" + q([("topic", topics[i % len(topics)])]))),
    ]


def pages(subjects: Subjects) -> list[tuple[str, list[str]]]:
    """(label, the URLs a run cycles through) for every page of the benchmark."""
    a, b = subjects.topics
    combined = "/?" + urlencode([("topic", a), ("topic", b), ("leader", subjects.pair_leader)])
    return [
        ("/", ["/"]),
        (f"/?topic={subjects.topic}", [f"/?topic={quote(subjects.topic)}"]),
        ("/?topic=A&topic=B&leader=X", [combined]),
        ("/?q=tariffs", ["/?q=tariffs"]),
        (f"/topics/{subjects.topic}", [f"/topics/{quote(subjects.topic)}"]),
        (f"/leaders/{subjects.profile_leader}", [f"/leaders/{quote(subjects.profile_leader)}"]),
        ("/api/calls?limit=500", ["/api/calls?limit=500"]),
        ("/calls.json", ["/calls.json"]),
        ("/calls.csv", ["/calls.csv"]),
        ("/calls/{slug}", [f"/calls/{quote(slug)}" for slug in subjects.slugs] or ["/calls/none"]),
        ("/sources/{id}", [f"/sources/{quote(source)}" for source in subjects.sources] or ["/sources/none"]),
        ("/calls.atom", ["/calls.atom"]),
    ]


# ---------------------------------------------------------------------------------------------- measuring


@dataclass
class PageResult:
    page: str
    example: str
    n: int
    p50_ms: float
    p99_ms: float
    max_ms: float
    mean_ms: float
    bytes: int
    statuses: dict[str, int]


def measure(client: httpx.Client, label: str, urls: list[str], *, requests: int, warmup: int,
            budget: float) -> PageResult:
    for i in range(warmup):
        try:
            client.get(urls[i % len(urls)])
        except httpx.HTTPError:
            break
    times: list[float] = []
    sizes: list[int] = []
    statuses: dict[str, int] = {}
    deadline = time.monotonic() + budget
    for i in range(requests):
        if i >= 5 and time.monotonic() > deadline:
            break  # a slow page gets at least 5 requests, then stops at its budget
        started = time.perf_counter()
        try:
            with client.stream("GET", urls[i % len(urls)]) as response:
                size = sum(len(chunk) for chunk in response.iter_raw())
            status = str(response.status_code)
        except httpx.HTTPError as error:  # a reset or a timeout is a result too: counted, not fatal
            size, status = 0, type(error).__name__
        times.append((time.perf_counter() - started) * 1000)
        sizes.append(size)
        statuses[status] = statuses.get(status, 0) + 1
    return PageResult(label, urls[0], len(times), percentile(times, 0.5), percentile(times, 0.99), max(times),
                      statistics.fmean(times), int(statistics.median(sizes)), statuses)


def print_results(results: list[PageResult]) -> None:
    print(f"{'page':<34} {'n':>4} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} {'bytes':>10}  status")
    for r in results:
        statuses = " ".join(f"{code}x{count}" for code, count in sorted(r.statuses.items()))
        print(f"{r.page:<34} {r.n:>4} {r.p50_ms:>8.1f} {r.p99_ms:>8.1f} {r.max_ms:>8.1f} {r.bytes:>10}  {statuses}")


def run_pages(base: str, listing: list[tuple[str, list[str]]], args: argparse.Namespace) -> list[PageResult]:
    results = []
    with httpx.Client(base_url=base, timeout=args.timeout, follow_redirects=False) as client:
        for label, urls in listing:
            if args.only and not any(word in label for word in args.only):
                continue
            # Varied URLs are warmed up on URLs of their own, so that every measured request is a first one.
            warm, timed = (urls[-args.warmup:], urls[:-args.warmup]) if args.vary and len(urls) > 2 * args.warmup \
                else (urls, urls)
            for url in warm[:args.warmup]:
                try:
                    client.get(url)
                except httpx.HTTPError:
                    break
            requests = min(args.requests, len(timed)) if args.vary else args.requests
            result = measure(client, label, timed, requests=requests, warmup=0, budget=args.budget)
            results.append(result)
            print(f"  measured {label}: p50 {result.p50_ms:.1f} ms, p99 {result.p99_ms:.1f} ms", flush=True)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("database", nargs="?", help="DATABASE_URL, or an SQLite file (default: $DATABASE_URL)")
    parser.add_argument("--base-url", help="measure a server already running at this address instead")
    parser.add_argument("--pid", type=int, help="with --base-url: the server's process id, for its memory")
    parser.add_argument("--requests", type=int, default=100, help="sequential requests per page (default 100)")
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--budget", type=float, default=60, help="seconds per page at most (at least 5 requests)")
    parser.add_argument("--timeout", type=float, default=120, help="seconds one request may take")
    parser.add_argument("--only", nargs="*", help="only the pages whose label contains one of these words")
    parser.add_argument("--load", action="store_true", help="then the 16-connection load test (bench/load.py)")
    parser.add_argument("--load-seconds", type=float, default=15)
    parser.add_argument("--datasette", action="store_true", help="then Datasette on the same SQLite file")
    parser.add_argument("--vary", action="store_true",
                        help="also measure every page with up to --requests different URLs (other page markers, "
                             "topics, leaders, words): the cost when no answer can come from a cache")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--source", type=Path, help="serve the code in this folder instead of this checkout's "
                                                   "(e.g. `git archive COMMIT | tar -x -C DIR`), to compare versions")
    args = parser.parse_args()
    database = args.database or os.environ.get("DATABASE_URL")
    if not database:
        parser.error("give a DATABASE_URL or an SQLite file (or set DATABASE_URL)")
    url = as_url(database)
    print(f"database {url.split('@')[-1]}; measuring {code_version(args.source)}; {loadavg()}")
    subjects = pick_subjects(url)
    print(f"{subjects.calls} calls; topic {subjects.topic}; topics {subjects.topics[0]} + {subjects.topics[1]} with "
          f"leader {subjects.pair_leader}; leader page {subjects.profile_leader}; {len(subjects.slugs)} call pages "
          f"and {len(subjects.sources)} source pages in rotation", flush=True)
    process = None
    if args.base_url:
        base, pid = args.base_url.rstrip("/"), args.pid
    else:
        started = time.perf_counter()
        process, base = start_hotline(url, source=args.source)
        pid = process.pid
        print(f"hotline serve at {base} (pid {pid}) answered after {time.perf_counter() - started:.1f} s; "
              f"{describe_memory(pid)}", flush=True)
    report: dict = {"database": url.split("@")[-1], "code": code_version(args.source), "calls": subjects.calls,
                    "subjects": asdict(subjects), "loadavg_start": loadavg()}
    try:
        listing = pages(subjects)
        results = run_pages(base, listing, argparse.Namespace(**{**vars(args), "vary": False}))
        print()
        print_results(results)
        report["pages"] = [asdict(r) for r in results]
        if args.vary:
            varied = run_pages(base, varied_pages(url, subjects, count=args.requests), args)
            print(f"\nthe same pages with different URLs, {args.requests} at most, each asked once where there are "
                  "that many:")
            print_results(varied)
            report["varied_pages"] = [asdict(r) for r in varied]
        if pid:
            print(f"server after the page runs: {describe_memory(pid)}")
        if args.load:
            from load import run_load

            print()
            report["load"] = run_load(base, ["/", f"/?topic={quote(subjects.topic)}"], seconds=args.load_seconds)
            if args.vary:
                # enough different URLs that none is asked twice at up to ~130 req/s for the whole run
                spread = dict(varied_pages(url, subjects, count=max(2000, round(args.load_seconds * 130))))
                report["load_varied"] = run_load(base, [(label, spread[label]) for label in
                                                        ("/ (other pages)", "/?topic= (other topics, pages)")],
                                                 seconds=args.load_seconds)
        if args.datasette:
            from datasette_compare import compare

            print()
            report["datasette"] = compare(url, base, topic=subjects.topic, seconds=args.load_seconds,
                                          requests=min(args.requests, 50), source=args.source, vary=args.vary)
        print()
        print(f"{loadavg()}")
        if pid:
            print(f"server memory after the whole benchmark: {describe_memory(pid)}")
            report["memory_kb"] = memory_kb(pid)
    finally:
        if process is not None:
            stop(process)
    if args.json:
        args.json.write_text(json.dumps(report, indent=1, default=str))
        print(f"figures written to {args.json}")


if __name__ == "__main__":
    main()
