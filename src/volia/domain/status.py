"""Status is derived from events, never stored by hand.

``derive_status`` replays one person's facts (as known at a moment) and says whether they were
imprisoned, released, in exile, dead or unknown on a date, and which events decided it.
``status_intervals`` turns the same replay into date intervals, which the store keeps indexed so
that counting does not replay the ledger on every query.

How uncertain dates are placed (documented in the README):
- the start of custody (detention, or a custodial sentence with no detention before it) is put
  on the *first* day its date can mean;
- the end of custody (release, deportation, death) on the *last* day its date can mean;
- an undated recognition covers the person's whole imprisonment;
- any other date not known at all is placed on the date of the report or export that states it
  (``details.known_by``), else on the day the record was made; an end whose period runs past
  that date (released "in 2020", stated on 2020-07-23) is placed on it, not after it.
So an imprecise report keeps a person on the count rather than taking them off early: a wrong
release is the worst error a registry can make.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from volia.domain.model import Event, EventType, current_events


class Status(StrEnum):
    IMPRISONED = "imprisoned"
    RELEASED = "released"
    IN_EXILE = "in_exile"
    DECEASED = "deceased"
    UNKNOWN = "unknown"


class IntervalKind(StrEnum):
    CUSTODY = "custody"  # imprisoned, recognised or not
    POLITICAL = "political"  # imprisoned and recognised as a political prisoner


@dataclass(frozen=True)
class Interval:
    kind: IntervalKind
    start: date
    end: date | None  # exclusive; None = still open

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True)
class DataProblem:
    code: str
    message: str
    event_id: str | None = None


@dataclass
class StatusResult:
    status: Status
    recognized: bool
    deciding: list[Event] = field(default_factory=list)
    problems: list[DataProblem] = field(default_factory=list)

    @property
    def political_prisoner(self) -> bool:
        return self.recognized and self.status == Status.IMPRISONED


_OPENS = {EventType.DETAINED}
_IMPLIES_CUSTODY = {EventType.SENTENCED, EventType.TRANSFERRED, EventType.SOLITARY_CONFINEMENT,
                    EventType.INCOMMUNICADO}
_CLOSES = {EventType.RELEASED, EventType.DEPORTED, EventType.DIED_IN_CUSTODY}
_END_EVENTS = _CLOSES | {EventType.RECOGNITION_WITHDRAWN}


RECOGNISED_THROUGHOUT = date(1900, 1, 1)


def placed_on(event: Event) -> date:
    """The single day an event stands on for counting (see the module docstring)."""
    if event.date.known:
        day = event.date.latest() if event.type in _END_EVENTS else event.date.earliest()
        assert day is not None
        if event.type in _END_EVENTS and event.details.known_by:
            # A release "in 2020" stated by a report of 2020-07-23 happened by that day:
            # within the date's own period, never later than the report that states it.
            bound = date.fromisoformat(event.details.known_by)
            earliest = event.date.earliest()
            assert earliest is not None
            day = min(day, max(bound, earliest))
        return day
    if event.type == EventType.RECOGNIZED:
        # A registry that lists someone as a political prisoner without saying since when
        # recognises their imprisonment as a whole, not only from the day it was written.
        return RECOGNISED_THROUGHOUT
    if event.details.known_by:
        return date.fromisoformat(event.details.known_by)
    return event.recorded_at.date()


# Same day: openings before closings, so "detained and released on one day" is a
# zero-length stay, not a release before a detention.
_RANK = {t: (0 if t in _OPENS else 2 if t in _END_EVENTS else 1) for t in EventType}


def _ordered(events: Iterable[Event]) -> list[Event]:
    return sorted(events, key=lambda e: (placed_on(e), _RANK[e.type], e.recorded_at))


def _custodial(event: Event) -> bool:
    if event.type != EventType.SENTENCED:
        return True
    d = event.details
    return bool(d.life_sentence or d.death_sentence or (d.term_months or 0) > 0
                or d.term_months is None)


@dataclass
class _Replay:
    custody: list[tuple[date, date | None]] = field(default_factory=list)
    recognition: list[tuple[date, date | None]] = field(default_factory=list)
    problems: list[DataProblem] = field(default_factory=list)
    open_since: date | None = None
    recognised_since: date | None = None


def _says_when(event: Event) -> bool:
    """An undated "was in solitary" or "was moved" tells nothing about when custody began or
    ended, so it must not open or extend a stay on the day it happened to be recorded."""
    return event.date.known or event.type not in _IMPLIES_CUSTODY - {EventType.SENTENCED}


def _replay(events: list[Event]) -> _Replay:
    r = _Replay()
    for event in _ordered(e for e in events if _says_when(e)):
        day = placed_on(event)
        kind = event.type
        if kind in _OPENS:
            if r.open_since is not None:
                r.problems.append(DataProblem(
                    "detention_while_detained",
                    f"detained on {event.date} while already in custody since {r.open_since}",
                    event.id))
            else:
                r.open_since = day
        elif kind in _IMPLIES_CUSTODY and r.open_since is None and _custodial(event):
            if kind == EventType.SENTENCED or not r.custody:
                r.open_since = day
            else:
                r.problems.append(DataProblem(
                    "custody_event_after_release",
                    f"{kind} on {event.date} after the person left custody", event.id))
        elif kind in _CLOSES:
            if r.open_since is None:
                # A second description of the same exit ("released" and "deported") is normal.
                if not r.custody:
                    r.problems.append(DataProblem(
                        "release_without_detention",
                        f"{kind} on {event.date} with no detention recorded before it", event.id))
            else:
                r.custody.append((r.open_since, max(day, r.open_since)))
                r.open_since = None
        elif kind == EventType.RECOGNIZED:
            if r.recognised_since is None:
                r.recognised_since = day
        elif kind == EventType.RECOGNITION_WITHDRAWN and r.recognised_since is not None:
            r.recognition.append((r.recognised_since, max(day, r.recognised_since)))
            r.recognised_since = None
    if r.open_since is not None:
        r.custody.append((r.open_since, None))
    if r.recognised_since is not None:
        r.recognition.append((r.recognised_since, None))
    return r


def _intersect(a: tuple[date, date | None], b: tuple[date, date | None]
               ) -> tuple[date, date | None] | None:
    start = max(a[0], b[0])
    ends = [e for e in (a[1], b[1]) if e is not None]
    end = min(ends) if ends else None
    if end is not None and end <= start:
        return None
    return start, end


def status_intervals(events: Iterable[Event], known_on: datetime | None = None) -> list[Interval]:
    """Custody and political-prisoner intervals of one person, as known at ``known_on``."""
    facts = [e for e in current_events(list(events), known_on) if e.person_id is not None]
    replay = _replay(facts)
    out = [Interval(IntervalKind.CUSTODY, s, e) for s, e in replay.custody]
    for c in replay.custody:
        for rec in replay.recognition:
            both = _intersect(c, rec)
            if both:
                out.append(Interval(IntervalKind.POLITICAL, *both))
    return out


def derive_status(events: Iterable[Event], on: date, known_on: datetime | None = None
                  ) -> StatusResult:
    """A person's status on ``on``, using only records made by ``known_on``."""
    facts = [e for e in current_events(list(events), known_on) if e.person_id is not None]
    relevant = [e for e in _ordered(facts) if placed_on(e) <= on]
    replay = _replay(facts)
    recognised = any(s <= on and (e is None or on < e) for s, e in replay.recognition)
    deciding_recognition = [e for e in relevant
                            if e.type in (EventType.RECOGNIZED, EventType.RECOGNITION_WITHDRAWN)]
    result = StatusResult(Status.UNKNOWN, recognised, problems=replay.problems)
    died = [e for e in relevant if e.type == EventType.DIED_IN_CUSTODY]
    if died:
        result.status, result.deciding = Status.DECEASED, died[-1:]
        return result
    in_custody = any(s <= on and (e is None or on < e) for s, e in replay.custody)
    custody_events = [e for e in relevant
                      if e.type in _OPENS | _IMPLIES_CUSTODY | _CLOSES and _says_when(e)]
    if in_custody:
        result.status = Status.IMPRISONED
        result.deciding = [e for e in custody_events if e.type not in _CLOSES][-2:]
    elif custody_events and custody_events[-1].type in _CLOSES:
        last_open = max((i for i, e in enumerate(custody_events) if e.type not in _CLOSES),
                        default=-1)
        exits = custody_events[last_open + 1:]
        deported = any(e.type == EventType.DEPORTED for e in exits)
        result.status = Status.IN_EXILE if deported else Status.RELEASED
        result.deciding = exits
    if result.recognized:
        result.deciding = deciding_recognition[-1:] + result.deciding
    return result
