"""Benchmark: requests per second at saturation, 16 connections for a bounded time, on `/` and `/?topic=...`.

    python bench/load.py DATABASE_URL [--connections 16] [--seconds 15] [--path / --path /?topic=ukraine-war]
    python bench/load.py --base-url http://127.0.0.1:8000 [--path ...]           # a server already running

Uses `wrk` when it is installed (Debian: `apt-get install -y wrk`), else an asyncio + httpx generator with the
same number of connections (which spends CPU of its own: on a 2-core machine it competes with the server, so
prefer wrk). Prints requests/s, latency p50/p99 under load, and how many requests failed (non-2xx/3xx or
socket errors). Without --base-url it starts `hotline serve` on 127.0.0.1 itself (see bench/page_latency.py).
Every run is bounded by --seconds; nothing leaves the loopback interface.
"""

from __future__ import annotations

import argparse
import asyncio
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from page_latency import (
    as_url,
    describe_memory,
    loadavg,
    percentile,
    pick_subjects,
    start_hotline,
    stop,
)

_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def _ms(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value).groups()
    return float(number) * _UNITS[unit]


def with_wrk(url: str, *, connections: int, seconds: float, threads: int) -> dict:
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{max(1, round(seconds))}s", "--timeout", "30s",
               "--latency", url]
    output = subprocess.run(command, check=False, capture_output=True, text=True, timeout=seconds + 60).stdout
    rate = re.search(r"Requests/sec:\s+([\d.]+)", output)
    total = re.search(r"(\d+) requests in", output)
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    sockets = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    latency = dict(re.findall(r"^\s+(50|99)%\s+(\S+)\s*$", output, flags=re.MULTILINE))
    return {"tool": "wrk", "requests_per_s": float(rate.group(1)) if rate else 0.0,
            "requests": int(total.group(1)) if total else 0,
            "errors": (int(non2xx.group(1)) if non2xx else 0) + (sum(map(int, sockets.groups())) if sockets else 0),
            "p50_ms": _ms(latency["50"]) if "50" in latency else None,
            "p99_ms": _ms(latency["99"]) if "99" in latency else None}


async def _with_httpx(url: str, *, connections: int, seconds: float, max_requests: int) -> dict:
    times: list[float] = []
    errors = 0
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    deadline = time.monotonic() + seconds
    async with httpx.AsyncClient(limits=limits, timeout=30) as client:
        async def worker() -> None:
            nonlocal errors
            while time.monotonic() < deadline and len(times) + errors < max_requests:
                started = time.perf_counter()
                try:
                    response = await client.get(url)
                    await response.aread()
                    if response.status_code >= 400:
                        errors += 1
                        continue
                except httpx.HTTPError:
                    errors += 1
                    continue
                times.append((time.perf_counter() - started) * 1000)

        begun = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(connections)))
        elapsed = time.perf_counter() - begun
    return {"tool": "httpx", "requests_per_s": len(times) / elapsed if elapsed else 0.0, "requests": len(times),
            "errors": errors, "p50_ms": percentile(times, 0.5) if times else None,
            "p99_ms": percentile(times, 0.99) if times else None}


def hammer(url: str, *, connections: int = 16, seconds: float = 15, threads: int = 2, tool: str = "auto") -> dict:
    """Saturate one URL for `seconds` with `connections` connections; requests/s, errors, latency under load."""
    if tool == "wrk" or (tool == "auto" and shutil.which("wrk")):
        return with_wrk(url, connections=connections, seconds=seconds, threads=threads)
    return asyncio.run(_with_httpx(url, connections=connections, seconds=seconds, max_requests=1_000_000))


def show(label: str, result: dict, connections: int) -> None:
    p50 = f"{result['p50_ms']:.0f}" if result.get("p50_ms") is not None else "-"
    p99 = f"{result['p99_ms']:.0f}" if result.get("p99_ms") is not None else "-"
    print(f"{label:<44} {result['requests_per_s']:>8.1f} req/s  {result['requests']:>7} requests  "
          f"{result['errors']:>4} errors  p50 {p50} ms  p99 {p99} ms  ({result['tool']}, {connections} connections)",
          flush=True)


def run_load(base: str, paths: list[str], *, connections: int = 16, seconds: float = 15, tool: str = "auto",
             warmup: float = 2) -> dict:
    """Each path in turn: a short warm-up, then `seconds` of load. Returns {path: figures}."""
    print(f"load: {connections} connections, {seconds:.0f} s per page; {loadavg()}")
    found = {}
    for path in paths:
        url = base.rstrip("/") + path
        if warmup:
            hammer(url, connections=connections, seconds=warmup, tool=tool)
        found[path] = hammer(url, connections=connections, seconds=seconds, tool=tool)
        show(path, found[path], connections)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("database", nargs="?", help="DATABASE_URL or SQLite file to serve (else --base-url)")
    parser.add_argument("--base-url", help="a server already running")
    parser.add_argument("--path", action="append", help="paths to load (default / and /?topic=<the usual topic>)")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=15)
    parser.add_argument("--tool", choices=["auto", "wrk", "httpx"], default="auto")
    parser.add_argument("--source", type=Path, help="serve the code in this folder (see page_latency.py)")
    args = parser.parse_args()
    if not (args.database or args.base_url):
        parser.error("give a DATABASE_URL / SQLite file, or --base-url")
    process = None
    paths = args.path
    if args.database and not paths:
        paths = ["/", f"/?topic={quote(pick_subjects(as_url(args.database)).topic)}"]
    paths = paths or ["/", "/?topic=ukraine-war"]
    if args.base_url:
        base = args.base_url
    else:
        process, base = start_hotline(as_url(args.database), source=args.source)
    try:
        run_load(base, paths, connections=args.connections, seconds=args.seconds, tool=args.tool)
        if process is not None:
            print(f"server memory after the load: {describe_memory(process.pid)}")
    finally:
        if process is not None:
            stop(process)


if __name__ == "__main__":
    main()
