"""Benchmark of the public site (not a test): 100,000 persons in a snapshot.

    .venv/bin/python benchmarks/web.py [--persons 100000] [--snapshot /tmp/bench-public.db]

Builds a fictional snapshot (reused when the file exists and has the right size), serves the
public app with uvicorn in a separate process on 127.0.0.1, then measures:

1. server-side latency (every request rendered: a unique parameter bypasses the page cache)
   of the list page and of ``/api/v1/persons`` over a mix of queries (no
   filter at random pages, searches in Latin and Cyrillic, filters, sorts): the app's own time,
   reported by a ``Server-Timing`` header a wrapper adds, and the client's round trip;
2. requests per second on the home page under a Python load generator (asyncio + httpx, several
   concurrent keep-alive connections) on loopback.

Targets (issue 6): p50 <= 30 ms, p99 <= 150 ms; >= 300 req/s on home.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sqlite3
import subprocess
import sys
import time
from collections.abc import MutableMapping
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from machine import describe as describe_machine  # noqa: E402

QUERIES = [
    "", "q=kalesnikava", "q=Калеснікава", "q=tsikhanouskaia", "q=Тихановская", "q=alena+kal",
    "status=imprisoned", "status=released&gender=female", "article=342&sort=-term",
    "year=2021&sort=-detained", "min_years=5&max_years=10", "region=Minsk&status=imprisoned",
    "facility=fac-3", "q=siarhei&status=imprisoned", "sort=-name",
]


def build_real(path: Path, persons: int, registry: Path) -> None:
    """The snapshot through the real path: the demo generator's fictional registry of
    ``persons`` people, imported (``load_demo`` -> ``import_records``), then ``publish``
    (redact + snapshot). Registry and snapshot are reused when present."""
    from publish import build_registry

    from volia.publish.publishing import publish
    from volia.store.unit import Database

    if _holds(path, persons):
        return
    url = build_registry(registry, persons, generator="demo")
    db = Database.open(url)
    started = time.perf_counter()
    try:
        report = publish(db, path, actor="benchmark")
    finally:
        db.dispose()
    print(f"published {len(report.current.persons):,} named persons from {persons:,} in "
          f"{time.perf_counter() - started:.1f} s ({path.stat().st_size / 1e6:.0f} MB)")


def _holds(path: Path, persons: int) -> bool:
    """Whether the snapshot at ``path`` exists and counts about ``persons`` people."""
    if not path.exists():
        return False
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        (count,) = db.execute("SELECT value FROM figures WHERE key='named_persons'").fetchone()
        (anon,) = db.execute("SELECT sum(value) FROM figures WHERE key IN ("
                             "'anonymous_imprisoned','anonymous_released','anonymous_in_exile',"
                             "'anonymous_deceased','anonymous_unknown')").fetchone()
    # the demo generator adds a few real public figures to its fictional people
    if persons <= count + anon <= persons + 100:
        print(f"reusing {path} ({count:,} named + {anon:,} anonymous)")
        return True
    return False


def build(path: Path, persons: int) -> None:
    if _holds(path, persons):
        return
    from volia.publish.sample import sample_view
    from volia.publish.snapshot import write_snapshot

    started = time.perf_counter()
    view = sample_view(persons, seed=3)
    built = time.perf_counter()
    write_snapshot(view, path)
    print(f"built view of {persons:,} people in {built - started:.1f} s, "
          f"wrote snapshot in {time.perf_counter() - built:.1f} s "
          f"({path.stat().st_size / 1e6:.0f} MB)")


def serve(snapshot: str, port: int) -> None:
    """Run in the child process: the public app plus a Server-Timing wrapper."""
    import uvicorn

    from volia.web.public import create_public_app

    app = create_public_app(snapshot)

    async def timed(scope: Any, receive: Any, send: Any) -> None:
        started = time.perf_counter()

        async def send_with_timing(message: MutableMapping[str, Any]) -> None:
            if message["type"] == "http.response.start":
                took = (time.perf_counter() - started) * 1000
                message["headers"] = [*message.get("headers", []),
                                      (b"server-timing", f"app;dur={took:.2f}".encode())]
            await send(message)

        await app(scope, receive, send_with_timing)

    uvicorn.run(timed, host="127.0.0.1", port=port, log_level="warning", access_log=False)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def latency(base: str, path: str, rounds: int, rng: random.Random) -> dict[str, float]:
    server, client = [], []
    with httpx.Client(base_url=base, timeout=30) as http:
        for i in range(rounds):
            query = QUERIES[i % len(QUERIES)]
            page = rng.choice((1, 1, 2, 5, 40, 400, 1999)) if not query else rng.choice((1, 2))
            # a unique parameter defeats the app's response cache: every request is rendered
            url = f"{path}?{query}&page={page}&n={i}" if query else f"{path}?page={page}&n={i}"
            started = time.perf_counter()
            r = http.get(url, headers={"Cache-Control": "no-cache"})
            client.append((time.perf_counter() - started) * 1000)
            assert r.status_code == 200, (url, r.status_code)
            server.append(float(r.headers["server-timing"].split("dur=")[1]))
    return {"p50": percentile(server, 50), "p99": percentile(server, 99),
            "max": max(server), "client_p50": percentile(client, 50),
            "client_p99": percentile(client, 99)}


async def _load(base: str, path: str, seconds: float, concurrency: int) -> tuple[int, int]:
    done = errors = 0
    stop = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as http:
        async def worker() -> None:
            nonlocal done, errors
            while time.perf_counter() < stop:
                r = await http.get(path)
                done += 1
                errors += r.status_code != 200
        await asyncio.gather(*(worker() for _ in range(concurrency)))
    return done, errors


def throughput(base: str, path: str, seconds: float, concurrency: int) -> tuple[float, int]:
    started = time.perf_counter()
    done, errors = asyncio.run(_load(base, path, seconds, concurrency))
    return done / (time.perf_counter() - started), errors




def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--snapshot", default=None,
                        help="default: /tmp/volia-bench-public[-sample].db")
    parser.add_argument("--source", choices=("real", "sample"), default="real",
                        help="real: demo registry -> import -> redact -> snapshot; "
                        "sample: volia.publish.sample's view written directly")
    parser.add_argument("--registry", default="/tmp/volia-bench-registry.db")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--rounds", type=int, default=600)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.snapshot, args.port)
        return
    if args.snapshot is None:
        args.snapshot = ("/tmp/volia-bench-public.db" if args.source == "real"
                         else "/tmp/volia-bench-public-sample.db")
    if args.source == "real":
        build_real(Path(args.snapshot), args.persons, Path(args.registry))
    else:
        build(Path(args.snapshot), args.persons)
    child = subprocess.Popen([sys.executable, __file__, "--serve", "--snapshot", args.snapshot,
                              "--port", str(args.port)])
    base = f"http://127.0.0.1:{args.port}"
    try:
        for _ in range(100):
            try:
                httpx.get(base + "/api/v1/stats", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        rng = random.Random(1)
        latency(base, "/persons", 30, rng)  # warm the caches
        rows = [("list page /persons", latency(base, "/persons", args.rounds, rng)),
                ("GET /api/v1/persons", latency(base, "/api/v1/persons", args.rounds, rng))]
        rps, errors = throughput(base, "/", args.seconds, args.concurrency)
    finally:
        child.terminate()
        child.wait(timeout=10)
    print(f"\nmachine: {describe_machine()}; {args.persons:,} persons ({args.source}); "
          f"{args.rounds} requests each")
    print(f"{'endpoint':<24}{'p50 ms':>9}{'p99 ms':>9}{'max ms':>9}{'client p50':>12}"
          f"{'client p99':>12}  target")
    for name, r in rows:
        ok = "ok" if r["p50"] <= 30 and r["p99"] <= 150 else "MISSED"
        print(f"{name:<24}{r['p50']:>9.1f}{r['p99']:>9.1f}{r['max']:>9.1f}"
              f"{r['client_p50']:>12.1f}{r['client_p99']:>12.1f}  p50<=30 p99<=150 {ok}")
    print(f"{'home / throughput':<24}{rps:>9.0f} req/s over {args.seconds:.0f} s, "
          f"{args.concurrency} connections, {errors} errors  target >=300 "
          f"{'ok' if rps >= 300 and not errors else 'MISSED'}")


if __name__ == "__main__":
    main()
