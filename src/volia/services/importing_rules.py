"""Rules the import service applies to what it writes: the last day an event can have
happened (``details.known_by``), and how a correction from a newer export is described."""

from __future__ import annotations

from datetime import date

from volia.domain.dates import PartialDate
from volia.domain.model import Event, EventType
from volia.domain.records import PersonRecord

_OPENING = {EventType.DETAINED, EventType.SENTENCED}
_EXITS = {EventType.RELEASED, EventType.DEPORTED, EventType.DIED_IN_CUSTODY}


def known_by(record: PersonRecord, index: int, as_of: PartialDate) -> date | None:
    """The last day event ``index`` can have happened, where its own date leaves that open.

    The export's day bounds every event it states, so an undated event is not placed on the
    import day and a release "in 2020" stated by an export of 2020-07-23 is not placed on
    2020-12-31 (the domain places end events no later than ``known_by``). An undated
    detention or sentence of a person whose only dated custody facts are exits (the Chinese
    list: a death date, nothing else) must have come before the first exit: placing it on
    the export's day would put a death before any detention and keep a dead person in
    custody from then on.
    """
    ev = record.events[index]
    bound = as_of.latest() or (ev.source.published.latest() if ev.source else None)
    if not ev.date.known and ev.type in _OPENING and not any(
            e.date.known for e in record.events if e.type in _OPENING):
        exits = [d for e in record.events if e.type in _EXITS and e.date.known
                 for d in [e.date.latest()] if d is not None]
        if exits:
            bound = min([*exits, *([bound] if bound else [])])
    latest = ev.date.latest()
    if bound is None or (latest is not None and latest <= bound):
        return None
    return bound


def what_changed(previous: Event, fresh: Event) -> str:
    """"date 2020 -> 2020-07-15, term_months 60 -> 72": what a correction changes."""
    parts = [f"date {previous.date} -> {fresh.date}"] if previous.date != fresh.date else []
    before, after = previous.details.as_dict(), fresh.details.as_dict()
    for key in sorted((set(before) | set(after)) - {"known_by"}):
        if before.get(key) != after.get(key):
            parts.append(f"{key} {before.get(key)} -> {after.get(key)}")
    return "changed: " + (", ".join(parts) or "source or visibility")
