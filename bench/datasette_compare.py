"""Benchmark: Hotline's timeline against Datasette's table page of the same SQLite file, side by side.

    python bench/datasette_compare.py SQLITE_FILE [--hotline-url URL] [--datasette COMMAND] [--seconds 15]
                                      [--requests 50] [--topic ukraine-war]

Datasette is not a dependency of Hotline and this script installs nothing. Install it where you like, e.g.
`python3 -m venv /tmp/datasette-venv && /tmp/datasette-venv/bin/pip install datasette` (then pass
`--datasette /tmp/datasette-venv/bin/datasette`, or set $DATASETTE), or `.venv/bin/pip install datasette` into
the project's virtualenv (found automatically; never add it to pyproject.toml).

Both servers read the same file, one after the other, on 127.0.0.1. Datasette serves the `call` table sorted
by date, 50 rows a page (Hotline's page size), in the variants that matter:
  default        `?_sort_desc=sort_date&_size=50`: the row count and facet suggestions, as a visitor gets it
  + facets       the same with `_facet=kind&_facet=date_precision`
  no counts      `&_nocount=1&_nofacet=1`: no count(*), no facets (the issue's "without counts")
  topic filter   `&_where=id in (select call_id from calltopic where topic_slug='…')`, the equivalent of
                 Hotline's `/?topic=…`, with and without counts
For each it prints single-client p50/p99 (sequential requests) and req/s with 16 connections (bench/load.py),
then the same for Hotline's `/` and `/?topic=…`, and the ratios Hotline ÷ Datasette. A repeated URL may be
answered from a cache; `--vary` adds both sides paging back through the calls from thousands of different
page markers in turn (Datasette's `_next=day,id`, Hotline's `after=day.id`), each page asked once.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote, urlencode

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from load import hammer  # noqa: E402 - after the path is set
from page_latency import (  # noqa: E402
    HOST,
    as_url,
    describe_memory,
    free_port,
    loadavg,
    measure,
    pick_subjects,
    start_hotline,
    stop,
    wait_ready,
)

PAGE = 50


def datasette_command(explicit: str | None = None) -> list[str] | None:
    """How to run Datasette here: --datasette, $DATASETTE, this Python's module, or `datasette` on the PATH."""
    if explicit or os.environ.get("DATASETTE"):
        given = explicit or os.environ["DATASETTE"]
        found = shutil.which(given)
        if found is None:
            print(f"datasette: {given!r} is not an executable here")
        return [found] if found else None
    probe = subprocess.run([sys.executable, "-c", "import datasette"], check=False, capture_output=True, timeout=60)
    if probe.returncode == 0:
        return [sys.executable, "-m", "datasette"]
    found = shutil.which("datasette")
    return [found] if found else None


