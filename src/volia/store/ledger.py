"""The ledger repository: writes records (never changes them) and reads current state."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, Row, func, insert, select

from volia.domain.dates import PartialDate
from volia.domain.model import (
    Citation,
    Event,
    EventDetails,
    EventType,
    Gender,
    Name,
    NameKind,
    Person,
    Source,
    SourceKind,
    Verification,
    Visibility,
    new_id,
)
from volia.store.keys import fold, new_slug
from volia.store.tables import (
    event_citations,
    events,
    external_ids,
    person_merges,
    person_names,
    person_revisions,
    persons,
    sources,
)
from volia.store.unit import Unit


class NotFound(LookupError):
    pass


class Ambiguous(LookupError):
    def __init__(self, ref: str, matches: list[str]):
        self.matches = matches
        super().__init__(f"{ref!r} names {len(matches)} persons: {', '.join(matches[:5])}")


# --- writing -------------------------------------------------------------------------------

def _stamp(unit: Unit) -> dict[str, Any]:
    return {"recorded_at": unit.now, "recorded_by": unit.actor}


def revision_row(person: Person, unit: Unit, reason: str | None = None) -> dict[str, Any]:
    return {"person_id": person.id, "birth_date": person.birth_date.iso(),
            "gender": str(person.gender), "citizenship": list(person.citizenship),
            "occupations": list(person.occupations), "visibility": str(person.visibility),
            "extra": dict(person.extra), "reason": reason, **_stamp(unit)}


def name_row(person_id: str, name: Name, unit: Unit) -> dict[str, Any]:
    return {"person_id": person_id, "text": name.text, "script": name.script,
            "lang": name.lang, "kind": str(name.kind), "visibility": str(name.visibility),
            "search_key": fold(name.text), "supersedes": None, "retracted": False,
            **_stamp(unit)}


def event_row(event: Event, unit: Unit, *, import_slot: str | None = None,
              import_digest: str | None = None) -> dict[str, Any]:
    return {"id": event.id, "lineage_id": event.lineage_id, "person_id": event.person_id,
            "type": str(event.type), "date": event.date.iso(),
            "details": event.details.as_dict(), "verification": str(event.verification),
            "visibility": str(event.visibility), "embargo_reason": event.embargo_reason,
            "embargo_until": event.embargo_until, "supersedes": event.supersedes,
            "retracted": event.retracted, "group_id": event.group_id,
            "import_slot": import_slot, "import_digest": import_digest, "note": event.note,
            **_stamp(unit)}


def add_person(unit: Unit, person: Person, reason: str | None = None) -> Person:
    conn = unit.conn
    if not person.slug:
        person.slug = unique_slug(conn)
    conn.execute(insert(persons).values(id=person.id, slug=person.slug, **_stamp(unit)))
    conn.execute(insert(person_revisions).values(revision_row(person, unit, reason)))
    add_names(unit, person.id, person.names)
    for system, ext in person.external_ids.items():
        link_external_id(unit, person.id, system, ext)
    return person


def unique_slug(conn: Connection) -> str:
    while True:
        slug = new_slug()
        if conn.execute(select(persons.c.id).where(persons.c.slug == slug)).first() is None:
            return slug


def add_names(unit: Unit, person_id: str, names: Iterable[Name]) -> None:
    rows = [name_row(person_id, n, unit) for n in names]
    if rows:
        unit.conn.execute(insert(person_names), rows)


def revise_person(unit: Unit, person: Person, reason: str | None) -> None:
    unit.conn.execute(insert(person_revisions).values(revision_row(person, unit, reason)))


def link_external_id(unit: Unit, person_id: str, system: str, external_id: str) -> None:
    unit.conn.execute(insert(external_ids).values(
        system=system, external_id=external_id, person_id=person_id, **_stamp(unit)))


def add_source(unit: Unit, source: Source) -> str:
    """Store a source once: the same text (by content hash) is the same source."""
    existing = unit.conn.execute(select(sources.c.id).where(
        sources.c.content_hash == source.content_hash)).scalar()
    if existing:
        return str(existing)
    unit.conn.execute(insert(sources).values(
        id=source.id, kind=str(source.kind), content_hash=source.content_hash, url=source.url,
        title=source.title, publisher=source.publisher, published=source.published.iso(),
        language=source.language, text=source.text, visibility=str(source.visibility),
        **_stamp(unit)))
    return source.id


def add_event(unit: Unit, event: Event, **import_keys: str | None) -> Event:
    event.recorded_at, event.recorded_by = unit.now, unit.actor
    unit.conn.execute(insert(events).values(event_row(event, unit, **import_keys)))
    if event.citations:
        unit.conn.execute(insert(event_citations), [
            {"event_id": event.id, "source_id": c.source_id, "quote": c.quote,
             "start": c.start, "end": c.end} for c in event.citations])
    return event


def new_version(previous: Event, **changes: Any) -> Event:
    """A record that replaces ``previous`` in its lineage (a correction or a retraction)."""
    fields = {**previous.__dict__, **changes}
    fields.update(id=new_id(), lineage_id=previous.lineage_id, supersedes=previous.id)
    return Event(**fields)


# --- reading -------------------------------------------------------------------------------

def _event_from(row: Row[Any], cites: Sequence[Citation]) -> Event:
    return Event(
        id=row.id, lineage_id=row.lineage_id, type=EventType(row.type), person_id=row.person_id,
        date=PartialDate.parse(row.date), details=EventDetails.from_dict(row.details),
        citations=tuple(cites), verification=Verification(row.verification),
        visibility=Visibility(row.visibility), embargo_reason=row.embargo_reason,
        embargo_until=row.embargo_until, recorded_at=row.recorded_at,
        recorded_by=row.recorded_by, supersedes=row.supersedes, retracted=row.retracted,
        group_id=row.group_id, note=row.note)


def load_events(conn: Connection, where: Any) -> list[Event]:
    """Event records matching ``where``, in recorded order, with their citations."""
    rows = conn.execute(select(events).where(where).order_by(events.c.seq)).all()
    if not rows:
        return []
    ids = [r.id for r in rows]
    cites: dict[str, list[Citation]] = defaultdict(list)
    for chunk in range(0, len(ids), 500):
        for c in conn.execute(select(event_citations).where(
                event_citations.c.event_id.in_(ids[chunk:chunk + 500]))
                .order_by(event_citations.c.seq)):
            cites[c.event_id].append(Citation(c.source_id, c.quote, c.start, c.end))
    return [_event_from(r, cites[r.id]) for r in rows]


def merged_into(conn: Connection, person_id: str) -> list[str]:
    """Persons currently merged into ``person_id`` (the newest merge/unmerge record wins)."""
    latest: dict[str, tuple[str, str]] = {}
    for row in conn.execute(select(person_merges).order_by(person_merges.c.seq)):
        latest[row.absorbed_id] = (row.into_id, row.action)
    return [absorbed for absorbed, (into, action) in latest.items()
            if into == person_id and action == "merge"]


def canonical_id(conn: Connection, person_id: str) -> str:
    """Follow merges to the person that now stands for ``person_id``."""
    seen = {person_id}
    while True:
        row = conn.execute(select(person_merges.c.into_id, person_merges.c.action).where(
            person_merges.c.absorbed_id == person_id).order_by(person_merges.c.seq.desc())
            .limit(1)).first()
        if row is None or row.action != "merge" or row.into_id in seen:
            return person_id
        person_id = row.into_id
        seen.add(person_id)


def person_events(conn: Connection, person_id: str, *, include_merged: bool = True
                  ) -> list[Event]:
    ids = [person_id] + (merged_into(conn, person_id) if include_merged else [])
    return load_events(conn, events.c.person_id.in_(ids))


def current_names(conn: Connection, person_id: str) -> list[Name]:
    rows = conn.execute(select(person_names).where(person_names.c.person_id == person_id)
                        .order_by(person_names.c.seq)).all()
    replaced = {r.supersedes for r in rows if r.supersedes is not None}
    return [Name(r.text, r.script, r.lang, NameKind(r.kind), Visibility(r.visibility))
            for r in rows if r.seq not in replaced and not r.retracted]


def get_person(conn: Connection, person_id: str) -> Person:
    base = conn.execute(select(persons).where(persons.c.id == person_id)).first()
    if base is None:
        raise NotFound(f"no person {person_id!r}")
    rev = conn.execute(select(person_revisions).where(person_revisions.c.person_id == person_id)
                       .order_by(person_revisions.c.seq.desc()).limit(1)).one()
    ext = {r.system: r.external_id for r in conn.execute(
        select(external_ids).where(external_ids.c.person_id == person_id))}
    return Person(id=base.id, slug=base.slug, names=current_names(conn, person_id),
                  birth_date=PartialDate.parse(rev.birth_date), gender=Gender(rev.gender),
                  citizenship=list(rev.citizenship or []),
                  occupations=list(rev.occupations or []),
                  visibility=Visibility(rev.visibility), external_ids=ext,
                  extra=dict(rev.extra or {}))


def find_person_ids(conn: Connection, ref: str) -> list[str]:
    """Persons that ``ref`` names: an id, a slug, an import's id, or a name."""
    ref = ref.strip()
    hit = conn.execute(select(persons.c.id).where(
        (persons.c.id == ref) | (persons.c.slug == ref))).scalar()
    if hit:
        return [hit]
    ext = conn.execute(select(external_ids.c.person_id).where(
        external_ids.c.external_id == ref)).scalars().all()
    if ext:
        return sorted(set(ext))
    key = fold(ref)
    if not key:
        return []
    return sorted(set(conn.execute(select(person_names.c.person_id).where(
        person_names.c.search_key == key)).scalars().all()))


def resolve_person_ref(conn: Connection, ref: str) -> str:
    matches = find_person_ids(conn, ref)
    if not matches:
        raise NotFound(f"no person matches {ref!r} (try an id, a slug or `volia person find`)")
    if len(matches) > 1:
        raise Ambiguous(ref, matches)
    return matches[0]


def person_count(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(persons)).scalar() or 0)


def load_source(conn: Connection, source_id: str) -> Source:
    r = conn.execute(select(sources).where(sources.c.id == source_id)).first()
    if r is None:
        raise NotFound(f"no source {source_id!r}")
    return Source(id=r.id, kind=SourceKind(r.kind), content_hash=r.content_hash, url=r.url,
                  title=r.title, publisher=r.publisher,
                  published=PartialDate.parse(r.published), language=r.language, text=r.text,
                  visibility=Visibility(r.visibility))
