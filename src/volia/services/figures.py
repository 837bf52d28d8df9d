"""Does the registry reproduce a source's own figures? ``check_figures`` compares, person by
person, what Volia derives from its ledger on a day with what the source file's status codes
say (``volia.importers.figures``), and gives each difference its reason.

The file's side comes from its raw status codes and the mapping's code table; Volia's side
from the ledger (``derive_status``) and, as a second check, from the indexed custody intervals
that ``volia count --all-detained`` reads. So the comparison covers the mapping, the date
placement rules, the status derivation and the index together.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select

from volia.domain.model import Event, EventType
from volia.domain.records import RowProblem
from volia.domain.status import IntervalKind, Status, StatusResult, derive_status, placed_on
from volia.importers.figures import category
from volia.importers.mapping import Mapping, load_mapping
from volia.importers.presets import load_preset
from volia.importers.rows import Reader, iter_rows
from volia.services.counting import as_utc_naive
from volia.services.reading import read_input
from volia.store import intervals, ledger
from volia.store.tables import events, external_ids, person_merges
from volia.store.unit import Database

FIGURES = ("detained", "released", "died_in_custody")
_EXITS = {EventType.RELEASED, EventType.DEPORTED, EventType.DIED_IN_CUSTODY}
_STATUS_FIGURE = {Status.IMPRISONED: "detained", Status.RELEASED: "released",
                  Status.IN_EXILE: "released", Status.DECEASED: "died_in_custody",
                  Status.UNKNOWN: "not_detained"}


@dataclass
class Difference:
    """One person whose derived status is not what the file's code says, and why."""

    external_id: str
    origin: str
    code: str
    expected: str
    derived: str
    reasons: list[str]  # "kind: explanation"; kinds: see ``_reasons``

    @property
    def kinds(self) -> list[str]:
        return [r.split(":", 1)[0] for r in self.reasons]


@dataclass
class FiguresCheck:
    file: str
    layout: str
    on: date
    expected: dict[str, int]
    derived: dict[str, int]
    counted: int  # the file's persons in custody on ``on`` per the indexed intervals
    differences: list[Difference] = field(default_factory=list)

    @property
    def agrees(self) -> bool:
        return not self.differences and self.counted == self.derived["detained"]

    def as_dict(self) -> dict[str, Any]:
        return {"file": self.file, "layout": self.layout, "on": self.on.isoformat(),
                "expected": self.expected, "derived": self.derived, "counted": self.counted,
                "agrees": self.agrees,
                "differences": [d.__dict__ for d in self.differences]}


def _ignore(column: str | None, value: str | None, why: str) -> None:
    """Field problems are the import's read to report (``outcome.problems``), not ours."""


def _codes(path: Path, mapping: Mapping) -> list[tuple[str, str, str]]:
    """(id, status code, origin) of every row, straight from the file."""
    table = mapping.status_table()
    if table is None:
        raise ValueError(f"layout {mapping.name} has no status codes to check figures against")
    reader, out = Reader(mapping), []
    for row in iter_rows(path, mapping):
        pid = reader.first(mapping.id, row, _ignore)
        code = reader.first(table.field, row, _ignore) or ""
        if pid:
            out.append((pid, code, row.origin))
    return out


def _canonical(conn: Connection) -> dict[str, str]:
    """absorbed person -> the person that now stands for it (merges only, in order)."""
    into: dict[str, str] = {}
    for row in conn.execute(select(person_merges).order_by(person_merges.c.seq)):
        if row.action == "merge":
            into[row.absorbed_id] = row.into_id
        else:
            into.pop(row.absorbed_id, None)

    def follow(pid: str) -> str:
        seen = {pid}
        while pid in into and into[pid] not in seen:
            pid = into[pid]
            seen.add(pid)
        return pid
    return {pid: follow(pid) for pid in into}


def _events_of(conn: Connection, persons: set[str]) -> dict[str, list[Event]]:
    found: dict[str, list[Event]] = defaultdict(list)
    ids = sorted(persons)
    for start in range(0, len(ids), 500):
        for event in ledger.load_events(conn, events.c.person_id.in_(ids[start:start + 500])):
            assert event.person_id is not None
            found[event.person_id].append(event)
    return found


