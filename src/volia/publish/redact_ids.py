"""Opaque public identifiers.

Ids in the private store begin with the moment they were made (they are time-ordered so that
indexes stay fast). Published as they are, they would tell when staff learnt a fact, in what
order persons were added, and — through gaps between consecutive ids — that withheld records
sit between them. So everything public gets ids that say nothing: a person is known by the
random slug the registry gave them, and every other record by a one-way digest of its id.
The mapping is stable from one snapshot to the next, so public links keep working.
"""

from __future__ import annotations

import dataclasses
import hashlib
from typing import Any

from volia.publish.view import PublicView


def opaque(private_id: str) -> str:
    """A stable public id for a private one; the private id cannot be recovered from it."""
    return hashlib.sha256(b"volia-public-id\x00" + private_id.encode()).hexdigest()[:20]


def _is_id_field(name: str) -> bool:
    return name == "id" or name.endswith("_id") or name.endswith("_ids")


def _rewrite(value: Any, public: dict[str, str]) -> Any:
    def one(private: str | None) -> str | None:
        if private is None:
            return None
        return public.get(private) or opaque(private)

    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes: dict[str, Any] = {}
        for f in dataclasses.fields(value):
            current = getattr(value, f.name)
            if _is_id_field(f.name):
                if isinstance(current, tuple):
                    changes[f.name] = tuple(one(v) for v in current)
                elif isinstance(current, str) or current is None:
                    changes[f.name] = one(current)
            elif isinstance(current, tuple | list) or dataclasses.is_dataclass(current):
                changes[f.name] = _rewrite(current, public)
        return dataclasses.replace(value, **changes) if changes else value
    if isinstance(value, tuple):
        return tuple(_rewrite(v, public) for v in value)
    if isinstance(value, list):
        return [_rewrite(v, public) for v in value]
    return value


def with_public_ids(view: PublicView) -> PublicView:
    """``view`` with every id replaced: persons by their slug, the rest by digests."""
    slugs = {p.id: p.slug for p in view.persons}
    public: PublicView = _rewrite(view, slugs)
    # Order by the new ids too: the private order is the order records were made in.
    return dataclasses.replace(
        public, persons=tuple(sorted(public.persons, key=lambda p: p.id)),
        sources=tuple(sorted(public.sources, key=lambda s: s.id)))
