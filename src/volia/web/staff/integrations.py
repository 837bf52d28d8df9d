"""The two services the console uses but does not own: the review queue and publishing.

Each is reached through one small adapter here, so the routes depend on a stable shape and
the only place to change when those services move is this file.

INTEGRATION POINT (review queue): :func:`review_service` wraps ``volia.services.review``
(``pending``, ``accept``, ``edit``, ``reject``, ``choose``) and returns None when that module
is absent, which the queue page shows as "no review queue yet".

INTEGRATION POINT (publishing): :func:`publish_service` returns
``volia.publish.publishing.publish`` (redaction, snapshot, audit) or None when absent.
"""

from __future__ import annotations

import importlib
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from volia.domain.dates import PartialDate
from volia.domain.model import EventType


def _module(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


# --- review queue ---------------------------------------------------------------------

@dataclass
class Candidate:
    person_id: str
    name: str
    score: float
    reasons: tuple[str, ...] = ()


@dataclass
class Claim:
    """One claim as the queue page shows it."""

    id: str
    type: str
    name: str
    mention: str
    date: str | None
    confidence: float | None
    before: str  # the source text around the evidence: before / evidence / after
    evidence: str
    after: str
    person_id: str | None = None  # the person an accept would use now
    source_title: str | None = None
    source_url: str | None = None
    details: dict[str, Any] = field(default_factory=dict)
    candidates: list[Candidate] = field(default_factory=list)


def as_claim(view: Any) -> Claim:
    """A ``ClaimView`` of the review service, split around its highlighted evidence (the
    template escapes each part and marks the middle one)."""
    context = view.context or view.evidence_text or ""
    if view.highlight:
        lo, hi = view.highlight
        before, mid, after = context[:lo], context[lo:hi], context[hi:]
    else:
        before, mid, after = "", context, ""
    source = view.source or {}
    return Claim(
        id=view.id, type=view.type, name=view.name or "", mention=view.mention or "",
        date=view.date.iso(), confidence=view.confidence, before=before, evidence=mid,
        after=after, person_id=view.person_id, source_title=source.get("title"),
        source_url=source.get("url"), details=dict(view.details or {}),
        candidates=[Candidate(c.person_id, c.name, float(c.score), tuple(c.reasons))
                    for c in view.candidates])


class ReviewQueue:
    """The review service behind the console's queue pages."""

    def __init__(self, module: ModuleType) -> None:
        self.module = module

    def pending(self, db: Any, limit: int = 50) -> list[Claim]:
        return [as_claim(v) for v in self.module.pending(db, limit=limit)]

    def count(self, db: Any) -> int:
        return len(self.module.pending(db))

    def accept(self, db: Any, claim_id: str, actor: str, person_id: str | None,
               new_person: bool = False) -> None:
        self.module.accept(db, claim_id, reviewer=actor, person_ref=person_id,
                           new_person=new_person)

    def reject(self, db: Any, claim_id: str, actor: str, reason: str) -> None:
        self.module.reject(db, claim_id, reason, reviewer=actor)

    def edit(self, db: Any, claim_id: str, actor: str, *, type: str | None = None,
             date: str | None = None, person_id: str | None = None,
             term_months: int | None = None, destination_country: str | None = None,
             new_person: bool = False) -> None:
        changes = self.module.ClaimEdit(
            type=EventType(type) if type else None,
            date=PartialDate.parse(date) if date else None, term_months=term_months,
            destination_country=destination_country)
        self.module.edit(db, claim_id, changes, reviewer=actor, person_ref=person_id,
                         new_person=new_person)


def review_service() -> ReviewQueue | None:
    """The review queue, or None while ``volia.services.review`` does not exist."""
    module = _module("volia.services.review")
    if module is None or not all(hasattr(module, f) for f in ("pending", "accept", "reject",
                                                              "edit", "ClaimEdit")):
        return None
    return ReviewQueue(module)


# --- publishing -----------------------------------------------------------------------

def publish_service() -> Callable[..., Any] | None:
    """``publish(db, out, *, actor)`` returning a report with ``added``, ``removed`` and
    ``figure_changes()``; None when the publishing module is absent."""
    module = _module("volia.publish.publishing")
    fn = getattr(module, "publish", None)
    return fn if callable(fn) else None


def latest_snapshot(db: Any) -> Path | None:
    """The file of the newest publication the registry recorded, if any."""
    module = _module("volia.publish.publishing")
    fn = getattr(module, "latest_snapshot", None)
    found = fn(db) if callable(fn) else None
    return Path(found) if found else None


@dataclass
class SnapshotSummary:
    exists: bool
    metadata: dict[str, str] = field(default_factory=dict)
    figures: dict[str, int] = field(default_factory=dict)
    persons: dict[str, str] = field(default_factory=dict)  # id -> primary name


def summarise(path: Path) -> SnapshotSummary:
    """What a snapshot file holds, read with plain sqlite3 (read-only)."""
    if not path.exists():
        return SnapshotSummary(False)
    try:
        db = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            meta = dict(db.execute("SELECT key, value FROM metadata").fetchall())
            figures = dict(db.execute("SELECT key, value FROM figures").fetchall())
            persons = dict(db.execute("SELECT id, primary_name FROM persons").fetchall())
        finally:
            db.close()
    except sqlite3.Error:
        return SnapshotSummary(False)
    return SnapshotSummary(True, meta, figures, persons)


@dataclass
class SnapshotDiff:
    figures: list[tuple[str, int | None, int | None]]
    added: list[tuple[str, str]]
    removed: list[tuple[str, str]]

    @property
    def empty(self) -> bool:
        return not (self.figures or self.added or self.removed)


def diff(old: SnapshotSummary, new: SnapshotSummary, limit: int = 200) -> SnapshotDiff:
    keys = sorted(set(old.figures) | set(new.figures))
    figures = [(k, old.figures.get(k), new.figures.get(k)) for k in keys
               if old.figures.get(k) != new.figures.get(k)]
    added = sorted((new.persons[i], i) for i in set(new.persons) - set(old.persons))
    removed = sorted((old.persons[i], i) for i in set(old.persons) - set(new.persons))
    return SnapshotDiff(figures, [(i, n) for n, i in added[:limit]],
                        [(i, n) for n, i in removed[:limit]])
