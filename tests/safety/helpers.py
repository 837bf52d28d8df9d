"""Small registries for the safety tests, written through the ordinary services."""

from __future__ import annotations

from datetime import date

from volia.domain.dates import PartialDate
from volia.domain.model import (
    Citation,
    EventDetails,
    EventType,
    Name,
    NameKind,
    ReleaseReason,
    Verification,
    Visibility,
)
from volia.services import registry
from volia.store.unit import Database

AS_OF = date(2026, 6, 1)
OK = Verification.CONFIRMED


def person(db: Database, name: str, *, visibility: Visibility = Visibility.PUBLIC,
           native: str | None = None, birth: str | None = None, detained: str = "2021-03-04",
           recognised: bool = True, facility: str | None = None,
           url: str | None = None, quote: str | None = None) -> str:
    """A recognised political prisoner, detained on ``detained``; returns the person id."""
    with db.write("tester") as unit:
        extra = [Name(native, "Cyrl", "be", NameKind.NATIVE, visibility)] if native else []
        p = registry.create_person(unit, name, visibility=visibility,
                                   birth_date=PartialDate.parse(birth), extra_names=extra)
        cites = []
        if url:
            sid = registry.store_source(unit, url=url, title=f"report {name}")
            cites = [Citation(sid, quote)]
        registry.record_event(unit, type=EventType.DETAINED, person_id=p.id,
                              date=PartialDate.parse(detained), verification=OK,
                              citations=cites)
        if recognised:
            registry.record_event(unit, type=EventType.RECOGNIZED, person_id=p.id,
                                  date=PartialDate.parse(detained), verification=OK,
                                  details=EventDetails(recognized_by="Viasna"))
        if facility:
            registry.record_event(unit, type=EventType.TRANSFERRED, person_id=p.id,
                                  date=PartialDate.parse("2022-01-10"), verification=OK,
                                  details=EventDetails(facility=facility))
        return p.id


def release(db: Database, pid: str, day: str = "2025-12-13", *, group: str | None = None,
            visibility: Visibility = Visibility.PUBLIC,
            verification: Verification = OK) -> str:
    with db.write("tester") as unit:
        e = registry.record_event(unit, type=EventType.RELEASED, person_id=pid,
                                  date=PartialDate.parse(day), verification=verification,
                                  visibility=visibility, group_id=group,
                                  details=EventDetails(reason=ReleaseReason.DEAL))
        return e.id


def batch(db: Database, group: str, count: int, day: str = "2025-12") -> str:
    with db.write("tester") as unit:
        e = registry.record_event(unit, type=EventType.GROUP_RELEASE, person_id=None,
                                  date=PartialDate.parse(day), verification=OK,
                                  details=EventDetails(count=count), group_id=group)
        return e.id


def private_event(db, public_id: str) -> str:
    """The private id of an event known by its public (opaque) id."""
    from sqlalchemy import select

    from volia.publish.redact_ids import opaque
    from volia.store.tables import events

    with db.read() as conn:
        return next(i for i in conn.execute(select(events.c.id)).scalars()
                    if opaque(i) == public_id)


def slug(db, person_id: str) -> str:
    """A person's public id (their slug)."""
    from volia.store import ledger

    with db.read() as conn:
        return ledger.get_person(conn, person_id).slug