def _reasons(expected: str, result: StatusResult, facts: list[Event], on: date,
             problems: list[RowProblem]) -> list[str]:
    """Why the derived status differs from the code. Kinds: ``data_problem`` (the derivation
    found an impossible sequence), ``exit_after_day`` / ``start_after_day`` (a date placed
    after the day counted), ``no_exit_event``, ``exit_before_day`` (an exit the code does not
    expect), ``row_problem`` (the reader could not take a field as stated)."""
    out = [f"data_problem: {p.message}" for p in result.problems]
    live = [e for e in facts if not e.retracted]
    exits = [e for e in live if e.type in _EXITS]
    if expected in ("released", "died_in_custody"):
        wanted = EventType.DIED_IN_CUSTODY if expected == "died_in_custody" else None
        relevant = [e for e in exits if wanted is None or e.type == wanted]
        late = [e for e in relevant if placed_on(e) > on]
        if not relevant:
            out.append(f"no_exit_event: no {wanted or 'release'} event was imported")
        for e in late:
            out.append(f"exit_after_day: {e.type} dated {e.date} stands on {placed_on(e)}, "
                       f"after {on}")
    elif expected == "detained":
        for e in exits:
            if placed_on(e) <= on:
                out.append(f"exit_before_day: {e.type} dated {e.date} stands on "
                           f"{placed_on(e)}")
    starts = [e for e in live if e.type in (EventType.DETAINED, EventType.SENTENCED)]
    if starts and all(placed_on(e) > on for e in starts):
        out.append(f"start_after_day: custody starts on {min(placed_on(e) for e in starts)}")
    out += [f"row_problem: {p.column}: {p.why}" for p in problems]
    return out or ["unexplained: no rule accounts for it"]


def check_figures(db: Database, path: Path, *, preset: str | None = None,
                  mapping: Path | None = None, on: date | None = None,
                  known_on: datetime | None = None) -> FiguresCheck:
    """Compare the file's own detained/released/died figures with what Volia derives on
    ``on`` (default: the file's day) for the persons the file lists."""
    outcome = read_input(path, preset=preset, mapping=mapping)
    spec = load_mapping(mapping) if mapping is not None else load_preset(outcome.layout)
    known_on = as_utc_naive(known_on)
    day = on or outcome.as_of.latest()
    if day is None:
        raise ValueError("the file states no day it describes: give one (--on)")
    table = spec.status_table()
    assert table is not None
    by_origin: dict[str, list[RowProblem]] = defaultdict(list)
    for p in outcome.problems:
        by_origin[f"{p.file}:{p.line}" if p.line is not None else p.file].append(p)
    rows = _codes(path, spec)
    with db.read() as conn:
        ids: dict[str, str] = {ext: pid for ext, pid in conn.execute(
            select(external_ids.c.external_id, external_ids.c.person_id)
            .where(external_ids.c.system == spec.system))}
        merged = _canonical(conn)
        person_of = {ext: merged.get(ids[ext], ids[ext]) for ext, _, _ in rows if ext in ids}
        records = _events_of(conn, set(person_of.values()) | set(merged))
        for absorbed, into in merged.items():
            records[into] = records.get(into, []) + records.pop(absorbed, [])
        in_custody = set(intervals.persons_on(conn, day, known_on, IntervalKind.CUSTODY))
    expected: Counter[str] = Counter({k: 0 for k in FIGURES})
    derived: Counter[str] = Counter({k: 0 for k in FIGURES})
    check = FiguresCheck(str(path), outcome.layout, day, {}, {}, 0)
    seen: set[str] = set()
    for ext, code, origin in rows:
        want = category(table.lookup(code))
        expected[want] += 1
        pid = person_of.get(ext)
        if pid is None:
            derived["not_imported"] += 1
            check.differences.append(Difference(ext, origin, code, want, "not_imported", [
                "not_imported: no person with this id in the registry"]))
            continue
        result = derive_status(records[pid], day, known_on)
        got = _STATUS_FIGURE[result.status]
        derived[got] += 1
        if pid in in_custody and pid not in seen:
            check.counted += 1
        seen.add(pid)
        if got != want:
            check.differences.append(Difference(
                ext, origin, code, want, got,
                _reasons(want, result, records[pid], day, by_origin.get(origin, []))))
    check.expected, check.derived = dict(expected), dict(derived)
    return check


__all__ = ["FIGURES", "Difference", "FiguresCheck", "check_figures"]
