"""``volia publish``: redact, write the snapshot atomically, say what changed, audit it.

The snapshot goes to a temporary file beside its destination and is renamed over it
(:func:`volia.publish.snapshot.write_snapshot`), so a crash leaves the previous snapshot
whole. The audit entry ``publish`` names the file and its digest: it is how the registry
knows its latest publication (:func:`latest_snapshot`).
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import make_url

from volia.publish.redact import redact
from volia.publish.snapshot import write_snapshot
from volia.store import audit
from volia.store.tables import audit_log
from volia.store.unit import Database

STALE_TEMP_SECONDS = 600  # a temporary snapshot this old belongs to a publish that died
FIGURES = ("imprisoned", "recognised_total", "released_this_year", "died_in_custody",
           "named_persons")


@dataclass
class SnapshotSummary:
    persons: dict[str, str] = field(default_factory=dict)  # id -> primary name (public)
    figures: dict[str, int] = field(default_factory=dict)
    snapshot_id: str | None = None


@dataclass
class PublishReport:
    path: str
    snapshot_id: str
    sha256: str
    current: SnapshotSummary
    previous: SnapshotSummary | None
    removed_temp: list[str] = field(default_factory=list)

    @property
    def added(self) -> list[tuple[str, str]]:
        before = self.previous.persons if self.previous else {}
        return sorted((i, n) for i, n in self.current.persons.items() if i not in before)

    @property
    def removed(self) -> list[tuple[str, str]]:
        if not self.previous:
            return []
        return sorted((i, n) for i, n in self.previous.persons.items()
                      if i not in self.current.persons)

    def figure_changes(self) -> dict[str, tuple[int | None, int]]:
        before = self.previous.figures if self.previous else {}
        return {k: (before.get(k), self.current.figures.get(k, 0)) for k in FIGURES}

    def as_dict(self) -> dict[str, Any]:
        return {"path": self.path, "snapshot_id": self.snapshot_id, "sha256": self.sha256,
                "persons": len(self.current.persons),
                "previous_snapshot_id": self.previous.snapshot_id if self.previous else None,
                "added": [{"id": i, "name": n} for i, n in self.added],
                "removed": [{"id": i, "name": n} for i, n in self.removed],
                "figures": {k: {"before": b, "now": a}
                            for k, (b, a) in self.figure_changes().items()},
                "removed_temp": self.removed_temp}


def default_snapshot_path(db: Database) -> Path:
    """``public.db`` beside an SQLite database; in the working directory otherwise."""
    url = make_url(db.url)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        return Path(str(url.database)).resolve().parent / "public.db"
    return Path("public.db").resolve()


def read_summary(path: Path) -> SnapshotSummary | None:
    """The public content of an existing snapshot (None if absent or unreadable)."""
    if not path.exists():
        return None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            persons = dict(conn.execute("SELECT id, primary_name FROM persons").fetchall())
            figures = dict(conn.execute("SELECT key, value FROM figures").fetchall())
            row = conn.execute("SELECT value FROM metadata WHERE key = 'snapshot_id'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return SnapshotSummary(persons, figures, row[0] if row else None)


def _remove_stale_temps(target: Path) -> list[str]:
    removed = []
    for temp in target.parent.glob(f".{target.name}.*.tmp"):
        try:
            if time.time() - temp.stat().st_mtime > STALE_TEMP_SECONDS:
                temp.unlink()
                removed.append(temp.name)
        except OSError:
            continue
    return removed


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def publish(db: Database, out: str | Path | None = None, *, as_of: date | None = None,
            actor: str | None = None) -> PublishReport:
    target = Path(out).resolve() if out else default_snapshot_path(db)
    removed = _remove_stale_temps(target) if target.parent.exists() else []
    previous = read_summary(target)
    view = redact(db, as_of=as_of)
    snapshot_id = write_snapshot(view, target)
    current = read_summary(target) or SnapshotSummary()
    report = PublishReport(str(target), snapshot_id, _sha256(target), current, previous,
                           removed)
    with db.write(actor, "publish") as unit:
        audit.record(unit, "publish", entity="snapshot", entity_id=snapshot_id, detail={
            "path": report.path, "sha256": report.sha256, "persons": len(current.persons),
            "added": len(report.added), "removed": len(report.removed),
            "figures": current.figures, "as_of": view.figures.as_of.isoformat()})
    return report


def latest_snapshot(db: Database) -> str | None:
    """The file of the newest publication recorded in the audit log, if any."""
    with db.read() as conn:
        row = conn.execute(select(audit_log.c.detail).where(audit_log.c.action == "publish")
                           .order_by(audit_log.c.seq.desc()).limit(1)).scalar()
    return str(row["path"]) if row and row.get("path") else None
