"""(type, person or count) pairs from ``extract``: the shape the mechanism tests compare."""

from __future__ import annotations

from datetime import date
from typing import Any

from volia.extract import extract


def deported_countries(text: str, lang: str, published: date) -> dict[str, str | None]:
    """The destination of each person ``extract`` says was taken abroad."""
    claims = extract(text, published=published, lang=lang)["claims"]
    assert isinstance(claims, list)
    return {c["person"]["name"]: c["destination_country"]
            for c in claims if c["type"] == "deported" and c["person"]}


def claim_pairs(text: str, lang: str, published: date) -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    claims = extract(text, published=published, lang=lang)["claims"]
    assert isinstance(claims, list)
    for c in claims:
        c = dict[str, Any](c)
        person = c["person"]
        out.add((c["type"], person["name"] if person else str(c["count"])))
    return out
