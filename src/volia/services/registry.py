"""Recording facts: persons, names, sources and events, each write audited."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import Connection, or_

from volia.domain.dates import UNKNOWN_DATE, PartialDate
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
    content_hash,
    new_id,
)
from volia.store import audit, intervals, ledger
from volia.store.tables import events
from volia.store.unit import Database, Unit


def detect_script(text: str) -> str:
    cyr = sum(1 for ch in text if "\u0400" <= ch <= "\u04ff")
    lat = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    return "Cyrl" if cyr > lat else "Latn"


def create_person(unit: Unit, name: str, *, native: str | None = None,
                  native_lang: str | None = None, birth_date: PartialDate = UNKNOWN_DATE,
                  gender: Gender = Gender.UNKNOWN, visibility: Visibility = Visibility.PUBLIC,
                  citizenship: Sequence[str] = (), occupations: Sequence[str] = (),
                  external_ids: dict[str, str] | None = None,
                  extra_names: Sequence[Name] = ()) -> Person:
    names = [Name(name, detect_script(name), None, NameKind.PRIMARY, visibility)]
    if native:
        names.append(Name(native, detect_script(native), native_lang, NameKind.NATIVE,
                          visibility))
    names.extend(extra_names)
    person = Person(id=new_id(), slug="", names=names, birth_date=birth_date, gender=gender,
                    citizenship=list(citizenship), occupations=list(occupations),
                    visibility=visibility, external_ids=dict(external_ids or {}))
    ledger.add_person(unit, person)
    audit.record(unit, "person.add", entity="person", entity_id=person.id,
                 detail={"slug": person.slug})
    return person


def add_person(db: Database, name: str, actor: str | None = None, **fields: object) -> Person:
    with db.write(actor) as unit:
        return create_person(unit, name, **fields)  # type: ignore[arg-type]


def add_name(db: Database, person_ref: str, name: Name, actor: str | None = None) -> None:
    with db.write(actor) as unit:
        pid = ledger.resolve_person_ref(unit.conn, person_ref)
        ledger.add_names(unit, pid, [name])
        audit.record(unit, "name.add", entity="person", entity_id=pid,
                     detail={"kind": str(name.kind), "script": name.script})


def store_source(unit: Unit, *, url: str | None = None, title: str | None = None,
                 text: str | None = None, kind: SourceKind = SourceKind.NEWS,
                 publisher: str | None = None, published: PartialDate = UNKNOWN_DATE,
                 language: str | None = None,
                 visibility: Visibility = Visibility.PUBLIC) -> str:
    """A source is identified by its text; one known only by URL, by its URL and title."""
    identity = text if text else f"url:{url or ''}\ntitle:{title or ''}"
    source = Source(id=new_id(), kind=kind, content_hash=content_hash(identity), url=url,
                    title=title, publisher=publisher, published=published, language=language,
                    text=text, visibility=visibility)
    sid = ledger.add_source(unit, source)
    if sid == source.id:
        audit.record(unit, "source.add", entity="source", entity_id=sid,
                     detail={"kind": str(kind)})
    return sid


def add_source(db: Database, actor: str | None = None, **fields: object) -> str:
    with db.write(actor) as unit:
        return store_source(unit, **fields)  # type: ignore[arg-type]


def record_event(unit: Unit, *, type: EventType, person_id: str | None,
                 date: PartialDate = UNKNOWN_DATE, details: EventDetails | None = None,
                 citations: Sequence[Citation] = (), visibility: Visibility = Visibility.PUBLIC,
                 verification: Verification = Verification.REPORTED,
                 embargo_reason: str | None = None, embargo_until: date | None = None,
                 group_id: str | None = None, note: str | None = None,
                 refresh: bool = True) -> Event:
    if type == EventType.GROUP_RELEASE and person_id is not None:
        raise ValueError("a group_release belongs to no single person")
    if type != EventType.GROUP_RELEASE and person_id is None:
        raise ValueError(f"a {type} event needs a person")
    eid = new_id()
    event = Event(id=eid, lineage_id=eid, type=type, person_id=person_id, date=date,
                  details=details or EventDetails(), citations=tuple(citations),
                  verification=verification, visibility=visibility,
                  embargo_reason=embargo_reason, embargo_until=embargo_until,
                  group_id=group_id, note=note)
    ledger.add_event(unit, event)
    audit.record(unit, "event.add", entity="event", entity_id=eid,
                 detail={"type": str(type), "person_id": person_id})
    if refresh and person_id:
        _refresh(unit, person_id)
    return event


def _refresh(unit: Unit, person_id: str) -> None:
    intervals.refresh(unit.conn, {person_id, ledger.canonical_id(unit.conn, person_id)},
                      unit.now)


def add_event(db: Database, person_ref: str | None, actor: str | None = None,
              reason: str | None = None, **fields: object) -> Event:
    with db.write(actor, reason) as unit:
        pid = ledger.resolve_person_ref(unit.conn, person_ref) if person_ref else None
        return record_event(unit, person_id=pid, **fields)  # type: ignore[arg-type]


def _current_record(conn: Connection, event_ref: str) -> Event:
    found = ledger.load_events(conn, or_(events.c.id == event_ref,
                                         events.c.lineage_id == event_ref))
    if not found:
        raise ledger.NotFound(f"no event {event_ref!r}")
    return ledger.load_events(conn, events.c.lineage_id == found[0].lineage_id)[-1]


def current_record(db: Database, event_ref: str) -> Event:
    with db.read() as conn:
        return _current_record(conn, event_ref)


def correct_event(db: Database, event_ref: str, *, reason: str, actor: str | None = None,
                  **changes: object) -> Event:
    """A correction: a new record of the same fact that supersedes the one in force."""
    with db.write(actor, reason) as unit:
        previous = _current_record(unit.conn, event_ref)
        if previous.retracted:
            raise ValueError(f"event {event_ref} was retracted; record a new event instead")
        record = ledger.add_event(unit, ledger.new_version(previous, note=reason, **changes))
        audit.record(unit, "event.correct", entity="event", entity_id=record.id,
                     detail={"supersedes": previous.id, "changed": sorted(changes)})
        if record.person_id:
            _refresh(unit, record.person_id)
        return record


def retract_event(db: Database, event_ref: str, *, reason: str, actor: str | None = None
                  ) -> Event:
    """A retraction: the fact is withdrawn; its earlier records stay in the history."""
    with db.write(actor, reason) as unit:
        previous = _current_record(unit.conn, event_ref)
        record = ledger.add_event(unit, ledger.new_version(
            previous, retracted=True, verification=Verification.RETRACTED, note=reason))
        audit.record(unit, "event.retract", entity="event", entity_id=record.id,
                     detail={"supersedes": previous.id})
        if record.person_id:
            _refresh(unit, record.person_id)
        return record
