"""Merging duplicate persons, and undoing it.

A merge is a ledger record: person A is absorbed into B. Nothing of A is moved or changed:
both ids keep resolving, A's events count under B while the merge stands, and an unmerge
(another record) restores A on its own. Both show in the history of each.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select

from volia.store import audit, intervals, ledger
from volia.store.tables import person_merges
from volia.store.unit import Database


@dataclass(frozen=True)
class MergeResult:
    absorbed: str
    into: str
    action: str


def _current_target(conn: Any, person_id: str) -> str | None:
    row = conn.execute(select(person_merges.c.into_id, person_merges.c.action).where(
        person_merges.c.absorbed_id == person_id).order_by(person_merges.c.seq.desc())
        .limit(1)).first()
    return row.into_id if row is not None and row.action == "merge" else None


def merge(db: Database, absorbed_ref: str, into_ref: str, *, reason: str,
          actor: str | None = None) -> MergeResult:
    if not reason.strip():
        raise ValueError("a merge needs a --reason")
    with db.write(actor, reason) as unit:
        conn = unit.conn
        absorbed = ledger.resolve_person_ref(conn, absorbed_ref)
        into = ledger.canonical_id(conn, ledger.resolve_person_ref(conn, into_ref))
        if absorbed == into:
            raise ValueError("a person cannot be merged into themselves")
        if _current_target(conn, absorbed):
            raise ValueError(f"{absorbed_ref} is already merged; unmerge it first")
        if ledger.merged_into(conn, absorbed):
            raise ValueError(f"{absorbed_ref} has persons merged into it; merge the other way "
                             "or unmerge those first")
        conn.execute(insert(person_merges).values(
            absorbed_id=absorbed, into_id=into, action="merge", reason=reason,
            recorded_at=unit.now, recorded_by=unit.actor))
        audit.record(unit, "person.merge", entity="person", entity_id=absorbed,
                     detail={"into": into})
        intervals.refresh(conn, {absorbed, into}, unit.now)
        return MergeResult(absorbed, into, "merge")


def unmerge(db: Database, absorbed_ref: str, *, reason: str, actor: str | None = None
            ) -> MergeResult:
    if not reason.strip():
        raise ValueError("an unmerge needs a --reason")
    with db.write(actor, reason) as unit:
        conn = unit.conn
        absorbed = ledger.resolve_person_ref(conn, absorbed_ref)
        into = _current_target(conn, absorbed)
        if into is None:
            raise ValueError(f"{absorbed_ref} is not merged into anyone")
        conn.execute(insert(person_merges).values(
            absorbed_id=absorbed, into_id=into, action="unmerge", reason=reason,
            recorded_at=unit.now, recorded_by=unit.actor))
        audit.record(unit, "person.unmerge", entity="person", entity_id=absorbed,
                     detail={"from": into})
        intervals.refresh(conn, {absorbed, into}, unit.now)
        return MergeResult(absorbed, into, "unmerge")


@dataclass(frozen=True)
class DuplicateCandidate:
    a: str
    b: str
    a_name: str
    b_name: str
    score: float
    reasons: tuple[str, ...]


def probable_duplicates(db: Database, *, min_score: float = 0.85, limit: int = 200
                        ) -> list[DuplicateCandidate]:
    """Pairs of persons that are probably one person (persons merged away are left out)."""
    from volia.names import find_duplicates
    from volia.services.name_index import index_for

    with db.read() as conn:
        index = index_for(conn, fresh=True)
        if index is None:
            return []
        absorbed = {r.absorbed_id for r in conn.execute(select(person_merges.c.absorbed_id))
                    if _current_target(conn, r.absorbed_id)}
        out = []
        for pair in find_duplicates(index, min_score=min_score):
            if pair.a in absorbed or pair.b in absorbed:
                continue
            out.append(DuplicateCandidate(
                pair.a, pair.b, ledger.get_person(conn, pair.a).primary_name,
                ledger.get_person(conn, pair.b).primary_name, pair.score, pair.reasons))
            if len(out) >= limit:
                break
        return out
