"""What the staff console needs beyond the registry service: revising a person's details,
finding sources to cite, and the day's figures for the dashboard."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import func, or_, select

from volia.domain.dates import PartialDate
from volia.domain.model import Gender, Visibility
from volia.services import counting
from volia.store import audit, ledger
from volia.store.tables import audit_log, events, persons, sources
from volia.store.unit import Database


def revise_person(db: Database, ref: str, *, reason: str, actor: str | None = None,
                  birth_date: PartialDate | None = None, gender: Gender | None = None,
                  visibility: Visibility | None = None, citizenship: list[str] | None = None,
                  occupations: list[str] | None = None) -> list[str]:
    """A new revision of the person's details (the old one stays in the history).

    Returns the names of the fields that changed; nothing is written when none did.
    """
    if not reason.strip():
        raise ValueError("a change of details needs a reason")
    with db.write(actor, reason) as unit:
        pid = ledger.resolve_person_ref(unit.conn, ref)
        person = ledger.get_person(unit.conn, pid)
        changes: dict[str, Any] = {}
        for key, value in (("birth_date", birth_date), ("gender", gender),
                           ("visibility", visibility), ("citizenship", citizenship),
                           ("occupations", occupations)):
            if value is not None and value != getattr(person, key):
                changes[key] = value
        if not changes:
            return []
        ledger.revise_person(unit, replace(person, **changes), reason)
        audit.record(unit, "person.revise", entity="person", entity_id=pid,
                     detail={"changed": sorted(changes)})
        return sorted(changes)


@dataclass(frozen=True)
class SourceChoice:
    id: str
    title: str
    url: str | None
    publisher: str | None
    published: str | None


def find_sources(db: Database, query: str = "", limit: int = 30) -> list[SourceChoice]:
    """Sources to cite: the newest, or those whose title, URL or publisher hold ``query``."""
    stmt = select(sources.c.id, sources.c.title, sources.c.url, sources.c.publisher,
                  sources.c.published).order_by(sources.c.recorded_at.desc()).limit(limit)
    q = query.strip()
    if q:
        like = f"%{q.lower()}%"
        stmt = stmt.where(or_(func.lower(sources.c.title).like(like),
                              func.lower(sources.c.url).like(like),
                              func.lower(sources.c.publisher).like(like)))
    with db.read() as conn:
        return [SourceChoice(r.id, r.title or r.url or r.id, r.url, r.publisher, r.published)
                for r in conn.execute(stmt)]


@dataclass(frozen=True)
class Overview:
    today: date
    political_prisoners: int
    in_custody: int
    persons: int
    events_today: int
    writes_today: int
    failed_logins_today: int


def overview(db: Database, today: date | None = None) -> Overview:
    day = today or date.today()
    midnight = datetime.combine(day, time())
    with db.read() as conn:
        n_persons = int(conn.execute(select(func.count()).select_from(persons)).scalar() or 0)
        n_events = int(conn.execute(select(func.count()).select_from(events).where(
            events.c.recorded_at >= midnight)).scalar() or 0)
        writes = int(conn.execute(select(func.count()).select_from(audit_log).where(
            audit_log.c.at >= midnight)).scalar() or 0)
        failed = int(conn.execute(select(func.count()).select_from(audit_log).where(
            (audit_log.c.at >= midnight) & (audit_log.c.action == "login.failed"))
        ).scalar() or 0)
    return Overview(day, counting.count(db, day), counting.count(db, day, all_detained=True),
                    n_persons, n_events, writes, failed)
