"""The review queue: claims read from reports wait here until a reviewer decides on them.

Nothing the extractor proposes reaches the registry by itself: every claim (a ``released``
above all, since a wrong one takes a person off the count) becomes an event only through
:func:`accept`. Claims and decisions are append-only rows; a claim's state is its newest
decision (``linked`` keeps it pending with a chosen person; the others close it).

The interface the terminal review and the staff web console share:

- :func:`propose` (inside a write unit): store the claims of one extraction result.
- :func:`pending`, :func:`get`: claims with their evidence, highlight offsets and candidates.
- :func:`choose`: pick another candidate (or none); the claim stays pending.
- :func:`accept`: the claim becomes an event, or a new cited version of the event it matches;
  :func:`edit` is accept with changed fields; :func:`reject` closes it with a reason.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, insert, select

from volia.domain.dates import PartialDate
from volia.domain.model import (
    Citation,
    Event,
    EventDetails,
    EventType,
    Verification,
    current_events,
    new_id,
)
from volia.services import registry
from volia.services.review_views import ClaimView, load_view, pending_ids, resolve_claim_ref
from volia.store import audit, intervals, ledger
from volia.store.tables import (
    events,
    persons,
    review_candidates,
    review_claims,
    review_decisions,
    sources,
)
from volia.store.unit import Database, Unit

try:  # the name engine sets the thresholds; these are its documented values
    from volia.names import AUTO_LINK_THRESHOLD, REVIEW_THRESHOLD
except ImportError:  # pragma: no cover - the engine is part of the package
    AUTO_LINK_THRESHOLD, REVIEW_THRESHOLD = 0.97, 0.6

__all__ = ["ClaimEdit", "ClaimView", "Decision", "NeedsPerson", "ReviewClosed", "accept",
           "choose", "edit", "get", "name_resolver", "pending", "propose", "reject"]

# Resolves a full name to ranked candidates (objects with person_id, score, reasons).
Resolver = Callable[[str], Sequence[Any]]
_RANK = {Verification.RETRACTED: -1, Verification.REPORTED: 0, Verification.CORROBORATED: 1,
         Verification.CONFIRMED: 2}


class Decision(StrEnum):
    LINKED = "linked"  # a reviewer chose the person; the claim still waits
    ACCEPTED = "accepted"
    EDITED = "edited"  # accepted with fields the reviewer changed
    REJECTED = "rejected"


class ReviewClosed(ValueError):
    """The claim was already accepted or rejected."""


class NeedsPerson(ValueError):
    """A personal claim with no registry person: choose a candidate or create a new person."""


@dataclass(frozen=True)
class ClaimEdit:
    """Fields a reviewer corrects before accepting; None keeps the extractor's value."""

    type: EventType | None = None
    date: PartialDate | None = None
    term_months: int | None = None
    destination_country: str | None = None
    count: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return {k: (v.iso() if isinstance(v, PartialDate) else str(v) if isinstance(
            v, EventType) else v) for k, v in self.__dict__.items() if v is not None}


# --- proposing ----------------------------------------------------------------------------

def name_resolver(conn: Connection) -> Resolver:
    """Candidates from the name engine over the registry as it is now (a fresh index)."""
    from volia.services.name_index import index_for

    index = index_for(conn, fresh=True)

    def resolve(name: str) -> Sequence[Any]:
        if index is None:
            return []
        try:
            return list(index.resolve(name, limit=5))
        except ValueError:
            return []

    return resolve


