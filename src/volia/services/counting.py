"""How many: the count on a date as known at a moment, and the count over time."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from enum import StrEnum

from volia.domain.status import IntervalKind, StatusResult, derive_status
from volia.store import intervals, ledger
from volia.store.unit import Database


class Step(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"


def as_utc_naive(moment: datetime | None) -> datetime | None:
    """KNOWN-ON arrives as ISO 8601; without a zone it is UTC. The store keeps naive UTC."""
    if moment is None:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def _kind(all_detained: bool) -> IntervalKind:
    return IntervalKind.CUSTODY if all_detained else IntervalKind.POLITICAL


def count(db: Database, on: date | None = None, known_on: datetime | None = None,
          all_detained: bool = False) -> int:
    """People recognised as political prisoners and imprisoned on ``on`` (default today),
    using only what was recorded by ``known_on`` (default now)."""
    with db.read() as conn:
        return intervals.count(conn, on or date.today(), as_utc_naive(known_on),
                               _kind(all_detained))


def days_between(start: date, end: date, step: Step) -> list[date]:
    if end < start:
        raise ValueError(f"--to {end} is before --from {start}")
    days: list[date] = []
    current = start
    while current <= end:
        days.append(current)
        if step == Step.DAY:
            current += timedelta(days=1)
        elif step == Step.WEEK:
            current += timedelta(weeks=1)
        else:
            month = current.month % 12 + 1
            year = current.year + (current.month == 12)
            current = date(year, month, min(start.day, 28))
    return days


def series(db: Database, start: date, end: date, step: Step = Step.MONTH,
           known_on: datetime | None = None, all_detained: bool = False
           ) -> list[tuple[date, int]]:
    days = days_between(start, end, step)
    with db.read() as conn:
        values = intervals.series(conn, days, as_utc_naive(known_on), _kind(all_detained))
    return list(zip(days, values, strict=True))


def person_status(db: Database, ref: str, on: date | None = None,
                  known_on: datetime | None = None) -> StatusResult:
    with db.read() as conn:
        pid = ledger.canonical_id(conn, ledger.resolve_person_ref(conn, ref))
        return derive_status(ledger.person_events(conn, pid), on or date.today(),
                             as_utc_naive(known_on))
