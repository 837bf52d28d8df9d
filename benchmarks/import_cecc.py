"""Import of the full CECC file: time (read + write) and peak memory, SQLite and PostgreSQL.

    .venv/bin/python benchmarks/import_cecc.py [--file CECC.csv] [--postgres URL] [--out MD]

Each stage runs in its own process so that its peak resident memory is its own. Stages:
``read`` (the reader alone: the baseline the write adds to), ``import`` (read + write into an
empty database, the path ``volia import`` takes), ``reimport`` (the same file again: every
person found and compared slot by slot, the one-by-one path a newer export takes) and
``check`` (``volia check-figures``). Targets (issue 4): import <= 10 s, <= 300 MB.
PostgreSQL defaults to VOLIA_TEST_POSTGRES_URL; each run uses a fresh schema, dropped after.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from machine import describe as describe_machine  # noqa: E402

DEFAULT = (Path(__file__).resolve().parents[2]
           / "shared/data/raw/cecc-steinert/cecc_ppd_2020-07-23.csv")


def _stage(stage: str, file: Path, url: str) -> dict[str, Any]:
    """Run one stage in this process and describe it (called in a child process)."""
    from volia.services import importing
    from volia.services.figures import check_figures
    from volia.services.reading import read_input
    from volia.store.db import make_engine
    from volia.store.unit import Database

    wall, cpu = time.perf_counter(), time.process_time()
    out: dict[str, Any] = {}
    if stage == "read":
        out["records"] = len(read_input(file, preset="cecc").records)
    else:
        db = Database(make_engine(url))
        if stage == "import":
            db.migrate()
        if stage in ("import", "reimport"):
            outcome = read_input(file, preset="cecc")
            report = importing.import_records(db, outcome.records, label=file.name,
                                              as_of=outcome.as_of)
            out.update(records=len(outcome.records),
                       events=sum(report.events_added.values()),
                       unchanged=report.events_unchanged)
        else:
            check = check_figures(db, file, preset="cecc")
            out.update(records=sum(check.expected.values()), agrees=check.agrees)
        db.dispose()
    out.update(seconds=time.perf_counter() - wall, cpu=time.process_time() - cpu,
               peak_mib=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return out


def _child(stage: str, file: Path, url: str) -> dict[str, Any]:
    done = subprocess.run([sys.executable, __file__, "--stage", stage, "--file", str(file),
                           "--db", url], capture_output=True, text=True, check=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def _postgres_schema(url: str, drop: str | None = None) -> str:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    schema = drop or f"bench_{uuid.uuid4().hex[:10]}"
    with engine.begin() as conn:
        conn.execute(text(f"DROP SCHEMA {schema} CASCADE" if drop else
                          f"CREATE SCHEMA {schema}"))
    engine.dispose()
    return schema




def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=Path, default=DEFAULT)
    parser.add_argument("--postgres", default=os.environ.get("VOLIA_TEST_POSTGRES_URL"))
    parser.add_argument("--out", type=Path, help="also write a Markdown table here")
    parser.add_argument("--stage", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stage:
        print(json.dumps(_stage(args.stage, args.file, args.db)))
        return 0
    if not args.file.exists():
        print(f"no file at {args.file}", file=sys.stderr)
        return 1
    rows: list[tuple[str, str, dict[str, Any]]] = []
    with tempfile.TemporaryDirectory() as tmp:
        sqlite = f"sqlite:///{Path(tmp) / 'bench.db'}"
        rows.append(("read only (baseline)", "-", _child("read", args.file, sqlite)))
        for stage in ("import", "reimport", "check"):
            rows.append((stage, "SQLite", _child(stage, args.file, sqlite)))
    if args.postgres:
        schema = _postgres_schema(args.postgres)
        url = f"{args.postgres}?options=-csearch_path%3D{schema}"
        try:
            for stage in ("import", "reimport", "check"):
                rows.append((stage, "PostgreSQL", _child(stage, args.file, url)))
        finally:
            _postgres_schema(args.postgres, drop=schema)
    lines = [f"File: {args.file.name} ({args.file.stat().st_size / 2**20:.1f} MiB). "
             f"Machine: {describe_machine()}.", "",
             "| stage | database | records | events written | wall s | CPU s | peak RSS MiB |",
             "|---|---|---:|---:|---:|---:|---:|"]
    for name, where, r in rows:
        lines.append(f"| {name} | {where} | {r.get('records', '-')} | {r.get('events', '-')} "
                     f"| {r['seconds']:.2f} | {r['cpu']:.2f} | {r['peak_mib']:.0f} |")
    text = "\n".join(lines)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
