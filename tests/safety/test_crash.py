"""Crash safety: kill -9 a bulk import and a publish at random moments.

Afterwards the database verifies, everything committed before is intact, and running the
import again completes it without a duplicate. A killed publish leaves the previous snapshot
whole (the new one is written aside and renamed in).
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from volia.store.tables import events, external_ids, persons
from volia.store.unit import Database

from .bigcsv import write_registry

VOLIA = [str(Path(sys.executable).parent / "volia")]
BIG = int(os.environ.get("VOLIA_CRASH_PERSONS", "8000"))


def volia(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([*VOLIA, *args], capture_output=True, text=True, timeout=600)
    if check:
        assert done.returncode == 0, done.stdout + done.stderr
    return done


def kill_after(args: list[str], delay: float) -> bool:
    """Start ``volia ARGS``, SIGKILL it after ``delay`` s; True if it was still running."""
    proc = subprocess.Popen([*VOLIA, *args], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    time.sleep(delay)
    running = proc.poll() is None
    if running:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    return running


def counts(db: Database) -> dict[str, int]:
    with db.read() as conn:
        return {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar() or 0)
                for t in (persons, events, external_ids)}


def verify_ok(db_url: str) -> None:
    report = json.loads(volia("verify", "--db", db_url, "--json", check=False).stdout)
    assert report["ok"], report["problems"]


@pytest.mark.slow
def test_killed_import_and_publish_lose_nothing_and_resume(db_url, tmp_path):
    rng = random.Random(int(os.environ.get("VOLIA_CRASH_SEED", "7")))
    small, big = tmp_path / "small.csv", tmp_path / "big.csv"
    write_registry(small, 50, prefix="s")
    write_registry(big, BIG, prefix="b", seed=2)
    volia("init", "--db", db_url)
    volia("import", str(small), "--db", db_url, "--confirmed")
    db = Database.open(db_url)
    committed = counts(db)
    assert committed["persons"] == 50

    killed_mid_run = 0
    for delay in sorted(rng.uniform(1.0, 6.0) for _ in range(3)):
        killed_mid_run += kill_after(["import", str(big), "--db", db_url, "--confirmed"], delay)
        verify_ok(db_url)
        now = counts(db)
        # One import is one transaction: all of it or none of it, and never less than before.
        assert now == committed or now["persons"] == committed["persons"] + BIG
    assert killed_mid_run >= 1

    volia("import", str(big), "--db", db_url, "--confirmed")
    again = json.loads(volia("import", str(big), "--db", db_url, "--confirmed", "--json").stdout)
    assert again["events_added_total"] == 0 and again["persons_created"] == 0
    final = counts(db)
    assert final["persons"] == 50 + BIG and final["external_ids"] == 50 + BIG
    with db.read() as conn:
        dupes = conn.execute(select(events.c.import_slot).where(events.c.supersedes.is_(None))
                             .group_by(events.c.import_slot)
                             .having(func.count() > 1)).all()
    assert dupes == []
    verify_ok(db_url)

    out = tmp_path / "public.db"
    volia("publish", "--db", db_url, "--out", str(out))
    first_id = _snapshot_id(out)
    for delay in sorted(rng.uniform(0.5, 4.0) for _ in range(3)):
        kill_after(["publish", "--db", db_url, "--out", str(out)], delay)
        verify_ok(db_url)
        with sqlite3.connect(f"file:{out}?mode=ro", uri=True) as snap:
            assert snap.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert _snapshot_id(out)  # the old snapshot or a complete new one, never half
    volia("publish", "--db", db_url, "--out", str(out))
    assert _snapshot_id(out) != first_id
    assert counts(db) == final  # publishing writes no ledger rows
    db.dispose()


def _snapshot_id(path: Path) -> str:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as snap:
        row = snap.execute("SELECT value FROM metadata WHERE key = 'snapshot_id'").fetchone()
    return str(row[0])
