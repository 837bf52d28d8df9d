"""Small builders shared by the review tests."""

from __future__ import annotations

from sqlalchemy import func, select

from volia.domain.dates import PartialDate
from volia.services import ingest, review
from volia.store.tables import events, review_claims, sources
from volia.store.unit import Database

from .fake import fake_extract


def queue(db: Database, text: str, *, publisher: str | None = None, url: str | None = None,
          published: str = "2025-12-16") -> list[str]:
    """Store TEXT as a source (as ingest would) and queue its claims; the claim ids."""
    from volia.services import registry

    result = fake_extract(text)
    with db.write("monitor") as unit:
        sid = registry.store_source(unit, text=text, url=url, publisher=publisher,
                                    published=PartialDate.parse(published), language="en")
        return review.propose(unit, sid, result)


def rows(db: Database, table) -> int:
    with db.read() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar() or 0)


def n_events(db: Database) -> int:
    return rows(db, events)


def n_sources(db: Database) -> int:
    return rows(db, sources)


def n_claims(db: Database) -> int:
    return rows(db, review_claims)


__all__ = ["ingest", "n_claims", "n_events", "n_sources", "queue", "rows"]
