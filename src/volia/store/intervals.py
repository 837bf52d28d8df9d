"""Derived status intervals: kept beside the ledger so counts need no replay.

Each row says "person P was in custody (or a recognised political prisoner) from START until
END, according to what the registry knew from VALID_FROM until VALID_TO". When a person's
records change at time T, their open rows are closed at T and the newly derived ones start at
T, so a count "as known on K" reads the rows valid at K. ``rebuild`` recomputes everything
from the ledger; ``replay_intervals`` is the slow reference the benchmark compares against.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, delete, func, insert, or_, select, update

from volia.domain.model import Event
from volia.domain.status import Interval, IntervalKind, status_intervals
from volia.store.ledger import load_events, merged_into, person_events
from volia.store.tables import events, person_merges
from volia.store.tables import status_intervals as table


def _key(iv: Interval) -> tuple[str, date, date | None]:
    return (str(iv.kind), iv.start, iv.end)


def _current_rows(conn: Connection, person_id: str) -> set[tuple[str, date, date | None]]:
    return {(r.kind, r.start_date, r.end_date) for r in conn.execute(
        select(table.c.kind, table.c.start_date, table.c.end_date).where(
            table.c.person_id == person_id, table.c.valid_to.is_(None)))}


def refresh(conn: Connection, person_ids: Iterable[str], now: datetime) -> None:
    """Re-derive the intervals of these persons from the ledger, as known at ``now``."""
    for person_id in set(person_ids):
        absorbed = _is_absorbed(conn, person_id)
        derived = [] if absorbed else status_intervals(person_events(conn, person_id))
        store_derived(conn, person_id, derived, now)


def store_derived(conn: Connection, person_id: str, derived: list[Interval], now: datetime,
                  *, fresh: bool = False) -> None:
    """Make ``derived`` the person's intervals from ``now`` on (``fresh``: they had none)."""
    if not fresh:
        if _current_rows(conn, person_id) == {_key(iv) for iv in derived}:
            return
        conn.execute(update(table).where(table.c.person_id == person_id,
                                         table.c.valid_to.is_(None)).values(valid_to=now))
    if derived:
        conn.execute(insert(table), [
            {"person_id": person_id, "kind": str(iv.kind), "start_date": iv.start,
             "end_date": iv.end, "valid_from": now, "valid_to": None} for iv in derived])


def _valid_at(known_on: datetime | None) -> list[Any]:
    if known_on is None:
        return [table.c.valid_to.is_(None)]
    return [table.c.valid_from <= known_on,
            or_(table.c.valid_to.is_(None), table.c.valid_to > known_on)]


def count(conn: Connection, on: date, known_on: datetime | None = None,
          kind: IntervalKind = IntervalKind.POLITICAL) -> int:
    query = select(func.count(func.distinct(table.c.person_id))).where(
        table.c.kind == str(kind), table.c.start_date <= on,
        or_(table.c.end_date.is_(None), table.c.end_date > on), *_valid_at(known_on))
    return int(conn.execute(query).scalar() or 0)


def persons_on(conn: Connection, on: date, known_on: datetime | None = None,
               kind: IntervalKind = IntervalKind.POLITICAL) -> list[str]:
    query = select(table.c.person_id).distinct().where(
        table.c.kind == str(kind), table.c.start_date <= on,
        or_(table.c.end_date.is_(None), table.c.end_date > on), *_valid_at(known_on))
    return sorted(conn.execute(query).scalars())


def series(conn: Connection, days: list[date], known_on: datetime | None = None,
           kind: IntervalKind = IntervalKind.POLITICAL) -> list[int]:
    """The count on each of ``days``, from one read of the intervals (a sweep, not N queries).

    A person's intervals of one kind never overlap, so counting rows is counting people.
    """
    if not days:
        return []
    last = max(days)
    rows = conn.execute(select(table.c.start_date, table.c.end_date).where(
        table.c.kind == str(kind), table.c.start_date <= last, *_valid_at(known_on))).all()
    starts = sorted(r.start_date for r in rows)
    ends = sorted(r.end_date for r in rows if r.end_date is not None)
    return [bisect.bisect_right(starts, d) - bisect.bisect_right(ends, d) for d in days]


