"""Taking a registry in: PersonRecords from any reader, written to the ledger once.

Identity of what is imported:
- a person by (system, external id), then by a link to another system's id, then, when a
  name resolver is given, by a name match above its auto-link threshold;
- an event by its *slot*: the registry, the person's id there, the event type and its
  position among that person's events of that type. Importing the same file again finds
  every slot with the same content and adds nothing; a newer export whose row changed
  (a release date appeared, a term was corrected) adds a correction to that slot's fact.
Fresh persons go through a bulk path (batched inserts); known persons through the
per-person path that compares slots.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import select

from volia.domain.dates import UNKNOWN_DATE, PartialDate
from volia.domain.model import (
    Citation,
    Event,
    EventType,
    Person,
    Verification,
    Visibility,
    content_hash,
    new_id,
)
from volia.domain.records import PersonRecord, SourceRecord
from volia.domain.status import status_intervals
from volia.services.importing_rules import known_by, what_changed
from volia.store import audit, intervals, ledger
from volia.store.bulk import insert_rows
from volia.store.keys import new_slug
from volia.store.tables import (
    event_citations,
    events,
    external_ids,
    person_names,
    person_revisions,
    persons,
    sources,
)
from volia.store.tables import (
    status_intervals as interval_table,
)
from volia.store.unit import Database, Unit

BATCH = 2000

# A resolver takes names and a birth year and answers (person_id, score, auto_link) or None.
Resolver = Callable[[list[str], int | None], tuple[str, float, bool] | None]


@dataclass
class ImportReport:
    persons_created: int = 0
    persons_reused: int = 0
    events_added: Counter[str] = field(default_factory=Counter)
    events_corrected: int = 0
    events_unchanged: int = 0
    sources_added: int = 0
    changes: list[str] = field(default_factory=list)
    # Ids imported before from the same registry that this file no longer has: reported for
    # review, never retracted (an export can drop a row by mistake; a release is a fact).
    missing: list[str] = field(default_factory=list)
    near_misses: list[dict[str, Any]] = field(default_factory=list)
    dry_run: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {"persons_created": self.persons_created, "persons_reused": self.persons_reused,
                "events_added": dict(self.events_added),
                "events_added_total": sum(self.events_added.values()),
                "events_corrected": self.events_corrected,
                "events_unchanged": self.events_unchanged, "sources_added": self.sources_added,
                "changes": self.changes, "missing": self.missing,
                "near_misses": self.near_misses,
                "dry_run": self.dry_run}


def _digest(*parts: Any) -> str:
    raw = "\x1f".join(map(str, parts))
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()


def _source_identity(src: SourceRecord) -> str:
    return content_hash(src.text if src.text else f"url:{src.url or ''}\ntitle:{src.title or ''}")


def _person_visibility(record: PersonRecord) -> Visibility:
    if record.visibility is not None:
        return record.visibility
    seen = {e.visibility for e in record.events}
    if not seen or Visibility.PUBLIC in seen:
        return Visibility.PUBLIC
    return Visibility.EMBARGOED if Visibility.EMBARGOED in seen else Visibility.RESTRICTED


def _slot(system: str, external_id: str, kind: str, n: int) -> str:
    """The import slot of the n-th event of a type for one registry id.

    Readable and ordered like the registry's own ids, so that a file sorted by id fills the
    slot index at its right edge instead of at random places (hashes would scatter it).
    """
    ident = external_id if len(external_id) <= 160 else _digest(external_id)
    return f"{system}:{ident}:{kind}:{n}"


def _slots(record: PersonRecord) -> list[tuple[str, str]]:
    """(slot, digest) for each event of the record, in order."""
    seen: Counter[str] = Counter()
    out = []
    for ev in record.events:
        n = seen[ev.type]
        seen[ev.type] += 1
        slot = _slot(record.system, record.external_id, ev.type, n)
        src = ev.source
        digest = _digest(ev.date.iso(), repr(ev.details),
                         ev.visibility, src.url if src else None, src.title if src else None,
                         ev.quote)
        out.append((slot, digest))
    return out


class _Importer:
    def __init__(self, unit: Unit, report: ImportReport, resolver: Resolver | None,
                 as_of: PartialDate = UNKNOWN_DATE,
                 verification: Verification = Verification.REPORTED):
        self.unit = unit
        self.as_of = as_of
        self.verification = verification
        self.report = report
        self.resolver = resolver
        self.known_sources: dict[str, str] = {}
        self.identities: dict[SourceRecord, str] = {}
        self.absent_sources: set[str] = set()
        self.ext_cache: dict[tuple[str, str], str] = {}
        self.buffers: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.slugs: set[str] = set()

    # -- identity ------------------------------------------------------------------------
    def preload(self, systems: Iterable[str]) -> None:
        for system in set(systems):
            for ext, pid in self.unit.conn.execute(select(
                    external_ids.c.external_id, external_ids.c.person_id).where(
                    external_ids.c.system == system)):
                self.ext_cache[(system, ext)] = pid

    def existing_person(self, record: PersonRecord) -> str | None:
        pid = self.ext_cache.get((record.system, record.external_id))
        if pid:
            return pid
        for system, ext in record.links.items():
            linked = self.ext_cache.get((system, ext)) or self.unit.conn.execute(select(
                external_ids.c.person_id).where(external_ids.c.system == system,
                                                external_ids.c.external_id == ext)).scalar()
            if linked:
                return str(linked)
        if self.resolver and record.names:
            year = record.birth_date.year
            match = self.resolver([n.text for n in record.names], year)
            if match:
                pid, score, auto = match
                if auto:
                    return pid
                self.report.near_misses.append({"record": record.origin or record.external_id,
                                                "name": record.names[0].text,
                                                "candidate": pid, "score": round(score, 3)})
        return None

    # -- sources -------------------------------------------------------------------------
    def identity(self, src: SourceRecord) -> str:
        found = self.identities.get(src)
        if found is None:
            found = self.identities[src] = _source_identity(src)
        return found

    def preload_sources(self, records: list[PersonRecord]) -> None:
        """Look the file's sources up in a few batched queries, not one query each (a
        registry export cites one source per row: 10,000 round trips otherwise)."""
        wanted = sorted({self.identity(ev.source) for r in records for ev in r.events
                         if ev.source is not None})
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            for sid, identity in self.unit.conn.execute(select(
                    sources.c.id, sources.c.content_hash).where(
                    sources.c.content_hash.in_(chunk))):
                self.known_sources[identity] = str(sid)
        self.absent_sources = set(wanted) - set(self.known_sources)

    def source_id(self, src: SourceRecord, visibility: Visibility) -> str:
        identity = self.identity(src)
        if identity in self.known_sources:
            return self.known_sources[identity]
        sid = None if identity in self.absent_sources else self.unit.conn.execute(select(
            sources.c.id).where(sources.c.content_hash == identity)).scalar()
        if sid is None:
            sid = new_id()
            self.buffers["sources"].append({
                "id": sid, "kind": str(src.kind), "content_hash": identity, "url": src.url,
                "title": src.title, "publisher": src.publisher,
                "published": src.published.iso(), "language": src.language, "text": src.text,
                "visibility": str(visibility), **self.stamp})
            self.report.sources_added += 1
        self.known_sources[identity] = str(sid)
        return str(sid)

    @property
    def stamp(self) -> dict[str, Any]:
        return {"recorded_at": self.unit.now, "recorded_by": self.unit.actor}

    # -- events --------------------------------------------------------------------------
    def event_from(self, record: PersonRecord, index: int, person_id: str) -> Event:
        ev = record.events[index]
        cites: tuple[Citation, ...] = ()
        if ev.source is not None:
            cites = (Citation(self.source_id(ev.source, ev.visibility), ev.quote),)
        details = ev.details
        if details.known_by is None:
            bound = known_by(record, index, self.as_of)
            if bound:
                details = replace(details, known_by=bound.isoformat())
        eid = new_id()
        return Event(id=eid, lineage_id=eid, type=ev.type, person_id=person_id, date=ev.date,
                     details=details, citations=cites, visibility=ev.visibility,
                     verification=self.verification,
                     group_id=ev.group_id, recorded_at=self.unit.now,
                     recorded_by=self.unit.actor)

    def buffer_event(self, event: Event, slot: str, digest: str) -> None:
        self.buffers["events"].append(ledger.event_row(event, self.unit, import_slot=slot,
                                                       import_digest=digest))
        for c in event.citations:
            self.buffers["citations"].append({"event_id": event.id, "source_id": c.source_id,
                                              "quote": c.quote, "start": c.start,
                                              "end": c.end})
        self.report.events_added[str(event.type)] += 1

    # -- persons -------------------------------------------------------------------------
    def add_new(self, record: PersonRecord) -> None:
        vis = _person_visibility(record)
        slug = new_slug()
        while slug in self.slugs:
            slug = new_slug()
        self.slugs.add(slug)
        person = Person(id=new_id(), slug=slug, birth_date=record.birth_date,
                        gender=record.gender, citizenship=record.citizenship,
                        occupations=record.occupations, visibility=vis, extra=record.extra)
        b = self.buffers
        b["persons"].append({"id": person.id, "slug": slug, **self.stamp})
        b["revisions"].append(ledger.revision_row(person, self.unit, "import"))
        for name in record.names:
            if vis != Visibility.PUBLIC and name.visibility == Visibility.PUBLIC:
                name = type(name)(name.text, name.script, name.lang, name.kind, vis)
            b["names"].append(ledger.name_row(person.id, name, self.unit))
        for system, ext in {record.system: record.external_id, **record.links}.items():
            if (system, ext) not in self.ext_cache:
                b["external_ids"].append({"system": system, "external_id": ext,
                                          "person_id": person.id, **self.stamp})
                self.ext_cache[(system, ext)] = person.id
        new_events = []
        for i, (slot, digest) in enumerate(_slots(record)):
            event = self.event_from(record, i, person.id)
            self.buffer_event(event, slot, digest)
            new_events.append(event)
        for iv in status_intervals(new_events):
            b["intervals"].append({"person_id": person.id, "kind": str(iv.kind),
                                   "start_date": iv.start, "end_date": iv.end,
                                   "valid_from": self.unit.now, "valid_to": None})
        self.report.persons_created += 1

    def update_existing(self, record: PersonRecord, person_id: str) -> None:
        self.flush()
        conn = self.unit.conn
        self.report.persons_reused += 1
        if (record.system, record.external_id) not in self.ext_cache:
            ledger.link_external_id(self.unit, person_id, record.system, record.external_id)
            self.ext_cache[(record.system, record.external_id)] = person_id
        slots = _slots(record)
        existing: dict[str, Event] = {}
        digests: dict[str, str] = {}
        for row in conn.execute(select(events.c.id, events.c.import_slot, events.c.import_digest)
                                .where(events.c.import_slot.in_([s for s, _ in slots]))
                                .order_by(events.c.seq)):
            digests[row.import_slot] = row.import_digest
            existing[row.import_slot] = row.id
        who = f"{record.system} {record.external_id}"
        changed = False
        for i, (slot, digest) in enumerate(slots):
            if slot not in digests:
                fresh = self.event_from(record, i, person_id)
                self.buffer_event(fresh, slot, digest)
                self.report.changes.append(f"{who}: new {fresh.type} {fresh.date}")
                changed = True
            elif digests[slot] != digest:
                previous = ledger.load_events(conn, events.c.id == existing[slot])[0]
                fresh = self.event_from(record, i, person_id)
                corrected = ledger.new_version(previous, date=fresh.date, details=fresh.details,
                                               citations=fresh.citations,
                                               visibility=fresh.visibility,
                                               note="updated by a newer export")
                self.buffers["events"].append(ledger.event_row(
                    corrected, self.unit, import_slot=slot, import_digest=digest))
                for c in corrected.citations:
                    self.buffers["citations"].append({"event_id": corrected.id,
                                                      "source_id": c.source_id,
                                                      "quote": c.quote, "start": c.start,
                                                      "end": c.end})
                self.report.events_corrected += 1
                self.report.changes.append(f"{who}: {fresh.type} {what_changed(previous, fresh)}")
                changed = True
            else:
                self.report.events_unchanged += 1
        for etype in self.vanished(record, person_id, {s for s, _ in slots}):
            self.report.changes.append(f"{who}: {etype} no longer in the file (kept as it was)")
        if changed:
            self.flush()
            intervals.refresh(conn, {person_id, ledger.canonical_id(conn, person_id)},
                              self.unit.now)

    def vanished(self, record: PersonRecord, person_id: str, current: set[str]) -> list[str]:
        """Event types an earlier import of this record stated and this file no longer does.

        They stay in force: a newer export that drops a release date may be a mistake, and
        taking a fact back is a reviewer's retraction, not an import's side effect."""
        candidates = {_slot(record.system, record.external_id, t, n): str(t)
                      for t in EventType for n in range(4)}
        mine = set(self.unit.conn.execute(select(events.c.import_slot).where(
            events.c.person_id == person_id, events.c.import_slot.is_not(None))).scalars())
        return sorted({t for slot, t in candidates.items() if slot in mine - current})

    def missing(self, records: list[PersonRecord], before: set[tuple[str, str]]) -> list[str]:
        """Ids this registry's earlier imports brought in that are not in this file."""
        systems = {r.system for r in records}
        in_file = {(r.system, r.external_id) for r in records}
        slot_of = {_slot(s, e, t, 0): f"{s} {e}" for s, e in before
                   if s in systems and (s, e) not in in_file for t in EventType}
        keys, found = list(slot_of), set()
        for start in range(0, len(keys), 500):
            found |= {slot_of[s] for s in self.unit.conn.execute(select(
                events.c.import_slot).where(events.c.import_slot.in_(keys[start:start + 500])))
                .scalars()}
        return sorted(found)

    # -- writing -------------------------------------------------------------------------
    def flush(self) -> None:
        conn = self.unit.conn
        order = [("persons", persons), ("revisions", person_revisions),
                 ("names", person_names), ("external_ids", external_ids),
                 ("sources", sources), ("events", events), ("citations", event_citations),
                 ("intervals", interval_table)]
        for key, table in order:
            rows = self.buffers.pop(key, None)
            if rows:
                insert_rows(conn, table, rows)


