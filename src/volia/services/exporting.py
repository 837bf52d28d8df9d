"""Exporting the registry: Volia CSV (one row per event in force) and JSON.

This is the staff export of the private store, audited; public exports are built from the
publication snapshot instead (``volia publish``), never from here.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

from sqlalchemy import select

from volia.domain.model import current_events
from volia.services.persons import view_person
from volia.store import audit, ledger
from volia.store.tables import persons, sources
from volia.store.unit import Database

CSV_COLUMNS = ("person_id", "name", "name_native", "birth_date", "gender", "type", "date",
               "term_months", "facility", "destination_country", "reason", "source_url",
               "source_title", "source_published", "visibility")


def _rows(db: Database) -> Iterator[dict[str, Any]]:
    with db.read() as conn:
        source_rows = {r.id: r for r in conn.execute(select(
            sources.c.id, sources.c.url, sources.c.title, sources.c.published))}
        for pid in conn.execute(select(persons.c.id).order_by(persons.c.recorded_at,
                                                              persons.c.id)).scalars():
            view = view_person(conn, pid)
            p = view.person
            native = next((n.text for n in p.names if n.kind == "native"), "")
            person_ref = p.external_ids.get("volia") or p.id
            for e in current_events(ledger.person_events(conn, pid, include_merged=False)):
                src = source_rows.get(e.citations[0].source_id) if e.citations else None
                d = e.details
                yield {"person_id": person_ref, "name": p.primary_name, "name_native": native,
                       "birth_date": p.birth_date.iso() or "", "gender": str(p.gender),
                       "type": str(e.type), "date": e.date.iso() or "",
                       "term_months": "" if d.term_months is None else str(d.term_months),
                       "facility": d.facility or "",
                       "destination_country": d.destination_country or "",
                       "reason": str(d.reason) if d.reason else "",
                       "source_url": (src.url or "") if src else "",
                       "source_title": (src.title or "") if src else "",
                       "source_published": (src.published or "") if src else "",
                       "visibility": str(e.visibility)}


def export_csv(db: Database, actor: str | None = None) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for row in _rows(db):
        writer.writerow(row)
        n += 1
    _audit(db, "csv", n, actor)
    return out.getvalue()


def export_json(db: Database, actor: str | None = None) -> list[dict[str, Any]]:
    with db.read() as conn:
        ids = conn.execute(select(persons.c.id).order_by(persons.c.recorded_at,
                                                         persons.c.id)).scalars().all()
        data = [view_person(conn, pid).as_dict() for pid in ids]
    _audit(db, "json", len(data), actor)
    return data


def _audit(db: Database, fmt: str, n: int, actor: str | None) -> None:
    with db.write(actor, "export") as unit:
        audit.record(unit, "export", entity="registry", detail={"format": fmt, "records": n})
