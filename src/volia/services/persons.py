"""Reading persons: one person's page, lists, and finding by name."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import Connection, select

from volia.domain.model import Event, Person, current_events
from volia.domain.status import StatusResult, derive_status
from volia.store import ledger
from volia.store.keys import fold
from volia.store.tables import person_names, persons
from volia.store.unit import Database


@dataclass
class PersonView:
    person: Person
    status: StatusResult
    events: list[Event]  # facts in force, in date order

    def as_dict(self) -> dict[str, Any]:
        p = self.person
        return {
            "id": p.id, "slug": p.slug, "name": p.primary_name,
            "names": [{"text": n.text, "script": n.script, "lang": n.lang, "kind": str(n.kind),
                       "visibility": str(n.visibility)} for n in p.names],
            "birth_date": p.birth_date.iso(), "gender": str(p.gender),
            "citizenship": p.citizenship, "occupations": p.occupations,
            "visibility": str(p.visibility), "external_ids": p.external_ids,
            "status": str(self.status.status), "recognized": self.status.recognized,
            "problems": [{"code": x.code, "message": x.message} for x in self.status.problems],
            "events": [event_dict(e) for e in self.events],
        }


def event_dict(e: Event) -> dict[str, Any]:
    return {"id": e.id, "lineage_id": e.lineage_id, "type": str(e.type), "date": e.date.iso(),
            "date_precision": str(e.date.precision), "details": e.details.as_dict(),
            "verification": str(e.verification), "visibility": str(e.visibility),
            "sources": [{"source_id": c.source_id, "quote": c.quote, "start": c.start,
                         "end": c.end} for c in e.citations],
            "recorded_at": e.recorded_at.isoformat(), "recorded_by": e.recorded_by}


def view_person(conn: Connection, person_id: str, on: date | None = None) -> PersonView:
    person = ledger.get_person(conn, person_id)
    records = ledger.person_events(conn, ledger.canonical_id(conn, person_id))
    facts = sorted(current_events(records), key=lambda e: (e.date.earliest() or date.max,
                                                            e.recorded_at))
    return PersonView(person, derive_status(records, on or date.today()), facts)


def show(db: Database, ref: str) -> PersonView:
    with db.read() as conn:
        return view_person(conn, ledger.resolve_person_ref(conn, ref))


def list_persons(db: Database, *, limit: int = 50, offset: int = 0) -> tuple[int, list[PersonView]]:
    with db.read() as conn:
        total = ledger.person_count(conn)
        ids = conn.execute(select(persons.c.id).order_by(persons.c.recorded_at, persons.c.id)
                           .limit(limit).offset(offset)).scalars().all()
        return total, [view_person(conn, pid) for pid in ids]


@dataclass(frozen=True)
class Match:
    person_id: str
    slug: str
    name: str
    score: float
    reasons: tuple[str, ...]


def find(db: Database, query: str, *, limit: int = 10, birth_year: int | None = None
         ) -> list[Match]:
    """Ranked candidates for a name in any script or spelling."""
    from volia.services.name_index import resolve_in_registry

    with db.read() as conn:
        found = resolve_in_registry(conn, query, birth_year=birth_year, limit=limit)
        if found is not None:
            return [Match(c.person_id, _slug(conn, c.person_id), _primary(conn, c.person_id),
                          c.score, tuple(c.reasons)) for c in found]
        return _fold_search(conn, query, limit)


def _fold_search(conn: Connection, query: str, limit: int) -> list[Match]:
    key = fold(query)
    if not key:
        return []
    rows = conn.execute(select(person_names.c.person_id, person_names.c.search_key)).all()
    choices = {i: r.search_key for i, r in enumerate(rows)}
    best: dict[str, float] = {}
    for _, score, i in process.extract(key, choices, scorer=fuzz.token_sort_ratio,
                                       limit=limit * 5):
        pid = rows[i].person_id
        best[pid] = max(best.get(pid, 0.0), score / 100)
    ranked = sorted(best.items(), key=lambda kv: -kv[1])[:limit]
    return [Match(pid, _slug(conn, pid), _primary(conn, pid), s, ("folded spelling",))
            for pid, s in ranked]


def _slug(conn: Connection, pid: str) -> str:
    return str(conn.execute(select(persons.c.slug).where(persons.c.id == pid)).scalar())


def _primary(conn: Connection, pid: str) -> str:
    names = ledger.current_names(conn, pid)
    return Person(pid, "", names).primary_name

