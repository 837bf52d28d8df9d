"""Benchmark of ``volia publish`` (redact + snapshot), not a test.

    .venv/bin/python benchmarks/publish.py [--sizes 3000,100000] [--repeat 3]
        [--baseline-commit 1014833] [--baseline-max 100000]

For each size, a registry is built once through the real path and reused from --workdir:
the 3,000-person one with ``volia demo``'s generator (``services.demo.load_demo``: scripts,
withheld names, embargoes, consent), the larger ones with ``benchmarks/synthetic.py`` (about ten
events a person) through ``services.importing.import_records``, confirmed by a reviewer as the
demo is. Each publication runs in a fresh process (cold caches, as ``volia publish`` does),
``--repeat`` times; the table gives medians of the wall time and CPU time of ``publish()``.

Baseline, in the same run: the publish package as it was at ``--baseline-commit`` (read with
``git show``, imported under another name), on the same registries. Both snapshots are compared
table by table (everything but the snapshot id and time): the speed-up must not change a byte
of what is published.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from machine import describe as describe_machine  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
BASELINE_PACKAGE = "volia_publish_baseline"
CHILD = """
import json, resource, sys, time
from importlib import import_module
from volia.store.unit import Database
publish = import_module(sys.argv[1] + ".publishing").publish
db = Database.open(sys.argv[2])
wall, cpu = time.perf_counter(), time.process_time()
publish(db, sys.argv[3], actor="benchmark")
print(json.dumps({"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def build_registry(path: Path, persons: int, generator: str | None = None) -> str:
    """An SQLite registry of ``persons`` people at ``path`` (reused when it has them), made
    by ``generator``: ``demo`` or ``synthetic`` (default: demo up to 10,000 persons)."""
    url = f"sqlite:///{path}"
    if path.exists():
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            try:
                (count,) = conn.execute("SELECT count(*) FROM persons").fetchone()
            except sqlite3.Error:
                count = -1
        if count >= persons:
            return url
        path.unlink()
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from synthetic import synthetic_records

    from volia.domain.model import Verification
    from volia.services.demo import load_demo
    from volia.services.importing import import_records
    from volia.store.unit import Database

    started = time.perf_counter()
    db = Database.open(url, create=True)
    try:
        if (generator or ("demo" if persons <= 10_000 else "synthetic")) == "demo":
            load_demo(db, persons=persons)
        else:
            import_records(db, synthetic_records(persons), label="bench", actor="bench",
                           verification=Verification.CONFIRMED)
    finally:
        db.dispose()
    print(f"built registry of {persons:,} persons in {time.perf_counter() - started:.0f} s",
          flush=True)
    return url


def baseline_package(commit: str, workdir: Path) -> Path:
    """The publish package of ``commit`` as ``volia_publish_baseline`` under ``workdir``."""
    target = workdir / "baseline" / BASELINE_PACKAGE
    target.mkdir(parents=True, exist_ok=True)
    names = subprocess.run(["git", "-C", str(ROOT), "ls-tree", "--name-only", commit,
                            "src/volia/publish/"], check=True, capture_output=True,
                           text=True).stdout.split()
    for name in names:
        if not name.endswith(".py"):
            continue
        text = subprocess.run(["git", "-C", str(ROOT), "show", f"{commit}:{name}"], check=True,
                              capture_output=True, text=True).stdout
        text = re.sub(r"\bvolia\.publish\b", BASELINE_PACKAGE, text)
        (target / Path(name).name).write_text(text, encoding="utf-8")
    return target.parent


def run_publish(package: str, url: str, out: Path, extra_path: Path | None) -> dict[str, float]:
    env = dict(os.environ)
    if extra_path is not None:
        env["PYTHONPATH"] = os.pathsep.join(
            p for p in (str(extra_path), env.get("PYTHONPATH")) if p)
    result = subprocess.run([sys.executable, "-c", CHILD, package, url, str(out)], env=env,
                            check=True, capture_output=True, text=True)
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def snapshot_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows, sorted; metadata without the snapshot's id and time."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        tables = [r[0] for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        out = {t: sorted(db.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
               for t in tables}
    out["metadata"] = [r for r in out.get("metadata", [])
                       if r[0] not in ("snapshot_id", "published_at")]
    return out


def same_snapshot(a: Path, b: Path) -> str:
    rows_a, rows_b = snapshot_rows(a), snapshot_rows(b)
    differ = [t for t in sorted(set(rows_a) | set(rows_b)) if rows_a.get(t) != rows_b.get(t)]
    return "identical" if not differ else "DIFFERENT: " + ", ".join(differ)


def median(runs: list[dict[str, float]], key: str) -> float:
    return statistics.median(r[key] for r in runs)




def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="3000,100000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workdir", default="/tmp/volia-bench-publish")
    parser.add_argument("--baseline-commit", default="1014833")
    parser.add_argument("--baseline-max", type=int, default=100_000,
                        help="skip the baseline above this many persons")
    parser.add_argument("--baseline-repeat", type=int, default=1)
    args = parser.parse_args()
    workdir = Path(args.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    base_path = baseline_package(args.baseline_commit, workdir)
    rows = []
    for persons in (int(s) for s in args.sizes.split(",")):
        url = build_registry(workdir / f"registry-{persons}.db", persons)
        new_out = workdir / f"public-{persons}.db"
        runs = [run_publish("volia.publish", url, new_out, None) for _ in range(args.repeat)]
        rows.append((persons, "this code", runs, ""))
        print(persons, "this code", runs, flush=True)
        if persons <= args.baseline_max:
            old_out = workdir / f"public-{persons}-baseline.db"
            base = [run_publish(BASELINE_PACKAGE, url, old_out, base_path)
                    for _ in range(args.baseline_repeat)]
            print(persons, "baseline", base, flush=True)
            rows.append((persons, f"baseline ({args.baseline_commit})", base,
                         same_snapshot(new_out, old_out)))
    print(f"\nmachine: {describe_machine()}")
    print("| persons | code | runs | wall s (median) | CPU s (median) | peak RSS MiB | "
          "snapshot vs baseline |")
    print("|---:|---|---:|---:|---:|---:|---|")
    for persons, label, runs, same in rows:
        print(f"| {persons:,} | {label} | {len(runs)} | {median(runs, 'wall'):.1f} | "
              f"{median(runs, 'cpu'):.1f} | {max(r['rss_mb'] for r in runs):.0f} | {same} |")


if __name__ == "__main__":
    main()