def start_datasette(command: list[str], path: Path, *, timeout: float = 120) -> tuple[subprocess.Popen, str, str, str]:
    port = free_port()
    process = subprocess.Popen([*command, "serve", str(path), "--host", HOST, "--port", str(port),
                                "--setting", "sql_time_limit_ms", "10000"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://{HOST}:{port}"
    try:
        wait_ready(base, process, path="/-/versions.json", timeout=timeout)
        databases = httpx.get(base + "/.json", timeout=30).json()
    except Exception:
        stop(process)
        raise
    info = databases.get(path.stem) or next(iter(databases.values()))
    version = httpx.get(base + "/-/versions.json", timeout=30).json().get("datasette", {}).get("version", "?")
    return process, base, info.get("path", "/" + quote(path.stem)), version


def variants(db_path: str, topic: str) -> list[tuple[str, str]]:
    table = f"{db_path}/call"
    sort = [("_sort_desc", "sort_date"), ("_size", str(PAGE))]
    nothing = [("_nocount", "1"), ("_nofacet", "1")]
    where = [("_where", f"id in (select call_id from calltopic where topic_slug='{topic}')")]
    return [
        ("default (count + facet suggestions)", f"{table}?{urlencode(sort)}"),
        ("+ facets kind, date_precision", f"{table}?{urlencode(sort + [('_facet', 'kind'), ('_facet', 'date_precision')])}"),
        ("no counts, no facets", f"{table}?{urlencode(sort + nothing)}"),
        (f"topic={topic} (count)", f"{table}?{urlencode(where + sort + [('_nofacet', '1')])}"),
        (f"topic={topic}, no counts", f"{table}?{urlencode(where + sort + nothing)}"),
    ]


def one(label: str, base: str, path: str | list[str], *, requests: int, seconds: float, connections: int) -> dict:
    """Single-client p50/p99, then req/s under load; a list of paths is asked in turn, each once where it can."""
    paths = path if isinstance(path, list) else [path]
    with httpx.Client(base_url=base, timeout=120) as client:
        if len(paths) > 1:
            single = measure(client, label, paths[requests:], requests=min(requests, len(paths) - requests),
                             warmup=0, budget=max(30.0, seconds * 2))
        else:
            single = measure(client, label, paths, requests=requests, warmup=3, budget=max(30.0, seconds * 2))
    bad = {code: n for code, n in single.statuses.items() if not code.startswith("2")}
    load = hammer(base + paths[0], connections=connections, seconds=seconds, paths=paths if len(paths) > 1 else None)
    row = {"label": label, "path": paths[0], "p50_ms": single.p50_ms, "p99_ms": single.p99_ms, "bytes": single.bytes,
           "requests_per_s": load["requests_per_s"], "errors": load["errors"] + sum(bad.values()),
           "tool": load["tool"]}
    print(f"  {label:<46} p50 {single.p50_ms:7.1f} ms  p99 {single.p99_ms:7.1f} ms  {single.bytes:>8} B  "
          f"{load['requests_per_s']:7.1f} req/s  {row['errors']} errors", flush=True)
    return row


def page_markers(database_url: str, count: int) -> list[tuple[str, int]]:
    """(sort day, id) of dated calls picked at random: where a visitor paging back through the timeline stands."""
    from sqlalchemy import create_engine, text

    engine = create_engine(database_url)
    try:
        with engine.connect() as db:
            rows = db.execute(text('SELECT sort_date, id FROM "call" WHERE sort_date IS NOT NULL ORDER BY random() '
                                   "LIMIT :n"), {"n": count}).all()
    finally:
        engine.dispose()
    return [(str(day)[:10], int(number)) for day, number in rows]


def paged(db_path: str, markers: list[tuple[str, int]]) -> list[tuple[str, list[str]]]:
    """Datasette's table pages after each marker (`_next=day,id`, its keyset token), with and without counts."""
    table = f"{db_path}/call"
    sort = [("_sort_desc", "sort_date"), ("_size", str(PAGE))]
    return [("pages in turn, no counts, no facets",
             [f"{table}?{urlencode(sort + [('_nocount', '1'), ('_nofacet', '1'), ('_next', f'{d},{i}')])}"
              for d, i in markers]),
            ("pages in turn, count + facet suggestions",
             [f"{table}?{urlencode(sort + [('_next', f'{d},{i}')])}" for d, i in markers])]


def compare(database_url: str, hotline_base: str | None = None, *, topic: str | None = None, seconds: float = 15,
            requests: int = 50, connections: int = 16, datasette: str | None = None,
            source: Path | None = None, vary: bool = False) -> dict:
    """Measure Datasette's table page and Hotline's timeline on one SQLite file; print and return the figures."""
    if not database_url.startswith("sqlite"):
        print("datasette: skipped, it serves SQLite files only")
        return {}
    command = datasette_command(datasette)
    if command is None:
        print("datasette: not installed here. Install it (see `python bench/datasette_compare.py --help`) and pass "
              "--datasette PATH or set $DATASETTE; nothing was measured.")
        return {}
    path = Path(database_url.split("///", 1)[1])
    topic = topic or pick_subjects(database_url).topic
    print(f"Datasette against Hotline on {path}; {connections} connections for {seconds:.0f} s per page; {loadavg()}")
    figures: dict = {"datasette": [], "hotline": []}
    # With --vary: enough different pages that none is asked twice at up to ~130 req/s.
    markers = page_markers(database_url, max(2000, round(seconds * 130) + requests)) if vary else []
    process, base, db_path, version = start_datasette(command, path)
    try:
        print(f"datasette {version} at {base}{db_path}")
        for label, url in variants(db_path, topic) + (paged(db_path, markers) if markers else []):
            figures["datasette"].append(one(label, base, url, requests=requests, seconds=seconds,
                                            connections=connections))
        print(f"  datasette memory: {describe_memory(process.pid)}")
    finally:
        stop(process)
    hotline_process = None
    if hotline_base is None:
        hotline_process, hotline_base = start_hotline(database_url, source=source)
    try:
        print(f"hotline at {hotline_base}")
        mine: list[tuple[str, str | list[str]]] = [("/", "/"), (f"/?topic={topic}", f"/?topic={quote(topic)}")]
        if markers:
            mine.append(("/ pages in turn (after=)", [f"/?after={d}.{i}" for d, i in markers]))
        for label, url in mine:
            figures["hotline"].append(one(label, hotline_base, url, requests=requests, seconds=seconds,
                                          connections=connections))
    finally:
        if hotline_process is not None:
            stop(hotline_process)
    d = {row["label"]: row for row in figures["datasette"]}
    home, filtered = figures["hotline"][:2]
    pairs = [("/ vs no counts, no facets", home, d["no counts, no facets"]),
             ("/ vs default (count + facet suggestions)", home, d["default (count + facet suggestions)"]),
             ("/ vs + facets", home, d["+ facets kind, date_precision"]),
             ("/?topic= vs topic, no counts", filtered, d[f"topic={topic}, no counts"]),
             ("/?topic= vs topic (count)", filtered, d[f"topic={topic} (count)"])]
    if markers:
        turn = figures["hotline"][2]
        pairs += [("pages in turn vs no counts", turn, d["pages in turn, no counts, no facets"]),
                  ("pages in turn vs count + suggestions", turn, d["pages in turn, count + facet suggestions"])]
    print("ratios, Hotline ÷ Datasette (req/s above 1 is Hotline faster; p50 below 1 is Hotline faster):")
    figures["ratios"] = {}
    for label, mine, theirs in pairs:
        rate = mine["requests_per_s"] / theirs["requests_per_s"] if theirs["requests_per_s"] else float("nan")
        p50 = mine["p50_ms"] / theirs["p50_ms"] if theirs["p50_ms"] else float("nan")
        failed = mine["errors"] or theirs["errors"]
        figures["ratios"][label] = {"requests_per_s": rate, "p50": p50, "errors": failed}
        print(f"  {label:<46} req/s {rate:5.2f}   p50 {p50:5.2f}"
              + ("   (requests failed: not comparable)" if failed else ""))
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("database", help="the SQLite file (or sqlite:/// URL) Hotline uses")
    parser.add_argument("--hotline-url", help="a Hotline server already running on that file (else one is started)")
    parser.add_argument("--datasette", help="the datasette executable (default: $DATASETTE, this Python, the PATH)")
    parser.add_argument("--topic", help="topic for the filtered pages (default: ukraine-war if present)")
    parser.add_argument("--seconds", type=float, default=15, help="seconds of load per page")
    parser.add_argument("--requests", type=int, default=50, help="sequential requests per page for p50/p99")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--source", type=Path, help="serve Hotline from the code in this folder (see page_latency.py)")
    parser.add_argument("--vary", action="store_true", help="also page through both with thousands of different "
                                                            "page markers in turn: nothing served from a cache")
    args = parser.parse_args()
    started = time.monotonic()
    compare(as_url(args.database), args.hotline_url, topic=args.topic, seconds=args.seconds, requests=args.requests,
            connections=args.connections, datasette=args.datasette, source=args.source, vary=args.vary)
    print(f"done in {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main()
