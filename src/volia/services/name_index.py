"""The registry's names fed to the name engine (``volia.names``), for resolving mentions.

The engine is pure and lives in memory; this module loads it from the store and keeps one
index per database URL for the life of the process.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select

from volia.store.tables import person_names, person_revisions

_indexes: dict[str, Any] = {}


def build_index(conn: Connection) -> Any | None:
    try:
        from volia.names import NameIndex
    except ImportError:
        return None
    index = NameIndex()
    years: dict[str, int | None] = {}
    for pid, birth in conn.execute(select(person_revisions.c.person_id,
                                          person_revisions.c.birth_date)
                                   .order_by(person_revisions.c.seq)):
        years[pid] = int(birth[:4]) if birth else None
    names: dict[str, list[str]] = {}
    for pid, text in conn.execute(select(person_names.c.person_id, person_names.c.text)
                                  .where(person_names.c.retracted.is_(False))):
        names.setdefault(pid, []).append(text)
    for pid, texts in names.items():
        index.add(pid, texts, birth_year=years.get(pid))
    return index


def index_for(conn: Connection, *, fresh: bool = False) -> Any | None:
    key = str(conn.engine.url)
    if fresh or key not in _indexes:
        _indexes[key] = build_index(conn)
    return _indexes[key]


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