def import_records(db: Database, records: Iterable[PersonRecord], *, label: str,
                   actor: str | None = None, dry_run: bool = False,
                   resolver: Resolver | None = None, as_of: PartialDate = UNKNOWN_DATE,
                   verification: Verification = Verification.REPORTED,
                   progress: Callable[[int], None] | None = None) -> ImportReport:
    """Write ``records`` in one transaction (all or nothing). ``dry_run`` rolls it back.

    ``as_of`` is the day the input describes (a registry export's date): undated events
    are known to have happened by then. ``verification`` is what the events start as:
    ``reported``, unless a reviewer vouches for the whole file (``confirmed``).
    """
    report = ImportReport(dry_run=dry_run)
    records = list(records)
    with db.write(actor, f"import {label}", rollback=dry_run, bulk=True) as unit:
        importer = _Importer(unit, report, resolver, as_of, verification)
        importer.preload({r.system for r in records} | {s for r in records for s in r.links})
        importer.preload_sources(records)
        known_before = set(importer.ext_cache)
        pending = 0
        for n, record in enumerate(records, 1):
            pid = importer.existing_person(record)
            if pid is None:
                importer.add_new(record)
                pending += len(record.events) + 1
            else:
                importer.update_existing(record, pid)
            if pending >= BATCH:
                importer.flush()
                pending = 0
            if progress:
                progress(n)
        importer.flush()
        report.missing = importer.missing(records, known_before)
        audit.record(unit, "import", entity="file", entity_id=label,
                     detail={k: v for k, v in report.as_dict().items()
                             if k not in ("changes", "near_misses")})
    return report
