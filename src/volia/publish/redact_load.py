"""Reading the private store for redaction: everything, in a few bulk queries.

This is the only module of :mod:`volia.publish` that touches the private store, and it only
reads. What it returns is private; :mod:`volia.publish.redact` decides what leaves.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Text, select, type_coerce

from volia.domain.dates import PartialDate
from volia.domain.model import (
    Citation,
    Event,
    EventDetails,
    EventType,
    Facility,
    FacilityKind,
    Gender,
    Name,
    NameKind,
    Person,
    Source,
    SourceKind,
    Verification,
    Visibility,
)
from volia.store.tables import (
    consents,
    embargoes,
    event_citations,
    events,
    facilities,
    field_visibility,
    person_merges,
    person_names,
    person_revisions,
    persons,
    sources,
)


@dataclass
class PrivateState:
    persons: dict[str, Person] = field(default_factory=dict)
    revised_at: dict[str, datetime] = field(default_factory=dict)  # newest revision's time
    absorbed: dict[str, str] = field(default_factory=dict)  # absorbed id -> canonical id
    events: dict[str | None, list[Event]] = field(default_factory=lambda: defaultdict(list))
    sources: dict[str, Source] = field(default_factory=dict)
    facilities: list[Facility] = field(default_factory=list)
    # (entity, entity id, field) -> visibility of the newest rule
    field_rules: dict[tuple[str, str, str], Visibility] = field(default_factory=dict)
    # (person id, scope) -> newest decision
    consents: dict[tuple[str, str], str] = field(default_factory=dict)
    embargoed: set[tuple[str, str]] = field(default_factory=set)  # (target, target id)
    # (target, target id) -> time of the newest lift of the record's own "embargoed" column
    column_lifts: dict[tuple[str, str], datetime] = field(default_factory=dict)


def _persons(conn: Connection, state: PrivateState) -> None:
    latest: dict[str, Any] = {}
    for r in conn.execute(select(person_revisions).order_by(person_revisions.c.seq)):
        latest[r.person_id] = r
    names: dict[str, list[Any]] = defaultdict(list)
    for r in conn.execute(select(person_names).order_by(person_names.c.seq)):
        names[r.person_id].append(r)
    for base in conn.execute(select(persons.c.id, persons.c.slug)):
        rev = latest[base.id]
        rows = names[base.id]
        replaced = {r.supersedes for r in rows if r.supersedes is not None}
        state.persons[base.id] = Person(
            id=base.id, slug=base.slug,
            names=[Name(r.text, r.script, r.lang, NameKind(r.kind), Visibility(r.visibility))
                   for r in rows if r.seq not in replaced and not r.retracted],
            birth_date=PartialDate.parse(rev.birth_date), gender=Gender(rev.gender),
            visibility=Visibility(rev.visibility), extra=dict(rev.extra or {}))
        state.revised_at[base.id] = rev.recorded_at


def _merges(conn: Connection, state: PrivateState) -> None:
    latest: dict[str, tuple[str, str]] = {}
    for r in conn.execute(select(person_merges).order_by(person_merges.c.seq)):
        latest[r.absorbed_id] = (r.into_id, r.action)
    direct = {a: into for a, (into, action) in latest.items() if action == "merge"}
    for absorbed in direct:
        target, seen = absorbed, {absorbed}
        while target in direct and direct[target] not in seen:
            target = direct[target]
            seen.add(target)
        state.absorbed[absorbed] = target


_BATCH = 10_000  # rows fetched at a time from the event ledger


def _details(raw: object, cache: dict[str, EventDetails]) -> EventDetails:
    """Event details from the stored JSON: text on SQLite (parsed once per distinct text,
    and most events of a registry share a handful of them), already decoded elsewhere."""
    if not isinstance(raw, str):
        return EventDetails.from_dict(raw)  # type: ignore[arg-type]
    found = cache.get(raw)
    if found is None:
        found = cache[raw] = EventDetails.from_dict(json.loads(raw))
    return found


def _events(conn: Connection, state: PrivateState) -> None:
    cites: dict[str, list[Citation]] = defaultdict(list)
    for c in conn.execute(select(event_citations.c.event_id, event_citations.c.source_id,
                                 event_citations.c.quote, event_citations.c.start,
                                 event_citations.c.end).order_by(event_citations.c.seq)):
        cites[c[0]].append(Citation(c[1], c[2], c[3], c[4]))
    # Values repeated across a million events are converted once each.
    dates: dict[str | None, PartialDate] = {}
    details: dict[str, EventDetails] = {}
    types = {str(t): t for t in EventType}
    verifications = {str(v): v for v in Verification}
    visibilities = {str(v): v for v in Visibility}
    e = events.c
    query = select(e.id, e.lineage_id, e.type, e.person_id, e.date,
                   type_coerce(e.details, Text), e.verification, e.visibility,
                   e.embargo_reason, e.embargo_until, e.recorded_at, e.recorded_by,
                   e.supersedes, e.retracted, e.group_id, e.note).order_by(e.seq)
    for (eid, lineage, kind, person_id, day, raw, verification, visibility, embargo_reason,
         embargo_until, recorded_at, recorded_by, supersedes, retracted, group_id,
         note) in (row for part in conn.execute(query).partitions(_BATCH) for row in part):
        pid = state.absorbed.get(person_id, person_id)
        when = dates.get(day)
        if when is None:
            when = dates[day] = PartialDate.parse(day)
        state.events[pid].append(Event(
            id=eid, lineage_id=lineage, type=types.get(kind) or EventType(kind),
            person_id=pid, date=when, details=_details(raw, details),
            citations=tuple(cites.get(eid, ())),
            verification=verifications.get(verification) or Verification(verification),
            visibility=visibilities.get(visibility) or Visibility(visibility),
            embargo_reason=embargo_reason, embargo_until=embargo_until,
            recorded_at=recorded_at, recorded_by=recorded_by, supersedes=supersedes,
            retracted=retracted, group_id=group_id, note=note))


def _catalogues(conn: Connection, state: PrivateState) -> None:
    for r in conn.execute(select(sources)):
        state.sources[r.id] = Source(
            id=r.id, kind=SourceKind(r.kind), content_hash=r.content_hash, url=r.url,
            title=r.title, publisher=r.publisher, published=PartialDate.parse(r.published),
            language=r.language, visibility=Visibility(r.visibility))
    for r in conn.execute(select(facilities).order_by(facilities.c.name)):
        state.facilities.append(Facility(
            r.id, r.name, FacilityKind(r.kind), list(r.aliases or []), r.country, r.region,
            r.postal_address, r.latitude, r.longitude))


def _protection(conn: Connection, state: PrivateState) -> None:
    for r in conn.execute(select(field_visibility).order_by(field_visibility.c.seq)):
        state.field_rules[(r.entity, r.entity_id, r.field)] = Visibility(r.visibility)
    for r in conn.execute(select(consents).order_by(consents.c.seq)):
        state.consents[(r.person_id, r.scope)] = r.decision
    rows = conn.execute(select(embargoes).order_by(embargoes.c.seq)).all()
    lifted = {r.lifts for r in rows if r.action == "lift" and r.lifts}
    for r in rows:
        if r.action == "impose" and r.id not in lifted:
            state.embargoed.add((r.target, r.target_id))
        elif r.action == "lift" and r.lifts is None:
            state.column_lifts[(r.target, r.target_id)] = r.recorded_at


def load_private(conn: Connection) -> PrivateState:
    """Everything redaction needs, read in one transaction (a consistent view)."""
    state = PrivateState()
    _persons(conn, state)
    _merges(conn, state)
    _events(conn, state)
    _catalogues(conn, state)
    _protection(conn, state)
    return state
