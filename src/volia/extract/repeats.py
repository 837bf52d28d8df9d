"""Whether a claim is a second event of its kind for one person, or the first one told again.

A report retells events ("detained in May … since his arrest in May"); one claim stands for
them. But some events do happen twice: a re-arrest, a new charge, another transfer, and in the
"carousel" of short jail terms a detention and a sentence given again days later. Those are
told apart by their dates."""

from __future__ import annotations

from collections.abc import Sequence

from volia.domain.dates import PartialDate
from volia.domain.model import EventType as E

# Events that happen to one person more than once and are told apart by their dates.
# (A second verdict is mostly the appeal that upheld the first: not repeated.)
_REPEATABLE = {E.DETAINED, E.CHARGED, E.TRANSFERRED, E.SOLITARY_CONFINEMENT}
# Told apart only by whole dates days apart: a short jail term given again. (Not a release:
# one release retold often drifts by a few days, "two days after his release".)
_REPEATABLE_BY_DAY = _REPEATABLE | {E.SENTENCED}


def another_time(kind: E, when: PartialDate | None,
                 earlier: Sequence[PartialDate | None]) -> bool:
    """True when WHEN is a second event of KIND, apart from every EARLIER one of the same
    person: whole dates at least three days apart, or months more than two months apart."""
    day = when.earliest() if when is not None and when.day is not None else None
    if day is not None and kind in _REPEATABLE_BY_DAY and all(
            seen is not None and seen.day is not None and abs(
                (seen.earliest() - day).days) >= 3  # type: ignore[operator]
            for seen in earlier):
        return True  # the "carousel": arrested, jailed for days, freed, re-arrested
    if kind == E.TRANSFERRED and when is not None and when.year is not None and \
            when.month is None and earlier and all(
                seen is not None and seen.year is not None and seen.year != when.year
                for seen in earlier):
        return True  # "moved to a remand prison in August 2023 … taken to a colony in 2024"
    if kind not in _REPEATABLE or when is None or when.month is None:
        return False
    for seen in earlier:
        if seen is None or seen.month is None or seen.year is None or when.year is None:
            return False
        if abs((when.year - seen.year) * 12 + when.month - seen.month) <= 2:
            return False
    return True