def propose(unit: Unit, source_id: str, extraction: dict[str, Any], *,
            resolver: Resolver | None = None) -> list[str]:
    """Queue the claims of EXTRACTION (the extraction contract) read from SOURCE_ID.

    Each person is linked when the name engine is sure (score at or above the auto-link
    threshold), otherwise its candidates above the review threshold are listed. Raises
    ValueError on a claim that breaks the contract, so the caller's unit stores nothing.
    """
    resolve = resolver or name_resolver(unit.conn)
    ids = []
    for claim in extraction.get("claims") or []:
        kind = EventType(claim["type"])  # ValueError on a type outside the contract
        when = PartialDate.parse(claim.get("date"))
        person = claim.get("person") or {}
        if (kind == EventType.GROUP_RELEASE) != (not person):
            raise ValueError(f"a {kind} claim {'has' if person else 'needs'} a person")
        name = (person.get("name") or "").strip() or None
        candidates: list[tuple[str, float, list[str]]] = []
        if name:
            for c in resolve(name):
                if c.score >= REVIEW_THRESHOLD and all(c.person_id != p for p, _, _ in candidates):
                    candidates.append((c.person_id, float(c.score), list(c.reasons)))
        linked = person.get("person_id")
        if linked and _person_exists(unit.conn, linked):
            if all(linked != p for p, _, _ in candidates):
                candidates.insert(0, (linked, 1.0, ["linked by the extractor"]))
        else:
            linked = candidates[0][0] if candidates and candidates[0][1] >= \
                AUTO_LINK_THRESHOLD else None
        evidence = claim.get("evidence") or {}
        claim_id = new_id()
        unit.conn.execute(insert(review_claims).values(
            id=claim_id, source_id=source_id, type=str(kind), name=name,
            mention=person.get("mention"), date=when.iso(),
            confidence=float(claim.get("confidence") or 0.0),
            evidence_start=evidence.get("start"), evidence_end=evidence.get("end"),
            evidence_text=evidence.get("text"), person_id=linked, extraction=claim,
            recorded_at=unit.now, recorded_by=unit.actor))
        if candidates:
            unit.conn.execute(insert(review_candidates), [
                {"claim_id": claim_id, "rank": rank, "person_id": pid, "score": score,
                 "reasons": reasons} for rank, (pid, score, reasons) in enumerate(candidates)])
        ids.append(claim_id)
    if ids:
        audit.record(unit, "review.propose", entity="source", entity_id=source_id,
                     detail={"claims": len(ids)})
    return ids


def _person_exists(conn: Connection, person_id: str) -> bool:
    return conn.execute(select(persons.c.id).where(persons.c.id == person_id)).first() is not None


# --- reading ------------------------------------------------------------------------------

def pending(db: Database, limit: int | None = None) -> list[ClaimView]:
    """Claims waiting for a reviewer, oldest first."""
    with db.read() as conn:
        return [load_view(conn, cid) for cid in pending_ids(conn, limit)]


def get(db: Database, claim_ref: str) -> ClaimView:
    """One claim (by id or a unique id prefix) with its state and decisions."""
    with db.read() as conn:
        return load_view(conn, resolve_claim_ref(conn, claim_ref))


# --- deciding -----------------------------------------------------------------------------

def _open_claim(conn: Connection, claim_ref: str) -> ClaimView:
    view = load_view(conn, resolve_claim_ref(conn, claim_ref))
    if view.state not in ("pending", Decision.LINKED):
        raise ReviewClosed(f"claim {view.id} was already {view.state}")
    return view


def _decide(unit: Unit, claim_id: str, decision: Decision, *, person_id: str | None = None,
            event_id: str | None = None, changes: dict[str, Any] | None = None,
            reason: str | None = None) -> None:
    unit.conn.execute(insert(review_decisions).values(
        id=new_id(), claim_id=claim_id, decision=str(decision), person_id=person_id,
        event_id=event_id, changes=changes or {}, reason=reason, recorded_at=unit.now,
        recorded_by=unit.actor))
    audit.record(unit, f"review.{decision}", entity="claim", entity_id=claim_id,
                 detail={"person_id": person_id, "event_id": event_id,
                         "changes": sorted(changes or {})}, reason=reason)


