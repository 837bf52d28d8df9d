"""The registry's names fed to the name engine (``volia.names``), for resolving mentions.

The engine is pure and lives in memory; this module loads it from the store and keeps one
index per database URL for the life of the process, updated as names are written.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from volia.store.tables import person_names, person_revisions


@dataclass
class _Cached:
    index: Any
    last_seq: int  # the newest person_names row already in the index


_indexes: dict[str, _Cached] = {}


def _birth_years(conn: Connection, person_ids: set[str] | None) -> dict[str, int | None]:
    query = select(person_revisions.c.person_id, person_revisions.c.birth_date).order_by(
        person_revisions.c.seq)
    if person_ids is not None:
        query = query.where(person_revisions.c.person_id.in_(person_ids))
    return {pid: int(birth[:4]) if birth else None for pid, birth in conn.execute(query)}


def _add_names(conn: Connection, index: Any, after_seq: int) -> int:
    """Put names written after ``after_seq`` into ``index``; returns the newest seq seen."""
    from volia.names import InvalidName

    names: dict[str, list[str]] = {}
    last = after_seq
    for seq, pid, text in conn.execute(
            select(person_names.c.seq, person_names.c.person_id, person_names.c.text)
            .where(person_names.c.retracted.is_(False), person_names.c.seq > after_seq)
            .order_by(person_names.c.seq)):
        names.setdefault(pid, []).append(text)
        last = seq
    if names:
        years = _birth_years(conn, set(names) if after_seq and len(names) < 500 else None)
        for pid, texts in names.items():
            try:
                index.add(pid, texts, birth_year=years.get(pid))
            except InvalidName:
                continue  # e.g. names only in a script the engine does not read
    return last


def index_for(conn: Connection, *, fresh: bool = False) -> Any | None:
    """The registry's name index, one per database for the life of the process, brought
    up to date on each call with the names written since (one indexed query when nothing
    changed), so a long-running server sees new persons at once."""
    try:
        from volia.names import NameIndex
    except ImportError:
        return None
    key = str(conn.engine.url)
    cached = _indexes.get(key)
    if fresh or cached is None:
        cached = _indexes[key] = _Cached(NameIndex(), 0)
    cached.last_seq = _add_names(conn, cached.index, cached.last_seq)
    return cached.index


def resolve_in_registry(conn: Connection, name: str, *, birth_year: int | None = None,
                        limit: int = 5) -> list[Any] | None:
    """Candidates from the name engine, or None when the engine is not available."""
    index = index_for(conn)
    if index is None:
        return None
    try:
        return list(index.resolve(name, birth_year=birth_year, limit=limit))
    except ValueError:
        return []


def registry_resolver(db: Any) -> Any | None:
    """A resolver for the import service: name engine matches against the registry.

    Returns None when the engine is unavailable or the registry is empty (nothing to match).
    """
    from volia.store.ledger import person_count

    with db.read() as conn:
        if not person_count(conn):
            return None
        index = index_for(conn, fresh=True)
    if index is None:
        return None
    try:
        from volia.names import AUTO_LINK_THRESHOLD, REVIEW_THRESHOLD
    except ImportError:
        return None

    def resolve(names: list[str], birth_year: int | None) -> tuple[str, float, bool] | None:
        best = None
        for name in names:
            try:
                found = index.resolve(name, birth_year=birth_year, limit=1)
            except ValueError:
                continue
            if found and (best is None or found[0].score > best.score):
                best = found[0]
        if best is None or best.score < REVIEW_THRESHOLD:
            return None
        return best.person_id, best.score, best.score >= AUTO_LINK_THRESHOLD

    return resolve
