"""Benchmark: many clients downloading every export at once, while a reader keeps loading the timeline.

    python bench/export_load.py [--calls 3000] [--clients 8] [--rounds 2] [--same-urls]

Builds a database of synthetic calls in a temporary folder, serves it with uvicorn on 127.0.0.1 (a separate
process, so its memory is the server's alone), and has each client download /calls.json, .csv, .ics, .atom and
every page of /api/calls, `rounds` times. Meanwhile one more client asks for `/` again and again. Prints how
long `/` took under that load and the server's resident memory: before, at its peak, and after.
Each client and round asks with an end date of its own past every call: the same calls, but an answer the
server has not made yet, so every download is computed (the worst case). With `--same-urls` all ask the same
URLs, and all but the first download of each are sent from what the server keeps.
Everything stays on the loopback interface and every loop is bounded.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.web_fixtures import ServerProcess, build_many_calls  # noqa: E402 - after the path is set

EXPORTS = ["/calls.json", "/calls.csv", "/calls.ics", "/calls.atom"]


def download_everything(base: str, rounds: int, api: bool, sizes: list[int], errors: list[str],
                        client_number: int | None) -> None:
    with httpx.Client(base_url=base, timeout=120) as client:
        for round_number in range(rounds):
            query = "" if client_number is None else f"?to=2099-{1 + round_number % 12:02}-{10 + client_number % 19}"
            for path in EXPORTS:
                with client.stream("GET", path + query) as response:
                    sizes.append(sum(len(chunk) for chunk in response.iter_bytes()))
                    if response.status_code != 200:
                        errors.append(f"{path}: {response.status_code}")
            url: str | None = f"/api/calls?limit=500{query.replace('?', '&')}" if api else None
            for _ in range(100):  # a bound: 3,000 calls are 6 pages
                if not url:
                    break
                response = client.get(url)
                sizes.append(len(response.content))
                url = response.links.get("next", {}).get("url")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=3000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--no-api", action="store_true", help="download only the file exports, not the API pages")
    parser.add_argument("--same-urls", action="store_true", help="every client asks the same URLs")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "hotline.db"
        build_many_calls(database, args.calls).dispose()
        with ServerProcess(database) as server:
            base = server.url
            with httpx.Client(base_url=base) as warm:
                for path in ["/", *EXPORTS, "/api/calls"]:
                    warm.get(path)
            with httpx.Client(base_url=base) as alone:
                quiet = []
                for _ in range(20):
                    started = time.perf_counter()
                    alone.get("/")
                    quiet.append((time.perf_counter() - started) * 1000)
            before = server.memory()["VmRSS"]
            done = threading.Event()
            peak = [before]

            def sample() -> None:
                while not done.wait(0.02):
                    peak[0] = max(peak[0], server.memory()["VmRSS"])

            timings: list[float] = []
            statuses: list[int] = []

            def read_timeline() -> None:
                with httpx.Client(base_url=base, timeout=30) as client:
                    while not done.is_set() and len(timings) < 10_000:
                        started = time.perf_counter()
                        statuses.append(client.get("/").status_code)
                        timings.append(time.perf_counter() - started)
                        done.wait(0.05)

            sizes: list[int] = []
            errors: list[str] = []
            helpers = [threading.Thread(target=sample), threading.Thread(target=read_timeline)]
            clients = [threading.Thread(target=download_everything,
                                        args=(base, args.rounds, not args.no_api, sizes, errors,
                                              None if args.same_urls else number))
                       for number in range(args.clients)]
            started = time.perf_counter()
            for thread in helpers + clients:
                thread.start()
            for thread in clients:
                thread.join()
            elapsed = time.perf_counter() - started
            done.set()
            for thread in helpers:
                thread.join()
            after = server.memory()
    ms = sorted(t * 1000 for t in timings)
    print(f"{args.calls} calls, {args.clients} clients x {args.rounds} rounds of {', '.join(EXPORTS)} and every "
          f"page of /api/calls: {len(sizes)} downloads, {sum(sizes) / 1e6:.1f} MB in {elapsed:.1f} s"
          + (f"; errors: {errors}" if errors else ""))
    print(f"GET / alone: p50 {statistics.median(quiet):.0f} ms")
    print(f"GET / under load: {len(ms)} requests, statuses {sorted(set(statuses))}, "
          f"p50 {statistics.median(ms):.0f} ms, p95 {ms[int(len(ms) * 0.95) - 1]:.0f} ms, max {ms[-1]:.0f} ms")
    print(f"server memory (RSS): {before / 1024:.0f} MB before, peak {max(peak[0], after['VmHWM']) / 1024:.0f} MB, "
          f"{after['VmRSS'] / 1024:.0f} MB after")


if __name__ == "__main__":
    main()
