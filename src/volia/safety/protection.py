"""Writing protection records: field visibility, consent and embargoes (each audited).

All three are ledgers: a change is a new row, never an edit, so the history of who hid or
revealed what, and why, stays readable. Lifting an embargo is a new ``lift`` row naming the
embargo it ends; the next ``volia publish`` then shows what it covered.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import Connection, insert, select

from volia.domain.model import Visibility, new_id
from volia.store import audit, ledger
from volia.store.tables import consents, embargoes, events, field_visibility, person_revisions
from volia.store.unit import Database


class Entity(StrEnum):
    PERSON = "person"
    EVENT = "event"
    SOURCE = "source"


class ConsentScope(StrEnum):
    IDENTITY = "identity"  # the name and anything that identifies the person
    DETAILS = "details"  # birth date, facility, region: shown only with this consent
    ALL = "all"


class Decision(StrEnum):
    GIVEN = "given"
    WITHHELD = "withheld"
    WITHDRAWN = "withdrawn"


class EmbargoTarget(StrEnum):
    EVENT = "event"  # one fact (its lineage: corrections stay embargoed)
    GROUP = "group"  # a release batch: every event with this group id, and the batch itself
    PERSON = "person"  # the person's identity (they stay counted)


# Fields that may be hidden one by one. Event fields are EventDetails keys plus the
# citations' quotes and the sources themselves.
PERSON_FIELDS = ("birth_date", "gender", "region", "facility", "names")
EVENT_FIELDS = ("date", "facility", "term_months", "destination_country", "reason",
                "articles", "court", "authority", "regime", "recognized_by", "note",
                "quotes", "sources")
SOURCE_FIELDS = ("url", "title", "publisher")
FIELDS = {Entity.PERSON: PERSON_FIELDS, Entity.EVENT: EVENT_FIELDS,
          Entity.SOURCE: SOURCE_FIELDS}


def _event_lineage(conn: Connection, ref: str) -> str:
    row = conn.execute(select(events.c.lineage_id).where(
        (events.c.id == ref) | (events.c.lineage_id == ref)).limit(1)).scalar()
    if row is None:
        raise ledger.NotFound(f"no event {ref!r}")
    return str(row)


def set_field_visibility(db: Database, entity: Entity, ref: str, field: str,
                         visibility: Visibility, *, reason: str,
                         actor: str | None = None) -> str:
    """Hide (or show again) one field; returns the entity id the rule is keyed on."""
    if field not in FIELDS[entity]:
        raise ValueError(f"{entity} field {field!r}: choose one of {', '.join(FIELDS[entity])}")
    with db.write(actor, reason) as unit:
        conn = unit.conn
        if entity == Entity.PERSON:
            key = ledger.resolve_person_ref(conn, ref)
        elif entity == Entity.EVENT:
            key = _event_lineage(conn, ref)
        else:
            ledger.load_source(conn, ref)
            key = ref
        conn.execute(insert(field_visibility).values(
            entity=str(entity), entity_id=key, field=field, visibility=str(visibility),
            reason=reason, recorded_at=unit.now, recorded_by=unit.actor))
        audit.record(unit, "visibility.field", entity=str(entity), entity_id=key,
                     detail={"field": field, "visibility": str(visibility)})
        return key


def record_consent(db: Database, person_ref: str, *, given_by: str, scope: ConsentScope,
                   decision: Decision, given_on: date | None = None,
                   relation: str | None = None, note: str | None = None,
                   actor: str | None = None) -> str:
    with db.write(actor, f"consent {decision}") as unit:
        pid = ledger.resolve_person_ref(unit.conn, person_ref)
        cid = new_id()
        unit.conn.execute(insert(consents).values(
            id=cid, person_id=pid, given_by=given_by, relation=relation, scope=str(scope),
            decision=str(decision), given_on=given_on, note=note, recorded_at=unit.now,
            recorded_by=unit.actor))
        audit.record(unit, "consent", entity="person", entity_id=pid,
                     detail={"scope": str(scope), "decision": str(decision), "consent": cid})
        return cid


@dataclass(frozen=True)
class Embargo:
    id: str
    target: EmbargoTarget
    target_id: str
    reason: str
    lift_on: date | None
    lift_condition: str | None
    recorded_at: datetime
    recorded_by: str
    lifted: bool = False


def _target_key(conn: Connection, target: EmbargoTarget, ref: str) -> str:
    if target == EmbargoTarget.EVENT:
        return _event_lineage(conn, ref)
    if target == EmbargoTarget.PERSON:
        return ledger.resolve_person_ref(conn, ref)
    if conn.execute(select(events.c.id).where(events.c.group_id == ref).limit(1)).first() is None:
        raise ledger.NotFound(f"no release batch (group id) {ref!r}")
    return ref


def impose_embargo(db: Database, target: EmbargoTarget, ref: str, *, reason: str,
                   lift_on: date | None = None, lift_condition: str | None = None,
                   actor: str | None = None) -> str:
    if not reason.strip():
        raise ValueError("an embargo needs a reason")
    with db.write(actor, reason) as unit:
        key = _target_key(unit.conn, target, ref)
        eid = new_id()
        unit.conn.execute(insert(embargoes).values(
            id=eid, target=str(target), target_id=key, action="impose", lifts=None,
            reason=reason, lift_on=lift_on, lift_condition=lift_condition,
            recorded_at=unit.now, recorded_by=unit.actor))
        audit.record(unit, "embargo.impose", entity=str(target), entity_id=key,
                     detail={"embargo": eid, "lift_on": lift_on, "condition": lift_condition})
        return eid


def lift_embargo(db: Database, ref: str, *, reason: str, target: EmbargoTarget | None = None,
                 actor: str | None = None) -> list[str]:
    """Lift the embargo ``ref`` (an embargo id), or every embargo on a target.

    With ``target`` given, ``ref`` names the event, batch or person, and an embargo carried
    by the record itself (an event or person entered as ``embargoed``) is lifted too.
    Returns the ids of the lift records written.
    """
    if not reason.strip():
        raise ValueError("lifting an embargo needs a reason (why it is now safe)")
    with db.write(actor, reason) as unit:
        conn = unit.conn
        if target is None:
            row = conn.execute(select(embargoes).where(embargoes.c.id == ref,
                                                       embargoes.c.action == "impose")).first()
            if row is None:
                raise ledger.NotFound(f"no embargo {ref!r} (see `volia embargo list`)")
            plan = [(EmbargoTarget(row.target), row.target_id, row.id)]
        else:
            key = _target_key(conn, target, ref)
            active = [e.id for e in active_embargoes(conn) if e.target == target
                      and e.target_id == key]
            plan = [(target, key, eid) for eid in active]
            if _carries_embargo(conn, target, key):
                plan.append((target, key, None))  # None: the record's own "embargoed"
        if not plan:
            raise ledger.NotFound(f"no embargo in force on {target} {ref!r}")
        written = []
        for kind, key, lifts in plan:
            lid = new_id()
            conn.execute(insert(embargoes).values(
                id=lid, target=str(kind), target_id=key, action="lift", lifts=lifts,
                reason=reason, lift_on=None, lift_condition=None, recorded_at=unit.now,
                recorded_by=unit.actor))
            audit.record(unit, "embargo.lift", entity=str(kind), entity_id=key,
                         detail={"lift": lid, "lifts": lifts})
            written.append(lid)
        return written


def _carries_embargo(conn: Connection, target: EmbargoTarget, key: str) -> bool:
    """Was the record in force entered as ``embargoed`` (an import, an event form)?"""
    if target == EmbargoTarget.EVENT:
        vis = conn.execute(select(events.c.visibility).where(events.c.lineage_id == key)
                           .order_by(events.c.seq.desc()).limit(1)).scalar()
    elif target == EmbargoTarget.PERSON:
        vis = conn.execute(select(person_revisions.c.visibility).where(
            person_revisions.c.person_id == key).order_by(person_revisions.c.seq.desc())
            .limit(1)).scalar()
    else:
        return False
    return vis == str(Visibility.EMBARGOED)


def active_embargoes(conn: Connection) -> list[Embargo]:
    rows = conn.execute(select(embargoes).order_by(embargoes.c.seq)).all()
    lifted = {r.lifts for r in rows if r.action == "lift" and r.lifts}
    return [Embargo(r.id, EmbargoTarget(r.target), r.target_id, r.reason, r.lift_on,
                    r.lift_condition, r.recorded_at, r.recorded_by)
            for r in rows if r.action == "impose" and r.id not in lifted]
