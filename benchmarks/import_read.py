"""Reading speed and peak memory of the importers on the real CECC file (no database).

    .venv/bin/python benchmarks/import_read.py [PATH_TO_CECC_CSV] [--repeat N]

Prints one table row per stage: the generic reader with the ``cecc`` preset, the figures
check, and preset detection. Peak memory is measured with tracemalloc (Python allocations),
and the process's maximum resident size is printed as well.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

from volia.importers import detect_preset, expected_cecc_figures, read_with_mapping

DEFAULT = (Path(__file__).resolve().parents[2]
           / "shared/data/raw/cecc-steinert/cecc_ppd_2020-07-23.csv")


def measure(run: Callable[[], Any], repeat: int) -> tuple[float, float, Any]:
    """Median seconds over ``repeat`` runs, and peak MiB of one traced run."""
    times = []
    result = None
    for _ in range(repeat):
        started = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - started)
    tracemalloc.start()
    run()
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return statistics.median(times), peak, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if not args.path.exists():
        print(f"no file at {args.path}", file=sys.stderr)
        return 1
    rows = []
    seconds, peak, result = measure(lambda: read_with_mapping(args.path, "cecc"), args.repeat)
    records, events = len(result.records), result.stats["events"]
    rows.append(("read_with_mapping(cecc)", records, events, seconds, peak))
    seconds, peak, _ = measure(lambda: expected_cecc_figures(args.path), args.repeat)
    rows.append(("expected_cecc_figures", records, 0, seconds, peak))
    seconds, peak, _ = measure(lambda: detect_preset(args.path), args.repeat)
    rows.append(("detect_preset", 0, 0, seconds, peak))
    print(f"file: {args.path.name} ({args.path.stat().st_size / 2**20:.1f} MiB), "
          f"median of {args.repeat}")
    print(f"{'stage':<26}{'records':>9}{'events':>9}{'seconds':>9}{'records/s':>11}"
          f"{'peak MiB':>10}")
    for name, n, e, s, p in rows:
        rate = f"{n / s:,.0f}" if n else "-"
        print(f"{name:<26}{n:>9}{e:>9}{s:>9.2f}{rate:>11}{p:>10.1f}")
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"process max RSS: {maxrss:.0f} MiB; problems reported: {len(result.problems)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