def choose(db: Database, claim_ref: str, person_ref: str | None, *,
           reviewer: str | None = None) -> ClaimView:
    """Link the claim to another person (any registry person, not only a candidate), or to
    none (PERSON_REF None) so that accepting needs a new person. The claim stays pending."""
    with db.write(reviewer) as unit:
        view = _open_claim(unit.conn, claim_ref)
        pid = ledger.resolve_person_ref(unit.conn, person_ref) if person_ref else None
        _decide(unit, view.id, Decision.LINKED, person_id=pid)
        return load_view(unit.conn, view.id)


def reject(db: Database, claim_ref: str, reason: str, *, reviewer: str | None = None
           ) -> ClaimView:
    """Close the claim without an event; the claim and the reason stay on record."""
    if not reason or not reason.strip():
        raise ValueError("a rejection needs a reason")
    with db.write(reviewer, reason) as unit:
        view = _open_claim(unit.conn, claim_ref)
        _decide(unit, view.id, Decision.REJECTED, reason=reason.strip())
        return load_view(unit.conn, view.id)


def edit(db: Database, claim_ref: str, changes: ClaimEdit, *, reviewer: str | None = None,
         person_ref: str | None = None, new_person: bool = False) -> ClaimView:
    """Accept the claim with CHANGES (recorded as ``edited``)."""
    return accept(db, claim_ref, reviewer=reviewer, person_ref=person_ref,
                  new_person=new_person, changes=changes)


def accept(db: Database, claim_ref: str, *, reviewer: str | None = None,
           person_ref: str | None = None, new_person: bool = False,
           changes: ClaimEdit | None = None) -> ClaimView:
    """Make the claim an event, cited with its source and quoted span.

    The person is PERSON_REF, else the one chosen or linked at proposal; NEW_PERSON creates the
    proposed person instead (only when asked: a silent new person would split a prisoner's
    record in two). A claim that matches an event in force (same person and type, dates that
    can be the same day) adds its source to that event as a new version; otherwise a new
    event is recorded as ``confirmed`` by the reviewer.
    """
    if person_ref and new_person:
        raise ValueError("choose a person or a new person, not both")
    edits = changes.as_dict() if changes else {}
    with db.write(reviewer) as unit:
        conn = unit.conn
        view = _open_claim(conn, claim_ref)
        kind = changes.type if changes and changes.type else EventType(view.type)
        when = changes.date if changes and changes.date is not None else view.date
        details = _details(view, changes)
        pid = _person_for(unit, view, kind, person_ref, new_person)
        if person_ref or new_person:
            edits.setdefault("person_id", pid)
        cite = Citation(view.source_id, view.evidence_text, view.evidence_start,
                        view.evidence_end)
        match = _matching_event(conn, kind, pid, when, details)
        if match is None:
            if view.source.get("published") and not when.known:
                details = EventDetails.from_dict({**details.as_dict(),
                                                  "known_by": view.source["published"]})
            record = registry.record_event(
                unit, type=kind, person_id=pid, date=when, details=details, citations=(cite,),
                verification=Verification.CONFIRMED, note=f"review claim {view.id}")
        else:
            record = _cite(unit, match, cite, when, details)
        _decide(unit, view.id, Decision.EDITED if edits else Decision.ACCEPTED,
                person_id=pid, event_id=record.id, changes=edits)
        return load_view(conn, view.id)


def _details(view: ClaimView, changes: ClaimEdit | None) -> EventDetails:
    data = {k: view.details.get(k) for k in ("term_months", "destination_country", "count")}
    if changes:
        data.update({k: v for k, v in changes.as_dict().items() if k in data})
    return EventDetails.from_dict({k: v for k, v in data.items() if v is not None})


def _person_for(unit: Unit, view: ClaimView, kind: EventType, person_ref: str | None,
                new_person: bool) -> str | None:
    if kind == EventType.GROUP_RELEASE:
        if person_ref or new_person:
            raise ValueError("a group_release belongs to no single person")
        return None
    if new_person:
        if not view.name:
            raise NeedsPerson(f"claim {view.id} has no name to create a person from")
        return _create_person(unit, view.name, view.source.get("language")).id
    pid = ledger.resolve_person_ref(unit.conn, person_ref) if person_ref else view.person_id
    if pid is None:
        raise NeedsPerson(f"claim {view.id} names {view.name or 'someone'!r} but no registry "
                          "person is linked: choose a candidate or create a new person")
    return ledger.canonical_id(unit.conn, pid)  # a merged person's events go to the survivor


