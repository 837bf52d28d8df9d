"""A man named first in an oblique case («Алеся Мароза» in a headline) reads as a woman until
his nominative (Алесь Мароз) comes: the claims made of that twin are his."""

from __future__ import annotations

from volia.extract.people import People


def merge_declined_twins(claims: list[dict[str, object]], people: People,
                         text: str) -> list[dict[str, object]]:
    """CLAIMS with each declined twin's claims given to the man; a claim he already has is not
    repeated, and a woman's pronoun read as the twin («яе адпусцілі») was never his."""
    twins = people.declined_twins(text)
    if not twins:
        return claims
    kept: list[dict[str, object]] = []
    seen: set[tuple[object, ...]] = set()
    for claim in claims:
        person = claim["person"]
        if isinstance(person, dict) and id(person["_entry"]) in twins:
            if str(person["mention"]).islower():
                continue
            person["_entry"] = twins[id(person["_entry"])]
        entry = person["_entry"] if isinstance(person, dict) else None
        key = (claim["type"], id(entry), claim["date"])
        if entry is not None and key in seen:
            continue
        seen.add(key)
        kept.append(claim)
    return kept