def replay_intervals(conn: Connection, person_id: str, known_on: datetime | None = None
                     ) -> list[Interval]:
    """The slow way: replay the person's ledger records (the reference for checks)."""
    records = person_events(conn, person_id)
    return status_intervals(records, known_on)


def stored_intervals(conn: Connection, person_id: str, known_on: datetime | None = None
                     ) -> list[Interval]:
    rows = conn.execute(select(table).where(table.c.person_id == person_id,
                                            *_valid_at(known_on))).all()
    return sorted((Interval(IntervalKind(r.kind), r.start_date, r.end_date) for r in rows),
                  key=_key)


def rebuild(conn: Connection) -> int:
    """Drop every derived row and recompute all of history from the ledger.

    For each person the derivation is repeated at each moment their records (or a merge
    touching them) were written, so "as known on" answers survive a rebuild.
    Returns the number of rows written.
    """
    conn.execute(delete(table))
    moments: dict[str, set[datetime]] = defaultdict(set)
    for pid, at in conn.execute(select(events.c.person_id, events.c.recorded_at).where(
            events.c.person_id.is_not(None))):
        moments[pid].add(at)
    merges = conn.execute(select(person_merges).order_by(person_merges.c.seq)).all()
    for m in merges:
        moments[m.into_id].add(m.recorded_at)
        moments[m.absorbed_id].add(m.recorded_at)
    written = 0
    for person_id, stamps in moments.items():
        records = _records_with_merges(conn, person_id, merges)
        previous: set[tuple[str, date, date | None]] = set()
        open_rows: list[dict[str, Any]] = []
        for at in sorted(stamps):
            absorbed = _absorbed_at(merges, at)
            if person_id in absorbed:
                derived: list[Interval] = []
            else:
                mine = {person_id} | {a for a, into in absorbed.items() if into == person_id}
                derived = status_intervals([e for e in records if e.person_id in mine], at)
            keys = {_key(iv) for iv in derived}
            if keys == previous:
                continue
            for row in open_rows:
                row["valid_to"] = at
            rows = [{"person_id": person_id, "kind": str(iv.kind), "start_date": iv.start,
                     "end_date": iv.end, "valid_from": at, "valid_to": None} for iv in derived]
            if open_rows:
                conn.execute(insert(table), open_rows)
                written += len(open_rows)
            open_rows, previous = rows, keys
        if open_rows:
            conn.execute(insert(table), open_rows)
            written += len(open_rows)
    return written


def _records_with_merges(conn: Connection, person_id: str, merges: Sequence[Any]
                         ) -> list[Event]:
    related = {person_id} | {m.absorbed_id for m in merges if m.into_id == person_id}
    return load_events(conn, events.c.person_id.in_(related))


def _absorbed_at(merges: Sequence[Any], at: datetime) -> dict[str, str]:
    latest: dict[str, tuple[str, str]] = {}
    for m in merges:
        if m.recorded_at <= at:
            latest[m.absorbed_id] = (m.into_id, m.action)
    return {a: into for a, (into, action) in latest.items() if action == "merge"}


def check_against_replay(conn: Connection, person_ids: Iterable[str],
                         known_on: datetime | None = None) -> list[str]:
    """Persons whose stored intervals differ from a full replay (empty = all agree)."""
    differing = []
    for pid in person_ids:
        if merged_into(conn, pid) or _is_absorbed(conn, pid):
            continue  # merged identities are checked by ``rebuild`` semantics instead
        if stored_intervals(conn, pid, known_on) != sorted(replay_intervals(conn, pid, known_on),
                                                           key=_key):
            differing.append(pid)
    return differing


def _is_absorbed(conn: Connection, person_id: str) -> bool:
    row = conn.execute(select(person_merges.c.action).where(
        person_merges.c.absorbed_id == person_id).order_by(person_merges.c.seq.desc()).limit(1)
    ).scalar()
    return row == "merge"