def _create_person(unit: Unit, name: str, lang: str | None) -> Any:
    """The registry shows a Latin primary name; a name read in Cyrillic is kept as native."""
    if registry.detect_script(name) != "Cyrl":
        return registry.create_person(unit, name)
    try:
        from volia.names import transliterate

        latin = transliterate(name, "press", lang if lang in ("ru", "be") else None)
    except (ImportError, ValueError):
        latin = None
    if not latin or latin == name:
        return registry.create_person(unit, name)
    return registry.create_person(unit, latin, native=name,
                                  native_lang=lang if lang in ("ru", "be") else None)


def _matching_event(conn: Connection, kind: EventType, person_id: str | None,
                    when: PartialDate, details: EventDetails) -> Event | None:
    """The event in force this claim is another report of, if any."""
    if person_id is None:
        records = ledger.load_events(conn, (events.c.type == str(kind))
                                     & events.c.person_id.is_(None))
    else:
        records = ledger.person_events(conn, person_id)
    found = [e for e in current_events(records) if e.type == kind and e.date.contains(when)]
    if kind == EventType.GROUP_RELEASE:
        # Two batches in the same month are told apart by their size when both give one.
        found = [e for e in found if None in (e.details.count, details.count)
                 or e.details.count == details.count]
    # The closest date first: an exact day beats a month that merely contains it.
    found.sort(key=lambda e: (e.date != when, e.date.precision != when.precision))
    return found[0] if found else None


def _cite(unit: Unit, event: Event, cite: Citation, when: PartialDate,
          details: EventDetails) -> Event:
    """A new version of EVENT that also cites CITE (the same source twice adds nothing)."""
    if any(c.source_id == cite.source_id for c in event.citations):
        return event
    cites = (*event.citations, cite)
    verification = event.verification
    if _RANK[verification] < _RANK[Verification.CORROBORATED] and \
            _independent(unit.conn, [c.source_id for c in cites]) >= 2:
        verification = Verification.CORROBORATED
    # Keep the more precise date (both can mean the same day) and fill details it lacked.
    date = when if when.known and _finer(when, event.date) else event.date
    merged = {**details.as_dict(), **event.details.as_dict()}
    record = ledger.add_event(unit, ledger.new_version(
        event, citations=cites, verification=verification, date=date,
        details=EventDetails.from_dict(merged), note="source added by review"))
    audit.record(unit, "event.cite", entity="event", entity_id=record.id,
                 detail={"supersedes": event.id, "source_id": cite.source_id,
                         "verification": str(verification)})
    if record.person_id:
        intervals.refresh(unit.conn, {record.person_id,
                                      ledger.canonical_id(unit.conn, record.person_id)}, unit.now)
    return record


def _finer(a: PartialDate, b: PartialDate) -> bool:
    order = ["unknown", "year", "month", "day"]
    return order.index(a.precision.value) > order.index(b.precision.value)


def _independent(conn: Connection, source_ids: list[str]) -> int:
    """How many independent voices: sources of one publisher (or, lacking that, one web host)
    are one voice, and all sources of unknown origin together count as one at most."""
    rows = conn.execute(select(sources.c.publisher, sources.c.url).where(
        sources.c.id.in_(source_ids))).all()
    keys = set()
    for publisher, url in rows:
        key = (publisher or "").strip().casefold() or _host(url)
        keys.add(key or None)
    return len(keys)


def _host(url: str | None) -> str:
    from urllib.parse import urlparse

    host = urlparse(url).netloc.lower() if url else ""
    return host.removeprefix("www.")
