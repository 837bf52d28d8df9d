"""Probable duplicate persons in an index, found block by block (never all pairs).

Two records of one person share a surname skeleton, so they share a block; pairs are only
formed inside blocks. Very large blocks (a common surname like Ivanov) are split further by
the first letter of the given name before pairing, which keeps the work near-linear.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

from volia.names.index import NameIndex
from volia.names.scoring import reasons

# Above this many persons a block is split by given-name initial before pairing.
_SPLIT_BLOCK = 64


@dataclass(frozen=True, slots=True)
class DuplicatePair:
    a: str
    b: str
    score: float
    reasons: tuple[str, ...]


def _groups(index: NameIndex, members: list[str]) -> list[list[str]]:
    if len(members) <= _SPLIT_BLOCK:
        return [members]
    by_initial: dict[str, list[str]] = {}
    for person_id in members:
        initials = set()
        for entry_given in index.given_initials(person_id):
            initials.add(entry_given)
        for initial in initials or {"?"}:
            by_initial.setdefault(initial, []).append(person_id)
    # Persons without a given name go with everybody: they may be anyone in the block.
    unknown = by_initial.pop("?", [])
    return [group + unknown for group in by_initial.values()] or [unknown]


def find_duplicates(index: NameIndex, *, min_score: float) -> list[DuplicatePair]:
    """Pairs of persons in ``index`` that probably are one person, best first."""
    seen: set[tuple[str, str]] = set()
    out: list[DuplicatePair] = []
    for _key, members in index.blocks():
        for group in _groups(index, members):
            for a, b in combinations(group, 2):
                pair = (a, b) if a < b else (b, a)
                if pair in seen:
                    continue
                seen.add(pair)
                ev, pa, pb = index.pair_evidence(*pair)
                if ev.score >= min_score:
                    out.append(DuplicatePair(pair[0], pair[1], round(ev.score, 4),
                                             reasons(ev, pa, pb)))
    out.sort(key=lambda p: (-p.score, p.a, p.b))
    return out
