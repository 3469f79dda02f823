"""Benchmark: requests per second at saturation, 16 connections for a bounded time, on `/` and `/?topic=...`.

    python bench/load.py DATABASE_URL [--connections 16] [--seconds 15] [--path / --path /?topic=ukraine-war]
    python bench/load.py --base-url http://127.0.0.1:8000 [--path ...]           # a server already running

Uses `wrk` when it is installed (Debian: `apt-get install -y wrk`), else an asyncio + httpx generator with the
same number of connections (which spends CPU of its own: on a 2-core machine it competes with the server, so
prefer wrk). Prints requests/s, latency p50/p99 under load, and how many requests failed (non-2xx/3xx or
socket errors). Without --base-url it starts `hotline serve` on 127.0.0.1 itself (see bench/page_latency.py).
With `--rotate`, the `--path` values are asked in turn as one test (a wrk script) rather than one after the
other: given many different URLs, no answer can come from a cache.
Every run is bounded by --seconds; nothing leaves the loopback interface.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import re
import shutil
import subprocess
import sys
import tempfile
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


def _rotation_script(paths: list[str], threads: int) -> str:
    """A wrk script that asks for the paths in turn; thread t takes paths t, t + threads, …, so none repeats
    another's until the list is used up."""
    quoted = ", ".join('"' + p.replace("\\", "\\\\").replace('"', '\\"') + '"' for p in paths)
    return (f"local paths = {{{quoted}}}\nlocal step = {threads}\nlocal made = 0\n"
            "function setup(thread)\n  thread:set(\"id\", made)\n  made = made + 1\nend\n"
            "function init(args)\n  i = id or 0\nend\n"
            "request = function()\n  local path = paths[i % #paths + 1]\n  i = i + step\n"
            "  return wrk.format(\"GET\", path)\nend\n")


def with_wrk(url: str, *, connections: int, seconds: float, threads: int, paths: list[str] | None = None) -> dict:
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{max(1, round(seconds))}s", "--timeout", "30s",
               "--latency"]
    with tempfile.TemporaryDirectory() as scratch:
        if paths and len(paths) > 1:
            script = Path(scratch) / "rotate.lua"
            script.write_text(_rotation_script(paths, threads))
            command += ["-s", str(script)]
        output = subprocess.run([*command, url], check=False, capture_output=True, text=True,
                                timeout=seconds + 60).stdout
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


async def _with_httpx(base: str, paths: list[str], *, connections: int, seconds: float, max_requests: int) -> dict:
    times: list[float] = []
    errors = 0
    turn = itertools.cycle(paths)
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    deadline = time.monotonic() + seconds
    async with httpx.AsyncClient(limits=limits, timeout=30) as client:
        async def worker() -> None:
            nonlocal errors
            while time.monotonic() < deadline and len(times) + errors < max_requests:
                started = time.perf_counter()
                try:
                    response = await client.get(base + next(turn))
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


def hammer(url: str, *, connections: int = 16, seconds: float = 15, threads: int = 2, tool: str = "auto",
           paths: list[str] | None = None) -> dict:
    """Saturate a URL (or the paths given, in turn, on its server) for `seconds` with `connections` connections.

    Returns requests/s, errors and latency under load.
    """
    if tool == "wrk" or (tool == "auto" and shutil.which("wrk")):
        return with_wrk(url, connections=connections, seconds=seconds, threads=threads, paths=paths)
    if paths:
        base = url.split("/", 3)
        return asyncio.run(_with_httpx("/".join(base[:3]), paths, connections=connections, seconds=seconds,
                                       max_requests=1_000_000))
    return asyncio.run(_with_httpx(url, [""], connections=connections, seconds=seconds, max_requests=1_000_000))


def show(label: str, result: dict, connections: int) -> None:
    p50 = f"{result['p50_ms']:.0f}" if result.get("p50_ms") is not None else "-"
    p99 = f"{result['p99_ms']:.0f}" if result.get("p99_ms") is not None else "-"
    print(f"{label:<56} {result['requests_per_s']:>8.1f} req/s  {result['requests']:>7} requests  "
          f"{result['errors']:>4} errors  p50 {p50} ms  p99 {p99} ms  ({result['tool']}, {connections} connections)",
          flush=True)


def run_load(base: str, targets: list[str | tuple[str, list[str]]], *, connections: int = 16, seconds: float = 15,
             tool: str = "auto", warmup: float = 2) -> dict:
    """Each target in turn: a short warm-up, then `seconds` of load. Returns {label: figures}.

    A target is a path, or (label, paths): then the connections ask for those paths in turn.
    """
    print(f"load: {connections} connections, {seconds:.0f} s per page; {loadavg()}")
    found = {}
    for target in targets:
        label, paths = (target, [target]) if isinstance(target, str) else target
        url = base.rstrip("/") + paths[0]
        rotation = paths if len(paths) > 1 else None
        if warmup and not rotation:  # paths in turn are measured cold: no warm-up on them
            hammer(url, connections=connections, seconds=warmup, tool=tool)
        found[label] = hammer(url, connections=connections, seconds=seconds, tool=tool, paths=rotation)
        show(label + (f" ({len(paths)} URLs in turn)" if rotation else ""), found[label], connections)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("database", nargs="?", help="DATABASE_URL or SQLite file to serve (else --base-url)")
    parser.add_argument("--base-url", help="a server already running")
    parser.add_argument("--path", action="append", help="paths to load (default / and /?topic=<the usual topic>)")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=15)
    parser.add_argument("--tool", choices=["auto", "wrk", "httpx"], default="auto")
    parser.add_argument("--rotate", action="store_true", help="ask for all the --path values in turn, as one test")
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
        targets = [("rotation", paths)] if args.rotate and len(paths) > 1 else paths
        run_load(base, targets, connections=args.connections, seconds=args.seconds, tool=args.tool)
        if process is not None:
            print(f"server memory after the load: {describe_memory(process.pid)}")
    finally:
        if process is not None:
            stop(process)


if __name__ == "__main__":
    main()
