"""Core benchmark: import, count, series and history on a 100,000-person registry.

Prints a table of measured values beside the targets of the core issue and a baseline
measured in the same run:
- import: the bulk path vs. recording events one by one through the event service;
- count: the indexed intervals vs. replaying every person's ledger;
- and a check that stored intervals agree with a full replay on a sample.

Usage: python benchmarks/core.py [--persons 100000] [--db URL] [--postgres]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from machine import describe as describe_machine  # noqa: E402
from sqlalchemy import create_engine, select, text  # noqa: E402
from synthetic import synthetic_records  # noqa: E402

from volia.domain.status import derive_status  # noqa: E402
from volia.services import counting, registry  # noqa: E402
from volia.services.counting import Step  # noqa: E402
from volia.services.history import history  # noqa: E402
from volia.services.importing import import_records  # noqa: E402
from volia.store import intervals, ledger  # noqa: E402
from volia.store.db import make_engine  # noqa: E402
from volia.store.tables import events, persons  # noqa: E402
from volia.store.unit import Database  # noqa: E402


def timed(fn):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value




def open_database(args: argparse.Namespace, workdir: str) -> Database:
    if args.postgres:
        url = os.environ.get("VOLIA_TEST_POSTGRES_URL",
                             "postgresql+psycopg://postgres@127.0.0.1:5432/test")
        admin = create_engine(url)
        with admin.begin() as conn:
            conn.execute(text("DROP SCHEMA IF EXISTS volia_bench CASCADE"))
            conn.execute(text("CREATE SCHEMA volia_bench"))
        db = Database(make_engine(url, schema="volia_bench"))
    else:
        db = Database(make_engine(args.db or f"sqlite:///{workdir}/bench.db"))
    db.migrate()
    return db


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--db")
    parser.add_argument("--postgres", action="store_true")
    args = parser.parse_args()
    rows: list[tuple[str, str, str, str]] = []
    with tempfile.TemporaryDirectory() as workdir:
        db = open_database(args, workdir)
        records = list(synthetic_records(args.persons))
        n_events = sum(len(r.events) for r in records)
        seconds, _ = timed(lambda: import_records(db, records, label="bench", actor="bench"))
        rate = n_events / seconds
        # Baseline: the one-event-at-a-time service path (what `volia event add` does), on a
        # sample of 100 persons with their events.
        sample = records[:100]
        base_events = [(r, e) for r in sample for e in r.events]

        def one_by_one() -> None:
            owners: dict[str, str] = {}
            for record, e in base_events:
                if record.external_id not in owners:
                    owners[record.external_id] = registry.add_person(
                        db, record.names[0].text, "bench").id
                registry.add_event(db, owners[record.external_id], "bench", type=e.type,
                                   date=e.date, details=e.details)

        base_seconds, _ = timed(one_by_one)
        rows.append(("import (bulk path)", f"{rate:,.0f} events/s",
                     ">= 20,000 events/s",
                     f"one by one: {len(base_events) / base_seconds:,.0f} events/s"))
        rows.append(("registry size", f"{args.persons:,} persons, {n_events:,} events", "", ""))

        days = [date(2020, 1, 1).replace(year=2020 + i % 6, month=1 + i % 12) for i in range(30)]
        count_times = []
        for day in days:
            t, _ = timed(lambda d=day: counting.count(db, d))
            count_times.append(t)
        median_ms = statistics.median(count_times) * 1000
        with db.read() as conn:
            ids = conn.execute(select(persons.c.id)).scalars().all()
        rng = random.Random(7)
        replay_sample = rng.sample(list(ids), min(2000, len(ids)))

        def replay_count() -> int:
            n = 0
            with db.read() as conn:
                for pid in replay_sample:
                    result = derive_status(ledger.person_events(conn, pid), date(2023, 1, 1))
                    n += result.political_prisoner
            return n

        replay_seconds, _ = timed(replay_count)
        replay_full_ms = replay_seconds * len(ids) / len(replay_sample) * 1000
        rows.append(("count --on (median of 30)", f"{median_ms:.1f} ms", "<= 50 ms",
                     f"full replay: ~{replay_full_ms / 1000:,.0f} s (extrapolated)"))

        series_t, points = timed(lambda: counting.series(
            db, date(2020, 1, 1), date(2025, 12, 1), Step.MONTH))
        single_t, _ = timed(lambda: [counting.count(db, d) for d, _ in points[:12]])
        rows.append((f"series, {len(points)} monthly points", f"{series_t * 1000:.0f} ms",
                     "<= 1,000 ms", f"72 single counts: ~{single_t / 12 * 72 * 1000:.0f} ms"))

        hist_times = []
        for pid in rng.sample(list(ids), 50):
            t, _ = timed(lambda p=pid: history(db, p))
            hist_times.append(t)
        rows.append(("history of one person (median of 50)",
                     f"{statistics.median(hist_times) * 1000:.1f} ms", "<= 20 ms", ""))

        with db.read() as conn:
            check = rng.sample(list(ids), 500)
            differing = intervals.check_against_replay(conn, check)
            agree_counts = all(
                counting.count(db, d) == sum(
                    derive_status(ledger.person_events(conn, p), d).political_prisoner
                    for p in ids) for d in [date(2022, 3, 1)]) if len(ids) <= 5000 else None
        rows.append(("intervals vs full replay (500 persons)",
                     f"{500 - len(differing)}/500 agree", "all agree",
                     "" if agree_counts is None else f"count agrees with replay: {agree_counts}"))
        with db.read() as conn:
            total_events = conn.execute(select(events.c.seq).order_by(events.c.seq.desc())
                                        .limit(1)).scalar()
        db.dispose()
    print(f"\nVolia core benchmark on {'PostgreSQL' if args.postgres else 'SQLite'}")
    print(f"machine: {describe_machine()}")
    print(f"ledger rows written: {total_events:,}\n")
    widths = [max(len(r[i]) for r in rows + [("what", "measured", "target", "baseline")])
              for i in range(4)]
    header = ("what", "measured", "target", "baseline (same run)")
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=False)))
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=False)))


if __name__ == "__main__":
    main()
