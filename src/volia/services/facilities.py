"""Facilities: places of detention, one record however their name is spelled."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import insert, select

from volia.domain.model import Facility
from volia.store import audit
from volia.store.keys import fold
from volia.store.tables import facilities
from volia.store.unit import Database


def facility_key(name: str) -> str:
    try:
        from volia.importers.facilities import facility_key as canonical
    except ImportError:
        return fold(name)
    return canonical(name) or fold(name)


def ensure_facilities(db: Database, items: Iterable[Facility], actor: str | None = None) -> int:
    """Add facilities not yet known (by key); returns how many were added."""
    added = 0
    with db.write(actor, "facilities") as unit:
        known = set(unit.conn.execute(select(facilities.c.key)).scalars())
        for f in items:
            key = facility_key(f.name)
            if key in known:
                continue
            unit.conn.execute(insert(facilities).values(
                id=f.id, key=key, name=f.name, kind=str(f.kind), aliases=f.aliases,
                country=f.country, region=f.region, postal_address=f.postal_address,
                latitude=f.latitude, longitude=f.longitude, recorded_at=unit.now,
                recorded_by=unit.actor))
            known.add(key)
            added += 1
        if added:
            audit.record(unit, "facility.add", entity="facility", detail={"added": added})
    return added
